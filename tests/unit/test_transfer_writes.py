"""Downloads write unbuffered: a file that takes only part of a chunk is given the rest, and the count stays exact."""

from __future__ import annotations

import io

from dataports._core.files import _Transfer
from dataports._core.progress import progress_bar


class Stingy(io.RawIOBase):
    """A raw file that takes at most 7 bytes a write, as an unbuffered file may."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, chunk: bytes) -> int:  # type: ignore[override]
        taken = bytes(chunk[:7])
        self.data += taken
        return len(taken)


def test_a_partly_taken_chunk_is_written_whole() -> None:
    out = Stingy()
    transfer = _Transfer(out, progress_bar(False))  # type: ignore[arg-type]
    chunks = [bytes(range(50)), b"", b"abc", bytes(100)]
    for chunk in chunks:
        transfer.write(chunk)
    assert bytes(out.data) == b"".join(chunks)
    assert transfer.written == sum(map(len, chunks))

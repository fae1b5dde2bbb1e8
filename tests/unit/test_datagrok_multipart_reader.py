"""The sync answer's multipart reader: the same parts however the body is split into chunks, content that nearly
matches the boundary kept intact, and malformed or endless input refused rather than buffered."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from dataports._core.progress import progress_bar
from dataports.datagrok.sync import (
    MAX_PART_HEADER_BYTES,
    MultipartReader,
    SyncMeta,
    SyncSummary,
    SyncWriter,
    part_filename,
    part_headers,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BOUNDARY = b"dg-7f3c"


class Recorder:
    """Stands in for ``SyncWriter``: records each part's headers and content, and the end."""

    def __init__(self) -> None:
        self.parts: list[tuple[dict[str, str], bytes]] = []
        self.ended = False
        self._content = bytearray()

    def begin(self, block: bytes) -> None:
        self.parts.append((part_headers(block), b""))
        self._content.clear()

    def data(self, data: bytes | bytearray) -> None:
        self._content += data

    def end_part(self) -> None:
        headers, _ = self.parts[-1]
        self.parts[-1] = (headers, bytes(self._content))

    def end(self) -> None:
        self.ended = True


def body(*parts: tuple[str, bytes], preamble: bytes = b"", close: bool = True) -> bytes:
    out = preamble
    for name, content in parts:
        out += b"--" + BOUNDARY + b"\r\nContent-Type: application/octet-stream\r\n"
        out += f'Content-Disposition: attachment; filename="{name}"\r\n\r\n'.encode() + content + b"\r\n"
    return out + (b"--" + BOUNDARY + b"--\r\n" if close else b"")


TRICKY = [
    ("empty.bin", b""),
    ("near.bin", b"\r\n--dg-7f3\r\n--dg-7fX--\r\n-" + b"\r" * 3),  # starts of the delimiter, never all of it
    ("crlf.bin", b"\r\n\r\n"),
    ("big.bin", bytes(range(256)) * 300),
    ("sub/ü.txt", b"--" + BOUNDARY),  # the boundary without the line break before it is content
]


def read(data: bytes, sizes: list[int]) -> Recorder:
    recorder = Recorder()
    reader = MultipartReader(BOUNDARY, recorder)  # type: ignore[arg-type]
    position = 0
    for size in sizes:
        reader.write(data[position : position + size])
        position += size
    reader.write(data[position:])
    reader.finalize()
    return recorder


def test_the_same_parts_however_the_body_is_split() -> None:
    data = body(*TRICKY, preamble=b"a preamble\r\n")
    whole = read(data, [])
    assert whole.ended
    assert [(h["content-disposition"], c) for h, c in whole.parts] == [
        (f'attachment; filename="{name}"', content) for name, content in TRICKY
    ]
    assert read(data, [1] * len(data)).parts == whole.parts
    rng = random.Random(7)
    for _ in range(50):
        sizes = [rng.randint(1, 40) for _ in range(rng.randint(1, 400))]
        split = read(data, sizes)
        assert split.parts == whole.parts and split.ended


def test_an_answer_without_its_closing_boundary_is_not_ended() -> None:
    recorder = read(body(("a", b"1"), ("b", b"2"), close=False), [5, 9])
    assert not recorder.ended and recorder.parts[0] == (recorder.parts[0][0], b"1")


def test_headers_without_a_blank_line_before_the_content() -> None:
    data = b"--" + BOUNDARY + b"\r\n\r\nno headers\r\n--" + BOUNDARY + b"--"
    recorder = read(data, [3])
    assert recorder.parts == [({}, b"no headers")] and recorder.ended


@pytest.mark.parametrize(
    "data",
    [
        b"--" + BOUNDARY + b"\r\nno colon here\r\n\r\nx\r\n--" + BOUNDARY + b"--",
        b"--" + BOUNDARY + b"junk\r\n\r\n",
        b"--" + BOUNDARY + b"\r\nX: " + b"y" * MAX_PART_HEADER_BYTES,
        b"\x00" * 200_000,
    ],
    ids=["header-without-name", "junk-after-boundary", "endless-headers", "no-boundary"],
)
def test_malformed_input_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError):
        read(data, [1000] * (len(data) // 1000))


def unchanged_names(block: bytes, root: Path) -> list[str]:
    """What the reader and ``SyncWriter`` make of a part with the header section ``block`` and no content, sent as
    the second part of an answer (index 1), after one the general parser reads: where a run of unchanged parts can
    begin, so a block in the service's spelling takes the one-match reading."""
    lead = b'x-file-status: not-modified\r\ncontent-disposition: attachment; filename="lead"'
    data = b"".join(b"--" + BOUNDARY + b"\r\n" + head + b"\r\n\r\n\r\n" for head in (lead, block))
    summary = SyncSummary()
    writer = SyncWriter(root, SyncMeta(root, ".sync_meta.json"), summary, progress_bar(False))
    reader = MultipartReader(BOUNDARY, writer)
    reader.write(data + b"--" + BOUNDARY + b"--\r\n")
    assert writer.ended and summary.unchanged[0] == "lead"
    return summary.unchanged[1:]


# A line break ends a header line on the wire, so no name holds one (the reader's framing would cut it there).
@given(
    name=(st.text(max_size=40) | st.binary(max_size=40).map(lambda raw: raw.decode("latin-1"))).filter(
        lambda name: "\r\n" not in name
    ),
    content_type=st.sampled_from(["application/octet-stream", "text/csv", ""]),
)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_one_match_reading_of_an_unchanged_part_agrees_with_the_header_parser(
    name: str, content_type: str, tmp_path: Path
) -> None:
    spelled = (
        f"Content-Type: {content_type}\r\nX-File-Status: not-modified\r\n"
        f'Content-Disposition: attachment; filename="{name}"'
    )
    for block in (spelled.encode("utf-8"), spelled.encode("latin-1", "replace")):
        # The general reading: every header parsed, then the name taken from Content-Disposition.
        try:
            headers = part_headers(block)
        except ValueError:
            with pytest.raises(ValueError):
                unchanged_names(block, tmp_path)
            continue
        expected = [part_filename(headers.get("content-disposition", ""), 1)]
        assert headers.get("x-file-status") == "not-modified"
        assert unchanged_names(block, tmp_path) == expected


def test_an_unchanged_part_spelled_otherwise_is_still_unchanged(tmp_path: Path) -> None:
    for block in (
        b'x-file-status: not-modified\r\ncontent-disposition: attachment; filename="a/b.csv"',
        b'Content-Disposition: attachment; filename="a/b.csv"\r\nX-File-Status:  not-modified ',
        b'Content-Type: text/csv\r\nX-File-Status: not-modified\r\nContent-Disposition: attachment; filename="a/b.csv"',
    ):
        assert unchanged_names(block, tmp_path) == ["a/b.csv"]
    assert unchanged_names(b"X-File-Status: not-modified", tmp_path) == ["part_1"]


def sync_answer(parts: list[tuple[str, bytes]], canonical: bool) -> bytes:
    """A sync answer of ``(status, name)`` parts (status ``not-modified`` or ``deleted``), in the service's spelling
    or in a lower-case one that only the general header parser reads."""
    out = b""
    for status, name in parts:
        if canonical:
            head = b"Content-Type: application/octet-stream\r\nX-File-Status: " + status.encode()
            head += b'\r\nContent-Disposition: attachment; filename="' + name + b'"'
        else:
            head = (
                b"x-file-status: " + status.encode() + b'\r\ncontent-disposition: attachment; filename="' + name + b'"'
            )
        out += b"--" + BOUNDARY + b"\r\n" + head + b"\r\n\r\n\r\n"
    return out + b"--" + BOUNDARY + b"--\r\n"


def summary_of(data: bytes, cuts: list[int], root: Path) -> SyncSummary:
    summary = SyncSummary()
    writer = SyncWriter(root, SyncMeta(root, ".sync_meta.json"), summary, progress_bar(False))
    reader = MultipartReader(BOUNDARY, writer)
    position = 0
    for cut in [*sorted(cuts), len(data)]:
        reader.write(data[position:cut])
        position = max(position, cut)
    assert writer.ended
    return summary


names = st.binary(max_size=12).filter(lambda raw: b'"' not in raw and b"\r" not in raw and b"\n" not in raw)


@given(
    parts=st.lists(st.tuples(st.sampled_from(["not-modified", "not-modified", "deleted"]), names), max_size=30),
    cuts=st.lists(st.integers(min_value=0, max_value=3000), max_size=6),
)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_runs_of_unchanged_parts_read_as_the_general_parser_reads_them(
    parts: list[tuple[str, bytes]], cuts: list[int], tmp_path: Path
) -> None:
    fast = summary_of(sync_answer(parts, canonical=True), cuts, tmp_path)
    general = summary_of(sync_answer(parts, canonical=False), [], tmp_path)
    assert fast.unchanged == general.unchanged
    assert len(fast.unchanged) == sum(status == "not-modified" for status, _ in parts)
    assert fast.skipped == general.skipped  # deletions of files never synced here: left alone, in both readings

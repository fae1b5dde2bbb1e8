"""Directory sync: the multipart answer of ``files/sync`` read as it streams in (``MultipartReader``), each file
written atomically (a temporary file beside it, then a rename), the sync meta updated after every file so that an
interrupted sync resumes where it stopped, and every part accounted for in the returned ``SyncSummary``.

Server-sent names are untrusted: a name that would land outside the synced folder (``../x``, an absolute path, a
symlink leading out) or on the sync meta file is refused and nothing is written for it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.message
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from dataports._core import jsonlib
from dataports._core.progress import ProgressBar

NOT_MODIFIED = "not-modified"
DELETED = "deleted"
_DRIVE = re.compile(r"^[A-Za-z]:")
_PLAIN_FILENAME = re.compile(r';\s*filename="([^"\\]*)"\s*$')
#: A ``not-modified`` part's headers as the service spells them (``tests/contract/fixtures_datagrok``): a re-sync
#: answer is thousands of them, read in runs (``unchanged_run``). Any other spelling, and a part that does not follow
#: another one's end, goes through ``part_headers``; what this accepts reads the same way there (status and name).
_UNCHANGED_PART = re.compile(
    rb"Content-Type: [^\r\n]{0,1024}\r\nX-File-Status: not-modified\r\n"
    rb'Content-Disposition: attachment; filename="([^"\\\x00-\x1f]{0,8192})"'
)


def unchanged_run(delimiter: bytes) -> re.Pattern[bytes]:
    """One whole ``not-modified`` part (``_UNCHANGED_PART``) from its delimiter to the next one, which must follow at
    once (no content): a re-sync answer's unchanged files are read as runs of these matches."""
    escaped = re.escape(delimiter)
    return re.compile(escaped + rb"\r\n" + _UNCHANGED_PART.pattern + rb"\r\n\r\n(?=" + escaped + rb")")


def _header_name(raw: bytes) -> str:
    """A file name from a part header, read as ``part_headers`` reads a header line: UTF-8, or latin-1."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


@dataclasses.dataclass
class SyncSummary:
    """What a sync did, path by path (relative, ``/``-separated): files ``written`` (new or changed), kept
    ``unchanged``, ``deleted`` locally, and ``skipped`` with the reason for each in ``reasons``. ``cleared`` is set
    when the remote folder was empty and the local one was emptied to match."""

    written: list[str] = dataclasses.field(default_factory=list)
    unchanged: list[str] = dataclasses.field(default_factory=list)
    deleted: list[str] = dataclasses.field(default_factory=list)
    skipped: list[str] = dataclasses.field(default_factory=list)
    reasons: dict[str, str] = dataclasses.field(default_factory=dict)
    cleared: bool = False

    def skip(self, path: str, reason: str) -> None:
        """Record that ``path`` was skipped, and why."""
        self.skipped.append(path)
        self.reasons[path] = reason

    def __str__(self) -> str:
        text = (
            f"sync: {len(self.written)} written, {len(self.unchanged)} unchanged, "
            f"{len(self.deleted)} deleted, {len(self.skipped)} skipped"
        )
        return text + (" (remote folder empty: local folder cleared)" if self.cleared else "")


class SyncMeta:
    """The ``{relative path: ETag}`` file kept in the synced folder.

    Every file written or deleted is recorded at once, as one line appended to a journal beside the meta file
    (``<meta>.journal``); the meta file itself is rewritten atomically when the sync ends or stops, whatever the
    reason, and a journal left by a process that was killed is folded in by the next sync. Rewriting the whole meta
    after each file would cost a rename (flushed at once by ext4) per file: 2.6 s instead of 1 s for 2,000 files.
    """

    def __init__(self, root: Path, name: str) -> None:
        self.path = root / name
        self.journal_path = root / f"{name}.journal"
        self.name = name
        self.entries: dict[str, str] = {}
        self._journal: IO[bytes] | None = None

    def load(self) -> dict[str, str]:
        try:
            loaded = jsonlib.loads(self.path.read_bytes())
        except FileNotFoundError:
            loaded = {}
        except ValueError:
            loaded = {}  # unreadable: every file is fetched again, which is always safe
        if isinstance(loaded, dict):
            self.entries = {str(k): v for k, v in loaded.items() if isinstance(v, str)}
        self._replay()
        return self.entries

    def _replay(self) -> None:
        try:
            lines = self.journal_path.read_bytes().splitlines()
        except FileNotFoundError:
            return
        for line in lines:
            try:
                change = jsonlib.loads(line)
            except ValueError:
                continue  # a line cut short by a crash
            if isinstance(change, list) and len(change) == 2 and isinstance(change[0], str):
                if isinstance(change[1], str):
                    self.entries[change[0]] = change[1]
                else:
                    self.entries.pop(change[0], None)

    def prune(self, existing: set[str]) -> None:
        """Forget entries whose file is gone locally, so the server sends them again."""
        self.entries = {key: etag for key, etag in self.entries.items() if key in existing}

    def record(self, path: str, etag: str | None) -> None:
        """Note that ``path`` now holds ``etag`` (``None``: it is gone), durably for a resumed sync."""
        if etag is None:
            self.entries.pop(path, None)
        else:
            self.entries[path] = etag
        if self._journal is None:
            self._journal = self.journal_path.open("ab", buffering=0)
        self._journal.write(jsonlib.dumps([path, etag]) + b"\n")

    def save(self) -> None:
        """Write the meta file atomically and drop the journal it now includes."""
        handle, temporary = tempfile.mkstemp(prefix=f".{self.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(jsonlib.dumps(self.entries))
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        with contextlib.suppress(FileNotFoundError):
            self.journal_path.unlink()


def local_files(root: Path, meta_name: str) -> set[str]:
    """Every file under ``root`` as a relative posix path, the meta file and its journal excluded."""
    found: set[str] = set()
    prefix = len(os.fspath(root)) + 1
    for folder, _, names in os.walk(root):
        base = folder[prefix:].replace(os.sep, "/")
        for name in names:
            found.add(f"{base}/{name}" if base else name)
    found.discard(meta_name)
    found.discard(f"{meta_name}.journal")
    return found


def clear_folder(root: Path) -> list[str]:
    """Remove everything inside ``root`` (the classic answer to an empty remote folder); the files removed."""
    removed = sorted(local_files(root, ""))
    for item in root.iterdir():
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item)
        else:
            item.unlink()
    return removed


def unsafe_name(relative: str, meta_name: str) -> str | None:
    """Why the server-sent name ``relative`` may never be written (``None`` when its spelling is fine)."""
    if not relative or "\x00" in relative or any(ord(c) < 0x20 for c in relative):
        return "empty name or control characters"
    if relative.startswith("/") or "\\" in relative or _DRIVE.match(relative):
        return "absolute path or backslash: would leave the synced folder"
    if any(part in ("", ".", "..") for part in relative.split("/")):
        return "'..', '.' or empty path segment: could leave the synced folder"
    if relative in (meta_name, f"{meta_name}.journal"):
        return "would overwrite the sync meta file"
    return None


class Destinations:
    """Where server-sent names land under ``root`` (resolved), checked against symlinks leading out. Each folder is
    checked once, one ``lstat`` per folder below ``root`` (resolving every folder from ``/`` cost 35 µs each, paid
    for every changed file of a re-sync); ``present`` holds the folders known to exist."""

    def __init__(self, root: Path, meta_name: str) -> None:
        self.root = root.resolve()
        self.meta_name = meta_name
        self.present: set[Path] = {self.root}
        self._inside: dict[Path, bool] = {self.root: True}

    def target(self, relative: str) -> Path | str:
        """The path to write ``relative`` to, or the reason it may not be written."""
        reason = unsafe_name(relative, self.meta_name)
        if reason is not None:
            return reason
        target = self.root.joinpath(*relative.split("/"))
        parent = target.parent
        if not self._is_inside(parent):
            return "leads outside the synced folder (through a symlink)"
        try:
            mode = os.lstat(target).st_mode  # one call for both checks, made for every file written
        except OSError:
            return target  # nothing there yet (or no folder yet): writing it says whether it can be
        self.present.add(parent)
        if stat.S_ISLNK(mode):
            return "leads outside the synced folder (through a symlink)"
        if stat.S_ISDIR(mode):
            return "a local folder has that name"
        return target

    def _is_inside(self, folder: Path) -> bool:
        """Whether ``folder`` (below ``root``) stays inside it: no folder on the way is a symlink leading out."""
        known = self._inside.get(folder)
        if known is not None:
            return known
        inside = self._is_inside(folder.parent)
        if inside:
            try:
                mode = os.lstat(folder).st_mode
            except OSError:
                mode = 0  # not there yet: it will be made as a plain folder
            if stat.S_ISLNK(mode):
                inside = folder.resolve().is_relative_to(self.root)
            elif stat.S_ISDIR(mode):
                self.present.add(folder)
        self._inside[folder] = inside
        return inside


def part_filename(disposition: str, index: int) -> str:
    """The file name a part's ``Content-Disposition`` gives (``filename*`` or ``filename``), ``part_<index>``
    without one, as the classic client names it."""
    if "filename*" not in disposition:
        plain = _PLAIN_FILENAME.search(disposition)
        if plain is not None:  # the common spelling, read without the email parser (thousands of parts a sync)
            return plain.group(1) or f"part_{index}"
    message = email.message.Message()
    message["content-disposition"] = disposition
    name = message.get_filename()
    return name if name else f"part_{index}"


#: Limits on one part's header section: a sync answer names one file per part with a few headers; these only guard
#: against a hostile server making the reader buffer without end.
MAX_PART_HEADERS = 64
MAX_PART_HEADER_BYTES = 16 * 1024
#: How much may come before the first boundary or between a boundary and its line end (RFC 2046 allows a
#: preamble and transport padding); more is not a multipart answer.
MAX_PREAMBLE_BYTES = 64 * 1024

_PREAMBLE, _AFTER_DELIMITER, _HEADERS, _BODY, _EPILOGUE = range(5)


class MultipartReader:
    """A streaming reader of a multipart body (RFC 2046) that feeds a ``SyncWriter`` part by part.

    Boundaries and header ends are found with ``bytes.find``, so a part costs a few searches however it is split
    across chunks: a re-sync answer is thousands of header-only ``not-modified`` parts, which a byte-by-byte parser
    (python-multipart's, in Python) took 25 ms to read for 2,000 files. Runs of those parts in the service's own
    spelling are taken one regex match each (``unchanged_run``): 0.5 µs a part against 2.6 µs through the general
    path. Content is handed on as it arrives, except the few bytes at a chunk's end that may begin the next boundary.
    Malformed input raises ``ValueError``.
    """

    def __init__(self, boundary: bytes, writer: SyncWriter) -> None:
        self._delimiter = b"\r\n--" + boundary
        self._unchanged = unchanged_run(self._delimiter).match
        # The first boundary has no line break before it: one is supplied, so every boundary reads alike.
        self._buffer = bytearray(b"\r\n")
        self._state = _PREAMBLE
        self._writer = writer
        self._skipped = 0

    def write(self, chunk: bytes) -> None:
        """Read the next piece of the body."""
        if self._state == _EPILOGUE:
            return
        buffer = self._buffer
        buffer += chunk
        delimiter = self._delimiter
        unchanged = self._unchanged
        writer = self._writer
        position = 0
        state = self._state
        while True:
            if state in (_BODY, _PREAMBLE):
                found = buffer.find(delimiter, position)
                if found < 0:
                    # Hold back what may be the start of a boundary split across chunks.
                    keep = max(position, len(buffer) - len(delimiter) + 1)
                    if state == _BODY:
                        if keep > position:
                            writer.data(buffer[position:keep])
                    else:
                        self._skip(keep - position)
                    position = keep
                    break
                if state == _BODY:
                    if found > position:
                        writer.data(buffer[position:found])
                    writer.end_part()
                    # Unchanged files come as runs of identical header-only parts: each taken in one match, up to
                    # the delimiter of the first part that is not one.
                    run = unchanged(buffer, found)
                    if run is not None:
                        names = []
                        while run is not None:
                            names.append(run.group(1))
                            found = run.end()
                            run = unchanged(buffer, found)
                        writer.unchanged(names)
                else:
                    self._skip(found - position)
                position = found + len(delimiter)
                state = _AFTER_DELIMITER
            if state == _AFTER_DELIMITER:
                if len(buffer) - position < 2:
                    break
                if buffer[position : position + 2] == b"--":
                    state = _EPILOGUE
                    writer.end()
                    position = len(buffer)
                    break
                line_end = buffer.find(b"\r\n", position)
                if line_end < 0:
                    self._skip(0, pending=len(buffer) - position)
                    break
                if buffer[position:line_end].strip(b" \t"):
                    raise ValueError("a boundary is followed by something other than a line break")
                position = line_end + 2
                state = _HEADERS
            if state == _HEADERS:
                if buffer.startswith(b"\r\n", position):
                    block = b""
                    position += 2
                else:
                    end = buffer.find(b"\r\n\r\n", position)
                    if end < 0:
                        if len(buffer) - position > MAX_PART_HEADER_BYTES:
                            raise ValueError(f"a part's headers exceed {MAX_PART_HEADER_BYTES} bytes")
                        break
                    if end - position > MAX_PART_HEADER_BYTES:
                        raise ValueError(f"a part's headers exceed {MAX_PART_HEADER_BYTES} bytes")
                    block = bytes(buffer[position:end])
                    position = end + 4
                writer.begin(block)
                state = _BODY
        self._state = state
        del buffer[:position]

    def finalize(self) -> None:
        """The body has ended; nothing to do (``SyncWriter.ended`` says whether the closing boundary came)."""
        self._buffer.clear()

    def _skip(self, count: int, *, pending: int = 0) -> None:
        self._skipped += count
        if self._skipped + pending > MAX_PREAMBLE_BYTES:
            raise ValueError("no multipart boundary where one was expected")


def part_headers(block: bytes) -> dict[str, str]:
    """A part's header lines as ``{lowercase name: value}``. Values are read as UTF-8 (part headers carry UTF-8
    names), as latin-1 when they are not; a line without a name is malformed."""
    if not block:
        return {}
    try:
        lines = block.decode("utf-8").split("\r\n")
    except UnicodeDecodeError:  # some line is not UTF-8: each is read on its own
        lines = [_header_line(line) for line in block.split(b"\r\n")]
    if len(lines) > MAX_PART_HEADERS:
        raise ValueError(f"a part has more than {MAX_PART_HEADERS} headers")
    headers: dict[str, str] = {}
    for line in lines:
        name, colon, value = line.partition(":")
        name = name.strip()
        if not colon or not name:
            raise ValueError(f"a part header line without a name: {line[:40]!r}")
        headers[name.lower()] = value.strip()
    return headers


def _header_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def multipart_parser(boundary: bytes, writer: SyncWriter) -> MultipartReader:
    """The reader of a sync answer with ``boundary``, feeding ``writer``."""
    return MultipartReader(boundary, writer)


class SyncWriter:
    """Applies a sync answer's parts to the local folder as they stream in."""

    def __init__(self, root: Path, meta: SyncMeta, summary: SyncSummary, bar: ProgressBar) -> None:
        self.destinations = Destinations(root, meta.name)
        self.meta = meta
        self.summary = summary
        self.bar = bar
        self.index = 0
        self.ended = False
        self._headers: dict[str, str] = {}
        self._out: IO[bytes] | None = None
        self._temporary: str | None = None
        self._target: Path | None = None
        self._name = ""

    # --- what the reader calls, part by part ------------------------------------------------------------------
    def begin(self, block: bytes) -> None:
        """A part's header section (``block``, without the blank line) has arrived: open its temporary file, unless
        it is one to keep, delete or skip. Malformed headers raise ``ValueError``."""
        headers = self._headers = part_headers(block)
        self._name = part_filename(headers.get("content-disposition", ""), self.index)
        self.index += 1
        if headers.get("x-file-status") in (NOT_MODIFIED, DELETED):
            return
        target = self.destinations.target(self._name)
        if isinstance(target, str):
            self.summary.skip(self._name, target)
            return
        temporary = os.fspath(target.parent / f".{target.name}.{os.getpid()}.part")
        try:
            folders = self.destinations.present
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            # O_NOFOLLOW: a symlink planted at the temporary name cannot redirect the write.
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o666)
        except OSError as error:
            self.summary.skip(self._name, f"cannot be written here: {error.strerror or error}")
            return
        self._out = os.fdopen(handle, "wb")
        self._temporary = temporary
        self._target = target

    def data(self, data: bytes | bytearray) -> None:
        """Content of the current part."""
        if self._out is not None:
            self._out.write(data)

    def unchanged(self, names: list[bytes]) -> None:
        """Whole ``not-modified`` parts in the service's own spelling, read in one run: their names as sent."""
        index = self.index
        kept = self.summary.unchanged
        for raw in names:
            kept.append(_header_name(raw) or f"part_{index}")
            index += 1
        self.index = index
        self.bar.update(len(names))

    def end_part(self) -> None:
        """The current part is complete."""
        status = self._headers.get("x-file-status")
        name = self._name
        if status == NOT_MODIFIED:
            self.summary.unchanged.append(name)
        elif status == DELETED:
            self._delete(name)
        elif self._out is not None and self._target is not None and self._temporary is not None:
            self._out.close()
            os.replace(self._temporary, self._target)
            self._out = self._temporary = self._target = None
            # Without an ETag there is nothing to hold: the next sync sends the file again.
            self.meta.record(name, self._headers.get("x-file-e-tag") or None)
            self.summary.written.append(name)
        self.bar.update(1)

    def _delete(self, name: str) -> None:
        if name not in self.meta.entries:
            # Only files this folder got from the server may be deleted for it (the classic client fails here).
            self.summary.skip(name, "reported deleted, but it was never synced here: left alone")
            return
        target = self.destinations.target(name)
        if isinstance(target, str):
            self.summary.skip(name, target)
            return
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        self.meta.record(name, None)
        self.summary.deleted.append(name)

    def end(self) -> None:
        """The closing boundary came: the answer is complete."""
        self.ended = True

    def abandon(self) -> None:
        """Drop the file being written (the answer broke off): its temporary file goes, the old copy stays."""
        if self._out is not None:
            self._out.close()
        if self._temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._temporary)
        self._out = self._temporary = self._target = None


def apply_multipart(
    chunks: Iterator[bytes], boundary: bytes, root: Path, meta: SyncMeta, summary: SyncSummary, bar: ProgressBar
) -> bool:
    """Apply the multipart body in ``chunks`` to ``root``; whether it was complete (its closing boundary came)."""
    writer = SyncWriter(root, meta, summary, bar)
    parser = multipart_parser(boundary, writer)
    try:
        for chunk in chunks:
            parser.write(chunk)
        parser.finalize()
    finally:
        if not writer.ended:
            writer.abandon()
        meta.save()  # whatever stopped the sync, the meta holds every file completed
    return writer.ended

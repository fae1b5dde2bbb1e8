"""Data on disk: one file per data item in a temporary folder, expiration enforced lazily on every access."""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import os
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import anyio.to_thread
import attrs
from starlette.responses import Response, StreamingResponse

from .common import ApiError, Record, bad_request, iso, new_id
from .uploads import ReceivedFile

DEFAULT_DATA_TTL = timedelta(days=3)
CHUNK_BYTES = 1024 * 1024


@attrs.define
class DataItem:
    id: str
    name: str
    size: int
    type: str
    encoding: str | None
    upload_date: datetime
    expiration_date: datetime
    #: Of the bytes for uploads, of the URL for data posted as a URL (the emulator never fetches it).
    sha256: str
    path: Path | None = None
    signed_url: str | None = None

    def details(self) -> Record:
        return {
            "id": self.id,
            "name": self.name,
            "size": self.size,
            "type": self.type,
            "encoding": self.encoding,
            "upload_date": iso(self.upload_date),
            "expiration_date": iso(self.expiration_date),
        }


def not_found(data_id: str) -> ApiError:
    return ApiError(404, f"Data {data_id} not found")


class DataStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.items: dict[str, DataItem] = {}
        #: When each vanished item stopped existing, so jobs can tell whether their input outlived their start.
        self.removed_at: dict[str, datetime] = {}
        self._expiry: list[tuple[datetime, str]] = []

    # --- lookups (each purges what has expired first) ------------------------------------------------------------
    def purge(self, moment: datetime) -> None:
        while self._expiry and self._expiry[0][0] <= moment:
            when, data_id = heapq.heappop(self._expiry)
            item = self.items.get(data_id)
            # Entries left behind by a TTL change no longer match the item's expiration date.
            if item is not None and item.expiration_date == when:
                self.remove(item, when)

    def get(self, data_id: str, moment: datetime) -> DataItem:
        self.purge(moment)
        item = self.items.get(data_id)
        if item is None:
            raise not_found(data_id)
        return item

    def live(self, moment: datetime) -> list[DataItem]:
        self.purge(moment)
        return list(self.items.values())

    def loss_time(self, data_id: str) -> datetime | None:
        """When ``data_id`` disappeared or will expire (``None`` if it never existed here)."""
        item = self.items.get(data_id)
        return item.expiration_date if item is not None else self.removed_at.get(data_id)

    # --- changes ----------------------------------------------------------------------------------------------
    def _add(self, item: DataItem) -> DataItem:
        self.items[item.id] = item
        heapq.heappush(self._expiry, (item.expiration_date, item.id))
        return item

    def add_upload(self, received: ReceivedFile, expiration: datetime, moment: datetime) -> DataItem:
        data_id = new_id()
        target = self.root / data_id
        # The spool folder lives inside the same temporary folder, so this is a rename, not a copy.
        os.replace(received.path, target)
        return self._add(
            DataItem(
                id=data_id,
                name=received.filename or "data",
                size=received.size,
                type=received.content_type,
                encoding=None,
                upload_date=moment,
                expiration_date=expiration,
                sha256=received.sha256,
                path=target,
            )
        )

    def add_bytes(self, name: str, content: bytes, mimetype: str, expiration: datetime, moment: datetime) -> DataItem:
        """Small synthetic data for seeding (written synchronously: seeds are a few bytes each)."""
        data_id = new_id()
        target = self.root / data_id
        target.write_bytes(content)
        return self._add(
            DataItem(
                id=data_id,
                name=name,
                size=len(content),
                type=mimetype,
                encoding=None,
                upload_date=moment,
                expiration_date=expiration,
                sha256=hashlib.sha256(content).hexdigest(),
                path=target,
            )
        )

    def add_url(
        self,
        *,
        signed_url: str,
        filename: str,
        mimetype: str,
        size: int,
        encoding: str | None,
        expiration: datetime,
        moment: datetime,
    ) -> DataItem:
        return self._add(
            DataItem(
                id=new_id(),
                name=filename,
                size=size,
                type=mimetype,
                encoding=encoding,
                upload_date=moment,
                expiration_date=expiration,
                sha256=hashlib.sha256(signed_url.encode()).hexdigest(),
                signed_url=signed_url,
            )
        )

    def remove(self, item: DataItem, moment: datetime) -> None:
        self.items.pop(item.id, None)
        self.removed_at[item.id] = moment
        if item.path is not None:
            with contextlib.suppress(FileNotFoundError):
                item.path.unlink()

    def set_expiration(self, item: DataItem, expiration: datetime, moment: datetime) -> bool:
        """Apply a new expiration date; returns whether that deleted the item (a date in the past does)."""
        if item.signed_url is not None:
            raise bad_request(f"The expiration date of data {item.id} cannot be changed: it was posted as a URL")
        if expiration <= moment:
            self.remove(item, moment)
            return True
        item.expiration_date = expiration
        heapq.heappush(self._expiry, (expiration, item.id))
        return False


def content_disposition(filename: str) -> str:
    # Names come from clients; control characters would break the header line, quotes its syntax.
    printable = "".join(ch if " " <= ch < "\x7f" and ch not in '"\\' else "_" for ch in filename)
    ascii_name = printable or "download"
    return f"attachment; filename=\"{ascii_name}\"; filename*=utf-8''{quote(filename)}"


def stream_file(path: Path, filename: str, media_type: str) -> Response:
    """Stream ``path`` in chunks. The file is opened now, so a delete during the download does not cut it short."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise ApiError(404, f"The file of {filename} is gone") from None
    size = os.fstat(handle.fileno()).st_size

    async def chunks() -> AsyncIterator[bytes]:
        try:
            while True:
                chunk = await anyio.to_thread.run_sync(handle.read, CHUNK_BYTES)
                if not chunk:
                    break
                yield chunk
        finally:
            handle.close()

    headers = {"Content-Length": str(size), "Content-Disposition": content_disposition(filename)}
    return StreamingResponse(chunks(), media_type=media_type, headers=headers)


def stream_bytes(content: bytes, filename: str, media_type: str) -> Response:
    headers = {"Content-Disposition": content_disposition(filename)}
    return Response(content, media_type=media_type, headers=headers)


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """A small uploaded file (a job request, an analytic doc) read whole, refusing anything oversized."""
    with path.open("rb") as handle:
        content = handle.read(limit + 1)
    if len(content) > limit:
        raise bad_request(f"{what} is larger than {limit} bytes")
    return content

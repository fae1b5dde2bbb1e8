"""Data on disk: one file per data item in a temporary folder, expiration enforced lazily on every access."""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import os
from datetime import datetime, timedelta
from pathlib import Path

import attrs

from dataports_emulators.core.clock import iso_fixed, new_uuid
from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import ServiceError, bad_request
from dataports_emulators.core.multipart_reader import ReceivedFile

DEFAULT_DATA_TTL = timedelta(days=3)


@attrs.define
class DataItem:
    """One data item: an uploaded file on disk, or a URL the client posted (never fetched)."""

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
        """The item as the API shows it."""
        return {
            "id": self.id,
            "name": self.name,
            "size": self.size,
            "type": self.type,
            "encoding": self.encoding,
            "upload_date": iso_fixed(self.upload_date),
            "expiration_date": iso_fixed(self.expiration_date),
        }


def not_found(data_id: str) -> ServiceError:
    """The platform's answer to an unknown (or expired) data id."""
    return ServiceError(404, f"Data {data_id} not found")


class DataStore:
    """The data items of one account, each expiring at its own date."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.items: dict[str, DataItem] = {}
        #: When each vanished item stopped existing, so jobs can tell whether their input outlived their start.
        self.removed_at: dict[str, datetime] = {}
        self._expiry: list[tuple[datetime, str]] = []

    # --- lookups (each purges what has expired first) ------------------------------------------------------------
    def purge(self, moment: datetime) -> None:
        """Remove every item whose expiration date has passed by ``moment``."""
        while self._expiry and self._expiry[0][0] <= moment:
            when, data_id = heapq.heappop(self._expiry)
            item = self.items.get(data_id)
            # Entries left behind by a TTL change no longer match the item's expiration date.
            if item is not None and item.expiration_date == when:
                self.remove(item, when)

    def get(self, data_id: str, moment: datetime) -> DataItem:
        """A live item by id; a 404 when there is none (or it expired)."""
        self.purge(moment)
        item = self.items.get(data_id)
        if item is None:
            raise not_found(data_id)
        return item

    def live(self, moment: datetime) -> list[DataItem]:
        """Every item still alive at ``moment``."""
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
        """A new item from an uploaded file, moved into the store."""
        data_id = new_uuid()
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
        data_id = new_uuid()
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
        """A new item standing for a URL the client posted."""
        return self._add(
            DataItem(
                id=new_uuid(),
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
        """Delete an item and its file."""
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

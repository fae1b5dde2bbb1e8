"""Everything one Voxel51 account holds: data on disk, the analytics catalogue and jobs, in a temporary folder that
a reset replaces (the service closes the old one) and ``close()`` removes."""

from __future__ import annotations

from pathlib import Path

from dataports_emulators.core.filestore import TempFolder
from dataports_emulators.core.links import LinkSigner

from .catalogue import Catalogue
from .jobs import JobBook
from .storage import DataStore


class Voxel51State:
    """The stores of one account, and the signer of its download links (which outlives resets)."""

    def __init__(self, links: LinkSigner) -> None:
        self.links = links
        self.folder = TempFolder("dataports-voxel51-")
        self.spool = self.root / "incoming"
        self.spool.mkdir()
        self.store = DataStore(self.root / "data")
        self.catalogue = Catalogue(self.root / "images")
        self.jobs = JobBook(self.store)

    @property
    def root(self) -> Path:
        """The temporary folder everything on disk lives in."""
        return self.folder.path

    def close(self) -> None:
        """Remove the folder and everything in it."""
        self.folder.close()

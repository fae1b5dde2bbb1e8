"""What bulk writes return: the classic ``WriteSummary``, and dataports' ``BulkWriteSummary``, a ``WriteSummary``
that also accounts for every record.

Classic code keeps reading ``success``, ``api_errors``, ``records_sent`` and truthiness with their classic
meanings; ``sent``, ``rejected``, ``failed``, ``total`` and ``failed_records()`` say what happened to each record.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from dataports._core.bulk import BulkSummary, FailedRecord, RejectedRecord, SentIds


@dataclasses.dataclass
class WriteSummary:
    """Returned by the threaded writes (``send_bulk``, ``send_dataframe``); truthy when the upload succeeded."""

    #: Whether every batch reached the API (records it refused one by one do not make this false).
    success: bool = True
    #: The distinct errors of the batches that failed, as strings.
    api_errors: list[Any] = dataclasses.field(default_factory=list)
    #: How many records the API received in batches it answered (stored, or refused one by one).
    records_sent: int = 0

    def __bool__(self) -> bool:
        return self.success


class BulkWriteSummary(WriteSummary):
    """A ``WriteSummary`` that also carries the fate of every input record (``summary``, a ``BulkSummary``).

    The record accounting is not a dataclass field, so ``dataclasses.asdict(summary)`` is the classic three keys.
    """

    def __init__(self, summary: BulkSummary[Any]) -> None:
        # The classic meaning: a batch that failed makes the write unsuccessful, with its error listed; records
        # the API refused one by one were still received (the classic client never looked at them).
        super().__init__(
            success=not summary.failed,
            api_errors=sorted({failed.error for failed in summary.failed}),
            records_sent=len(summary.sent) + len(summary.rejected),
        )
        self._summary = summary

    @property
    def summary(self) -> BulkSummary[Any]:
        """Every input record's fate."""
        return self._summary

    @property
    def total(self) -> int:
        """How many records were read from the input."""
        return self._summary.total

    @property
    def sent(self) -> SentIds:
        """The stored records: ``(input index, gretel_id)`` pairs (``.ids()`` for the ids alone)."""
        return self._summary.sent

    @property
    def rejected(self) -> list[RejectedRecord]:
        """The records the API refused one by one, with its message (e.g. a record that is not a JSON object)."""
        return self._summary.rejected

    @property
    def failed(self) -> list[FailedRecord[Any]]:
        """The records of batches that failed (after retries), with the batch's error."""
        return self._summary.failed

    def failed_records(self) -> list[Any]:
        """The records whose batches failed, in input order, ready to be sent again."""
        return self._summary.failed_records()

    def __str__(self) -> str:
        return str(self._summary)

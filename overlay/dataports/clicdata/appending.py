"""Chunked appends: rows go out in chunks on a few threads with a progress bar, and every row's fate is reported.

The API writes a chunk all or nothing and names the first row it refuses (``error.row``). That row is reported
rejected, with the API's message, and the rest of its chunk is sent again, so one bad value costs one row, not
the chunk. A chunk that keeps being refused (more than ``MAX_REFUSALS`` rows) is given up: nothing of it was
written, and all its rows are reported failed with the last refusal. Appends are not idempotent, so a chunk
whose answer was lost is reported failed rather than sent twice; a rate-limited chunk was not written and is sent
again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from dataports._core import jsonlib
from dataports._core.bulk import BatchOutcome, BulkSummary, FailedRecord, RejectedRecord, send_in_batches
from dataports._core.errors import RateLimitError

from .errors import BadRequest
from .rows import Cells, LocalRejection
from .session import Session

if TYPE_CHECKING:
    import pandas

DEFAULT_CHUNK_ROWS = 500
#: Most rows per chunk: a chunk must stay well under the API's request size limit.
MAX_CHUNK_ROWS = 10_000
DEFAULT_CONCURRENCY = 4
#: Rows of one chunk that may be refused before the chunk is given up.
MAX_REFUSALS = 10

Row = Cells | LocalRejection


@dataclasses.dataclass
class AppendSummary:
    """What ``append_data`` did with every row: ``appended + len(rejected) + len(failed) == total``.

    ``rejected`` rows were refused one by one (by the API, naming the column, or before sending: a value JSON
    cannot carry); ``failed`` rows belong to chunks that failed as a whole (after retries), with the error.
    ``failed_rows(data)`` / ``rejected_rows(data)`` pick them out of the input DataFrame to fix and send again.
    """

    rec_id: int
    summary: BulkSummary[Row] = dataclasses.field(repr=False)

    @property
    def total(self) -> int:
        """How many rows were given."""
        return self.summary.total

    @property
    def appended(self) -> int:
        """How many rows were appended."""
        return len(self.summary.sent)

    @property
    def rejected(self) -> list[RejectedRecord]:
        """The rows the API refused one by one, with its reason."""
        return self.summary.rejected

    @property
    def failed(self) -> list[FailedRecord[Row]]:
        """The rows whose chunk failed as a whole, with the chunk's error and the row itself."""
        return self.summary.failed

    @property
    def success(self) -> bool:
        """Whether every row was appended."""
        return self.summary.success

    def __bool__(self) -> bool:
        return self.success

    @property
    def text(self) -> str:
        """A one-line account, in place of the API's plain-text message the classic ``append_data`` returned."""
        return str(self).splitlines()[0]

    def rejected_positions(self) -> list[int]:
        """The input positions of the rejected rows."""
        return [rejected.index for rejected in self.rejected]

    def failed_positions(self) -> list[int]:
        """The input positions of the failed rows, to send again."""
        return [failed.index for failed in self.failed]

    def rejected_rows(self, data: pandas.DataFrame) -> pandas.DataFrame:
        """The rows of ``data`` (the appended DataFrame) that were rejected, in order."""
        return data.iloc[self.rejected_positions()]

    def failed_rows(self, data: pandas.DataFrame) -> pandas.DataFrame:
        """The rows of ``data`` whose chunks failed, ready for another ``append_data``."""
        return data.iloc[self.failed_positions()]

    def __str__(self) -> str:
        head = (
            f"{self.total} rows to data set {self.rec_id}: {self.appended} appended, "
            f"{len(self.rejected)} rejected, {len(self.failed)} failed"
        )
        lines = [head]
        lines += [f"  rejected row {r.index}: {r.message}" for r in self.rejected[:5]]
        errors = sorted({f.error for f in self.failed})
        lines += [f"  failed: {error}" for error in errors[:5]]
        hidden = max(len(self.rejected) - 5, 0) + max(len(errors) - 5, 0)
        if hidden:
            lines.append(f"  ... and {hidden} more")
        return "\n".join(lines)


def append_rows(
    session: Session,
    rec_id: int,
    rows: Iterable[Row],
    *,
    chunk_size: int = DEFAULT_CHUNK_ROWS,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: bool = True,
    total: int | None = None,
) -> AppendSummary:
    """Append ``rows`` to data set ``rec_id`` in chunks of ``chunk_size`` on ``concurrency`` threads."""
    from dataports_api.clicdata.api.data import append_rows as operation
    from dataports_api.clicdata.models import RowsAppend

    def post(cells: list[Cells]) -> None:
        request = operation.build_request(rec_id, body=RowsAppend(data=[]))
        # The hot path: the rows are encoded once, with the fast encoder, into the request the spec describes.
        del request["json"]
        request["content"] = jsonlib.dumps({"data": cells})
        session.caller.send(request)

    def send_chunk(chunk: list[Row], key: str) -> BatchOutcome:
        refusal: BadRequest | None = None
        if not any(isinstance(row, LocalRejection) for row in chunk):
            try:  # the usual case: the whole chunk in one request, with no per-row bookkeeping
                post(cast("list[Cells]", chunk))
                return BatchOutcome(sent=[(i, key) for i in range(len(chunk))], rejected=[])
            except BadRequest as refused:
                refusal = refused
        rejected = [(i, row.message) for i, row in enumerate(chunk) if isinstance(row, LocalRejection)]
        pending = [(i, row) for i, row in enumerate(chunk) if not isinstance(row, LocalRejection)]
        refusals = 0
        while pending:
            if refusal is None:
                try:
                    post([cells for _, cells in pending])
                    # ClicData gives rows no ids: each row is recorded with the id of the chunk that wrote it.
                    return BatchOutcome(sent=[(i, key) for i, _ in pending], rejected=rejected)
                except BadRequest as refused:
                    refusal = refused
            refusals += 1
            if refusal.row is None or not 0 <= refusal.row < len(pending) or refusals > MAX_REFUSALS:
                raise refusal
            position, _ = pending.pop(refusal.row)
            rejected.append((position, refusal.message))
            refusal = None
        return BatchOutcome(sent=[], rejected=rejected)

    summary = send_in_batches(
        rows,
        send_chunk,
        batch_size=chunk_size,
        concurrency=concurrency,
        attempts=3,
        progress=progress,
        description=f"append to data set {rec_id}",
        total=total,
        describe_error=_describe,
        retryable=lambda error: isinstance(error, RateLimitError),
    )
    return AppendSummary(rec_id, summary)


def _describe(error: BaseException) -> str:
    describe = getattr(error, "describe", None)
    return describe() if callable(describe) else f"{type(error).__name__}: {error}"

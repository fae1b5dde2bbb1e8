"""Records: a project's writes (one call, or in bulk with every record accounted for) and its record stream, and
entity detection without storing (``/records/*`` in the spec)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import httpx
from dataports_api.gretel.api.records import detect_entities, send_records, stream_records
from dataports_api.gretel.models import DetectEntitiesBodyItem
from dataports_api.gretel.types import UNSET

from dataports._core import jsonlib
from dataports._core.arguments import InvalidArgumentError, at_most, choice
from dataports._core.bulk import BatchOutcome, BulkSummary, send_in_batches

from .base import IDEMPOTENCY_HEADER, MAX_RECORDS_PER_CALL, GretelBase, ProjectBase, as_list
from .errors import Forbidden, GretelConnectionError

if TYPE_CHECKING:
    import pandas
    from dataports_api.gretel.models.send_records_detection_mode import SendRecordsDetectionMode

DETECTION_MODES = ("fast", "all", "none")
DIRECTIONS = ("forward", "backward")
#: Pause between polls of a caught-up forward stream (the classic client's pace).
POLL_SECONDS = 0.5
STREAM_PAGE = 200
#: ``send_records.build_request`` wants a body; the real one is encoded separately (see ``_send_batch``).
_NO_RECORDS: list[Any] = []


class EntityDetection(GretelBase):
    """``Client.detect_entities``: entity labels for records that are not stored."""

    def detect_entities(self, records: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Entity labels for up to 50 records, without storing them."""
        batch = [dict(records)] if isinstance(records, Mapping) else [dict(r) for r in records]
        at_most(batch, "records", MAX_RECORDS_PER_CALL)
        body = [DetectEntitiesBodyItem.from_dict(record) for record in batch]
        caller = self.caller
        response = caller.send(detect_entities.build_request(body=body))
        return caller.parse(response, as_list, caller.decode(response, "data", "records"))


class ProjectRecords(ProjectBase):
    """A project's records: ``send``, ``send_bulk``, ``send_dataframe``, ``iter_records``, ``head``."""

    # --- writing --------------------------------------------------------------------------------------------------
    def send(
        self, data: Mapping[str, Any] | Sequence[Any], detection_mode: str = "fast"
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Send up to 50 records in one call; returns ``(success, failure)`` as the API reports them."""
        records = [dict(data)] if isinstance(data, Mapping) else list(data)
        at_most(records, "data", MAX_RECORDS_PER_CALL)
        response, result = self._send_batch(records, _detection_mode(detection_mode), key=None)
        return self.client.caller.parse(response, _success_and_failure, result)

    def _send_batch(
        self, records: list[Any], detection_mode: SendRecordsDetectionMode, key: str | None
    ) -> tuple[httpx.Response, Any]:
        """POST one batch; returns the response and its decoded ``data`` (``{"success": [...], "failure": [...]}``).

        The hot path of bulk ingest: the records are encoded once with the fast encoder straight into the request
        the spec describes (the generated body would go through the standard library), and the answer is decoded
        once, with no model objects per record.
        """
        client = self.client
        # A batch whose fate is unknown (server error, dropped connection) is sent again only when the server has
        # said it honours the key; otherwise a retry could store it twice, so the records are reported failed.
        if key is not None and client.idempotency_honoured:
            client = client.with_options(idempotency_header=IDEMPOTENCY_HEADER)
        request = send_records.build_request(
            self.name,
            body=_NO_RECORDS,
            detection_mode=detection_mode,
            idempotency_key=UNSET if key is None else key,
        )
        del request["json"]
        request["content"] = jsonlib.dumps(records)
        caller = client.caller
        response = caller.send(request)
        return response, caller.decode(response, "data")

    def send_bulk(
        self,
        data: Iterable[Any],
        detection_mode: str = "fast",
        *,
        concurrency: int = 10,
        progress: bool = True,
        total: int | None = None,
    ) -> BulkSummary[Any]:
        """Send any number of records in batches of 50 on ``concurrency`` threads, with a progress bar.

        Memory stays flat whatever the input size (a generator is consumed as batches go out). Returns a
        ``BulkSummary`` accounting for every record: sent (with its ``gretel_id``), rejected by the server (with its
        message), or failed with its batch's error. ``project.send_bulk(summary.failed_records())`` re-sends failures.
        """
        mode = _detection_mode(detection_mode)
        if total is None and isinstance(data, Sequence):
            total = len(data)
        parse = self.client.caller.parse

        def send_batch(batch: list[Any], key: str) -> BatchOutcome:
            response, result = self._send_batch(batch, mode, key)
            return parse(response, _batch_outcome, result)

        return send_in_batches(
            data,
            send_batch,
            batch_size=MAX_RECORDS_PER_CALL,
            concurrency=concurrency,
            attempts=3,
            progress=progress,
            description=f"send to {self.name}",
            total=total,
            describe_error=_describe,
            retryable=self._batch_retryable,
        )

    def _batch_retryable(self, error: BaseException) -> bool:
        # A rate-limited batch was not processed; a lost one may have been, so resend only with a key that is kept.
        return isinstance(error, Forbidden) or (
            isinstance(error, GretelConnectionError) and self.client.idempotency_honoured
        )

    def send_dataframe(
        self, df: pandas.DataFrame, sample: int | float | None = None, detection_mode: str = "fast", **options: Any
    ) -> BulkSummary[Any]:
        """Send a DataFrame's rows as records; ``sample`` keeps a number of rows (int) or a fraction (float)."""
        if sample is not None:
            if isinstance(sample, float) and not 0 < sample <= 1:
                raise InvalidArgumentError("sample", f"a fraction must be in (0, 1], got {sample}")
            df = df.sample(frac=sample) if isinstance(sample, float) else df.sample(n=min(int(sample), len(df)))
        return self.send_bulk(_dataframe_rows(df), detection_mode, total=len(df), **options)

    # --- reading --------------------------------------------------------------------------------------------------
    def iter_records(
        self,
        position: str | None = None,
        post_process: Callable[[dict[str, Any]], Any] | None = None,
        direction: str = "forward",
        record_limit: int = -1,
        wait_for: float = -1,
        params: Mapping[str, Any] | None = None,
    ) -> Iterator[Any]:
        """Records as ``{"record", "metadata", "ingest_time"}``. ``forward`` yields oldest to newest and keeps
        polling for new records for ``wait_for`` seconds (``-1``: forever, ``0``: stop when caught up);
        ``backward`` yields newest to oldest and stops at the first record."""
        choice(direction, "direction", DIRECTIONS)
        page_params = {"with_meta": "yes", "count": STREAM_PAGE, **(params or {})}
        records = (
            self._forward(position, wait_for, page_params)
            if direction == "forward"
            else self._backward(position, page_params)
        )
        for sent, record in enumerate(records):
            if record_limit >= 0 and sent >= record_limit:
                return
            yield post_process(record) if post_process else record

    def _page(self, params: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        """One page of the stream, newest first, as (record id, record in the classic shape)."""
        caller = self.client.caller
        response = caller.send(stream_records.build_request(self.name, **params))
        return caller.parse(response, _stream_page, caller.decode(response, "data", "records"))

    def _forward(self, last: str | None, wait_for: float, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        idle_since = time.monotonic()
        while True:
            page = self._page({**params, "oldest": last} if last else params)
            fresh = [record for record_id, record in reversed(page) if record_id != last]
            if fresh:
                idle_since = time.monotonic()
                yield from fresh
                last = page[0][0]
                if len(page) >= params["count"]:
                    continue
            if wait_for >= 0 and time.monotonic() - idle_since >= wait_for:
                return
            time.sleep(POLL_SECONDS)

    def _backward(self, last: str | None, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        while True:
            page = self._page({**params, "newest": last} if last else params)
            fresh = [record for record_id, record in page if record_id != last]
            if not fresh:
                return
            yield from fresh
            last = page[-1][0]

    def head(self, n: int = 5, as_df: bool | None = None) -> list[dict[str, Any]] | pandas.DataFrame:
        """The ``n`` most recent records: a DataFrame when pandas is installed (or ``as_df=True``), else a list."""
        records = [r["record"] for r in self.iter_records(direction="backward", record_limit=n, params={"count": n})]
        if as_df is None:
            try:
                import pandas  # noqa: F401

                as_df = True
            except ImportError:
                as_df = False
        if as_df:
            from dataports._core.dataframe import records_to_dataframe

            return records_to_dataframe(records)
        return records


def _detection_mode(value: str) -> SendRecordsDetectionMode:
    choice(value, "detection_mode", DETECTION_MODES)
    return cast("SendRecordsDetectionMode", value)


def _batch_outcome(result: Any) -> BatchOutcome:
    # KeyError/TypeError on a malformed answer become the service's exception in ``Caller.parse``.
    return BatchOutcome(
        sent=[(item["idx"], item["gretel_id"]) for item in result["success"]],
        rejected=[(item["idx"], item["message"]) for item in result["failure"]],
    )


def _success_and_failure(result: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    _batch_outcome(result)  # the same shape checks as a bulk batch
    return list(result["success"]), list(result["failure"])


def _stream_page(records: Any) -> list[tuple[str, dict[str, Any]]]:
    return [
        (
            record["id"],
            {"record": record["data"], "metadata": record.get("metadata"), "ingest_time": record["ingest_time"]},
        )
        for record in records
    ]


def _describe(error: BaseException) -> str:
    describe = getattr(error, "describe", None)
    return describe() if callable(describe) else f"{type(error).__name__}: {error}"


def _dataframe_rows(df: pandas.DataFrame, chunk: int = 5000) -> Iterator[dict[str, Any]]:
    # Converted a slice at a time so a large frame is never duplicated as a list of dicts all at once.
    for start in range(0, len(df), chunk):
        rows: list[dict[str, Any]] = df.iloc[start : start + chunk].to_dict(orient="records")  # type: ignore[assignment]
        yield from rows

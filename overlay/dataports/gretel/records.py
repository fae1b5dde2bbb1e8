"""Writing records: one call (``send``), any number in accounted-for batches (``send_bulk``, ``send_dataframe``), and
entity detection without storing (``/records/send`` and ``/records/detect_entities`` in the spec)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

import httpx
from dataports_api.gretel.api.records import detect_entities, send_records
from dataports_api.gretel.models import DetectEntitiesBodyItem
from dataports_api.gretel.types import UNSET

from dataports._core import jsonlib
from dataports._core.bulk import BatchOutcome, send_in_batches
from dataports._core.dataframe import require_pandas

from .base import (
    IDEMPOTENCY_HEADER,
    MAX_RECORDS_PER_CALL,
    GretelBase,
    ProjectBase,
    RequestOptions,
    as_list,
)
from .errors import Forbidden, GretelConnectionError, GretelInvalidArgument
from .readers import DataFrameReader, reader_for
from .samplers import Sampler
from .summary import BulkWriteSummary

if TYPE_CHECKING:
    import pandas
    from dataports_api.gretel.models.send_records_detection_mode import SendRecordsDetectionMode

DEFAULT_DETECTION_MODE = "fast"
"""The ``detection_mode`` used when none is given, as in the classic client."""
DETECTION_MODES = ("fast", "all", "none")
#: ``send_records.build_request`` wants a body; the real one is encoded separately (see ``_send_batch``).
_NO_RECORDS: list[Any] = []


def at_most(records: Collection[Any], argument: str) -> None:
    """Refuse more records than one call takes, as the API would (``BadRequest``), before sending any."""
    if len(records) > MAX_RECORDS_PER_CALL:
        raise GretelInvalidArgument(
            argument,
            f"has {len(records)} records; the API accepts at most {MAX_RECORDS_PER_CALL} per call "
            "(send_bulk() sends any number)",
        )


class EntityDetection(GretelBase):
    """``Client.detect_entities``: entity labels for records that are not stored."""

    def detect_entities(self, records: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Entity labels for a record (a dict) or up to 50 records, without storing them."""
        batch = [dict(records)] if isinstance(records, Mapping) else [dict(r) for r in records]
        at_most(batch, "records")
        body = [DetectEntitiesBodyItem.from_dict(record) for record in batch]
        caller = self.caller
        response = caller.send(detect_entities.build_request(body=body))
        return caller.parse(response, as_list, caller.decode(response, "data", "records"))


class ProjectRecords(ProjectBase):
    """A project's writes: ``send``, ``send_bulk``, ``send_dataframe``."""

    def send(
        self, data: Mapping[str, Any] | Sequence[Any], detection_mode: str = DEFAULT_DETECTION_MODE, **kwargs: Any
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Send a record (a dict) or up to 50 records in one call; returns ``(success, failure)`` as the API reports
        them. ``headers=`` and ``params=`` add request headers and query parameters, as in the classic client."""
        options = RequestOptions("send", kwargs)
        records = [data if isinstance(data, dict) else dict(data)] if isinstance(data, Mapping) else list(data)
        at_most(records, "data")
        response, result = self._send_batch(records, _detection_mode(detection_mode), None, options)
        return self.client.caller.parse(response, _success_and_failure, result)

    def _send_batch(
        self, records: list[Any], detection_mode: SendRecordsDetectionMode, key: str | None, options: RequestOptions
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
            client = _retrying_with_key(client)
        request = send_records.build_request(
            self.name,
            body=_NO_RECORDS,
            detection_mode=detection_mode,
            idempotency_key=UNSET if key is None else key,
        )
        del request["json"]
        request["content"] = jsonlib.dumps(records)
        # The named detection_mode wins over one in params=, as in the classic client.
        options.apply(request, keep=("detection_mode",))
        caller = client.caller
        response = caller.send(request)
        return response, caller.decode(response, "data")

    def send_bulk(
        self,
        data: Any,
        detection_mode: str = DEFAULT_DETECTION_MODE,
        *,
        sampler: Sampler | None = None,
        worker_threads: int = 10,
        max_inflight_batches: int = 100,
        disable_progress: bool = False,
        use_progress_widget: bool = False,
        concurrency: int | None = None,
        progress: bool = True,
        total: int | None = None,
        **kwargs: Any,
    ) -> BulkWriteSummary:
        """Send any number of records in batches of 50 on ``worker_threads`` threads, with a progress bar.

        ``data`` is what the classic client read, and more: a record (dict), a list or any iterable of records
        (a generator is consumed as batches go out), a DataFrame, a reader (``readers.CsvReader(...)``), or a path
        to (or an open stream of) a JSON-lines or CSV file (``.csv``/``.tsv``; ``.gz``/``.bz2``/``.xz`` too), read
        a line at a time. Memory stays flat whatever the input's size: at most ``2 * worker_threads`` batches exist
        at once (``max_inflight_batches``, the classic queue size, is accepted; this bound is tighter).

        ``sampler`` (``samplers.ConstantSampler(...)``) sends a sample of the records; ``disable_progress`` hides
        the bar (``progress=False`` too; ``use_progress_widget`` is automatic in notebooks); ``concurrency`` is
        another name for ``worker_threads``; ``headers=`` and ``params=`` go with every batch.

        Returns a ``WriteSummary`` (truthy unless a batch failed, ``api_errors``, ``records_sent``) that also
        accounts for every record: ``sent`` (with its ``gretel_id``), ``rejected`` by the API (with its message),
        or ``failed`` with its batch's error; ``project.send_bulk(summary.failed_records())`` re-sends failures.
        """
        del max_inflight_batches, use_progress_widget  # see the docstring: bounded tighter; tqdm.auto picks the bar
        options = RequestOptions("send_bulk", kwargs)
        threads = worker_threads if concurrency is None else concurrency
        if threads < 1:
            raise GretelInvalidArgument("worker_threads", f"must be at least 1, got {threads}")
        mode = _detection_mode(detection_mode)
        records, known_total = reader_for(data)
        if sampler is not None:
            sampler.set_source(records)
            records, known_total = sampler, None
        parse = self.client.caller.parse

        def send_batch(batch: list[Any], key: str) -> BatchOutcome:
            response, result = self._send_batch(batch, mode, key, options)
            return parse(response, _batch_outcome, result)

        try:
            summary = send_in_batches(
                records,
                send_batch,
                batch_size=MAX_RECORDS_PER_CALL,
                concurrency=threads,
                attempts=3,
                progress=progress and not disable_progress,
                description=f"send to {self.name}",
                total=known_total if total is None else total,
                describe_error=_describe,
                retryable=self._batch_retryable,
            )
        finally:
            if records is not data:  # a reader made here (or a sampler over one): close its file, even on error
                _close_source(records)
        return BulkWriteSummary(summary)

    def _batch_retryable(self, error: BaseException) -> bool:
        # A rate-limited batch was not processed; a lost one may have been, so resend only with a key that is kept.
        return isinstance(error, Forbidden) or (
            isinstance(error, GretelConnectionError) and self.client.idempotency_honoured
        )

    def send_dataframe(
        self,
        df: pandas.DataFrame,
        detection_mode: str = DEFAULT_DETECTION_MODE,
        sample: float | None = None,
        **kwargs: Any,
    ) -> BulkWriteSummary:
        """Send a DataFrame's rows as records (with ``send_bulk``, whose keyword arguments it takes).

        ``sample`` sends a random subset: a fraction of the rows when below 1 (``0.5``: half), else that many rows.
        """
        pd = require_pandas()
        if not isinstance(df, pd.DataFrame):
            raise GretelInvalidArgument("df", f"must be a pandas DataFrame, got {type(df).__name__}")
        if sample is not None:
            df = _sampled(df, sample)
        kwargs.setdefault("total", len(df))
        return self.send_bulk(DataFrameReader(df), detection_mode, **kwargs)


def _sampled(df: pandas.DataFrame, sample: float) -> pandas.DataFrame:
    """The classic sampling: a fraction below 1, else a number of rows (random, not the first ones)."""
    if sample <= 0:
        raise GretelInvalidArgument("sample", f"must be greater than 0 (a fraction, or a number of rows), got {sample}")
    if sample < 1:
        return df.sample(frac=sample)
    if sample != int(sample):
        raise GretelInvalidArgument("sample", f"a number of rows must be a whole number, got {sample}")
    if sample > len(df):
        raise GretelInvalidArgument("sample", f"cannot be larger than the DataFrame ({len(df)} rows), got {sample}")
    return df.sample(n=int(sample))


def _detection_mode(value: str) -> SendRecordsDetectionMode:
    if value not in DETECTION_MODES:
        raise GretelInvalidArgument("detection_mode", f"{value!r} is not one of {', '.join(sorted(DETECTION_MODES))}")
    return cast("SendRecordsDetectionMode", value)


_KEYED_TWIN = "_dataports_keyed_twin"


def _retrying_with_key(client: GretelBase) -> GretelBase:
    """``client.with_options(idempotency_header=...)``, made once rather than once a batch (a copy of the client
    each time): kept on ``client`` beside the httpx client it was made from, so a ``with_options`` copy of
    ``client``, which has another httpx client, makes its own."""
    kept: tuple[httpx.Client, GretelBase] | None = client.__dict__.get(_KEYED_TWIN)
    if kept is not None and kept[0] is client.http:
        return kept[1]
    twin = client.with_options(idempotency_header=IDEMPOTENCY_HEADER)
    client.__dict__[_KEYED_TWIN] = (client.http, twin)
    return twin


def _batch_outcome(result: Any) -> BatchOutcome:
    # KeyError/TypeError on a malformed answer become the service's exception in ``Caller.parse``.
    return BatchOutcome(
        sent=[(item["idx"], item["gretel_id"]) for item in result["success"]],
        rejected=[(item["idx"], item["message"]) for item in result["failure"]],
    )


def _success_and_failure(result: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    _batch_outcome(result)  # the same shape checks as a bulk batch
    return list(result["success"]), list(result["failure"])


def _describe(error: BaseException) -> str:
    describe = getattr(error, "describe", None)
    return describe() if callable(describe) else f"{type(error).__name__}: {error}"


def _close_source(source: Iterable[Any]) -> None:
    close: Callable[[], Any] | None = getattr(source, "close", None)
    if close is None:
        close = getattr(getattr(source, "data_source", None), "close", None)  # a sampler over a reader
    if callable(close):
        close()

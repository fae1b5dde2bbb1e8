"""``Project``: send records (one call, or in bulk with every record accounted for), read the record stream, and
inspect fields and entities, as the classic ``gretel_client.projects.Project``."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from dataports._core import jsonlib
from dataports._core.arguments import InvalidArgumentError, at_most, choice
from dataports._core.bulk import BatchOutcome, BulkSummary, send_in_batches

from .client import IDEMPOTENCY_HEADER, MAX_RECORDS_PER_CALL
from .errors import Forbidden, GretelConnectionError

if TYPE_CHECKING:
    import pandas
    from dataports_api.gretel.models import SendResult

    from .client import Client

DETECTION_MODES = ("fast", "all", "none")
DIRECTIONS = ("forward", "backward")
#: Pause between polls of a caught-up forward stream (the classic client's pace).
POLL_SECONDS = 0.5
STREAM_PAGE = 200


class Project:
    """One Gretel project. Get one with ``client.get_project(...)``."""

    def __init__(self, client: Client, data: Mapping[str, Any]) -> None:
        self.client = client
        self.project_id: str = data["_id"]
        self.name: str = data["name"]
        self.description: str = data.get("description", "")
        self.display_name: str = data.get("display_name", "")

    def __repr__(self) -> str:
        return f"Project(name={self.name!r}, project_id={self.project_id!r})"

    @property
    def console_url(self) -> str:
        return f"{self.client.base_url.replace('api', 'console', 1)}/{self.name}"

    # --- lifecycle ------------------------------------------------------------------------------------------------
    def flush(self) -> None:
        """Purge the project's records, fields and entities (the service finishes shortly after the call)."""
        from dataports_api.gretel.api.projects import flush_project

        flush_project.sync_detailed(self.project_id, client=self.client.api)

    def delete(self) -> None:
        """Delete the project (the service finishes shortly after the call); this object is unusable afterwards."""
        from dataports_api.gretel.api.projects import delete_project

        delete_project.sync_detailed(self.project_id, client=self.client.api)

    # --- writing --------------------------------------------------------------------------------------------------
    def send(
        self, data: Mapping[str, Any] | Sequence[Any], detection_mode: str = "fast"
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Send up to 50 records in one call; returns ``(success, failure)`` as the API reports them."""
        records = [dict(data)] if isinstance(data, Mapping) else list(data)
        at_most(records, "data", MAX_RECORDS_PER_CALL)
        outcome = self._send_batch(records, detection_mode, key=None)
        return [item.to_dict() for item in outcome.success], [item.to_dict() for item in outcome.failure]

    def _send_batch(self, records: list[Any], detection_mode: str, key: str | None) -> SendResult:
        from dataports_api.gretel.api.records import send_records
        from dataports_api.gretel.models import SendRecordsResponse

        choice(detection_mode, "detection_mode", DETECTION_MODES)
        headers = {"Content-Type": "application/json"}
        if key is not None:
            headers[IDEMPOTENCY_HEADER] = key
        # A batch whose fate is unknown (server error, dropped connection) is sent again only when the server has
        # said it honours the key; otherwise a retry could store it twice, so the records are reported failed.
        replay = IDEMPOTENCY_HEADER if key is not None and self.client.idempotency_honoured else None
        # The hot path of bulk ingest: the body is encoded once with the fast encoder, the answer decoded into the
        # generated model (the generated operation would encode with the standard library on every batch).
        client = self.client.with_options(idempotency_header=replay) if replay else self.client
        request = send_records.build_request(self.name, body=[], detection_mode=detection_mode)  # type: ignore[arg-type]
        del request["json"]
        request["content"] = jsonlib.dumps(records)
        request["headers"].update(headers)
        caller = client.caller
        response = caller.send(request)
        return caller.parse(response, lambda value: SendRecordsResponse.from_dict(value).data, caller.decode(response))

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
        choice(detection_mode, "detection_mode", DETECTION_MODES)
        if total is None and isinstance(data, Sequence):
            total = len(data)

        def send_batch(batch: list[Any], key: str) -> BatchOutcome:
            outcome = self._send_batch(batch, detection_mode, key)
            return BatchOutcome(
                sent=[(item.idx, item.gretel_id) for item in outcome.success],
                rejected=[(item.idx, item.message) for item in outcome.failure],
            )

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
        rows = _dataframe_rows(df)
        return self.send_bulk(rows, detection_mode, total=len(df), **options)

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

    def _page(self, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        from dataports_api.gretel.api.records import stream_records

        response = stream_records.sync_detailed(self.name, client=self.client.api, **params)
        return list(jsonlib.loads(response.content)["data"]["records"])

    def _forward(self, last: str | None, wait_for: float, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        idle_since = time.monotonic()
        while True:
            page = self._page({**params, "oldest": last} if last else params)
            fresh = [r for r in reversed(page) if r["id"] != last]
            if fresh:
                idle_since = time.monotonic()
                yield from (_shape(r) for r in fresh)
                last = page[0]["id"]
                if len(page) >= params["count"]:
                    continue
            if wait_for >= 0 and time.monotonic() - idle_since >= wait_for:
                return
            time.sleep(POLL_SECONDS)

    def _backward(self, last: str | None, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        while True:
            page = self._page({**params, "newest": last} if last else params)
            fresh = [r for r in page if r["id"] != last]
            if not fresh:
                return
            yield from (_shape(r) for r in fresh)
            last = page[-1]["id"]

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

    def get_field_details(self, entity: str | None = None, count: int = 500) -> list[dict[str, Any]]:
        """Per-field counts, types and entities; ``entity`` keeps only fields carrying that entity label."""
        from dataports_api.gretel.api.fields import get_field_schema

        kwargs: dict[str, Any] = {"count": count, "detail": "yes"}
        if entity:
            kwargs.update(filter_="entity", value=entity)
        response = get_field_schema.sync_detailed(self.name, client=self.client.api, **kwargs)
        return list(jsonlib.loads(response.content)["data"]["fields"])

    def get_field_entities(self) -> list[dict[str, Any]]:
        """The entity labels found in the project, with counts and the fields they appear in."""
        from dataports_api.gretel.api.fields import get_field_entities

        response = get_field_entities.sync_detailed(self.name, client=self.client.api)
        return list(jsonlib.loads(response.content)["data"]["entities"])

    @property
    def record_count(self) -> int:
        from dataports_api.gretel.api.fields import get_field_schema

        response = get_field_schema.sync_detailed(self.name, client=self.client.api, count=1)
        return int(jsonlib.loads(response.content)["project_record_count"])


def _shape(record: Mapping[str, Any]) -> dict[str, Any]:
    return {"record": record["data"], "metadata": record.get("metadata"), "ingest_time": record["ingest_time"]}


def _describe(error: BaseException) -> str:
    describe = getattr(error, "describe", None)
    return describe() if callable(describe) else f"{type(error).__name__}: {error}"


def _dataframe_rows(df: pandas.DataFrame, chunk: int = 5000) -> Iterator[dict[str, Any]]:
    # Converted a slice at a time so a large frame is never duplicated as a list of dicts all at once.
    for start in range(0, len(df), chunk):
        rows: list[dict[str, Any]] = df.iloc[start : start + chunk].to_dict(orient="records")  # type: ignore[assignment]
        yield from rows

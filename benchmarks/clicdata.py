"""ClicData: appending a 100,000-row DataFrame with ``append_data`` (chunks of 500 rows, 4 threads) against raw httpx
posting the same chunks with the same concurrency, then reading the rows back as a typed DataFrame with
``get_data`` against the best raw listing of the same pages; the client CPU each side spends per row; and the peak
memory of the whole round trip in a fresh process, next to the raw path's."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx
from dataports_emulators.testing import RunningEmulator

from benchmarks.common import (
    JSON_DECODER,
    JSON_ENCODER,
    Row,
    Settings,
    compare,
    json_dumps,
    json_loads,
    listing_ceiling_description,
    log,
    measure,
    raw_listing_sides,
)

if TYPE_CHECKING:
    import pandas

SERVICES = ("clicdata",)
APPEND_RATIO = 0.9
READ_RATIO = 0.9
CHUNK = 500
CONCURRENCY = 4
CLIENT_ID = "dataports-demo"
COLUMNS = {"id": "number", "name": "text", "amount": "number", "when": "datetime", "ok": "checkbox"}
RAW_APPEND = (
    f"raw `httpx.Client` with a Bearer token, posting the same chunks of {CHUNK} rows (DataFrame slices turned into "
    f"cells column by column: `tolist()`, `numpy.datetime_as_string` for the datetimes), each encoded on its worker "
    f"with `{JSON_ENCODER}`, {CONCURRENCY} threads (`ThreadPoolExecutor.map`); a new data set each run on both sides "
    "(created by the same request)"
)

_PROBE = """\
import sys
import numpy as np
import pandas as pd
url, secret, count, side = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, sys.argv[5])
from benchmarks.clicdata import rows_frame, raw_round_trip, sdk_round_trip
frame = rows_frame(count)
back = (sdk_round_trip if side == "dataports" else raw_round_trip)(url, secret, frame)
assert len(back) == count, len(back)
with open("/proc/self/status") as status:
    print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) // 1024)
"""


def rows_frame(count: int) -> pandas.DataFrame:
    import numpy as np
    import pandas as pd

    ids = np.arange(count)
    return pd.DataFrame(
        {
            "id": ids,
            "name": [f"customer {i}" for i in range(count)],
            "amount": ids * 0.25,
            "when": pd.Timestamp("2024-01-01 09:00") + pd.to_timedelta(ids, unit="s"),
            "ok": ids % 3 != 0,
        }
    )


# --- the raw path -----------------------------------------------------------------------------------------------------
def raw_token(http: httpx.Client, secret: str) -> str:
    form = {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": secret}
    token: str = json_loads(http.post("/oauth20/token", data=form).content)["access_token"]
    return token


def raw_cells(part: pandas.DataFrame) -> list[list[dict[str, Any]]]:
    """A slice of the frame as the API's rows of cells, column by column (what any careful client would do)."""
    import numpy as np

    names = [str(name) for name in part.columns]
    columns: list[list[Any]] = []
    for name in part.columns:
        series = part[name]
        if series.dtype.kind == "M":
            columns.append(np.datetime_as_string(series.to_numpy(dtype="datetime64[us]"), unit="s").tolist())
        else:
            columns.append(series.tolist())
    return [[{"column": n, "value": v} for n, v in zip(names, row, strict=True)] for row in zip(*columns, strict=True)]


def raw_create(http: httpx.Client) -> int:
    body = {"name": "bench", "description": "", "columns": [{"name": n, "data_type": t} for n, t in COLUMNS.items()]}
    return int(http.post("/data", content=json_dumps(body), headers={"Content-Type": "application/json"}).text)


def raw_post(http: httpx.Client, rec_id: int, part: pandas.DataFrame) -> int:
    response = http.post(
        f"/data/{rec_id}/row",
        content=json_dumps({"data": raw_cells(part)}),
        headers={"Content-Type": "application/json"},
    )
    response.raise_for_status()
    return len(part)


def raw_append(http: httpx.Client, rec_id: int, frame: pandas.DataFrame) -> int:
    chunks = (frame.iloc[i : i + CHUNK] for i in range(0, len(frame), CHUNK))
    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        return sum(pool.map(partial(raw_post, http, rec_id), chunks))


def raw_pages(http: httpx.Client, rec_id: int) -> Iterator[list[Any]]:
    page = 1
    while True:
        body = json_loads(http.get(f"/data/{rec_id}", params={"page": page}).content)
        yield body["data"]
        if not body["has_more_data"]:
            return
        page += 1


def raw_frame(records: list[Any]) -> pandas.DataFrame:
    """The rows as the same typed DataFrame ``get_data`` gives: ISO datetimes parsed."""
    import pandas as pd

    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    frame["when"] = pd.to_datetime(frame["when"], format="ISO8601")
    return frame


def raw_round_trip(url: str, secret: str, frame: pandas.DataFrame) -> pandas.DataFrame:
    with httpx.Client(base_url=url, timeout=120) as http:
        http.headers["Authorization"] = f"Bearer {raw_token(http, secret)}"
        rec_id = raw_create(http)
        raw_append(http, rec_id, frame)
        records: list[Any] = []
        for page in raw_pages(http, rec_id):
            records.extend(page)
        return raw_frame(records)


# --- the dataports path -----------------------------------------------------------------------------------------------
def sdk_round_trip(url: str, secret: str, frame: pandas.DataFrame) -> pandas.DataFrame:
    from dataports.clicdata import Data

    with Data(client_id=CLIENT_ID, client_secret=secret, url=url) as data:
        rec_id = data.create_data("bench", cols=COLUMNS)
        data.append_data(rec_id, frame, chunk_size=CHUNK, concurrency=CONCURRENCY, progress=False)
        table = data.get_data(rec_id)
    assert not isinstance(table, list)
    return table


def peak_rss_mb(emulator: RunningEmulator, count: int, side: str) -> int:
    from benchmarks.common import ROOT

    emulator.reset("clicdata")
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, emulator.service_url("clicdata"), emulator.token, str(count), side, str(ROOT)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.split()[-1])


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    # pandas first, so that neither side's first timed run pays for importing it.
    import pandas  # noqa: F401
    from dataports.clicdata import Data

    count = settings.size(full=100_000, quick=10_000)
    frame = rows_frame(count)
    url = emulator.service_url("clicdata")
    rows: list[Row] = []
    emulator.reset("clicdata")
    with (
        Data(client_id=CLIENT_ID, client_secret=emulator.token, url=url) as data,
        httpx.Client(base_url=url, timeout=120) as http,
    ):
        http.headers["Authorization"] = f"Bearer {raw_token(http, emulator.token)}"

        def with_sdk() -> int:
            emulator.reset("clicdata")
            rec_id = data.create_data("bench", cols=COLUMNS)
            summary = data.append_data(rec_id, frame, chunk_size=CHUNK, concurrency=CONCURRENCY, progress=False)
            return summary.appended

        def with_raw_httpx() -> int:
            emulator.reset("clicdata")
            return raw_append(http, raw_create(http), frame)

        append = compare(with_sdk, with_raw_httpx, settings.repeats, "clicdata append_data()")
        benchmark = f"clicdata `append_data()`, {count:,}-row DataFrame, chunks of {CHUNK}, {CONCURRENCY} threads"
        rows.append(append.row(benchmark, "rows/s", APPEND_RATIO, description=RAW_APPEND))
        rows.append(
            append.cpu_row(f"{benchmark}: client CPU per row", reference="raw httpx", description=RAW_APPEND, per="row")
        )

        # One data set of `count` rows that both sides then read back, page by page.
        emulator.reset("clicdata")
        rec_id = data.create_data("bench", cols=COLUMNS)
        data.append_data(rec_id, frame, chunk_size=CHUNK, concurrency=CONCURRENCY, progress=False)
        sides = {"dataports": lambda: len(data.get_data(rec_id))}
        sides.update(raw_listing_sides(partial(raw_pages, http, rec_id), raw_frame))
        samples = measure(sides, settings.repeats, "clicdata get_data()")
        read = samples.against_best("dataports", [name for name in sides if name != "dataports"])
        described = listing_ceiling_description("the same `page=1, 2, ...` requests until `has_more_data` is false")
        described += ", then `pandas.DataFrame.from_records` and `pandas.to_datetime` on the datetime column"
        benchmark = f"clicdata `get_data(rec_id)` to a typed DataFrame, {count:,} rows"
        rows.append(read.row(benchmark, "rows/s", READ_RATIO, description=described))
        rows.append(
            read.cpu_row(f"{benchmark}: client CPU per row", reference="raw httpx", description=described, per="row")
        )
    log(f"clicdata: peak RSS of an append and read back of {count:,} rows, dataports and raw, fresh processes")
    ours, raw = peak_rss_mb(emulator, count, "dataports"), peak_rss_mb(emulator, count, "raw")
    emulator.reset("clicdata")
    rows.append(
        Row(
            f"clicdata `append_data()` then `get_data()` peak RSS, {count:,} rows",
            f"{ours} MB",
            f"raw httpx: {raw} MB",
            None,
            f"≤ raw + {RSS_MARGIN_MB} MB",
            ours <= raw + RSS_MARGIN_MB,
            samples=f"VmHWM of a fresh process building the frame, appending it and reading it back: "
            f"dataports {ours} MB, raw {raw} MB",
            ceiling_description="the raw round trip above (same chunks and threads, then a sequential read) in its own "
            f"fresh process; answers decoded with `{JSON_DECODER}`",
        )
    )
    return rows


#: Extra peak memory allowed for the SDK over the raw round trip (its progress bar, summary and prefetched page).
RSS_MARGIN_MB = 64

"""Datagrok: a table of a million rows (numeric and string columns) downloaded and uploaded through dataports,
through the official ``datagrok-api`` 0.1.0 and through a raw httpx + pandas ceiling that gets the same tricks
(pyarrow's CSV reader and writer when pyarrow is installed, as dataports uses them); ``sync_dir`` of 2,000 files
(100 MB) then a re-sync with 1 % of them changed; and the peak memory of each, measured in a fresh process."""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import time
from typing import Any

import httpx
from dataports_emulators.testing import RunningEmulator

from benchmarks.common import SCRATCH, Row, Settings, compare, log

SERVICES = ("datagrok",)
CEILING_RATIO = 0.9
OFFICIAL_RATIO = 2.0
RESYNC_SHARE = 0.05
SYNC_RSS_LIMIT_MB = 64
CONNECTOR = "System:AppData"
SYNC_FOLDER = "bench-sync"

_RSS_PROBE = """\
import shutil, sys
def rss(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field)) // 1024
url, key, side, action, arg = sys.argv[1:6]
import pandas as pd
if side == "dataports":
    from dataports.datagrok import DatagrokClient
    client = DatagrokClient(key, url)
    download, upload, sync = client.download_table, client.upload_table, client.sync_dir
else:
    from datagrok_api import DatagrokClient
    client = DatagrokClient(url, key)
    download, upload, sync = client.tables.download, client.tables.upload, client.files.sync_dir
download("Demo:Bench:Small")  # loads every library either side uses, so the growth is the call's own
frame = download("Demo:Bench:Frame") if action == "upload" else None
baseline = rss("VmRSS:")
if action == "download":
    frame = download("Demo:Bench:Frame")
elif action == "upload":
    upload("Demo:Bench:Copy", frame)
else:
    sync("System:AppData", "bench-sync", arg)
    shutil.rmtree(arg)
print(rss("VmHWM:") - baseline)
"""


def frame_of(rows: int) -> Any:
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(7)
    return pd.DataFrame(
        {
            "id": np.arange(rows, dtype="int64"),
            "value": rng.random(rows),
            "count": rng.integers(0, 1_000_000, rows),
            "label": [f"item-{i % 9973}" for i in range(rows)],
            "category": np.array(["alpha", "beta", "gamma", "delta"])[rng.integers(0, 4, rows)],
        }
    )


def pyarrow_installed() -> bool:
    try:
        import pyarrow.csv  # noqa: F401
    except ImportError:
        return False
    return True


def rss_growth_mb(url: str, key: str, side: str, action: str, arg: str = "-") -> int:
    out = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, url, key, side, action, arg], capture_output=True, text=True, check=True
    )
    return int(out.stdout.split()[-1])


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    import pandas as pd
    from datagrok_api import DatagrokClient as OfficialClient
    from dataports._core.stream_parse import ChunkReader
    from dataports.datagrok import DatagrokClient

    rows_count = settings.size(full=1_000_000, quick=50_000)
    files = settings.size(full=2000, quick=200)
    file_size = settings.size(full=50_000, quick=5_000)
    # Every row takes settings.repeats rounds (5 at full size): a 1,000,000-row table moves in well under a second,
    # and with 3 rounds the download ratio swung between 0.90 and 1.0 from run to run.
    repeats = settings.repeats
    url = emulator.service_url("datagrok") + "/api"
    key = f"Bearer {emulator.token}"
    arrow = pyarrow_installed()
    emulator.reset("datagrok")
    frame = frame_of(rows_count)
    rows: list[Row] = []
    with (
        DatagrokClient(key, url) as client,
        httpx.Client(base_url=url, headers={"Authorization": key}, timeout=600) as http,
    ):
        official = OfficialClient(url, key)
        client.upload_table("Demo:Bench:Frame", frame)
        client.upload_table("Demo:Bench:Small", frame.head(10))

        def ours_download() -> int:
            return len(client.download_table("Demo:Bench:Frame"))

        def official_download() -> int:
            return len(official.tables.download("Demo:Bench:Frame"))

        def raw_download() -> int:
            with http.stream("GET", "/public/v1/tables/Demo.Bench.Frame") as response:
                source = io.BufferedReader(ChunkReader(response.iter_bytes()))
                got = pd.read_csv(source, engine="pyarrow") if arrow else pd.read_csv(source)
            return len(got)

        def ours_upload() -> int:
            client.upload_table("Demo:Bench:Up", frame)
            return rows_count

        def official_upload() -> int:
            official.tables.upload("Demo:Bench:Up", frame)
            return rows_count

        def raw_upload() -> int:
            http.post(
                "/public/v1/tables/Demo.Bench.Up", content=_raw_csv(frame, arrow), headers={"Content-Type": "text/csv"}
            )
            return rows_count

        label = f"{rows_count:,}-row table (5 columns)"
        raw_down = (
            f"raw `httpx.Client.stream` GET of the same table, the body fed as it arrives to `pandas.read_csv` "
            f"({'engine=pyarrow' if arrow else 'C engine'}) through the same file-over-chunks adapter"
        )
        raw_up = (
            "raw `httpx.Client.post` of the frame encoded whole beforehand with "
            + ("pyarrow's CSV writer" if arrow else "`DataFrame.to_csv`")
            + " (the encoding is timed too)"
        )
        official_desc = "datagrok-api 0.1.0 `DatagrokClient` (requests, `response.text` + `pandas.read_csv`, `to_csv`)"
        download = compare(ours_download, raw_download, repeats, "datagrok download vs raw")
        rows.append(download.row(f"datagrok `download_table`, {label}", "rows/s", CEILING_RATIO, description=raw_down))
        download_official = compare(ours_download, official_download, repeats, "datagrok download vs datagrok-api")
        rows.append(
            download_official.speedup_row(
                f"datagrok `download_table`, {label}, vs datagrok-api",
                "rows/s",
                OFFICIAL_RATIO,
                peer="datagrok-api",
                description=official_desc,
            )
        )
        upload = compare(ours_upload, raw_upload, repeats, "datagrok upload vs raw")
        rows.append(upload.row(f"datagrok `upload_table`, {label}", "rows/s", CEILING_RATIO, description=raw_up))
        upload_official = compare(ours_upload, official_upload, repeats, "datagrok upload vs datagrok-api")
        rows.append(
            upload_official.speedup_row(
                f"datagrok `upload_table`, {label}, vs datagrok-api",
                "rows/s",
                OFFICIAL_RATIO,
                peer="datagrok-api",
                description=official_desc,
            )
        )

        for action in ("download", "upload"):
            ours = rss_growth_mb(url, key, "dataports", action)
            theirs = rss_growth_mb(url, key, "official", action)
            rows.append(
                Row(
                    f"datagrok `{action}_table` peak RSS growth, {label}",
                    f"{ours} MB",
                    f"datagrok-api: {theirs} MB",
                    None,
                    "≤ datagrok-api",
                    ours <= theirs,
                    ceiling_description="datagrok-api 0.1.0 making the same call in a fresh process (VmHWM growth)",
                )
            )

        # --- directory sync --------------------------------------------------------------------------------
        emulator.seed("datagrok", "files", files, folder=SYNC_FOLDER, size=file_size, fanout=20)
        total_mb = files * file_size / 1e6
        target = SCRATCH / "datagrok-sync"
        changed = max(files // 100, 1)
        change = SCRATCH / "datagrok-change.bin"
        full_samples: list[float] = []
        resync_samples: list[float] = []
        for round_number in range(repeats):
            shutil.rmtree(target, ignore_errors=True)
            # Each timed sync starts on a settled filesystem: just after 100 MB were written, creating a file in
            # that folder waits on the journal (about 240 µs against 11 µs once flushed), which would charge the
            # previous step's writes to the re-sync. Both syncs get the same treatment.
            os.sync()
            started = time.perf_counter()
            full = client.sync_dir(CONNECTOR, SYNC_FOLDER, str(target))
            full_samples.append(time.perf_counter() - started)
            assert len(full.written) == files, full
            for i in range(changed):
                change.write_bytes(f"round {round_number} change {i}\n".encode() * (file_size // 20))
                client.upload_file(CONNECTOR, f"{SYNC_FOLDER}/d{i % 20:03d}/file{i:05d}.bin", str(change))
            os.sync()
            started = time.perf_counter()
            again = client.sync_dir(CONNECTOR, SYNC_FOLDER, str(target))
            resync_samples.append(time.perf_counter() - started)
            assert len(again.written) == changed and len(again.unchanged) == files - changed, again
            log(
                f"  datagrok sync round {round_number + 1}/{repeats}: full {full_samples[-1]:.3f} s, "
                f"re-sync {resync_samples[-1]:.3f} s"
            )
        full_seconds = statistics.median(full_samples)
        resync_seconds = statistics.median(resync_samples)
        share = resync_seconds / full_seconds
        rows.append(
            Row(
                f"datagrok `sync_dir` re-sync, {changed} of {files} files changed ({total_mb:.0f} MB)",
                f"{resync_seconds:.2f} s",
                f"full sync {full_seconds:.2f} s",
                None,
                f"≤ {RESYNC_SHARE:.0%} of the full sync" + (" (judged at full size)" if settings.quick else ""),
                None if settings.quick else share <= RESYNC_SHARE,
                samples=f"re-sync / full = {share:.3f}; full {full_samples}, re-sync {resync_samples} s",
                ceiling_description="the same client's full sync of the same folder into an empty directory (median); "
                "`os.sync()` before each timed sync, so neither pays for the previous step's writes",
            )
        )
        official_target = SCRATCH / "datagrok-sync-official"
        shutil.rmtree(official_target, ignore_errors=True)
        started = time.perf_counter()
        official.files.sync_dir(CONNECTOR, SYNC_FOLDER, str(official_target))
        official_seconds = time.perf_counter() - started
        rows.append(
            Row(
                f"datagrok `sync_dir` full sync, {files} files ({total_mb:.0f} MB)",
                f"{full_seconds:.2f} s",
                f"datagrok-api: {official_seconds:.2f} s",
                None,
                "info",
                None,
                ceiling_description="datagrok-api 0.1.0 `files.sync_dir` of the same folder into an empty directory",
            )
        )
        ours_rss = rss_growth_mb(url, key, "dataports", "sync", str(SCRATCH / "datagrok-rss-ours"))
        theirs_rss = rss_growth_mb(url, key, "official", "sync", str(SCRATCH / "datagrok-rss-official"))
        rows.append(
            Row(
                f"datagrok `sync_dir` peak RSS growth, {files} files ({total_mb:.0f} MB)",
                f"{ours_rss} MB",
                f"datagrok-api: {theirs_rss} MB",
                None,
                f"≤ {SYNC_RSS_LIMIT_MB} MB",
                ours_rss <= SYNC_RSS_LIMIT_MB,
                ceiling_description="datagrok-api 0.1.0 syncing the same folder in a fresh process (VmHWM growth)",
            )
        )
        shutil.rmtree(target, ignore_errors=True)
        shutil.rmtree(official_target, ignore_errors=True)
        change.unlink(missing_ok=True)
        official.close()
    emulator.reset("datagrok")
    return rows


def _raw_csv(frame: Any, arrow: bool) -> bytes:
    if arrow:
        import pyarrow as pa
        import pyarrow.csv as pa_csv

        sink = pa.BufferOutputStream()
        pa_csv.write_csv(pa.Table.from_pandas(frame, preserve_index=False), sink)
        return bytes(sink.getvalue())
    return frame.to_csv(index=False).encode("utf-8")


__all__ = ["SERVICES", "log", "run"]

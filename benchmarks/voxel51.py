"""Voxel51: streamed 1 GiB upload and download against raw httpx streaming, the memory each costs, and 50 jobs
through thread_map and the waiter."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import httpx
from dataports_emulators.testing import RunningEmulator

from benchmarks.common import SCRATCH, Row, Settings, compare, log, measure

SERVICES = ("voxel51",)
TRANSFER_RATIO = 0.9
RSS_LIMIT_MB = 64
MIB = 1024 * 1024
JOBS = 50
#: Seconds a job spends in each of QUEUED, SCHEDULED and RUNNING (the emulator's default clock).
JOB_STEP = 0.05

_RSS_PROBE = """\
import sys
from dataports_emulators.services.voxel51 import write_token_file
from pathlib import Path
import dataports.voxel51 as vapi

def rss(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field)) // 1024

url, token, path, action = sys.argv[1:5]
api = vapi.API(str(write_token_file(Path(path).with_suffix(".token.json"), url, token)))
data_id = api.upload_data(path)["id"] if action == "download" else None
baseline = rss("VmRSS:")
if action == "upload":
    api.upload_data(path)
else:
    api.download_data(data_id, path + ".back")
    Path(path + ".back").unlink()
print(rss("VmHWM:") - baseline)
"""


def big_file(size: int) -> Path:
    path = SCRATCH / f"voxel51-{size // MIB}MiB.bin"
    if not path.exists() or path.stat().st_size != size:
        SCRATCH.mkdir(parents=True, exist_ok=True)
        block = os.urandom(MIB)
        with path.open("wb") as out:
            for _ in range(size // MIB):
                out.write(block)
    return path


def rss_growth_mb(emulator: RunningEmulator, path: Path, action: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, emulator.service_url("voxel51"), emulator.token, str(path), action],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.split()[-1])


def run(emulator: RunningEmulator, settings: Settings) -> list[Row]:
    import dataports.voxel51 as vapi
    from dataports_emulators.services.voxel51 import write_token_file

    size = settings.size(full=1024 * MIB, quick=64 * MIB)
    repeats = min(settings.repeats, 3)  # each round moves the file four times
    path = big_file(size)
    base = emulator.service_url("voxel51")
    token_path = write_token_file(SCRATCH / "voxel51-token.json", base, emulator.token)
    rows: list[Row] = []
    emulator.reset("voxel51")
    with (
        vapi.API(str(token_path)) as api,
        httpx.Client(base_url=base, headers={"Authorization": f"Bearer {emulator.token}"}, timeout=300) as http,
    ):

        def sdk_upload() -> int:
            api.upload_data(str(path))
            return size // MIB

        def raw_upload() -> int:
            with path.open("rb") as source:
                http.post("/v1/data", files={"file": (path.name, source, "application/octet-stream")})
            return size // MIB

        upload = compare(sdk_upload, raw_upload, repeats, "voxel51 upload")
        rows.append(
            upload.row(
                f"voxel51 `upload_data()`, {size // MIB} MiB file",
                "MiB/s",
                TRANSFER_RATIO,
                description="raw `httpx.Client` POSTing the same file to the same endpoint as a streamed multipart "
                "`files=` upload from an open file (no progress, no argument checks)",
            )
        )

        data_id = api.upload_data(str(path))["id"]
        target = SCRATCH / "voxel51-download.bin"

        # Both sides download to a new file, as a user fetching data does. Replacing an existing 1 GiB file costs
        # more on ext4 (a file renamed over another is flushed at once), which only the atomic side would pay.
        def sdk_download() -> int:
            target.unlink(missing_ok=True)
            api.download_data(data_id, str(target))
            return size // MIB

        def raw_download(chunks: Callable[[httpx.Response], Iterator[bytes]]) -> int:
            target.unlink(missing_ok=True)
            with (
                http.stream("GET", f"/v1/data/{data_id}/download") as response,
                target.open("wb", buffering=0) as out,
            ):
                for chunk in chunks(response):
                    out.write(chunk)
            return size // MIB

        # The ceiling is the best of three raw ways to stream the body to disk: the chunks as they arrive (what
        # dataports writes), the undecoded raw stream, and httpx re-chunking into 1 MiB pieces.
        raw_ways: dict[str, Callable[[httpx.Response], Iterator[bytes]]] = {
            "raw iter_bytes()": lambda response: response.iter_bytes(),
            "raw iter_raw()": lambda response: response.iter_raw(),
            "raw iter_bytes(1 MiB)": lambda response: response.iter_bytes(MIB),
        }
        sides: dict[str, Callable[[], int]] = {"dataports": sdk_download}
        sides.update({name: partial(raw_download, chunks) for name, chunks in raw_ways.items()})
        download = measure(sides, repeats, "voxel51 download").against_best("dataports", list(raw_ways))
        rows.append(
            download.row(
                f"voxel51 `download_data()`, {size // MIB} MiB file",
                "MiB/s",
                TRANSFER_RATIO,
                description="best median of three raw `httpx.Client.stream` downloads of the same endpoint into a new "
                "file opened unbuffered (as dataports writes its temporary file), writing the chunks as they arrive "
                "(`iter_bytes()`), the undecoded stream (`iter_raw()`) or 1 MiB re-chunked pieces; no temporary file, "
                "rename or resume",
            )
        )
        target.unlink(missing_ok=True)
        emulator.reset("voxel51")

        for action in ("upload", "download"):
            growth = rss_growth_mb(emulator, path, action)
            emulator.reset("voxel51")
            rows.append(
                Row(
                    f"voxel51 `{action}_data()` peak RSS growth, {size // MIB} MiB file",
                    f"{growth} MB",
                    "—",
                    None,
                    f"≤ {RSS_LIMIT_MB} MB",
                    growth <= RSS_LIMIT_MB,
                )
            )

        log(f"voxel51: {JOBS} jobs through thread_map and the waiter")
        clip = SCRATCH / "voxel51-clip.mp4"
        clip.write_bytes(os.urandom(64 * 1024))

        def upload_and_run(name: str) -> str:
            request = vapi.JobRequest("voxel51/vehicle-sense")
            request.set_input("video", data_id=api.upload_data(str(clip))["id"])
            return str(api.upload_job_request(request, name, auto_start=True)["id"])

        def wait_and_download(job_id: str) -> None:
            api.wait_until_job_completes(job_id, sleep_time=0.05, max_wait_time=120)
            api.download_job_output(job_id, str(SCRATCH / f"{job_id}.json"))
            (SCRATCH / f"{job_id}.json").unlink()

        started = time.perf_counter()
        job_ids = api.thread_map(upload_and_run, [f"bench-{i}" for i in range(JOBS)], max_workers=8)
        api.thread_map(wait_and_download, job_ids, max_workers=8)
        wall = time.perf_counter() - started
    emulator.reset("voxel51")
    job_duration = 3 * JOB_STEP
    rows.append(
        Row(
            f"voxel51 {JOBS} jobs: upload, run, wait, download (thread_map, 8 threads)",
            f"{wall:.2f} s wall",
            f"one job's configured run: {job_duration:.2f} s",
            None,
            "info",
            None,
            samples=f"{JOBS} jobs in {wall:.2f} s; each job spends {JOB_STEP} s in each of QUEUED, SCHEDULED, RUNNING",
        )
    )
    return rows

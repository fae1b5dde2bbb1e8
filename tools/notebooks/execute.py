"""Execute the notebooks against a fresh demo emulator and store them with their outputs (``make notebooks``).

    .venv/bin/python tools/notebooks/execute.py                 # execute every notebook, write it back
    .venv/bin/python tools/notebooks/execute.py --check         # execute into memory; exit 1 with a diff if stale
    .venv/bin/python tools/notebooks/execute.py notebooks/gretel.ipynb ...

Each notebook (``notebooks/<service>.ipynb``, ``metadata.dataports.service``) runs top to bottom in a new kernel
against its own emulator holding only that service's demo workspace (``run_emulator(demo_data=True)``: fixed ids,
timestamps in the 30 days to 2026-01-31), with ``DATAPORTS_<SERVICE>_URL`` and ``DATAPORTS_TOKEN`` set as a user's
shell would after ``dataports-emulator``. tests/test_notebooks.py runs the same ``execute`` and ``difference``, so CI
fails when a committed notebook is not what executing it gives.

Stored outputs are the same on every machine because of three things:

1. The kernel is set up by ``kernel_setup.py`` (text progress bars of fixed geometry drawn only in their first and
   final states, matplotlib's default style) with a fixed environment (``PYTHONHASHSEED=0``, ``TZ=UTC``, the inline
   backend, an empty IPython profile). Progress bars stay visible (``TQDM_DISABLE`` would hide them, and a widget
   would store random model ids GitHub cannot render anyway): the stored line is the bar's final state, and only its
   timing fields, which no run can repeat, are masked (2).
2. ``normalise`` replaces, in every text output, what the emulator cannot fix because it happens during the run,
   each with a narrow rule (``Masks``): the emulator's address, with its free port, becomes the default
   ``http://127.0.0.1:8765``; version-4 UUIDs (with dashes, or as 32 hex digits), which only objects created during
   the run have (the demo's ids are version-5 UUIDs), become ``<uuid-N>`` numbered by first appearance (so the same
   object keeps its label), unless the notebook's source names them; timestamps from the run's start to a year
   after it (objects created during the run, expirations computed from today) become ``<run time>`` (``<run
   date>`` for a bare date); tqdm's elapsed, remaining and rate fields become ``??:??`` and ``?``; ``at 0x7f...``
   addresses in reprs become ``at 0x…``; temporary folders from ``tempfile.mkdtemp`` become ``/tmp/tmpXXXXXXXX``.
   It also strips volatile metadata (timings, the Python version in ``language_info``, widget state), numbers code
   cells 1..n, and merges each run of consecutive stream outputs into one stderr then one stdout output with
   carriage returns applied, because how ipykernel splits and interleaves the two streams depends on thread timing.
3. Images are stored as PNG, and compared by presence only. A plot is drawn by the Agg renderer with FreeType, whose
   output can differ by a pixel between matplotlib/FreeType builds and platforms, so a byte comparison would fail on
   a clean clone elsewhere. SVG (with a fixed ``svg.hashsalt``, ``svg.fonttype='none'`` and no date) was the other
   candidate: it is text, but its path coordinates and structure still change with the matplotlib version and its
   text depends on the reader's fonts, and PNG is what GitHub and every notebook viewer render most reliably. So
   ``comparable`` replaces each image payload with its MIME type before diffing: the check proves that each plot is
   there, in the same output of the same cell, with the same ``<Figure size ... with N Axes>`` text, and each plot is
   drawn from a DataFrame or numbers the notebook shows as text, which are compared in full. ``make notebooks``
   always rewrites the images, so on one machine a second run changes nothing.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import nbformat
from nbclient import NotebookClient
from nbformat import NotebookNode

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = ROOT / "notebooks"
KERNEL_SETUP = Path(__file__).with_name("kernel_setup.py")
#: The address stored notebooks show for the emulator: where ``dataports-emulator`` listens by default.
SHOWN_NETLOC = "127.0.0.1:8765"
#: Seconds a cell may take.
CELL_TIMEOUT = 120
#: How long before the run started a timestamp still counts as made by the run (clock granularity, slow starts).
RUN_START_SLACK = timedelta(minutes=1)
#: How far after the run a timestamp still counts as made by it: expirations computed from the run (Voxel51 keeps
#: data 3 days and jobs 30 by default). The demo's history ends on 2026-01-31 and it keeps things for a century.
RUN_HORIZON = timedelta(days=366)
#: Lines of diff shown per notebook.
DIFF_LINES = 120

#: A version-4 UUID, with dashes or as 32 hex digits (Gretel's record ids): made at random during the run.
UUID4 = re.compile(
    r"\b(?:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    r"|[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15})\b",
    re.IGNORECASE,
)
#: An ISO 8601 date, optionally with a time (``T`` or a space, as pandas prints it) and a zone.
TIMESTAMP = re.compile(
    r"\b(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(?P<zone>Z|[+-]\d{2}:?\d{2})?)?\b"
)
# tqdm's "[elapsed<remaining, rate]": "[00:01<00:00, 4021.33 records/s]", "[00:00<?, ? records/s]", "[00:03, 2.1s/it]".
TQDM_TIMING = re.compile(
    r"\[(?:\d+:)?\d{2}:\d{2}(?P<remaining><(?:(?:\d+:)?\d{2}:\d{2}|\?))?, "
    r"(?:(?:\?|\d+(?:\.\d+)?[kMGTPEZY]?)(?P<unit>[^\]/]*)/s|\d+(?:\.\d+)?s/(?P<inverse_unit>[^\]]*))\]"
)
ADDRESS = re.compile(r"\bat 0x[0-9a-f]{4,16}\b", re.IGNORECASE)


class Masks:
    """The rules that replace, in output text, what differs from one run to the next (see the module docstring)."""

    def __init__(self, emulator_url: str, started: datetime, sources: str) -> None:
        self.netloc = urlsplit(emulator_url).netloc
        self.since, self.until = started - RUN_START_SLACK, started + RUN_HORIZON
        self.named_in_source = {u.lower() for u in UUID4.findall(sources)}
        self.uuids: dict[str, str] = {}
        tmp = re.escape(os.path.realpath(tempfile.gettempdir()))
        plain_tmp = re.escape(tempfile.gettempdir())
        self.tmpdir = re.compile(rf"(?:{tmp}|{plain_tmp})/tmp[a-z0-9_]{{8}}\b")

    def apply(self, text: str, *, html: bool = False) -> str:
        """``text`` with every rule applied; ``html`` escapes the placeholders' angle brackets."""

        def shown(placeholder: str) -> str:
            return placeholder.replace("<", "&lt;").replace(">", "&gt;") if html else placeholder

        if self.netloc:
            text = text.replace(self.netloc, SHOWN_NETLOC)
        text = UUID4.sub(lambda m: self._uuid(m.group(0), shown), text)
        text = TIMESTAMP.sub(lambda m: self._timestamp(m, shown), text)
        text = TQDM_TIMING.sub(_tqdm_timing, text)
        text = ADDRESS.sub("at 0x…", text)
        return self.tmpdir.sub("/tmp/tmpXXXXXXXX", text)

    def _uuid(self, value: str, shown: Callable[[str], str]) -> str:
        key = value.lower()
        if key in self.named_in_source:
            return value
        label = self.uuids.setdefault(key, f"<uuid-{len(self.uuids) + 1}>")
        return shown(label)

    def _timestamp(self, match: re.Match[str], shown: Callable[[str], str]) -> str:
        try:
            day = date.fromisoformat(match["date"])
        except ValueError:
            return match.group(0)
        moment = datetime.combine(day, datetime.min.time(), tzinfo=UTC)
        if match["time"]:
            try:
                moment = datetime.fromisoformat(match.group(0).replace(" ", "T").replace("Z", "+00:00"))
            except ValueError:
                return match.group(0)
            moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
            return shown("<run time>") if self.since <= moment <= self.until else match.group(0)
        return shown("<run date>") if self.since.date() <= day <= self.until.date() else match.group(0)


def _tqdm_timing(match: re.Match[str]) -> str:
    unit = match["unit"] if match["unit"] is not None else match["inverse_unit"] or ""
    remaining = "<??:??" if match["remaining"] else ""  # no total, no estimate
    return f"[??:??{remaining}, ?{unit}/s]"


def _terminal(text: str) -> str:
    """Stream text as a terminal shows it: each carriage return overwrites its line; trailing spaces dropped."""
    lines = []
    for line in text.split("\n"):
        shown = ""
        for segment in line.split("\r"):
            shown = segment + shown[len(segment) :]
        lines.append(shown.rstrip(" "))
    return "\n".join(lines)


def _merge_streams(outputs: list[NotebookNode]) -> list[NotebookNode]:
    merged: list[NotebookNode] = []
    run: dict[str, str] = {}

    def close_run() -> None:
        for name in ("stderr", "stdout"):
            if name in run:
                merged.append(nbformat.v4.new_output("stream", name=name, text=_terminal(run[name])))
        run.clear()

    for output in outputs:
        if output.get("output_type") == "stream":
            run[output["name"]] = run.get(output["name"], "") + output["text"]
        else:
            close_run()
            merged.append(output)
    close_run()
    return merged


def _mask_output(output: NotebookNode, masks: Masks) -> None:
    if output.get("output_type") == "stream":
        output["text"] = masks.apply(output["text"])
        return
    for mime, value in output.get("data", {}).items():
        if mime.startswith("text/") and isinstance(value, str):
            output["data"][mime] = masks.apply(value, html=mime == "text/html")
    if output.get("output_type") == "error":
        output["evalue"] = masks.apply(output.get("evalue", ""))
        output["traceback"] = [masks.apply(line) for line in output.get("traceback", [])]


def normalise(notebook: NotebookNode, masks: Masks) -> NotebookNode:
    """``notebook`` (executed) with its volatile parts fixed, in place; returns it."""
    metadata = notebook.metadata
    metadata.pop("widgets", None)
    if "language_info" in metadata:
        metadata["language_info"].pop("version", None)
    count = 0
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        count += 1
        cell.execution_count = count
        cell.outputs = _merge_streams(cell.get("outputs", []))
        for output in cell.outputs:
            _mask_output(output, masks)
            if output.get("output_type") == "execute_result":
                output["execution_count"] = count
            if output.get("output_type") in {"display_data", "execute_result"}:
                output.setdefault("metadata", {})
    nbformat.validate(notebook)
    return notebook


def service_of(notebook: NotebookNode) -> str:
    """The service a notebook declares in ``metadata.dataports.service``."""
    service = notebook.metadata.get("dataports", {}).get("service")
    if not isinstance(service, str) or not service:
        raise ValueError("the notebook does not name its service in metadata.dataports.service")
    return service


def kernel_environment(service: str, service_url: str, token: str, ipython_dir: str) -> dict[str, str]:
    """The kernel's environment: the caller's, with the emulator's URL and token as a user's shell would have them,
    and nothing that changes what is printed or drawn (another service's URL, a matplotlib backend, a profile)."""
    from dataports.toolkit import STRICT_OPERATIONS_ENV

    env = {k: v for k, v in os.environ.items() if not (k.startswith("DATAPORTS_") and k.endswith("_URL"))}
    for name in ("MATPLOTLIBRC", "COLUMNS", "LINES", "JPY_PARENT_PID"):
        env.pop(name, None)
    env.update(
        {
            f"DATAPORTS_{service.upper()}_URL": service_url,
            "DATAPORTS_TOKEN": token,
            STRICT_OPERATIONS_ENV: "1",  # as in the tests: every request built from the spec
            "MPLBACKEND": "module://matplotlib_inline.backend_inline",
            "PYTHONHASHSEED": "0",
            "TZ": "UTC",
            "IPYTHONDIR": ipython_dir,
        }
    )
    return env


def execute(path: Path) -> NotebookNode:
    """``path`` executed top to bottom against a fresh emulator holding its service's demo workspace, normalised.

    Raises ``nbclient.exceptions.CellExecutionError`` when a cell fails."""
    from dataports_emulators.testing import run_emulator

    notebook = nbformat.read(path, as_version=4)
    service = service_of(notebook)
    sources = "\n".join(cell.source for cell in notebook.cells)
    started = datetime.now(UTC)
    with (
        tempfile.TemporaryDirectory(prefix="dataports-ipython-") as ipython_dir,
        run_emulator(services=[service], demo_data=True) as emulator,
    ):
        client = NotebookClient(
            notebook,
            timeout=CELL_TIMEOUT,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
            record_timing=False,
            store_widget_state=False,
            extra_arguments=[f"--IPKernelApp.exec_files={[str(KERNEL_SETUP)]!r}"],
        )
        client.execute(env=kernel_environment(service, emulator.service_url(service), emulator.token, ipython_dir))
        masks = Masks(emulator.url, started, sources)
    return normalise(notebook, masks)


def render(notebook: NotebookNode) -> str:
    """The notebook's file content, as ``nbformat.write`` would write it."""
    return nbformat.writes(notebook, version=4) + "\n"


def comparable(text: str) -> str:
    """Notebook file content with each image payload replaced by its MIME type (see the module docstring)."""
    notebook = nbformat.reads(text, as_version=4)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            for mime in list(output.get("data", {})):
                if mime.startswith("image/") and mime != "image/svg+xml":
                    output["data"][mime] = f"<{mime} payload, not compared>"
    return render(notebook)


def difference(committed: str, executed: NotebookNode, name: str = "notebook") -> str:
    """A short unified diff between a committed notebook and its execution ('' when they agree, images aside)."""
    before = comparable(committed).splitlines(keepends=True)
    after = comparable(render(executed)).splitlines(keepends=True)
    lines = list(difflib.unified_diff(before, after, f"{name} (committed)", f"{name} (executed)", n=2))
    if len(lines) > DIFF_LINES:
        lines = [*lines[:DIFF_LINES], f"... {len(lines) - DIFF_LINES} more lines of diff\n"]
    return "".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to execute (default: notebooks/*.ipynb)")
    parser.add_argument(
        "--check", action="store_true", help="execute into memory and fail with a diff when a file differs"
    )
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted(NOTEBOOK_DIR.glob("*.ipynb"))
    stale = []
    for path in paths:
        began = time.perf_counter()
        executed = execute(path)
        took = time.perf_counter() - began
        shown = os.path.relpath(path)
        if args.check:
            diff = difference(path.read_text(encoding="utf-8"), executed, shown)
            if diff:
                stale.append(shown)
                sys.stdout.write(diff)
            print(f"{shown}: {'differs' if diff else 'up to date'} ({took:.1f} s)")
        else:
            path.write_text(render(executed), encoding="utf-8")
            print(f"{shown}: executed and written ({took:.1f} s)")
    if stale:
        print(f"stale: {', '.join(stale)}; run `make notebooks` and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

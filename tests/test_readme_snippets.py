"""Every Quickstart block of README.md runs, as written, against a ``dataports-emulator --demo-data`` server.

Only the placeholders a reader would fill in are replaced (the host or URL where the snippet names one, the API key,
token or token file); each client otherwise finds the emulator through its ``DATAPORTS_<SERVICE>_URL`` variable.
Each block runs in a subprocess in an empty working directory (with its own ``HOME``, since Voxel51's
``activate_token`` writes there), must exit 0, print, and print what only the demo workspace holds.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dataports_emulators.services.clicdata.wire import CLIENT_ID
from dataports_emulators.services.voxel51 import write_token_file
from dataports_emulators.testing import RunningEmulator, emulator_process

README = Path(__file__).resolve().parents[1] / "README.md"
SERVICES = {
    "RapidPro": "rapidpro",
    "Gretel": "gretel",
    "Voxel51": "voxel51",
    "Datagrok": "datagrok",
    "ClicData": "clicdata",
}


def quickstarts() -> dict[str, str]:
    """The first ```python block under each ``## Quickstart: <Service>`` heading, by service."""
    text = README.read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for match in re.finditer(r"^## Quickstart: (\w+)\n(.*?)(?=^## )", text, re.MULTILINE | re.DOTALL):
        block = re.search(r"^```python\n(.*?)^```", match.group(2), re.MULTILINE | re.DOTALL)
        assert block is not None, f"the Quickstart for {match.group(1)} has no python block"
        found[SERVICES[match.group(1)]] = block.group(1)
    return found


SNIPPETS = quickstarts()


def placeholders(service: str, emulator: RunningEmulator, home: Path) -> dict[str, str]:
    """Each placeholder literal of the service's snippet (quotes included) and what stands in for it."""
    token, url = emulator.token, emulator.service_url(service)
    if service == "rapidpro":
        return {'"rapidpro.io"': repr(url), '"<YOUR-API-TOKEN>"': repr(token)}
    if service == "gretel":
        return {'"<YOUR-API-KEY>"': repr(token)}
    if service == "voxel51":
        token_file = write_token_file(home / "emulator-token.json", url, token)
        return {'"/path/to/your/api-token.json"': repr(str(token_file))}
    if service == "datagrok":
        return {
            '"Bearer <YOUR-API-KEY>"': repr(f"Bearer {token}"),
            '"https://public.datagrok.ai/api"': repr(url + "/api"),
        }
    return {'"<ID>"': repr(CLIENT_ID), '"<SECRET>"': repr(token)}


def _rapidpro(out: str) -> None:
    assert re.search(r"^Aline Uwase .*'tel:\+250788100000'.* Reporters$", out, re.MULTILINE), out
    reporters = [line for line in out.splitlines() if line.endswith(" Reporters")]
    assert len(reporters) == 16, out
    assert "'district': 'Musanze'" in out
    assert re.search(
        r"^Weekly Report \{'completed': \d+, 'active': \d+, 'interrupted': \d+, 'expired': \d+\}$", out, re.M
    ), out


def _gretel(out: str) -> None:
    assert re.search(r"^customer\.name 120 \['person_name'\]$", out, re.MULTILINE), out
    assert re.search(r"^message 120 \[.*'email_address'.*\]$", out, re.MULTILINE), out


def _voxel51(out: str) -> None:
    assert re.search(r"^intersection-5th-and-main-anonymizer COMPLETE 2026-01-05T12:08:00", out, re.MULTILINE), out
    assert re.search(r"^parking-lot-north-vehicle-sense FAILED ", out, re.MULTILINE), out
    assert re.search(r"^school-zone-morning-scene-classifier QUEUED ", out, re.MULTILINE), out
    assert re.search(r"^COMPLETE \{", out, re.MULTILINE), out


def _datagrok(out: str) -> None:
    assert re.search(r"^CARD-301\s+\d+\.\d\s+\d+\.\d$", out, re.MULTILINE), out
    # Written: the reports folder's CSVs (the readme.txt is skipped by ext="csv"); nothing kept or deleted yet.
    assert re.search(r"^\[.*'enrollment-2026-01\.csv', 'site-summary\.csv'\] \[\] \[\] \[\]$", out, re.MULTILINE), out
    assert re.search(r"^3$", out, re.MULTILINE), out
    assert "(300, 11)" in out


def _clicdata(out: str) -> None:
    assert re.search(r"Daily Sales by Region\s+480$", out, re.MULTILINE), out
    assert re.search(r"^\d+\s+North\s+\d+\.\d+$", out, re.MULTILINE), out
    assert "4 rows: 4 appended" in out or "4 appended" in out, out


PROOF: dict[str, Callable[[str], None]] = {
    "rapidpro": _rapidpro,
    "gretel": _gretel,
    "voxel51": _voxel51,
    "datagrok": _datagrok,
    "clicdata": _clicdata,
}


@pytest.fixture(scope="module")
def demo_server() -> Iterator[RunningEmulator]:
    with emulator_process(demo_data=True) as running:
        yield running


def test_every_service_has_a_quickstart() -> None:
    assert sorted(SNIPPETS) == sorted(PROOF)


@pytest.mark.parametrize("service", sorted(SNIPPETS))
def test_quickstart_runs_on_the_demo_data(service: str, demo_server: RunningEmulator, tmp_path: Path) -> None:
    # A reset of a --demo-data server brings back the demo workspace, so each snippet starts from the same state.
    demo_server.reset(service)
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    code = SNIPPETS[service]
    for literal, value in placeholders(service, demo_server, home).items():
        assert literal in code, f"the {service} Quickstart no longer holds the placeholder {literal}"
        code = code.replace(literal, value)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATAPORTS_", "VOXEL51_", "GRETEL_")) or key == "DATAPORTS_STRICT_OPERATIONS"
    }
    env.update(demo_server.env(), HOME=str(home), PYTHONUNBUFFERED="1")
    script = work / f"{service}_quickstart.py"
    script.write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], cwd=work, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip(), f"the {service} Quickstart printed nothing"
    PROOF[service](result.stdout)

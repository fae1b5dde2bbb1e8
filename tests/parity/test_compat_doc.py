"""docs/COMPATIBILITY.md is generated from the parity data; it must say what the data says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_compatibility_page_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "parity" / "compat_doc.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_deviation_has_a_reason() -> None:
    import yaml

    for path in sorted((ROOT / "tests" / "parity" / "deviations").glob("*.yaml")):
        data = yaml.safe_load(path.read_text()) or {}
        for item in (data.get("deviations") or []) + (data.get("notes") or []):
            assert str(item.get("reason", "")).strip(), f"{path.name}: {item} has no reason"

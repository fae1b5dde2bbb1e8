"""Write docs/COMPATIBILITY.md from the parity data: every classic name of every service with its status.

The status of a name comes from the same files the parity test reads: a name listed in
``tests/parity/deviations/<service>.yaml`` has that deviation's status and reason; every other manifest name is
"same" (the parity test proves it). Behaviour-level differences (``notes`` in the deviations file) are listed first.
``tests/parity/test_compat_doc.py`` fails when the document is out of date; run this to refresh it:

    .venv/bin/python tools/parity/compat_doc.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
MANIFESTS = ROOT / "tests" / "parity" / "manifests"
DEVIATIONS = ROOT / "tests" / "parity" / "deviations"
OUTPUT = ROOT / "docs" / "COMPATIBILITY.md"

INTRO = """# Compatibility with the classic clients

dataports keeps each platform's classic client API: change the import line, keep the rest of the code. This page
lists every public name of each classic client with its status in dataports, and every place where dataports
behaves differently on purpose, with the reason. It is generated from the parity data
(`tests/parity/manifests/`, `tests/parity/deviations/`) by `tools/parity/compat_doc.py`; the parity tests in
`tests/parity/` check each "same" row, and a test fails when this page is out of date.

Statuses: **same** (the name exists with a compatible signature and behaviour); **renamed** (it lives on under
another name); **deviation** (it behaves differently on purpose); **not-applicable** (it has no meaning in
dataports).
"""


def load_deviations(service: str) -> dict[str, Any]:
    path = DEVIATIONS / f"{service}.yaml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def services() -> list[str]:
    names = {p.stem for p in MANIFESTS.glob("*.json")} | {p.stem for p in DEVIATIONS.glob("*.yaml")}
    return sorted(names)


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def service_section(service: str) -> list[str]:
    data = load_deviations(service)
    manifest_path = MANIFESTS / f"{service}.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else None
    title = data.get("title") or service
    lines = [f"## {title}", ""]
    if data.get("summary"):
        lines += [str(data["summary"]).strip(), ""]
    if manifest is not None:
        source = manifest.get("source", {})
        described = ", ".join(f"{k} {v}" for k, v in sorted(source.items()) if isinstance(v, str) and v)
        lines += [f"Classic client: {described}.", ""]
    notes = data.get("notes") or []
    if notes:
        lines += ["### Behaviour that differs on purpose", ""]
        lines += [f"- **{cell(str(n['topic']))}**: {cell(str(n['reason']))}" for n in notes]
        lines += [""]
    if manifest is None:
        return lines
    by_name = {str(d["name"]): d for d in data.get("deviations") or []}
    module_map = manifest["module_map"]
    lines += ["### Every classic name", "", "| classic name | dataports name | status |", "|---|---|---|"]
    for name, entry in sorted(manifest["entries"].items()):
        mapped = f"{module_map[entry['module']]}.{entry['qualname']}"
        deviation = by_name.get(name)
        if deviation is None:
            status = "same"
        else:
            mapped = str(deviation.get("dataports") or mapped)
            status = f"{deviation['status']}: {deviation['reason']}"
        lines.append(f"| `{name}` | `{mapped}` | {cell(status)} |")
    lines.append("")
    return lines


def render() -> str:
    lines = [INTRO]
    for service in services():
        lines += service_section(service)
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run .venv/bin/python tools/parity/compat_doc.py")
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

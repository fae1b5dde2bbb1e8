"""Regenerate the low-level clients in generated/dataports_api from specs/*.yaml.

`--output DIR` writes them; `--check DIR` writes them to a temporary folder and fails if DIR differs.
Both paths run the same function, so the drift gate checks exactly what `make generate` produces.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "generator" / "templates"

ROOT_INIT = '''"""Low-level clients generated from specs/ by `make generate`. Do not edit by hand."""
'''


def generate_into(target: Path, only: str | None = None) -> None:
    target.mkdir(parents=True, exist_ok=True)
    specs = sorted(SPECS.glob(f"{only or '*'}.yaml"))
    if not specs:
        sys.exit("no specs found in specs/")
    for spec in specs:
        out = target / spec.stem
        cmd = [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--overwrite",
            "--fail-on-warning",
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
        ]
        # The post-hooks call the pinned ruff, which lives next to this interpreter.
        env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
        result = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if result.returncode != 0 or "will not be generated" in result.stdout + result.stderr:
            sys.stderr.write(result.stdout + result.stderr)
            sys.exit(f"generation failed for {spec.name}")
        # --meta none writes no py.typed (openapi-python-client B3.9); the package is typed, so say so.
        (out / "py.typed").write_text("")
    (target / "__init__.py").write_text(ROOT_INIT)
    (target / "py.typed").write_text("")
    if only:
        return  # one service regenerated; the others are left as they are
    stale = {p.name for p in target.iterdir() if p.is_dir() and p.name != "__pycache__"} - {s.stem for s in specs}
    for name in stale:
        shutil.rmtree(target / name)


def tree_differences(a: Path, b: Path) -> list[str]:
    ignore = ["__pycache__"]
    diffs: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        diffs.extend(f"only in generated/: {prefix}{n}" for n in cmp.left_only)
        diffs.extend(f"missing from generated/: {prefix}{n}" for n in cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        diffs.extend(f"differs: {prefix}{n}" for n in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(str(a), str(b), ignore=ignore), "")
    return diffs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--output", type=Path)
    group.add_argument("--check", type=Path)
    parser.add_argument("--only", help="with --output: regenerate just this service (e.g. a new one)")
    args = parser.parse_args()
    if args.output:
        generate_into(args.output, args.only)
        return
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "dataports_api"
        generate_into(fresh)
        diffs = tree_differences(args.check, fresh)
    if diffs:
        print("generated/ is out of date with specs/ (run `make generate`):", *diffs, sep="\n  ")
        sys.exit(1)
    print("generated/ matches specs/")


if __name__ == "__main__":
    main()

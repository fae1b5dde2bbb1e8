"""Scaffold a new service: `make new-service NAME=x` (or `python generator/new_service.py x`).

Writes, from the templates in generator/scaffold/files/, a spec stub, the overlay package, the emulator package, an
end-to-end test, a walkthrough, a notebook, a benchmark module and a reference page, all new files; then generates
the service's client from the stub and stores the notebook with its outputs. Every shared registry (the emulator,
the contract test, the notebook and walkthrough checks, the benchmark runner, the package-shape test, the reference
site's nav and docstring check) discovers services, so nothing else needs editing. The output passes ruff and mypy
as written; docs/ARCHITECTURE.md "Adding a service" is the checklist for turning the stub into the real service.
"""

from __future__ import annotations

import argparse
import keyword
import re
import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "scaffold" / "files"
PLACEHOLDER = "__service__"
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*$")


def check_name(name: str, root: Path) -> None:
    if not NAME_PATTERN.fullmatch(name) or keyword.iskeyword(name):
        sys.exit(f"NAME must be lower-case letters and digits, starting with a letter (got {name!r})")
    claimed = (
        root / "specs" / f"{name}.yaml",
        root / "overlay" / "dataports" / name,
        root / "docs" / "site" / "services" / f"{name}.md",
    )
    taken = [p for p in claimed if p.exists()]
    if taken:
        sys.exit(f"{name!r} exists already: {', '.join(str(p.relative_to(root)) for p in taken)}")


def render(name: str, root: Path) -> list[Path]:
    words = {"name": name, "Name": name.capitalize(), "NAME": name.upper()}
    written: list[Path] = []
    for template in sorted(TEMPLATES.rglob("*.tmpl")):
        relative = template.relative_to(TEMPLATES).as_posix().replace(PLACEHOLDER, name).removesuffix(".tmpl")
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(string.Template(template.read_text()).substitute(words))
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name", help="the service's short name: its package, mount point and spec file name")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository to write into")
    parser.add_argument("--no-generate", action="store_true", help="write the files only")
    args = parser.parse_args()
    check_name(args.name, args.root)
    for path in render(args.name, args.root):
        print(f"created {path.relative_to(args.root)}")
    if not args.no_generate:
        generate = [sys.executable, str(args.root / "generator" / "generate.py"), "--output"]
        subprocess.run([*generate, str(args.root / "generated" / "dataports_api"), "--only", args.name], check=True)
        print(f"generated generated/dataports_api/{args.name}")
        # Notebooks are stored with their outputs (CI compares them with a fresh run), so store the new one's.
        notebook = f"notebooks/{args.name}.ipynb"
        execute = [sys.executable, str(args.root / "tools" / "notebooks" / "execute.py"), str(args.root / notebook)]
        subprocess.run(execute, check=True)
        print(f"executed {notebook}")
    print("next: docs/ARCHITECTURE.md, 'Adding a service'")
    return 0


if __name__ == "__main__":
    sys.exit(main())

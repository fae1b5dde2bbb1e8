"""Run the parity checks outside pytest and write the mismatch report, ``tests/parity/BASELINE.md``.

    .venv/bin/python tools/parity/baseline.py            # rewrite the generated part of BASELINE.md
    .venv/bin/python tools/parity/baseline.py --stdout   # print it instead

Only the text between the ``generated`` markers is replaced, so notes written around it survive a re-run. It runs
the same checks as ``tests/parity/test_manifests.py`` (``tests/parity/compat.py``) without the test session's
conftest, which imports every service: one overlay that fails to import then shows up here as that module's
entries, not as a collection error.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.parity.compat import SERVICES, Case, Problem, all_cases, check, load_deviations  # noqa: E402

BASELINE = REPO / "tests" / "parity" / "BASELINE.md"
START, END = "<!-- generated:start -->", "<!-- generated:end -->"
MODULE_FAILURES = ("module-missing", "module-import-error")


def run() -> tuple[list[Case], dict[str, list[Problem]], set[str]]:
    cases = all_cases()
    skipped = {str(d.get("name")) for d in load_deviations()}
    results = {case.name: check(case) for case in cases if case.name not in skipped}
    return cases, results, skipped


def summary_table(cases: list[Case], results: dict[str, list[Problem]], skipped: set[str]) -> list[str]:
    lines = ["| service | entries | compatible | mismatched | deviations (skipped) |", "|---|---:|---:|---:|---:|"]
    for service in SERVICES:
        names = [c.name for c in cases if c.service == service]
        bad = sum(1 for n in names if results.get(n))
        dev = sum(1 for n in names if n in skipped)
        lines.append(f"| {service} | {len(names)} | {len(names) - bad - dev} | {bad} | {dev} |")
    return lines


def category_label(case: Case, problem: Problem) -> str:
    # "missing" alone hides whether a class, a method or a field went missing; the entry kind says which.
    if problem.category == "missing":
        return f"missing {case.entry['kind'].replace('_', ' ')}"
    return problem.category


def category_table(cases: list[Case], results: dict[str, list[Problem]]) -> list[str]:
    """Entries per first-problem category and service (an entry counts once, under its first problem)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for case in cases:
        problems = results.get(case.name)
        if problems:
            counts[category_label(case, problems[0])][case.service] += 1
    header = "| category | " + " | ".join(SERVICES) + " | total |"
    lines = [header, "|---|" + "---:|" * (len(SERVICES) + 1)]
    for category, per_service in sorted(counts.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        cells = " | ".join(str(per_service[s]) for s in SERVICES)
        lines.append(f"| {category} | {cells} | {sum(per_service.values())} |")
    return lines


def service_section(service: str, cases: list[Case], results: dict[str, list[Problem]]) -> list[str]:
    failing = [c for c in cases if c.service == service and results.get(c.name)]
    lines = [f"### {service}: {len(failing)} mismatches", ""]
    whole_modules = _failed_modules(failing, results)
    if whole_modules:
        lines.append("Mapped modules that could not be imported (every entry under them fails):")
        lines.append("")
        lines.extend(f"- `{module}`: {detail} ({count} entries)" for module, (detail, count) in whole_modules.items())
        lines.append("")
    listed = [c for c in failing if results[c.name][0].category not in MODULE_FAILURES]
    if listed:
        lines.append("| classic name | what is wrong |")
        lines.append("|---|---|")
        for case in listed:
            detail = "; ".join(str(p) for p in results[case.name]).replace("|", "\\|")
            lines.append(f"| `{case.name}` | {detail} |")
        lines.append("")
    return lines


def _failed_modules(failing: list[Case], results: dict[str, list[Problem]]) -> dict[str, tuple[str, int]]:
    modules: dict[str, tuple[str, int]] = {}
    for case in failing:
        first = results[case.name][0]
        if first.category in MODULE_FAILURES:
            detail, count = modules.get(case.dataports_module, (first.detail, 0))
            modules[case.dataports_module] = (detail, count + 1)
    return dict(sorted(modules.items()))


def generate() -> str:
    cases, results, skipped = run()
    lines = [START, "", "## Summary", "", *summary_table(cases, results, skipped), ""]
    lines += ["## Mismatches by category", "", *category_table(cases, results), ""]
    lines += ["## Mismatches per service", ""]
    for service in SERVICES:
        lines += service_section(service, cases, results)
    lines.append(END)
    return "\n".join(lines) + "\n"


def splice(existing: str, generated: str) -> str:
    """Replace the generated block of ``existing`` (or append one), keeping hand-written text around it."""
    if START in existing and END in existing:
        before = existing.split(START, 1)[0]
        after = existing.split(END, 1)[1].removeprefix("\n")
        return before + generated + after
    return existing.rstrip("\n") + ("\n\n" if existing else "") + generated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stdout", action="store_true", help="print the generated block instead of writing")
    args = parser.parse_args(argv)
    generated = generate()
    if args.stdout:
        sys.stdout.write(generated)
        return 0
    existing = BASELINE.read_text(encoding="utf-8") if BASELINE.exists() else ""
    BASELINE.write_text(splice(existing, generated), encoding="utf-8")
    print(f"wrote {BASELINE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

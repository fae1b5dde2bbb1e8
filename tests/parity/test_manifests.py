"""Parity with the classic clients: each public name of rapidpro-python 2.21.0, gretel-client 0.7.13 and
voxel51 api-py 1.6.8 (``manifests/*.json``, from ``tools/parity/extract.py``) must exist under the mapped dataports
module with a compatible shape. One test per classic name; deliberate deviations (``deviations/<service>.yaml``)
are skipped with their reason. ``BASELINE.md`` records which entries failed when this suite was introduced.
"""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any

import pytest

from .compat import (
    DEVIATION_STATUSES,
    MANIFESTS,
    SERVICES,
    Case,
    all_cases,
    check,
    load_deviations,
    load_manifest,
    same_value,
    signature_problems,
)

CASES = all_cases()
DEVIATIONS = {d.get("name"): d for d in load_deviations()}


def _param(case: Case) -> Any:
    deviation = DEVIATIONS.get(case.name)
    marks = []
    if deviation is not None:
        reason = f"{case.name}: {deviation.get('status')}: {deviation.get('reason')}"
        marks.append(pytest.mark.skip(reason=reason))
    return pytest.param(case, id=case.name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_classic_name_is_compatible(case: Case) -> None:
    problems = check(case)
    assert not problems, f"{case.name} -> {case.dataports_name}: " + "; ".join(map(str, problems))


# ---------------------------------------------------------------------- the data files themselves


@pytest.mark.parametrize("service", SERVICES)
def test_manifest_is_canonical_and_maps_only_public_modules(service: str) -> None:
    text = (MANIFESTS / f"{service}.json").read_text(encoding="utf-8")
    manifest = json.loads(text)
    # Sorted keys and a fixed layout, so re-extraction shows no diff when nothing changed.
    assert text == json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert manifest["entry_count"] == len(manifest["entries"])
    private = [t for t in manifest["module_map"].values() if any(p.startswith("_") for p in t.split("."))]
    assert not private, f"module_map must name public dataports modules only: {private}"
    unmapped = {e["module"] for e in manifest["entries"].values()} - set(manifest["module_map"])
    assert not unmapped, f"entries whose classic module has no dataports module: {sorted(unmapped)}"


def test_deviations_name_manifest_entries() -> None:
    known = {case.name for case in CASES}
    seen: set[str] = set()
    for deviation in load_deviations():
        name = deviation.get("name")
        assert name in known, f"deviation for {name!r}, which no manifest lists"
        assert name not in seen, f"{name} is listed twice in deviations/<service>.yaml"
        seen.add(name)
        assert deviation.get("status") in DEVIATION_STATUSES, f"{name}: status must be one of {DEVIATION_STATUSES}"
        assert str(deviation.get("reason") or "").strip(), f"{name}: a deviation needs a reason"


# ---------------------------------------------------------------------- the checker catches what it should


def _classic(*specs: tuple[str, str] | tuple[str, str, str]) -> list[dict[str, Any]]:
    params = []
    for spec in specs:
        param = {"name": spec[0], "kind": spec[1]}
        if len(spec) == 3:
            param["default"] = param["default_literal"] = spec[2]
        params.append(param)
    return params


def _categories(classic: list[dict[str, Any]], func: Any) -> list[str]:
    return [p.category for p in signature_problems(classic, inspect.signature(func))]


CLASSIC = _classic(("uuid", "POSITIONAL_OR_KEYWORD", "None"), ("urn", "POSITIONAL_OR_KEYWORD", "None"))


def test_signature_accepts_a_compatible_superset() -> None:
    def get(uuid: Any = None, urn: Any = None, extra: int = 1, *, timeout: float | None = None) -> None: ...

    assert _categories(CLASSIC, get) == []


@pytest.mark.parametrize(
    ("func", "category"),
    [
        (lambda uuid=None: None, "signature-missing-parameter"),
        (lambda urn=None, uuid=None: None, "signature-order"),
        (lambda uuid=None, *, urn=None: None, "signature-kind"),
        (lambda uuid=None, urn=0: None, "signature-default"),
        (lambda uuid=None, urn=False: None, "signature-default"),
        (lambda uuid, urn=None: None, "signature-default"),
        (lambda uuid=None, urn=None, *, token: None, "signature-extra-required"),
    ],
    ids=["missing", "order", "kind", "default-value", "default-bool", "default-dropped", "extra-required"],
)
def test_signature_reports_each_incompatibility(func: Any, category: str) -> None:
    assert category in _categories(CLASSIC, func)


def test_signature_requires_varargs_the_classic_accepted() -> None:
    classic = _classic(("args", "VAR_POSITIONAL"), ("kwargs", "VAR_KEYWORD"))
    assert _categories(classic, lambda *a, **k: None) == []
    assert _categories(classic, lambda *a: None) == ["signature-varargs"]


def test_same_value_is_strict_about_none_and_bool() -> None:
    assert same_value(None, None) and same_value((), []) and same_value("CPU", "CPU")
    assert not same_value(None, "") and not same_value(False, 0) and not same_value(1, True)


def test_a_name_dataports_lacks_is_reported() -> None:
    manifest = load_manifest("rapidpro")
    entry = {"kind": "method", "module": "temba_client.v2", "qualname": "TembaClient.no_such_method", "parameters": []}
    case = Case("rapidpro", "temba_client.v2.TembaClient.no_such_method", entry, manifest)
    assert [p.category for p in check(case)] in (["missing"], ["module-import-error"])


# ---------------------------------------------------------------------- the manifest against the real classic client


CALLABLE_KINDS = ("constructor", "function", "method", "classmethod", "staticmethod")


def _classic_signature(entry: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    owner: Any = importlib.import_module(entry["module"])
    *path, last = entry["qualname"].split(".")
    for part in path:
        owner = getattr(owner, part)
    if entry["kind"] == "constructor":
        signature = inspect.signature(owner)
    else:
        signature = inspect.signature(getattr(owner, last))
        if entry["kind"] == "method":  # looked up on the class: ``self`` is still there
            signature = signature.replace(parameters=list(signature.parameters.values())[1:])
    return [
        (p.name, p.kind.name, None if p.default is p.empty else repr(p.default)) for p in signature.parameters.values()
    ]


def test_rapidpro_manifest_matches_the_installed_classic_client() -> None:
    """The AST extraction agrees with ``inspect`` on the real rapidpro-python, when it is installed."""
    pytest.importorskip("temba_client.v2")
    manifest = load_manifest("rapidpro")
    differences = []
    for name, entry in manifest["entries"].items():
        if entry["kind"] in CALLABLE_KINDS:
            expected = [(p["name"], p["kind"], p.get("default_literal", p.get("default"))) for p in entry["parameters"]]
            if _classic_signature(entry) != expected:
                differences.append(name)
    assert not differences

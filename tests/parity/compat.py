"""Check a manifest entry (a public name of a classic client) against the dataports module it maps to.

Only public dataports modules are imported (the manifests' ``module_map``), never ``dataports._core``: the question
is whether code written for the classic client keeps working after its import line changes.
"""

from __future__ import annotations

import ast
import builtins
import collections.abc
import functools
import importlib
import inspect
import json
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

HERE = Path(__file__).parent
MANIFESTS = HERE / "manifests"
#: One file per service (``<service>.yaml``), so each service's deviations are kept and reviewed on their own.
DEVIATIONS = HERE / "deviations"
#: Every service with a manifest: a new one is checked by adding its manifest, with no edit here.
SERVICES = tuple(sorted(p.stem for p in MANIFESTS.glob("*.json")))
DEVIATION_STATUSES = ("renamed", "not-applicable", "deviation")

P = inspect.Parameter
POSITIONAL = (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD)
KIND_NAMES = {
    P.POSITIONAL_ONLY: "positional-only",
    P.POSITIONAL_OR_KEYWORD: "positional-or-keyword",
    P.VAR_POSITIONAL: "*args",
    P.KEYWORD_ONLY: "keyword-only",
    P.VAR_KEYWORD: "**kwargs",
}
MISSING = object()


@dataclass(frozen=True)
class Problem:
    """One way a dataports name fails a classic entry; ``category`` groups them in the baseline."""

    category: str
    detail: str

    def __str__(self) -> str:
        return self.detail


@dataclass(frozen=True)
class Case:
    service: str
    name: str
    entry: dict[str, Any] = field(repr=False)
    manifest: dict[str, Any] = field(repr=False)

    @property
    def dataports_module(self) -> str:
        return str(self.manifest["module_map"][self.entry["module"]])

    @property
    def dataports_name(self) -> str:
        return f"{self.dataports_module}.{self.entry['qualname']}"


class ImportFailure(Exception):
    """The mapped dataports module (or an enclosing class) could not be reached: every entry under it fails."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.detail)
        self.problem = problem


# ---------------------------------------------------------------------- data files


def load_manifest(service: str) -> dict[str, Any]:
    return json.loads((MANIFESTS / f"{service}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for service in SERVICES:
        manifest = load_manifest(service)
        cases.extend(Case(service, name, entry, manifest) for name, entry in sorted(manifest["entries"].items()))
    return cases


def load_deviations() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for path in sorted(DEVIATIONS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found.extend(data.get("deviations") or [])
    return found


# ---------------------------------------------------------------------- locating dataports names


def import_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name is not None and name.startswith(error.name):  # the module itself, not one it imports
            raise ImportFailure(Problem("module-missing", f"module {name} does not exist")) from error
        raise ImportFailure(Problem("module-import-error", f"module {name} failed to import: {error!r}")) from error
    except Exception as error:  # any import-time failure is the finding, whatever it is
        raise ImportFailure(Problem("module-import-error", f"module {name} failed to import: {error!r}")) from error


def resolve_owner(case: Case) -> Any:
    """The object that should hold the entry's last name: the module, or the (nested) class for a member."""
    owner: Any = import_module(case.dataports_module)
    parts = case.entry["qualname"].split(".")
    for depth, part in enumerate(parts[:-1]):
        found = getattr(owner, part, MISSING)
        if found is MISSING:
            where = ".".join([case.dataports_module, *parts[:depth]])
            raise ImportFailure(Problem("missing", f"{where}.{part} does not exist (needed for {case.name})"))
        owner = found
    return owner


def lookup_static(owner: Any, name: str) -> Any:
    """The attribute as stored (property, staticmethod, function...), not as the descriptor protocol returns it."""
    try:
        return inspect.getattr_static(owner, name)
    except AttributeError:
        return MISSING


def mapped_object(manifest: dict[str, Any], classic_name: str) -> Any:
    """The dataports object a classic name maps to, or MISSING if it cannot be reached."""
    entry = manifest["entries"].get(classic_name)
    if entry is None:
        return MISSING
    target: Any
    try:
        target = import_module(manifest["module_map"][entry["module"]])
    except ImportFailure:
        return MISSING
    for part in entry["qualname"].split("."):
        target = getattr(target, part, MISSING)
        if target is MISSING:
            break
    return target


# ---------------------------------------------------------------------- attribute declarations


@functools.cache
def assigned_attributes(cls: type) -> frozenset[str]:
    """Names a class's own methods assign on ``self`` (``self.x = ...``, ``setattr(self, "x", ...)``)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return frozenset()
    names: set[str] = set()
    for method in ast.walk(tree):
        if isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) and method.args.args:
            names.update(_self_assignments(method, method.args.args[0].arg))
    return frozenset(names)


def _self_assignments(method: ast.FunctionDef | ast.AsyncFunctionDef, self_name: str) -> Iterator[str]:
    for node in ast.walk(method):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        elif isinstance(node, ast.Call) and _is_setattr_on(node, self_name):
            yield node.args[1].value  # type: ignore[attr-defined]
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == self_name
            ):
                yield target.attr


def _is_setattr_on(call: ast.Call, self_name: str) -> bool:
    func = ast.unparse(call.func)
    return (
        func in ("setattr", "object.__setattr__")
        and len(call.args) >= 2
        and isinstance(call.args[0], ast.Name)
        and call.args[0].id == self_name
        and isinstance(call.args[1], ast.Constant)
        and isinstance(call.args[1].value, str)
    )


def declares_attribute(cls: type, name: str) -> bool:
    """Whether instances of ``cls`` have ``name`` without running any code: a class attribute, property or slot,
    an attrs/dataclass field, an annotation, or an assignment to ``self.<name>`` in a method of the MRO."""
    if lookup_static(cls, name) is not MISSING:
        return True
    for klass in cls.__mro__:
        own = vars(klass)
        if (
            name in inspect.get_annotations(klass)
            or any(a.name == name for a in own.get("__attrs_attrs__", ()))
            or name in own.get("__dataclass_fields__", {})
            or name in assigned_attributes(klass)
        ):
            return True
    return False


# ---------------------------------------------------------------------- values and signatures


def same_value(expected: Any, actual: Any) -> bool:
    """Equal as a classic caller would see it: no bool/int or None/falsy confusion; list and tuple interchangeable
    (both only iterated); a str subclass such as a StrEnum member counts as its string."""
    if expected is None or isinstance(expected, bool):
        return actual is expected
    if isinstance(expected, int | float):
        return isinstance(actual, int | float) and not isinstance(actual, bool) and actual == expected
    if isinstance(expected, str):
        return isinstance(actual, str) and actual == expected
    if isinstance(expected, list | tuple):
        return (
            isinstance(actual, list | tuple)
            and len(actual) == len(expected)
            and all(same_value(e, a) for e, a in zip(expected, actual, strict=True))
        )
    return bool(expected == actual)


def signature_problems(classic: list[dict[str, Any]], signature: inspect.Signature) -> list[Problem]:
    """Can every call that was valid against the classic parameters bind to ``signature`` the same way?"""
    actual = list(signature.parameters.values())
    by_name = {p.name: p for p in actual if p.kind not in (P.VAR_POSITIONAL, P.VAR_KEYWORD)}
    problems: list[Problem] = []
    for param in classic:
        problems += _classic_parameter_problems(param, classic, actual, by_name)
    classic_names = {p["name"] for p in classic}
    for extra in actual:
        # Required and unknown to classic callers, who therefore never pass it: every classic call fails.
        if (
            extra.name not in classic_names
            and extra.kind not in (P.VAR_POSITIONAL, P.VAR_KEYWORD)
            and extra.default is P.empty
        ):
            kind = KIND_NAMES[extra.kind]
            problems.append(Problem("signature-extra-required", f"extra required {kind} parameter `{extra.name}`"))
    return problems


def _classic_parameter_problems(
    param: dict[str, Any], classic: list[dict[str, Any]], actual: list[inspect.Parameter], by_name: dict[str, Any]
) -> list[Problem]:
    name, kind = param["name"], getattr(P, param["kind"])
    if kind in (P.VAR_POSITIONAL, P.VAR_KEYWORD):
        if not any(p.kind is kind for p in actual):
            star = "*" if kind is P.VAR_POSITIONAL else "**"
            return [Problem("signature-varargs", f"`{star}{name}` not accepted (no {KIND_NAMES[kind]})")]
        return []
    found = by_name.get(name)
    if found is None:
        return [Problem("signature-missing-parameter", f"parameter `{name}` missing")]
    return _kind_problems(name, kind, found, classic, actual) + _default_problems(param, found)


def _kind_problems(
    name: str, kind: Any, found: inspect.Parameter, classic: list[dict[str, Any]], actual: list[inspect.Parameter]
) -> list[Problem]:
    allowed = {
        P.POSITIONAL_ONLY: POSITIONAL,
        P.POSITIONAL_OR_KEYWORD: (P.POSITIONAL_OR_KEYWORD,),
        P.KEYWORD_ONLY: (P.KEYWORD_ONLY, P.POSITIONAL_OR_KEYWORD),
    }[kind]
    if found.kind not in allowed:
        classic_kind, actual_kind = KIND_NAMES[kind], KIND_NAMES[found.kind]
        return [Problem("signature-kind", f"parameter `{name}` is {actual_kind}, classic is {classic_kind}")]
    if kind not in POSITIONAL:
        return []
    classic_order = [p["name"] for p in classic if getattr(P, p["kind"]) in POSITIONAL]
    actual_order = [p.name for p in actual if p.kind in POSITIONAL]
    now, was = actual_order.index(name), classic_order.index(name)
    if now != was:
        return [Problem("signature-order", f"parameter `{name}` is positional #{now}, classic #{was}")]
    return []


def _default_problems(param: dict[str, Any], found: inspect.Parameter) -> list[Problem]:
    name = param["name"]
    if "default" not in param:
        return []
    if found.default is P.empty:
        return [Problem("signature-default", f"parameter `{name}` is required, classic default {param['default']}")]
    if "default_literal" not in param:
        return []  # e.g. ``mapper=lambda x: x``: only its presence is comparable
    expected = ast.literal_eval(param["default_literal"])
    if not same_value(expected, found.default):
        return [Problem("signature-default", f"parameter `{name}` defaults to {found.default!r}, classic {expected!r}")]
    return []


def safe_signature(obj: Any) -> inspect.Signature | None:
    try:
        return inspect.signature(obj)
    except (TypeError, ValueError):
        return None


def without_first(signature: inspect.Signature) -> inspect.Signature:
    params = list(signature.parameters.values())
    if params and params[0].kind in POSITIONAL:
        params = params[1:]
    return signature.replace(parameters=params)


# ---------------------------------------------------------------------- checks per kind


def check(case: Case) -> list[Problem]:
    """Everything wrong with the dataports counterpart of ``case``; an empty list means compatible."""
    try:
        owner = resolve_owner(case)
    except ImportFailure as failure:
        return [failure.problem]
    qualname = case.entry["qualname"]
    if "." in qualname and not inspect.isclass(owner):
        where = f"{case.dataports_module}.{qualname.rpartition('.')[0]}"
        return [Problem("wrong-kind", f"{where} is {type(owner).__name__}, not a class (needed for {case.name})")]
    return CHECKERS[case.entry["kind"]](case, owner, qualname.rpartition(".")[2])


def _missing(case: Case) -> list[Problem]:
    return [Problem("missing", f"{case.dataports_name} does not exist")]


def check_class(case: Case, owner: Any, name: str) -> list[Problem]:
    obj = getattr(owner, name, MISSING)
    if obj is MISSING:
        return _missing(case)
    if not inspect.isclass(obj):
        return [Problem("wrong-kind", f"{case.dataports_name} is {type(obj).__name__}, not a class")]
    return [p for base in case.entry["bases"] for p in _base_problems(case, obj, base)]


def _base_problems(case: Case, cls: type, base: str) -> list[Problem]:
    """Exception bases must carry over (``except <classic base>`` must still catch), as must the ABCs of
    ``collections.abc`` (``isinstance(x, Iterator)``); other bases are implementation."""
    expected: Any = MISSING
    module, _, attr = base.rpartition(".")
    if module == "builtins":
        builtin = getattr(builtins, attr, None)
        if isinstance(builtin, type) and issubclass(builtin, BaseException):
            expected = builtin
    elif module == "collections.abc":
        expected = getattr(collections.abc, attr, MISSING)
    else:
        base_entry = case.manifest["entries"].get(base)
        if base_entry is None or not base_entry.get("is_exception"):
            return []
        expected = mapped_object(case.manifest, base)
        if expected is MISSING or not inspect.isclass(expected):
            mapped = f"{case.manifest['module_map'][base_entry['module']]}.{base_entry['qualname']}"
            return [Problem("base-class", f"exception base {base} has no dataports class ({mapped} missing)")]
    if expected is MISSING or issubclass(cls, expected):
        return []
    expected_name = f"{expected.__module__}.{expected.__name__}"
    return [Problem("base-class", f"{case.dataports_name} is not a subclass of {expected_name}")]


def check_constructor(case: Case, owner: Any, name: str) -> list[Problem]:
    if not inspect.isclass(owner):
        return [Problem("wrong-kind", f"{case.dataports_module}.{case.entry['qualname']} owner is not a class")]
    signature = safe_signature(owner)
    if signature is None:
        return [Problem("signature-unreadable", f"cannot read the signature of {owner!r}")]
    return signature_problems(case.entry["parameters"], signature)


def check_callable_member(case: Case, owner: Any, name: str) -> list[Problem]:
    static = lookup_static(owner, name)
    if static is MISSING:
        return _missing(case)
    kind = case.entry["kind"]
    if isinstance(static, property):
        return [Problem("wrong-kind", f"{case.dataports_name} is a property, classic has a {kind}")]
    if kind in ("classmethod", "staticmethod") and inspect.isfunction(static):
        return [Problem("wrong-kind", f"{case.dataports_name} is an instance method, classic is a {kind}")]
    bound = getattr(owner, name)
    if not callable(bound):
        return [Problem("wrong-kind", f"{case.dataports_name} is not callable")]
    if case.entry.get("protocol"):
        return []  # ``with``/iteration/truthiness call these with fixed arguments: presence is what matters
    signature = _member_signature(static, bound)
    if signature is None:
        return [Problem("signature-unreadable", f"cannot read the signature of {case.dataports_name}")]
    return signature_problems(case.entry["parameters"], signature)


def _member_signature(static: Any, bound: Any) -> inspect.Signature | None:
    if isinstance(static, staticmethod):
        return safe_signature(static.__func__)
    if inspect.isfunction(static):
        signature = safe_signature(static)
        return without_first(signature) if signature is not None else None
    return safe_signature(bound)  # classmethod (bound to the class) or another callable


def check_property(case: Case, owner: Any, name: str) -> list[Problem]:
    static = lookup_static(owner, name)
    if static is MISSING:
        return [] if declares_attribute(owner, name) else _missing(case)
    if inspect.isfunction(static) or isinstance(static, classmethod | staticmethod):
        return [Problem("wrong-kind", f"{case.dataports_name} is a method, classic has a property (no call)")]
    if case.entry.get("settable") and isinstance(static, property) and static.fset is None:
        return [Problem("wrong-kind", f"{case.dataports_name} is read-only, classic property is settable")]
    return []


def check_attribute(case: Case, owner: Any, name: str) -> list[Problem]:
    if not declares_attribute(owner, name):
        return _missing(case)
    static = lookup_static(owner, name)
    if inspect.isfunction(static) or isinstance(static, classmethod | staticmethod):
        return [Problem("wrong-kind", f"{case.dataports_name} is a method, classic has a data attribute")]
    if "value_literal" in case.entry and static is not MISSING and not _is_descriptor(static):
        return _value_problems(case, static)
    return []


def _is_descriptor(value: Any) -> bool:
    return hasattr(type(value), "__get__") and not isinstance(value, str | int | float | tuple | list | dict)


def _value_problems(case: Case, actual: Any) -> list[Problem]:
    expected = ast.literal_eval(case.entry["value_literal"])
    if same_value(expected, actual):
        return []
    return [Problem("value", f"{case.dataports_name} is {actual!r}, classic {expected!r}")]


def check_function(case: Case, owner: Any, name: str) -> list[Problem]:
    obj = getattr(owner, name, MISSING)
    if obj is MISSING:
        return _missing(case)
    if not callable(obj):
        return [Problem("wrong-kind", f"{case.dataports_name} is not callable")]
    signature = safe_signature(obj)
    if signature is None:
        return [Problem("signature-unreadable", f"cannot read the signature of {case.dataports_name}")]
    return signature_problems(case.entry["parameters"], signature)


def check_constant(case: Case, owner: Any, name: str) -> list[Problem]:
    obj = getattr(owner, name, MISSING)
    if obj is MISSING:
        return _missing(case)
    return _value_problems(case, obj) if "value_literal" in case.entry else []


def check_alias(case: Case, owner: Any, name: str) -> list[Problem]:
    obj = getattr(owner, name, MISSING)
    if obj is MISSING:
        return _missing(case)
    target = mapped_object(case.manifest, case.entry["target"])
    if target is MISSING or obj is target:
        return []  # a missing target is reported under its own entry
    detail = f"{case.dataports_name} is not the same object as the mapped {case.entry['target']}"
    return [Problem("alias-identity", detail)]


CHECKERS = {
    "alias": check_alias,
    "attribute": check_attribute,
    "class": check_class,
    "classmethod": check_callable_member,
    "constant": check_constant,
    "constructor": check_constructor,
    "field": check_attribute,
    "function": check_function,
    "instance_attribute": check_attribute,
    "method": check_callable_member,
    "property": check_property,
    "staticmethod": check_callable_member,
}

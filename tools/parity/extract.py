"""Extract a parity manifest from a classic client's source: every public name a user of that client can reach.

    .venv/bin/python tools/parity/extract.py rapidpro --source /tmp/peers/rapidpro-2.21.0
    .venv/bin/python tools/parity/extract.py gretel --source /tmp/peers/gretel-v0.7.13
    .venv/bin/python tools/parity/extract.py voxel51 --source /tmp/peers/voxel51-v1.6.8

``--source`` is the directory holding the package (``sources.json`` says which subdirectory: ``temba_client``,
``src/gretel_client``, ``voxel51``); ``tools/parity/get_sources.sh`` produces those three directories. The manifest
goes to ``tests/parity/manifests/<service>.json``; the inclusion rules are in ``RULES`` and in each manifest's header.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import importlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classic_ast import (
    Module,
    Package,
    bound_names,
    canonical,
    dotted_text,
    load_package,
    references,
    resolve,
    runtime_statements,
)

REPO = Path(__file__).resolve().parents[2]
SOURCES = Path(__file__).with_name("sources.json")
MANIFESTS = REPO / "tests" / "parity" / "manifests"
MANIFEST_VERSION = 1

#: Dunder methods that give a class behaviour users rely on (iteration, ``with``, truthiness...). Other dunders
#: (``__str__``, ``__repr__``...) exist on every object, so their presence says nothing.
PROTOCOL_DUNDERS = frozenset(
    {"__bool__", "__call__", "__contains__", "__enter__", "__exit__", "__getitem__", "__iter__", "__len__", "__next__"}
)
#: Module-level values that are machinery, never API, whatever their name.
MACHINERY_CALLS = {"logging.getLogger": "module logger", "typing.TypeVar": "type variable"}

RULES = [
    "A module is public unless a part of its dotted name starts with '_' or it is listed in excluded_modules.",
    "Public names do not start with '_'; dunders are left out except the constructor (recorded as <Class>.__init__) "
    "and the protocol methods " + ", ".join(sorted(PROTOCOL_DUNDERS)) + " (checked for presence only).",
    "Classes, functions, methods, classmethods, staticmethods, properties, class attributes, declared fields and "
    "the instance attributes a class (or an in-package base) assigns in __init__ are all entries.",
    "Members inherited from an in-package base are repeated on each subclass (inherited_from names the owner), "
    "because users call them on the subclass; members of external bases (Exception, object...) are not.",
    "A package __init__ re-exports the public names it imports from its own submodules (kind 'alias'); imports "
    "in any other module are dependencies, not API.",
    "A public module-level variable is API only when another module of the package reads it, or a public "
    "signature uses it as a default; one read only by its own module is an implementation detail (listed under "
    "excluded_names with that reason). Module loggers and TypeVars are never API.",
    "Declared fields: class attributes assigned an instance of an in-package class (temba_client's "
    "SimpleField()...) and the annotated attributes of a @dataclass.",
    "Defaults are recorded as source text; default_literal is the Python literal it evaluates to when that is "
    "knowable statically (a literal, an in-package constant, or a stdlib constant such as logging.INFO).",
    "Code under `if TYPE_CHECKING:` and `if __name__ == '__main__':` is ignored; in try/except import fallbacks "
    "the first binding wins.",
]

Entry = dict[str, Any]


def is_public(name: str) -> bool:
    return not name.startswith("_")


@dataclass
class ClassInfo:
    """A class of the classic package with its own (not inherited) members."""

    qualified: str
    module: Module
    node: ast.ClassDef
    bases: list[str]
    members: dict[str, Entry] = field(default_factory=dict)
    constructor: Entry | None = None
    nested: list[ClassInfo] = field(default_factory=list)


@dataclass
class Config:
    service: str
    package: str
    package_dir: str
    source: dict[str, str]
    module_map: dict[str, str]
    excluded_modules: dict[str, str]
    excluded_names: dict[str, str]

    @classmethod
    def load(cls, service: str) -> Config:
        raw = json.loads(SOURCES.read_text(encoding="utf-8"))[service]
        return cls(
            service=service,
            package=raw["package"],
            package_dir=raw["package_dir"],
            source=raw["source"],
            module_map=raw["module_map"],
            excluded_modules=raw.get("excluded_modules", {}),
            excluded_names=raw.get("excluded_names", {}),
        )

    def exclusion(self, module: str) -> str | None:
        for excluded, reason in self.excluded_modules.items():
            if module == excluded or module.startswith(excluded + "."):
                return reason
        return None


class Extractor:
    def __init__(self, package: Package, config: Config) -> None:
        self.package = package
        self.config = config
        self.classes: dict[str, ClassInfo] = {}
        self.entries: dict[str, Entry] = {}
        self.excluded: dict[str, str] = {}
        #: (module, name) pairs used as a default by a public signature: such constants are API.
        self.default_refs: set[tuple[str, str]] = set()
        for module in package.modules.values():
            for stmt in runtime_statements(module.tree.body):
                if isinstance(stmt, ast.ClassDef):
                    self._register_class(module, stmt, module.name)
        # Members only once every class is known: a field declaration may use a class from a later module.
        for info in list(self.classes.values()):
            self._collect_members(info)

    # ------------------------------------------------------------------ classes

    def _register_class(self, module: Module, node: ast.ClassDef, owner: str) -> ClassInfo:
        bases = [self._base_name(module, base) for base in node.bases]
        info = ClassInfo(qualified=f"{owner}.{node.name}", module=module, node=node, bases=bases)
        self.classes[info.qualified] = info
        for stmt in runtime_statements(node.body):
            if isinstance(stmt, ast.ClassDef) and is_public(stmt.name):
                info.nested.append(self._register_class(module, stmt, info.qualified))
        return info

    def _collect_members(self, info: ClassInfo) -> None:
        decorators = [_decorator_name(d) for d in info.node.decorator_list]
        dataclass_like = any(d in ("dataclass", "dataclasses.dataclass") for d in decorators)
        for stmt in runtime_statements(info.node.body):
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                self._add_function_member(info, stmt)
            elif isinstance(stmt, ast.Assign | ast.AnnAssign):
                self._add_value_member(info, stmt, dataclass_like)

    def _base_name(self, module: Module, base: ast.expr) -> str:
        return resolve(self.package, module, base) or ast.unparse(base)

    def _add_function_member(self, info: ClassInfo, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        decorators = [_decorator_name(d) for d in node.decorator_list]
        if node.name == "__init__":
            info.constructor = {"parameters": self._parameters(info.module, node, drop_first=True)}
            self._add_instance_attributes(info, node)
            return
        if not (is_public(node.name) or node.name in PROTOCOL_DUNDERS):
            return
        if any(d.endswith((".setter", ".deleter")) for d in decorators):
            if node.name in info.members and info.members[node.name]["kind"] == "property":
                info.members[node.name]["settable"] = True
            return
        info.members[node.name] = self._function_entry(info.module, node, decorators, in_class=True)

    def _function_entry(
        self, module: Module, node: ast.FunctionDef | ast.AsyncFunctionDef, decorators: list[str], *, in_class: bool
    ) -> Entry:
        kind = "function"
        if in_class:
            kind = next((d for d in decorators if d in ("classmethod", "staticmethod", "property")), "method")
        entry: Entry = {"kind": kind}
        if kind == "property":
            entry["settable"] = False
            return entry
        entry["parameters"] = self._parameters(module, node, drop_first=kind in ("method", "classmethod"))
        if node.name in PROTOCOL_DUNDERS:
            entry["protocol"] = True
        if isinstance(node, ast.AsyncFunctionDef):
            entry["async"] = True
        other = [d for d in decorators if d not in ("classmethod", "staticmethod")]
        if other:
            entry["decorators"] = other
        return entry

    def _add_value_member(self, info: ClassInfo, stmt: ast.Assign | ast.AnnAssign, dataclass_like: bool) -> None:
        value = stmt.value
        for name in bound_names(stmt):
            if not is_public(name):
                continue
            if isinstance(stmt, ast.AnnAssign) and dataclass_like:
                entry: Entry = {"kind": "field", "annotation": ast.unparse(stmt.annotation)}
                if value is not None:
                    entry["default"] = ast.unparse(value)
            elif value is None:
                entry = {"kind": "instance_attribute"}
            elif self._declares_field(info.module, value):
                entry = {"kind": "field", "declaration": ast.unparse(value)}
            else:
                entry = {"kind": "attribute", "value": ast.unparse(value)}
                literal = self._literal(info.module, value)
                if literal is not None:
                    entry["value_literal"] = literal
            info.members[name] = entry

    def _declares_field(self, module: Module, value: ast.expr) -> bool:
        # ``uuid = SimpleField()``: an instance of one of the package's own classes describes a data field.
        if not isinstance(value, ast.Call):
            return False
        callee = resolve(self.package, module, value.func)
        return callee is not None and callee in self.classes

    def _add_instance_attributes(self, info: ClassInfo, init: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if not init.args.args:
            return
        self_name = init.args.args[0].arg
        for node in ast.walk(init):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign):
                targets = [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and dotted_text(target.value) == self_name
                    and is_public(target.attr)
                    and target.attr not in info.members
                ):
                    info.members[target.attr] = {"kind": "instance_attribute"}

    def mro(self, info: ClassInfo) -> list[ClassInfo]:
        """C3 linearisation over the in-package classes (external bases contribute no members here)."""
        parents = [self.classes[b] for b in info.bases if b in self.classes]
        sequences = [self.mro(p) for p in parents] + [parents]
        merged: list[ClassInfo] = [info]
        while any(sequences):
            sequences = [s for s in sequences if s]
            head = next(
                (s[0] for s in sequences if not any(s[0] in other[1:] for other in sequences)),
                sequences[0][0],  # inconsistent hierarchy: fall back to depth-first rather than fail
            )
            merged.append(head)
            sequences = [[c for c in s if c is not head] for s in sequences]
        return merged

    def is_exception(self, info: ClassInfo) -> bool:
        for base in info.bases:
            if base.startswith("builtins."):
                builtin = getattr(__import__("builtins"), base.partition(".")[2], None)
                if isinstance(builtin, type) and issubclass(builtin, BaseException):
                    return True
            elif base in self.classes and self.is_exception(self.classes[base]):
                return True
        return False

    # ------------------------------------------------------------------ signatures

    def _parameters(
        self, module: Module, node: ast.FunctionDef | ast.AsyncFunctionDef, *, drop_first: bool
    ) -> list[Entry]:
        args = node.args
        positional = [*args.posonlyargs, *args.args]
        first_default = len(positional) - len(args.defaults)
        params: list[Entry] = []
        for index, arg in enumerate(positional):
            kind = "POSITIONAL_ONLY" if index < len(args.posonlyargs) else "POSITIONAL_OR_KEYWORD"
            default = args.defaults[index - first_default] if index >= first_default else None
            params.append(self._parameter(module, arg, kind, default))
        if drop_first and params:
            params.pop(0)
        if args.vararg:
            params.append(self._parameter(module, args.vararg, "VAR_POSITIONAL", None))
        for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
            params.append(self._parameter(module, arg, "KEYWORD_ONLY", kw_default))
        if args.kwarg:
            params.append(self._parameter(module, args.kwarg, "VAR_KEYWORD", None))
        return params

    def _parameter(self, module: Module, arg: ast.arg, kind: str, default: ast.expr | None) -> Entry:
        param: Entry = {"name": arg.arg, "kind": kind}
        if arg.annotation is not None:
            param["annotation"] = ast.unparse(arg.annotation)
        if default is not None:
            param["default"] = ast.unparse(default)
            literal = self._literal(module, default)
            if literal is not None:
                param["default_literal"] = literal
            for name in ast.walk(default):
                if isinstance(name, ast.Name):
                    self.default_refs.add((module.name, name.id))
        return param

    def _literal(self, module: Module, node: ast.expr) -> str | None:
        """The literal ``node`` evaluates to, as ``repr`` text ``ast.literal_eval`` reads back, or None."""
        try:
            return _round_trip(ast.literal_eval(node))
        except (ValueError, TypeError, SyntaxError):
            pass
        dotted = resolve(self.package, module, node)
        if dotted is None:
            return None
        if self.package.owns(dotted):
            found = self._constant_node(dotted)
            return self._literal(found[0], found[1]) if found else None
        return _stdlib_literal(dotted)

    def _constant_node(self, dotted: str) -> tuple[Module, ast.expr] | None:
        found = self.package.split(canonical(self.package, dotted))
        if found is None or not found[1]:
            return None
        module, attrs = found
        scope: list[ast.stmt] = list(runtime_statements(module.tree.body))
        for depth, name in enumerate(attrs):
            stmt = next((s for s in scope if name in bound_names(s)), None)
            if isinstance(stmt, ast.ClassDef) and depth < len(attrs) - 1:
                scope = list(runtime_statements(stmt.body))
            elif isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None and depth == len(attrs) - 1:
                return module, stmt.value
            else:
                return None
        return None

    # ------------------------------------------------------------------ entries

    def public_modules(self) -> Iterator[Module]:
        for name, module in sorted(self.package.modules.items()):
            if any(part.startswith("_") for part in name.split(".")):
                continue
            if self.config.exclusion(name) is None:
                yield module

    def extract(self) -> dict[str, Entry]:
        modules = list(self.public_modules())
        variables: list[tuple[Module, str, ast.stmt]] = []
        for module in modules:
            for name, stmt in sorted(module.definitions.items()):
                if not is_public(name):
                    continue
                if isinstance(stmt, ast.ClassDef):
                    self._emit_class(self.classes[f"{module.name}.{name}"], module.name, name)
                elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                    decorators = [_decorator_name(d) for d in stmt.decorator_list]
                    self._emit(module.name, name, self._function_entry(module, stmt, decorators, in_class=False))
                else:
                    variables.append((module, name, stmt))
            if module.is_package:
                self._emit_aliases(module)
        # Variables last: whether one is API depends on the defaults every public signature above used.
        read_elsewhere = self._cross_module_reads()
        for module, name, stmt in variables:
            self._emit_variable(module, name, stmt, read_elsewhere)
        for name, reason in self.config.excluded_names.items():
            if self.entries.pop(name, None) is not None:
                self.excluded[name] = reason
        return self.entries

    def _emit(self, module: str, qualname: str, entry: Entry) -> None:
        self.entries[f"{module}.{qualname}"] = {"module": module, "qualname": qualname, **entry}

    def _emit_class(self, info: ClassInfo, module: str, qualname: str) -> None:
        lineage = self.mro(info)
        members: dict[str, tuple[ClassInfo, Entry]] = {}
        for owner in reversed(lineage):  # nearest definition wins
            for name, member in owner.members.items():
                members[name] = (owner, member)
        fields = sorted(name for name, (_, member) in members.items() if member["kind"] == "field")
        bases = [b for b in info.bases if b != "builtins.object" and is_public(b.rpartition(".")[2])]
        entry: Entry = {"kind": "class", "bases": bases, "is_exception": self.is_exception(info)}
        if fields:
            entry["fields"] = fields
        self._emit(module, qualname, entry)
        self._emit_constructor(lineage, info, module, qualname)
        for name, (owner, member) in sorted(members.items()):
            self._emit(module, f"{qualname}.{name}", _inherited(member, owner, info))
        for nested in info.nested:
            self._emit_class(nested, module, f"{qualname}.{nested.node.name}")

    def _emit_constructor(self, lineage: list[ClassInfo], info: ClassInfo, module: str, qualname: str) -> None:
        owner = next((c for c in lineage if c.constructor is not None), None)
        if owner is None or owner.constructor is None:
            return  # only an external base (object, Exception) constructs it: nothing classic to compare
        entry: Entry = {"kind": "constructor", **owner.constructor}
        self._emit(module, f"{qualname}.__init__", _inherited(entry, owner, info))

    def _emit_aliases(self, module: Module) -> None:
        for local, target in sorted(module.imports.items()):
            if not is_public(local) or not target.startswith(module.name + "."):
                continue
            if target in self.package.modules:
                continue  # a submodule bound by ``from . import sub`` is reachable as a module anyway
            self._emit(module.name, local, {"kind": "alias", "target": canonical(self.package, target)})

    def _cross_module_reads(self) -> set[tuple[str, str]]:
        reads: set[tuple[str, str]] = set()
        for module in self.package.modules.values():
            reads.update(ref for ref in references(self.package, module) if ref[0] != module.name)
        return reads

    def _emit_variable(self, module: Module, name: str, stmt: ast.stmt, read_elsewhere: set[tuple[str, str]]) -> None:
        qualified = f"{module.name}.{name}"
        value = stmt.value if isinstance(stmt, ast.Assign | ast.AnnAssign) else None
        callee = resolve(self.package, module, value.func) if isinstance(value, ast.Call) else None
        if callee in MACHINERY_CALLS:
            self.excluded[qualified] = MACHINERY_CALLS[callee]
            return
        if (module.name, name) not in read_elsewhere and (module.name, name) not in self.default_refs:
            self.excluded[qualified] = "module variable read only by its own module"
            return
        entry: Entry = {"kind": "constant", "value": ast.unparse(value) if value is not None else ""}
        literal = self._literal(module, value) if value is not None else None
        if literal is not None:
            entry["value_literal"] = literal
        self._emit(module.name, name, entry)


def _inherited(member: Entry, owner: ClassInfo, info: ClassInfo) -> Entry:
    return member if owner is info else {**member, "inherited_from": owner.qualified}


def _decorator_name(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    return dotted_text(target) or ast.unparse(node)


def _round_trip(value: object) -> str | None:
    text = repr(value)
    try:
        return text if ast.literal_eval(text) == value else None
    except (ValueError, TypeError, SyntaxError):
        return None  # e.g. float("inf"): no literal spells it


def _stdlib_literal(dotted: str) -> str | None:
    # Only the standard library is imported: the classic client's own dependencies need not be installed.
    module_name, _, attribute = dotted.rpartition(".")
    if module_name.partition(".")[0] not in sys.stdlib_module_names or module_name == "builtins":
        return None
    try:
        value = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError):
        return None
    if value is None or type(value) in (bool, int, float, str):
        return _round_trip(value)
    return None


def check_module_map(config: Config, entries: dict[str, Entry]) -> None:
    unmapped = sorted({e["module"] for e in entries.values()} - set(config.module_map))
    if unmapped:
        raise SystemExit(f"{config.service}: no dataports module mapped for {', '.join(unmapped)} (sources.json)")
    private = sorted(t for t in config.module_map.values() if any(p.startswith("_") for p in t.split(".")))
    if private:
        raise SystemExit(f"{config.service}: module_map targets private modules: {', '.join(private)}")


def build_manifest(config: Config, entries: dict[str, Entry], excluded: dict[str, str], date: str) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for entry in entries.values():
        counts[entry["kind"]] = counts.get(entry["kind"], 0) + 1
    return {
        "manifest_version": MANIFEST_VERSION,
        "service": config.service,
        "source": {**config.source, "package": config.package},
        "extracted": date,
        "extractor": "tools/parity/extract.py",
        "module_map": config.module_map,
        "rules": RULES,
        "excluded_modules": config.excluded_modules,
        "excluded_names": excluded,
        "entry_count": len(entries),
        "entry_counts_by_kind": counts,
        "entries": entries,
    }


def render(manifest: dict[str, Any]) -> str:
    return json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def keep_date_if_unchanged(manifest: dict[str, Any], output: Path) -> None:
    """Re-extracting unchanged sources must give no diff, so an unchanged manifest keeps its extraction date."""
    if not output.exists():
        return
    previous = json.loads(output.read_text(encoding="utf-8"))
    if {**previous, "extracted": None} == {**json.loads(render(manifest)), "extracted": None}:
        manifest["extracted"] = previous["extracted"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("service", choices=sorted(json.loads(SOURCES.read_text(encoding="utf-8"))))
    parser.add_argument("--source", type=Path, required=True, help="directory containing the classic package")
    parser.add_argument("--output", type=Path, help="default: tests/parity/manifests/<service>.json")
    parser.add_argument("--date", default=datetime.datetime.now(datetime.UTC).date().isoformat())
    args = parser.parse_args(argv)

    config = Config.load(args.service)
    package_dir = args.source / config.package_dir
    if not (package_dir / "__init__.py").is_file():
        parser.error(f"{package_dir} is not the {config.package} package directory")
    extractor = Extractor(load_package(package_dir, config.package), config)
    entries = extractor.extract()
    check_module_map(config, entries)
    manifest = build_manifest(config, entries, extractor.excluded, args.date)
    output: Path = args.output or MANIFESTS / f"{args.service}.json"
    keep_date_if_unchanged(manifest, output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(manifest), encoding="utf-8")
    print(f"{args.service}: {len(entries)} entries -> {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

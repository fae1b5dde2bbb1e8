"""Read a classic client's package source into symbol tables, without importing it.

Importing would need the classic client's dependencies (requests, iso8601, smart_open, future...) and would run its
import-time side effects (voxel51 configures logging), so everything here works on the AST.
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Module:
    """One source file of the package."""

    name: str
    path: Path
    tree: ast.Module
    is_package: bool
    #: local name -> dotted target ("pkg.mod" for a module, "pkg.mod.Name" for a name in it)
    imports: dict[str, str] = field(default_factory=dict)
    #: top-level name -> the statement that first binds it (class, function or assignment)
    definitions: dict[str, ast.stmt] = field(default_factory=dict)

    @property
    def package(self) -> str:
        """The package relative imports start from."""
        return self.name if self.is_package else self.name.rpartition(".")[0]


@dataclass
class Package:
    """Every module of a package, keyed by dotted name."""

    root: str
    modules: dict[str, Module]

    def owns(self, dotted: str) -> bool:
        return dotted == self.root or dotted.startswith(self.root + ".")

    def split(self, dotted: str) -> tuple[Module, list[str]] | None:
        """The longest module prefix of ``dotted`` and the attribute path after it."""
        parts = dotted.split(".")
        for cut in range(len(parts), 0, -1):
            module = self.modules.get(".".join(parts[:cut]))
            if module is not None:
                return module, parts[cut:]
        return None


def load_package(package_dir: Path, root: str) -> Package:
    """Parse every ``.py`` file under ``package_dir`` (the directory of the importable package ``root``)."""
    modules: dict[str, Module] = {}
    for path in sorted(package_dir.rglob("*.py")):
        relative = path.relative_to(package_dir).with_suffix("")
        parts = [root, *relative.parts]
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        name = ".".join(parts)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        module = Module(name=name, path=path, tree=tree, is_package=is_package)
        _bind_top_level(module, tree.body)
        modules[name] = module
    return Package(root=root, modules=modules)


def runtime_statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Statements that run at import time, descending into ``if``/``try`` blocks (optional imports and their
    fallbacks), but not into ``if TYPE_CHECKING:`` or ``if __name__ == "__main__":``."""
    for stmt in body:
        if isinstance(stmt, ast.If):
            if _is_type_checking(stmt.test) or _is_main_guard(stmt.test):
                continue
            yield from runtime_statements(stmt.body)
            yield from runtime_statements(stmt.orelse)
        elif isinstance(stmt, ast.Try):
            yield from runtime_statements(stmt.body)
            for handler in stmt.handlers:
                yield from runtime_statements(handler.body)
            yield from runtime_statements(stmt.orelse)
            yield from runtime_statements(stmt.finalbody)
        else:
            yield stmt


def _is_type_checking(test: ast.expr) -> bool:
    return dotted_text(test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")


def _is_main_guard(test: ast.expr) -> bool:
    return isinstance(test, ast.Compare) and dotted_text(test.left) == "__name__"


def _bind_top_level(module: Module, body: list[ast.stmt]) -> None:
    # The first binding wins: in ``try: import x / except ImportError: x = None`` the import is the real one.
    for stmt in runtime_statements(body):
        if isinstance(stmt, ast.Import | ast.ImportFrom):
            for local, target in import_bindings(module, stmt):
                module.imports.setdefault(local, target)
        for name in bound_names(stmt):
            if name not in module.imports:
                module.definitions.setdefault(name, stmt)


def import_bindings(module: Module, stmt: ast.Import | ast.ImportFrom) -> Iterator[tuple[str, str]]:
    """(local name, dotted target) for each name an import statement binds; star imports bind nothing we track."""
    if isinstance(stmt, ast.Import):
        for alias in stmt.names:
            if alias.asname:
                yield alias.asname, alias.name
            else:
                head = alias.name.partition(".")[0]
                yield head, head
        return
    base = _absolute_from(module, stmt)
    for alias in stmt.names:
        if alias.name != "*":
            yield alias.asname or alias.name, f"{base}.{alias.name}" if base else alias.name


def _absolute_from(module: Module, stmt: ast.ImportFrom) -> str:
    if not stmt.level:
        return stmt.module or ""
    parts = module.package.split(".")
    base = parts[: len(parts) - (stmt.level - 1)]
    if stmt.module:
        base.append(stmt.module)
    return ".".join(base)


def bound_names(stmt: ast.stmt) -> list[str]:
    """Names a class, function or assignment statement binds in its scope."""
    if isinstance(stmt, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
        return [stmt.name]
    if isinstance(stmt, ast.Assign):
        return [name for target in stmt.targets for name in _target_names(target)]
    if isinstance(stmt, ast.AnnAssign | ast.AugAssign):
        return _target_names(stmt.target)
    return []


def _target_names(target: ast.expr) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple | ast.List):
        return [name for element in target.elts for name in _target_names(element)]
    return []


def dotted_text(node: ast.expr) -> str | None:
    """``a.b.c`` for a Name/Attribute chain, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = dotted_text(node.value)
        return f"{head}.{node.attr}" if head else None
    return None


def resolve(package: Package, module: Module, node: ast.expr) -> str | None:
    """The fully qualified name a Name/Attribute chain refers to from module scope: through the module's imports,
    its own definitions, or builtins; re-exports inside the package are followed to the defining module."""
    text = dotted_text(node)
    if text is None:
        return None
    head, _, rest = text.partition(".")
    if head in module.imports:
        qualified = module.imports[head]
    elif head in module.definitions:
        qualified = f"{module.name}.{head}"
    elif hasattr(builtins, head):
        qualified = f"builtins.{head}"
    else:
        return None
    qualified = f"{qualified}.{rest}" if rest else qualified
    return canonical(package, qualified)


def canonical(package: Package, dotted: str, seen: frozenset[str] = frozenset()) -> str:
    """Follow in-package re-exports (``from .client import Client`` in ``__init__``) to where a name is defined."""
    if not package.owns(dotted) or dotted in seen:
        return dotted
    found = package.split(dotted)
    if found is None:
        return dotted
    module, attrs = found
    if not attrs or attrs[0] in module.definitions or attrs[0] not in module.imports:
        return dotted
    target = ".".join([module.imports[attrs[0]], *attrs[1:]])
    return canonical(package, target, seen | {dotted})


def lookup_definition(package: Package, dotted: str) -> tuple[Module, ast.stmt] | None:
    """The module-level statement defining ``dotted`` (after re-exports), if it is in the package."""
    found = package.split(canonical(package, dotted))
    if found is None:
        return None
    module, attrs = found
    if len(attrs) != 1 or attrs[0] not in module.definitions:
        return None
    return module, module.definitions[attrs[0]]


def references(package: Package, module: Module) -> Iterator[tuple[str, str]]:
    """(module, name) pairs this module reads from other modules of the package, by ``from m import name`` or by
    attribute access on an imported module (``voxa.TOKEN_PATH``)."""
    for node in ast.walk(module.tree):
        if isinstance(node, ast.ImportFrom):
            base = _absolute_from(module, node)
            for alias in node.names:
                if alias.name != "*" and package.owns(base):
                    yield base, alias.name
        elif isinstance(node, ast.Attribute):
            owner = _imported_module(package, module, node.value)
            if owner is not None:
                yield owner, node.attr


def _imported_module(package: Package, module: Module, node: ast.expr) -> str | None:
    text = dotted_text(node)
    if text is None:
        return None
    head, _, rest = text.partition(".")
    target = module.imports.get(head)
    if target is None:
        return None
    dotted = f"{target}.{rest}" if rest else target
    return dotted if dotted in package.modules else None

"""Fail when a public name of dataports has no docstring: the API reference site is rendered from them.

Public means what a user imports: every name exported by ``dataports``, ``dataports.toolkit``, each service package
``dataports.<service>`` and the modules mirroring the classic clients' module names (``PUBLIC_MODULES``), and, for
each exported class, its public methods and properties, inherited ones included (``_private`` and dunder members are
not public; ``__init__`` is covered by the class docstring). Services are discovered (``services()``, which
tools/docs/hooks.py uses for the site's pages too) and each names its classic modules in its package's
``CLASSIC_MODULES``, so a new service needs no edit here. A module without ``__all__`` exports the public names it
defines (griffe's rule, which the site's ``filters: public`` follows too). Objects of the generated low-level client
(``dataports_api``) are not checked: they are generated, and ``make check-generated`` owns them. Modules are read
statically (griffe), so nothing is imported.

    .venv/bin/python tools/docs/check_docstrings.py          # exit 1 and list what is missing
    .venv/bin/python tools/docs/check_docstrings.py --count  # also say how many objects were checked
    .venv/bin/python tools/docs/check_docstrings.py --modules  # also list the public modules checked

``tests/unit/test_docstrings.py`` runs the same check, and proves it fails on an undocumented public name.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parents[2]
SEARCH_PATHS = (ROOT / "overlay", ROOT / "emulators", ROOT / "generated")
#: Packages whose objects are generated code, excluded from the check.
GENERATED_PACKAGES = ("dataports_api",)

#: The overlay's top-level package, where services are found.
OVERLAY_PACKAGE = ROOT / "overlay" / "dataports"
#: The files that make a folder of ``dataports`` a service package (tests/unit/test_overlay_shape.py checks the rest).
SERVICE_FILES = ("__init__.py", "base.py", "client.py")
#: The constant of a service package's ``__init__`` naming its modules that mirror the classic client's modules.
CLASSIC_CONSTANT = "CLASSIC_MODULES"


def services(overlay: Path = OVERLAY_PACKAGE) -> list[str]:
    """The services of the overlay, by name: each ``dataports/<name>/`` (not ``_``-prefixed) with ``SERVICE_FILES``.

    Read from the file system, nothing imported; tools/docs/hooks.py builds the site's service pages from the same list.
    """
    return sorted(
        folder.name
        for folder in overlay.iterdir()
        if folder.is_dir()
        and not folder.name.startswith("_")
        and all((folder / name).is_file() for name in SERVICE_FILES)
    )


def classic_modules(service: str, overlay: Path = OVERLAY_PACKAGE) -> tuple[str, ...]:
    """The ``CLASSIC_MODULES`` of ``dataports.<service>`` (read statically): its modules named like the classic
    client's. Fails (``ValueError``) when the constant is missing, is not a literal tuple of names, or names a module
    the package does not have."""
    init = overlay / service / "__init__.py"
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not (isinstance(target, ast.Name) and target.id == CLASSIC_CONSTANT):
            continue
        try:
            names = ast.literal_eval(value)
        except ValueError:
            names = None
        if not (isinstance(names, tuple) and all(isinstance(name, str) for name in names)):
            raise ValueError(f"{init}: {CLASSIC_CONSTANT} must be a literal tuple of module names")
        absent = [name for name in names if not (overlay / service / f"{name}.py").is_file()]
        if absent:
            raise ValueError(f"{init}: {CLASSIC_CONSTANT} names absent modules {absent}")
        return names
    raise ValueError(f"{init} defines no {CLASSIC_CONSTANT} (its classic modules, possibly ())")


#: The modules users import, per service: the package itself (``""``), then the modules named like the classic
#: client's.
SERVICE_MODULES: dict[str, tuple[str, ...]] = {service: ("", *classic_modules(service)) for service in services()}


def service_modules(service: str) -> list[str]:
    """The public modules of ``service``, the package first."""
    return [f"dataports.{service}" + (f".{name}" if name else "") for name in SERVICE_MODULES[service]]


#: Every module whose exported names are public API.
PUBLIC_MODULES: tuple[str, ...] = (
    "dataports",
    "dataports.toolkit",
    *(module for service in SERVICE_MODULES for module in service_modules(service)),
)


#: The packages read for the check (the emulator's are rendered on the site but are not part of it).
CHECKED_PACKAGES: tuple[str, ...] = ("dataports",)


def load(packages: Iterable[str], search_paths: Sequence[Path] | None = None) -> griffe.GriffeLoader:
    """A loader holding ``packages`` read from ``search_paths`` (default ``SEARCH_PATHS``), aliases resolved."""
    paths = SEARCH_PATHS if search_paths is None else search_paths
    loader = griffe.GriffeLoader(search_paths=[str(path) for path in paths])
    for package in packages:
        loader.load(package)
    loader.resolve_aliases(implicit=False, external=None)
    return loader


def _documented(obj: griffe.Object) -> bool:
    return obj.docstring is not None and bool(obj.docstring.value.strip())


def _is_generated(path: str) -> bool:
    return path.split(".", 1)[0] in GENERATED_PACKAGES


def _target(member: griffe.Object | griffe.Alias) -> griffe.Object | None:
    """The object behind ``member``; None for generated or unloaded (third-party) objects."""
    if isinstance(member, griffe.Alias):
        if _is_generated(member.target_path):
            return None
        try:
            final = member.final_target
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None
        return None if _is_generated(final.path) else final
    return None if _is_generated(member.path) else member


def _class_members(cls: griffe.Class) -> Iterator[griffe.Object]:
    """Public methods and properties of ``cls``, inherited ones included."""
    for name, member in sorted(cls.all_members.items()):
        if name.startswith("_"):
            continue
        target = _target(member)
        if target is None:
            continue
        if target.is_function or (target.is_attribute and "property" in target.labels):
            yield target


def undocumented(loader: griffe.GriffeLoader, modules: Iterable[str]) -> tuple[list[str], int]:
    """The paths of the public objects of ``modules`` without a docstring, and how many objects were checked."""
    seen: set[str] = set()
    missing: list[str] = []

    def check(obj: griffe.Object) -> None:
        if obj.path in seen:
            return
        seen.add(obj.path)
        if not _documented(obj):
            missing.append(f"{obj.kind.value} {obj.path}")
        if isinstance(obj, griffe.Class):
            for member in _class_members(obj):
                check(member)

    for module_path in modules:
        module = loader.modules_collection[module_path]
        check(module)
        for _name, member in sorted(module.members.items()):
            if not member.is_public:
                continue
            target = _target(member)
            if target is not None and not target.is_module:
                check(target)
    return sorted(missing), len(seen)


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    loader = load(CHECKED_PACKAGES)
    missing, checked = undocumented(loader, PUBLIC_MODULES)
    if "--modules" in args:
        print("\n".join(PUBLIC_MODULES))
    if "--count" in args:
        print(f"{checked} public objects checked")
    if missing:
        print(f"{len(missing)} public objects have no docstring:")
        print("\n".join(f"  {line}" for line in missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every public name of dataports has a docstring (the reference site is rendered from them), and the check that
says so really fails on an undocumented one."""

from __future__ import annotations

import importlib.util
import json
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from tests.tool_scripts import load_tool

ROOT = Path(__file__).resolve().parents[2]


check = load_tool("tools/docs/check_docstrings.py", "check_docstrings")


def test_every_public_name_has_a_docstring() -> None:
    loader = check.load(["dataports"])
    missing, checked = check.undocumented(loader, check.PUBLIC_MODULES)
    assert checked > 500, f"only {checked} objects checked: the public modules were not found"
    assert not missing, "public names without a docstring:\n" + "\n".join(missing)


def test_the_check_fails_on_an_undocumented_public_name(tmp_path: Path) -> None:
    package = tmp_path / "tinypkg"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            '''
            """A tiny package."""

            from .impl import Documented, undocumented_function

            __all__ = ["Documented", "undocumented_function"]
            '''
        )
    )
    (package / "impl.py").write_text(
        textwrap.dedent(
            '''
            """Where the names live."""


            class Base:
                """A base class."""

                def inherited(self) -> None:
                    pass


            class Documented(Base):
                """Documented."""

                def method(self) -> None:
                    """Documented too."""

                def bare_method(self) -> None:
                    pass

                @property
                def bare_property(self) -> int:
                    return 1

                def _private(self) -> None:
                    pass

                def __len__(self) -> int:
                    return 0


            def undocumented_function() -> None:
                pass


            def not_exported() -> None:
                pass
            '''
        )
    )
    loader = check.load(["tinypkg"], search_paths=[tmp_path])
    missing, _ = check.undocumented(loader, ["tinypkg"])
    assert missing == [
        "attribute tinypkg.impl.Documented.bare_property",
        "function tinypkg.impl.Base.inherited",
        "function tinypkg.impl.Documented.bare_method",
        "function tinypkg.impl.undocumented_function",
    ]


def test_the_command_exits_nonzero_when_a_docstring_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "tinypkg"
    package.mkdir()
    (package / "__init__.py").write_text('"""Tiny."""\n\n__all__ = ["f"]\n\n\ndef f() -> None:\n    pass\n')
    monkeypatch.setattr(check, "SEARCH_PATHS", (tmp_path,))
    monkeypatch.setattr(check, "PUBLIC_MODULES", ("tinypkg",))
    monkeypatch.setattr(check, "CHECKED_PACKAGES", ("tinypkg",))
    assert check.main([]) == 1
    assert "function tinypkg.f" in capsys.readouterr().out


def test_the_public_modules_cover_the_classic_module_maps() -> None:
    for manifest in sorted((ROOT / "tests" / "parity" / "manifests").glob("*.json")):
        mapped = set(json.loads(manifest.read_text(encoding="utf-8"))["module_map"].values())
        assert mapped <= set(check.PUBLIC_MODULES), f"{manifest.name}: {sorted(mapped - set(check.PUBLIC_MODULES))}"


@pytest.mark.parametrize("service", sorted(check.SERVICE_MODULES))
def test_each_service_page_renders_its_public_modules(service: str) -> None:
    page = (ROOT / "docs" / "site" / "services" / f"{service}.md").read_text(encoding="utf-8")
    for module in check.service_modules(service):
        assert f"::: {module}\n" in page, f"docs/site/services/{service}.md does not render {module}"


def test_services_are_discovered_with_their_classic_modules(tmp_path: Path) -> None:
    assert {"rapidpro", "gretel", "voxel51", "datagrok", "clicdata"} <= set(check.services())
    assert check.SERVICE_MODULES["rapidpro"] == ("", "exceptions", "types", "serialization", "utils", "base")
    overlay = tmp_path / "dataports"
    for name, files in {"_core": ["base", "client"], "half": ["base"], "svc": ["base", "client", "errors"]}.items():
        (overlay / name).mkdir(parents=True)
        for stem in ["__init__", *files]:
            (overlay / name / f"{stem}.py").write_text('"""A module."""\n')
    assert check.services(overlay) == ["svc"]
    init = overlay / "svc" / "__init__.py"
    with pytest.raises(ValueError, match="defines no CLASSIC_MODULES"):
        check.classic_modules("svc", overlay)
    init.write_text('CLASSIC_MODULES: tuple[str, ...] = ("errors", "absent")\n')
    with pytest.raises(ValueError, match=r"absent modules \['absent'\]"):
        check.classic_modules("svc", overlay)
    init.write_text('CLASSIC_MODULES = ("errors",)\n')
    assert check.classic_modules("svc", overlay) == ("errors",)


def _load_hooks() -> ModuleType:
    # hooks.py imports its sibling check_docstrings, which _load_check put into sys.modules.
    spec = importlib.util.spec_from_file_location("dataports_docs_hooks", ROOT / "tools" / "docs" / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_site_nav_has_one_page_per_service(tmp_path: Path) -> None:
    from mkdocs.exceptions import PluginError

    hooks = _load_hooks()
    assert tuple(check.services()) == hooks.SERVICES
    assert hooks.service_nav(ROOT / "docs" / "site") == [f"services/{s}.md" for s in check.services()]
    (tmp_path / "services").mkdir()
    for service in check.services()[1:]:
        (tmp_path / "services" / f"{service}.md").write_text(f"# {service}\n")
    with pytest.raises(PluginError, match="no page for the services"):
        hooks.service_nav(tmp_path)
    for service in [check.services()[0], "retired"]:
        (tmp_path / "services" / f"{service}.md").write_text(f"# {service}\n")
    with pytest.raises(PluginError, match=r"pages for no service: \['retired'\]"):
        hooks.service_nav(tmp_path)

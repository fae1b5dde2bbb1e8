"""mkdocs hook: fill the site's placeholders from the files and code that own the text, so a page never goes stale.

A page writes a placeholder on a line of its own; the build fails (``PluginError``) when its source is missing:

- ``<!-- dataports:readme "Quickstart: RapidPro" -->``: that ``##`` section of README.md, without its heading.
- ``<!-- dataports:compat "rapidpro" -->``: that service's ``##`` section of docs/COMPATIBILITY.md (written by
  tools/parity/compat_doc.py), without its heading.
- ``<!-- dataports:emulator-help -->``: ``dataports-emulator --help``, from the argparse parser in
  ``dataports_emulators.cli``.
- ``<!-- dataports:emulator-services -->``: a table of each emulated service's prefix, seedable kinds and settings,
  from the service classes themselves.
- ``<!-- dataports:error-map -->``: each service's exported exceptions and the cross-service ``dataports`` classes
  they also are, from the classes' MROs.
- ``<!-- dataports:retry-defaults -->``: each service's default timeout and retry policy, from its ``ServiceConfig``.

Whole files (docs/ARCHITECTURE.md, benchmarks/RESULTS.md) are included with pymdownx.snippets instead.

The nav's empty ``Services`` section is filled with one page per service, ``services/<service>.md``, for the services
``check_docstrings.services()`` finds in the overlay (the tables above use the same list), so a new service needs no
edit here nor in mkdocs.yml; the build fails when a service has no page or a page no service.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from check_docstrings import services  # a sibling module: mkdocs loads hooks with their folder on sys.path
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r'^<!-- dataports:(?P<kind>[a-z-]+)(?: "(?P<arg>[^"]+)")? -->$', re.MULTILINE)
#: A relative Markdown link in an included file, which would not resolve from the site's pages: kept as its text.
RELATIVE_LINK = re.compile(r"\[([^\]]+)\]\((?!https?://|#)[^)]+\)")


def section(path: Path, title: str) -> str:
    """The body of the ``## title`` section of ``path`` (case-insensitive), up to the next ``##`` heading."""
    lines = path.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("## ") and line[3:].strip().lower() == title.lower()]
    if len(starts) != 1:
        raise PluginError(f"{path.relative_to(ROOT)} has {len(starts)} sections titled {title!r}, expected one")
    body: list[str] = []
    fenced = False
    for line in lines[starts[0] + 1 :]:
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("## "):
            break
        body.append(line)
    text = "\n".join(body).strip()
    if not text:
        raise PluginError(f"the section {title!r} of {path.relative_to(ROOT)} is empty")
    return RELATIVE_LINK.sub(r"\1", text)


def emulator_help() -> str:
    """``dataports-emulator --help``, 100 columns wide whatever the terminal."""
    from dataports_emulators.cli import build_parser

    previous = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"
    try:
        text = build_parser().format_help()
    finally:
        if previous is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous
    return f"```text\n{text.rstrip()}\n```"


def emulator_services() -> str:
    """One row per emulated service: where it is served, what ``seed`` creates, what ``config`` changes."""
    from dataports_emulators.core.app import available_services

    rows = ["| service | API root | seed kinds | settings (`POST /_emulator/config`) |", "|---|---|---|---|"]
    for name, service in available_services().items():
        kinds = ", ".join(f"`{kind}`" for kind in service.seed_kinds) or "—"
        settings = (
            "<br>".join(
                f"`{key}` ({spec.kind.__name__}, default {spec.default}): {spec.help}"
                for key, spec in service.setting_specs.items()
            )
            or "—"
        )
        rows.append(f"| {name} | `/{name}{service.api_prefix}` | {kinds} | {settings} |")
    return "\n".join(rows)


#: The services, alphabetically: the order of the nav and of the tables below.
SERVICES = tuple(services())
#: The nav section the service pages go into, and the folder of ``docs_dir`` holding them.
SERVICES_SECTION = "Services"
SERVICE_PAGES = "services"


def _exported(service: str) -> list[tuple[str, Any]]:
    import importlib

    module = importlib.import_module(f"dataports.{service}")
    return [(name, getattr(module, name)) for name in module.__all__ if not name.startswith("Async")]


def error_map() -> str:
    """Each service's exported exception classes and the ``dataports`` classes each one also is."""
    import dataports

    shared = {getattr(dataports, name) for name in dataports.__all__ if isinstance(getattr(dataports, name), type)}
    rows = ["| service | exception | also (besides `dataports.DataportsError`) |", "|---|---|---|"]
    for service in SERVICES:
        for name, value in _exported(service):
            if isinstance(value, type) and issubclass(value, BaseException):
                kinds = [
                    cls.__name__ for cls in value.__mro__[1:] if cls in shared and cls.__name__ != "DataportsError"
                ]
                rows.append(f"| {service} | `{name}` | {', '.join(f'`{kind}`' for kind in kinds)} |")
    return "\n".join(rows)


def retry_defaults() -> str:
    """Each service's default timeouts and retry policy, read from its client's ``ServiceConfig``."""
    from dataports._core.service_client import ServiceConfig

    rows = [
        "| service | timeout (connect / read) | retries | backoff | rate-limit statuses | retried when rate-limited |",
        "|---|---|---|---|---|---|",
    ]
    for service in SERVICES:
        configs = [getattr(value, "service", None) for _, value in _exported(service) if isinstance(value, type)]
        config = next(c for c in configs if isinstance(c, ServiceConfig))
        retry, timeout = config.retry, config.timeout
        statuses = ", ".join(str(status) for status in sorted(retry.rate_limit_statuses))
        rows.append(
            f"| {service} | {timeout.connect:g} s / {timeout.read:g} s | {retry.max_retries} | "
            f"{retry.initial_delay:g} s doubling, at most {retry.max_delay:g} s | {statuses} | "
            f"{'yes' if retry.retry_rate_limited else 'no (opt in per call)'} |"
        )
    return "\n".join(rows)


def _render(kind: str, arg: str | None) -> str:
    renderers: dict[str, Callable[[], str]] = {
        "readme": lambda: section(ROOT / "README.md", _required(kind, arg)),
        "compat": lambda: section(ROOT / "docs" / "COMPATIBILITY.md", _required(kind, arg)),
        "emulator-help": emulator_help,
        "emulator-services": emulator_services,
        "error-map": error_map,
        "retry-defaults": retry_defaults,
    }
    if kind not in renderers:
        raise PluginError(f"unknown placeholder dataports:{kind}; known: {sorted(renderers)}")
    return renderers[kind]()


def _required(kind: str, arg: str | None) -> str:
    if not arg:
        raise PluginError(f'the placeholder dataports:{kind} needs an argument: <!-- dataports:{kind} "..." -->')
    return arg


def service_nav(docs_dir: Path) -> list[str]:
    """The nav entries of the service pages, one per service, each page's title being its heading."""
    pages = {page.stem for page in (docs_dir / SERVICE_PAGES).glob("*.md")}
    folder = f"{docs_dir.name}/{SERVICE_PAGES}"
    if missing := [service for service in SERVICES if service not in pages]:
        raise PluginError(f"no page for the services {missing}: write {folder}/<service>.md (make new-service does)")
    if strays := sorted(pages - set(SERVICES)):
        raise PluginError(f"{folder}/ has pages for no service: {strays} (services: {list(SERVICES)})")
    return [f"{SERVICE_PAGES}/{service}.md" for service in SERVICES]


def on_config(config: Any) -> Any:
    """Put the service pages into the nav's ``Services`` section, which mkdocs.yml leaves empty."""
    sections = [item for item in config.nav or () if isinstance(item, dict) and SERVICES_SECTION in item]
    if len(sections) != 1 or sections[0][SERVICES_SECTION]:
        raise PluginError(f"mkdocs.yml's nav needs one empty section `- {SERVICES_SECTION}: []` for the service pages")
    sections[0][SERVICES_SECTION] = service_nav(Path(config.docs_dir))
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Replace each placeholder of the page with what it names."""
    return PLACEHOLDER.sub(lambda match: _render(match["kind"], match["arg"]), markdown)

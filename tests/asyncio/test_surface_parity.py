"""The sync and async surfaces match: every twin in a service's ``async_client`` has its sync counterpart's public
methods and properties with the same parameters (names, kinds, defaults) and the same return annotations (with
``Async`` names for what became async), talks to the service only through coroutines, async iterators and async
context managers, and is not a subclass of the sync class it stands for."""

from __future__ import annotations

import importlib
import inspect
import re
from types import ModuleType
from typing import Any

import pytest

SERVICES = ("rapidpro", "gretel", "voxel51", "datagrok", "clicdata")
#: Names of async entry points that are not ``Async<Class>`` / ``async_<function>`` (the ecosystem's spelling).
RENAMED = {"get_async_cloud_client": "get_cloud_client"}
#: Names an annotation may change to on the async surface, besides the twins' own names.
ASYNC_TYPES = {"AsyncIterator": "Iterator", "AsyncIterable": "Iterable", "AsyncGenerator": "Generator"}


def async_module(service: str) -> ModuleType:
    return importlib.import_module(f"dataports.{service}.async_client")


def twins(service: str) -> list[tuple[str, Any, Any]]:
    """(name, sync object, async object) for every public twin of ``service``."""
    sync_package = importlib.import_module(f"dataports.{service}")
    module = async_module(service)
    pairs = []
    for name in module.__all__:
        pairs.append((name, getattr(sync_package, sync_name(name)), getattr(module, name)))
    return pairs


def sync_name(name: str) -> str:
    return RENAMED.get(name) or name.removeprefix("async_").removeprefix("Async")


def public_members(cls: type) -> dict[str, Any]:
    return {name: inspect.getattr_static(cls, name) for name in dir(cls) if not name.startswith("_")}


def unwrap(member: Any) -> Any:
    return member.fget if isinstance(member, property) else getattr(member, "__func__", member)


def sync_spelling(annotation: Any, service: str) -> str:
    """An annotation as the sync surface spells it (``AsyncCursorQuery[Contact]`` -> ``CursorQuery[Contact]``): the
    twins' names (every ``Async*`` class of the generated module) and the async iterator types replaced."""
    module = async_module(service)
    renames = {**ASYNC_TYPES, "AsyncPaginator": "Paginator", "AsyncPageIterator": "PageIterator"}
    renames |= {n: n.replace("Async", "", 1) for n, v in vars(module).items() if isinstance(v, type) and "Async" in n}
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(map(re.escape, renames), key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda match: renames[match.group(1)], str(annotation))


def signature(function: Any, service: str | None = None) -> list[tuple[str, Any, Any, str]]:
    """Each parameter's name, kind, default and annotation (spelt as the sync surface would, given ``service``)."""
    return [
        (p.name, p.kind, p.default, sync_spelling(p.annotation, service) if service else str(p.annotation))
        for p in inspect.signature(function).parameters.values()
    ]


def annotations(function: Any) -> list[str]:
    found = [str(p.annotation) for p in inspect.signature(function).parameters.values()]
    return [*found, str(inspect.signature(function).return_annotation)]


def sync_names_with_twins(annotation: str, service: str) -> set[str]:
    """Names in ``annotation`` of sync classes that have a twin (``CursorQuery`` where ``AsyncCursorQuery`` exists)."""
    module = async_module(service)
    twinned = {n.replace("Async", "", 1) for n, v in vars(module).items() if isinstance(v, type) and "Async" in n}
    return {word for word in re.findall(r"(?<![\w.])\w+", annotation) if word in twinned}


def is_async(function: Any) -> bool:
    return inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(function)


PAIRS = [(service, *pair) for service in SERVICES for pair in twins(service)]


def test_every_service_has_an_async_entry_point() -> None:
    names = {service: async_module(service).__all__ for service in SERVICES}
    assert {"AsyncTembaClient", "AsyncCursorQuery", "AsyncCursorIterator"} <= set(names["rapidpro"])
    assert {"AsyncClient", "AsyncProject", "get_async_cloud_client"} <= set(names["gretel"])
    assert "AsyncAPI" in names["voxel51"]
    assert {"AsyncDatagrokClient", "AsyncTablesClient", "AsyncFilesClient"} <= set(names["datagrok"])
    assert {"AsyncSession", "AsyncSessionManager", "AsyncData", "AsyncAccount", "AsyncClicData"} <= set(
        names["clicdata"]
    )


@pytest.mark.parametrize(("service", "name", "sync", "twin"), PAIRS, ids=[f"{p[0]}.{p[1]}" for p in PAIRS])
def test_twin_has_the_same_public_surface(service: str, name: str, sync: Any, twin: Any) -> None:
    if inspect.isfunction(sync):
        assert signature(twin, service) == signature(sync)
        assert sync_spelling(inspect.signature(twin).return_annotation, service) == str(
            inspect.signature(sync).return_annotation
        )
        return
    assert not issubclass(twin, sync), f"{name} must not pass for a {sync.__name__}"
    sync_members, twin_members = public_members(sync), public_members(twin)
    assert sorted(twin_members) == sorted(sync_members)
    for member, sync_member in sync_members.items():
        twin_member = twin_members[member]
        assert isinstance(twin_member, property) == isinstance(sync_member, property), member
        sync_function, twin_function = unwrap(sync_member), unwrap(twin_member)
        if not callable(sync_function):
            assert twin_member is sync_member or twin_member == sync_member, member
            continue
        assert signature(twin_function, service) == signature(sync_function), member
        returned = inspect.signature(twin_function).return_annotation
        assert sync_spelling(returned, service) == str(inspect.signature(sync_function).return_annotation), member
        if is_async(sync_function):  # already async on the sync client (``aclose``): still async
            assert is_async(twin_function), member
        for annotation in annotations(twin_function):
            stale = sync_names_with_twins(annotation, service)
            assert not stale, f"{name}.{member} is annotated with the sync {stale} where its twin is meant"


def test_what_talks_to_the_service_is_async() -> None:
    """A sample of each kind of call, asserted by name (the parity test above cannot tell I/O from pure code)."""
    rapidpro, gretel, voxel51, datagrok, clicdata = (async_module(s) for s in SERVICES)
    for method in ("get_org", "create_contact", "bulk_add_contacts", "get_definitions", "delete_label"):
        assert inspect.iscoroutinefunction(getattr(rapidpro.AsyncTembaClient, method)), method
    for method in ("get_contacts", "get_runs"):  # lazy listings: the query is built at once, fetched later
        assert not is_async(getattr(rapidpro.AsyncTembaClient, method)), method
    query = rapidpro.AsyncCursorQuery
    assert inspect.iscoroutinefunction(query.all) and inspect.iscoroutinefunction(query.first)
    assert inspect.isasyncgenfunction(query.iter) and inspect.iscoroutinefunction(query.to_dataframe)
    assert hasattr(rapidpro.AsyncCursorIterator, "__anext__") and not hasattr(rapidpro.AsyncCursorIterator, "__next__")
    for method in ("get_project", "search_projects", "detect_entities", "list_samples", "get_sample"):
        assert inspect.iscoroutinefunction(getattr(gretel.AsyncClient, method)), method
    for method in ("send", "send_bulk", "send_dataframe", "flush", "delete", "head", "sample", "get_field_details"):
        assert inspect.iscoroutinefunction(getattr(gretel.AsyncProject, method)), method
    assert inspect.iscoroutinefunction(gretel.AsyncProject.record_count.fget)  # `await project.record_count`
    assert not is_async(gretel.AsyncProject.iter_records)  # returns an async iterator at once
    assert not is_async(gretel.AsyncProject.get_console_url)
    for method in ("upload_data", "download_job_output", "wait_until_job_completes", "wait_until_jobs_complete"):
        assert inspect.iscoroutinefunction(getattr(voxel51.AsyncAPI, method)), method
    assert not is_async(voxel51.AsyncAPI.thread_map)
    for method in ("download_table", "upload_table", "download_file", "upload_file", "sync_dir", "list_groups"):
        assert inspect.iscoroutinefunction(getattr(datagrok.AsyncDatagrokClient, method)), method
    assert inspect.iscoroutinefunction(datagrok.AsyncFilesClient.sync_dir)
    for method in ("get_data", "get_data_history", "append_data", "create_data", "retrieve_paginated_data"):
        assert inspect.iscoroutinefunction(getattr(clicdata.AsyncData, method)), method
    assert inspect.iscoroutinefunction(clicdata.AsyncSession.api_call)
    assert not is_async(clicdata.AsyncSession.reinitialize) and not is_async(clicdata.AsyncSessionManager.get_session)


@pytest.mark.parametrize("service", SERVICES)
def test_async_clients_are_async_context_managers(service: str) -> None:
    module = async_module(service)
    entries = {
        "rapidpro": ["AsyncTembaClient"],
        "gretel": ["AsyncClient"],
        "voxel51": ["AsyncAPI"],
        "datagrok": ["AsyncDatagrokClient"],
        "clicdata": [
            "AsyncSession",
            "AsyncClicData",
            "AsyncData",
            "AsyncAccount",
            "AsyncDashboard",
            "AsyncSchedule",
            "AsyncTeam",
            "AsyncUser",
        ],
    }[service]
    for entry in entries:
        cls = getattr(module, entry)
        assert inspect.iscoroutinefunction(cls.__aenter__) and inspect.iscoroutinefunction(cls.__aexit__), entry
        assert inspect.iscoroutinefunction(cls.aclose), entry

"""Fixtures for the asyncio clients' tests: ``async def`` tests run on a fresh event loop each (``asyncio.run``), and
``exercised`` records which functions of the generated async modules ran, so each service's end-to-end module can
check that its scenarios called every async method."""

from __future__ import annotations

import asyncio
import inspect
import sys
import threading
from collections.abc import Iterator
from types import CodeType, FrameType
from typing import Any

import pytest

#: Code objects of the generated modules that ran during this session (any thread).
EXERCISED: set[CodeType] = set()
GENERATED_SUFFIX = "async_client.py"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests to completion on an event loop of their own (no plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(asyncio.wait_for(pyfuncitem.obj(**arguments), timeout=120))
    return True


def _record(frame: FrameType, event: str, argument: Any) -> None:
    if event == "call" and frame.f_code.co_filename.endswith(GENERATED_SUFFIX):
        EXERCISED.add(frame.f_code)


@pytest.fixture(autouse=True)
def exercised() -> Iterator[set[CodeType]]:
    """Record the generated functions each test runs (a profile hook: coroutines count from their first step)."""
    previous = sys.getprofile()
    sys.setprofile(_record)
    threading.setprofile(_record)
    try:
        yield EXERCISED
    finally:
        sys.setprofile(previous)
        threading.setprofile(None)  # type: ignore[arg-type]


@pytest.fixture
def threads_started_here(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """Threads started from this (the test's, the event loop's) thread while the test runs. An in-process emulator
    starts threads of its own, from its own thread: those are not counted."""
    started: list[threading.Thread] = []
    original = threading.Thread.start
    here = threading.current_thread()

    def start(thread: threading.Thread) -> None:
        if threading.current_thread() is here:
            started.append(thread)
        original(thread)

    monkeypatch.setattr(threading.Thread, "start", start)
    return started


def generated_members(cls: type) -> dict[str, CodeType]:
    """Public methods and properties of ``cls`` (inherited ones included) defined in a generated module."""
    found: dict[str, CodeType] = {}
    for name in dir(cls):
        if name.startswith("_"):
            continue
        member = inspect.getattr_static(cls, name)
        function = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
        code = getattr(function, "__code__", None)
        if isinstance(code, CodeType) and code.co_filename.endswith(GENERATED_SUFFIX):
            found[name] = code
    return found


#: Node ids of the tests that passed in this session.
PASSED: set[str] = set()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and report.passed:
        PASSED.add(report.nodeid)


def assert_every_generated_member_ran(request: pytest.FixtureRequest, *classes: type) -> None:
    """Fail naming each public generated member of ``classes`` that no test ran. Only meaningful once every other
    test of the calling module passed in this session (it is their coverage): skipped otherwise."""
    module = request.node.module
    path = request.node.nodeid.partition("::")[0]
    others = {name for name in vars(module) if name.startswith("test_") and name != request.node.originalname}
    passed = {node.partition("::")[2].partition("[")[0] for node in PASSED if node.partition("::")[0] == path}
    if not others <= passed:
        pytest.skip("checks the coverage of this module's scenarios: run (and pass) all of them")
    members = {f"{cls.__name__}.{name}": code for cls in classes for name, code in generated_members(cls).items()}
    missing = sorted(name for name, code in members.items() if code not in EXERCISED)
    assert not missing, f"async methods no end-to-end test ran: {missing}"

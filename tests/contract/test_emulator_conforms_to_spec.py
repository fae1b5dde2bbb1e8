"""schemathesis drives every operation of each service's spec against the live emulator: no 5xx, no response
outside the spec. Services are discovered from the emulator, so a new service is covered without editing this file.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
import schemathesis
from dataports_emulators.core.app import available_services
from dataports_emulators.core.specs import load_spec
from dataports_emulators.testing import RunningEmulator, run_emulator
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

SERVICES = available_services()
#: Examples per operation: enough to find shapes the emulator mishandles, few enough for a CI budget on 2 cores.
EXAMPLES = 25


def root_of(name: str) -> str:
    return f"/{name}{SERVICES[name].api_prefix}"


def schema_for(name: str) -> schemathesis.schemas.BaseSchema:
    spec = copy.deepcopy(load_spec(SERVICES[name].spec_file))
    spec["servers"] = [{"url": root_of(name)}]
    return schemathesis.openapi.from_dict(spec)


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    # A private emulator: fuzzed writes must not leak into the session emulator other tests share.
    with run_emulator(services=list(SERVICES)) as running:
        for name, service in SERVICES.items():
            for kind, count, params in service.contract_seeds:
                running.seed(name, kind, count, **params)
        yield running


def _contract_test(name: str):  # type: ignore[no-untyped-def]
    @schema_for(name).parametrize()
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    def test(case: schemathesis.Case, emulator: RunningEmulator) -> None:
        case.call_and_validate(
            base_url=emulator.url + root_of(name),
            headers=dict(SERVICES[name].client_headers(emulator.token)),
            checks=[not_a_server_error, response_schema_conformance],
        )

    return test


for _name in SERVICES:
    globals()[f"test_{_name}"] = _contract_test(_name)

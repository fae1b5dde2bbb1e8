"""schemathesis drives every operation of each spec against the live emulator: no 5xx, no response outside the spec."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
import schemathesis
from dataports_emulators.core.specs import load_spec
from dataports_emulators.testing import RunningEmulator, run_emulator
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

RAPIDPRO_ROOT = "/rapidpro/api/v2"


def schema_for(spec_file: str, root: str) -> schemathesis.schemas.BaseSchema:
    spec = copy.deepcopy(load_spec(spec_file))
    spec["servers"] = [{"url": root}]
    return schemathesis.openapi.from_dict(spec)


rapidpro_schema = schema_for("rapidpro.yaml", RAPIDPRO_ROOT)
gretel_schema = schema_for("gretel.yaml", "/gretel")
voxel51_schema = schema_for("voxel51.yaml", "/voxel51")


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    # A private emulator: fuzzed writes must not leak into the session emulator other tests share.
    with run_emulator(services=["rapidpro", "gretel", "voxel51"]) as running:
        running.seed("rapidpro", "contacts", 5)
        running.seed("gretel", "records", 20, project="demo")
        yield running


@rapidpro_schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_rapidpro(case: schemathesis.Case, emulator: RunningEmulator) -> None:
    case.call_and_validate(
        base_url=emulator.url + RAPIDPRO_ROOT,
        headers={"Authorization": f"Token {emulator.token}"},
        checks=[not_a_server_error, response_schema_conformance],
    )


@gretel_schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_gretel(case: schemathesis.Case, emulator: RunningEmulator) -> None:
    case.call_and_validate(
        base_url=emulator.url + "/gretel",
        headers={"Authorization": emulator.token},
        checks=[not_a_server_error, response_schema_conformance],
    )


@voxel51_schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_voxel51(case: schemathesis.Case, emulator: RunningEmulator) -> None:
    case.call_and_validate(
        base_url=emulator.url + "/voxel51",
        headers={"Authorization": f"Bearer {emulator.token}"},
        checks=[not_a_server_error, response_schema_conformance],
    )

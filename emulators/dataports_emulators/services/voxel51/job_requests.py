"""Check a job request JSON against its analytic's doc, the way the platform does before it accepts a job.

Besides the analytic's own parameters, every request may carry the emulator's failure switch ``"fail"``:
``true`` (an ``ANALYTIC`` failure) or one of ``USER``/``ANALYTIC``/``PLATFORM``, to make the job fail when it would
otherwise complete. It lets client code exercise its failure handling without a broken analytic.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from dataports_emulators.core.collection import Record
from dataports_emulators.core.errors import bad_request

from .catalogue import Analytic, Catalogue
from .storage import DataStore

COMPUTE_MODES = ("CPU", "GPU", "BEST")
FAILURE_TYPES = ("USER", "ANALYTIC", "PLATFORM")
FAIL_SWITCH = "fail"


@attrs.frozen
class InputFact:
    """What a job knows of one input, captured when the job is created (data never changes once uploaded)."""

    name: str
    data_id: str | None
    signed_url: str | None
    filename: str
    size: int
    type: str
    sha256: str

    def describe(self) -> Record:
        """The input as job status documents show it."""
        source: Record = {"data_id": self.data_id} if self.data_id else {"signed_url": self.signed_url}
        return {**source, "name": self.filename, "size": self.size, "type": self.type}


@attrs.frozen
class CheckedRequest:
    """A job request that passed every check, with its effective parameters."""

    analytic: Analytic
    compute_mode: str
    inputs: tuple[InputFact, ...]
    parameters: Record
    #: Every data item the job reads (inputs and data parameters); losing one before the job runs fails it.
    data_ids: tuple[str, ...]
    planned_failure: str | None


def _data_fact(store: DataStore, name: str, where: str, ref: Mapping[str, Any], moment: datetime) -> InputFact:
    if "data-id" in ref:
        data_id = ref["data-id"]
        if not isinstance(data_id, str) or not data_id:
            raise bad_request(f"{where}: `data-id` must be a non-empty string")
        store.purge(moment)
        item = store.items.get(data_id)
        if item is None:
            state = "has expired or was deleted" if data_id in store.removed_at else "does not exist"
            raise bad_request(f"{where}: data {data_id!r} {state}")
        return InputFact(name, item.id, None, item.name, item.size, item.type, item.sha256)
    if "signed-url" in ref:
        url = ref["signed-url"]
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise bad_request(f"{where}: `signed-url` must be an http(s) URL")
        # The emulator never fetches the URL, so the URL itself stands in for the bytes in the output.
        filename = url.split("?", 1)[0].rsplit("/", 1)[-1] or "input"
        return InputFact(name, None, url, filename, 0, "", hashlib.sha256(url.encode()).hexdigest())
    raise bad_request(f'{where}: expected {{"data-id": "<data id>"}} or {{"signed-url": "<url>"}}')


def _check_value(name: str, spec: Mapping[str, Any], value: Any) -> Any:
    kind = str(spec.get("type", "")).rsplit(".", 1)[-1]
    if kind == "Number":
        number: Any = value
        if isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                number = None
        if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number):
            raise bad_request(f"parameter '{name}' must be a number, got {value!r}")
        return value
    if kind == "Boolean" and not isinstance(value, bool):
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value
        raise bad_request(f"parameter '{name}' must be a boolean, got {value!r}")
    if kind == "String" and not isinstance(value, str):
        raise bad_request(f"parameter '{name}' must be a string, got {value!r}")
    if kind == "Array" and not isinstance(value, list):
        raise bad_request(f"parameter '{name}' must be an array, got {value!r}")
    if kind == "Object" and not isinstance(value, dict):
        raise bad_request(f"parameter '{name}' must be an object, got {value!r}")
    return value


def _planned_failure(value: Any) -> str | None:
    if value is None or value is False:
        return None
    if value is True:
        return "ANALYTIC"
    if isinstance(value, str) and value.upper() in FAILURE_TYPES:
        return value.upper()
    raise bad_request(f"parameter '{FAIL_SWITCH}' must be true, false or one of {', '.join(FAILURE_TYPES)}")


def check_job_request(request: Any, catalogue: Catalogue, store: DataStore, moment: datetime) -> CheckedRequest:
    """Check ``request`` as the platform does before accepting a job; a 400 naming the first problem."""
    if not isinstance(request, dict):
        raise bad_request("Invalid job request: expected a JSON object")
    name = request.get("analytic")
    if not isinstance(name, str) or not name.strip():
        raise bad_request("Invalid job request: `analytic` must name an analytic")
    version = request.get("version")
    if version is not None and not isinstance(version, str):
        raise bad_request("Invalid job request: `version` must be a string")
    mode = request.get("compute_mode") or "BEST"
    if mode not in COMPUTE_MODES:
        raise bad_request(f"Invalid job request: `compute_mode` must be one of {', '.join(COMPUTE_MODES)}")
    inputs = request.get("inputs", {})
    parameters = request.get("parameters", {})
    if not isinstance(inputs, dict):
        raise bad_request("Invalid job request: `inputs` must be an object")
    if not isinstance(parameters, dict):
        raise bad_request("Invalid job request: `parameters` must be an object")

    analytic = catalogue.resolve(name.strip(), version)
    label = f"{analytic.name} {analytic.version}"
    if mode == "GPU" and not analytic.supports_gpu:
        raise bad_request(f"Analytic {label} does not support GPU execution")
    if mode == "CPU" and not analytic.supports_cpu:
        raise bad_request(f"Analytic {label} does not support CPU execution")

    known_inputs = {spec["name"]: spec for spec in analytic.inputs()}
    unknown = sorted(set(inputs) - set(known_inputs))
    if unknown:
        raise bad_request(
            f"Unknown input(s) {', '.join(unknown)} for analytic {label}; inputs are: {', '.join(known_inputs)}"
        )
    missing = [n for n, spec in known_inputs.items() if spec.get("required", True) and n not in inputs]
    if missing:
        raise bad_request(f"Missing required input(s) {', '.join(missing)} for analytic {label}")

    facts: list[InputFact] = []
    data_ids: list[str] = []
    for input_name, ref in inputs.items():
        if not isinstance(ref, dict):
            raise bad_request(f'input \'{input_name}\': expected {{"data-id": "<data id>"}}')
        fact = _data_fact(store, input_name, f"input '{input_name}'", ref, moment)
        facts.append(fact)
        if fact.data_id:
            data_ids.append(fact.data_id)

    known_params = {spec["name"]: spec for spec in analytic.parameters()}
    unknown = sorted(set(parameters) - set(known_params) - {FAIL_SWITCH})
    if unknown:
        raise bad_request(
            f"Unknown parameter(s) {', '.join(unknown)} for analytic {label}; "
            f"parameters are: {', '.join(known_params) or '(none)'}"
        )
    missing = [n for n, spec in known_params.items() if spec.get("required") and n not in parameters]
    if missing:
        raise bad_request(f"Missing required parameter(s) {', '.join(missing)} for analytic {label}")
    effective: Record = {n: spec["default"] for n, spec in known_params.items() if "default" in spec}
    for param_name, value in parameters.items():
        if param_name == FAIL_SWITCH:
            continue
        if isinstance(value, dict) and ("data-id" in value or "signed-url" in value):
            fact = _data_fact(store, param_name, f"parameter '{param_name}'", value, moment)
            if fact.data_id:
                data_ids.append(fact.data_id)
        else:
            _check_value(param_name, known_params[param_name], value)
        effective[param_name] = value

    return CheckedRequest(
        analytic=analytic,
        compute_mode=mode,
        inputs=tuple(facts),
        parameters=effective,
        data_ids=tuple(data_ids),
        planned_failure=_planned_failure(parameters.get(FAIL_SWITCH)),
    )

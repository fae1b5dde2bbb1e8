"""The functions a new deployment can call: ``Demo:Add(a, b)`` and ``Demo:Echo(value)``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from dataports_emulators.core.errors import ServiceError


def _number(name: str, value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ServiceError(400, f"Parameter {name!r} must be a number, got {type(value).__name__}")
    return value


def _add(params: Mapping[str, Any]) -> Any:
    return _number("a", params["a"]) + _number("b", params["b"])


def _echo(params: Mapping[str, Any]) -> Any:
    return params["value"]


#: REST-form name (lower case) -> (input names, implementation).
FUNCTIONS: dict[str, tuple[tuple[str, ...], Callable[[Mapping[str, Any]], Any]]] = {
    "demo.add": (("a", "b"), _add),
    "demo.echo": (("value",), _echo),
}


def call(name: str, params: Any) -> Any:
    """The result of calling ``name`` with ``params``; ``LookupError`` for an unknown function, a ``ServiceError``
    (reported with a 200 and the ``api-error`` header) for bad parameters."""
    found = FUNCTIONS.get(name.lower())
    if found is None:
        raise LookupError(name)
    inputs, run = found
    if not isinstance(params, Mapping):
        raise ServiceError(400, "The parameters must be a JSON object")
    missing = [n for n in inputs if n not in params]
    unknown = sorted(set(params) - set(inputs))
    if missing or unknown:
        problems = ([f"missing {', '.join(missing)}"] if missing else []) + (
            [f"unknown {', '.join(unknown)}"] if unknown else []
        )
        raise ServiceError(400, f"Function {name} takes ({', '.join(inputs)}): {'; '.join(problems)}")
    return run(params)

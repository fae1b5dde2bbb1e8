"""Validate incoming requests against the service's OpenAPI operation: query, header, JSON and form bodies.

Violations come back as ``{field: [messages]}`` so each service can answer in its own error shape with its real status.
Multipart bodies are left to the handlers, which stream them (uploads can be larger than memory).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl

import attrs
import jsonschema

from dataports_emulators.core.bodies import InvalidJson, loads_bounded
from dataports_emulators.core.errors import MAX_ERROR_FIELDS
from dataports_emulators.core.specs import load_spec

NON_FIELD = "non_field_errors"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


@attrs.frozen
class Parameter:
    """One query, path or header parameter of an operation, with its schema's validator."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    validator: Any


@attrs.frozen
class Operation:
    """One method on one path of the spec: its parameters and what its body must be."""

    method: str
    template: str
    pattern: re.Pattern[str]
    operation_id: str
    parameters: tuple[Parameter, ...]
    body_kind: str | None  # "json", "form", "multipart", "binary" or None
    body_required: bool
    body_validator: Any
    #: A quick exact test that a JSON body is valid, for the schemas simple enough to have one (``_quick_check``);
    #: jsonschema then runs only for a body that fails it, to word the errors.
    body_check: Callable[[Any], bool] | None = None


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _validator(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
    # Embedding the components lets "#/components/..." references resolve against this root.
    root = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "components": spec.get("components", {}),
    }
    return jsonschema.Draft202012Validator(root, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


#: Schema keywords that say nothing about what is valid.
_ANNOTATIONS = frozenset({"description", "title", "example", "examples"})


def _quick_check(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Callable[[Any], bool] | None:
    """An exact validity test for a schema of the form ``{type: object, additionalProperties: {type: string}}`` (a
    map of names to strings, such as Datagrok's sync meta, with thousands of entries): jsonschema spends about 10 µs
    on each entry. ``None`` for any other schema."""
    node = _resolve(spec, schema)
    if set(node) - _ANNOTATIONS != {"type", "additionalProperties"} or node["type"] != "object":
        return None
    values = node["additionalProperties"]
    if not isinstance(values, Mapping):
        return None
    values = _resolve(spec, values)
    if set(values) - _ANNOTATIONS != {"type"} or values["type"] != "string":
        return None

    def check(instance: Any) -> bool:
        return type(instance) is dict and all(type(value) is str for value in instance.values())

    return check


def _template_regex(template: str, multi_segment: Collection[str] = ()) -> re.Pattern[str]:
    """The path template as a regex; a parameter marked ``x-dataports-multi-segment`` (a file path under a
    connector, say) may span slashes, and even be empty, where a plain one is a single non-empty segment."""

    def group(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"(?P<{name}>.*)" if name in multi_segment else f"(?P<{name}>[^/]+)"

    return re.compile("^" + re.sub(r"\\{([^}]+)\\}", group, re.escape(template)) + "$")


class SpecValidator:
    """All operations of one spec, matched by method and path."""

    def __init__(self, spec_file: str) -> None:
        spec = load_spec(spec_file)
        self.operations: list[Operation] = []
        for template, item in spec.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in _METHODS:
                if method in item:
                    self.operations.append(self._build(spec, template, method, item[method], shared))
        # Literal segments beat templated ones when both match ("/jobs/list" before "/jobs/{job_id}").
        self.operations.sort(key=lambda op: (op.template.count("{"), -len(op.template)))

    def _build(
        self, spec: Mapping[str, Any], template: str, method: str, op: Mapping[str, Any], shared: Sequence[Any]
    ) -> Operation:
        params: dict[tuple[str, str], Parameter] = {}
        multi_segment: set[str] = set()
        for raw in [*shared, *op.get("parameters", [])]:
            param = _resolve(spec, raw)
            if param["in"] == "path" and param.get("x-dataports-multi-segment"):
                multi_segment.add(param["name"])
            schema = param.get("schema", {})
            params[(param["name"], param["in"])] = Parameter(
                name=param["name"],
                location=param["in"],
                required=bool(param.get("required", param["in"] == "path")),
                schema=_resolve(spec, schema),
                validator=_validator(spec, schema),
            )
        body_kind, body_required, body_validator, body_check = None, False, None, None
        if "requestBody" in op:
            body = _resolve(spec, op["requestBody"])
            body_required = bool(body.get("required", False))
            content = body.get("content", {})
            if "application/json" in content:
                body_kind = "json"
                body_validator = _validator(spec, content["application/json"].get("schema", {}))
                body_check = _quick_check(spec, content["application/json"].get("schema", {}))
            elif "application/x-www-form-urlencoded" in content:
                body_kind = "form"
                body_validator = _validator(spec, content["application/x-www-form-urlencoded"].get("schema", {}))
            elif "multipart/form-data" in content:
                body_kind = "multipart"
            else:
                body_kind = "binary"
        return Operation(
            method=method.upper(),
            template=template,
            pattern=_template_regex(template, multi_segment),
            operation_id=op.get("operationId", f"{method} {template}"),
            parameters=tuple(params.values()),
            body_kind=body_kind,
            body_required=body_required,
            body_validator=body_validator,
            body_check=body_check,
        )

    def match(self, method: str, path: str) -> tuple[Operation | None, bool]:
        """The operation for ``method`` and ``path``; the flag says whether the path exists under another method."""
        path_known = False
        for op in self.operations:
            if op.pattern.match(path):
                if op.method == method:
                    return op, True
                path_known = True
        return None, path_known


def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    """Turn a query-string value into the JSON type its schema asks for (left as text when it does not fit)."""
    types = schema.get("type")
    candidates = types if isinstance(types, list) else [types]
    for kind in candidates:
        if kind == "integer":
            try:
                return int(value)
            except ValueError:
                continue
        if kind == "number":
            try:
                return float(value)
            except ValueError:
                continue
        if kind == "boolean" and value.lower() in _TRUE | _FALSE:
            return value.lower() in _TRUE
        if kind == "null" and value in ("", "null"):
            return None
    return value


def _messages(validator: Any, instance: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    # Errors come lazily; a body with a million bad items stops costing anything once enough are reported.
    for error in itertools.islice(validator.iter_errors(instance), 2 * MAX_ERROR_FIELDS):
        prefix = ".".join(str(p) for p in error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, dict):
            for name in (n for n in error.validator_value if n not in error.instance):
                found.setdefault(f"{prefix}.{name}" if prefix else name, []).append("This field is required.")
        else:
            found.setdefault(prefix or NON_FIELD, []).append(error.message)
    return found


def validate_request(
    op: Operation,
    query_string: str,
    headers: Mapping[str, str],
    body: bytes | None,
) -> tuple[dict[str, list[str]], Any]:
    """Check a request against ``op``. Returns ``(field errors, decoded body)``; no errors means it is valid."""
    errors: dict[str, list[str]] = {}
    query: dict[str, list[str]] = {}
    for key, value in parse_qsl(query_string, keep_blank_values=True):
        query.setdefault(key, []).append(value)
    for param in op.parameters:
        if param.location == "query":
            values = query.get(param.name)
            if values is None:
                if param.required:
                    errors.setdefault(param.name, []).append("This field is required.")
                continue
            if param.schema.get("type") == "array":
                items = param.schema.get("items", {})
                instance: Any = [_coerce(v, items) for v in _split_array(values)]
            else:
                instance = _coerce(values[-1], param.schema)
            for message in (e.message for e in param.validator.iter_errors(instance)):
                errors.setdefault(param.name, []).append(message)
        elif param.location == "header" and param.required and param.name.lower() not in headers:
            errors.setdefault(param.name, []).append("This header is required.")
    decoded: Any = None
    if op.body_kind == "json":
        if body:
            try:
                decoded = loads_bounded(body)
            except InvalidJson as exc:
                errors.setdefault(NON_FIELD, []).append(f"JSON parse error: {exc}.")
                return errors, None
            if op.body_check is not None and op.body_check(decoded):
                return errors, decoded
            for key, messages in _messages(op.body_validator, decoded).items():
                errors.setdefault(key, []).extend(messages)
        elif op.body_required:
            errors.setdefault(NON_FIELD, []).append("A JSON request body is required.")
    elif op.body_kind == "form":
        # Form values arrive as text; turn them into the types the schema declares, as for query parameters.
        root = op.body_validator.schema
        properties = _resolve(root, root).get("properties", {})
        decoded = {
            key: _coerce(value, _resolve(root, properties.get(key, {})))
            for key, value in parse_qsl((body or b"").decode("utf-8", "replace"), keep_blank_values=True)
        }
        for key, messages in _messages(op.body_validator, decoded).items():
            errors.setdefault(key, []).extend(messages)
    return errors, decoded


def _split_array(values: Iterable[str]) -> list[str]:
    """Repeated keys (``a=1&a=2``) and comma lists (``a=1,2``) both mean an array."""
    out: list[str] = []
    for value in values:
        out.extend(part for part in value.split(",") if part != "")
    return out

"""Hostile inputs for every operation of a spec: values built from the operation's schemas, then made deep, large
or unicode-heavy. Shared by the hostile-input sweep and the concurrency test."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

import attrs
from dataports_emulators.core.specs import load_spec

#: Every kind of trouble text can carry: emoji (astral plane), combining marks, right-to-left override,
#: zero-width joiner, CJK, NUL and other controls, a lone surrogate's replacement, quotes and markup.
UNICODE = "Zoë 😀👩‍👩‍👧 e\u0301\u0301 \u202eevil\u202c 漢字 \x00\x07\x1b \ufffd \"'<b>&amp;\\ \u2028\u2029"
LARGE_TEXT = "Ωx" * 200_000
DEEP_LEVELS = 1_000

_METHODS = ("get", "put", "post", "delete", "patch")


@attrs.frozen
class Operation:
    method: str
    path: str
    path_params: tuple[str, ...]
    query: Mapping[str, Any]
    body_kind: str | None
    body_schema: Mapping[str, Any] | None


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(spec_file: str) -> list[Operation]:
    """Every operation of the spec, with its parameters' schemas resolved."""
    spec = load_spec(spec_file)
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            if method not in item:
                continue
            op = item[method]
            params = [_resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            query = {p["name"]: _resolve(spec, p.get("schema", {})) for p in params if p["in"] == "query"}
            names = tuple(p["name"] for p in params if p["in"] == "path")
            kind, schema = None, None
            if "requestBody" in op:
                content = _resolve(spec, op["requestBody"]).get("content", {})
                for media, short in (
                    ("application/json", "json"),
                    ("application/x-www-form-urlencoded", "form"),
                    ("multipart/form-data", "multipart"),
                ):
                    if media in content:
                        kind, schema = short, _resolve(spec, content[media].get("schema", {}))
                        break
            found.append(Operation(method.upper(), path, names, query, kind, schema))
    return found


def value_for(spec_file: str, schema: Any, text: str, depth: int = 0) -> Any:
    """A value shaped by ``schema`` (first choice of unions and enums) whose free text is ``text``."""
    spec = load_spec(spec_file)
    schema = _resolve(spec, schema) or {}
    for union in ("oneOf", "anyOf", "allOf"):
        if union in schema:
            return value_for(spec_file, schema[union][0], text, depth)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if depth > 6:
        return None
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: value_for(spec_file, sub, text, depth + 1) for name, sub in properties.items()}
    if kind == "array":
        return [value_for(spec_file, schema.get("items", {}), text, depth + 1)]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1.5))
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if schema.get("format") == "date-time":
        return "2031-01-01T00:00:00Z"
    if schema.get("format") == "uri":
        return "https://example.com/" + quote(text[:50])
    limit = schema.get("maxLength")
    return text if limit is None or len(text) <= limit else text[:limit]


def deep_json(levels: int = DEEP_LEVELS, inner: str = '"bottom"') -> str:
    """JSON text nested ``levels`` deep, arrays and objects alternating (built as text: encoders recurse)."""
    opening = "".join('{"k":' if i % 2 else "[" for i in range(levels))
    closing = "".join("}" if i % 2 else "]" for i in reversed(range(levels)))
    return opening + inner + closing


def _json_request(op: Operation, text: str) -> dict[str, Any]:
    return {
        "method": op.method,
        "url": _filled(op),
        "content": text.encode(),
        "headers": {"Content-Type": "application/json"},
    }


def variants(spec_file: str, op: Operation) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(name, httpx request keywords)`` pairs: unicode everywhere, large text, deep bodies."""
    for name, text in (("unicode", UNICODE), ("large", LARGE_TEXT)):
        path = op.path
        for param in op.path_params:
            path = path.replace("{" + param + "}", quote(text[:2000], safe=""))
        query = {k: str(value_for(spec_file, s, text[:2000])) for k, s in op.query.items()}
        request: dict[str, Any] = {"method": op.method, "url": path, "params": query}
        if op.body_kind == "json":
            request["json"] = value_for(spec_file, op.body_schema, text)
        elif op.body_kind == "form":
            body = value_for(spec_file, op.body_schema, text)
            request["data"] = {k: str(v) for k, v in (body or {}).items()}
        elif op.body_kind == "multipart":
            request["files"] = {"file": (text[:200], text.encode("utf-8", "surrogatepass"), "application/json")}
            request["data"] = {"job_name": text[:1000], "analytic_type": text[:100]}
        yield name, request
    if op.body_kind in ("json", None):
        for levels in (70, DEEP_LEVELS):
            yield f"deep-{levels}", _json_request(op, deep_json(levels))
    if op.body_kind == "json" and op.body_schema is not None:
        body = value_for(spec_file, op.body_schema, UNICODE)
        for key in list(body)[:3] if isinstance(body, dict) else ():
            # Deep inside an otherwise valid body, at the nesting the limit still accepts and just past it.
            for levels in (60, 300):
                nested = json.dumps({**body, key: "__deep__"}).replace('"__deep__"', deep_json(levels))
                yield f"deep-{levels}-in-{key}", _json_request(op, nested)


def _filled(op: Operation) -> str:
    path = op.path
    for param in op.path_params:
        path = path.replace("{" + param + "}", "demo")
    return path

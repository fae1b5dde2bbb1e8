"""ClicData's wire conventions: the demo credentials, the API's error body and the OAuth token endpoint's error
body, plain-text answers, and integer path parameters.

Error bodies follow ClicData's versioned API, ``{"success": false, "error": {"code", "description"}}``, with
``column`` and ``row`` added for refused row writes. Handlers raise ``ServiceError`` as everywhere; the extra
details travel in its ``fields`` under the reserved keys below, which no request body uses as a field name.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from dataports_emulators.core.errors import FieldErrors, ServiceError
from dataports_emulators.core.responses import json_response

#: The OAuth client id the emulator knows; its client secret is the emulator token.
CLIENT_ID = "dataports-demo"
#: The account owner's login for Basic credentials; the password is the emulator token.
OWNER_EMAIL = "demo@dataports.dev"
TOKEN_PATH = "/oauth20/token"

CODE_KEY, COLUMN_KEY, ROW_KEY = "@code", "@column", "@row"
_RESERVED = (CODE_KEY, COLUMN_KEY, ROW_KEY)
_CODES = {
    400: "InvalidRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    413: "RequestTooLarge",
    429: "TooManyRequests",
}
#: A validation error inside an append body names the row: ``data.<row>.<cell>...``.
_ROW_FIELD = re.compile(r"^data\.(\d+)\.")


def basic_header(client_id: str, email: str, password: str) -> str:
    """``Basic base64("<client_id>:" + base64("<email>:<password>"))``, as ClicData documents it."""
    inner = base64.b64encode(f"{email}:{password}".encode()).decode("ascii")
    return "Basic " + base64.b64encode(f"{client_id}:{inner}".encode()).decode("ascii")


def api_error(
    status: int, description: str, *, code: str | None = None, column: str | None = None, row: int | None = None
) -> ServiceError:
    """A ``ServiceError`` whose body carries a specific ``code``, and the ``column``/``row`` of a refused write."""
    details: dict[str, list[str]] = {}
    if code:
        details[CODE_KEY] = [code]
    if column is not None:
        details[COLUMN_KEY] = [column]
    if row is not None:
        details[ROW_KEY] = [str(row)]
    return ServiceError(status, description, details or None)


def error_body(status: int, message: str, fields: FieldErrors | None) -> dict[str, Any]:
    """The API's error object for a refusal."""
    given = dict(fields or {})
    detail: dict[str, Any] = {"code": _first(given.get(CODE_KEY)) or _default_code(status), "description": message}
    column = _first(given.get(COLUMN_KEY))
    row = _first(given.get(ROW_KEY))
    problems = {name: list(messages) for name, messages in given.items() if name not in _RESERVED}
    if problems:
        detail["description"] = message + " " + "; ".join(f"{name}: {' '.join(m)}" for name, m in problems.items())
        detail["fields"] = problems
        if row is None:
            row = next((m.group(1) for m in map(_ROW_FIELD.match, problems) if m), None)
    if column is not None:
        detail["column"] = column
    if row is not None:
        detail["row"] = int(row)
    return {"success": False, "error": detail}


def api_error_response(status: int, message: str, fields: FieldErrors | None = None) -> Response:
    return json_response(error_body(status, message, fields), status)


def token_error(status: int, error: str, description: str) -> Response:
    """An OAuth 2.0 (RFC 6749 section 5.2) error answer of the token endpoint."""
    return json_response(
        {"error": error, "error_description": description}, status, headers={"Cache-Control": "no-store"}
    )


def text_response(text: str, status: int = 200) -> Response:
    """A plain-text answer (ids, messages, base64 images)."""
    return Response(text, status_code=status, media_type="text/plain")


def path_id(request: Request, name: str, what: str) -> int:
    """The integer path parameter ``name``; anything else names no object (404)."""
    raw = str(request.path_params[name])
    if not raw.isdecimal() or len(raw) > 18:
        raise api_error(404, f"No {what} with id {raw[:40]!r}.")
    return int(raw)


def _first(values: Sequence[str] | None) -> str | None:
    return values[0] if values else None


def _default_code(status: int) -> str:
    return _CODES.get(status, "InternalError" if status >= 500 else "Error")


def form_problems(fields: Mapping[str, Sequence[str]]) -> str:
    """Validation problems of a token request, as one ``error_description``."""
    return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in fields.items()) or "invalid request"

"""One exchange with a service, from a request the generated layer built to a decoded answer, decoded once.

The overlay asks the generated endpoint module for the request (``build_request``: path, query, body, the
operation's documented statuses), sends it through the service's configured httpx client, and decodes the body here
exactly once, with orjson when installed. This skips the generated ``_parse_response`` on purpose: the classic
APIs return plain dicts and lists, and typed models are built from the same decoded JSON where they are wanted.
Every way an answer can be unreadable (not JSON, an envelope without the promised key, a shape a model rejects)
becomes the service's own exception, with the status and a bounded excerpt of the body.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any, TypeVar
from urllib.parse import urlsplit

import httpx

from dataports._core import jsonlib
from dataports._core.files import download_to
from dataports._core.http_errors import ErrorMapper
from dataports._core.retry_policy import RetryPolicy
from dataports._core.stream_parse import parse_streamed

T = TypeVar("T")
J = TypeVar("J", dict[str, Any], list[Any], str)
_JSON_KINDS: dict[type, str] = {dict: "an object", list: "an array", str: "a string"}
#: Request extension naming the operation a request belongs to (set by the generated ``build_request``).
OPERATION = "dataports.operation"


class Caller:
    """Sends spec-built requests on one httpx client and decodes what comes back, mapping failures to ``errors``."""

    def __init__(self, http: httpx.Client, errors: ErrorMapper, retry: RetryPolicy | None = None) -> None:
        self.http = http
        self.errors = errors
        self.retry = retry

    def send(self, request: Mapping[str, Any]) -> httpx.Response:
        """Send ``request`` (``build_request`` output); failing or undocumented statuses raise in the transport."""
        return self.http.request(**request)

    def json(self, request: Mapping[str, Any], *path: str | int) -> Any:
        """Send ``request`` and return its decoded JSON body, or the value at ``path`` inside it."""
        return self.decode(self.send(request), *path)

    def decode(self, response: httpx.Response, *path: str | int) -> Any:
        """The body of ``response`` decoded once; with ``path``, the value under those keys (an envelope)."""
        try:
            value = jsonlib.loads(response.content)
        except ValueError:
            raise self.errors.from_bad_body(response, "the body is not JSON") from None
        return self.pick(response, value, *path) if path else value

    def pick(self, response: httpx.Response, value: Any, *path: str | int) -> Any:
        """The value under ``path`` in ``value`` (decoded from ``response``), or the service's exception."""
        for step in path:
            try:
                value = value[step]
            except (KeyError, IndexError, TypeError):
                raise self.errors.from_bad_body(response, f"no {step!r} where the API promises one") from None
        return value

    def json_as(self, request: Mapping[str, Any], kind: type[J], *path: str | int) -> J:
        """Send ``request`` and return the ``kind`` (object, array or string) at ``path`` in its JSON answer."""
        response = self.send(request)
        return self.expect(response, self.decode(response, *path), kind)

    def expect(self, response: httpx.Response, value: Any, kind: type[J]) -> J:
        """``value`` (decoded from ``response``) when it is a ``kind``; otherwise the service's exception."""
        if not isinstance(value, kind):
            problem = f"expected {_JSON_KINDS[kind]}, got {type(value).__name__}"
            raise self.errors.from_bad_body(response, problem)
        return value

    def parse(self, response: httpx.Response, parser: Callable[[Any], T], value: Any) -> T:
        """``parser(value)``, where ``value`` came from ``response``: a shape the parser rejects is the service's
        exception (naming the problem), not a ``KeyError`` from deep inside a model."""
        try:
            return parser(value)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
            raise self.errors.from_bad_body(response, f"{type(error).__name__}: {error}") from None

    def download(
        self, request: Mapping[str, Any], destination: str | os.PathLike[str], *, progress: bool = False
    ) -> Path:
        """Stream the body of ``request`` into ``destination`` atomically, resuming or restarting after a dropped
        connection under the client's retry policy (see ``_core.files.download_to``)."""
        kwargs = dict(request)
        url = str(kwargs.pop("url"))
        return download_to(
            self.http, url, destination, progress=progress, errors=self.errors, retry=self.retry, **kwargs
        )

    def read_streamed(self, request: Mapping[str, Any], parse: Callable[[IO[bytes]], T]) -> T:
        """``parse`` handed the body of ``request`` as a file read while it arrives, the request sent again after a
        dropped connection under the client's retry policy (see ``_core.stream_parse.parse_streamed``)."""
        kwargs = dict(request)
        url = str(kwargs.pop("url"))
        return parse_streamed(self.http, url, parse, errors=self.errors, retry=self.retry, **kwargs)

    def follow(self, url: str, operation: str) -> httpx.Response:
        """GET a next-page URL the server sent, but only on the host and scheme the client was configured with:
        the credential goes with it, and it must not go anywhere else."""
        check_same_origin(self.http.base_url, url, self.errors)
        return self.http.get(url, extensions={OPERATION: f"{operation}:next"})


def check_same_origin(base: httpx.URL, url: str, errors: ErrorMapper) -> None:
    """Raise the service's exception unless ``url`` is relative or on ``base``'s scheme, host and port."""
    root = str(base).rstrip("/")
    if url.startswith(root + "/") or url.startswith(root + "?"):
        return  # the common case, a link under the configured root, without parsing it
    target = urlsplit(url)
    if not target.scheme and not target.netloc:
        return
    same = (
        target.scheme.lower() == base.scheme
        and (target.hostname or "") == (base.host or "")
        and (target.port or _default_port(target.scheme)) == (base.port or _default_port(base.scheme))
    )
    if not same:
        origin = f"{target.scheme}://{target.hostname}" + (f":{target.port}" if target.port else "")
        raise errors.unexpected(
            f"refusing to follow a link to {origin}: the API was configured at {base.scheme}://{base.host}"
            + (f":{base.port}" if base.port else "")
            + ", and the credential is sent only there",
            {"url": url, "method": "GET"},
        )


def _default_port(scheme: str) -> int | None:
    return {"http": 80, "https": 443}.get(scheme.lower())

"""When to retry a request, and how long to wait first. Pure decisions, shared by the sync and async transports."""

from __future__ import annotations

import contextlib
import dataclasses
import email.utils
import random
import time

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Errors raised before any byte of the request left this machine: retrying them can never duplicate a write.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


# A dataclass rather than attrs: this module is on every import path, and dataclasses costs less to import.
@dataclasses.dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How a service's transport retries.

    ``rate_limit_statuses`` is the service's own rate-limit signal (429 for RapidPro, 403 for Gretel). A rate-limited
    request was not processed, so it is always safe to retry; ``Retry-After`` is obeyed up to ``max_retry_after``,
    and a server that asks for a longer wait is not retried at all (the caller gets the error and the wait).
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    retry_statuses: frozenset[int] = frozenset({408, 500, 502, 503, 504})
    rate_limit_statuses: frozenset[int] = frozenset({429})
    retry_rate_limited: bool = True
    max_retry_after: float = 60.0
    idempotency_header: str | None = None

    def backoff(self, attempt: int) -> float:
        """Capped exponential delay with 25% jitter, so clients that failed together do not retry together."""
        exponent = min(attempt, 32)
        return float(min(self.initial_delay * 2**exponent, self.max_delay) * (1 - 0.25 * random.random()))

    def is_replayable(self, request: httpx.Request) -> bool:
        """Whether the same request may be sent again after it may have reached the server."""
        idempotent = request.method in IDEMPOTENT_METHODS or (
            self.idempotency_header is not None and self.idempotency_header in request.headers
        )
        return idempotent and isinstance(request.stream, httpx.ByteStream)

    def delay_after_error(self, request: httpx.Request, error: Exception, attempt: int) -> float | None:
        """Seconds to wait before retrying after ``error`` on attempt ``attempt``, or ``None`` not to retry: transport
        errors only, a request not yet sent always, one that may have reached the server only when it is replayable."""
        if attempt >= self.max_retries or not isinstance(error, httpx.TransportError):
            return None
        if isinstance(error, httpx.LocalProtocolError):
            return None  # the request itself cannot be sent (a malformed header): sending it again changes nothing
        if isinstance(error, _NOT_SENT_ERRORS) and isinstance(request.stream, httpx.ByteStream):
            return self.backoff(attempt)
        if self.is_replayable(request):
            return self.backoff(attempt)
        return None

    def delay_after_response(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before retrying after ``response``, or ``None`` not to retry: a rate-limit status (if
        ``retry_rate_limited``) or a retryable status of a replayable request, honouring ``Retry-After`` up to
        ``max_retry_after``."""
        status = response.status_code
        if status in self.rate_limit_statuses:
            if not self.retry_rate_limited or attempt >= self.max_retries:
                return None
            asked = parse_retry_after(response.headers)
            if asked is None:
                return self.backoff(attempt)
            return asked if asked <= self.max_retry_after else None
        if status in self.retry_statuses and attempt < self.max_retries and self.is_replayable(request):
            asked = parse_retry_after(response.headers)
            if asked is not None and asked <= self.max_retry_after:
                return max(asked, 0.0)
            return self.backoff(attempt)
        return None


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asked us to wait: ``retry-after-ms``, then ``retry-after`` as seconds or an HTTP date."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        with contextlib.suppress(ValueError):
            return max(float(millis) / 1000.0, 0.0)
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)

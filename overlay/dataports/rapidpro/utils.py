"""``temba_client.utils``: the classic client's timestamp helpers.

``parse_iso8601`` reads a timestamp as the classic client does (an empty value is ``None``; one without an offset
is UTC; ``Z`` and ``+00:00`` give ``datetime.timezone.utc``); ``format_iso8601`` writes one as it sends them (UTC,
microseconds, ``Z``; a naive datetime is taken as local time, as ``datetime.astimezone`` does). The classic
``request`` (its seam for mocking ``requests``) has no counterpart: dataports sends through httpx, which tests
intercept with ``TembaClient(..., transport=httpx.MockTransport(handler))``.
"""

from dataports_api.rapidpro.types import format_iso8601, parse_iso8601

__all__ = ["format_iso8601", "parse_iso8601"]

"""Query builders for ``query_data``, ``query_analytics`` and ``query_jobs``, as ``voxel51.users.query``.

Every method returns the query, so calls chain. Unlike the classic builders, which silently dropped an unsupported
field, an out-of-range offset or limit, field names and values are checked here, before any request: a typo fails
at once, naming the supported fields, as an ``APIError`` (what the server answers for a bad query) that is also a
``dataports.InvalidArgumentError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, TypeVar
from urllib.parse import urlencode

from .errors import APIArgumentError

Q = TypeVar("Q", bound="BaseQuery")


class BaseQuery:
    """Fields to return, searches (``field:text``, substring match, ``a|b`` for either), one sort, offset, limit.

    Subclasses set ``SUPPORTED_FIELDS``; ``str()`` is the URL-encoded query (``to_str()``).
    """

    SUPPORTED_FIELDS: ClassVar[list[str] | None] = None

    def __init__(self) -> None:
        self.fields: list[str] = []
        self.search: list[str] = []
        self.sort: str | None = None
        self.offset: int | None = None
        self.limit: int | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_dict()!r})"

    def __str__(self) -> str:
        return self.to_str()

    def _check_field(self, field: str, argument: str = "field") -> str:
        supported = self.SUPPORTED_FIELDS or []
        if field not in supported:
            names = ", ".join(supported) or f"none ({type(self).__name__} is abstract; use DataQuery, ...)"
            raise APIArgumentError(argument, f"{field!r} is not supported; supported fields: {names}")
        return field

    def add_field(self: Q, field: str) -> Q:
        """Return ``field`` in the results. ``APIArgumentError`` for a field the query does not support; returns the
        query, for chaining."""
        if self._check_field(field) not in self.fields:
            self.fields.append(field)
        return self

    def add_fields(self: Q, fields: Iterable[str]) -> Q:
        """Return each of ``fields`` (a list, not one string) in the results. ``APIArgumentError`` for a field the query
        does not support; returns the query, for chaining."""
        if isinstance(fields, str):
            raise APIArgumentError("fields", "must be a list of field names, not a single string")
        for field in fields:
            self.add_field(field)
        return self

    def add_all_fields(self: Q) -> Q:
        """Return every supported field in the results; returns the query."""
        return self.add_fields(self.SUPPORTED_FIELDS or [])

    @staticmethod
    def _search_text(search_str: Any, argument: str = "search_str") -> str:
        text = str(search_str)
        # Terms are sent comma-separated, so a comma would silently split one search into two.
        if "," in text or not text:
            raise APIArgumentError(argument, f"{text!r} must be non-empty and contain no comma")
        return text

    def add_search(self: Q, field: str, search_str: Any) -> Q:
        """Only match results whose ``field`` contains ``search_str``. ``APIArgumentError`` for a field the query does
        not support; returns the query, for chaining."""
        self.search.append(f"{self._check_field(field)}:{self._search_text(search_str)}")
        return self

    def add_search_or(self: Q, field: str, search_strs: Iterable[Any]) -> Q:
        """Match records whose ``field`` matches any of ``search_strs``."""
        if isinstance(search_strs, str):
            raise APIArgumentError("search_strs", "must be a list of search strings, not a single string")
        texts = [self._search_text(s, "search_strs") for s in search_strs]
        if not texts:
            raise APIArgumentError("search_strs", "is empty; give at least one search string")
        return self.add_search(field, "|".join(texts))

    def add_search_over_all_fields(self: Q, search_str: Any) -> Q:
        """Only match results where any field contains ``search_str``; returns the query."""
        self.search.append(self._search_text(search_str))
        return self

    def add_search_direct(self: Q, search_str: str) -> Q:
        """Add a pre-built search string as it is (``"name:video|clip"``; commas separate several searches)."""
        self.search.append(str(search_str))
        return self

    def sort_by(self: Q, field: str, descending: bool = True) -> Q:
        """Sort the results by ``field``, descending unless ``descending=False``. ``APIArgumentError`` for a field the
        query does not support; returns the query, for chaining."""
        self.sort = f"{self._check_field(field)}:{'desc' if descending else 'asc'}"
        return self

    def set_offset(self: Q, offset: int) -> Q:
        """Skip the first ``offset`` results; ``APIArgumentError`` unless it is an integer >= 0. Returns the query."""
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise APIArgumentError("offset", f"must be an integer >= 0, got {offset!r}")
        self.offset = offset
        return self

    def set_limit(self: Q, limit: int) -> Q:
        """Return at most ``limit`` results; ``APIArgumentError`` unless it is an integer >= 1. Returns the query."""
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise APIArgumentError("limit", f"must be an integer >= 1, got {limit!r}")
        self.limit = limit
        return self

    def to_dict(self) -> dict[str, Any]:
        """The query as the API takes it; falsy options (no fields, offset 0, ...) are left out, as classically."""
        options: dict[str, Any] = {
            "fields": ",".join(self.fields),
            "search": ",".join(self.search),
            "sort": self.sort,
            "offset": self.offset,
            "limit": self.limit,
        }
        return {key: value for key, value in options.items() if value}

    def to_str(self) -> str:
        """The query URL-encoded (``fields=id%2Cname&limit=5``)."""
        return urlencode(self.to_dict())


class DataQuery(BaseQuery):
    """A query over your data (``API.query_data``), as ``voxel51.users.query.DataQuery``; ``SUPPORTED_FIELDS`` lists its
    fields."""

    SUPPORTED_FIELDS: ClassVar[list[str] | None] = [
        "id",
        "name",
        "size",
        "type",
        "upload_date",
        "expiration_date",
        "encoding",
    ]


class AnalyticsQuery(BaseQuery):
    """A query over the analytics (``API.query_analytics``), as ``voxel51.users.query.AnalyticsQuery``;
    ``SUPPORTED_FIELDS`` lists its fields."""

    SUPPORTED_FIELDS: ClassVar[list[str] | None] = [
        "id",
        "name",
        "version",
        "scope",
        "supports_cpu",
        "supports_gpu",
        "pending",
        "upload_date",
        "description",
    ]

    def __init__(self, all_versions: bool = False) -> None:
        super().__init__()
        self.all_versions = all_versions

    def set_all_versions(self, all_versions: bool = True) -> AnalyticsQuery:
        """Whether to return every version of each analytic, not only the latest; returns the query."""
        self.all_versions = all_versions
        return self

    def to_dict(self) -> dict[str, Any]:
        """The query as the API's query parameters, with ``all_versions`` when set."""
        options = super().to_dict()
        if self.all_versions:
            options["all_versions"] = True
        return options


class JobsQuery(BaseQuery):
    """A query over your jobs (``API.query_jobs``), as ``voxel51.users.query.JobsQuery``; ``SUPPORTED_FIELDS`` lists its
    fields."""

    SUPPORTED_FIELDS: ClassVar[list[str] | None] = [
        "id",
        "name",
        "state",
        "archived",
        "upload_date",
        "expiration_date",
        "expired",
        "analytic_id",
        "compute_mode",
        "auto_start",
        "start_date",
        "completion_date",
        "fail_date",
        "failure_type",
    ]


__all__ = ["AnalyticsQuery", "BaseQuery", "DataQuery", "JobsQuery"]

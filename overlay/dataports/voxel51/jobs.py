"""Job requests and the job enums, as ``voxel51.users.jobs`` (with its ``JobExecutionError`` and
``RemoteDataPathError``)."""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Mapping
from typing import Any, Self

from .arguments import require
from .errors import (
    APIArgumentError,
    InvalidRemoteDataPathError,
    JobExecutionError,
    JobParameterError,
    RemoteDataPathError,
)
from .utils import Serializable

DATA_ID_FIELD = "data-id"
SIGNED_URL_FIELD = "signed-url"


class JobComputeMode(enum.StrEnum):
    """The compute a job asks for; ``BEST`` lets the platform choose."""

    CPU = "CPU"
    GPU = "GPU"
    BEST = "BEST"


class JobState(enum.StrEnum):
    """Where a job is in its life; equal to the plain strings the API returns (``JobState.COMPLETE == "COMPLETE"``)."""

    READY = "READY"
    QUEUED = "QUEUED"
    SCHEDULED = "SCHEDULED"
    RUNNING = "RUNNING"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"


class JobFailureType(enum.StrEnum):
    """Why a job failed, as ``voxel51.users.jobs.JobFailureType``: ``USER``, ``ANALYTIC``, ``PLATFORM`` or ``NONE``."""

    USER = "USER"
    ANALYTIC = "ANALYTIC"
    PLATFORM = "PLATFORM"
    NONE = "NONE"


def job_state(job: Mapping[str, Any]) -> str:
    """The ``state`` of a job's details (``TypeError`` when it is not a string: a malformed answer)."""
    state = job["state"]
    if not isinstance(state, str):
        raise TypeError(f"the job's state is {type(state).__name__}, not a string")
    return state


class RemoteDataPath(Serializable):
    """Data for a job: uploaded data (``data_id``, as classically) or, beyond the classic client, data at a signed
    URL (``signed_url=``); exactly one of them. An invalid one raises ``RemoteDataPathError``."""

    def __init__(self, data_id: str | None = None, *, signed_url: str | None = None) -> None:
        if (data_id is None) == (signed_url is None):
            raise InvalidRemoteDataPathError("data_id/signed_url", "give exactly one of data_id and signed_url")
        self.data_id = data_id
        self.signed_url = signed_url

    @classmethod
    def from_data_id(cls, data_id: str) -> Self:
        """The path of data already uploaded to the platform, by its id."""
        return cls(data_id=data_id)

    @classmethod
    def from_signed_url(cls, signed_url: str) -> Self:
        """The path of data at a signed URL."""
        return cls(signed_url=signed_url)

    @property
    def has_data_id(self) -> bool:
        """Whether the path is a data id (rather than a signed URL)."""
        return self.data_id is not None

    @property
    def is_valid(self) -> bool:
        """Whether exactly one of a data id and a signed URL is set."""
        return (self.data_id is None) != (self.signed_url is None)

    def __repr__(self) -> str:
        return f"RemoteDataPath({self.to_dict()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RemoteDataPath) and other.to_dict() == self.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The path as the API's JSON: ``{'data-id': ...}`` or ``{'signed-url': ...}``."""
        if self.data_id is not None:
            return {DATA_ID_FIELD: self.data_id}
        return {SIGNED_URL_FIELD: self.signed_url}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Self:
        """The path for the API's JSON form; ``RemoteDataPathError`` (also a ``dataports.InvalidArgumentError``) when
        ``d`` is not one."""
        if isinstance(d, Mapping) and (DATA_ID_FIELD in d or SIGNED_URL_FIELD in d):
            return cls(data_id=d.get(DATA_ID_FIELD), signed_url=d.get(SIGNED_URL_FIELD))
        raise InvalidRemoteDataPathError("d", f"is not a RemoteDataPath dict: {d!r}")

    @staticmethod
    def is_remote_path_dict(val: Any) -> bool:
        """Whether ``val`` is the JSON form of a valid ``RemoteDataPath``."""
        try:
            RemoteDataPath.from_dict(val)
        except RemoteDataPathError:
            return False
        return True


def _compute_mode(value: JobComputeMode | str | None) -> JobComputeMode | None:
    if value is None:
        return None
    try:
        return JobComputeMode(value)
    except ValueError:
        allowed = ", ".join(m.value for m in JobComputeMode)
        raise APIArgumentError("compute_mode", f"{value!r} is not one of {allowed}") from None


def _remote_path(path: RemoteDataPath | Mapping[str, Any] | None, kwargs: dict[str, Any]) -> RemoteDataPath:
    """What ``set_input``/``set_data_parameter`` store: ``path``, or a ``RemoteDataPath`` built from ``kwargs``."""
    if path is None:
        return RemoteDataPath(**kwargs)
    if kwargs:
        raise APIArgumentError("path", f"give either path or {', '.join(kwargs)}, not both")
    if isinstance(path, RemoteDataPath):
        return path
    if RemoteDataPath.is_remote_path_dict(path):
        return RemoteDataPath.from_dict(path)
    raise APIArgumentError("path", f"must be a RemoteDataPath (or pass data_id=...), got {path!r}")


class JobRequest(Serializable):
    """What a job runs: an analytic (and optionally its version and compute mode), its inputs and parameters.

    ``str()`` is its JSON, as classically; ``to_json(path)`` writes it and ``from_json``/``from_str``/``from_dict``
    read it back.
    """

    def __init__(
        self, analytic: str, version: str | None = None, compute_mode: JobComputeMode | str | None = None
    ) -> None:
        self.analytic: str = require(analytic, "analytic")
        self.version = version
        self.compute_mode = _compute_mode(compute_mode)
        self.inputs: dict[str, RemoteDataPath] = {}
        self.parameters: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"JobRequest({self.to_dict()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JobRequest) and other.to_dict() == self.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def set_input(self, name: str, path: RemoteDataPath | Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        """Set input ``name`` to ``path`` (a ``RemoteDataPath`` or its dict), or to ``RemoteDataPath(**kwargs)``
        (``data_id=...``)."""
        self.inputs[require(name, "name")] = _remote_path(path, kwargs)

    def set_data_parameter(
        self, name: str, path: RemoteDataPath | Mapping[str, Any] | None = None, **kwargs: Any
    ) -> None:
        """Set data parameter ``name`` (read from storage by the job) to ``path`` or ``RemoteDataPath(**kwargs)``."""
        self.parameters[require(name, "name")] = _remote_path(path, kwargs)

    def set_parameter(self, name: str, val: Any) -> None:
        """Set parameter ``name`` to ``val``, which must be JSON serializable."""
        # Checked here rather than when the request is serialized at upload, far from the offending call.
        try:
            json.dumps(val)
        except (TypeError, ValueError):
            raise JobParameterError(name, f"value {val!r} cannot be sent as JSON") from None
        self.parameters[require(name, "name")] = val

    def to_dict(self) -> dict[str, Any]:
        """The request JSON, keys in the classic order: analytic, version and compute_mode (when set), inputs,
        parameters."""
        d: dict[str, Any] = {"analytic": self.analytic}
        if self.version is not None:
            d["version"] = self.version
        if self.compute_mode is not None:
            d["compute_mode"] = self.compute_mode.value
        d["inputs"] = {name: path.to_dict() for name, path in self.inputs.items()}
        d["parameters"] = {
            name: value.to_dict() if isinstance(value, RemoteDataPath) else value
            for name, value in self.parameters.items()
        }
        return d

    def to_str(self, pretty_print: bool = True) -> str:
        """The request as JSON text, indented unless ``pretty_print=False``."""
        return json.dumps(self.to_dict(), indent=4 if pretty_print else None)

    def write_json(self, path: str | os.PathLike[str], pretty_print: bool = True) -> None:
        """``to_json``, optionally compact."""
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(self.to_str(pretty_print))

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Self:
        """The request for its JSON form (as ``to_dict`` writes it): analytic, version, compute mode, inputs and
        parameters."""
        request = cls(d.get("analytic"), version=d.get("version"), compute_mode=d.get("compute_mode"))  # type: ignore[arg-type]
        for name, ref in (d.get("inputs") or {}).items():
            request.set_input(name, path=RemoteDataPath.from_dict(ref))
        for name, value in (d.get("parameters") or {}).items():
            if RemoteDataPath.is_remote_path_dict(value):
                request.set_data_parameter(name, path=RemoteDataPath.from_dict(value))
            else:
                request.parameters[name] = value  # read from JSON: serializable by construction
        return request


__all__ = [
    "JobComputeMode",
    "JobExecutionError",
    "JobFailureType",
    "JobRequest",
    "JobState",
    "RemoteDataPath",
    "RemoteDataPathError",
]

"""Job requests and the job enums, as ``voxel51.users.jobs``."""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Mapping
from typing import Any

from dataports._core.arguments import InvalidArgumentError, require


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
    USER = "USER"
    ANALYTIC = "ANALYTIC"
    PLATFORM = "PLATFORM"
    NONE = "NONE"


class RemoteDataPath:
    """A reference to data for a job: uploaded data (``data_id``) or data at a signed URL, exactly one of them."""

    def __init__(self, data_id: str | None = None, signed_url: str | None = None) -> None:
        if (data_id is None) == (signed_url is None):
            raise InvalidArgumentError("data_id/signed_url", "give exactly one of data_id and signed_url")
        self.data_id = data_id
        self.signed_url = signed_url

    def __repr__(self) -> str:
        return f"RemoteDataPath({self.to_dict()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RemoteDataPath) and other.to_dict() == self.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, str]:
        return {"data-id": self.data_id} if self.data_id is not None else {"signed-url": str(self.signed_url)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RemoteDataPath:
        return cls(data_id=d.get("data-id"), signed_url=d.get("signed-url"))

    @staticmethod
    def is_remote_path_dict(value: Any) -> bool:
        return isinstance(value, Mapping) and ("data-id" in value or "signed-url" in value)


def _compute_mode(value: JobComputeMode | str | None) -> JobComputeMode | None:
    if value is None:
        return None
    try:
        return JobComputeMode(value)
    except ValueError:
        allowed = ", ".join(m.value for m in JobComputeMode)
        raise InvalidArgumentError("compute_mode", f"{value!r} is not one of {allowed}") from None


class JobRequest:
    """What a job runs: an analytic (and optionally its version and compute mode), its inputs and parameters."""

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

    def set_input(self, name: str, data_id: str | None = None, signed_url: str | None = None) -> None:
        self.inputs[require(name, "name")] = RemoteDataPath(data_id=data_id, signed_url=signed_url)

    def set_data_parameter(self, name: str, data_id: str | None = None, signed_url: str | None = None) -> None:
        self.parameters[require(name, "name")] = RemoteDataPath(data_id=data_id, signed_url=signed_url)

    def set_parameter(self, name: str, val: Any) -> None:
        # Fail here rather than when the request is serialized at upload, far from the offending call.
        try:
            json.dumps(val)
        except (TypeError, ValueError):
            raise InvalidArgumentError(name, f"value {val!r} cannot be sent as JSON") from None
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
        return json.dumps(self.to_dict(), indent=4 if pretty_print else None)

    def write_json(self, path: str | os.PathLike[str], pretty_print: bool = True) -> None:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(self.to_str(pretty_print))

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> JobRequest:
        request = cls(d["analytic"], version=d.get("version"), compute_mode=d.get("compute_mode"))
        for name, ref in (d.get("inputs") or {}).items():
            request.inputs[name] = RemoteDataPath.from_dict(ref)
        for name, value in (d.get("parameters") or {}).items():
            is_path = RemoteDataPath.is_remote_path_dict(value)
            request.parameters[name] = RemoteDataPath.from_dict(value) if is_path else value
        return request

    @classmethod
    def from_str(cls, s: str) -> JobRequest:
        return cls.from_dict(json.loads(s))

    @classmethod
    def from_json(cls, path: str | os.PathLike[str]) -> JobRequest:
        with open(path, encoding="utf-8") as handle:
            return cls.from_dict(json.load(handle))


__all__ = ["JobComputeMode", "JobFailureType", "JobRequest", "JobState", "RemoteDataPath"]

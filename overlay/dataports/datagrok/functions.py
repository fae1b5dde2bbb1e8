"""Calling server-side functions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .base import DatagrokBase, rest_name
from .errors import DatagrokArgumentError


class FunctionMethods(DatagrokBase):
    def call_function(self, name: str, invocation_parameters: Mapping[str, Any] | None = None) -> Any:
        """The result of the function ``name`` (a Grok name such as ``JohnDoe:MyFunction``) called with
        ``invocation_parameters``: its single output, or its outputs. A function the server does not know raises
        ``dataports.NotFoundError`` (the server answers 200 with an ``api-error``)."""
        from dataports_api.datagrok.api.functions import call_function
        from dataports_api.datagrok.models import FunctionParameters

        if invocation_parameters is not None and not isinstance(invocation_parameters, Mapping):
            raise DatagrokArgumentError(
                "invocation_parameters",
                f"must be a dict of parameter values, got {type(invocation_parameters).__name__}",
            )
        body = FunctionParameters.from_dict(dict(invocation_parameters or {}))
        return self._json(call_function.build_request(rest_name(name, "name"), body=body))

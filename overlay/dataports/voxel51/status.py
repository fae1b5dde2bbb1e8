"""Platform status: whether each of the platform's services is operational."""

from __future__ import annotations

from typing import Any

from .base import APIBase


class StatusMethods(APIBase):
    def get_platform_status(self) -> dict[str, Any]:
        """``{service: {"operational": bool, "message": str}}`` for the platform's services."""
        from dataports_api.voxel51.api.status import get_platform_status

        return self._fetch(get_platform_status.build_request(), dict, "statuses")

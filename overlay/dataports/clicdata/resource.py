"""What every classic resource class (``Data``, ``Account``, ``Dashboard``, ``Schedule``, ``Team``, ``User``) shares:
which session it uses, and its ``output="df"`` / ``output="dict"`` answers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Self, Unpack

from dataports._core.dataframe import records_to_dataframe

from .base import ConnectionParams
from .errors import InvalidArgument
from .session import Session, SessionManager

if TYPE_CHECKING:
    import pandas

OUTPUTS = ("df", "dict")


def check_output(output: str, allowed: Sequence[str] = OUTPUTS) -> str:
    """``output`` when it is one of ``allowed``; refused before any request otherwise (the classic wrapper
    returned ``None`` for an unknown output, after making the call)."""
    if output not in allowed:
        raise InvalidArgument("output", f"{output!r} is not one of {', '.join(allowed)}")
    return output


def check_id(value: Any, argument: str = "rec_id") -> int:
    """``value`` when it is an integer id (not a bool, which Python also counts as an int)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(argument, f"must be an integer id, got {value!r:.40}")
    return value


def as_output(records: list[dict[str, Any]], output: str) -> pandas.DataFrame | list[dict[str, Any]]:
    """``records`` as a DataFrame (``"df"``, one row per record) or as they came (``"dict"``)."""
    return records if output == "dict" else records_to_dataframe(records)


class Resource:
    """Base of the resource classes: uses the ``SessionManager``'s shared session, or its own.

    ``Data()`` uses the shared session; ``Data(client_id=..., client_secret=...)`` (any ``Session`` arguments)
    opens an isolated one, for a second account, that ``close()`` (or ``with``) closes; ``Data(session=s)`` uses
    ``s``.
    """

    def __init__(self, *, session: Session | None = None, **connection_params: Unpack[ConnectionParams]) -> None:
        if session is not None and connection_params:
            raise InvalidArgument("session", "give a session or connection arguments, not both")
        self._owns_session = bool(connection_params)
        if session is None:
            session = Session(**connection_params) if connection_params else SessionManager.get_session()
        #: The session this object's calls go through.
        self.session: Session = session

    def close(self) -> None:
        """Close the session when it is this object's own (the shared one stays open)."""
        if self._owns_session:
            self.session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def aclose(self) -> None:
        """Close the session (its asyncio connections too) when it is this object's own, as ``close()`` does."""
        if self._owns_session:
            await self.session.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

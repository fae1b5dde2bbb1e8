"""Async counterparts of the iteration builtins the sync clients use on listings and streams, for the generated
async clients (``enumerate(records)`` over an async stream becomes ``aenumerate(records)``)."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from typing import TypeVar

T = TypeVar("T")


async def aenumerate(iterable: AsyncIterable[T], start: int = 0) -> AsyncIterator[tuple[int, T]]:
    """``enumerate`` for an async iterable."""
    index = start
    async for item in iterable:
        yield index, item
        index += 1


async def alist(iterable: AsyncIterable[T]) -> list[T]:
    """``list`` for an async iterable."""
    return [item async for item in iterable]


__all__ = ["aenumerate", "alist"]

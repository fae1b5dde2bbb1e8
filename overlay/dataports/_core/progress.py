"""Optional tqdm progress bars (``tqdm.auto``, so they render in notebooks too), imported only when shown."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Protocol


class ProgressBar(Protocol):
    def update(self, n: int = 1) -> Any: ...
    def close(self) -> None: ...
    def __enter__(self) -> ProgressBar: ...
    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None, /
    ) -> Any: ...


class _NoProgress:
    def update(self, n: int = 1) -> None:
        return None

    def close(self) -> None:
        return None

    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None, /
    ) -> None:
        return None


def progress_bar(
    enabled: bool, *, total: int | None = None, unit: str = " records", desc: str | None = None
) -> ProgressBar:
    if not enabled:
        return _NoProgress()
    from tqdm.auto import tqdm

    bar: ProgressBar = tqdm(total=total, unit=unit, desc=desc, dynamic_ncols=True)
    return bar

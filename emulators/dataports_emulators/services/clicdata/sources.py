"""The source behind a refreshable data set: a synthetic sales table that changes every time it is read.

Each refresh reads the next revision: existing deals get new amounts and timestamps, and new deals appear, so that
``reload``, ``update``, ``updateappend`` and ``append`` each leave a different, predictable result.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

#: Columns of the sales source: (name, type).
SALES_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "number"),
    ("region", "dropdown"),
    ("amount", "number"),
    ("closed", "date"),
    ("updated", "datetime"),
    ("won", "checkbox"),
)
SALES_KEY = ("id",)
REGIONS = ("North", "South", "East", "West")
_FIRST_DAY = date(2024, 1, 1)
_FIRST_MOMENT = datetime(2024, 1, 1, 8, 0, 0)


class Source:
    """A sales table of ``rows`` deals at revision 1, ``growth`` more at each later revision."""

    def __init__(self, rows: int, growth: int = 10) -> None:
        self.base_rows = rows
        self.growth = growth
        self.revision = 1

    def advance(self) -> None:
        """The source changed since it was last read."""
        self.revision += 1

    def rows(self) -> list[list[Any]]:
        """Every deal at the current revision, in ``SALES_COLUMNS`` order (values already in stored form)."""
        count = self.base_rows + self.growth * (self.revision - 1)
        updated = (_FIRST_MOMENT + timedelta(days=self.revision - 1)).isoformat()
        return [
            [
                deal,
                REGIONS[deal % len(REGIONS)],
                round(100 + (deal * 37) % 900 + 1.5 * self.revision, 2),
                (_FIRST_DAY + timedelta(days=deal % 365)).isoformat(),
                updated,
                deal % 3 != 0,
            ]
            for deal in range(1, count + 1)
        ]

"""Issue dates, read from the dates stage's mentions: one calendar grammar (``facts/dates``).

Legal's own patterns say *where* an issue date is written (``ngày`` after a
document's number, ``ban hành ngày`` after its title, ``UBND tỉnh ngày ... đã
ban hành`` before it); *what day* it is comes from the date mention the dates
stage found there, so a day the calendar refuses (``ngày 31/2/2023``) is no
issue date here either, and no second date parser can drift from the first.
"""

from __future__ import annotations

import bisect
from typing import Iterable

from ...records import DateMention


#: Kinds of date mention that hold a calendar day (a period holds its first day first: 15/3/2023 - 20/3/2023).
_DAY_KINDS = ("date", "datetime", "period")


def _first_day(value: str) -> str | None:
    """``YYYY-MM-DD`` (or ``XXXX-MM-DD``) at the start of a date value, else None."""
    day = value[:10]
    if len(day) == 10 and day[4] == "-" and day[7] == "-" and (len(value) == 10 or value[10] in "T/"):
        return day
    return None


class IssueDays:
    """The days the dates stage found in one article, looked up by where the day is written."""

    def __init__(self, dates: Iterable[DateMention]) -> None:
        days = sorted((d.start, d.end, d.value) for d in dates if d.kind in _DAY_KINDS)
        self._starts = [s for s, _, _ in days]
        self._days = days

    def at(self, pos: int) -> str | None:
        """The first day of the date mention covering ``pos``, or None."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        _, end, value = self._days[i]
        return _first_day(value) if pos < end else None

    def read(self, m, base: int = 0) -> tuple[str | None, int | None]:
        """The issue date (ISO, or ``XXXX-MM-DD`` when no year is written) and its year at a
        match of ``_DATE_BODY`` made on ``text[base:]``; ``(None, None)`` where the dates
        stage found no day (``31/2/2023``)."""
        digit = m.start("d") if m.group("d") is not None else m.start("d2")
        day = self.at(base + digit)
        if day is None:
            return None, None
        written = m.group("y") or m.group("y2")
        if written is None:
            return "XXXX" + day[4:], None   # the dates stage may have filled the article's year
        if day[:4] != written:
            return None, None
        return day, int(written)

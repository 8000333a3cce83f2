"""Calendar bounds of a date value: ``2023-Q1`` → (2023-01-01, 2023-03-31).

A :class:`~cchc_extract.records.DateMention` value (records.md "Value formats")
names a stretch of time; tables give it as a first and a last day so that
figures can be filtered and plotted by date:

>>> period_bounds("2023-Q1")
(datetime.date(2023, 1, 1), datetime.date(2023, 3, 31))
>>> period_bounds("2021/..")
(datetime.date(2021, 1, 1), None)

A value without its year (``XXXX-05-17``) has no bounds: ``(None, None)``.

:func:`parse_published` reads a record's ``published`` (an ISO 8601 date or
date-time) for the tables' datetime column:

>>> parse_published("2019-05-27T17:34"), parse_published("2017-05")
(datetime.datetime(2019, 5, 27, 17, 34), None)
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

__all__ = ["period_bounds", "parse_published"]

_YEAR = r"(?P<y>\d{4})"
_FORMS = [
    (re.compile(_YEAR + r"-(?P<m>\d{2})-(?P<d>\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?"), "day"),
    (re.compile(_YEAR + r"-(?P<m>\d{2})"), "month"),
    (re.compile(_YEAR + r"-Q(?P<q>[1-4])"), "quarter"),
    (re.compile(_YEAR + r"-H(?P<h>[12])"), "half"),
    (re.compile(_YEAR), "year"),
]


def _one(value: str) -> tuple[date, date] | None:
    """(first day, last day) of one date value, or None."""
    for rx, form in _FORMS:
        m = rx.fullmatch(value)
        if m is None:
            continue
        y = int(m.group("y"))
        try:
            if form == "day":
                d = date(y, int(m.group("m")), int(m.group("d")))
                return d, d
            if form == "month":
                mo = int(m.group("m"))
                return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
            if form == "quarter":
                first = 3 * int(m.group("q")) - 2
                return date(y, first, 1), date(y, first + 2, calendar.monthrange(y, first + 2)[1])
            if form == "half":
                first = 6 * int(m.group("h")) - 5
                return date(y, first, 1), date(y, first + 5, calendar.monthrange(y, first + 5)[1])
            return date(y, 1, 1), date(y, 12, 31)
        except ValueError:  # `2023-13`, `2023-02-30`: no such day
            return None
    return None


def period_bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day of a date value: a day, a date-time (its day), a month,
    a quarter, a half year, a year, or a period ``A/B`` between two of them (the
    first day of A to the last day of B; ``A/..`` is open-ended)."""
    if not value:
        return None, None
    if "/" in value:
        a, _, b = value.partition("/")
        start = _one(a) if a != ".." else None
        end = _one(b) if b != ".." else None
        return (start[0] if start else None), (end[1] if end else None)
    one = _one(value)
    return (one[0], one[1]) if one else (None, None)


def parse_published(value: str | None) -> datetime | None:
    """A record's ``published`` as a datetime: a whole ISO 8601 date
    (``2023-04-02``, midnight) or date-time (``2019-05-27T17:34``); None for
    anything else (null, a partial ``2017-05``, ``XXXX-05-17``, day-first text
    in a hand-made record), so a table never guesses a day.  An offset
    (``+07:00``) is dropped and the time kept as printed, so every value of the
    column is comparable (naive, the outlet's local time)."""
    if not isinstance(value, str) or not _WHOLE_DATE.match(value):
        return None
    try:
        return datetime.fromisoformat(value.strip()).replace(tzinfo=None)
    except ValueError:
        return None


_WHOLE_DATE = re.compile(r"\s*\d{4}-\d{2}-\d{2}(?:$|[T ])")

"""Calendar checks shared by every stage that reads a day, a month or a time.

One place decides what a real calendar day is, so the dates stage, the
issue dates of legal documents and the article's dateline agree: ``31/2/2023``
is no date anywhere (the dates stage refused it while a document's
``issued_date`` read ``2023-02-31``).

>>> valid_day(2023, 2, 29), valid_day(2024, 2, 29), valid_day(None, 2, 29)
(False, True, True)
>>> valid_day(2023, 4, 31), valid_day(2023, 13, 1)
(False, False)
"""

from __future__ import annotations

import calendar


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether ``day``/``month`` exists in ``year`` (any leap year when ``year`` is None)."""
    if not 1 <= month <= 12:
        return False
    last = calendar.monthrange(year, month)[1] if year else (29 if month == 2 else calendar.monthrange(2001, month)[1])
    return 1 <= day <= last


def valid_time(hour: int, minute: int) -> bool:
    """Whether ``hour:minute`` is a time of day (00:00 to 23:59)."""
    return 0 <= hour <= 23 and 0 <= minute <= 59

"""Date-times: a clock time next to a date, either order, as datelines print them."""

from __future__ import annotations

import calendar

from .base import Cand, hour, rule, to_int, valid_day
from .vocab import V, first_words, pattern

RULES: list = []
WEEKDAYS = first_words(V["weekdays"]["words"])
#: the lead of a rule that may start with a weekday (`Thứ hai, `, `CN `): one or two words, then a digit
WEEKDAY_LEAD = r"[^\W\d]\w*+(?:[ \u00a0]++\w++)?,?[ \u00a0]++\d"
#: the same before a full date (``{date_full}``: day, separator, month): `thứ 5.` is no weekday
WEEKDAY_DATE_LEAD = WEEKDAY_LEAD + r"\d?[/.\-–]\d"
_MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


@rule(RULES, "datetime_time_first",
      r"{weekday_before}{num_start}{time}{blank}*+(?:[,|\-–]{blank}*+)?(?:(?P<ngay>ngày){blanks})?"
      r"{num_start}{date_any}{num_end}", words=WEEKDAYS, digit=True,
      lead=WEEKDAY_LEAD, digit_lead=r"\d\d?(?:[:g.][0-5]\d(?!\d)|h|[ \u00a0]?giờ)")
def datetime_time_first(m, pub):
    """`17:34 27/05/2019`, `14 giờ 30 ngày 12/3/2024`, `3 giờ chiều ngày 21.9`; a yearless date needs `ngày`
    or a part of day (`20h tối 11/4`); a dotted time (`16.00 ngày 1.1.1995`) needs `ngày` (`1.5 1/3` is no time)."""
    y = to_int(m.group("y"))
    if (y is None or m.group("dot")) and not (m.group("ngay") or m.group("pod")):
        return []
    h, mi = hour(m)
    d, mo = int(m.group("d")), int(m.group("m"))
    if not valid_day(y, mo, d):
        return []
    return [Cand(m.start(), m.end(), "datetime", (y, mo, d, h, mi), y is not None)]


@rule(RULES, "datetime_date_first",
      r"{weekday_before}{num_start}{date_full}(?:{blank}*+[,|\-–]{blank}*+|{blanks}(?:lúc{blanks})?)"
      r"{time_colon}(?:{blanks}(?P<pod>(?-i:AM|PM|am|pm)))?+(?![\p{N}\p{L}])", words=WEEKDAYS, digit=True,
      lead=WEEKDAY_DATE_LEAD,
      digit_lead=pattern(r"\d\d?[/.\-–]\d\d?[/.\-–]{year_wide}(?:{blank}*+[,|\-–]{blank}*+|{blanks}(?:lúc{blanks})?)"
                         r"\d\d?[:h]", "datetime_date_first lead"))
def datetime_date_first(m, pub):
    """`16/02/2022 - 05:18`, `06/11/2024 03:40 PM` (15:40)."""
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not valid_day(y, mo, d):
        return []
    h, mi = hour(m)
    return [Cand(m.start(), m.end(), "datetime", (y, mo, d, h, mi), True)]


@rule(RULES, "datetime_feed",
      r"(?-i:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)),[ ]++(?P<d>\d{1,2})[ ]++(?P<mon>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
      r"|Oct|Nov|Dec))[ ]++(?P<y>(?:19|20)\d\d)[ ]++(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?+"
      r"(?:[ ]++[+\-]\d{4})?+", marks=("Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,"), flags=0)
def datetime_feed(m, pub):
    """`Mon, 06 May 2024 14:00:00 +0700`: the date of an RSS feed (RFC 822)."""
    y, mo, d = int(m.group("y")), _MONTHS_EN[m.group("mon").lower()], int(m.group("d"))
    if not valid_day(y, mo, d):
        return []
    return [Cand(m.start(), m.end(), "datetime", (y, mo, d, int(m.group("h")), int(m.group("mi"))), True)]


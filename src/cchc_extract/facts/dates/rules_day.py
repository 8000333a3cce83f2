"""Days: numeric dates, ISO dates, days after a word, days in words, pairs of days."""

from __future__ import annotations

import regex

from ...numbers import parse_word_number
from .base import Cand, rule, to_int, valid_day
from .rules_datetime import WEEKDAY_DATE_LEAD, WEEKDAYS
from .vocab import FRACTIONS, MONTH_WORDS, V, first_words, pattern

RULES: list = []
#: the day words that name today or yesterday (`sáng nay`, `hôm qua`): only these may be set off from the day
_DEICTIC = ("nay", "qua")
_AMOUNT_AFTER = regex.compile(pattern(r"{blank}*+(?:%|{count_nouns}{word_end})", "amount after"), regex.IGNORECASE)


@rule(RULES, "date_numeric", r"{weekday_before}{num_start}{date_full}{num_end}", words=WEEKDAYS, digit=True,
      lead=WEEKDAY_DATE_LEAD, digit_lead=r"\d\d?[/.\-–]\d\d?[/.\-–](?:1\d|20)\d\d")
def date_numeric(m, pub):
    """`29/4/2021`, `10-11-2021`, `05.01.2024`: day first, with a year."""
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not valid_day(y, mo, d):
        return []
    return [Cand(m.start(), m.end(), "date", (y, mo, d), True)]


@rule(RULES, "date_iso",
      r"{num_start}(?P<y>{year})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:(?:(?-i:T)|{blank})"
      r"(?P<h>2[0-3]|[01]\d):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d++)?+)?+(?:(?-i:Z)|[+\-]\d\d:?\d\d)?+)?+{num_end}",
      digit=True,
      lead=r"(?:19|20)\d\d-[01][0-9]-")
def date_iso(m, pub):
    """`2024-03-31`, `2024-08-16T16:00:00+07:00`: year first, ISO 8601."""
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not valid_day(y, mo, d):
        return []
    if m.group("h"):
        return [Cand(m.start(), m.end(), "datetime", (y, mo, d, int(m.group("h")), int(m.group("mi"))), True)]
    return [Cand(m.start(), m.end(), "date", (y, mo, d), True)]


@rule(RULES, "date_yearless",
      r"{word_start}(?P<pre>{day_prefixes})(?:{blanks}|(?P<gap>{blank}*+,{blank}*+|{blanks}\((?=[^()\n]{3,16}\))))"
      r"(?P<num>(?P<d>{day})(?P<sep>[/.\-])(?P<m>{month_number})){num_end}"
      r"(?:{blanks}năm{blanks}(?P<y>{year})(?!\d))?+", words=first_words(V["day_prefixes"]["words"]),
      lead=r"\w++(?:[ \u00a0]++\w++)?(?:[ \u00a0]++\(?+|[ \u00a0]*+,[ \u00a0]*+)\d\d?[/.\-]\d")
def date_yearless(m, pub):
    """`Sáng 17/5`, `ngày 9/12`, `Chiều 6.2`: a day without a year after a word that says it is a day; after a
    word for today or yesterday also set off by a comma or in brackets (`sáng nay, 6-2`, `Hôm qua (3/7)`)."""
    gap = m.group("gap")
    if gap and not (m.group("pre").lower().endswith(_DEICTIC) and (
            "(" not in gap or m.string.startswith(")", m.end()))):
        return []  # `Sáng, 2-3 người`; a bracket must close right after the day (or its year)
    if (m.group("sep") == "." or gap) and _AMOUNT_AFTER.match(m.string, m.end("num"), m.end("num") + 30):
        return []  # `hôm qua 1.2 triệu lượt`: a decimal amount
    y = to_int(m.group("y"))
    d, mo = int(m.group("d")), int(m.group("m"))
    if not valid_day(y, mo, d):
        return []
    return [Cand(m.start("num"), m.end(), "date", (y, mo, d), y is not None)]


@rule(RULES, "date_after_preposition",
      r"{word_start}(?P<pre>{time_prepositions}){blanks}(?P<num>(?P<d>{day})/(?P<m>{month_number})){num_end}"
      r"(?!{blanks}(?:{share_words}|{count_nouns}){word_end})", words=first_words(V["time_prepositions"]["words"]),
      lead=pattern(r"{time_prepositions}{blanks}\d\d?/\d\d?(?!\d|/[^\W_])", "date_after_preposition lead"))
def date_after_preposition(m, pub):
    """`Từ 1/7`, `trước 15/9`; not a fraction (`từ 1/3 số hộ`)."""
    d, mo = int(m.group("d")), int(m.group("m"))
    if m.group("num") in FRACTIONS or not valid_day(None, mo, d):
        return []
    return [Cand(m.start("num"), m.end("num"), "date", (None, mo, d), False)]


@rule(RULES, "date_parenthesised", r"\((?P<num>(?P<d>\d\d?)/(?P<m>\d\d?))\)", marks=("(",),
      lead=r"\(\d\d?/\d\d?\)")
def date_parenthesised(m, pub):
    """`(06/02)`; `(1/3)` is more often a fraction than the first of March."""
    d, mo = int(m.group("d")), int(m.group("m"))
    if not valid_day(None, mo, d) or (d < mo and len(m.group("d")) == 1 and len(m.group("m")) == 1):
        return []
    return [Cand(m.start("num"), m.end("num"), "date", (None, mo, d), False)]


@rule(RULES, "date_words",
      r"{word_start}(?:(?P<ngay>ngày){blanks})?(?P<num>(?P<d>{day}){blanks}tháng{blanks}(?P<m>{month_number}))(?!\d)"
      r"(?:,?{blanks}năm{blanks}(?P<y>{year_wide})(?!\d)|[/\-](?P<y3>{year})(?!\d))?+", words=("ngày",), digit=True,
      lead=r"ngày[ \u00a0]++\d\d?[ \u00a0]++tháng[ \u00a0]++\d", digit_lead=r"\d\d?[ \u00a0]++tháng[ \u00a0]++\d")
def date_words(m, pub):
    """`ngày 19 tháng 7 năm 2023`; without a year it needs `ngày`."""
    y = to_int(m.group("y") or m.group("y3"))
    if y is None and not m.group("ngay"):
        return []
    d, mo = int(m.group("d")), int(m.group("m"))
    if not valid_day(y, mo, d):
        return []
    return [Cand(m.start("num"), m.end(), "date", (y, mo, d), y is not None)]


@rule(RULES, "date_spelled",
      r"{word_start}ngày{blanks}(?P<num>(?P<dw>{day_words}){blanks}tháng{blanks}(?P<mw>{month_words}),?{blanks}năm"
      r"{blanks}(?P<y>{year_wide})(?!\d))", words=("ngày",), lead=pattern(r"ngày{blanks}{day_words}{blanks}tháng", "date_spelled lead"))
def date_spelled(m, pub):
    """`ngày mười lăm tháng ba năm 2023`: day and month spelled out; only with a year."""
    d = parse_word_number(m.group("dw"))
    mo = MONTH_WORDS.get(" ".join(m.group("mw").lower().split()))
    y = int(m.group("y"))
    if not d or mo is None or not valid_day(y, mo, d):
        return []
    return [Cand(m.start("num"), m.end(), "date", (y, mo, d), True)]


@rule(RULES, "date_pair",
      r"{word_start}ngày{blanks}(?P<d1>{day}){blank}*+(?:,|và|{blanks}và){blank}*+(?P<num>(?P<d>{day})"
      r"(?:/(?P<m>{month_number})(?:/(?P<y>{year}))?+|{blanks}tháng{blanks}(?P<mw>{month_number})"
      r"(?:,?{blanks}năm{blanks}(?P<yw>{year_wide}))?+)){num_end}", words=("ngày",),
      lead=r"ngày[ \u00a0]++\d\d?[ \u00a0]*+(?:,|và)")
def date_pair(m, pub):
    """`ngày 15 và 16/5/2023`: two days sharing a month, two items."""
    y = to_int(m.group("y") or m.group("yw"))
    d1, d, mo = int(m.group("d1")), int(m.group("d")), int(m.group("m") or m.group("mw"))
    if not (valid_day(y, mo, d1) and valid_day(y, mo, d)) or d1 >= d:
        return []
    return [Cand(m.start("d1"), m.end("d1"), "date", (y, mo, d1), y is not None),
            Cand(m.start("num"), m.end(), "date", (y, mo, d), y is not None)]

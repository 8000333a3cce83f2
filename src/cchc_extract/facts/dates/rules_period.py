"""Periods: two years, months, quarters or days joined by a dash or `từ ... đến ...`."""

from __future__ import annotations

import regex

from ...numbers import parse_roman
from .base import Cand, rule, to_int, valid_day, year_of
from .vocab import FRACTIONS, V, first_words, pattern

RULES: list = []
_FROM = ["từ", "kể"]
_HEADS = first_words(V["period_heads"]["words"])
# Leads (see engine.Anchor): what a period's first part and the joint after it begin with, so a rule
# is not tried at every `từ`, `tháng` or number; composed from the same fragments as the patterns.
#: what joins the two parts: a dash, or `đến`
_JOINT = r"(?:{blank}*+{dash}|,?{blanks}{to})"
#: a month's or quarter's year (``{year_tail}``, loosely)
_YEAR_TAIL = r"(?:{blank}*+[/.\-]{blank}*+{year}|,?{blanks}năm{blanks}(?:{year_wide}|{relative_years}))?"
#: `từ`, `kể từ`, or a head (`giai đoạn`, `trong các năm`) perhaps with `từ`: what a period starts with
_FROM_OR_HEAD = r"(?:(?:kể{blanks})?từ|{period_heads}(?:{blanks}từ)?+){blanks}"
#: a month/year, then the joint
_MONTH_TO = pattern(r"\d\d?/{year}" + _JOINT, "period lead")
#: a day (and month, year), then the joint; after a dash a day and month, or a word (`ngày`, `sáng`, `nay`)
_DAYS_TO = pattern(r"\d\d?(?:/\d\d?(?:/\d{4})?)?(?:{blank}*+{dash}{blank}*+(?:\d\d?/|[^\W\d])|,?{blanks}{to})",
                   "period lead")
#: a dotted or dashed date, then the joint
_DAY_DASHED_TO = pattern(r"\d\d?[.\-–]\d\d?[.\-–]{year}" + _JOINT, "period lead")
#: a short note in brackets after a day (`ngày 2-2 (mùng 6 Tết) đến ...`): a lunar or weekday gloss, inside the period
_GLOSS = r"(?:{blanks}\((?:[^()\n\d]|\d(?![/.\-–]\d)){1,40}\))?+"
#: a yearless day written day-month (dash, dot or slash) after `ngày`, then (a gloss and) `đến`
_DAYS_SHORT_TO = pattern(r"\d\d?[/.\-–]\d\d?(?![\d/.\-–])" + _GLOSS + r",?{blanks}{to}", "period lead")
#: the parts of a day that may stand for `ngày` before a yearless day (`từ sáng 2-2 đến chiều 3-2`)
_DAY_PARTS_WORDS = ["sáng", "trưa", "chiều", "tối", "đêm"]
_DAY_PARTS = "(?:" + "|".join(_DAY_PARTS_WORDS) + ")"
_RATIO_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])tỷ[ \u00a0]++lệ[ \u00a0]++$", regex.IGNORECASE)


@rule(RULES, "period_dash",
      r"(?:{word_start}(?P<head>{period_heads}){blanks}(?:năm{blanks})?|{word_start}(?P<nam>năm){blanks})?"
      r"{num_start}(?P<y1>{year}){blank}*+{dash}{blank}*+(?P<y2>{year}){num_end}(?!{blank}*+%)",
      words=_HEADS + ["năm"], digit=True,
      lead=pattern(r"(?:{period_heads}{blanks}(?:năm{blanks})?|năm{blanks}){year}{blank}*+{dash}", "period_dash lead"),
      digit_lead=r"(?:19|20)\d\d[ \u00a0]*+[\-–—]")
def period_dash(m, pub):
    """`giai đoạn 2021-2025`, `(2021 – 2025)`; a bare pair spans at most 30 years, unless it fills a parenthesis
    (a life `(1907 - 1988)`, an anniversary `(1977-2017)`)."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    bare = not (m.group("head") or m.group("nam"))
    s, e = m.start("y1"), m.end()
    whole = bare and m.string[s - 1:s] == "(" and m.string[e:e + 1] == ")"
    if y2 <= y1 or y2 - y1 > (30 if bare and not whole else 100):
        return []
    start = m.start()
    if m.group("head") and m.group("head").lower() in ("các năm", "những năm", "trong các năm"):
        start = m.start("y1")
    return [Cand(start, m.end(), "period", ("years", y1, y2), True)]


@rule(RULES, "period_to",
      r"{word_start}(?:(?:kể{blanks})?từ|(?P<head>{period_heads})(?:{blanks}từ)?+){blanks}(?:(?:{year_edges}){blanks})?"
      r"(?:năm{blanks})?(?P<y1>{year})(?!\d),?{blanks}{to}{blanks}(?:(?:hết|cuối|đầu){blanks})?"
      r"(?:(?:năm{blanks})?(?P<y2>{year})(?!\d)|(?P<open>{open_end_words}){word_end})", words=_FROM + _HEADS,
      lead=pattern(_FROM_OR_HEAD + r"(?:{year_edges}{blanks})?(?:năm{blanks})?{year},?{blanks}{to}", "period_to lead"))
def period_to(m, pub):
    """`Từ năm 2019 đến 2022`, `Từ năm 2021 đến nay` (open)."""
    y1 = int(m.group("y1"))
    if m.group("open"):
        return [Cand(m.start(), m.end(), "period", ("years", y1, None), True)]
    y2 = int(m.group("y2"))
    if y2 <= y1:
        return []
    return [Cand(m.start(), m.end(), "period", ("years", y1, y2), True)]


@rule(RULES, "period_from_year_start",
      r"{word_start}(?:kể{blanks})?từ{blanks}đầu{blanks}năm{blanks}(?P<y1>{year})(?!\d),?{blanks}{to}{blanks}"
      r"(?:(?:hết|cuối){blanks})?(?:tháng{blanks}(?P<m2>{month_number})(?!\d){year_tail:b}"
      r"|(?:ngày{blanks})?{num_start}(?P<d2>{day})[/\-](?P<dm>{month_number})(?:[/\-](?P<dy>{year}))?+){num_end}",
      words=_FROM,
      lead=r"(?:kể[ \u00a0]++)?từ[ \u00a0]++đầu[ \u00a0]++năm")
def period_from_year_start(m, pub):
    """`từ đầu năm 2024 đến hết tháng 9/2024`: from January of that year."""
    y1 = int(m.group("y1"))
    if m.group("m2"):
        m2 = int(m.group("m2"))
        y2 = year_of(m, "b", pub)[0] or y1
        if (y2, m2) <= (y1, 1):
            return []
        return [Cand(m.start(), m.end(), "period", ("months", (y1, 1), (y2, m2)), True)]
    d2, m2 = int(m.group("d2")), int(m.group("dm"))
    y2 = to_int(m.group("dy")) or y1
    if not valid_day(y2, m2, d2) or (y2, m2, d2) <= (y1, 1, 1):
        return []
    return [Cand(m.start(), m.end(), "period", ("days", (y1, 1, 1), (y2, m2, d2)), True)]


@rule(RULES, "period_months",
      r"{word_start}(?:(?P<tu>(?:kể{blanks})?từ){blanks})?tháng{blanks}(?P<m1>{month_number})(?!\d){year_tail:a}"
      r"(?:{blank}*+{dash}{blank}*+|,?{blanks}{to}{blanks})(?:(?:(?:hết|cuối){blanks})?tháng{blanks})?"
      r"(?:(?P<m2>{month_number})(?!\d){year_tail:b}|(?P<open>{open_end_words}){word_end}){num_end}",
      words=_FROM + ["tháng"],
      lead=pattern(r"(?:(?:kể{blanks})?từ{blanks})?tháng{blanks}\d\d?" + _YEAR_TAIL + _JOINT, "period_months lead"))
def period_months(m, pub):
    """`Từ tháng 1 đến tháng 6/2023`, `tháng 1-6/2024`, `Từ tháng 10/2022 đến nay` (open)."""
    m1 = int(m.group("m1"))
    y1, e1 = year_of(m, "a", pub)
    if m.group("open"):
        if not m.group("tu"):
            return []
        return [Cand(m.start(), m.end(), "period", ("months", (y1, m1), None), e1)]
    m2 = int(m.group("m2"))
    y2, e2 = year_of(m, "b", pub)
    if y1 is None and y2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1
    if y2 is None:
        y2 = y1
    if (y1 or 0, m1) >= (y2 or 0, m2):
        return []
    return [Cand(m.start(), m.end(), "period", ("months", (y1, m1), (y2, m2)), e1 or e2)]


@rule(RULES, "period_days",
      r"{word_start}(?:(?:(?P<tu>(?:kể{blanks})?từ)|(?P<pre>{time_prepositions})){blanks}(?:(?P<ngay>ngày){blanks})?"
      r"(?:{parts_of_day}{blanks})?|(?P<ngay>ngày){blanks}(?:{parts_of_day}{blanks})?)?{num_start}(?P<d1>{day})(?:/(?P<m1>{month_number})(?:/(?P<y1>{year_wide}))?+)?+(?!\d)"
      r"(?:{blank}*+{dash}{blank}*+|,?{blanks}{to}{blanks})(?:(?:hết{blanks})?ngày{blanks})?(?:{parts_of_day}{blanks})?"
      r"(?:(?P<d2>{day})/(?P<m2>{month_number})(?:/(?P<y2>{year_wide}))?+{num_end}|(?P<open>{open_end_words}){word_end})",
      words=_FROM + ["ngày"] + first_words(V["time_prepositions"]["words"]), digit=True,
      lead=pattern(r"(?:(?:(?:kể{blanks})?từ|{time_prepositions}){blanks}(?:ngày{blanks})?(?:{parts_of_day}{blanks})?"
                   r"|ngày{blanks}(?:{parts_of_day}{blanks})?)", "period_days lead") + _DAYS_TO, digit_lead=_DAYS_TO)
def period_days(m, pub):
    """`từ ngày 15/12/2024 đến ngày 14/01/2025`, `15-16/12/2024`, `từ 1/3 đến nay` (open), `từ đêm 5/3 đến sáng
    7/3`; not `1-2/3`."""
    gd = m.groupdict()
    d1 = int(gd["d1"])
    if gd["open"]:
        if not gd["tu"] or not gd["m1"]:
            return []
        y1, m1 = to_int(gd["y1"]), int(gd["m1"])
        if not valid_day(y1, m1, d1):
            return []
        return [Cand(m.start("d1") if not gd["tu"] else m.start(), m.end(), "period", ("days", (y1, m1, d1), None),
                     y1 is not None)]
    d2, m2, y2 = int(gd["d2"]), int(gd["m2"]), to_int(gd["y2"])
    if not (gd["tu"] or gd["ngay"]) and (gd["y1"] is None or y2 is None) and not (
            gd["pre"] and gd["m1"] and f"{d1}/{int(gd['m1'])}" not in FRACTIONS):
        return []  # `1-2/3`: a fraction or a ratio, not two days
    if gd["m1"] is None and gd["y1"] is None and (gd["d1"] and not (gd["tu"] or gd["ngay"])):
        return []
    m1 = int(gd["m1"]) if gd["m1"] else m2
    y1 = to_int(gd["y1"])
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if y2 is None:
        y2 = y1
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)) or ((y1 or 0), m1, d1) >= ((y2 or 0), m2, d2):
        return []
    start = m.start() if gd["tu"] else m.start("d1")
    return [Cand(start, m.end(), "period", ("days", (y1, m1, d1), (y2, m2, d2)), y2 is not None)]


@rule(RULES, "period_quarters",
      r"{word_start}(?:(?:kể{blanks})?từ{blanks})?{quarter_word}{blanks}(?P<q1>{roman_quarter}|[1-4])(?![\p{L}\p{N}]){year_tail:a}"
      r"(?:{blank}*+{dash}{blank}*+|,?{blanks}{to}{blanks})(?:hết{blanks})?{quarter_word}{blanks}(?P<q2>{roman_quarter}|[1-4])"
      r"(?![\p{L}\p{N}]){year_tail:b}", words=_FROM + ["quý", "quí"],
      lead=pattern(r"(?:(?:kể{blanks})?từ{blanks})?{quarter_word}{blanks}(?:IV|III|II|I|[1-4])" + _YEAR_TAIL + _JOINT,
                   "period_quarters lead"), needs_digit=False, needs_words=("quý", "quí"))
def period_quarters(m, pub):
    """`Từ quý I đến quý III/2024`."""
    q1, q2 = m.group("q1"), m.group("q2")
    q1 = parse_roman(q1) if q1.isalpha() else int(q1)
    q2 = parse_roman(q2) if q2.isalpha() else int(q2)
    y1, e1 = year_of(m, "a", pub)
    y2, e2 = year_of(m, "b", pub)
    if y1 is None:
        y1 = y2 if y2 is None or q1 <= q2 else y2 - 1
    if y2 is None:
        y2 = y1
    if ((y1 or 0), q1) >= ((y2 or 0), q2):
        return []
    return [Cand(m.start(), m.end(), "period", ("quarters", (y1, q1), (y2, q2)), e1 or e2)]


@rule(RULES, "period_days_dashed",
      r"{word_start}(?:(?P<tu>(?:kể{blanks})?từ){blanks})?(?:ngày{blanks})?{num_start}(?P<d1>{day})(?P<s1>[.\-–])"
      r"(?P<m1>{month_number})(?P=s1)(?P<y1>{year})(?!\d)(?:{blank}*+{dash}{blank}*+|,?{blanks}{to}{blanks})"
      r"(?:(?:hết{blanks})?ngày{blanks}|hết{blanks})?(?P<d2>{day})(?P<s2>[/.\-–])(?P<m2>{month_number})(?P=s2)"
      r"(?P<y2>{year}){num_end}", words=_FROM + ["ngày"], digit=True,
      lead=pattern(r"(?:(?:kể{blanks})?từ{blanks})?(?:ngày{blanks})?", "period_days_dashed lead") + _DAY_DASHED_TO,
      digit_lead=_DAY_DASHED_TO)
def period_days_dashed(m, pub):
    """`từ ngày 1-1-2016 đến 31-12-2016`, `1.3.2017 - 30.6.2017`: two full dates written with dashes or dots."""
    y1, m1, d1 = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
    y2, m2, d2 = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)) or (y1, m1, d1) >= (y2, m2, d2):
        return []
    start = m.start() if m.group("tu") else m.start("d1")
    return [Cand(start, m.end(), "period", ("days", (y1, m1, d1), (y2, m2, d2)), True)]


@rule(RULES, "period_month_to_day",
      r"{word_start}(?:kể{blanks})?từ{blanks}tháng{blanks}(?P<m1>{month_number})(?!\d){year_tail:a},?{blanks}{to}"
      r"{blanks}(?:hết{blanks})?(?:ngày{blanks})?{num_start}(?P<d2>{day})(?P<s2>[/.\-–])(?P<m2>{month_number})"
      r"(?P=s2)(?P<y2>{year}){num_end}", words=_FROM,
      lead=r"(?:kể[ \u00a0]++)?từ[ \u00a0]++tháng[ \u00a0]++\d")
def period_month_to_day(m, pub):
    """`từ tháng 3 đến hết 31-12-2016`: from a month to a day; the month takes the day's year unless it has one."""
    m1, d2, m2, y2 = int(m.group("m1")), int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
    y1 = year_of(m, "a", pub)[0] if year_of(m, "a", pub)[1] else (y2 if m1 <= m2 else y2 - 1)
    if not valid_day(y2, m2, d2) or (y1, m1) > (y2, m2):
        return []
    return [Cand(m.start(), m.end(), "period", ("mixed", (y1, m1), (y2, m2, d2)), True)]


@rule(RULES, "period_day_to_year",
      r"{word_start}(?:kể{blanks})?từ{blanks}(?:ngày{blanks})?{num_start}(?P<d1>{day})(?P<s1>[/.\-–])"
      r"(?P<m1>{month_number})(?P=s1)(?P<y1>{year})(?!\d),?{blanks}{to}{blanks}(?:(?:hết|cuối){blanks})?"
      r"năm{blanks}(?P<y2>{year}){year_end}", words=_FROM,
      lead=r"(?:kể[ \u00a0]++)?từ[ \u00a0]++(?:ngày[ \u00a0]++)?\d\d?[/.\-–]\d\d?[/.\-–](?:19|20)\d\d,?[ \u00a0]++"
           r"(?:đến|tới|cho)")
def period_day_to_year(m, pub):
    """`từ ngày 1/7/2016 đến hết năm 2017`: from a day to the end of a later year."""
    y1, m1, d1, y2 = int(m.group("y1")), int(m.group("m1")), int(m.group("d1")), int(m.group("y2"))
    if not valid_day(y1, m1, d1) or y2 < y1:
        return []
    return [Cand(m.start(), m.end(), "period", ("mixed", (y1, m1, d1), (y2,)), True)]


#: what may not stand right before a period that opens with `năm` and no `từ`: the quarter, month or day the
#: year belongs to (`quý I năm 2017 đến năm 2025`, `tháng 3 năm 2016 đến ...`), or a figure of that year (`từ 15%
#: năm 2015 đến 2016 ...`: two years compared)
_PART_BEFORE = regex.compile(r"(?:[\d%]|(?<![\p{L}])(?:I|II|III|IV|quý|quí|tháng|ngày))[ \u00a0]*+,?[ \u00a0]*+$",
                             regex.IGNORECASE)


def _year_part_before(m: regex.Match) -> bool:
    return bool(_PART_BEFORE.search(m.string, max(0, m.start() - 12), m.start()))


#: what may follow such a period: a mark, the end, a capital, or a word that goes on about the span (`tại`, `ở`,
#: `và`); a clause straight after the second part tells what happened by then (`khởi công vào năm 1959 đến năm 1963
#: cơ bản hoàn thành` = begun in 1959, by 1963 mostly done: two events)
_SPAN_GOES_ON = regex.compile(r"[ \u00a0]*+(?:[^\p{L}\p{N} \u00a0]|$|\p{Lu}|(?:tại|ở|và|là|của|trên|trong|với)(?![\p{L}]))")


def _clause_after(m: regex.Match) -> bool:
    return not _SPAN_GOES_ON.match(m.string, m.end())


@rule(RULES, "period_year_to_month",
      r"{word_start}(?:(?P<tu>(?:kể{blanks})?từ){blanks})?(?:(?P<edge>{year_edges}){blanks})?năm{blanks}"
      r"(?P<y1>{year})(?!\d)(?P<comma>,)?{blanks}{to}{blanks}(?:(?:hết|cuối){blanks})?tháng{blanks}"
      r"(?P<m2>{month_number})(?!\d){year_tail:b}{num_end}",
      words=_FROM + first_words(V["year_edges"]["words"]) + ["năm"],
      lead=pattern(r"(?:(?:kể{blanks})?từ{blanks})?(?:{year_edges}{blanks})?năm{blanks}{year},?{blanks}{to}",
                   "period_year_to_month lead"))
def period_year_to_month(m, pub):
    """`từ năm 2014 đến tháng 11/2015`, `đầu năm 2014 đến tháng 11-2015`: from a year (or its start) to a later
    month that carries its year (`từ cuối năm 2014 đến tháng 3` may end in either year); no comma may part them
    (`từ năm 2007, đến tháng 3/2011 nhà máy ...` tells two events in turn), and without `từ` no clause may follow
    at once; `đầu năm` starts in January, as `từ đầu năm ... đến tháng ...` does."""
    y1, m2 = int(m.group("y1")), int(m.group("m2"))
    y2, written = year_of(m, "b", pub)
    if not written or m.group("comma") or not m.group("tu") and (_year_part_before(m) or _clause_after(m)):
        return []
    if y2 < y1 or y2 - y1 > 30 or (y2 == y1 and m2 == 1):
        return []
    if (m.group("edge") or "").lower() == "đầu":
        return [Cand(m.start(), m.end(), "period", ("months", (y1, 1), (y2, m2)), True)]
    return [Cand(m.start(), m.end(), "period", ("mixed", (y1,), (y2, m2)), True)]


@rule(RULES, "period_years_without_from",
      r"{word_start}(?:(?P<edge>{year_edges}){blanks})?năm{blanks}(?P<y1>{year})(?!\d){blanks}{to}{blanks}"
      r"(?:(?:hết|cuối|đầu){blanks})?(?:năm{blanks})?(?P<y2>{year}){year_end}(?!{blank}*+(?:%|phần{blanks}trăm))",
      words=first_words(V["year_edges"]["words"]) + ["năm"],
      lead=pattern(r"(?:{year_edges}{blanks})?năm{blanks}{year}{blanks}{to}", "period_years_without_from lead"))
def period_years_without_from(m, pub):
    """`năm 2014 đến 2016`, `cuối năm 2013 đến đầu năm 2016`: two years joined by `đến` without `từ` before them
    (`từ năm ... đến ...` is ``period_to``); not after the quarter, month or day the first year belongs to, not
    with a comma between or a clause right after (two events in turn), at most 30 years apart."""
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 <= y1 or y2 - y1 > 30 or _year_part_before(m) or _clause_after(m):
        return []
    return [Cand(m.start(), m.end(), "period", ("years", y1, y2), True)]


@rule(RULES, "period_days_words",
      r"{word_start}(?:(?P<tu>(?:kể{blanks})?từ){blanks}(?:(?P<ngay1>ngày){blanks})?|(?P<ngay>ngày){blanks})"
      r"(?P<d1>{day})(?:{blanks}tháng{blanks}(?P<m1>{month_number})(?:,?{blanks}năm{blanks}(?P<y1>{year_wide}))?+)?+"
      r"(?!\d)(?:{blank}*+{dash}{blank}*+|,?{blanks}{to}{blanks})(?:(?:hết{blanks})?(?P<ngay2>ngày){blanks})?"
      r"(?P<d2>{day}){blanks}tháng{blanks}(?P<m2>{month_number})(?!\d)"
      r"(?:,?{blanks}năm{blanks}(?P<y2>{year_wide})(?!\d)|[/\-](?P<y3>{year})(?!\d))?+", words=_FROM + ["ngày"],
      lead=r"(?:(?:kể[ \u00a0]++)?từ[ \u00a0]++(?:ngày[ \u00a0]++)?|ngày[ \u00a0]++)\d\d?[ \u00a0,\-–—]")
def period_days_words(m, pub):
    """`từ ngày 5 đến ngày 8 tháng 7 năm 2017`, `từ ngày 28 tháng 2 đến ngày 3 tháng 3`: days written with `tháng`,
    the first day often bare; without a year it needs `ngày` (`từ 3 đến 6 tháng 1 lần` is a frequency)."""
    gd = m.groupdict()
    d1, d2, m2 = int(gd["d1"]), int(gd["d2"]), int(gd["m2"])
    m1 = int(gd["m1"]) if gd["m1"] else m2
    y1, y2 = to_int(gd["y1"]), to_int(gd["y2"] or gd["y3"])
    if y1 is None and y2 is None and not (gd["ngay"] or gd["ngay1"] or gd["ngay2"]):
        return []
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if y2 is None:
        y2 = y1 if y1 is None or (m1, d1) <= (m2, d2) else y1 + 1
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)) or ((y1 or 0), m1, d1) >= ((y2 or 0), m2, d2):
        return []
    start = m.start() if gd["tu"] else m.start("d1")
    return [Cand(start, m.end(), "period", ("days", (y1, m1, d1), (y2, m2, d2)), y1 is not None)]


@rule(RULES, "period_months_bare",
      r"{word_start}(?:(?:(?P<tu>(?:kể{blanks})?từ)|(?P<head>{period_heads})(?:{blanks}từ)?+){blanks})?"
      r"{num_start}(?P<m1>{month_number})/(?P<y1>{year})(?!\d)(?:{blank}*+{dash}{blank}*+|,?{blanks}{to}{blanks})"
      r"(?:(?:(?:hết|cuối){blanks})?(?:tháng{blanks})?(?P<m2>{month_number})/(?P<y2>{year}){num_end}"
      r"|(?P<open>{open_end_words}){word_end})", words=_FROM + _HEADS, digit=True,
      lead=pattern(_FROM_OR_HEAD, "period_months_bare lead") + _MONTH_TO, digit_lead=_MONTH_TO)
def period_months_bare(m, pub):
    """`từ 1/2016 - 1/2018`, `11/1991-8/1995: ...` (a career line), `từ 5/2017 đến nay` (open): months written
    month/year without `tháng`, the later after the earlier, at most 30 years apart."""
    m1, y1 = int(m.group("m1")), int(m.group("y1"))
    start = m.start() if m.group("tu") or m.group("head") else m.start("m1")
    if start == m.start("m1") and _RATIO_BEFORE.search(m.string, max(0, start - 12), start):
        return []  # `tỷ lệ 1/2000 - 1/2005`: map scales
    if m.group("open"):
        if not m.group("tu"):
            return []
        return [Cand(start, m.end(), "period", ("months", (y1, m1), None), True)]
    m2, y2 = int(m.group("m2")), int(m.group("y2"))
    if (y1, m1) >= (y2, m2) or y2 - y1 > 30:
        return []
    return [Cand(start, m.end(), "period", ("months", (y1, m1), (y2, m2)), True)]


@rule(RULES, "period_days_short",
      r"{word_start}(?:(?P<tu>(?:kể{blanks})?từ){blanks})?(?:ngày|" + _DAY_PARTS + r"){blanks}{num_start}"
      r"(?P<d1>{day})(?P<s1>[/.\-–])(?P<m1>{month_number})(?![\d/.\-–])" + _GLOSS + r"(?P<comma>,)?{blanks}{to}{blanks}"
      r"(?:hết{blanks})?(?:(?:ngày|" + _DAY_PARTS + r"){blanks})?(?P<d2>{day})(?P=s1)(?P<m2>{month_number})"
      r"(?:(?P=s1)(?P<y2>{year}))?+{num_end}", words=_FROM + ["ngày"] + _DAY_PARTS_WORDS,
      lead=pattern(r"(?:(?:kể{blanks})?từ{blanks})?(?:ngày|" + _DAY_PARTS + r"){blanks}", "period_days_short lead")
      + _DAYS_SHORT_TO)
def period_days_short(m, pub):
    """`từ ngày 14-5 đến ngày 18-5`, `Từ ngày 2-2 (mùng 6 Tết) đến ngày 8-2`, `ngày 27-2 tới 11-3-2011`: two days
    written day-month with the same mark (dash, dot or slash), the first after `ngày` or a part of the day, a short
    note in brackets (a lunar day, a weekday) allowed before `đến`; the first takes the second's year."""
    d1, m1, d2, m2, y2 = int(m.group("d1")), int(m.group("m1")), int(m.group("d2")), int(m.group("m2")), \
        to_int(m.group("y2"))
    if m.group("comma") and not m.group("tu"):
        return []  # `xảy ra ngày 5-1, đến ngày 12-1 ...`: two events in turn, not one period
    y1 = None if y2 is None else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)) or ((y1 or 0), m1, d1) >= ((y2 or 0), m2, d2):
        return []
    start = m.start() if m.group("tu") else m.start("d1")
    return [Cand(start, m.end(), "period", ("days", (y1, m1, d1), (y2, m2, d2)), y2 is not None)]


#: a century after a two-digit decade: `của thế kỷ trước`, `thế kỷ XX`, `thế kỉ 20`
_CENTURY = r"(?:{blanks}của)?{blanks}thế{blanks}(?:kỷ|kỉ){blanks}(?:(?P<prev>trước)|(?P<c>1[89]|2[01]|XVIII|XIX|XXI|XX)){word_end}"
#: a year list or a period after the decade's year: `những năm 2010, 2011`, `những năm 1990 - 1995` are no decade
_NOT_A_LIST = r"(?!(?:{blank}*+[,\-–—]|{blanks}(?:và|hoặc|đến|tới)){blank}*+(?:năm{blanks})?(?:19|20)\d\d)"
_CENTURIES = {"XVIII": 18, "XIX": 19, "XX": 20, "XXI": 21}


@rule(RULES, "period_decade",
      r"{word_start}(?:những{blanks}năm|thập{blanks}(?:niên|kỷ|kỉ)(?:{blanks}năm)?){blanks}(?:(?P<y>(?:1[89]|20)\d0)"
      r"(?!\d)" + _NOT_A_LIST + r"{num_end}|(?P<yy>[1-9]0)(?!\d)" + _CENTURY + r")(?!{blank}*+%)",
      words=["những", "thập"],
      lead=r"(?:những[ \u00a0]++năm|thập[ \u00a0]++(?:niên|kỷ|kỉ)(?:[ \u00a0]++năm)?)[ \u00a0]++\d")
def period_decade(m, pub):
    """`những năm 1990`, `thập niên 1980`, `những năm 90 của thế kỷ trước`, `thập niên 60 thế kỷ XX`: a decade, the
    ten years it names (`những năm` is plural: not the year 1990); not a list (`những năm 2010, 2011`)."""
    if m.group("y"):
        y = int(m.group("y"))
        if y > 2000 and m.group().lower().startswith("những"):
            return []  # `những năm 2010`: as often the years around 2010 as a decade not yet over
    else:
        if m.group("prev"):
            if pub is None:
                return []
            century = (pub - 1) // 100   # the century before the one of the publication year (2017: the 20th)
        else:
            c = m.group("c")
            century = _CENTURIES[c] if c.isalpha() else int(c)
        y = (century - 1) * 100 + int(m.group("yy"))
    return [Cand(m.start(), m.end(), "period", ("years", y, y + 9), True)]

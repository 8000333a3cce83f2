"""Dates and periods: date-times, dates, months, quarters, half years, years, periods.

The grammar is a set of small regex rules (``_RULES``), each finding one shape
of calendar expression and resolving it to a :class:`~cchc_extract.records.DateMention`
value (records.md "DateMention").  Every rule proposes candidates; the longest
candidate wins where they overlap (``từ năm 2019 đến 2022`` is one period, not
two years), then a few language checks drop what is not a date (years closing a
law's name, standard versions, recurring days).  Word lists live in
``patterns/dates.yaml`` beside their examples.

A missing year is taken from the publication year when it is known, else
written ``XXXX``; a yearless month, quarter or day right before one with a year
(``quý III và quý IV/2023``) takes that year.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Callable

import regex
import yaml

from ..context import ArticleContext, stage
from ..numbers import parse_roman, parse_word_number
from ..records import DateMention


def _load_vocab() -> dict[str, dict]:
    text = (resources.files("cchc_extract") / "patterns" / "dates.yaml").read_text("utf-8")
    return {e["name"]: e for e in yaml.safe_load(text) if isinstance(e, dict) and "name" in e}


_V = _load_vocab()


def _alt(words, *, escape: bool = True) -> str:
    """An alternation of phrases, longest first, spaces matching any blank run."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join((regex.escape(w) if escape else w).replace(r"\ ", r"[ \u00a0]++") for w in items) + ")"


_S = r"[ \u00a0]"                       # one blank inside a line
_WS = r"[ \u00a0]++"                    # a run of blanks
_NB = r"(?<![\p{N}\p{L}.,/:\-])"         # a number starts here
_NE = r"(?![\p{N}\p{L}]|[.,:]\p{N}|[/\-][\p{N}\p{L}])"  # a number ends here (not a code)
_Y = r"(?:19|20)\d\d"
_D = r"(?:3[01]|[12]\d|0?[1-9])"
_M = r"(?:1[0-2]|0?[1-9])"
_DASH = r"[\-–—]"
_TO = r"(?:đến|tới|cho[ \u00a0]đến|cho[ \u00a0]tới)"
_QR = r"(?-i:IV|III|II|I)"

_WEEKDAY = _alt(_V["weekdays"]["words"])
_DAYPRE = _alt(_V["day_prefixes"]["words"])
_POD = _alt(_V["parts_of_day"]["words"])
_PM = set(_V["parts_of_day"]["pm"])
_HEAD = _alt(_V["period_heads"]["words"])
_EDGE = _alt(_V["year_edges"]["words"])
_PREP = _alt(_V["bare_year_prepositions"]["words"])
_COUNT = _alt(_V["count_nouns"]["words"])
_OPEN = _alt(_V["open_end_words"]["words"])
_RECUR = _alt(_V["recurring_markers"]["words"])
_RELYEAR: dict[str, int] = _V["relative_years"]["words"]
_REL = _alt(_RELYEAR)
_MONTH_WORDS: dict[str, int] = _V["month_words"]["words"]
_MW = _alt(_MONTH_WORDS)
_LAW_HEADS = _V["law_names"]["heads"]
_LAW_BREAK = set(_V["law_names"]["breakers"])

_L = r"(?<![\p{L}\p{N}])"               # a word starts here
_R = r"(?![\p{L}\p{N}])"                # a word ends here

# A year after a date part: `/2023`, `-2023`, ` năm 2023`, `, năm 2023`, ` năm nay`.
_YEAR_TAIL = (rf"(?:{_S}*+[/.\-]{_S}*+(?P<{{p}}y>{_Y})(?!\d)|,?{_WS}năm{_WS}(?P<{{p}}y2>{_Y})(?!\d)"
              rf"|{_WS}năm{_WS}(?P<{{p}}rel>{_REL}){_R})?+")


def _yt(prefix: str) -> str:
    return _YEAR_TAIL.replace("{p}", prefix)


_TIME = (rf"(?P<h>2[0-3]|[01]?\d)(?:(?::|h|g)(?P<mi>[0-5]\d)(?::[0-5]\d)?+|{_S}?giờ(?:{_S}?(?P<mi2>[0-5]?\d)"
         rf"(?:{_S}?phút)?+)?+|h(?![\p{{L}}\p{{N}}]))(?:{_WS}(?P<pod>{_POD}){_R})?+")
_TIME_COLON = r"(?P<h>2[0-3]|[01]?\d)(?::|h)(?P<mi>[0-5]\d)(?::[0-5]\d)?+"
_DATE_FULL = rf"(?P<d>{_D})(?P<sep>[/.\-–])(?P<m>{_M})(?P=sep)(?P<y>{_Y})"
_DATE_ANY = rf"(?P<d>{_D})(?P<sep>[/\-])(?P<m>{_M})(?:(?P=sep)(?P<y>{_Y}))?+"

_MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str
    parts: tuple            # resolved pieces, see _value
    explicit_year: bool
    order: int = 0          # rule order, breaks ties


# ------------------------------------------------------------------ helpers

def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _valid_day(y: int | None, m: int, d: int) -> bool:
    if not (1 <= m <= 12):
        return False
    last = calendar.monthrange(y, m)[1] if y else (29 if m == 2 else calendar.monthrange(2001, m)[1])
    return 1 <= d <= last


def _hour(m: regex.Match) -> tuple[int, int]:
    h = int(m.group("h"))
    mi = m.groupdict().get("mi") or m.groupdict().get("mi2") or "0"
    pod = (m.groupdict().get("pod") or "").lower()
    if pod in _PM and 1 <= h <= 11:
        h += 12
    return h, int(mi)


def _year_of(m: regex.Match, prefix: str, pub_year: int | None) -> tuple[int | None, bool]:
    """The year written after a date part (group names from :func:`_yt`), and whether it was written."""
    gd = m.groupdict()
    y = gd.get(prefix + "y") or gd.get(prefix + "y2")
    if y:
        return int(y), True
    rel = gd.get(prefix + "rel")
    if rel and pub_year is not None:
        return pub_year + _RELYEAR.get(rel.lower(), 0), False
    return None, False


# ------------------------------------------------------------------ rules
# Each rule: (compiled regex, builder(match, pub_year) -> list[_Cand]).

_RULES: list[tuple[regex.Pattern, Callable]] = []


def _first_words(phrases) -> list[str]:
    return sorted({p.split()[0].lower() for p in phrases})


@dataclass(frozen=True)
class _Start:
    """Where a rule's match can start: its first words, a digit, or other marks.

    ``follow`` maps a first word to every word that can come next in a match,
    after blanks (:data:`_DIGIT` standing for a number); a first word missing
    from it says nothing.  It only saves attempts that cannot match.
    """

    words: tuple[str, ...] = ()
    digit: bool = False
    extra: tuple[str, ...] = ()
    follow: dict[str, frozenset[str]] | None = None


# The next word when it is a number (starts with a digit 0-9), by what follows it:
_NUMBER_DASH = "#-"    # blanks and a dash (`2021 - 2025`)
_NUMBER_SLASH = "#/"   # a slash (`15/3`), but neither a full date nor a day range:
_NUMBER_FULL = "#/f"   #   a full date, d/m/yyyy (see _DM_NEXT_RE)
_NUMBER_RANGE = "#/r"  #   a range of days (`15/3 - 20/3`)
_NUMBER_FULL_RANGE = "#/fr"
_NUMBER_SLASH_ANY = "#/?"  # a slash after a number of other characters (`1٥`, `15và16`): any of those
_NUMBER_THANG = "#t"   # blanks and `tháng` (`15 tháng 3`)
_NUMBER_LONG = "#n"    # anything else, after three or more digits 0-9 (`2022`, not a day)
_NUMBER_OTHER = "#."   # anything else, after any other number
_DIGIT = "#"           # in a ``then`` set of :func:`_follow`: any of these


def _follow(*groups: tuple[list[str], set[str]]) -> dict[str, frozenset[str]]:
    """``follow`` of a rule whose match starts with one of ``phrases``, then blanks,
    then one of ``then``: ``(phrases, then)`` for each way it can start."""
    out: dict[str, set[str]] = {}
    for phrases, then in groups:
        for phrase in phrases:
            words = phrase.casefold().split()
            nexts = {words[1] if words[1][0] not in "0123456789" else _DIGIT} if len(words) > 1 else \
                {t.casefold() for t in then}
            if _DIGIT in nexts:
                nexts = (nexts - {_DIGIT}) | {_NUMBER_DASH, _NUMBER_SLASH, _NUMBER_FULL, _NUMBER_RANGE,
                                              _NUMBER_FULL_RANGE, _NUMBER_SLASH_ANY, _NUMBER_THANG, _NUMBER_LONG,
                                              _NUMBER_OTHER}
            out.setdefault(words[0], set()).update(nexts)
    return {w: frozenset(ws) for w, ws in out.items()}


def _anchor(words=(), *, digit: bool = False, extra: tuple[str, ...] = (), follow=None) -> _Start:
    return _Start(tuple(w.lower() for w in words), digit, tuple(extra), follow)


# The second word of a weekday (`thứ hai`, `chủ nhật`); a one-word weekday (`CN`,
# `T2`) may have a comma right after it, so it says nothing.
_WEEKDAY_FOLLOW = _follow(([w for w in _V["weekdays"]["words"] if len(w.split()) > 1], set()))
_QUARTER_NUMBER = {"i", "ii", "iii", "iv", _DIGIT}   # after `quý`: a Roman or Arabic number


_A_WEEKDAY = _first_words(_V["weekdays"]["words"])
_A_FROM = ["từ", "kể"]
_A_HEAD = _first_words(_V["period_heads"]["words"])


def _rule(pattern: str, anchor: _Start, flags: int = regex.IGNORECASE):
    compiled = regex.compile(pattern, flags | regex.V0)

    def register(fn):
        _RULES.append((compiled, anchor, fn))
        return fn

    return register


@_rule(rf"(?:(?P<wd>{_L}{_WEEKDAY}),?{_WS})?{_NB}{_TIME}{_S}*+(?:[,|\-–]{_S}*+)?(?:(?P<ngay>ngày){_WS})?"
       rf"{_NB}{_DATE_ANY}{_NE}", _anchor(_A_WEEKDAY, digit=True, follow=_WEEKDAY_FOLLOW))
def _datetime_time_first(m, pub):
    y = _int(m.group("y"))
    if y is None and not m.group("ngay"):
        return []
    h, mi = _hour(m)
    d, mo = int(m.group("d")), int(m.group("m"))
    if not _valid_day(y, mo, d):
        return []
    return [_Cand(m.start(), m.end(), "datetime", (y, mo, d, h, mi), y is not None)]


@_rule(rf"(?:(?P<wd>{_L}{_WEEKDAY}),?{_WS})?{_NB}{_DATE_FULL}(?:{_S}*+[,|\-–]{_S}*+|{_WS}(?:lúc{_WS})?)"
       rf"{_TIME_COLON}(?:{_WS}(?P<pod>(?-i:AM|PM|am|pm)))?+(?![\p{{N}}\p{{L}}])",
       _anchor(_A_WEEKDAY, digit=True, follow=_WEEKDAY_FOLLOW))
def _datetime_date_first(m, pub):
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not _valid_day(y, mo, d):
        return []
    h, mi = _hour(m)  # `02:15 PM` is 14:15
    return [_Cand(m.start(), m.end(), "datetime", (y, mo, d, h, mi), True)]


@_rule(r"(?-i:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)),[ ]++(?P<d>\d{1,2})[ ]++(?P<mon>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
       r"|Oct|Nov|Dec))[ ]++(?P<y>(?:19|20)\d\d)[ ]++(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?+"
       r"(?:[ ]++[+\-]\d{4})?+", _anchor(extra=(r"(?<!\w)(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),",)), 0)
def _datetime_feed(m, pub):
    y, mo, d = int(m.group("y")), _MONTHS_EN[m.group("mon").lower()], int(m.group("d"))
    if not _valid_day(y, mo, d):
        return []
    return [_Cand(m.start(), m.end(), "datetime", (y, mo, d, int(m.group("h")), int(m.group("mi"))), True)]


@_rule(rf"(?:(?P<wd>{_L}{_WEEKDAY}),?{_WS})?{_NB}{_DATE_FULL}{_NE}",
       _anchor(_A_WEEKDAY, digit=True, follow=_WEEKDAY_FOLLOW))
def _date_numeric(m, pub):
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not _valid_day(y, mo, d):
        return []
    return [_Cand(m.start(), m.end(), "date", (y, mo, d), True)]


@_rule(rf"{_NB}(?P<y>{_Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:(?:(?-i:T)|{_S})"
       rf"(?P<h>2[0-3]|[01]\d):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d++)?+)?+(?:(?-i:Z)|[+\-]\d\d:?\d\d)?+)?+{_NE}",
       _anchor(digit=True))
def _date_iso(m, pub):
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not _valid_day(y, mo, d):
        return []
    if m.group("h"):
        return [_Cand(m.start(), m.end(), "datetime", (y, mo, d, int(m.group("h")), int(m.group("mi"))), True)]
    return [_Cand(m.start(), m.end(), "date", (y, mo, d), True)]


# A day and month without a year after a word: a number, a slash, no full date.
_DAY_MONTH_NEXT = {_NUMBER_SLASH, _NUMBER_RANGE, _NUMBER_SLASH_ANY}


@_rule(rf"{_L}(?P<pre>{_DAYPRE}){_WS}(?P<num>(?P<d>{_D})(?P<sep>[/\-])(?P<m>{_M})){_NE}"
       rf"(?:{_WS}năm{_WS}(?P<y>{_Y})(?!\d))?+", _anchor(_first_words(_V["day_prefixes"]["words"]),
                                                        follow=_follow((_V["day_prefixes"]["words"],
                                                                        _DAY_MONTH_NEXT | {_NUMBER_DASH}))))
def _date_yearless(m, pub):
    y = _int(m.group("y"))
    d, mo = int(m.group("d")), int(m.group("m"))
    if not _valid_day(y, mo, d):
        return []
    return [_Cand(m.start("num"), m.end(), "date", (y, mo, d), y is not None)]


_TIME_PREP = _alt(_V["time_prepositions"]["words"])
_FRACTIONS = set(_V["time_prepositions"]["fractions"])
_SHARE = _alt(_V["time_prepositions"]["share_words"])


@_rule(rf"{_L}(?P<pre>{_TIME_PREP}){_WS}(?P<num>(?P<d>{_D})/(?P<m>{_M})){_NE}(?!{_WS}(?:{_SHARE}|{_COUNT}){_R})",
       _anchor(_first_words(_V["time_prepositions"]["words"]),
               follow=_follow((_V["time_prepositions"]["words"], _DAY_MONTH_NEXT))))
def _date_after_preposition(m, pub):
    d, mo = int(m.group("d")), int(m.group("m"))
    if m.group("num") in _FRACTIONS or not _valid_day(None, mo, d):
        return []
    return [_Cand(m.start("num"), m.end("num"), "date", (None, mo, d), False)]


@_rule(rf"\((?P<num>(?P<d>\d\d?)/(?P<m>\d\d?))\)", _anchor(extra=(r"\(",)))
def _date_parenthesised(m, pub):
    d, mo = int(m.group("d")), int(m.group("m"))
    # `(1/3)` is more often a fraction than the first of March.
    if not _valid_day(None, mo, d) or (d < mo and len(m.group("d")) == 1 and len(m.group("m")) == 1):
        return []
    return [_Cand(m.start("num"), m.end("num"), "date", (None, mo, d), False)]


@_rule(rf"{_L}(?:(?P<ngay>ngày){_WS})?(?P<num>(?P<d>{_D}){_WS}tháng{_WS}(?P<m>{_M}))(?!\d)"
       rf"(?:,?{_WS}năm{_WS}(?P<y>{_Y})(?!\d)|[/\-](?P<y3>{_Y})(?!\d))?+",
       _anchor(["ngày"], digit=True, follow=_follow((["ngày"], {_NUMBER_THANG}))))
def _date_words(m, pub):
    y = _int(m.group("y") or m.group("y3"))
    if y is None and not m.group("ngay"):
        return []
    d, mo = int(m.group("d")), int(m.group("m"))
    if not _valid_day(y, mo, d):
        return []
    return [_Cand(m.start("num"), m.end(), "date", (y, mo, d), y is not None)]


@_rule(rf"{_L}ngày{_WS}(?P<d1>{_D}){_S}*+(?:,|và|{_WS}và){_S}*+(?P<num>(?P<d>{_D})(?:/(?P<m>{_M})(?:/(?P<y>{_Y}))?+"
       rf"|{_WS}tháng{_WS}(?P<mw>{_M})(?:,?{_WS}năm{_WS}(?P<yw>{_Y}))?+)){_NE}",
       _anchor(["ngày"], follow=_follow((["ngày"], {_NUMBER_OTHER, _NUMBER_SLASH, _NUMBER_SLASH_ANY, _NUMBER_THANG}))))
def _date_pair(m, pub):
    y = _int(m.group("y") or m.group("yw"))
    d1, d, mo = int(m.group("d1")), int(m.group("d")), int(m.group("m") or m.group("mw"))
    if not (_valid_day(y, mo, d1) and _valid_day(y, mo, d)) or d1 >= d:
        return []
    return [_Cand(m.start("d1"), m.end("d1"), "date", (y, mo, d1), y is not None),
            _Cand(m.start("num"), m.end(), "date", (y, mo, d), y is not None)]


@_rule(rf"{_L}(?:tháng{_WS}(?P<m>{_M})(?!\d)|tháng{_WS}(?P<mw>{_MW}){_R}|(?-i:T)(?P<mt>{_M})(?=[/\-]{_Y}))" + _yt("")
       + rf"(?!{_S}*+[\-–/]{_S}*+\d)",
       _anchor(["tháng"], extra=(r"(?<!\w)T(?=[0-9])",),
               follow=_follow((["tháng"], {_DIGIT, *_first_words(_MONTH_WORDS)}))))
def _month(m, pub):
    y, explicit = _year_of(m, "", pub)
    if m.group("mw"):
        word = m.group("mw")
        if not explicit and not word[0].isupper():
            return []
        mo = _MONTH_WORDS.get(" ".join(word.lower().split()))
        if mo is None:
            return []
    else:
        mo = int(m.group("m") or m.group("mt"))
    return [_Cand(m.start(), m.end(), "month", (y, mo), explicit)]


@_rule(rf"(?:{_L}(?:{_PREP}){_WS}|\()(?P<num>(?P<m>{_M})/(?P<y>{_Y})){_NE}",
       _anchor(_first_words(_V["bare_year_prepositions"]["words"]), extra=(r"\(",),
               follow=_follow((_V["bare_year_prepositions"]["words"], _DAY_MONTH_NEXT))))
def _month_bare(m, pub):
    return [_Cand(m.start("num"), m.end("num"), "month", (int(m.group("y")), int(m.group("m"))), True)]


@_rule(rf"{_L}(?:quý{_WS}(?P<q>{_QR}|[1-4])|(?-i:Q)(?P<qq>[1-4])(?=[/\-]{_Y}|{_S}{_Y}))(?![\p{{L}}\p{{N}}])"
       + _yt("") + rf"|{_L}(?-i:Q)(?P<q3>[1-4]){_WS}(?P<y3>{_Y})(?!\d)",
       _anchor(["quý"], extra=(r"(?<!\w)Q(?=[0-9])",), follow=_follow((["quý"], _QUARTER_NUMBER))))
def _quarter(m, pub):
    q = m.group("q") or m.group("qq") or m.group("q3")
    qn = parse_roman(q) if q.isalpha() else int(q)
    if m.group("y3"):
        y, explicit = int(m.group("y3")), True
    else:
        y, explicit = _year_of(m, "", pub)
    return [_Cand(m.start(), m.end(), "quarter", (y, qn), explicit)]


_SMALL_NUMBERS = ["mười hai", "mười một", "mười", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín"]
_SMALL_WORDS = "(?:" + "|".join(w.replace(" ", r"[ \u00a0]") for w in _SMALL_NUMBERS) + ")"


@_rule(rf"{_L}(?:(?P<n>\d{{1,2}})|(?P<nw>{_SMALL_WORDS})){_WS}tháng{_WS}(?:(?P<edge>đầu|cuối){_WS})?(?:(?:của|trong){_WS})?năm"
       rf"(?:{_WS}(?P<y>{_Y})(?!\d)|{_WS}(?P<rel>{_REL}){_R})?+|{_L}nửa{_WS}(?P<half>đầu|cuối){_WS}năm"
       rf"(?:{_WS}(?P<hy>{_Y})(?!\d)|{_WS}(?P<hrel>{_REL}){_R})?+",
       _anchor(["mười", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "nửa"],
               digit=True, follow=_follow((_SMALL_NUMBERS, {"tháng"}), (["nửa"], {"đầu", "cuối"}))))
def _months_of_year(m, pub):
    gd = m.groupdict()
    if gd["half"]:
        y = _int(gd["hy"])
        explicit = y is not None
        if y is None and gd["hrel"] and pub is not None:
            y = pub + _RELYEAR.get(gd["hrel"].lower(), 0)
        return [_Cand(m.start(), m.end(), "half_year", (y, 1 if gd["half"].lower() == "đầu" else 2), explicit)]
    n = int(gd["n"]) if gd["n"] else parse_word_number(gd["nw"])
    y = _int(gd["y"])
    explicit = y is not None
    if y is None and gd["rel"] and pub is not None:
        y = pub + _RELYEAR.get(gd["rel"].lower(), 0)
    edge = (gd["edge"] or "").lower()
    if not n or n > 12 or (not edge and not explicit and not gd["rel"]):
        return []
    if n == 6:
        return [_Cand(m.start(), m.end(), "half_year", (y, 2 if edge == "cuối" else 1), explicit)]
    first, last = (13 - n, 12) if edge == "cuối" else (1, n)
    return [_Cand(m.start(), m.end(), "period", ("months", (y, first), (y, last)), explicit)]


_STEMS = _V["lunar_year_names"]["stems"]
_BRANCH = _alt(_V["lunar_year_names"]["branches"])


@_rule(rf"{_L}(?:{_alt(_STEMS)}){_WS}{_BRANCH}{_WS}(?P<y>{_Y}){_NE}",
       _anchor(_STEMS, follow=_follow((_STEMS, set(_V["lunar_year_names"]["branches"])))))
def _year_lunar(m, pub):
    return [_Cand(m.start(), m.end(), "year", (int(m.group("y")),), True)]


# A year after a word: a number of four characters (never a day/month's one or two).
_YEAR_NEXT = {_NUMBER_LONG, _NUMBER_OTHER, _NUMBER_DASH, _NUMBER_THANG, _NUMBER_SLASH_ANY}


# A year may be followed by `,2016` in a list written without a blank (`năm 2015,2016, 2017`).
_NE_YEAR = r"(?![\p{N}\p{L}]|[.:]\p{N}|,\d{1,3}(?!\d)|[/\-][\p{N}\p{L}])"


@_rule(rf"{_L}(?:(?P<edge>{_EDGE}){_WS})?năm{_WS}(?P<y>(?:1[89]|20)\d\d){_NE_YEAR}(?!{_S}*+(?:%|phần{_WS}trăm))",
       _anchor(_first_words(_V["year_edges"]["words"]) + ["năm"],
               follow=_follow((_V["year_edges"]["words"], {"năm"}), (["năm"], _YEAR_NEXT))))
def _year(m, pub):
    y = int(m.group("y"))
    start = m.start()
    if y % 10 == 0 and y < 2000 and m.string[max(0, start - 10):start].lower().endswith(("những ", "thập niên ")):
        return []  # `những năm 1990`: a decade
    return [_Cand(start, m.end(), "year", (y,), True)]


@_rule(rf"{_L}(?:(?P<pre>{_PREP}){_WS})(?P<num>{_Y}){_NE}(?!{_S}*+(?:%|phần{_WS}trăm|\d)|{_WS}{_COUNT}{_R})",
       _anchor(_first_words(_V["bare_year_prepositions"]["words"]),
               follow=_follow((_V["bare_year_prepositions"]["words"], _YEAR_NEXT))))
def _year_bare(m, pub):
    pre = m.group("pre").lower()
    start = m.start() if pre in ("cuối", "đầu", "giữa") else m.start("num")
    return [_Cand(start, m.end(), "year", (int(m.group("num")),), True)]


@_rule(rf"(?:{_L}(?P<head>{_HEAD}){_WS}(?:năm{_WS})?|{_L}(?P<nam>năm){_WS})?{_NB}(?P<y1>{_Y}){_S}*+{_DASH}{_S}*+"
       rf"(?P<y2>{_Y}){_NE}(?!{_S}*+%)",
       _anchor(_A_HEAD + ["năm"], digit=True,
               follow=_follow((_V["period_heads"]["words"], {"năm", _NUMBER_DASH}), (["năm"], {_NUMBER_DASH}))))
def _period_dash(m, pub):
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    bare = not (m.group("head") or m.group("nam"))
    if y2 <= y1 or y2 - y1 > (30 if bare else 100):
        return []
    start = m.start()
    if m.group("head") and m.group("head").lower() in ("các năm", "những năm", "trong các năm"):
        start = m.start("y1")
    return [_Cand(start, m.end(), "period", ("years", y1, y2), True)]


# What may follow `từ` (from) or a period's head in a span of years: an edge word,
# `năm`, or a year followed by a comma or blanks (then `đến`).
_AFTER_FROM = {*_first_words(_V["year_edges"]["words"]), "năm", _NUMBER_LONG, _NUMBER_OTHER}


@_rule(rf"{_L}(?:(?:kể{_WS})?từ|(?P<head>{_HEAD})(?:{_WS}từ)?+){_WS}(?:(?:{_EDGE}){_WS})?(?:năm{_WS})?(?P<y1>{_Y})(?!\d),?"
       rf"{_WS}{_TO}{_WS}(?:(?:hết|cuối|đầu){_WS})?(?:(?:năm{_WS})?(?P<y2>{_Y})(?!\d)|(?P<open>{_OPEN}){_R})",
       _anchor(_A_FROM + _A_HEAD, follow=_follow((["kể từ", "từ"], _AFTER_FROM),
                                                 (_V["period_heads"]["words"], {"từ", *_AFTER_FROM}))))
def _period_to(m, pub):
    y1 = int(m.group("y1"))
    if m.group("open"):
        return [_Cand(m.start(), m.end(), "period", ("years", y1, None), True)]
    y2 = int(m.group("y2"))
    if y2 <= y1:
        return []
    return [_Cand(m.start(), m.end(), "period", ("years", y1, y2), True)]


@_rule(rf"{_L}(?:kể{_WS})?từ{_WS}đầu{_WS}năm{_WS}(?P<y1>{_Y})(?!\d),?{_WS}{_TO}{_WS}(?:(?:hết|cuối){_WS})?"
       rf"(?:tháng{_WS}(?P<m2>{_M})(?!\d)" + _yt("b") + rf"|(?:ngày{_WS})?{_NB}(?P<d2>{_D})[/\-](?P<dm>{_M})"
       rf"(?:[/\-](?P<dy>{_Y}))?+)" + _NE, _anchor(_A_FROM, follow=_follow((["kể từ", "từ"], {"đầu"}))))
def _period_from_year_start(m, pub):
    """`từ đầu năm 2024 đến hết tháng 9/2024`: from January of that year."""
    y1 = int(m.group("y1"))
    if m.group("m2"):
        m2 = int(m.group("m2"))
        y2 = _year_of(m, "b", pub)[0] or y1
        if (y2, m2) <= (y1, 1):
            return []
        return [_Cand(m.start(), m.end(), "period", ("months", (y1, 1), (y2, m2)), True)]
    d2, m2 = int(m.group("d2")), int(m.group("dm"))
    y2 = _int(m.group("dy")) or y1
    if not _valid_day(y2, m2, d2) or (y2, m2, d2) <= (y1, 1, 1):
        return []
    return [_Cand(m.start(), m.end(), "period", ("days", (y1, 1, 1), (y2, m2, d2)), True)]


@_rule(rf"{_L}(?:(?P<tu>(?:kể{_WS})?từ){_WS})?tháng{_WS}(?P<m1>{_M})(?!\d)" + _yt("a")
       + rf"(?:{_S}*+{_DASH}{_S}*+|,?{_WS}{_TO}{_WS})(?:(?:(?:hết|cuối){_WS})?tháng{_WS})?(?:(?P<m2>{_M})(?!\d)"
       + _yt("b") + rf"|(?P<open>{_OPEN}){_R})" + _NE,
       _anchor(_A_FROM + ["tháng"], follow=_follow((["kể từ", "từ"], {"tháng"}), (["tháng"], {_DIGIT}))))
def _period_months(m, pub):
    m1 = int(m.group("m1"))
    y1, e1 = _year_of(m, "a", pub)
    if m.group("open"):
        if not m.group("tu"):
            return []
        return [_Cand(m.start(), m.end(), "period", ("months", (y1, m1), None), e1)]
    m2 = int(m.group("m2"))
    y2, e2 = _year_of(m, "b", pub)
    if y1 is None and y2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1
    if y2 is None:
        y2 = y1
    if (y1 or 0, m1) >= (y2 or 0, m2):
        return []
    return [_Cand(m.start(), m.end(), "period", ("months", (y1, m1), (y2, m2)), e1 or e2)]


# What may follow `từ`, a time preposition or `ngày` in a range of days: `ngày`, or
# a first day (one or two digits) followed by a slash, a dash or a comma or blanks (not `tháng`).
_DAY_RANGE_NEXT = {"ngày", _NUMBER_RANGE, _NUMBER_FULL_RANGE, _NUMBER_SLASH_ANY, _NUMBER_DASH, _NUMBER_OTHER}


@_rule(rf"{_L}(?:(?:(?P<tu>(?:kể{_WS})?từ)|(?P<pre>{_TIME_PREP})){_WS})?(?:(?P<ngay>ngày){_WS})?{_NB}(?P<d1>{_D})"
       rf"(?:/(?P<m1>{_M})(?:/(?P<y1>{_Y}))?+)?+"
       rf"(?!\d)(?:{_S}*+{_DASH}{_S}*+|,?{_WS}{_TO}{_WS})(?:(?:hết{_WS})?ngày{_WS})?(?:(?P<d2>{_D})/(?P<m2>{_M})"
       rf"(?:/(?P<y2>{_Y}))?+{_NE}|(?P<open>{_OPEN}){_R})",
       _anchor(_A_FROM + ["ngày"] + _first_words(_V["time_prepositions"]["words"]), digit=True,
               follow=_follow((["kể từ", "từ"] + _V["time_prepositions"]["words"], _DAY_RANGE_NEXT),
                              (["ngày"], _DAY_RANGE_NEXT - {"ngày"}))))
def _period_days(m, pub):
    gd = m.groupdict()
    d1 = int(gd["d1"])
    if gd["open"]:
        if not gd["tu"] or not gd["m1"]:
            return []
        y1 = _int(gd["y1"])
        m1 = int(gd["m1"])
        if not _valid_day(y1, m1, d1):
            return []
        return [_Cand(m.start("d1") if not gd["tu"] else m.start(), m.end(), "period", ("days", (y1, m1, d1), None),
                      y1 is not None)]
    d2, m2, y2 = int(gd["d2"]), int(gd["m2"]), _int(gd["y2"])
    if not (gd["tu"] or gd["ngay"]) and (gd["y1"] is None or y2 is None) and not (
            gd["pre"] and gd["m1"] and f"{d1}/{int(gd['m1'])}" not in _FRACTIONS):
        return []  # `1-2/3`: a fraction or a ratio, not two days
    if gd["m1"] is None and gd["y1"] is None and (gd["d1"] and not (gd["tu"] or gd["ngay"])):
        return []
    m1 = int(gd["m1"]) if gd["m1"] else m2
    y1 = _int(gd["y1"])
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if y2 is None:
        y2 = y1
    if not (_valid_day(y1, m1, d1) and _valid_day(y2, m2, d2)) or ((y1 or 0), m1, d1) >= ((y2 or 0), m2, d2):
        return []
    start = m.start() if gd["tu"] else m.start("d1")
    return [_Cand(start, m.end(), "period", ("days", (y1, m1, d1), (y2, m2, d2)), y2 is not None)]


@_rule(rf"{_L}(?:(?:kể{_WS})?từ{_WS})?quý{_WS}(?P<q1>{_QR}|[1-4])(?![\p{{L}}\p{{N}}])" + _yt("a")
       + rf"(?:{_S}*+{_DASH}{_S}*+|,?{_WS}{_TO}{_WS})(?:hết{_WS})?quý{_WS}(?P<q2>{_QR}|[1-4])(?![\p{{L}}\p{{N}}])"
       + _yt("b"), _anchor(_A_FROM + ["quý"], follow=_follow((["kể từ", "từ"], {"quý"}), (["quý"], _QUARTER_NUMBER))))
def _period_quarters(m, pub):
    q1, q2 = m.group("q1"), m.group("q2")
    q1 = parse_roman(q1) if q1.isalpha() else int(q1)
    q2 = parse_roman(q2) if q2.isalpha() else int(q2)
    y1, e1 = _year_of(m, "a", pub)
    y2, e2 = _year_of(m, "b", pub)
    if y1 is None:
        y1 = y2 if y2 is None or q1 <= q2 else y2 - 1
    if y2 is None:
        y2 = y1
    if ((y1 or 0), q1) >= ((y2 or 0), q2):
        return []
    return [_Cand(m.start(), m.end(), "period", ("quarters", (y1, q1), (y2, q2)), e1 or e2)]


# Finding where to try the rules.  Every calendar expression holds a digit or
# one of a few words (`quý I`, `tháng Ba`, `nửa đầu năm`), so one fast scan finds
# these "hot spots"; a rule is then tried only where it can start: at the spot
# or at one of the few words before it on its line.  Letting every rule scan the
# whole text costs far more, as their optional prefixes make every position a
# possible start.
_BY_WORD: dict[str, list[int]] = {}
_BY_DIGIT: list[int] = []
_BY_PAREN: list[int] = []
_BY_T: list[int] = []
_BY_Q: list[int] = []
for _i, (_rx, _start, _fn) in enumerate(_RULES):
    for _w in _start.words:
        _BY_WORD.setdefault(_w, []).append(_i)
    if _start.digit:
        _BY_DIGIT.append(_i)
    for _e in _start.extra:
        if "Mon" in _e:
            for _w in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
                _BY_WORD.setdefault(_w, []).append(_i)
        elif "T(?=" in _e:
            _BY_T.append(_i)
        elif "Q(?=" in _e:
            _BY_Q.append(_i)
        else:
            _BY_PAREN.append(_i)

# word -> {rule index: the words that can follow it in that rule's match}
_FOLLOW_BY_WORD: dict[str, dict[int, frozenset[str]]] = {}
for _i, (_rx, _start, _fn) in enumerate(_RULES):
    for _w, _nexts in (_start.follow or {}).items():
        _FOLLOW_BY_WORD.setdefault(_w, {})[_i] = _nexts

_DIGITS_RE = regex.compile(r"[0-9]+")  # `regex` finds the runs several times faster than `re` here
# The hot words `quý`, `tháng`, `nửa` (as written, capitalised or in capitals) are
# found through a short needle each: finding one rare letter (`ý` of `quý`) or a
# part two spellings share (`háng`) is several times faster than finding every
# spelling.  (needle, offset of the needle in the word, spellings it finds)
_HOT_NEEDLES = [("ý", 2, ("quý", "Quý")), ("Ý", 2, ("QUÝ",)),
                ("háng", 1, ("tháng", "Tháng")), ("Á", 2, ("THÁNG",)),
                ("ử", 1, ("nửa", "Nửa")), ("Ử", 1, ("NỬA",))]
# A digit run is a hot spot when it can belong to a calendar expression; its
# shape tells which rules that start with a digit can start there.
_DIGIT_SHAPE_RE = re.compile(
    r"(?P<year>(?:19|20)[0-9]{2}(?![0-9])(?P<ydash>[ \u00a0]*+[\-–—][ \u00a0]*+[0-9])?+)"
    r"|(?P<time>[0-9]{1,2}(?::[0-9]{2}|[hg][0-9]{2}|h(?!\w)|[ \u00a0]?giờ))"
    r"|(?P<dm>[0-9]{1,2}(?:[/\-][0-9]{1,2}(?![0-9])|[/\-](?:19|20)[0-9]{2}|(?P<dsep>[.–])[0-9]{1,2}(?P=dsep)(?:19|20)[0-9]{2}))"
    r"|(?P<thang>[0-9]{1,2}[ \u00a0]++tháng)"
    r"|(?P<range>[0-9]{1,2}[ \u00a0]*+(?:[\-–—]|,|và|đến|tới)[ \u00a0]*+[0-9]{1,2}/)",
    re.IGNORECASE)
_YEAR_DASH_RE = re.compile(r"[ \u00a0]*+[\-–—][ \u00a0]*+[0-9]")   # the `ydash` group above
_THANG_DAY_RE = re.compile(r"[ \u00a0]++[0-9]")  # a month number after `tháng` (_date_words)
_ISO_MONTH_RE = re.compile(r"-(?:0[1-9]|1[0-2])-")   # what _date_iso reads after the year
# What can follow one or two digits in some shape of _DIGIT_SHAPE_RE (either case).
_AFTER_SHORT_RUN = frozenset(":hHgG \u00a0/-.–—,vVđĐtT")
_DIGIT_RULES_BY_SHAPE = {
    "year": (), "ydash": ("_period_dash",), "ydash_iso": ("_period_dash", "_date_iso"),
    "time": ("_datetime_time_first",),
    "thang": ("_months_of_year",), "thang_day": ("_date_words", "_months_of_year"),
    "range": ("_period_days",),
}
# A day and month (`15/3`, `3/2023`, `15.3.2023`): the rules that read a full date
# (with a time after it), or a day range, are tried only where one starts (_dm_shape).
for _full, _full_rules in (("", ()), ("_full", ("_date_numeric",)),
                           ("_fulltime", ("_datetime_date_first", "_date_numeric"))):
    for _range, _range_rules in (("", ()), ("_range", ("_period_days",))):
        _DIGIT_RULES_BY_SHAPE["dm" + _full + _range] = _full_rules + _range_rules
_BY_SHAPE = {"#" + shape: [i for i in _BY_DIGIT if _RULES[i][2].__name__ in names]
             for shape, names in _DIGIT_RULES_BY_SHAPE.items()}
# What the rules starting with a digit read first at a day/month spot, loosened
# so that a rule cannot match where this does not: a full date (_DATE_FULL up to
# the year's first two digits), then a time (_datetime_date_first up to the
# hour's first character, a digit 0-9 or any non-ASCII one), and a day range
# (_period_days up to the slash after the second day, or the first word of `nay`,
# `hiện nay` ...); any character stands for a digit of the year or the second
# digit of a day.  There the day is the spot's one or two digits.
_DM_NEXT_RE = re.compile(
    r"(?:(?=(?P<full>[0-9]{1,2}(?P<sep>[/.\-–])[0-9]{1,2}(?P=sep)(?:19|20)"
    r"(?P<time>..(?:[ \u00a0]*+[,|\-–][ \u00a0]*+|[ \u00a0]++(?:lúc[ \u00a0]++)?)(?:[0-9]|[^\x00-\x7f]))?)))?"
    r"(?:(?=(?P<range>[0-9]{1,2}(?:/[0-9]{1,2}(?:/(?:19|20)..)?)?"
    r"(?:[ \u00a0]*+[\-–—][ \u00a0]*+|,?[ \u00a0]++(?:đến|tới|cho[ \u00a0]đến|cho[ \u00a0]tới)[ \u00a0]++)"
    r"(?:(?:hết[ \u00a0]++)?ngày[ \u00a0]++)?(?:[0-9].?/|nay|hiện|bây))))?",
    re.IGNORECASE)
_BACK_TOKEN_RE = re.compile(r"\w+|\(")
# blanks, then the next word (letters, digits), and what follows it (see _NUMBER_*)
_NEXT_WORD_RE = re.compile(r"[ \u00a0]++([^\W_]++)(?:(?P<slash>/)|(?P<dash>[ \u00a0]*+[\-–—])|(?P<thang>[ \u00a0]++tháng))?",
                           re.IGNORECASE)
_BACK_CHARS = 48
_MAX_SPAN = 160   # no calendar expression is longer; a window keeps each try local


def _dm_shape(text: str, s: int) -> str:
    """A day/month spot, named by whether a full date (and a time after it) or a
    day range starts there.

    Only for speed: most day/month spots (`1/3` of a share, `3/2023`) start
    neither, and trying the three rules that need one costs several times more.
    """
    m = _DM_NEXT_RE.match(text, s, s + _MAX_SPAN)
    full = "" if m.group("full") is None else "_full" if m.group("time") is None else "_fulltime"
    return "dm" + full + ("_range" if m.group("range") is not None else "")


def _hot_spots(text: str) -> list[tuple[int, str]]:
    """Date-shaped digit runs and the words `quý`, `tháng`, `nửa`, in text order."""
    spots = []
    shape_at = _DIGIT_SHAPE_RE.match
    for m in _DIGITS_RE.finditer(text):
        s, n = m.span()
        # Every shape but a year reads one or two digits then a non-digit, and a
        # year is four digits from 19 or 20: other runs (`234` of `1.234`) cannot fit.
        if n - s > 2:
            if n - s == 4 and text[s:s + 2] in ("19", "20"):
                # the `year` branch of _DIGIT_SHAPE_RE, read directly (only for speed)
                kind = "year"
                if _YEAR_DASH_RE.match(text, n):
                    kind = "ydash_iso" if _ISO_MONTH_RE.match(text, n) else "ydash"
                spots.append((s, "#" + kind))
            continue
        if text[n:n + 1] not in _AFTER_SHORT_RUN:
            continue  # only for speed: no shape can continue with this character
        shape = shape_at(text, s)
        if shape is not None:
            kind = shape.lastgroup
            if kind == "dm":
                kind = _dm_shape(text, s)
            elif kind == "thang" and _THANG_DAY_RE.match(text, shape.end()):
                kind = "thang_day"  # `15 tháng 3`: a date (_date_words) can start here
            spots.append((s, "#" + kind))
    for needle, offset, spellings in _HOT_NEEDLES:
        k = text.find(needle)
        while k >= 0:
            i = k - offset
            for w in spellings:
                if i >= 0 and text.startswith(w, i):
                    j = i + len(w)
                    if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                        spots.append((i, w))
                    break
            k = text.find(needle, k + 1)
    spots.sort()
    return spots


def _rules_at(text: str, s: int, token: str) -> list[int]:
    if token == "(":
        return _BY_PAREN
    if token in _BY_SHAPE:  # a digit spot, named by its shape
        return _BY_SHAPE[token]
    if len(token) > 1 and token[1:].isdigit():
        if token[0] == "T":
            return _BY_T
        if token[0] == "Q":
            return _BY_Q
    return _BY_WORD.get(token.lower(), [])


#: token -> the rules it may start (``_rules_at`` depends on the token only);
#: cleared when it grows past a bound, so odd input cannot fill memory.
_TOKEN_RULES: dict[str, list[int]] = {}
#: token -> {rule index: words that can follow}, for a token some of whose rules say (else None)
_TOKEN_FOLLOWS: dict[str, dict[int, frozenset[str]] | None] = {}
#: (token, next word) -> the rules worth trying; bounded like ``_TOKEN_RULES``
_GATED_RULES: dict[tuple[str, str | None], list[int]] = {}


def _token_rules(text: str, s: int, token: str) -> list[int]:
    rules = _TOKEN_RULES.get(token)
    if rules is None:
        if len(_TOKEN_RULES) > 20_000:
            _TOKEN_RULES.clear()
            _TOKEN_FOLLOWS.clear()
        rules = _TOKEN_RULES[token] = _rules_at(text, s, token)
        follows = _FOLLOW_BY_WORD.get(token.lower())
        _TOKEN_FOLLOWS[token] = follows if follows and any(i in follows for i in rules) else None
    return rules


def _slash_class(text: str, q: int, limit: int, word: str) -> str:
    """The class of a number ``word`` at ``q`` followed by a slash: a full date, a
    day range, both, or neither; told only for one or two digits 0-9 (the day
    _DM_NEXT_RE reads)."""
    if len(word) > 2 or not word.isascii():
        return _NUMBER_SLASH_ANY
    m = _DM_NEXT_RE.match(text, q, limit)
    full, day_range = m.group("full") is not None, m.group("range") is not None
    return (_NUMBER_FULL_RANGE if full and day_range else _NUMBER_FULL if full
            else _NUMBER_RANGE if day_range else _NUMBER_SLASH)


def _gated(text: str, end: int, limit: int, token: str, rules: list[int],
           follows: dict[int, frozenset[str]]) -> list[int]:
    """The rules worth trying at a word ending at ``end``: those that say what can
    follow it keep only if the next word (after blanks) is one of those.

    Only for speed: most rule attempts at a word fail on the word after it
    (`năm nay`, `trong tháng`), and reading that word once is cheaper.
    """
    m = _NEXT_WORD_RE.match(text, end, limit)
    if m is None:
        nxt = None
    else:
        word = m.group(1)
        if word[0] not in "0123456789":
            nxt = word.casefold()
        else:
            nxt = (_slash_class(text, m.start(1), limit, word) if m.group("slash") else _NUMBER_DASH if m.group("dash")
                   else _NUMBER_THANG if m.group("thang")
                   else _NUMBER_LONG if len(word) > 2 and word.isascii() and word.isdigit() else _NUMBER_OTHER)
    key = (token, nxt)
    kept = _GATED_RULES.get(key)
    if kept is None:
        if len(_GATED_RULES) > 20_000:
            _GATED_RULES.clear()
        kept = _GATED_RULES[key] = [i for i in rules if i not in follows or nxt in follows[i]]
    return kept


#: what cannot start a number (`\\d`): the ASCII characters but 0-9, or nothing
_NOT_DIGITS = frozenset([chr(c) for c in range(128) if not chr(c).isdigit()] + [""])


def _is_word_char(c: str) -> bool:
    """What ``\\w`` of ``re`` matches in a str pattern."""
    return c.isalnum() or c == "_"


def _candidates(text: str, pub_year: int | None) -> list[_Cand]:
    cands: list[_Cand] = []
    tried: set[tuple[int, int]] = set()

    def attempt(s: int, rules: list[int]) -> None:
        for i in rules:
            key = (s, i)
            if key in tried:
                continue
            tried.add(key)
            rx, _start, build = _RULES[i]
            # a bounded window: the engine may otherwise search the rest of the
            # text for a literal the rule requires before failing
            m = rx.match(text, s, s + _MAX_SPAN)
            if m is None:
                continue
            for c in build(m, pub_year):
                c.order = i
                cands.append(c)

    known = _TOKEN_RULES.get
    token_follows = _TOKEN_FOLLOWS.get
    back_tokens = _BACK_TOKEN_RE.finditer
    prev_pos = -1      # the previous spot
    prev_cut = None    # start of its window's last word when that word runs on into the spot
    for pos, token in _hot_spots(text):
        line_start = text.rfind("\n", max(0, pos - _BACK_CHARS), pos) + 1
        back = max(line_start, pos - _BACK_CHARS)
        # Only for speed: where this window overlaps the previous one, the words
        # there were read and tried already; read from where the previous window
        # ended (from the start of a word it cut short), plus a word this window cuts.
        read_from = back
        if back < prev_pos:
            read_from = prev_pos if prev_cut is None else max(prev_cut, back)
        tokens = back_tokens(text, read_from, pos)
        if back < read_from and _is_word_char(text[back]) and back > 0 and _is_word_char(text[back - 1]):
            tokens = itertools.chain((_BACK_TOKEN_RE.match(text, back, pos),), tokens)
        # digits before the spot are spots of their own; only words and `(` start a rule here
        t = None
        for t in tokens:
            g = t.group()
            rules = known(g)
            if rules is None:
                if g[0].isdigit():
                    continue
                rules = _token_rules(text, t.start(), g)
            if rules:
                s = t.start()
                follows = token_follows(g)
                if follows is not None:
                    rules = _gated(text, t.end(), s + _MAX_SPAN, g, rules, follows)
                elif g == "(" and text[s + 1:s + 2] in _NOT_DIGITS:
                    continue  # only for speed: the rules at `(` read a number right after it
                if rules:
                    attempt(s, rules)
        prev_pos = pos
        prev_cut = t.start() if t is not None and t.end() == pos and t.group() != "(" else None
        if token[0] == "#":  # a digit spot
            rules = _BY_SHAPE[token]
            if rules:
                attempt(pos, rules)
        else:
            rules = _token_rules(text, pos, token)
            follows = token_follows(token)
            if follows is not None:
                rules = _gated(text, pos + len(token), pos + _MAX_SPAN, token, rules, follows)
            attempt(pos, rules)
    return cands


# A further year or day after one already found: `năm 2021, 2022 và 2023`, `ngày 17/5 và 20/5`.
_NEXT_YEAR = regex.compile(rf"(?<![ \u00a0])(?:{_S}*+,{_S}*+|{_WS}(?:và|hoặc|,){_WS})(?:năm{_WS})?(?P<y>{_Y}){_NE}"
                           rf"(?!{_S}*+(?:%|\d)|{_WS}{_COUNT}{_R}|{_S}*+{_DASH})", regex.IGNORECASE)
_NEXT_DAY = regex.compile(rf"(?<![ \u00a0])(?:{_S}*+,{_S}*+|{_WS}(?:và|hoặc){_WS})(?:ngày{_WS})?(?P<d>{_D})/(?P<m>{_M})"
                          rf"(?:/(?P<y>{_Y}))?+{_NE}", regex.IGNORECASE)
_NEXT_MONTH = regex.compile(rf"(?<![ \u00a0])(?:{_S}*+,{_S}*+|{_WS}(?:và|hoặc){_WS})(?:tháng{_WS})?(?P<m>{_M})(?:{_S}*+[/\-]{_S}*+"
                            rf"(?P<y>{_Y}))?+{_NE}", regex.IGNORECASE)
_NEXT_QUARTER = regex.compile(rf"(?<![ \u00a0])(?:{_S}*+,{_S}*+|{_WS}(?:và|hoặc){_WS})(?:quý{_WS}(?P<q>{_QR}|[1-4])|(?P<qr>{_QR}))"
                              rf"(?![\p{{L}}\p{{N}}])(?:{_S}*+[/\-]{_S}*+(?P<y>{_Y}))?+{_NE}", regex.IGNORECASE)
# How each of them starts (a comma, or `và`/`hoặc` between blanks), read first with `re`
# only for speed: most found items are followed by neither.
_LIST_GAP_RE = re.compile(r"[ \u00a0]*+,|[ \u00a0]++(?:và|hoặc)", re.IGNORECASE)
_RECUR_AFTER = regex.compile(rf"{_WS}{_RECUR}{_R}", regex.IGNORECASE)
_RECUR_BEFORE = regex.compile(rf"{_L}{_RECUR}{_S}*+,?{_S}*+(?:(?:vào|từ|đến){_WS})?(?:(?:ngày|tháng|quý){_WS})?$",
                              regex.IGNORECASE)
_STANDARD_BEFORE = regex.compile(r"(?:ISO|TCVN)[\s\d:.\-]*$")
# What may stand between parts of one list (`tháng 10, 11 và tháng 12/2023`).
_CONNECTOR = regex.compile(rf"(?:{_S}|,|và|hoặc|{_DASH}|đến|tới|(?<!\d)\d{{1,2}}(?![\d/\-])"
                           rf"|(?-i:IV|III|II|I)(?![\p{{L}}/\-]))*+",
                           regex.IGNORECASE)


# ------------------------------------------------------------------ values

def _y(y: int | None, pub: int | None) -> str:
    if y is None:
        y = pub
    return "XXXX" if y is None else f"{y:04d}"


def _value(c: _Cand, pub: int | None) -> str:
    p = c.parts
    if c.kind == "datetime":
        y, mo, d, h, mi = p
        return f"{_y(y, pub)}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}"
    if c.kind == "date":
        y, mo, d = p
        return f"{_y(y, pub)}-{mo:02d}-{d:02d}"
    if c.kind == "month":
        return f"{_y(p[0], pub)}-{p[1]:02d}"
    if c.kind == "quarter":
        return f"{_y(p[0], pub)}-Q{p[1]}"
    if c.kind == "half_year":
        return f"{_y(p[0], pub)}-H{p[1]}"
    if c.kind == "year":
        return f"{p[0]:04d}"
    unit, a, b = p
    if unit == "years":
        return f"{a:04d}/{'..' if b is None else f'{b:04d}'}"

    def one(x):
        if unit == "months":
            return f"{_y(x[0], pub)}-{x[1]:02d}"
        if unit == "quarters":
            return f"{_y(x[0], pub)}-Q{x[1]}"
        return f"{_y(x[0], pub)}-{x[1]:02d}-{x[2]:02d}"

    return f"{one(a)}/{'..' if b is None else one(b)}"


# ------------------------------------------------------------------ checks

def _in_law_name(text: str, start: int) -> bool:
    """``Luật Đất đai 2024``, ``Hiến pháp năm 2013``: the year closes a law's name."""
    left = text[max(0, start - 80):start]
    best = -1
    for head in _LAW_HEADS:
        i = left.rfind(head)
        if i > best and (i == 0 or not left[i - 1].isalpha()):
            best = i
    if best < 0:
        return False
    words = left[best:].split()[1 if not left[best:].startswith("Bộ luật") else 2:]
    if words and words[-1].lower() == "năm":
        words = words[:-1]
    if len(words) > 8:
        return False
    return all(w.isalpha() and w.lower() not in _LAW_BREAK for w in words)


def _drop(c: _Cand, text: str) -> bool:
    if c.kind == "year" or (c.kind == "period" and c.parts[0] == "years"):
        if _in_law_name(text, c.start):
            return True
        left = max(0, c.start - 20)
        # the `find`s only save a regex search where no standard is named
        if ((text.find("ISO", left, c.start) >= 0 or text.find("TCVN", left, c.start) >= 0)
                and _STANDARD_BEFORE.search(text, left, c.start)):
            return True
    if not c.explicit_year and c.kind in ("date", "month", "quarter"):
        if _RECUR_AFTER.match(text, c.end, c.end + 40) or _RECUR_BEFORE.search(text, max(0, c.start - 40), c.start):
            return True
    return False


class _Occupied:
    """Non-overlapping spans kept sorted, so an overlap test costs a bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidate first, then rule order; no two chosen ones overlap."""
    chosen: list[_Cand] = []
    taken = _Occupied()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        if taken.overlaps(c.start, c.end):
            continue
        chosen.append(c)
        taken.add(c.start, c.end)
    return sorted(chosen, key=lambda c: c.start)


def _extend_lists(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Years and days that continue a list after a found one."""
    out = list(chosen)
    occupied = _Occupied()
    for c in chosen:
        occupied.add(c.start, c.end)
    for c in chosen:
        pos, kind = c.end, c.kind
        while kind in ("year", "date", "month", "quarter"):
            if _LIST_GAP_RE.match(text, pos, pos + _MAX_SPAN) is None:
                break
            rx = {"year": _NEXT_YEAR, "date": _NEXT_DAY, "month": _NEXT_MONTH, "quarter": _NEXT_QUARTER}[kind]
            m = rx.match(text, pos, pos + _MAX_SPAN)
            if not m or occupied.overlaps(m.start(), m.end()):
                break
            if kind == "year":
                new = _Cand(m.start("y"), m.end(), "year", (int(m.group("y")),), True)
            elif kind == "month":
                if not m.group("y") and "tháng" not in m.group().lower():
                    break  # `tháng 3, 4 hồ sơ`: a bare number continues a list of months only with a year
                y = _int(m.group("y"))
                new = _Cand(m.group().lower().find("tháng") + m.start() if "tháng" in m.group().lower()
                            else m.start("m"), m.end(), "month", (y, int(m.group("m"))), y is not None)
            elif kind == "quarter":
                q = m.group("q") or m.group("qr")
                y = _int(m.group("y"))
                start = m.start("qr") if m.group("qr") else m.group().lower().find("quý") + m.start()
                new = _Cand(start, m.end(), "quarter", (y, parse_roman(q) if q.isalpha() else int(q)), y is not None)
            else:
                y = _int(m.group("y")) if m.group("y") else c.parts[0]
                mo, d = int(m.group("m")), int(m.group("d"))
                if not _valid_day(y, mo, d):
                    break
                new = _Cand(m.start("d"), m.end(), "date", (y, mo, d), c.explicit_year or bool(m.group("y")))
            out.append(new)
            occupied.add(new.start, new.end)
            pos = m.end()
    return sorted(out, key=lambda c: c.start)


def _backfill_years(text: str, items: list[_Cand]) -> None:
    """``quý III và quý IV/2023``: a yearless part takes the year of the next one of its kind."""
    for i in range(len(items) - 2, -1, -1):
        a, b = items[i], items[i + 1]
        if a.explicit_year or not b.explicit_year or a.kind != b.kind or a.kind not in ("date", "month", "quarter"):
            continue
        gap = _CONNECTOR.match(text, a.end, a.end + 40)
        if gap is None or gap.end() != b.start:
            continue
        if a.kind == "date":
            y = b.parts[0] if (a.parts[1], a.parts[2]) <= (b.parts[1], b.parts[2]) else b.parts[0] - 1
            a.parts = (y,) + a.parts[1:]
        else:
            y = b.parts[0] if a.parts[1] <= b.parts[1] else b.parts[0] - 1
            a.parts = (y, a.parts[1])
        a.explicit_year = True


# ------------------------------------------------------------------ API

def find_dates(text: str, *, pub_year: int | None = None) -> list[DateMention]:
    """Every calendar expression in ``text``, normalised (records.md "DateMention").

    >>> [(d.text, d.value) for d in find_dates("Trong quý I/2023 và giai đoạn 2021 - 2025.")]
    [('quý I/2023', '2023-Q1'), ('giai đoạn 2021 - 2025', '2021/2025')]
    """
    cands = _candidates(text, pub_year)
    chosen = [c for c in _select(cands) if not _drop(c, text)]
    chosen = _extend_lists(text, chosen)
    _backfill_years(text, chosen)
    return [DateMention(text=text[c.start:c.end], start=c.start, end=c.end, kind=c.kind, value=_value(c, pub_year))
            for c in chosen]


@stage("dates", requires=("published", "boilerplate"), assigns=("dates",))
def dates_stage(ctx: ArticleContext) -> None:
    ctx.dates = [d for d in find_dates(ctx.text, pub_year=ctx.pub_year) if not ctx.in_boilerplate(d.start)]

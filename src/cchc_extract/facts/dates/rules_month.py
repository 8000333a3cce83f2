"""Months, quarters, half years and the first months of a year."""

from __future__ import annotations

from ...numbers import parse_roman, parse_word_number
from .base import Cand, rule, to_int, year_of
from .vocab import MONTH_WORDS, RELATIVE_YEARS, V, first_words, pattern

RULES: list = []
_QUARTER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4}


@rule(RULES, "month",
      r"{word_start}(?:tháng{blanks}(?P<m>{month_number})(?!\d)|tháng{blanks}(?P<mw>{month_words}){word_end}"
      r"|(?-i:T)(?P<mt>{month_number})(?=[/\-]{year})){year_tail}(?!{blank}*+[\-–/]{blank}*+\d)",
      words=("tháng",), marks=tuple(f"T{d}" for d in range(10)), needs_digit=False)
def month(m, pub):
    """`tháng 3/2023`, `tháng 3 năm 2023`, `T9/2024`, `tháng Ba`; `tháng 7` alone takes the publication year."""
    y, explicit = year_of(m, "", pub)
    if m.group("mw"):
        word = m.group("mw")
        if not explicit and not word[0].isupper():
            return []
        mo = MONTH_WORDS.get(" ".join(word.lower().split()))
        if mo is None:
            return []
    else:
        mo = int(m.group("m") or m.group("mt"))
    return [Cand(m.start(), m.end(), "month", (y, mo), explicit)]


@rule(RULES, "month_bare",
      r"(?:{word_start}(?:{bare_year_prepositions}){blanks}|\()(?P<num>(?P<m>{month_number})/(?P<y>{year})){num_end}",
      words=first_words(V["bare_year_prepositions"]["words"]), marks=("(",),
      # (not the prepositions by name: at each of 300,000 `(` they cost three times the rest of its gate)
      lead=r"(?:\w++(?:[ \u00a0]++\w++){0,2}[ \u00a0]++|\()\d\d?/(?:19|20)")
def month_bare(m, pub):
    """`từ 3/2023`, `(6/2023)`: month/year without `tháng`, after a time word."""
    return [Cand(m.start("num"), m.end("num"), "month", (int(m.group("y")), int(m.group("m"))), True)]


@rule(RULES, "quarter",
      r"{word_start}(?:{quarter_word}{blanks}(?:(?P<q>{roman_quarter}|[1-4])"
      r"|(?P<qw>một|hai|ba|bốn|tư)(?=,?{blanks}năm{blanks}{year_wide}(?!\d)))|(?-i:Q)(?P<qq>[1-4])(?=[/\-]{year}|{blank}{year}))"
      r"(?![\p{L}\p{N}]){year_tail}|{word_start}(?-i:Q)(?P<q3>[1-4]){blanks}(?P<y3>{year})(?!\d)",
      words=("quý", "quí"), marks=("Q1", "Q2", "Q3", "Q4"), needs_digit=False)
def quarter(m, pub):
    """`quý I/2023`, `quí III/2017`, `quý 1 năm 2023`, `Q2/2024`, `quý một năm 2023` (a number word only before a
    year: `quý hai đứa con` is "cherish two children"); `quý II` alone takes the publication year."""
    if m.group("qw"):
        qn = _QUARTER_WORDS[m.group("qw").lower()]
    else:
        q = m.group("q") or m.group("qq") or m.group("q3")
        qn = parse_roman(q) if q.isalpha() else int(q)
    if m.group("y3"):
        y, explicit = int(m.group("y3")), True
    else:
        y, explicit = year_of(m, "", pub)
    return [Cand(m.start(), m.end(), "quarter", (y, qn), explicit)]


@rule(RULES, "months_of_year",
      r"{word_start}(?:(?P<n>\d{1,2})|(?P<nw>{small_number_words})){blanks}tháng{blanks}(?:(?P<edge>đầu|cuối){blanks})?"
      r"(?:(?:của|trong){blanks})?(?:(?P<same>cùng{blanks}(?:kỳ|kì)){blanks}(?:của{blanks})?)?năm(?:{blanks}(?P<y>{year})(?!\d)|{blanks}(?P<rel>{relative_years}){word_end})?+"
      r"|{word_start}nửa{blanks}(?P<half>đầu|cuối){blanks}năm"
      r"(?:{blanks}(?P<hy>{year})(?!\d)|{blanks}(?P<hrel>{relative_years}){word_end})?+",
      words=("mười", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "nửa"), digit=True,
      lead=pattern(r"\w++(?:{blank}\w++)?{blanks}(?:tháng{blanks}(?:đầu|cuối|của|trong|năm|cùng)|(?:đầu|cuối){blanks}năm)",
                   "months_of_year lead"),
      digit_lead=pattern(r"\d\d?{blanks}tháng{blanks}(?:đầu|cuối|của|trong|năm|cùng)", "months_of_year lead"),
      needs_digit=False, needs_words=("tháng", "nửa"))
def months_of_year(m, pub):
    """`6 tháng đầu năm 2023` (first half), `nửa cuối năm`, `10 tháng năm 2024` (January to October),
    `9 tháng cùng kỳ năm 2016` (the same months, January to September, of a written year)."""
    gd = m.groupdict()
    if gd["half"]:
        if gd["hrel"]:
            return []  # `nửa đầu năm nay`: a half named relative to now, no calendar half (annotation.md)
        y = to_int(gd["hy"])
        explicit = y is not None
        if y is None and gd["hrel"] and pub is not None:
            y = pub + RELATIVE_YEARS.get(gd["hrel"].lower(), 0)
        return [Cand(m.start(), m.end(), "half_year", (y, 1 if gd["half"].lower() == "đầu" else 2), explicit)]
    n = int(gd["n"]) if gd["n"] else parse_word_number(gd["nw"])
    y = to_int(gd["y"])
    explicit = y is not None
    if y is None and gd["rel"] and pub is not None:
        y = pub + RELATIVE_YEARS.get(gd["rel"].lower(), 0)
    edge = (gd["edge"] or "").lower()
    if not n or n > 12 or (not edge and not explicit and not gd["rel"]) or (gd["same"] and (edge or not explicit)):
        return []  # `6 tháng cùng kỳ năm 2016`: the same months of a written year
    if n == 6:
        return [Cand(m.start(), m.end(), "half_year", (y, 2 if edge == "cuối" else 1), explicit)]
    first, last = (13 - n, 12) if edge == "cuối" else (1, n)
    return [Cand(m.start(), m.end(), "period", ("months", (y, first), (y, last)), explicit)]

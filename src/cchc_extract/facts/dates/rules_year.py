"""Years: `năm 2022`, a bare year after a time word, a year in the sexagenary cycle."""

from __future__ import annotations

from .base import Cand, rule
from .vocab import V, first_words, pattern

RULES: list = []


@rule(RULES, "year_lunar", r"{word_start}(?:{lunar_stems}){blanks}{lunar_branches}{blanks}(?P<y>{year}){num_end}",
      words=V["lunar_year_names"]["stems"],
      lead=pattern(r"{lunar_stems}{blanks}{lunar_branches}{blanks}{year}", "year_lunar lead"))
def year_lunar(m, pub):
    """`Giáp Thìn 2024`: stem, branch and year."""
    return [Cand(m.start(), m.end(), "year", (int(m.group("y")),), True)]


@rule(RULES, "year",
      r"{word_start}(?:(?P<edge>{year_edges}){blanks})?năm{blanks}(?P<y>(?:1[89]|20)\d\d){year_end}"
      r"(?!{blank}*+(?:%|phần{blanks}trăm))", words=first_words(V["year_edges"]["words"]) + ["năm"],
      lead=r"(?:\w++[ \u00a0]++)?năm[ \u00a0]++(?:1[89]|20)")
def year(m, pub):
    """`năm 2022`, `Cuối năm 2020`; not a decade (`những năm 1990`)."""
    y = int(m.group("y"))
    start = m.start()
    if y % 10 == 0 and y < 2000 and m.string[max(0, start - 10):start].lower().endswith(("những ", "thập niên ")):
        return []
    return [Cand(start, m.end(), "year", (y,), True)]


@rule(RULES, "year_bare",
      r"{word_start}(?:(?P<pre>{bare_year_prepositions}){blanks})(?P<num>{year}){num_end}"
      r"(?!{blank}*+(?:%|phần{blanks}trăm|\d)|{blanks}{count_nouns}{word_end})",
      words=first_words(V["bare_year_prepositions"]["words"]),
      lead=pattern(r"{bare_year_prepositions}{blanks}{year}", "year_bare lead"))
def year_bare(m, pub):
    """`đến 2025`, `tầm nhìn 2050`, `Cuối 2023`: a year without `năm` after a time word, not a count."""
    pre = m.group("pre").lower()
    start = m.start() if pre in ("cuối", "đầu", "giữa") else m.start("num")
    return [Cand(start, m.end(), "year", (int(m.group("num")),), True)]


@rule(RULES, "year_born",
      r"{word_start}SN{blank}*+:?{blank}*+(?P<y>{year}){year_end}(?!{blank}*+(?:%|phần{blanks}trăm))",
      marks=("SN", "Sn", "sn"), lead=r"sn[ \u00a0]*+:?[ \u00a0]*+(?:19|20)\d\d")
def year_born(m, pub):
    """`SN 1985` (written for `sinh năm` = born in the year, as `sinh năm 1985` is): the year, without `SN`."""
    return [Cand(m.start("y"), m.end(), "year", (int(m.group("y")),), True)]


#: the words before `hơn` that make the number after it a count (`là hơn 2015`, `với hơn 2016 đại biểu`)
_COUNT_BEFORE = ("có", "là", "với", "được", "khoảng", "từ", "gần", "đạt", "tới", "đến", "lên", "xuống", "thu", "vượt",
                 "còn", "mất", "trên", "tổng")


@rule(RULES, "year_compared",
      r"{word_start}hơn{blanks}(?P<num>{year}){num_end}(?={blank}*+(?:[.,;:?!)”\"]|$)|{blanks}(?:và|khi|nhưng){word_end})",
      words=("hơn",), lead=pattern(r"hơn{blanks}{year}", "year_compared lead"))
def year_compared(m, pub):
    """`tốt hơn 2015.`, `thấp hơn 2016 và ...`: a year compared with (`hơn` = than), closing its clause; not a round
    count (`hơn 2000`) nor after a word that makes it a count (`là hơn 2015`)."""
    y = int(m.group("num"))
    before = m.string[max(0, m.start() - 12):m.start()].split()
    if y % 100 == 0 or (before and before[-1].lower() in _COUNT_BEFORE):
        return []
    return [Cand(m.start("num"), m.end(), "year", (y,), True)]

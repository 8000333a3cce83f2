"""Capitalised words whose use names no entity, or another kind of one.

* A lunar year of the stem-branch cycle after a word for a feast or a year
  (``Tết Kỷ Hợi``, ``xuân Nhâm Thìn``, ``năm Canh Tý``) is a date, not a
  person; a person so named after an honorific (``ông Đinh Dậu``) is untouched.
* The items of a list after a word for a company or a brand (``taxi của các
  hãng như A, B``, ``các doanh nghiệp như ...``) are companies (ORG), not people.
* An English show format after a coach or a show word (``HLV The Voice``,
  ``chương trình The Face``) is no person.
* A body word after a plural count (``hai Quốc hội``, ``các Chính phủ``) is a
  common noun, no one named body.
* ``BHXH``/``BHYT`` paid, owed or joined (``đóng BHXH``, ``nợ BHYT``) are the
  insurance schemes, not the agencies.

The vocabulary is ``common_uses`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .anchored import Anchored
from .names import _Found
from .rules import _NA, _NB, _SP, _alt

_ITEM = r"[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.&'’-]*+(?:" + _SP + r"[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.&'’-]*+){0,6}+"
_SEP = r"(?:" + _SP + r"?+[,;/]" + _SP + r"?+|" + _SP + r"(?:và|hay|hoặc|cùng)" + _SP + r")"


@lru_cache(maxsize=1)
def _res() -> dict:
    d = entries("entities")["common_uses"]
    year = (_NB + r"(?i:" + _alt(d["year_words"]) + r")" + _SP + r"++(?P<y>(?:" + _alt(d["stems"]) + r")"
            + _SP + r"(?:" + _alt(d["branches"]) + r"))" + _NA)
    direct = _alt(d["company_words"])
    listed = _alt(d["company_words_listed"])
    opener = r"(?:" + _alt(d["list_openers"]) + r")"
    plural = r"(?:" + _alt(d["plural_before"]) + r")"
    company = (_NB + r"(?:(?i:" + direct + r")(?:" + _SP + opener + r")?+|(?:" + plural + _SP + r"(?i:" + listed
               + r")(?:" + _SP + opener + r")?+)|(?i:" + listed + r")" + _SP + opener + r")" + _SP
               + r"(?P<l>" + _ITEM + r"(?:" + _SEP + _ITEM + r")*+)")
    show = _NB + r"(?i:" + _alt(d["show_words"]) + r")" + _SP + r"++$"
    # ``Kỳ họp thứ ba Quốc hội``: an ordinal, not a count
    count = _NB + r"(?<!(?i:thứ)" + _SP + r")(?i:" + _alt(d["plural_counts"]) + r")" + _SP + r"++$"
    scheme = _alt(d["schemes"])
    schemes = (_NB + r"(?i:" + _alt(d["scheme_verbs"]) + r")" + _SP + r"(?:tiền" + _SP + r")?+(?P<l>(?:" + scheme
               + r")(?:" + _SEP + r"(?:" + scheme + r"))*+)" + _NA)
    return {
        "year": Anchored(regex.compile(year), d["year_words"]),
        "company": Anchored(regex.compile(company),
                            [*d["company_words"], *d["company_words_listed"], *d["plural_before"]]),
        "item": regex.compile(_ITEM),
        "show": regex.compile(show),
        "format": regex.compile(r"^(?:The" + _SP + r"|.*" + _NB + r"(?:" + _alt(d["show_format_words"]) + r")" + _NA + r")"),
        "count": regex.compile(count),
        "bare": regex.compile(r"(?:" + _alt(d["bare_bodies"]) + r")"),
        "schemes": regex.compile(schemes),
        "scheme": regex.compile(r"(?i:" + scheme + r")" + _NA),
    }


def common_uses(text: str, f: _Found) -> None:
    """Drop or relabel candidates whose use names no entity of their kind (see the module)."""
    r = _res()
    drop: set[tuple[int, int, str]] = set()
    people_by_end: dict[int, list[int]] = {}
    people_by_start: dict[int, list[int]] = {}
    for s, e, label, _ in f.items:
        if label == "PER":
            people_by_end.setdefault(e, []).append(s)
            people_by_start.setdefault(s, []).append(e)
    # a lunar year after a word for a feast or a year: no person (``Tết Kỷ Hợi``)
    for m in r["year"].finditer(text):
        ys, ye = m.span("y")
        drop.update((s, ye, "PER") for s in people_by_end.get(ye, ()) if m.start() <= s <= ys)
    # items of a list after a company word: companies
    to_org: set[tuple[int, int]] = set()
    for m in r["company"].finditer(text):
        ls, le = m.span("l")
        for i in r["item"].finditer(text[ls:le]):
            to_org.update((ls + i.start(), e) for e in people_by_start.get(ls + i.start(), ()) if e <= le)
    for s, e, label, _ in f.items:
        if label == "PER" and r["format"].match(text[s:e]) and r["show"].search(text[max(0, s - 30):s]):
            drop.add((s, e, label))  # ``HLV The Voice``: a show's format
        elif label == "ORG" and r["bare"].fullmatch(text[s:e]) and r["count"].search(text[max(0, s - 12):s]):
            drop.add((s, e, label))  # ``hai Quốc hội``: a plural common noun
    orgs = {(s, e) for s, e, label, _ in f.items if label == "ORG"}
    for m in r["schemes"].finditer(text):
        ls, le = m.span("l")
        spans = {(ls + i.start(), ls + i.end()) for i in r["scheme"].finditer(text[ls:le])}
        drop.update((s, e, "ORG") for s, e in spans & orgs)  # ``đóng BHXH``: the scheme, not the agency
    if drop or to_org:
        f.items = [(s, e, "ORG", 0) if label == "PER" and (s, e) in to_org else (s, e, label, p)
                   for s, e, label, p in f.items if (s, e, label) not in drop]

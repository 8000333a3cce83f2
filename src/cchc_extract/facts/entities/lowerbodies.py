"""Bodies written with a lowercase or abbreviated head before their place: one ORG, the place inside.

Writers lowercase the head word of a party committee or a health station, or
abbreviate an embassy, and then write the place the body belongs to:
``Bí thư thành ủy TP.HCM``, ``tỉnh ủy Nghệ An``, ``huyện ủy Quỳ Hợp``,
``trạm y tế xã Hải An``, ``ĐSQ Việt Nam``, ``đại sứ quán Mỹ``.  The body is one
ORG, outermost (as ``công an phường X`` and ``UBND tỉnh X``), not a generic
word and a LOC.  The place must be written right after the head: a committee
takes a typed or bare place (a person's name after it is the secretary's, as
in ``Bí thư huyện ủy Hồ Xuân Trăng``), a health station a typed place
(``trung tâm y tế Mỹ`` is an American clinic, no station of a commune), an
embassy a country.  After a plural (``các tỉnh ủy``) no one body is named.
``chính quyền tỉnh X`` (the authorities) is no such head: a generic word
and the province.

The vocabulary is ``lowercase_bodies`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...gazetteers import units
from ...patterndata import entries
from .names import _Found, _name
from .orgs import _person_like
from .rules import _CAPRUN, _NA, _NB, _SP, _Rules, _alt


class _Heads:
    def __init__(self) -> None:
        e = entries("entities")["lowercase_bodies"]
        self.kind = {w: k for k in ("committees", "stations", "embassies") for w in e[k]}
        self.re = regex.compile(_NB + r"(?P<head>" + _alt(self.kind) + r")" + _NA + _SP)
        self.plural_re = regex.compile(r"(?i:" + _alt(e["plural_before"]) + r")" + _SP + r"$")
        self.typed_re = regex.compile(r"(?i:" + _alt(e["typed_places"]) + r")" + _NA)
        self.name_re = regex.compile(_CAPRUN)
        fields = entries("entities")["ministries_and_departments"]["fields"]
        abbr = r"\p{Lu}[\p{Lu}&\-]{1,9}+"
        self.department_re = regex.compile(
            _NB + r"(?<!(?:" + _alt(e["not_after_department"]) + r")" + _SP + r")(?:" + _alt(e["departments"]) + r")"
            + _SP + r"(?:(?=\p{Lu})(?:" + _alt(fields) + r")|" + abbr + r")" + _NA + _SP)
        self.chamber_re = regex.compile(_NB + r"(?:" + _alt(e["chambers"]) + r")" + _SP)
        self.police_re = regex.compile(_NB + r"(?:" + _alt(e["police"]) + r")" + _SP + r"(?:" + _alt(e["district_misspelt"])
                                       + r")" + _SP + r"(?P<n>" + _CAPRUN + r")")


@lru_cache(maxsize=1)
def _heads() -> _Heads:
    return _Heads()


def lowercase_bodies(text: str, r: _Rules, f: _Found) -> None:
    """``thành ủy TP.HCM``, ``trạm y tế xã Hải An``, ``ĐSQ Việt Nam``: the body and its place, one ORG."""
    h = _heads()
    loc_end = f.longest_at("LOC")
    for m in h.re.finditer(text):
        if h.plural_re.search(text, max(0, m.start() - 12), m.start()):
            continue  # ``các tỉnh ủy``: every committee
        kind = h.kind[m.group("head")]
        pos = m.end()
        end = loc_end.get(pos)
        if kind == "embassies":
            if end is None or r.places.get(text[pos:end]) != "country":
                continue
        elif kind == "stations":
            if end is None or not h.typed_re.match(text, pos):
                continue  # ``trung tâm y tế Mỹ``: a clinic of a country, no commune's station
        elif end is None:
            end = _committee_place(text, pos, r, h)
            if end is None:
                continue
        f.add(m.start(), end, "ORG", 0)


def departments_and_chambers(text: str, r: _Rules, f: _Found) -> None:
    """``sở Y tế Hòa Bình``, ``Sở GTVT TP.HCM``, ``Thượng viện Hà Lan``, ``công an quân Đống Đa``: a department
    and the place it serves, a legislature and its country, one ORG each."""
    h = _heads()
    for m in h.chamber_re.finditer(text):
        c = r.country_after_re.match(text, m.end() - 1)
        if c:
            f.add(m.start(), c.end(), "ORG", 0)  # (``Hạ viện Anh``: a country read in no other way here)
    loc_end = f.longest_at("LOC")
    if not loc_end:
        return
    for m in h.department_re.finditer(text):
        if h.plural_re.search(text, max(0, m.start() - 12), m.start()):
            continue  # ``các sở Y tế Hà Nội``: every department
        end = loc_end.get(m.end())
        if end is None or r.places.get(text[m.end():end]) not in ("province", "city") \
                and not (r.typed_re.match(text, m.end()) or r.hcm_re.match(text, m.end())):
            continue  # (``sở Y tế Mỹ``: no department of a country; a commune's name alone is no place served)
        f.add(m.start(), end, "ORG", 0)
    for m in h.police_re.finditer(text):
        if "district" in units().get(m.group("n"), ()) and loc_end.get(m.start("n")) == m.end("n"):
            f.add(m.start(), m.end("n"), "ORG", 0)


def _committee_place(text: str, pos: int, r: _Rules, h: _Heads) -> int | None:
    """The end of a place's name after a committee's head, or None if a person's name stands there."""
    m = h.name_re.match(text, pos)
    if m is None:
        return None
    run = text[pos:m.end()]
    if _person_like(text, pos, m.end(), r) and run not in r.places and run not in units():
        return None  # ``huyện ủy Hồ Xuân Trăng``: the secretary
    end, per = _name(text, pos, m.end(), r)
    if end <= pos or per is not None:
        return None  # (a person's name inside the run: leave it to the readers of people)
    return end

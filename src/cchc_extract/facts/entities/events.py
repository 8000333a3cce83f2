"""Names that are events, credits, lakes or bare kinds of bodies, and streets listed after ``các tuyến``.

* **An event being held**: a forum, a conference, a fair or a festival that
  is opened, closed, organised, attended or held (``khai mạc Diễn đàn ...``,
  ``tổ chức Hội chợ ...``, ``Diễn đàn ... diễn ra``) is a meeting, not an
  organisation (annotation: an ORG is a body that acts): no entity, nor the
  acronym in brackets right after it.  A forum that acts (``Diễn đàn X kiến
  nghị``) stays an ORG.
* **A photo credit that spells a town** (``Ảnh: Hồng Lĩnh``): the
  photographer (PER), not the town; countries and regions stay places.
* **A lake named after its place, or a well-known lake** (``Hồ Hoàn Kiếm``,
  ``Hồ Tây``): ``Hồ`` is also a family name, but here it is the lake (LOC).
* **A kind of body by its abbreviation, bare** (``Viện KSND``, ``Hội CCB``,
  ``Hội CĐV``): a short later mention with no name, place or level is as
  generic as a bare ``UBND``: no entity.
* **Streets listed after** ``các tuyến`` (``các tuyến A, B, C``): each name
  is a street (LOC), as after ``các đường`` (``people.streets_in_lists``).

The vocabulary is ``events_and_credits`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .names import _Found, _cut_breakers, _syllables
from .rules import _CAPRUN, _NA, _NB, _SP, _Rules, _alt


class _Vocab:
    def __init__(self) -> None:
        d = entries("entities")["events_and_credits"]
        self.event_head_re = regex.compile(r"(?:" + _alt(d["event_heads"]) + r")" + _NA)
        adverbs = r"(?:(?:" + _alt(d["event_adverbs"]) + r")" + _SP + r"){0,2}+"
        self.event_before_re = regex.compile(_NB + r"(?i:" + _alt(d["event_verbs_before"]) + r")" + _SP + adverbs
                                             + r"$")
        self.event_after_re = regex.compile(r"(?:" + _SP + r"?+\([^()\n]{1,12}\))?+" + _SP
                                            + r"(?:(?:" + _alt(d["event_adverbs"]) + r")" + _SP + r")?+(?:"
                                            + _alt(d["event_verbs_after"]) + r")" + _NA)
        self.acronym_re = regex.compile(_SP + r"?+\((\p{Lu}[\p{Lu}\p{N}&-]{1,10})\)")
        self.credit_re = regex.compile(r"(?:^|[\s(])(?:Ảnh|ảnh|Photo)" + _SP + r"?+[:：]" + _SP + r"*+$")
        self.lakes = set(d["lake_names"])
        self.uncle_ho_re = regex.compile(_NB + r"(?:" + _alt(d["before_uncle_ho"]) + r")" + _SP + r"$")
        self.bare = {head: set(abbrs) for head, abbrs in d["bare_abbreviations"].items()}
        self.unique_level_re = regex.compile(_SP + r"(?:" + _alt(d["unique_levels"]) + r")" + _NA)
        lists = _NB + r"(?:" + _alt(d["street_list_before"]) + r")" + _SP + r"tuyến" + _SP
        item = r"(?:" + _CAPRUN + r")"
        sep = r"(?:," + _SP + r"|" + _SP + r"và" + _SP + r")"
        self.street_list_re = regex.compile(lists + r"(?P<l>" + item + r"(?:" + sep + item + r")++)")
        self.item_re = regex.compile(_CAPRUN)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab()


def drop_events(text: str, f: _Found) -> None:
    """``khai mạc Diễn đàn Doanh nghiệp ...``: the meeting held is no ORG (see the module)."""
    v = _vocab()
    drop: set[tuple[int, int]] = set()
    for s, e, label, _ in f.items:
        if label != "ORG" or not v.event_head_re.match(text, s):
            continue
        if v.event_before_re.search(text, max(0, s - 40), s) or v.event_after_re.match(text, e):
            drop.add((s, e))
            a = v.acronym_re.match(text, e)
            if a:
                drop.add(a.span(1))
    if drop:
        f.items = [it for it in f.items if (it[0], it[1]) not in drop]


def credited_towns(text: str, r: _Rules, f: _Found) -> None:
    """``Ảnh: Hồng Lĩnh``: a credit read as a person is no town (see the module)."""
    v = _vocab()
    per = {(s, e) for s, e, label, _ in f.items if label == "PER"}
    drop = set()
    for s, e, label, _ in f.items:
        if label != "LOC" or (s, e) not in per or r.places.get(text[s:e]) in ("country", "region"):
            continue
        if v.credit_re.search(text, max(0, s - 12), s):
            drop.add((s, e))
    if drop:
        f.items = [it for it in f.items if not (it[2] == "LOC" and (it[0], it[1]) in drop)]


def lakes(text: str, r: _Rules, f: _Found) -> None:
    """``Hồ Hoàn Kiếm``, ``Hồ Tây``: the lake (LOC), not a person named Hồ (see the module)."""
    v = _vocab()

    def lake(rest: str) -> bool:
        return rest in v.lakes or " " in rest and r.places.get(rest) in ("district", "city", "province")

    out = []
    for s, e, label, p in f.items:
        if label == "PER" and text.startswith("Hồ ", s) and lake(text[s + 3:e]) \
                and not v.uncle_ho_re.search(text, max(0, s - 12), s):
            out.append((s, e, "LOC", 1))
            continue
        if label == "LOC" and s >= 3 and text.startswith("Hồ ", s - 3) and lake(text[s:e]) \
                and not v.uncle_ho_re.search(text, max(0, s - 15), s - 3):
            out.append((s - 3, e, "LOC", 1))  # ``Hồ Hoàn Kiếm.`` opening a caption (not ``Bác Hồ`` + a place)
        out.append((s, e, label, p))
    f.items = out


def drop_bare_abbreviations(text: str, f: _Found) -> None:
    """``Viện KSND``, ``Hội CĐV`` with nothing after: a kind of body, no entity (see the module)."""
    v = _vocab()
    drop = set()
    for s, e, label, _ in f.items:
        if label != "ORG":
            continue
        words = text[s:e].split()
        if len(words) == 2 and words[1] in v.bare.get(words[0], ()):
            drop.add((s, e))
            u = v.unique_level_re.match(text, e)
            if u:
                f.items.append((s, u.end(), "ORG", 0))  # ``Viện KSND tối cao``: the one supreme procuracy
    if drop:
        f.items = [it for it in f.items if (it[0], it[1]) not in drop]


def streets_after_tuyen(text: str, r: _Rules, f: _Found) -> None:
    """``các tuyến Nguyễn Du, Lê Thị Hồng Gấm, Hoàng Sa``: every listed name is a street (LOC)."""
    v = _vocab()
    for m in v.street_list_re.finditer(text):
        ls, le = m.span("l")
        for it in v.item_re.finditer(text, ls, le):
            syls = _cut_breakers(text, _syllables(text, it.start(), it.end()), r)
            if not syls or syls[-1][1] < it.end():
                break  # ``Hải Thượng Lãn Ông``: a word that opens something else inside; no cut street
            f.add(it.start(), it.end(), "LOC", -2)

"""Bodies whose name holds where they sit or whom they belong to, one ORG (the outermost span).

* A body of one country set up in another place, ``<head> <owner> tại <place>``: a mission
  (``Đại sứ quán Việt Nam tại Hàn Quốc``, ``Văn phòng đại diện Bộ Ngoại giao tại TP.HCM``), an
  association of a country's people or firms abroad (``Hiệp hội doanh nghiệp Nhật Bản tại Việt Nam``),
  a country's force in a country or a continent (``Hải quân Mỹ tại châu Âu``).  ``tại X`` after a verb,
  a person or a post (``họp tại Hàn Quốc``, ``Đại sứ Việt Nam tại X``) stays a place.
* A body and its parent written together: a body's abbreviation before its parent's (``HĐBA LHQ``), a
  body's name before its parent force's abbreviation (``Tổng cục Chính trị CAND``), an outlet's desk in
  a byline (``Tên/VOV - Tây Bắc``, ``Tên/VOV-Trung tâm Tin``).
* A foreign armed group whose lowercase name ends in its country, before its abbreviation (``Các Lực
  lượng dân chủ Syria (SDF)``) or with the word that ends such names (``Quân đội Syria tự do``).

The vocabulary is ``bodies_located_abroad`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .names import _Found
from .nested import _inside_name
from .rules import _NA, _NB, _SP, _Rules, _alt

#: a foreign place in plain Latin letters, one or two words (``Osaka``, ``New York``)
_LATIN = regex.compile(r"[A-Z][a-z]++(?:" + _SP + r"[A-Z][a-z]++)?+" + _NA)
#: the words between a head and ``tại``: letters, ``&`` and dots inside a word only (no comma, no bracket, no
#: sentence's end)
_PLAIN = regex.compile(r"(?:" + _SP + r"[\p{L}\p{M}&]++(?:\.[\p{L}\p{M}&]++)*+)++")
#: a byline's name before the slash (``Khắc Kiên/``)
_BYLINE_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}]*+(?:" + _SP + r"\p{Lu}[\p{L}\p{M}]*+){0,3}+$")
#: a lowercase letter glued to a capital: two words run together (``TinTheo``)
_GLUED = regex.compile(r"(?<=\p{Ll})\p{Lu}")
_VIET_NAM = {"Việt Nam", "VN", "Việt"}
_DOMESTIC = {"province", "city", "district", "province_typed_only"}


class _Located:
    def __init__(self, r: _Rules) -> None:
        d = entries("entities")["bodies_located_abroad"]
        self.kind = {h: "mission" for h in d["missions"]}
        self.kind.update({h: "association" for h in d["associations"]})
        self.kind.update({h: "force" for h in d["forces"]})
        self.head_re = regex.compile(_NB + r"(?P<head>" + _alt(self.kind) + r")" + _NA)
        self.tai_re = regex.compile(_SP + r"tại" + _SP)
        self.not_after = set(d["not_after"])
        self.body_owned = set(d["body_owned"])
        #: a country named by its state form (``Cộng hòa Czech``, ``CHLB Đức``)
        self.state_re = regex.compile(r"(?:" + _alt(d["state_forms"]) + r")" + _SP + r"\p{Lu}[\p{L}\p{M}]*+(?:" + _SP
                                      + r"\p{Lu}[\p{L}\p{M}]*+){0,2}+")
        self.inner_ok = set(d["inner_ok"])
        self.countries = {n for n, k in r.places.items() if k == "country"}
        plural = entries("entities")["lowercase_bodies"]["plural_before"]
        self.plural_re = regex.compile(_NB + r"(?i:" + _alt(plural) + r")" + _SP + r"$")
        abbr = _alt(d["parent_abbreviations"])
        self.pair_re = regex.compile(_NB + r"(?:" + _alt(d["body_abbreviations"]) + r")" + _SP + r"(?:" + abbr + r")" + _NA)
        self.parent_re = regex.compile(_SP + r"(?:" + abbr + r")" + _NA)
        self.desk_re = regex.compile(r"(?<=[\p{L}\p{M}])/(?:" + _alt(d["desk_outlets"]) + r")" + _SP + r"?+[-–]"
                                     + _SP + r"?+(?=\p{Lu})")
        country = r"(?:" + _alt(self.countries) + r")" + _NA
        heads = _alt(d["armed_heads"])
        lower = r"(?:" + _SP + r"\p{Ll}[\p{Ll}\p{M}]*+){1,3}+"
        self.armed_abbr_re = regex.compile(_NB + r"(?:Các" + _SP + r")?+(?P<head>" + heads + r")(?P<low>" + lower + r")"
                                           + _SP + country + r"(?=" + _SP + r"?+\(\p{Lu}{2,6}+\))")
        self.armed_final_re = regex.compile(_NB + r"(?:Các" + _SP + r")?+(?:" + heads + r")" + _SP + country + _SP
                                            + r"(?:" + _alt(d["armed_finals"]) + r")" + _NA)


@lru_cache(maxsize=1)
def _located(r: _Rules) -> _Located:
    return _Located(r)


def _sentence_start(text: str, pos: int) -> bool:
    """Whether only spaces stand between ``pos`` and the text's start or a sentence's punctuation."""
    i = pos
    while i > 0 and text[i - 1] in " \u00a0":
        i -= 1
    return i == 0 or text[i - 1] in ".!?…:;\"“”(\n"


def _owner(text: str, hs: int, he: int, pos: int, kind: str, loc: _Located, r: _Rules,
           org_end_at: dict[int, list[int]]) -> str | None:
    """The owner written right before ``tại`` (a country, or for a mission a body), or None."""
    words = text[he:pos].split()
    for k in range(min(4, len(words)), 0, -1):
        name = " ".join(words[-k:])
        if name in loc.countries and text.endswith(name, 0, pos):
            inner = words[:-k]
            if kind == "force" and inner:
                return None  # ``Lực lượng dân chủ Syria tại làng X``: a group's name, then where it fights
            return name if _inner_ok(inner, loc, r) else None
    if text[hs:he] in loc.body_owned and any(s in (hs, he + 1) for s in org_end_at.get(pos, ())):
        return "body"  # ``Văn phòng đại diện Bộ Ngoại giao``, ``Văn phòng WHO``
    if kind == "mission" and loc.state_re.fullmatch(text, he + 1, pos):
        return "state"  # ``Đại sứ quán Cộng hòa Czech``: a country named by its state form
    return None


def _inner_ok(words: list[str], loc: _Located, r: _Rules) -> bool:
    """The words between a head and its owner name it (``doanh nghiệp``, ``người``): no verb, no function word."""
    return len(words) <= 4 and all(w[0].isupper() or w in loc.inner_ok or not r.stop_re.fullmatch(w) for w in words)


def _place(text: str, ps: int, kind: str, r: _Rules, loc_at: dict[int, int], org_at: dict[int, int]) -> int | None:
    """The end of the place written after ``tại`` at ``ps``, or None."""
    end = loc_at.get(ps)
    if kind == "force":
        name = text[ps:end] if end else ""
        ok = r.places.get(name) == "country" or name.split(" ")[0] in ("châu", "Châu")
        return end if ok else None
    if end is not None:
        return end
    if kind == "mission":
        if ps in org_at:
            return org_at[ps]  # ``Phái đoàn ... tại Liên hợp quốc``
        m = _LATIN.match(text, ps)
        if m:
            return m.end()  # ``Tổng Lãnh sự quán Việt Nam tại Osaka``
    return None


def bodies_located_at(text: str, r: _Rules, f: _Found) -> None:
    """``Đại sứ quán Việt Nam tại Hàn Quốc``, ``Hải quân Mỹ tại châu Âu``: a body and the place it sits in."""
    loc = _located(r)
    loc_at = f.longest_at("LOC")
    org_at = f.longest_at("ORG")
    org_end_at: dict[int, list[int]] = {}
    for s, e, label, _ in f.items:
        if label == "ORG":
            org_end_at.setdefault(e, []).append(s)
    persons = [(s, e) for s, e, label, _ in f.items if label == "PER"]
    for t in loc.tai_re.finditer(text):
        pos, ps = t.start(), t.end()
        for h in loc.head_re.finditer(text, max(0, pos - 90), pos, overlapped=True):
            kind = loc.kind[h.group("head")]
            hs, he = h.span()
            if not _PLAIN.fullmatch(text, he, pos) or any(hs <= s < pos for s, _ in persons):
                continue
            first = text[he:pos].split()[0]
            if kind == "association" and first in loc.not_after:
                continue  # ``Hội nghị ... tại Đà Nẵng``: a meeting held there
            if h.group("head")[0].isupper() and _inside_name(text, hs, r):
                continue
            if loc.plural_re.search(text, max(0, hs - 12), hs):
                continue  # ``các đại sứ quán ASEAN tại X``: the embassies of several countries, no one body
            if kind == "force" and _sentence_start(text, hs):
                continue  # ``Lực lượng Mỹ tại Syria đã ...``: the troops, capitalised as the sentence's first word
            owner = _owner(text, hs, he, pos, kind, loc, r, org_end_at)
            if owner is None:
                continue
            end = _place(text, ps, kind, r, loc_at, org_at)
            if end is None:
                continue
            if owner in _VIET_NAM and (r.places.get(text[ps:end]) in _DOMESTIC or r.level_at.match(text, ps)
                                       or r.hcm_re.match(text, ps)):
                continue  # ``Hội Nhà văn Việt Nam tại TP.HCM``: a body, and where its meeting was held
            f.add(hs, end, "ORG", 0)
            break


def parents_with_bodies(text: str, r: _Rules, f: _Found) -> None:
    """``HĐBA LHQ``, ``Tổng cục Chính trị CAND``, ``Tên/VOV - Tây Bắc``: a body and its parent, one ORG."""
    loc = _located(r)
    for m in loc.pair_re.finditer(text):
        f.add(m.start(), m.end(), "ORG", 0)
    org_end_at: dict[int, int] = {}
    for s, e, label, _ in f.items:
        if label == "ORG" and (e not in org_end_at or s < org_end_at[e]):
            org_end_at[e] = s
    for e, s in list(org_end_at.items()):
        p = loc.parent_re.match(text, e)
        if p and text[s:e].split()[0][0].isupper() and " " in text[s:e]:
            f.add(s, p.end(), "ORG", 0)  # (not a bare abbreviation: ``LHQ CAND`` is no one body)
    at = f.longest_at("LOC", "ORG")
    for m in loc.desk_re.finditer(text):
        ds = m.end()
        end = at.get(ds)
        if end is None:
            end = _gazetteer_name(text, ds, r)
        if end is None:
            w = _LATIN.match(text, ds)
            end = w.end() if w else None
        if end is None:
            continue
        g = _GLUED.search(text, ds, end)
        if g:
            end = g.start()  # ``Trung tâm TinTheo Reuters``: the desk, then the next line run into it
        name = _BYLINE_NAME.search(text, max(0, m.start() - 30), m.start())
        if name and text.startswith("/", end) and text.endswith(" " + name.group(), ds, end):
            end -= len(name.group()) + 1  # ``VOV-Trung tâm Tin Ngọc Ngà/VOV``: the byline repeated, its name a PER
            f.add(end + 1, end + 1 + len(name.group()), "PER", 2)
        f.items = [it for it in f.items if not (it[0] == ds and it[1] > end)]  # (the desk read past its end)
        f.add(m.start() + 1, end, "ORG", 0)


def _gazetteer_name(text: str, pos: int, r: _Rules) -> int | None:
    """The end of a gazetteer place written at ``pos`` (``Tây Bắc`` before the byline's name repeated)."""
    words = text[pos:pos + 40].split()
    for k in (3, 2, 1):
        name = " ".join(words[:k])
        if len(words) >= k and name in r.places and text.startswith(name, pos) \
                and not text[pos + len(name):pos + len(name) + 1].isalpha():
            return pos + len(name)
    return None


def armed_groups(text: str, r: _Rules, f: _Found) -> None:
    """``Các Lực lượng dân chủ Syria (SDF)``, ``Quân đội Syria tự do``: a foreign armed group, one ORG."""
    loc = _located(r)
    for m in loc.armed_abbr_re.finditer(text):
        if any(r.stop_re.fullmatch(w) for w in m.group("low").split()):
            continue  # ``Lực lượng đã tấn công Syria (AFP)``: a verb, no name
        s = m.start() if not _sentence_start(text, m.start()) else m.start("head")
        f.add(s, m.end(), "ORG", 0)
    for m in loc.armed_final_re.finditer(text):
        s = m.start() if not _sentence_start(text, m.start()) else m.start() + 4 * text.startswith("Các", m.start())
        f.add(s, m.end(), "ORG", 0)

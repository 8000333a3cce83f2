"""Organisations whose name runs into a place: ``Đội CSGT quận 5``, ``Cảnh sát biển Việt Nam``.

A head word of an organisation (``patterns/entities.yaml``,
``organisations_ending_in_a_place``), the words of its name, then a place
(or a body with its locality) already found: the whole is one ORG, so the
outermost span wins over the place inside it.  Only words that can belong
to a name may stand between the head and the place; a verb or function word,
a comma, a post or a person's cue ends the search.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .names import _Found
from .rules import _NA, _NB, _Rules, _alt

_TOKEN = regex.compile(r"[ \u00a0](?P<tok>[\p{L}\p{M}\p{N}&]++(?:[.\-/][\p{L}\p{M}\p{N}&]++)*+|\(\p{Lu}[\p{Lu}\p{N}&]{1,8}+\))")
_MAX_TOKENS = 10
_MAX_LOWER = 7


class _HeadRules:
    def __init__(self) -> None:
        e = entries("entities")["organisations_ending_in_a_place"]
        self.tight = set(e["tight_heads"])
        #: lowercase heads (``bệnh viện``, ``đài truyền hình``) name one body only before a place of the country
        self.lower_heads = set(e["lower_heads"])
        self.heads = set(e["heads"]) | self.tight | self.lower_heads
        self.not_before = {h: set(v) for h, v in e["not_before"].items()}
        self.capital_next = set(e["capital_next"])
        self.capital_only = set(e["capital_only"])
        self.and_joins = set(e["and_joins"])
        self.press_heads = set(e["press_heads"])
        self.legal_forms = set(e["legal_forms"])
        self.name_before_place = set(e["name_before_place"])
        self.plural_members = set(e["plural_members"])
        self.head_re = regex.compile(_NB + r"(?P<head>" + _alt(self.heads) + r")" + _NA)
        #: a capitalised word right before a one-word head makes it part of a name (``Hải Phòng``)
        self.plural_before = regex.compile(r"(?i:các|những|nhiều|mọi|mỗi|một|hai|ba|\d+)[ \u00a0]$")
        self.cap_before = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*+[ \u00a0]$")


@lru_cache(maxsize=1)
def _head_rules() -> _HeadRules:
    return _HeadRules()


def org_place_heads() -> set[str]:
    """The head words, for the trigger scan of :class:`~.rules._Rules`."""
    return _head_rules().heads


def orgs_ending_in_places(text: str, r: _Rules, f: _Found) -> None:
    """Add an ORG from each head to the end of a place its name runs into."""
    positions = f.at.get("orgplace")
    if not positions:
        return
    hr = _head_rules()
    tails: dict[int, tuple[int, str]] = {}
    for s, e, label, _ in f.items:
        if label in ("LOC", "ORG") and e > tails.get(s, (-1, ""))[0]:
            tails[s] = (e, label)
    country_ends = {e for s, (e, label) in tails.items() if label == "LOC" and r.places.get(text[s:e]) == "country"}
    # spans of people and places that start at a head (``Trường Chinh``, ``Đài Bắc``)
    other_at = f.longest_at("PER", "LOC")
    # people found by a cue, a post or a credit (not the guesses of bare capitalised runs)
    person_starts = {s for s, _, label, prio in f.items if label == "PER" and prio <= 2}
    for p in positions:
        m = hr.head_re.match(text, p)
        if not m or other_at.get(p, -1) > m.end():
            continue
        head = m.group("head")
        ev = r.event_before.get(head)
        if ev and ev.search(text, max(0, p - 12), p):
            continue  # ``Lễ hội Hội Lim``: a festival, no association
        cb = hr.cap_before.search(text, max(0, p - 12), p) if " " not in head and head[0].isupper() else None
        if cb and cb.group().strip() not in r.break_always and cb.group().strip() not in r.lead_words:
            continue  # ``Hải Phòng``, ``Tân Hội``: the word ends a name (not ``Theo Bộ ...``)
        if head in hr.lower_heads and hr.plural_before.search(text, max(0, p - 12), p):
            continue  # ``các bệnh viện Hà Nội``: the hospitals of the city, no one body
        end = _tail(text, m.end(), head, hr, r, tails, person_starts)
        if end:
            f.add(m.start(), _local_chapter(text, end, r, tails, country_ends), "ORG", 0)


def _local_chapter(text: str, end: int, r: _Rules, tails: dict[int, tuple[int, str]], country_ends: set[int]) -> int:
    """A body of the country followed by a typed place is its local chapter, one name
    (``Hội Chữ thập đỏ Việt Nam tỉnh X``): the place joins the span."""
    if end not in country_ends or end >= len(text) or text[end] not in " \u00a0":
        return end
    nxt = tails.get(end + 1)
    if nxt and nxt[1] == "LOC" and (r.typed_re.match(text, end + 1) or r.hcm_re.match(text, end + 1)):
        return nxt[0]
    return end


def _tail(text: str, pos: int, head: str, hr: _HeadRules, r: _Rules, tails: dict[int, tuple[int, str]],
          person_starts: set[int]) -> int:
    """End of the place the head's name runs into, or 0."""
    tight = head in hr.tight
    country_only = False
    lower = 0
    name_seen = lower_after_name = False
    prev = "head"
    for i in range(_MAX_TOKENS):
        if country_only and prev == "caps" and _ABBR_LIST.match(text, pos):
            pos += 1  # ``... ĐH, CĐ Việt Nam``: two abbreviations listed inside the name
        t = _TOKEN.match(text, pos)
        if not t:
            return 0
        ts = t.start("tok")
        if ts in tails:
            end, label = tails[ts]
            if ts in person_starts or label == "ORG" and (lower_after_name or head in hr.capital_only):
                return 0  # ``Ngân hàng X phát hiện Công ty Y``: a clause between two bodies; ``Bộ`` and ``Đảng`` end in a place
            if tight and head[0] == "U" and r.places.get(text[ts:end]) == "region":
                return 0  # ``U23 châu Á``: a tournament, not a team
            if country_only and r.places.get(text[ts:end]) != "country":
                return 0
            if head in hr.name_before_place and not name_seen:
                return 0  # ``ĐH, CĐ Việt Nam``: the colleges of a country, no union's name
            if (head in hr.lower_heads or head in hr.press_heads) and (
                    label != "LOC" or r.places.get(text[ts:end]) == "country"):
                return 0  # ``bệnh viện đa khoa Hòa Bình``; ``bệnh viện Nhật Bản`` are the country's hospitals
            return end
        tok = t.group("tok")
        if tight and head[0] == "U":
            return 0  # ``U23`` takes its country right away (not ``U20 World Cup ... U20 Việt Nam``)
        if i == 0 and (tok.lower() in hr.not_before.get(head, ()) or tok in ("trưởng", "phó")):
            return 0  # ``Hội nghị``, ``Cục trưởng``: another word, or a post
        if i == 0 and head in hr.capital_only and not tok[0].isupper():
            return 0  # ``bộ phim``, ``Đảng bộ``: not a name
        if i == 0 and tok == "các" and head in hr.plural_members:
            country_only = True  # ``Hiệp hội các nhà bán lẻ Việt Nam``: the members, named; the country ends it
            lower += 1
            prev = "lower"
            pos = t.end()
            continue
        if tok[0].islower():
            if tight or r.stop_re.match(text, ts) and tok != "và":
                return 0
            if i == 0 and head in hr.capital_next:
                country_only = True  # ``Hội luật gia Việt Nam``; ``Hội hoa xuân`` is a festival, ``Hội chợ`` a fair
            if tok == "và":
                nxt = _TOKEN.match(text, t.end())
                if (name_seen or not nxt or not nxt.group("tok")[0].islower()) and (
                        head not in hr.and_joins or not nxt or nxt.start("tok") in tails):
                    return 0  # ``và`` joins words of a description, not a named body to another one
            lower += 1
            # one lowercase syllable may end a capitalised word (``Khoáng sản``); more, or one
            # after an abbreviation, is a clause (``Ngân hàng X phát hiện ...``)
            if name_seen and tok not in hr.legal_forms and prev != "title":
                lower_after_name = True
            prev = "lower"
            if lower > _MAX_LOWER:
                return 0
        elif tok in r.chain_breakers or tok in r.break_always and not tok.isupper() and not (
                tok.lower() in r.level_words and _next_lower(text, t.end())):
            return 0  # (``Xã hội``, a level word before a lowercase syllable, is a word of the name)
        elif ts in person_starts and i > 0:
            return 0  # (right after the head it is the head's own post read as a cue: ``Bộ Tư lệnh``)
        elif tok not in hr.legal_forms:
            name_seen = True
        if not tok[0].islower():
            prev = "title" if tok[1:].islower() or len(tok) == 1 else "caps"
        pos = t.end()
    return 0


#: a comma between two abbreviations (``ĐH, CĐ``)
_ABBR_LIST = regex.compile(r",(?=[ \u00a0]\p{Lu}[\p{Lu}&]{1,5}+(?![\p{L}\p{M}\p{N}]))")


def _next_lower(text: str, pos: int) -> bool:
    t = _TOKEN.match(text, pos)
    return bool(t) and t.group("tok")[0].islower()


_HOUSE = regex.compile(
    # a number does not start inside a run of numbers joined by `/` or `-` (each would read on
    # to the run's end: quadratic on `1/2/3/…`); the run's first number reads it whole
    _NB + r"(?<!\d[/\-])(?:(?P<cue>(?i:số[ \u00a0]nhà|nhà[ \u00a0]số|số))[ \u00a0])?+\d{1,4}+(?:[/\-]\d{1,4}+)*+\p{Lu}?+(?![\p{L}\p{N}.,:%])"
    r"[ \u00a0](?P<name>\p{Lu}[\p{Ll}\p{M}]*+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*+){0,4}+)(?![\p{L}\p{M}\p{N}])")
_ADDRESS_AFTER = regex.compile(r",[ \u00a0]*+(?:(?i:phường|quận|huyện|xã|thị[ \u00a0]trấn|TP|thành[ \u00a0]phố)(?![\p{L}])|[PQ]\.)")

_PLACE_BEFORE = regex.compile(r"(?:^|[^\p{L}\p{M}])(?i:tại|ở|nhà|trú|ngụ|chỉ|trước|cạnh|gần|đến)[ \u00a0]$")

_NAME_OR_LEVEL_BEFORE = regex.compile(
    r"(?:\p{Lu}[\p{Ll}\p{M}]*+|(?i:phường|quận|huyện|xã|khu|phố|tổ|ấp|thôn|đội|số|khóa|khoá|lớp))[ \u00a0]$")


def streets_after_numbers(text: str, r: _Rules, f: _Found) -> None:
    """``số 12 Nguyễn Trãi``, ``45 Lý Thường Kiệt, quận X``: a name after a house number is a street (LOC),
    not the person it is named after."""
    from .names import _name

    for m in _HOUSE.finditer(text):
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        if end <= ns or " " not in text[ns:end]:
            continue
        cue = (m.group("cue") or "").lower()
        if not cue and _NAME_OR_LEVEL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # ``phường Mỹ Đình 2 <Name>``, ``quận 3 <Name>``: the number ends a place's name
        if cue and (cue != "số" or _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start())) \
                or _ADDRESS_AFTER.match(text, end):
            f.add(ns, end, "LOC", -3)  # not ``cầu thủ số 10 <Name>``: a bare ``số`` needs a word of place before


_ABBR_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}&.\-])(?P<a>\p{Lu}[\p{Lu}\p{N}&]{1,5}+)[ \u00a0]$")


@lru_cache(maxsize=1)
def _abbr_rules() -> tuple[set[str], regex.Pattern]:
    e = entries("entities")["abbreviation_and_place"]
    suffix = regex.compile(r"[ \u00a0](?:" + _alt(e["club_suffixes"]) + r")(?![\p{L}\p{M}\p{N}])")
    return set(e["generic"]), suffix


def abbreviation_and_place(text: str, r: _Rules, f: _Found) -> None:
    """``SHB Đà Nẵng``, ``CATP Đà Nẵng``: an abbreviation right before a province or city is a body of
    it (ORG over both); ``Hà Nội FC``: a place and a club suffix is the club."""
    generic, suffix = _abbr_rules()
    items = list(f.items)
    org_starts_by_end: dict[int, list[int]] = {}
    for s, e, label, _ in items:
        if label == "ORG":
            org_starts_by_end.setdefault(e, []).append(s)
    for s, e, label, _ in items:
        if label != "LOC" or r.places.get(text[s:e]) not in ("province", "city"):
            continue
        a = _ABBR_BEFORE.search(text, max(0, s - 8), s)
        if a and a.group("a") not in generic and a.group("a") not in r.places and a.group("a").isalpha() \
                and len(a.group("a")) >= 2:  # (not ``QL1``, a road's number)
            f.add(a.start("a"), e, "ORG", 0)
        m = suffix.match(text, e)
        if m:
            for start in [s] + org_starts_by_end.get(e, []):
                f.add(start, m.end(), "ORG", 0)  # (``Đội bóng Hà Nội`` + ``FC``)


#: a branch after an organisation's name: ``... chi nhánh``, ``... - Chi nhánh``
_BRANCH = regex.compile(r"(?:[ \u00a0]?+[-–][ \u00a0]?+|[ \u00a0])[Cc]hi[ \u00a0]nhánh[ \u00a0]")


def branches(text: str, r: _Rules, f: _Found) -> None:
    """``Ngân hàng Nhà nước chi nhánh tỉnh X``, ``Vietcombank - Chi nhánh Y``: an organisation and its branch
    named by a place are one ORG (a person named after it stays apart)."""
    from .names import _name

    org_starts_by_end: dict[int, list[int]] = {}
    loc_end: dict[int, int] = {}
    for s, e, label, _ in f.items:
        if label == "ORG":
            org_starts_by_end.setdefault(e, []).append(s)
        elif label == "LOC" and e > loc_end.get(s, -1):
            loc_end[s] = e
    for m in _BRANCH.finditer(text):
        starts = org_starts_by_end.get(m.start())
        if not starts:
            continue
        p = m.end()
        end = loc_end.get(p, p)
        if end == p:
            n = r.name_at.match(text, p)
            if n:
                end, per = _name(text, p, n.end(), r)
                if per:
                    f.add(per[0], per[1], "PER", 2)
        if end > p:
            for s in starts:
                f.add(s, end, "ORG", 0)


_AGENCY = regex.compile(r"(?<![\p{L}\p{M}])[Hh]ãng[ \u00a0][Tt]hông[ \u00a0]tấn(?:[ \u00a0](?i:trung[ \u00a0]ương|quốc[ \u00a0]gia|nhà[ \u00a0]nước))?+")
#: a foreign agency's own name in Latin letters (``Yonhap``, ``Interfax``)
_LATIN_NAME = regex.compile(r"[ \u00a0][A-Z][A-Za-z]++(?:[ \u00a0][A-Z][A-Za-z]++)?+(?![\p{L}\p{M}\p{N}])")


def news_agencies(text: str, r: _Rules, f: _Found) -> None:
    """``Hãng thông tấn trung ương Triều Tiên``, ``hãng thông tấn Hàn Quốc Yonhap``, ``hãng thông tấn Kyodo``:
    the agency, its country and its own name are one ORG (the country inside it is no LOC)."""
    for m in _AGENCY.finditer(text):
        end = m.end()
        c = r.country_after_re.match(text, end)
        if c:
            end = c.end()
        n = _LATIN_NAME.match(text, end)
        if n and text[n.start() + 1:n.end()] not in r.places:
            end = n.end()
        if end > m.end():
            f.add(m.start(), end, "ORG", 0)

"""Named places introduced by a head noun: ``Quảng trường Ba Đình``, ``đường Trần Phú``, ``cao tốc Hà Nội - Lào Cai``,
``Nghĩa trang Liệt sĩ Quốc gia X`` (``patterns/entities.yaml`` ``named_place_heads``)."""

from __future__ import annotations

from functools import lru_cache

from ...gazetteers import units
from ...patterndata import entries
import regex

from .foreign import foreign_word
from .names import _Found, _at, _name, _gaz_prefix, _syllables, ends_place
from .orgs import _word_after, _word_before
from .rules import _NB, _Rules, _alt


@lru_cache(maxsize=1)
def _origin_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Facility heads before which a country says where, not which, and the countries' short forms
    (``named_place_heads`` ``country_is_origin``, ``country_short_forms``)."""
    ph = entries("entities")["named_place_heads"]
    return frozenset(ph["country_is_origin"]), frozenset(ph["country_short_forms"])


#: ``lộ`` and a number after a one-syllable name: a road class (``Quốc lộ 1A``, ``Tỉnh lộ 8``)
_ROAD_CLASS = regex.compile(r"[ \u00a0]lộ[ \u00a0]\d[\dA-Z]*+(?![\p{L}\p{N}])")


#: a lowercase word right after a capitalised one
_LOWER_NEXT = regex.compile(r"[ \u00a0]\p{Ll}")


#: a dash (and its spaces) right before
_DASH_BEFORE = regex.compile(r"[-–][ \u00a0]*+$")


@lru_cache(maxsize=1)
def _closed_heads() -> frozenset[str]:
    return frozenset(entries("entities")["named_place_heads"]["closed_name_heads"])


def _cut_at_opener(text: str, ns: int, end: int, r: _Rules) -> int:
    """The end of a place's name that ran into the next sentence written without a full stop
    (``đại lộ Võ Văn Kiệt Đoạn dưới chân cầu``): before a capitalised opener (not the first word)
    that a lowercase word follows; a quantifier before a lowercase word opens a sentence even as
    the name's first word (``chùa Nhiều người tin ...``)."""
    syls = _syllables(text, ns, end)
    for i in range(len(syls)):
        a, b = syls[i]
        if (text[a:b] in r.quantifiers and not ends_place(text, syls[:i + 1], r) or i and text[a:b] in r.clause_openers) \
                and _LOWER_NEXT.match(text, b):
            return syls[i - 1][1] if i else ns  # a quantifier (``chùa Nhiều người ...``) even first: no name
    return end


def _route_ends(text: str, spans: tuple[tuple[int, int], ...], r: _Rules) -> bool:
    """Both ends of ``đường X - Y`` name places, not people: none starts with a family name
    (``Lê Lợi - Hùng Vương`` is a crossing, ``Trần Phú - Hà Đông`` a street and its district)."""
    return all(text[a:b].split()[0] not in r.surnames for a, b in spans)


def _named_places(text: str, r: _Rules, f: _Found) -> None:
    for s, e, label, _ in list(f.items):  # a venue read as an institution (``Trung tâm Hội nghị ...``)
        if label == "ORG" and text.startswith(tuple(r.venue_heads), s) and e - s > 20:
            f.add(s, e, "LOC", -1)
    for m in _at(r.fixed_place_re, text, f.at.get("place", ())):
        f.add(m.start(), m.end(), "LOC", 1)
    for m in _at(r.place_head_re, text, f.at.get("place", ())):
        if m.group("lhead"):
            _lower_head_place(text, m, r, f)
        else:
            _capital_head_place(text, m, r, f)


def _lower_head_place(text: str, m, r: _Rules, f: _Found) -> None:
    """A lowercase head and a name (``đường Lê Lợi``, ``cầu Rồng``, ``ngõ 15 An Dương Vương``)."""
    if text[max(0, m.start() - 5):m.start()].lower().endswith("điểm "):
        return  # ``điểm cầu Quảng Trị``: a video-conference site, not a bridge
    if text[max(0, m.start() - 6):m.start()].lower().endswith(("thành ", "khu ")):
        return  # ``Thành phố Nguyễn Đức Chung``: the city's word, then a person; ``khu phố`` is typed
    head = m.group("lhead")
    prev = _word_before(text, m.start())
    if prev in r.compound_before.get(head, ()):
        return  # ``yêu cầu``, ``toàn cầu``, ``gia đình``: the head is a syllable of another word
    start = m.start() - len(prev) - 1 if prev in r.joins_before.get(head, ()) else m.start()
    ns, ne = m.span("name")
    if head in _closed_heads() and " " not in text[ns:ne] and _LOWER_NEXT.match(text, ne) and not foreign_word(text[ns:ne]):
        return  # ``sân Lễ trường``, ``sân Công viên``: a common word with a capital, no stadium's name (``sân Etihad`` is)
    heads, short = _origin_heads()
    if head in heads and (r.places.get(text[ns:ne]) == "country" or text[ns:ne] in short):
        return  # ``vườn thú Anh``: a zoo in England, no zoo named so
    # streets and bridges are named after people: ``ngõ 15 An Dương Vương``
    end, per = _name(text, ns, ne, r, split=False) if text[ns].isupper() and text[ns + 1:ne].islower() \
        or " " in text[ns:ne] else (ne, None)
    if ns < end < ne and text[ns:ne].split()[0] in r.surnames and len(text[ns:ne].split()) <= 4 \
            and not (text[ne:ne + 1] in " \u00a0" and text[ne + 1:ne + 2].islower()):
        end = ne  # ``nút giao Đinh Bộ Lĩnh``, ``Hoàng Minh Giám``: a person's whole name, no post opening
    end = _cut_at_opener(text, ns, end, r)
    if end == ne and " " not in text[ns:ne]:
        road = _ROAD_CLASS.match(text, ne)
        if road:
            end = ne = road.end()  # ``nút giao Quốc lộ 1A``: a road class and its number, not ``Quốc``
    if end > ns and head == "cao tốc" and text[ns:end] not in r.places and text[ns:end] not in units() \
            and not r.hcm_re.match(text, ns):
        return  # ``tàu cao tốc``: high-speed; an expressway is named by the places it joins
    if end > ns:
        end = _second_end(text, head, start, ns, ne, end, r)
        if end is not None:
            f.add(start, end, "LOC", 1)


def _second_end(text: str, head: str, start: int, ns: int, ne: int, end: int, r: _Rules) -> int | None:
    """A road or an area named by its two ends (``cao tốc Hà Nội - Lào Cai``, ``đoạn cao tốc
    Ninh Bình đến Nam Định``): where the name ends; None for a railway not named so."""
    d = r.dash_name_re.match(text, end) if end == ne and head in r.dash_joined else None
    if not d and end == ne and head in r.dash_joined and r.section_before_re.search(text, max(0, start - 12), start):
        d = r.to_name_re.match(text, end)  # ``đoạn cao tốc Ninh Bình đến Nam Định``: a section by its two ends
    if not d:
        return None if head == "đường sắt" else end  # ``ngành đường sắt``: a railway is named only by its two ends
    dend, _ = _name(text, d.start("n"), d.end("n"), r, split=False)
    cut = _cut_at_opener(text, d.start("n"), dend, r)
    whole = dend == d.end("n") or cut < dend
    dend = cut
    ends = ((ns, ne), (d.start("n"), dend))
    # (after ``đường`` between provinces or cities, or ends that are no people's names
    # (``đường Bến Lức - Long Thành``): ``đường Trần Phú - Hà Đông`` is a street and its
    # district, ``Lê Lợi - Hùng Vương`` a crossing)
    if whole and dend > d.start("n") and (head.lower() != "đường" or all(
            r.places.get(text[a:b]) in ("province", "city") or r.hcm_re.match(text, a)
            for a, b in ends) or _route_ends(text, ends, r)):
        return dend  # ``cao tốc Hà Nội - Lào Cai``: a road between two places
    return None if head == "đường sắt" else end


def _capital_head_place(text: str, m, r: _Rules, f: _Found) -> None:
    """A capitalised head, descriptive words, then a capitalised name (``Nhà hát Lớn``,
    ``Nghĩa trang Liệt sĩ Trường Sơn``)."""
    if _word_after(text, m.end()) in r.capital_not_before.get(m.group("head"), ()):
        return  # ``Cảng vụ``: another word
    pos = m.end()
    good_end = None
    name_start = None
    for _ in range(8):
        t = r.chain_tok.match(text, pos)
        if not t or t.group("comma"):
            break
        tok = t.group("tok")
        dc = r.descriptive_capitals_re.match(text, t.start("tok")) if tok[0].isupper() else None
        if dc:  # ``Liệt sĩ``, ``Quốc gia``: a description, the name comes after
            pos = dc.end()
            continue
        if tok[0].isupper() or tok[0].isdigit():
            nm = r.name_at.match(text, t.start("tok"))
            if nm:
                end, _ = _name(text, nm.start(), nm.end(), r, split=False)
                if end > nm.start():
                    good_end = end
                    name_start = nm.start()
                    nxt = _word_after(text, end)
                    if m.group("head") in r.venue_heads and " " not in text[nm.start():end] and nxt \
                            and nxt == text[end + 1:end + 1 + len(nxt)] and not r.stop_re.match(text, end + 1) \
                            and nxt not in r.level_words and nxt not in r.venue_describers:
                        good_end = end + 1 + len(nxt)  # ``Nhà hát Tuổi trẻ``: a name of two syllables, one lowercase
                break
            good_end = t.end("tok")
            pos = t.end()
            continue
        if r.stop_re.match(text, t.start("tok")) or tok in r.level_words:
            break
        pos = t.end()
    if good_end and name_start is not None:
        # ``Đường sắt Cát Linh - Hà Đông`` opening a sentence: a road named by its two ends, as in lowercase
        kind = " ".join(text[m.start():name_start].split()).lower()
        if kind in r.dash_joined and not _DASH_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            # (not a stop in a route written with dashes, ``Tố Hữu - Đại lộ X - Y``)
            good_end = _second_end(text, kind, m.start(), name_start, good_end, good_end, r) or good_end
    if good_end:
        # a venue named like an institution (``Trung tâm Hội nghị ...``) is a place; after a post
        # (``Giám đốc Nhà hát ...``) it is the company that runs it
        venue = m.group("head") in r.venue_heads
        if venue and r.title_before_re.search(text, max(0, m.start() - 30), m.start()):
            f.add(m.start(), good_end, "ORG", -2)
        else:
            f.add(m.start(), good_end, "LOC", -1 if venue else 1)


#: a preposition of place right before a bare family-name run: the run names a street or a spot
#: (``tại Hoàng Cầu``, ``ở Lê Văn Lương``), named after a person but not the person
_PLACE_PREP_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:tại|ở|Tại|Ở)[ \u00a0]$")


def places_after_prepositions(text: str, r: _Rules, f: _Found) -> None:
    """A family-name run guessed as a person (no cue, no post) right after ``tại``/``ở`` is a place
    (not a foreign name, ``ở La Liga``, nor a run that starts with a known place, ``tại Hà Nội Không ...``)."""
    from .foreign import foreign_word

    for s, e, label, prio in list(f.items):
        if label == "PER" and prio == 3 and _PLACE_PREP_BEFORE.search(text, max(0, s - 4), s):
            words = text[s:e].split()
            if any(foreign_word(w) for w in words) or _gaz_prefix(text, _syllables(text, s, e), r):
                continue
            f.add(s, e, "LOC", 1)


_ROADS: list[regex.Pattern] = []
#: a unit of length right after the number: a distance, no road's number
_DISTANCE_AFTER = regex.compile(r"[ \u00a0](?:km|m|mét|cây số)(?![\p{L}\p{M}])")


def numbered_roads(text: str, r: _Rules, f: _Found) -> None:
    """``quốc lộ 2B``, ``QL.14``, ``tỉnh lộ 293``: a road's class and its number, one LOC."""
    if not _ROADS:
        heads = entries("entities")["named_place_heads"]["numbered_road_heads"]
        _ROADS.append(regex.compile(_NB + r"(?:" + _alt(heads) + r")(?:\.|[ \u00a0])?+\d{1,3}+[A-Z]?+(?:[-–]\d{1,2}+)?+"
                                    + r"(?![\p{L}\p{M}\p{N}/%])(?![,.]\d)"))
    for m in _ROADS[0].finditer(text):
        if text[m.end() - 1].isdigit() and _DISTANCE_AFTER.match(text, m.end()):
            continue  # ``quốc lộ 1 km``: no such road, a distance
        f.add(m.start(), m.end(), "LOC", 1)

"""Which province a figure's agency, a place and an article lie in.

The current province's ``code`` and ``name`` come from the installed
``vietnam-provinces`` package (the 34 provinces after the July 2025 merger);
which province each administrative unit lies in, before and after the
merger, from ``gazetteers/provinces.tsv`` (built from that package and its
0.6.0 release of 2008-2025 units by ``gazetteers/build_provinces.py``).

**Mentions.**  A unit is named by a type word and a capitalised name
(``tỉnh Hà Giang``, ``TP. Vinh``, ``huyện Gia Lâm``, ``xã Ninh Hiệp``,
``Q.3``, ``Q.Hoàn Kiếm``; a one-letter abbreviation only before a number or
two words or more, not an initial: ``H. Sơn``), or is a province name written
alone (``Nghệ An``, the bare province names of ``gazetteers/places.tsv``)
and not part of a longer name (``Thái Bình Dương`` is the Pacific, neither
``Thái Bình`` nor ``Bình Dương``).  ``tỉnh`` names a province,
``thành phố``/``TP`` a centrally governed city or else a city of 2008-2025,
``huyện``/``quận``/``thị xã`` a district of 2008-2025, ``xã``/``phường``/``thị
trấn``/``đặc khu`` a commune before or after the merger.

**One text** (an agency, an entity, the title) is placed by
:func:`resolve`: a province it names decides (several different ones: none);
else the provinces its districts and communes can lie in are intersected
(``xã A, huyện B``); one province left decides; several are decided by the
article's province when it is one of them, else left open (a district name
alone is often shared by several provinces): never a guess.

**The article** (:func:`article_province`): the province its title places;
else the province that at least two of the text's unit mentions, each
placed on its own, lie in and that holds at least two thirds of all placed
mentions (an article about one province names it and its districts; a
national round-up names many); its ``as_written`` is the name those
mentions give it most often.

A province of 2008-2025 maps to the province it merged into and keeps the
name the text gives it: ``tỉnh Hà Giang`` has code 8, name ``Tuyên Quang``
and ``as_written`` ``Hà Giang``.  For a district or commune ``as_written``
is the province of 2008-2025 it belonged to (``Nghệ An`` for ``TP Vinh``);
for a commune after the merger, the current province's name (``Hà Nội``).

>>> resolve("UBND tỉnh Hà Giang")
Place(code=8, name='Tuyên Quang', as_written='Hà Giang', source='text')
>>> resolve("Bộ phận một cửa UBND Thành phố Vinh").name
'Nghệ An'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Iterator

import ahocorasick_rs
import regex

from .gazetteers import places
from .engine.scan import fold
from .keys import fold_name

__all__ = ["Place", "resolve", "article_province", "province_name", "mentions"]

#: Levels a type word can name, in the order they are looked up.
_TYPE_LEVELS: dict[str, tuple[str, ...]] = {
    "tỉnh": ("province",), "thành phố": ("province", "district"), "tp": ("province", "district"),
    "t.p": ("province", "district"),
    "huyện": ("district",), "quận": ("district",), "thị xã": ("district",), "tx": ("district",),
    "h": ("district",), "q": ("district",),
    "xã": ("commune", "ward2025"), "phường": ("commune", "ward2025"), "thị trấn": ("commune",),
    "tt": ("commune",), "p": ("commune", "ward2025"), "đặc khu": ("ward2025",),
}
#: One-letter abbreviations: a unit only before a number or a name of two words or more.
_INITIALS = {"h", "q", "p"}
_TYPE_RE = (r"(?i:tỉnh|thành[ \u00a0]++phố|huyện|quận|thị[ \u00a0]++xã|thị[ \u00a0]++trấn|xã|phường"
            r"|đặc[ \u00a0]++khu)[ \u00a0]++"
            r"|(?:TP|Tp|T\.P|TX)(?:\.[ \u00a0]*+|[ \u00a0]++)|(?:TT|H|Q|P)\.[ \u00a0]*+")
_NAME_RE = (r"(?:\p{Lu}[\p{L}\p{M}]*+(?:(?:[ \u00a0]++|[ \u00a0]*+-[ \u00a0]*+)\p{Lu}[\p{L}\p{M}]*+){0,4}+"
            r"|\d{1,2}(?!\d))")
_WORD_B = r"(?<![\p{L}\p{M}\p{N}])"


@dataclass(frozen=True)
class Place:
    """A current province: ``code`` and ``name`` from vietnam-provinces, ``as_written`` the
    province under the name of the unit's own time (module docstring), ``source`` ``text``
    when the text places it, ``article`` when it is the article's province."""

    code: int
    name: str
    as_written: str | None
    source: str = "text"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    is_province: bool
    name: str  # the name as written (no type word)
    candidates: frozenset[tuple[int, str]]  # (current code, former province name)


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, frozenset[tuple[int, str]]]]:
    text = (resources.files("cchc_extract.gazetteers") / "provinces.tsv").read_text(encoding="utf-8")
    out: dict[str, dict[str, set[tuple[int, str]]]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        level, name, former, code = line.split("\t")
        out.setdefault(level, {}).setdefault(fold_name(name), set()).add((int(code), former))
    return {lv: {n: frozenset(c) for n, c in d.items()} for lv, d in out.items()}


@lru_cache(maxsize=None)
def province_name(code: int) -> str:
    """The current name of province ``code`` in the installed vietnam-provinces (``Tuyên Quang``)."""
    from vietnam_provinces import Province, ProvinceCode

    return Province.from_code(ProvinceCode(code)).name


@lru_cache(maxsize=1)
def _mention_re() -> regex.Pattern:
    bare = sorted((n for n, k in places().items() if k == "province"), key=len, reverse=True)
    bare_alt = "|".join(regex.escape(n).replace(r"\ ", r"[ \u00a0]++") for n in bare)
    # every mention opens with a capital or the first letter of a type word: a cheap first test
    return regex.compile(r"(?=[thqxpđ]|\p{Lu})" + _WORD_B + r"(?:(?P<type>" + _TYPE_RE + r")(?P<name>" + _NAME_RE + r")"
                         + r"|(?P<hcm>TPHCM)(?![\p{L}\p{M}\p{N}])"
                         + r"|(?P<bare>" + bare_alt + r")(?![\p{L}\p{M}\p{N}]|[ \u00a0]\p{Lu}))")


_SPACES_RE = regex.compile(r"[ \u00a0]++")


@lru_cache(maxsize=1024)
def _type_key(t: str) -> str:
    return _SPACES_RE.sub(" ", t.strip(" .\u00a0")).lower()


_WORD_SPLIT_RE = regex.compile(r"(?<=[\p{L}\p{M}\p{N}])(?=[ \u00a0]|[ \u00a0]*+-)")
_SEP_RE = regex.compile(r"[ \u00a0-]")


@lru_cache(maxsize=1 << 14)
def _lookup(name: str, levels: tuple[str, ...]) -> tuple[str, frozenset[tuple[int, str]], bool] | None:
    """The longest leading run of words of ``name`` that the table knows: (that run, its
    candidates, whether it is a province).  A province name wins where a type word allows it
    (``TP Đà Nẵng``); else the candidates of every other level allowed (``xã``: a commune
    before or after the merger).  Cached: a name costs a few :func:`fold_name` calls, and
    articles name the same units again and again."""
    table = _table()
    words = _WORD_SPLIT_RE.split(name)
    for n in range(len(words), 0, -1):
        run = "".join(words[:n]).strip()
        key = fold_name(run)
        if "province" in levels and key in table["province"]:
            return run, table["province"][key], True
        got = frozenset().union(*(table.get(lv, {}).get(key, frozenset()) for lv in levels if lv != "province"))
        if got:
            return run, got, False
    return None


_PREV_WORD_RE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*+[ \u00a0]$")


def _inside_longer_name(text: str, at: int, name: str) -> bool:
    """``Bình Dương`` in ``Thái Bình Dương``: the word before and the name's first word
    make another province name, so the run is one longer name, not this province."""
    m = _PREV_WORD_RE.search(text[max(0, at - 12):at])
    if m is None:
        return False
    return _is_province_name(m.group() + name.split()[0])


@lru_cache(maxsize=1 << 12)
def _is_province_name(words: str) -> bool:
    return fold_name(words) in _table()["province"]


#: Where a mention can start, case-folded: the first letters of every type word of
#: ``_TYPE_RE`` (``TPHCM`` is under ``tp``) and the province names of the bare alternative.
_TYPE_STARTS = ("tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "đặc", "tp", "t.p", "tx",
                "tt.", "h.", "q.", "p.")


#: Characters folded and scanned at once by :func:`_matches`.
_WINDOW = 1 << 16


@lru_cache(maxsize=1)
def _starts() -> tuple[ahocorasick_rs.AhoCorasick, int]:
    """The automaton of :data:`_TYPE_STARTS` and the folded province names, and the longest."""
    needles = sorted(set(_TYPE_STARTS) | {n.casefold() for n, k in places().items() if k == "province"})
    return ahocorasick_rs.AhoCorasick(needles), max(map(len, needles))


def _matches(text: str, start: int, end: int) -> Iterator[regex.Match]:
    """``_mention_re().finditer(text, start, end)``, tried only where one of :data:`_TYPE_STARTS`
    or a province name begins (one Aho-Corasick pass over the folded text): every match
    begins with one, and leftmost matches that do not overlap are what ``finditer`` gives."""
    match = _mention_re().match
    automaton, reach = _starts()
    last = start
    for a in range(start, end, _WINDOW):  # a window at a time: no copy of a huge text is held
        b = min(end, a + _WINDOW)
        folded = fold(text[a:min(end, b + reach)], keep=False)
        at = sorted({s + a for _, s, _ in automaton.find_matches_as_indexes(folded, overlapping=True) if s < b - a})
        del folded
        for pos in at:
            # a letter or digit before: ``_WORD_B`` fails (``h.`` in ``tỉnh.``), told without a call
            if pos < last or (pos and text[pos - 1].isalnum()):
                continue
            m = match(text, pos, end)
            if m is not None:
                last = m.end()
                yield m


def mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every unit mention in ``text[start:end]`` that the table knows (module docstring)."""
    end = len(text) if end is None else end
    out = []
    for m in _matches(text, start, end):
        if m.group("bare"):
            if _inside_longer_name(text, m.start("bare"), m.group("bare")):
                continue
            got = _lookup(m.group("bare"), ("province",))
            name_at = m.start("bare")
        elif m.group("hcm"):
            got, name_at = _lookup("HCM", ("province",)), m.end()
        else:
            t = _type_key(m.group("type"))
            name = m.group("name")
            if t in _INITIALS and not name[0].isdigit() and not _SEP_RE.search(name):
                continue  # ``H. Sơn``, ``P. Thảo``: a person's initial, not a unit
            got, name_at = _lookup(name, _TYPE_LEVELS.get(t, ())), m.start("name")
        if got is None:
            continue
        run, cands, is_prov = got
        e = m.end() if name_at == m.end() else name_at + len(run)
        out.append(Mention(m.start(), e, is_prov, run, cands))
    return out


def _place(code: int, cands: Iterable[tuple[int, str]], written: str | None, source: str = "text",
           article: Place | None = None) -> Place:
    if written is None:
        # a unit after the merger ("" in the table) is written under the current province's name
        current = province_name(code).removeprefix("Thành phố ")
        formers = {f or current for c, f in cands if c == code}
        if len(formers) > 1 and article is not None and article.code == code:
            # Châu Thành of Tiền Giang or of Đồng Tháp: the one the article is about
            formers &= {f for f in formers if fold_name(f) == fold_name(article.as_written or "")}
        written = formers.pop() if len(formers) == 1 else None
    return Place(code, province_name(code), written, source)


def resolve_mentions(found: list[Mention], article: Place | int | None = None) -> Place | None:
    """The province a group of mentions (one agency, one entity) places (module docstring);
    ``article``: the article's province (a :class:`Place`, or its code)."""
    if not found:
        return None
    if isinstance(article, int):
        article = Place(article, province_name(article), None)
    provs = [m for m in found if m.is_province]
    if provs:
        codes = {c for m in provs for c, _ in m.candidates}
        if len(codes) != 1:
            return None
        (code,) = codes
        return _place(code, (), provs[0].name)
    codes: set[int] | None = None
    for m in found:
        mine = {c for c, _ in m.candidates}
        codes = mine if codes is None else codes & mine
    if not codes:
        return None
    cands = [c for m in found for c in m.candidates]
    if len(codes) == 1:
        return _place(next(iter(codes)), cands, None, article=article)
    if article is not None and article.code in codes:
        return _place(article.code, cands, None, article=article)
    return None


@lru_cache(maxsize=1 << 12)
def _placed_alone(is_province: bool, name: str, candidates: frozenset[tuple[int, str]]) -> Place | None:
    """``resolve_mentions([m])`` of a mention with these fields (its offsets play no part):
    an article names the same units again and again, and a :class:`Place` is frozen."""
    return resolve_mentions([Mention(0, 0, is_province, name, candidates)])


def resolve(text: str | None, article: Place | int | None = None) -> Place | None:
    """The province ``text`` (an agency, a place, a title) lies in, or None (module docstring)."""
    if not text:
        return None
    return resolve_mentions(mentions(text), article)


_LOCAL_RE = regex.compile(r"(?i)" + _WORD_B + r"(?:tỉnh|thành[ \u00a0]phố|TP|huyện|quận|thị[ \u00a0]xã|xã|phường"
                          r"|thị[ \u00a0]trấn|sở|UBND|HĐND|ủy[ \u00a0]ban[ \u00a0]nhân[ \u00a0]dân"
                          r"|uỷ[ \u00a0]ban[ \u00a0]nhân[ \u00a0]dân|hội[ \u00a0]đồng[ \u00a0]nhân[ \u00a0]dân"
                          r"|một[ \u00a0]cửa|hành[ \u00a0]chính[ \u00a0]công|tỉnh[ \u00a0]ủy|thành[ \u00a0]ủy"
                          r"|huyện[ \u00a0]ủy)(?![\p{L}\p{M}])")
_NATIONAL_RE = regex.compile(r"(?i)^(?:bộ(?![ \u00a0]phận)|chính[ \u00a0]phủ|quốc[ \u00a0]hội|thủ[ \u00a0]tướng"
                             r"|tổng[ \u00a0]cục|ngân[ \u00a0]hàng[ \u00a0]nhà[ \u00a0]nước)(?![\p{L}\p{M}])"
                             r"|(?:trung[ \u00a0]ương|việt[ \u00a0]nam)$")


def agency_province(agency: str | None, article: Place | None) -> Place | None:
    """The province of a figure's agency: the one its words place; else, for a local body
    named by its level alone (``UBND tỉnh``, ``Sở Tư pháp``, ``Bộ phận một cửa huyện``) in an
    article about one province, that province (``source`` ``article``, ``as_written`` null).
    A national body (``Bộ Nội vụ``, ``Chính phủ``) gets none."""
    if not agency:
        return None
    found = mentions(agency)
    if found:
        return resolve_mentions(found, article)
    if article is not None and _LOCAL_RE.search(agency) and not _NATIONAL_RE.search(agency.strip()):
        return Place(article.code, article.name, None, "article")
    return None


def article_province(title: str | None, text: str, skip: Callable[[int], bool] | None = None) -> Place | None:
    """The province an article is about (module docstring), or None; ``skip(pos)`` tells
    page furniture whose mentions do not count (``ArticleContext.in_boilerplate``)."""
    placed = resolve(title) if title else None
    if placed is not None:
        return placed
    votes: Counter[int] = Counter()
    cands: dict[int, list] = {}
    for m in mentions(text):
        if skip is not None and skip(m.start):
            continue
        p = _placed_alone(m.is_province, m.name, m.candidates)
        if p is not None:
            votes[p.code] += 1
            cands.setdefault(p.code, []).append(p.as_written)
    if not votes:
        return None
    (code, n), total = votes.most_common(1)[0], sum(votes.values())
    if n >= 2 and 3 * n >= 2 * total:
        # the name the text gives it most often (``TP.HCM`` twice, ``TP Hồ Chí Minh`` once: HCM)
        written = Counter(w for w in cands[code] if w).most_common(1)
        return Place(code, province_name(code), written[0][0] if written else None, "text")
    return None

"""Where a place's or a body's name runs on into the next phrase, or is cut short.

* **A time phrase after a place**: a festival or a lunar year follows the place
  it happened at with no word between (``sân bay X Tết Mậu Thân năm 1968``,
  ``thị xã Y Xuân Mậu Thân``): the name stops before ``Tết``, before ``Xuân``
  + a lunar year, or before a lunar year followed by a year in figures.
* **A foreign chairman after his body**: ``Chủ tịch HĐND tỉnh <Place> <Given>
  <Family>`` writes the person right after the place; when the last two words
  of the run are foreign-shaped (no Vietnamese syllable spells them, or
  transliterated with hyphens, ``Bun-tôn``) and the word before them is a
  foreign-shaped or gazetteer name, the body ends before them and they are the
  person (PER).
* **A foreign place joined by a hyphen** (``Baden-Wuerttemberg``,
  ``Saint-Michel``): a place cut at a glued hyphen takes the hyphenated rest
  when both sides are foreign-shaped words and neither is a place of its own
  (``Nga-Ukraine``, ``Israel-Palestine`` are two countries).
* **An area named by its two ends** (``khu vực X - Y``): the dash and the
  second name belong to the area (as a road named by its two ends,
  ``named_places.py``).

The vocabulary is ``run_ons_and_cuts`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
import unicodedata

import regex

from ...patterndata import entries
from .foreign import foreign_word
from .names import _Found, _cut_breakers, _syllables
from .rules import _CAPRUN, _NA, _NB, _SP, _Rules, _alt

_WORD = regex.compile(r"[\p{L}\p{M}]++(?:-[\p{L}\p{M}]++)*+")
_NEXT_HYPHENATED = regex.compile(_SP + r"(\p{Lu}[\p{L}\p{M}]*+(?:-[\p{L}\p{M}]++)++)")
_CAP_AFTER = regex.compile(_SP + r"\p{Lu}")
_GLUED_PIECE = regex.compile(r"-(\p{Lu}[\p{L}\p{M}]*+)")


class _Vocab:
    def __init__(self) -> None:
        d = entries("entities")["run_ons_and_cuts"]
        e = entries("entities")["surnames"]
        year = r"(?:" + _alt(e["year_stems"]) + r")" + _SP + r"(?:" + _alt(e["year_branches"]) + r")" + _NA
        # ``Tết`` anywhere after the first word; ``Xuân`` + a lunar year; a lunar year + a year in figures
        self.time_re = regex.compile(
            _SP + r"(?:(?:" + _alt(d["festival_words"]) + r")" + _NA + r"|(?:" + _alt(d["season_words"]) + r")" + _SP
            + year + r"|" + year + r"(?=" + _SP + r"(?:năm" + _SP + r")?+\d{4}" + _NA + r"))")
        self.time_start_re = regex.compile(r"(?:(?:" + _alt(d["festival_words"]) + r")" + _NA + r"|" + year + r")")
        self.post_re = regex.compile(_NB + r"(?i:" + _alt(d["posts"]) + r")" + _SP + r"++$")
        #: a post and a body's words before a place (``Chủ tịch Hội đồng nhân dân`` + ``tỉnh X``)
        self.post_body_re = regex.compile(_NB + r"(?i:" + _alt(d["posts"]) + r")(?:" + _SP + r"[\p{L}\p{M}]++){1,5}+"
                                          + _SP + r"$")
        self.level_re = regex.compile(_NB + r"(?:" + _alt(d["levels"]) + r")" + _SP)
        self.area_re = regex.compile(_NB + r"(?i:" + _alt(d["area_heads"]) + r")" + _SP + r"$")
        self.area_head_re = regex.compile(r"(?i:" + _alt(d["area_heads"]) + r")" + _SP + r"\p{Lu}")
        self.dash_re = regex.compile(_SP + r"?+[-–—]" + _SP + r"?+(?P<n>" + _CAPRUN + r")")


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab()


def _plain(word: str) -> str:
    s = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c))


def foreign_shaped(word: str) -> bool:
    """A capitalised word no Vietnamese syllable spells once its marks are dropped (``Mệchxavẳn``,
    ``Wuerttemberg``), or a transliteration whose syllables are joined by hyphens (``Bun-tôn``)."""
    if not word[:1].isupper():
        return False
    if "-" in word:
        return True
    return foreign_word(_plain(word))


def _replace(f: _Found, old: tuple[int, int], new_end: int) -> None:
    """Every candidate that starts at ``old[0]`` and ends after ``new_end`` ends at ``new_end``."""
    s0 = old[0]
    f.items = [(s, new_end, lab, p) if s == s0 and e > new_end else (s, e, lab, p) for s, e, lab, p in f.items]


def cut_time_phrases(text: str, r: _Rules, f: _Found) -> None:
    """``sân bay X Tết Mậu Thân``: a name stops before a festival or a lunar year (see the module)."""
    v = _vocab()
    cuts = [m.start() for m in v.time_re.finditer(text)]
    if not cuts:
        return
    out = []
    for s, e, label, p in f.items:
        if v.time_start_re.match(text, s):
            continue  # ``Tết Đinh Dậu``, ``Đinh Dậu Hà Nội``: a festival or a year, no name
        cut = next((c for c in cuts if s < c < e), None)
        if cut is not None:
            words = text[s:cut].split()
            if len(words) > 1 and not any(ch.isupper() for w in words[1:] for ch in w):
                continue  # ``Đường hoa Đinh Dậu 2017``: no name before the lunar year
            if len(words) == 1 and (label == "PER" or words[0] not in r.places):
                continue  # ``Giáp Tết`` (close to Tết), ``Chợ Tết``: no one and nothing named; ``Huế`` stays
            e = cut
            if label == "PER" and text[s:e] in r.bare_places:
                label, p = "LOC", 1  # ``Hà Nội Tết Nguyên đán``: the city, a name only with the festival
        out.append((s, e, label, p))
    f.items = out


def _words(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The words of ``text[s:e]``, the last one taking a glued hyphenated rest after ``e`` (``Khăm-mạ``)."""
    out = [m.span() for m in _WORD.finditer(text, s, e)]
    if out and out[-1][1] == e:
        m = _WORD.match(text, out[-1][0])
        if m and m.end() > e:
            out[-1] = m.span()
            # ``Bun-tôn Chăn-thạ-phon``: a run cut at a hyphen; the transliterated word after it too
            n = _NEXT_HYPHENATED.match(text, m.end())
            if n:
                out.append(n.span(1))
    return out


def foreign_chairs(text: str, r: _Rules, f: _Found) -> None:
    """``Chủ tịch HĐND tỉnh Chămpaxắc Mệchxavẳn Phômphithắc``: the body, then its chairman (see above)."""
    v = _vocab()
    for s, e, label, _ in list(f.items):
        if label == "LOC" and not v.level_re.match(text, s) or label == "PER":
            continue  # (a place only as the level and place of a body: ``tỉnh X`` after ``Chủ tịch HĐND``)
        if not (v.post_re if label == "ORG" else v.post_body_re).search(text, max(0, s - 60), s):
            continue
        words = _words(text, s, e)
        if len(words) < 4:
            continue
        tail = words[-2:]
        names = [text[a:b] for a, b in tail]
        if not all(foreign_shaped(w) for w in names):
            continue
        before = text[words[-3][0]:words[-3][1]]
        lv = v.level_re.search(text, s, tail[0][0])
        bracketed = text[words[-3][1]:words[-3][1] + 1] == ")"
        place_before = bracketed or any(text[words[-k][0]:words[-3][1]] in r.places
                                        for k in range(3, min(6, len(words)) + 1))
        hyphenated = all("-" in w for w in names)
        named_before = foreign_shaped(before) or place_before or lv and hyphenated
        if not before[:1].isupper() or before.isupper() and not bracketed or not named_before:
            continue  # ``Công ty TNHH Crystal Martin``: the company's name after its legal form (``(FED)`` ends a body)
        if _CAP_AFTER.match(text, tail[1][1]):
            continue  # a Vietnamese person after the two words: they are the body's, not a name
        if text[tail[0][0]:tail[1][1]] in r.places:
            continue
        cut = words[-3][1]
        if text[s:cut].count("(") > text[s:cut].count(")") and text[cut:cut + 1] == ")":
            cut += 1  # ``Cục Dự trữ Liên bang Mỹ (FED)``: the bracket closes inside the body
        _replace(f, (s, e), cut)
        f.add(tail[0][0], tail[1][1], "PER", 2)


def hyphen_places(text: str, r: _Rules, f: _Found) -> None:
    """``Baden-Wuerttemberg``: a foreign place is not cut at its glued hyphen (see the module)."""
    for s, e, label, p in list(f.items):
        if label != "LOC" or e >= len(text) or text[e] != "-" or not text[e - 1:e].isalpha():
            continue
        last = text[s:e].split()[-1]
        pieces = []
        pos = e
        while True:
            m = _GLUED_PIECE.match(text, pos)
            if not m or m.end() < len(text) and text[m.end()] == "-" and not _GLUED_PIECE.match(text, m.end()):
                break
            pieces.append(m.group(1))
            pos = m.end()
        if not pieces or not all(foreign_shaped(w) and w not in r.places for w in [last] + pieces):
            continue
        if last in r.places or text[s:e] in r.places:
            continue
        f.items.append((s, pos, label, p))


def two_ended_areas(text: str, r: _Rules, f: _Found) -> None:
    """``khu vực Đại Kim - Định Công``: an area named by the two places it spans is one LOC."""
    v = _vocab()
    for s, e, label, p in list(f.items):
        if label != "LOC" or not (v.area_re.search(text, max(0, s - 16), s) or v.area_head_re.match(text, s)):
            continue  # ``khu vực X``, ``Khu đô thị X``
        d = v.dash_re.match(text, e)
        if not d:
            continue
        syls = _cut_breakers(text, _syllables(text, d.start("n"), d.end("n")), r)
        if not syls:
            continue
        second = r.places.get(text[d.start("n"):syls[-1][1]])
        if second in ("province", "city", "country") and r.places.get(text[s:e]) != second:
            continue  # ``khu vực cầu Thanh Trì - Hà Nội``: the place, then the city it is in
        f.items.append((s, syls[-1][1], "LOC", min(p, 1)))

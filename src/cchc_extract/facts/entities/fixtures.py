"""Teams named by a place: fixtures (``A vs B``) and a sponsor's initial before a province (``S.Khánh Hòa``).

Vietnamese clubs carry their province in their name, often after a sponsor
(``Than Quảng Ninh``, ``FLC Thanh Hóa``, ``XSKT Cần Thơ``), shortened to an
initial (``B.Bình Dương``) or an acronym (``SLNA``).  Where a name is a team
it is one ORG, the place inside it included (one flat layer):

* **a fixture**: each side of ``vs`` is a team; fixture lists often print
  one match after another with no separator (``A vs B C vs D``), so a side
  stops at an acronym or an initial, which opens the next team's name, and
  at a capitalised word before a lowercase one (the next sentence);
* **a sponsor's initial**: one capital and a dot glued to a province
  (``S.Khánh Hòa``); not the unit abbreviations ``Q.``, ``P.``, ``H.``,
  ``X.`` (``H.Quảng Ninh`` is a district).
"""

from __future__ import annotations

import regex

from .names import _Found
from .rules import _NA, _Rules, _alt

#: ``vs`` in lowercase: ``VS`` stands in headlines in capitals (``WEST HAM VS CITY``), whose words are no acronyms
_VS = regex.compile(r"(?<=[\p{L}\p{N}.)])[ \u00a0]++vs\.?+[ \u00a0]++(?=[\p{Lu}\d])")
#: one token of a team's name: a capitalised word (``Quảng``, ``N’Golo``), an acronym or an age group
#: (``SLNA``, ``U23``), or an initial glued to a word (``B.Bình``)
_TOKEN = regex.compile(r"(?P<init>\p{Lu}\.\p{Lu}[\p{Ll}\p{M}]*+)" + _NA + r"|(?P<acr>\p{Lu}[\p{Lu}\d]{1,5}+|U\.?\d{2})" + _NA
                       + r"|(?P<cap>\p{Lu}[\p{L}\p{M}’'\-]*+)" + _NA)
_LOWER_AFTER = regex.compile(r"[ \u00a0]\p{Ll}")
_MARKERS = ("FC", "CLB")
_UNIT_INITIALS = set("QPHX")


def _tokens_right(text: str, pos: int, r: _Rules) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    while len(out) < 5:
        m = _TOKEN.match(text, pos)
        if not m:
            break
        kind = m.lastgroup
        if m.group() in r.break_always or m.group() in r.lead_words:
            break  # ``Trận``, ``Sau``: a clause's word, no team's
        if out and (kind == "init" or kind == "acr" and m.group() not in _MARKERS):
            break  # the next team's sponsor or acronym
        out.append((m.start(), m.end(), kind))
        if len(out) > 1 and kind == "cap" and _LOWER_AFTER.match(text, m.end()):
            if _places_in(text, out[:-1], r) and _places_in(text, out[:-1], r)[-1][1] == len(out) - 1:
                out.pop()  # ``Hải Phòng Trực tiếp``: the next sentence's first word (not ``Hải Phòng vòng``)
            break
        if kind == "acr" and len(out) > 1:
            break  # ``... FC``
        pos = m.end()
        if pos >= len(text) or text[pos] not in " \u00a0":
            break
        pos += 1
    return out


def _tokens_left(text: str, end: int, r: _Rules) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    pos = end
    while len(out) < 5 and pos > 0:
        s = pos
        while s > 0 and text[s - 1] not in " \u00a0\n":
            s -= 1
        m = _TOKEN.fullmatch(text, s, pos)
        if not m or m.group() in r.break_always or m.group() in r.lead_words or out and m.group() in _MARKERS:
            break  # a clause's word; ``Sài Gòn FC Than Quảng Ninh vs``: ``FC`` ends the team before
        out.insert(0, (s, pos, m.lastgroup))
        if m.lastgroup == "init" or m.lastgroup == "acr" and m.group() not in _MARKERS:
            break  # the team's name starts with its sponsor or is an acronym
        if s < 2 or text[s - 1] not in " \u00a0":
            break
        pos = s - 1
    return out


def _places_in(text: str, toks: list[tuple[int, int, str]], r: _Rules,
               kinds: tuple[str, ...] = ("province", "city")) -> list[tuple[int, int]]:
    """Token ranges ``[i, j)`` that spell a place of ``kinds`` (all kinds if empty), left to right, longest first
    (an initial's word counts: ``S.Khánh Hòa``)."""
    words = [text[a:b].split(".", 1)[-1] if kind == "init" else text[a:b] for a, b, kind in toks]
    out, i = [], 0
    while i < len(words):
        for j in range(len(words), i, -1):
            kind = r.places.get(" ".join(words[i:j]))
            if kind and (not kinds or kind in kinds):
                out.append((i, j))
                i = j
                break
        else:
            i += 1
    return out


def _is_team(text: str, toks: list[tuple[int, int, str]], r: _Rules) -> bool:
    """A side names a team: an initial, an acronym or an age group, or a province with more words
    (``Than Quảng Ninh``); a bare place stays a place (a national team is read as its country)."""
    if not toks:
        return False
    if any(kind != "cap" for _, _, kind in toks):
        return True
    return any(j - i < len(toks) for i, j in _places_in(text, toks, r))


def _one_team(text: str, toks: list[tuple[int, int, str]], r: _Rules, right: bool) -> list[tuple[int, int, str]]:
    """A team's place is the last word of its name (``SHB Đà Nẵng``, ``U20 Pháp``, ``Hà Nội FC``): on the right
    of ``vs`` the side ends after its first place (and its ``FC``), the words after it being the next team's or
    the next sentence's (``Hải Phòng Quảng Nam FC``, ``U20 Pháp Rất``); on the left it starts after the place
    before the last (``SHB Đà Nẵng Than Quảng Ninh vs``)."""
    places = _places_in(text, toks, r, ())
    if right and places:
        j = places[0][1]
        if j < len(toks) and text[toks[j][0]:toks[j][1]] in _MARKERS:
            j += 1
        return toks[:j]
    return toks[places[-2][1]:] if len(places) >= 2 else toks


def fixtures(text: str, r: _Rules, f: _Found) -> None:
    """``Than Quảng Ninh vs FLC Thanh Hóa``: each side one ORG; ``S.Khánh Hòa`` anywhere one ORG."""
    for m in _VS.finditer(text):
        for right, toks in ((False, _tokens_left(text, m.start(), r)), (True, _tokens_right(text, m.end(), r))):
            toks = _one_team(text, toks, r, right)
            if _is_team(text, toks, r):
                f.add(toks[0][0], toks[-1][1], "ORG", -4)
    for m in _initials(r).finditer(text):
        if m.group("i") not in _UNIT_INITIALS:
            f.add(m.start(), m.end(), "ORG", -4)


_INITIALS = None


def _initials(r: _Rules) -> regex.Pattern:
    global _INITIALS
    if _INITIALS is None:
        provinces = [n for n, k in r.places.items() if k in ("province", "city")]
        _INITIALS = regex.compile(r"(?<![\p{L}\p{M}\p{N}.])(?P<i>\p{Lu})\.(?:" + _alt(provinces) + r")" + _NA)
    return _INITIALS

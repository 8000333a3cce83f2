"""What follows a byline's names, and a club named after one player's word.

* **An outlet after a dash** (``Tên Người - Thể thao Việt Nam``, ``Tên - Tiền Phong |``): at a line's end
  or before the ``|`` of a date, the words after the dash that follows a name are the outlet the writer
  works for, one ORG, even when the outlet's name holds a country (``Việt Nam``) or reads as a common
  phrase elsewhere (``Tiền Phong``).
* **The place reported from** (``Tên - Tên (Từ Seoul)`` closing a line): ``từ`` (from) is no family name
  there; the place in brackets is the LOC (inside a sentence, ``(từ Everton)`` says where a thing came from).  Only a known place or a single word in foreign letters (a person's
  name in brackets, ``(Từ Hy Viên)``, has Vietnamese syllables and stays).
* **A club after one player's word** (``tiền đạo Barca``, ``cựu cầu thủ Bilbao``, ``HLV Chelsea``): a
  well-known club's short name there is the club (ORG), not a person nor its city; before the player's
  name (``tiền đạo Chelsea Diego Costa``) the club and the person (two clubs in a table: both ORG).  Only names on the
  list: ``tiền đạo`` + a person's name (``tiền đạo Công Phượng``) stays the person.

The vocabulary is ``byline_tails`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .foreign import foreign_word
from .names import _Found
from .rules import _NA, _NB, _SP, _Rules, _alt


class _Vocab:
    def __init__(self) -> None:
        d = entries("entities")["byline_tails"]
        o = entries("entities")["outlets"]
        outlets = set(o["bare"]) | set(d["outlets"])
        self.outlet_re = regex.compile(r"(?<=\p{L})" + _SP + r"[-–]" + _SP + r"(?P<o>" + _alt(outlets) + r")"
                                       + _SP + r"*+(?=\||$)", regex.M)
        self.from_re = regex.compile(r"\((?P<w>[Tt]ừ)" + _SP + r"(?P<p>\p{Lu}[\p{L}\p{M}'’-]*+(?:" + _SP
                                     + r"\p{Lu}[\p{L}\p{M}'’-]*+){0,2}+)\)[ \t\u00a0]*+(?=\n|$)")
        self.clubs = set(d["clubs"])
        self.club_lead_re = regex.compile(r"(?P<c>" + _alt(self.clubs) + r")" + _SP + r"(?=\p{Lu})")
        self.player_re = regex.compile(_NB + r"(?i:" + _alt(d["player_words"]) + r")" + _SP + r"$")


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab()


def byline_outlets(text: str, f: _Found) -> None:
    """``Tên - Thể thao Việt Nam`` at a line's end: the outlet, one ORG (see the module)."""
    for m in _vocab().outlet_re.finditer(text):
        f.replace(m.start("o"), m.end("o"), "ORG")


def reported_from(text: str, r: _Rules, f: _Found) -> None:
    """``(Từ Cheonan)``: the place reported from, LOC, no person named Từ (see the module)."""
    for m in _vocab().from_re.finditer(text):
        place = m.group("p")
        if place not in r.places and not (" " not in place and foreign_word(place)):
            continue
        f.drop_over(m.start("w"), m.end("p"))
        f.add(m.start("p"), m.end("p"), "LOC", 0)


def clubs_after_players(text: str, f: _Found) -> None:
    """``tiền đạo Barca``: a well-known club after one player's word is the club, ORG (see the module)."""
    v = _vocab()
    for s, e, label, _ in list(f.items):
        if label not in ("PER", "LOC") or not v.player_re.search(text, max(0, s - 24), s):
            continue
        if text[s:e] in v.clubs:
            f.replace(s, e, "ORG")
            continue
        lead = v.club_lead_re.match(text, s, e)
        if label == "PER" and lead:  # ``tiền đạo Chelsea Diego Costa``: the club, then the player
            f.drop_over(s, e)
            f.add(s, lead.end("c"), "ORG", 0)
            f.add(lead.end(), e, "ORG" if text[lead.end():e] in v.clubs else "PER", 0)

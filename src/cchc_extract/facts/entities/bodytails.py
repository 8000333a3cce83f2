"""The last words of a body's name that the walk over its name leaves out.

* **The central level** (``Bệnh viện K Trung ương``, ``BV Lão khoa TƯ``): a hospital of the central
  level writes ``Trung ương`` (or ``TƯ``, ``T.Ư``, ``TW``) last; it is part of the name, one ORG.
* **A number after a name that numbers its hospitals** (``BV Nhi đồng 1``, ``Bệnh viện Quân y 103``):
  the number is the hospital's, one ORG.  Only after the names on the list, so a count after any other
  name (``BV Bạch Mai 2 ngày``) is left out.

* **A landmark and its city** (``Nhà thờ Đức Bà Paris``, ``nhà thờ Đức Bà Sài Gòn``): a landmark whose
  name is complete, then a place or a word in foreign letters right after it: one LOC.
* **A name that goes on in lowercase** (``Cục Văn hóa cơ sở``, ``Công ty ... Vàng bạc đá quý Sài Gòn``):
  a body's name cut after the first word of one of the known names written so goes on to the name's
  end, and over the capitalised words that follow it (the company's own name, its place).

The vocabulary is ``body_tails`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .foreign import foreign_word
from .names import _Found
from .rules import _NA, _NB, _SP, _alt


class _Vocab:
    def __init__(self) -> None:
        d = entries("entities")["body_tails"]
        self.head_re = regex.compile(_NB + r"(?:" + _alt(d["heads"]) + r")" + _NA)
        self.level_re = regex.compile(_SP + r"(?:" + _alt(d["levels"]) + r")" + _NA)
        self.numbered_re = regex.compile(r"(?:" + _alt(d["numbered"]) + r")$")
        self.number_re = regex.compile(_SP + r"\d{1,3}+(?![\p{L}\p{N}]|[.,/]\d)")
        tail = r"(?:" + _SP + r"\p{Lu}[\p{L}\p{M}]*+(?![\p{L}\p{M}])){0,4}+"
        #: each known name cut after its k first words: (those words, the rest and the words after it)
        self.lower = [(" ".join(w[:k]), regex.compile(_SP + _SP.join(map(regex.escape, w[k:])) + _NA + tail))
                      for w in (n.split() for n in d["lowercase_names"]) for k in range(1, len(w))]
        self.breakers = set(d["not_in_names"])
        self.landmarks = set(d["landmarks"])


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab()


def hospital_tails(text: str, f: _Found) -> None:
    """``BV Nhi đồng`` + ``1``, ``Bệnh viện K`` + ``Trung ương``: the hospital's last word, one ORG."""
    v = _vocab()
    for i, (s, e, label, prio) in enumerate(f.items):
        if label != "ORG" or not v.head_re.match(text, s):
            continue
        m = v.level_re.match(text, e)
        if not m and v.numbered_re.search(text, s, e):
            m = v.number_re.match(text, e)
        if m:
            f.items[i] = (s, m.end(), label, prio)


def lowercase_names(text: str, f: _Found) -> None:
    """``Cục Văn hóa`` + ``cơ sở``: a known name written in lowercase goes on to its end (see the module)."""
    v = _vocab()
    for s, e, label, prio in list(f.items):
        if label != "ORG":
            continue
        for first, rest_re in v.lower:
            if not text.endswith(first, s, e) or text[e - len(first) - 1:e - len(first)] not in (" ", "\u00a0"):
                continue
            m = rest_re.match(text, e)
            if not m:
                continue
            f.replace(s, _without_breakers(text, e, m.end(), v.breakers), "ORG", prio)
            break


#: a word: what white space bounds
_WORD = regex.compile(r"\S++")


def _without_breakers(text: str, start: int, end: int, breakers: set[str]) -> int:
    """``end``, or the end of the last word before a capitalised word that opens a clause (``Theo``, ``Ông``)."""
    pos = start
    for w in _WORD.finditer(text[start:end]):
        if w.group() in breakers:
            break
        pos = start + w.end()
    return pos


def landmark_cities(text: str, r, f: _Found) -> None:
    """``Nhà thờ Đức Bà`` + ``Paris``: a complete landmark's name and its city, one LOC (see the module)."""
    v = _vocab()
    for s, e, label, prio in list(f.items):
        if label != "LOC" or text[s:e] not in v.landmarks or text[e:e + 1] not in (" ", "\u00a0"):
            continue
        words = _title_run(text[e + 1:e + 40])
        ends = [e + 1 + w.end() for w in words if text[e + 1:e + 1 + w.end()] in r.places]
        end = max(ends) if ends else e + 1 + words[0].end() if words and foreign_word(words[0].group()) else None
        if end is not None:
            f.replace(s, end, "LOC", prio)


#: a capitalised word
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}]*+(?![\p{L}\p{M}])")


def _title_run(text: str) -> list:
    """The capitalised words (up to four) that open ``text``, one space apart."""
    words = []
    for w in _CAPITALISED.finditer(text):
        if len(words) == 4 or w.start() != (words[-1].end() + 1 if words else 0):
            break
        words.append(w)
    return words

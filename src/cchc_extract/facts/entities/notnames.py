"""Capitalised names of things that read like people, and a club named by its sponsor and its place.

* **Competitions** are written in the league's own language (``La Liga``,
  ``Serie A``, ``Premier League``, ``Champions League``, ``Bundesliga``,
  ``Ligue 1``, ``V-League``, ``World Cup``): a tournament is no entity of the
  three kinds (annotation: not a body that acts, nor a place; the round-2
  audit marked ``Champions League`` as PER not-a-fact), so a run with a
  league word is no person (``La`` is also a family name, hence ``La Liga``).
* **Models** of cars and phones follow a word for a model (``mẫu xe``,
  ``dòng xe``, ``phiên bản``): no person.  After a word that also names
  people (``đàn em``, junior; ``xe``, ``chiếc``) only a name in foreign
  letters is a model (``đàn em Explorer``; ``đàn em Công Phượng`` are people).
* **Titles of works listed** after a word for a work and a list opener
  (``các bộ phim cổ trang như A, B, C``, ``ca khúc gồm ...``) are titles,
  not people, as quoted titles are (``titles.py``); a work named right after
  its word without a list is left alone (``phim Châu Tinh Trì`` is as often
  the actor's film).
* **A club named by its sponsor and its place**: an acronym or brand found as
  an ORG, one to three capitalised words, then a province or a city
  (``VTV Bình Điền Long An``) is one ORG, the club (or the branch), not the
  sponsor alone.

The vocabulary is ``things_not_people`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .anchored import Anchored
from .foreign import foreign_word
from .names import _Found
from .rules import _NA, _NB, _SP, _Rules, _alt

#: a listed title: a capitalised word and up to seven words of any case (``Người đẹp trong tranh``)
_ITEM = (r"\p{Lu}[\p{L}\p{M}\p{N}'’-]*+(?:" + _SP + r"(?!(?:và|hay|hoặc)" + _NA + r")[\p{L}\p{M}\p{N}'’-]++){0,7}+")
_LIST_SEP = r"(?:" + _SP + r"?+[,;]" + _SP + r"?+|" + _SP + r"(?:và|hay|hoặc)" + _SP + r")"
_TITLE_WORD = regex.compile(_SP + r"(\p{Lu}[\p{Ll}\p{M}]++)" + _NA)


class _Vocab:
    def __init__(self) -> None:
        d = entries("entities")["things_not_people"]
        self.league = set(d["competition_words"])
        self.model_re = regex.compile(_NB + r"(?i:" + _alt(d["model_heads"]) + r")" + _SP + r"++$")
        self.kin_model_re = regex.compile(_NB + r"(?i:" + _alt(d["model_heads_foreign_only"]) + r")" + _SP + r"++$")
        self.product_re = regex.compile(_NB + r"(?i:" + _alt(d["product_words"]) + r")" + _NA)
        works = (_NB + r"(?i:" + _alt(d["plural_before"]) + r")" + _SP + r"(?i:" + _alt(d["work_words"]) + r")(?:" + _SP + r"\p{Ll}[\p{Ll}\p{M}]*+){0,3}?"
                 + _SP + r"(?:" + _alt(d["list_openers"]) + r")" + _SP + r"?+")
        self.works_re = Anchored(regex.compile(works + r"(?P<l>" + _ITEM + r"(?:" + _LIST_SEP + _ITEM + r")*+)"),
                                 d["plural_before"])
        self.item_re = regex.compile(_ITEM)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab()


_WORD_SEP = regex.compile(r"[ \u00a0\-\u2010]")


def _words(name: str) -> list[str]:
    return _WORD_SEP.split(name)


def drop_things(text: str, f: _Found) -> None:
    """Drop PER candidates that are competitions, models or listed titles of works (see the module)."""
    v = _vocab()
    drop: set[tuple[int, int]] = set()
    per = [(s, e) for s, e, label, _ in f.items if label == "PER"]
    if not per:
        return
    for s, e in per:
        name = text[s:e]
        if any(w in v.league for w in _words(name)):
            drop.add((s, e))  # ``La Liga``, ``V-League``: a tournament
        elif v.model_re.search(text, max(0, s - 24), s):
            drop.add((s, e))  # ``mẫu xe Camry``
        elif v.kin_model_re.search(text, max(0, s - 12), s) and all(foreign_word(w) for w in name.split()) \
                and v.product_re.search(text, max(0, s - 160), s):
            drop.add((s, e))  # ``đàn em Explorer`` near ``xe``; ``đàn anh Ronaldo`` in a match report is a player
    by_start: dict[int, list[int]] = {}
    for s, e in per:
        by_start.setdefault(s, []).append(e)
    for m in v.works_re.finditer(text):
        ls, le = m.span("l")
        for i in v.item_re.finditer(text, ls, le):
            for e in by_start.get(i.start(), ()):
                if e <= le:
                    drop.add((i.start(), e))  # ``các bộ phim như Võ Tắc Thiên, ...``
    if drop:
        f.items = [it for it in f.items if not (it[2] == "PER" and (it[0], it[1]) in drop)]


def sponsor_clubs(text: str, r: _Rules, f: _Found) -> None:
    """``VTV Bình Điền Long An``: a sponsor's acronym or brand, its words and a province: one ORG."""
    heads = {(s, e) for s, e, label, _ in f.items if label == "ORG" and (text[s:e].isupper() or text[s:e] in r.outlets)}
    for s, e in sorted(heads):
        words: list[tuple[int, int]] = []
        pos = e
        while len(words) < 6:
            w = _TITLE_WORD.match(text, pos)
            if not w or w.group(1) in r.break_always or w.group(1) in r.lead_words:
                break
            words.append(w.span(1))
            pos = w.end()
        for k in range(len(words), 1, -1):  # at least one word before the place
            for n in (3, 2, 1):
                if n >= k:
                    continue
                place = text[words[k - n][0]:words[k - 1][1]]
                if r.places.get(place) in ("province", "city"):
                    f.add(s, words[k - 1][1], "ORG", 4)
                    break
            else:
                continue
            break


#: a document's code around a word: a number, a slash, then capitals, digits, dashes and slashes
#: (``6068/VPCP-VI``, ``15/2017/NĐ-CP``, ``02-NQ/TU``)
_CODE = regex.compile(r"\d[\d.]*+[/-][\p{Lu}\d&Đ./-]*+")


def codes_not_bodies(text: str, f: _Found) -> None:
    """``6068/VPCP-VI``: the issuing office's abbreviation inside a document's code names no entity there."""
    drop = []
    for it in f.items:
        s, e = it[0], it[1]
        if s == 0 or text[s - 1] not in "/-" or not text[s:e].isupper():
            continue
        i = s
        while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(,;":
            i -= 1
        m = _CODE.match(text, i)
        if m and m.end() >= e and "/" in m.group():
            drop.append(it)
    if drop:
        gone = set(drop)
        f.items = [it for it in f.items if it not in gone]

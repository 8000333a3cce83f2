"""Titles of works are no entities: ``phim “Tấm Cám”``, ``ca khúc "Hà Nội mùa thu"``.

A film, song, book or show is named by its title in quotation marks after a
word for the work; when the whole title reads like a person's or a place's
name (``tác phẩm "Võ Mị Nương"``, ``chương trình "Radio Star"``) it is still
the work's title, not a PER, LOC or ORG, and a person's name inside a title is
a character's or the work's (``chương trình "Sao Mai Việt"``).  A place or a
body inside a longer title keeps its label (``chương trình “Tôn vinh ...
TP.HCM năm 2017”``).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from ...patterndata import entries
from .anchored import Anchored
from .names import _Found
from .rules import _NB, _SP, _alt


@lru_cache(maxsize=1)
def _title_re() -> Anchored:
    words = entries("entities")["titles_of_works"]["work_words"]
    return Anchored(regex.compile(_NB + r"(?i:" + _alt(words) + r")" + _SP + r"?+[“\"«](?P<t>[^”\"»\n]{1,80}+)[”\"»]"),
                    words)


def drop_quoted_titles(text: str, f: _Found) -> bool:
    """Remove candidates that are a whole quoted title after a word for a work, and people inside one
    (``chương trình "Sao Mai Việt"``, a character in a film's title); whether any was removed."""
    titles = [m.span("t") for m in _title_re().finditer(text)]  # in text order, not overlapping
    if not titles:
        return False
    whole = set(titles)
    starts = [a for a, _ in titles]

    def inside(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1
        return i >= 0 and e <= titles[i][1]

    n = len(f.items)
    f.items = [it for it in f.items if (it[0], it[1]) not in whole and not (it[2] == "PER" and inside(it[0], it[1]))]
    return len(f.items) < n

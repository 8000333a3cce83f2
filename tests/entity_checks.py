"""What the entity test files read from ``find_entities``: the (text, label) pairs of
a sentence, and the labels over one word of it."""

from __future__ import annotations

from cchc_extract.facts.entities import find_entities


def ents(text: str) -> list[tuple[str, str]]:
    """Every entity of ``text`` as ``(text, label)``, in text order."""
    return [(e.text, e.label) for e in find_entities(text)]


def labels_over(text: str, word: str, nth: int = 0) -> set[str]:
    """The labels of the entities that overlap the ``nth`` occurrence of ``word`` in ``text``."""
    s = -1
    for _ in range(nth + 1):
        s = text.index(word, s + 1)
    e = s + len(word)
    return {x.label for x in find_entities(text) if x.start < e and s < x.end}

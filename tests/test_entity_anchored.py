"""Every anchored entity scan (``facts/entities/anchored.py``) gives what its plain ``finditer`` gives.

An :class:`Anchored` pattern is tried only where one of its list's first words
stands.  If a pattern could begin elsewhere (a word added to the pattern but
not to its list, an optional prefix), a match would be silently lost: this
file compares every anchored pattern with the plain scan over the articles,
the YAML examples, a sample of the 2017 news, and generated texts.
"""

from __future__ import annotations

import regex

from cchc_extract.facts.entities import find_entities
from cchc_extract.facts.entities.anchored import ALL, Anchored

from oracle import oracle_tests

find_entities("Ông Nguyễn Văn An cho biết.")   # makes every pass's vocabulary, and with it every anchored pattern


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def same(text: str) -> None:
    for a in ALL:
        assert _spans(a.finditer(text)) == _spans(a.pattern.finditer(text)), (a.pattern.pattern[:60], text[:80])


PIECES = sorted({w for a in ALL for w in a.firsts} | {w.capitalize() for a in ALL for w in a.firsts}
                | {w.upper() for a in ALL for w in a.firsts}) + [
    " ", "\u00a0", "  ", ", ", ". ", "\n", "“", "”", '"', "«", "»", "-", "–", "và ", "Cơ Tu", "Ê Đê", "Tày",
    "Kỷ Hợi", "Giáp Ngọ", "Sao Mai", "Công ty", "FLC", "Hà Nội", "ghi bàn", "1", "x"]

(test_hand_written_and_yaml_texts, test_articles, test_news_sample,
 test_generated_texts) = oracle_tests(same, ["", "người Cơ Tu và Ê Đê", "Tết Kỷ Hợi", "bài hát “Sao Mai”"], PIECES)


def test_every_anchored_scan_is_checked() -> None:
    assert len(ALL) >= 12
    assert all(a.firsts for a in ALL)


def test_the_comparison_catches_a_pattern_that_begins_elsewhere() -> None:
    # the pattern also begins with ``bà`` but the list does not say so: a match is lost
    leaky = Anchored(regex.compile(r"(?i:ông|bà) [A-Z]\w+"), ["ông"])
    try:
        text = "Gặp bà Lan và ông Minh."
        assert _spans(leaky.finditer(text)) != _spans(leaky.pattern.finditer(text))
    finally:
        ALL.remove(leaky)


def test_a_long_text_is_scanned_the_plain_way() -> None:
    a = ALL[0]
    text = ("người Cơ Tu và Ê Đê ; Tết Kỷ Hợi " * 3000)
    assert len(text) > 65536
    assert _spans(a.finditer(text)) == _spans(a.pattern.finditer(text))

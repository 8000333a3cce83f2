"""An anchor declared by its phrases: the lead at each anchor word holds only the phrases that begin there.

Legal's rules begin with a type word (``kế hoạch``, ``kết luận``, ``công văn``):
the engine anchors them on the first words and, at a hit of ``công``, tests
only ``công văn``, not every type word.  The words and the leads both come
from the one list of phrases, so none can be forgotten in one of them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_extract.engine import Anchor, Registry, Rule

from oracle import Item


_PHRASES = ("kế hoạch", "kết luận", "công văn", "công điện", "kế")
_PATTERN = r"(?<!\w)(?:kế[ \t\xa0]+hoạch|kết[ \t\xa0]+luận|công[ \t\xa0]+(?:văn|điện)|kế)(?!\w)"


def _registry(anchor: Anchor) -> Registry:
    return Registry("probe", [
        Rule("doc", anchor, _PATTERN, lambda m: [Item(m.start(), m.end())]),
        Rule("plan", Anchor(phrases=("kế hoạch",)), r"(?<!\w)kế[ \t\xa0]+hoạch(?!\w)",
             lambda m: [Item(m.start(), m.end())]),
    ])


def test_words_and_the_lead_at_each_come_from_the_phrases() -> None:
    a = Anchor(phrases=_PHRASES)
    assert a.words == ("công", "kế", "kết")
    lead = a.lead_at("công")
    assert "văn" in lead and "điện" in lead and "hoạch" not in lead and "luận" not in lead
    assert "hoạch" in a.lead_at("kế") and "luận" not in a.lead_at("kế")
    assert a.lead_at(None) == a.lead      # a mark or a digit: every phrase


def test_a_hit_is_tested_only_against_the_phrases_of_its_word() -> None:
    reg = _registry(Anchor(phrases=_PHRASES))
    entries = {e.key: e for es in reg.scan.entries for e in es}
    (_needs, _g, _always, led, dispatch, merged), = entries["word:công"].plan[1]
    assert merged and dispatch("công văn", 0) is not None
    assert dispatch("kế hoạch", 0) is None  # another word's phrase: not in this lead
    # rules led alike share one group of the dispatch
    (_needs, _g, _always, led, dispatch, merged), = entries["word:kế"].plan[1]
    assert len(led) == 2 and dispatch("kế hoạch", 0).groups().count(None) == 0


def test_replace_keeps_the_phrases_and_a_contrary_word_list_is_refused() -> None:
    a = Anchor(phrases=_PHRASES, glued=True)
    b = replace(a, glued=False)
    assert b.words == a.words and b.lead == a.lead and not b.glued
    with pytest.raises(ValueError):
        Anchor(phrases=_PHRASES, words=("luật",))


_WORDS = st.sampled_from(["kế", "Kế", "KẾ", "kết", "KẾT", "hoạch", "luận", "công", "CÔNG", "văn", "điện",
                          "kế toán", "công nhân", "x", "1"])
_BLANKS = st.sampled_from([" ", "  ", "\t", "\xa0", ", ", "\n", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _BLANKS), max_size=12))
def test_phrase_leads_find_what_every_rule_at_every_position_finds(parts) -> None:
    text = "".join(w + b for w, b in parts)
    reg = _registry(Anchor(phrases=_PHRASES))
    key = lambda items: sorted((i.start, i.end, i.rule) for i in items)  # noqa: E731
    assert key(reg.find(text)) == key(reg.find_everywhere(text))

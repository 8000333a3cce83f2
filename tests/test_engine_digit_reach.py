"""The engine drops the anchor hits no digit follows, for rules that all need one.

``Registry.find`` skips a hit of an entry whose rules all need a digit
(``Anchor.needs_digit``) when no digit comes after it within the window (on
the same line, for a single-line registry): its gate would fail there.  Here
the window's edge and the line break are probed against the oracle, and on
real texts every hit dropped is shown to fail its gate.
"""

from __future__ import annotations

import pytest

from cchc_extract.engine import Anchor, Registry, Rule
from cchc_extract.facts import dates as D
from cchc_extract.reading import read_article

from conftest import CORPUS
from oracle import Item


def _items(m, *args):
    return [Item(m.start(), m.end())]


def _registry(single_line: bool, span: int = 12) -> Registry:
    # `tại` then anything up to a digit: a match needs the digit within the window
    return Registry("probe", [Rule("at_digit", Anchor(words=("tại",), needs_digit=True),
                                   r"(?<!\w)tại(?!\w)[^\d\n]*\d" if single_line else r"(?<!\w)tại(?!\w)\D*\d", _items)],
                    max_span=span, single_line=single_line)


def _spans(items):
    return sorted((i.start, i.end) for i in items)


@pytest.mark.parametrize("single_line", [True, False])
@pytest.mark.parametrize("text", [
    "tại 1", "tại abcdefg1", "tại abcdefgh1", "tại abcdefghi1", "xx tại abcdefgh1 tại 2",
    "tại\n1", "tại ab\ncd 1", "tại", "1 tại", "Tại đây 5", "TẠI x\u00a0y 7", "tại ٥", "tại x", "tạix 1",
])
def test_window_edge_and_line_break_as_the_oracle(single_line, text):
    reg = _registry(single_line)
    reg.scan
    assert reg._digit_bound, "the probe rule's anchor must be one the engine filters"
    assert _spans(reg.find(text)) == _spans(reg.find_everywhere(text)), text


def test_the_window_edge_is_probed():
    """Not vacuous: with a window of 12, `tại abcdefgh1` (the digit at 12) has no match, one character less has."""
    reg = _registry(True)
    assert _spans(reg.find("tại abcdefg1")) == [(0, 12)]
    assert reg.find("tại abcdefgh1") == []


def test_every_hit_dropped_fails_its_gate():
    reg = D.REGISTRY
    scan = reg.scan
    texts = [read_article(p).text for p in sorted(CORPUS.glob("*.txt"))]
    texts += ["Từ năm nay, trong các năm tới\nnăm 2023 ( 15/3", "các " * 60 + "2023", "sáng nay\n15/3"]
    dropped = 0
    for text in texts:
        raw, runs = scan.run(text)
        hits = scan.whole(text, raw)
        kept = reg._digit_reached(text, hits, runs)
        gone = [h for h in hits if h not in kept]
        dropped += len(gone)
        for s, entry in gone:
            gate = entry.plan[0]
            assert gate is not None and gate(text, s, s + reg.max_span) is None, (text[s:s + 40], entry.key)
    assert dropped > 0

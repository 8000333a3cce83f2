"""`_Cues.blocked`: the incremental search for a forecast or a rate before each figure gives
what a search of the whole sentence before it gives (percentages' ``_is_target``)."""

from hypothesis import given, settings, strategies as st

from cchc_extract.facts.percentages.resolve import _Cues
from cchc_extract.facts.percentages.vocab import _FORECAST_RE, _RATE_RE, _Folded

PIECES = ["dự báo", "dự  báo", "thuế", " sẽ", "thuế sẽ", "lãi suất", "kịch bản", "dự", "báo", "tăng", " ", "\u00a0",
          "5%", "một", "mười phần trăm", ",", ".", "đạt", "a", "9", "có khả năng", "theo tính toán", "mức thuế"]


def _full(text, start, pos):
    return bool(_FORECAST_RE.search(text, start, pos) or _RATE_RE.search(text, start, pos))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.data())
def test_blocked_is_the_whole_search(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    positions = sorted(data.draw(st.lists(st.integers(start, len(text)), max_size=12)))
    if data.draw(st.booleans()) and positions:  # a figure met out of order now and then
        positions.insert(data.draw(st.integers(0, len(positions))), data.draw(st.integers(start, len(text))))
    cues = _Cues(text, _Folded.of(text), start)
    for pos in positions:
        assert cues.blocked(pos) == _full(text, start, pos), (text, start, pos)


def test_a_rate_found_ahead_does_not_block_a_figure_before_its_lookahead():
    """`thuế` is a rate only with ` sẽ` after it: found from a later figure, it must not
    block a figure met afterwards that stands before the ` sẽ` (hypothesis found this)."""
    text = "mức thuế sẽ"
    cues = _Cues(text, _Folded.of(text), 1)
    assert cues.blocked(11) is True
    assert cues.blocked(8) is False and _full(text, 1, 8) is False
    assert cues.blocked(11) is True


def test_examples():
    text = "Theo dự báo, giá tăng 5%, rồi 6%; thuế sẽ tăng 7%"
    cues = _Cues(text, _Folded.of(text), 0)
    assert [cues.blocked(text.index(f)) for f in ("5%", "6%", "7%")] == [True, True, True]
    text = "Giá tăng 5%, thuế sẽ tăng 6%"
    cues = _Cues(text, _Folded.of(text), 0)
    assert [cues.blocked(text.index(f)) for f in ("5%", "6%")] == [False, True]

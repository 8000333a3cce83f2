"""The percentage registry finds exactly what every rule at every position finds (the oracle).

As ``test_engine_oracle.py`` does for dates and ``test_dossier_oracle.py`` for
dossier counts: ``Registry.find`` tries a percentage rule only at a sign (a
``%``, a ``％`` or the word ``phần``, the anchors) where its lead (the sign,
``phần`` then blanks and ``trăm``) matched; ``Registry.find_everywhere`` tries
every rule at every position.  Over the bundled corpus, ../shared/wild,
../shared/eval2017, a sample of the 2017 news corpus (when unpacked), the YAML
examples, stress texts and generated texts, both give the same matches, hence
the same percentages.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_extract.engine import Registry
from cchc_extract.facts.percentages import REGISTRY, find_percentages
from cchc_extract.facts.percentages.rules import pick

from oracle import oracle_tests, with_anchor

_TEXTS = [
    "Tỷ lệ đạt 98,2%, 100 %, 95 phần trăm, 2,5 điểm phần trăm, 4 điểm %, 97 ％, 89,5 PHẦN TRĂM, 1,5 Phần Trăm.",
    "từ 30 - 50%, 98,5-100%, 20% đến 40%, 85% – 90%, 8%-10%, 62 -66%, 10 tới 15 phần trăm, 7% - 6,5%, 5 ~ 7%.",
    "(-0,4%), : +1,2%, −1,5%, Top-10%, a-5%, 1-2%, -3%, ;+4%, [−5%], x −6%, 12.345.678%, 1.2345%, 1,2,3%.",
    "Hai mươi lăm phần trăm, Một trăm %, năm mươi lăm ％, mười%, hai phần ba, xhai phần trăm, ba\tphần trăm.",
    "https://example.vn/tin?id=20%2F5, www.x.vn/5%, 5%%, %5, 5 %, 5  %, 5\u00a0%, 5 phần  trăm, 5 phần trămx,",
    "5phần trăm, 5 phần\ttrăm, 5\tphần trăm, 5 phầntrăm, 5 PHẦN trăm.",
    "từ trên 70% đến dưới 80%, 80% lên 90%, từ 5% đến 7%, 12 345%, 1.234-5%, 10 - -5%, 5-10-15%, 1% - 2% - 3%.",
    "١٢%, ١٢ phần trăm, İ 12%, ß 3%, 5" + " " * 100 + "phần trăm, 7" + "\u00a0" * 80 + "phần trăm, 9" + " " * 89 + "%.",
    "Bảy mươi phần trăm. Sáu mươi hai phần trăm\ncủa 12 phần\ntrăm. điểm % 5 điểm  %, 6 điểm phần trăm2, 7 ĐIỂM %.",
]

_PIECES = ["%", "％", " ", "  ", "\u00a0", "phần trăm", "Phần Trăm", "PHẦN TRĂM", "phần", "trăm", "điểm", "-", "−", "+",
           "–", "—", "~", "đến", "tới", "12", "1.234", "1,5", "98,5", "0", "100", "2.5", ".", ",", "/", "(", ")", ":",
           ";", "\n", "a", "x", "hai", "mươi", "lăm", "một", "năm", "Một", "mười", "http://", "www.", "2F", "từ",
           "trên", "dưới", "١٢", "İ", "ß", "\t", "[", "‰"]


def _key(items):
    return sorted((m.start, m.end, m.order, m.rule, m.match.span()) for m in items)


def _same(text: str, registry: Registry = REGISTRY) -> None:
    engine, oracle = registry.find(text), registry.find_everywhere(text)
    assert _key(engine) == _key(oracle), text[:80]
    assert _key(pick(engine)) == _key(pick(oracle))


test_hand_written_and_yaml_texts, test_articles, test_news_sample, test_generated_texts = oracle_tests(
    _same, _TEXTS, _PIECES, examples=400)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join), st.integers(min_value=7, max_value=90))
def test_windows_and_the_bulk_path_find_the_same(text, window):
    """A huge text is scanned window by window and a window with very many hits takes
    ``_find_bulk``: both forced on small texts, the matches must be the oracle's."""
    from cchc_extract.engine import registry as reg
    from cchc_extract.engine import scan as sc

    old_bulk, old_window = reg._BULK, sc.WINDOW
    reg._BULK, sc.WINDOW = 1, window
    try:
        _same(text)
        _same(text + " 5%" * 20 + "(-1,5%) 2 - 3 phần trăm" + " 1" * 30)
    finally:
        reg._BULK, sc.WINDOW = old_bulk, old_window


def _with(names: tuple[str, ...], **anchor) -> Registry:
    return with_anchor(REGISTRY, names, **anchor)


def test_the_oracle_sees_a_lead_that_drops_a_match():
    """Not vacuous: a lead written as the old hand-kept sign list wrote the sign
    (`phần trăm` with one space) loses `5 phần  trăm` and `7 Phần\u00a0Trăm`; the
    comparison shows it (the lead built from the YAML takes any blanks)."""
    text = "Tỷ lệ đạt 5 phần  trăm, năm nay 7 Phần\u00a0Trăm."
    narrow = _with(("figure",), lead=r"(?:%|％|phần trăm)")
    assert _key(narrow.find(text)) != _key(narrow.find_everywhere(text))
    _same(text)
    assert [p.text for p in find_percentages(text)] == ["5 phần  trăm", "7 Phần\u00a0Trăm"]


def test_an_article_without_a_sign_is_not_looked_at():
    """What the stage's hand-written test (`%` in the text …) did, derived from the
    anchors: an article with no `%`, `％` or `phần` has no hit, and no rule is tried."""
    assert list(REGISTRY.scan.hits("Năm 2023 huyện có 5 xã, hai mươi hộ và 1.234 hồ sơ.")) == []
    assert [e.key for _, e in REGISTRY.scan.hits("Cổ phần hóa 5 doanh nghiệp, đạt 9%.")] == ["word:phần", "mark:%"]
    assert REGISTRY.find("Cổ phần hóa 5 doanh nghiệp.") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["%", "％", "phần", "ph", "ần", "a", "aa", "hồ", "sơ", "\t", "|", " "]),
                min_size=1, max_size=4, unique=True),
       st.lists(st.sampled_from(["%", "％", "phần", "ph", "ần", "a", "hồ", "sơ", "\t", "|", " ", "x", "İ"]),
                max_size=40).map("".join))
def test_few_needles_are_found_as_the_automaton_finds_them(needles, text):
    """A scan of a few needles (the percentages' three) finds them with ``str.find``
    (``engine.scan.find_few``): the same hits in the same order as the automaton."""
    import ahocorasick_rs

    from cchc_extract.engine.scan import FEW, find_few

    assert len(needles) <= FEW
    want = ahocorasick_rs.AhoCorasick(needles).find_matches_as_indexes(text, overlapping=True)
    assert find_few(needles, text) == want

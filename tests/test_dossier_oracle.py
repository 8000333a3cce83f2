"""The dossier registries find exactly what every rule at every position finds (the oracle).

As ``test_engine_oracle.py`` does for dates and ``test_legal_oracle.py`` for legal
documents: ``Registry.find`` tries a dossier rule only where one of its anchors
(``hồ`` of ``hồ sơ``, a tab or a bar, the start of a number) was hit and its
lead matched, and looks at numbers only in an article holding the word ``sơ``
(the word ``count_before_noun`` needs); ``Registry.find_everywhere`` tries every
rule at every position.  Over the bundled corpus, ../shared/wild,
../shared/eval2017, a sample of the 2017 news corpus (when unpacked), the YAML
examples, stress texts and generated texts, both give the same items, so no
anchor, lead or need can hide a count a rule reads.  The counts before a noun
are then chosen as one left-to-right scan would choose them
(:func:`~cchc_extract.facts.dossiers.rules.leftmost`), which is checked against
``finditer`` of the same pattern.
"""

from __future__ import annotations

from cchc_extract.engine import Registry
from cchc_extract.facts.dossiers import ABBREVIATED, REGISTRY, find_dossier_counts
from cchc_extract.facts.dossiers.candidate import _SpanSet
from cchc_extract.facts.dossiers.rules import leftmost
from cchc_extract.facts.dossiers.vocab import _BEFORE_NOUN_RE, _COUNT_BEFORE_NOUN_RE

from oracle import oracle_tests, with_anchor

NONE = _SpanSet(())

_TEXTS = [
    "Xã tiếp nhận 1.234 hồ sơ, giải quyết 1.200 hồ sơ và 34 hồ sơ quá hạn; 4.572/4.572 hồ sơ đúng hạn.",
    "Cổng nhận 1,5 triệu bộ hồ sơ; 2/3 hồ sơ trực tuyến; 264 nghìn lượt hồ sơ; 12\n/ 15 hồ sơ; 7 /\n8 HỒ SƠ.",
    "hồ sơ hồ sơ 12 hồ sơ12 hồ sơ 1.234.567 nghìn lượt hồ sơn 8 hồ sơ, 9 lượt Hồ  sơ, 3 hồ\nsơ, 5\u00a0hồ\u00a0sơ.",
    "Hồ sơ (HS) được số hóa. Xã nhận 291 HS, 12 UBND, 40 hồ sơ; hồ sơ thủ tục hành chính (HSTT) và 7 HSTT.",
    "xhồ sơ (HX), Hồ sơ(HZ), hồ sơ ( HA ), HỒ SƠ (HB) và 3 HA, 4 HB; TP Hồ Chí Minh có 12 điểm; sơ kết 5 năm.",
    "Số hồ sơ tiếp nhận là 1.234; Hồ sơ trực tuyến: 900; - Tiếp nhận hồ sơ: 3.456\n- Giải quyết hồ sơ: 3.401",
    "giải quyết hàng nghìn hồ sơ (trước đây là khoảng 300), hàng trăm hồ sơ mỗi tháng (năm trước chỉ 600).",
    "Đơn vị | Tiếp nhận | Giải quyết\nThị trấn A | 77 hồ sơ | 75\nSố hồ sơ quá hạn\t5\t|\t|",
    "١٢ hồ sơ, 1٥ hồ sơ, ١٢/١٥ hồ sơ, İ 12 hồ sơ, ß 3 hồ sơ, 5" + " " * 150 + "hồ sơ, 6  " + "\u00a0" * 10 + "hồ sơ.",
    "Điều 15 hồ sơ, tăng 234 hồ sơ, năm 2023 có 120 hồ sơ, 100% hồ sơ, 12 ngày hồ sơ, 0 hồ sơ, 00 hồ sơ.",
]

_PIECES = ["hồ sơ", "Hồ sơ", "HỒ SƠ", "hồ", "sơ", "Hồ", "sơn", "HS", "(HS)", "(", ")", "thủ tục hành chính",
           "số", "là", ":", "tiếp nhận", "giải quyết", "trực tuyến", "trước đây là", "năm trước", "hàng nghìn",
           "nghìn", "triệu", "bộ", "lượt", "12", "1.234", "4.572/4.572", "2/3", "1,5", "0", "١٢", "x", "_", "İ", "ß",
           " ", "  ", "\u00a0", "\n", "\t", "|", "/", ".", ",", ";", "%", "tăng", "Điều"]


def _key(items):
    return sorted(repr(x) for x in items)


def _same(text: str) -> None:
    for registry in (REGISTRY, ABBREVIATED):
        assert _key(registry.find(text, NONE)) == _key(registry.find_everywhere(text, NONE)), (registry.name, text[:80])
    # the counts before a noun, chosen as a scan left to right chooses them
    chosen = leftmost([h for h in REGISTRY.find(text, NONE) if h.rule == "count_before_noun"])
    assert [h.match.span() for h in chosen] == [m.span() for m in _COUNT_BEFORE_NOUN_RE.finditer(text)]
    assert [h.match.span() for h in leftmost(ABBREVIATED.find(text, NONE))] == \
        [m.span() for m in _BEFORE_NOUN_RE.finditer(text)]


test_hand_written_and_yaml_texts, test_articles, test_news_sample, test_generated_texts = oracle_tests(
    _same, _TEXTS, _PIECES)


def _with(name: str, **anchor) -> Registry:
    return with_anchor(REGISTRY, [name], **anchor)


def test_the_oracle_sees_a_lead_that_drops_a_count():
    """Not vacuous: a lead that forgets `done of total` (`4.572/4.572 hồ sơ`) loses
    that count, and the comparison shows it."""
    text = "Xã đã giải quyết 4.572/4.572 hồ sơ đúng hạn."
    narrow = _with("count_before_noun", lead=r"[\d.,]+\s+(?:\S+\s+){0,2}(?i:h)")
    assert _key(narrow.find(text, NONE)) != _key(narrow.find_everywhere(text, NONE))
    _same(text)


def test_the_oracle_sees_a_wrong_needed_word():
    """Not vacuous: numbers are looked at only in an article holding a word the count
    rule needs; a rule declaring a word its counts do not hold finds nothing, and the
    comparison shows it (and the count disappears from the records)."""
    text = "Năm qua, xã tiếp nhận 345 hồ sơ."
    wrong = _with("count_before_noun", needs_words=("tiếng",))
    assert wrong.scan.run(text)[1] == []            # no digit scan at all
    assert _key(wrong.find(text, NONE)) != _key(wrong.find_everywhere(text, NONE))
    assert REGISTRY.scan.run(text)[1] != []         # `sơ` is there: the numbers are looked at
    assert [d.count for d in find_dossier_counts(text)] == [345]
    assert REGISTRY.scan.run("Năm qua, TP Hồ Chí Minh đón 345 nghìn khách.")[1] == []   # `hồ` alone is not enough

"""The legal registries find exactly what every rule at every position finds (the oracle).

As ``test_engine_oracle.py`` does for dates: ``Registry.find`` tries a legal
rule only where one of its anchors (a type word's first word, an abbreviation,
a standard's prefix, `các`/`những`) was hit and its lead matched;
``Registry.find_everywhere`` tries every rule at every position.  Over the
bundled corpus, ../shared/wild, ../shared/eval2017, a sample of the 2017 news
corpus (when unpacked), the YAML examples, stress texts and generated texts,
both give the same mentions, so no anchor, lead or glued-word test can hide a
mention that a rule reads.
"""

from __future__ import annotations

from cchc_extract.facts.legal.rules import ANAPHORS, REGISTRY

from oracle import Item, oracle_tests, with_anchor

_TEXTS = [
    "Theo Quyết định số 93/2007/QĐ-TTg và Nghị quyết 30c/NQ-CP, NQ 03, QĐ số 45, TCVN ISO 9001:2015, ISO 3200.",
    "Sự lãnh đạo của ĐảngNghị quyết số 09-NQ/TU; thành phố đã xây dựngđề án “Nâng cao năng lực cán bộ”.",
    "Nghị         quyết số 12/NQ-HĐND, NGHỊ QUYẾT SỐ 5, nghị\u00a0quyết số 7, x_Quyết định số 8, Quyết địnhx số 9.",
    "Bộ luật Dân sự 2015, bộ luật, Luật Đất đai 2013, Luật-sư, Hiến pháp năm 2013, Điều lệ Đảng, luật sư Luật.",
    "Thông báo kết luận số 5-TB/TU, kết luận số 6-KL/TW, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, "
    "Nghị quyết Trung ương 6, Đề án phát triển du lịch giai đoạn 2021-2025, Kế hoạch “Chuyển đổi số tỉnh”.",
    "các quyết định của Thủ tướng Chính phủ, những kế hoạch này của UBND tỉnh, _các nghị quyết của HĐND.",
    "Quyết định số 12, 13 và 14/QĐ-UBND ngày 3/2/2023 của UBND tỉnh; Chỉ thị 05 Bộ Chính trị; QCVN 01:2009.",
]

_PIECES = ["Nghị quyết", "nghị quyết", "NGHỊ QUYẾT", "Quyết định", "quyết định", "Kế hoạch", "Đề án", "đề án",
           "Luật", "luật", "Bộ luật", "Hiến pháp", "Chỉ thị", "Thông báo kết luận", "kết luận", "báo cáo",
           "NQ", "QĐ", "TCVN", "ISO", "các", "những", "của", "về", "số", "Đại hội", "lần thứ", "XIII",
           "Trung ương", "UBND tỉnh", "Chính phủ", "giai đoạn", "2021-2025", "12", "93/2007/QĐ-TTg", "02-NQ/TU",
           "9001:2015", "ngày", "3/2/2023", "“", "”", "x", "_", "İ", "đ", " ", "  ", "\u00a0", "\n", ",", ".", "-"]


def _key(items):
    return sorted(repr(x) for x in items)


def _same(text: str) -> None:
    for registry in (REGISTRY, ANAPHORS):
        assert _key(registry.find(text)) == _key(registry.find_everywhere(text)), (registry.name, text[:80])


test_hand_written_and_yaml_texts, test_articles, test_news_sample, test_generated_texts = oracle_tests(
    _same, _TEXTS, _PIECES, examples=200)


def test_the_oracle_sees_an_anchor_that_misses_a_mention():
    """Not vacuous: a registry whose numbered rule lost its glued words misses
    `ĐảngNghị quyết số 09-NQ/TU`, and the comparison shows it."""
    strict = with_anchor(REGISTRY, ["numbered"], glued=False)
    text = "Sự lãnh đạo của ĐảngNghị quyết số 09-NQ/TU tiếp tục được quán triệt."
    assert _key(strict.find(text)) != _key(strict.find_everywhere(text))
    assert _key(REGISTRY.find(text)) == _key(REGISTRY.find_everywhere(text))


def test_first_wins_keeps_only_the_first_rule_that_reads_at_a_position():
    """The legal registry is a chain: at one anchor the first rule (in registry
    order) that reads something wins, in ``find`` and in the oracle alike."""
    from cchc_extract.engine import Anchor, Registry, Rule

    def read(m):
        return [Item(m.start(), m.end())]

    def never(m):
        return []

    rules = [Rule("nothing", Anchor(words=("kế",)), "kế", never), Rule("short", Anchor(words=("kế",)), "kế", read),
             Rule("long", Anchor(words=("kế",)), "kế hoạch", read)]
    text = "Kế hoạch và kế toán."
    chain = Registry("chain", rules, first_wins=True)
    both = Registry("both", rules)
    assert [(i.start, i.rule) for i in chain.find(text)] == [(0, "short"), (12, "short")]
    assert sorted((i.start, i.rule) for i in both.find(text)) == [(0, "long"), (0, "short"), (12, "short")]
    assert _key(chain.find(text)) == _key(chain.find_everywhere(text))

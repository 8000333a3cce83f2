"""The quantity registry finds exactly what every rule at every position finds (the oracle).

As ``test_dossier_oracle.py`` and ``test_percentage_oracle.py`` do for theirs:
``Registry.find`` tries ``money``, ``bare_money``, ``area`` and ``count`` only at
the start of a number whose lead holds (the number, at most 24 characters, then
blanks and a letter), and ``rank`` and ``rank_change`` only at the first words of
their verbs and ordinals; ``Registry.find_everywhere`` tries every rule at every
position.  Over the bundled corpus, ../shared/wild, ../shared/eval2017, a sample
of the 2017 news corpus (when unpacked), the YAML examples, stress texts and
generated texts, both give the same matches, and the quantities chosen from them
(:func:`~cchc_extract.facts.quantities.select`, with numbers excluded too) are the
same.  The choice reads numbers as a scan of ``NUMBER_RE`` reads them, which is
checked against ``finditer``.
"""

from __future__ import annotations

from cchc_extract.facts.quantities import REGISTRY, _is_number_start, find_quantities, select
from cchc_extract.numbers import NUMBER_RE

from oracle import oracle_tests, with_anchor

_TEXTS = [
    "Tổng kinh phí 2,5 tỷ đồng; 500 triệu đồng; 1,2 nghìn tỷ mỗi năm; 3.477 tỉ đồng; 75 USD; 20.000 đồng/bản.",
    "12.5 đồng, 1.234.567 đồng, 1.234.5 đồng, 12,5 tỷ, 5 đ, 20.000 đ, 5 tỷ người, 5 đồng chí, 8 tỷ dự án.",
    "2,4 ha; 1.200 m2; 512 km²; 3 héc-ta; 4 ki-lô-mét vuông; 5 ham; 2 mét dây; 6 hộ dân; 7 TTHC; 9 dịch vụ công.",
    "Tỉnh xếp hạng 15/63, tăng 3 bậc; đứng ở vị trí thứ 4; thứ 7 về SIPAS; vị trí 48/190; xuống thứ 55 trên thế giới.",
    "lần thứ 5, phiên họp thứ 2, xếp thứ 70/63, thứ 9/63, tụt 4 hạng, giảm 2 vị trí, tăng 3 lần, hạng 1.000.",
    "Điều 15 dự án, năm 2023 có 12 hộ, 12/2023 đồng, 3-4 ha, quận 5 hộ, ١٢ ha, İ 12 hộ, ß 3 USD, 5\u00a0tỷ đồng.",
    "1" * 30 + " đồng; " + "123." * 10 + "456 đồng; 5" + " " * 300 + "USD; xếp" + " " * 40 + "thứ 3/63.",
    "Huyện 5 tỷ,tỉnh 6 tỷ và 7 tỷ; 9 triệu 5 trăm; 2 nghìn tỷ đồng; 10 đô la Mỹ; 11 Euro; 12 vnđ; 13 VNĐ.",
]

_PIECES = ["12", "1.234", "2,5", "١٢", "1.234.567", "0", "/63", "/", "5/63", "đồng", "đ", "tỷ", "tỉ", "nghìn", "triệu",
           "USD", "đô la Mỹ", "ha", "m2", "km²", "hộ dân", "dự án", "TTHC", "người", "chí", "xếp thứ", "xếp hạng",
           "đứng ở vị trí thứ", "vị trí", "thứ", "hạng", "tăng", "giảm", "tụt", "bậc", "lần", "phiên", "về", "cả nước",
           "trên", "Điều", "năm", "x", "İ", "ß", "Triệu", "TỶ", "Đồng", "HA", "Hộ", "XẾP THỨ", "Tăng", " ", "  ", "\u00a0", "\n", "\t", ".", ",", "-", ";", "%"]


def _key(items):
    return sorted(repr(x) for x in items)


def _excluded(text: str) -> list[tuple[int, int]]:
    """Every third printed number, as spans the earlier stages took."""
    return [m.span() for i, m in enumerate(NUMBER_RE.finditer(text)) if i % 3 == 1]


def _same(text: str) -> None:
    fast, slow = REGISTRY.find(text), REGISTRY.find_everywhere(text)
    assert _key(fast) == _key(slow), text[:80]
    for exclude in ((), _excluded(text)):
        assert _key(select(text, fast, exclude)) == _key(select(text, slow, exclude)), text[:80]
    starts = {m.start() for m in NUMBER_RE.finditer(text)}
    for m in fast:
        assert _is_number_start(text, m.num) == (m.num in starts), (text[:80], m.num)


test_hand_written_and_yaml_texts, test_articles, test_news_sample, test_generated_texts = oracle_tests(
    _same, _TEXTS, _PIECES)


def test_the_oracle_sees_a_lead_that_drops_an_amount():
    """Not vacuous: a lead that forgets a number written with a decimal comma loses
    ``2,5 tỷ đồng``, and the comparison shows it."""
    text = "Tổng kinh phí đầu tư là 2,5 tỷ đồng."
    narrow = with_anchor(REGISTRY, ["money", "bare_money"], lead=r"\d++\s*+[^\W\d_]")
    assert _key(narrow.find(text)) != _key(narrow.find_everywhere(text))
    _same(text)


def test_the_oracle_sees_a_missing_anchor_word():
    """Not vacuous: without ``đứng`` among its anchor words the rule misses ``đứng thứ``
    (it still reads ``thứ 12``, a bare ordinal: the comparison shows the lost match)."""
    text = "Năm nay thành phố đứng thứ 12 cả nước."
    fewer = with_anchor(REGISTRY, ["rank"], words=tuple(w for w in REGISTRY["rank"].anchor.words if w != "đứng"))
    assert _key(fewer.find(text)) != _key(fewer.find_everywhere(text))
    assert [q.text for q in find_quantities(text)] == ["đứng thứ 12"]


def test_numbers_are_read_as_a_scan_reads_them():
    """``234`` of ``1.234 USD`` is no number of its own; ``12`` of ``12.5 đồng`` is, and is no amount."""
    assert [q.text for q in find_quantities("Phí 1.234 USD và 12.5 đồng.")] == ["1.234 USD"]
    assert _is_number_start("1.234", 0) and not _is_number_start("1.234", 2)

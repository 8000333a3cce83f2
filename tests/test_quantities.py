"""Quantities: values, units, exclusions and speed."""

from __future__ import annotations

import time

import pytest

import cchc_extract
from cchc_extract.facts.quantities import find_quantities


def _q(text, **kw):
    return [(q.text, q.kind, q.value, q.unit) for q in find_quantities(text, **kw)]


def test_money_values_are_in_currency_units():
    assert _q("Kinh phí 2,5 tỷ đồng và 500 triệu đồng.") == [
        ("2,5 tỷ đồng", "money", 2.5e9, "VND"), ("500 triệu đồng", "money", 5e8, "VND")]
    assert _q("Vốn 1,2 nghìn tỷ đồng.") == [("1,2 nghìn tỷ đồng", "money", 1.2e12, "VND")]
    assert _q("Phí 50.000 đ mỗi lần.") == [("50.000 đ", "money", 50000.0, "VND")]


def test_bare_ty_is_money_only_when_nothing_is_counted():
    assert _q("Thu ngân sách 15.000 tỷ, vượt dự toán.")[0][1] == "money"
    assert _q("Dân số vượt 8 tỷ người.") == []


def test_excluded_spans_are_not_repeated():
    text = "Huyện tiếp nhận 1.234 hồ sơ và 45 dự án."
    start = text.index("45")
    assert _q(text, exclude=[(start, start + 2)]) == []


def test_identifiers_are_not_amounts():
    assert _q("Theo Nghị định 61 thủ tục được rà soát; mức độ 4 dịch vụ công.") == []


def test_rank_and_rank_change():
    got = _q("Tỉnh xếp thứ 5/63, tăng 3 bậc; đứng thứ 2 trong khu vực; lần thứ 5 tổ chức.")
    assert ("xếp thứ 5/63", "rank", 5.0, "/63") in got
    assert ("3 bậc", "rank_change", 3.0, "bậc") in got
    assert any(k == "rank" and v == 2.0 for _, k, v, _ in got)
    assert not any(v == 5.0 and t.startswith("thứ 5") for t, _, v, _ in got)


def test_a_rank_cannot_exceed_its_denominator():
    assert _q("xếp thứ 70/63") == []


def test_pipeline_keeps_dossier_counts_and_percentages_out():
    record = cchc_extract.extract("Xã tiếp nhận 300 hồ sơ, đạt 98% kế hoạch, với kinh phí 2 tỷ đồng.",
                                  exclude=["entities"])
    assert [q.text for q in record.quantities] == ["2 tỷ đồng"]


@pytest.mark.parametrize("text", ["9" * 100_000 + " tỷ đồng", "1." * 50_000 + " ha", "xếp thứ 1/" * 20_000,
                                  "tăng " * 30_000 + "3 bậc"])
def test_adversarial_input_stays_fast(text):
    started = time.process_time()
    find_quantities(text)
    assert time.process_time() - started < 5.0


# Every word of the ranking data fires: the words a number must follow (the str gate
# before the three searches) are derived from the same lists as the patterns, so a
# word added to the YAML cannot be missed by the gate (issue 14's silent failures).
from cchc_extract.facts import quantities as qmod  # noqa: E402


@pytest.mark.parametrize("verb", qmod._CHANGE_VERBS)
@pytest.mark.parametrize("unit", qmod._DATA["rank"]["change_units"])
def test_every_change_verb_and_unit_of_the_data_reads_a_move(verb, unit):
    found = find_quantities(f"Năm nay chỉ số của tỉnh {verb} 4 {unit} so với năm trước.")
    sign = 1 if verb in qmod._DATA["rank"]["change_verbs"]["up"] else -1
    assert [(q.kind, q.value) for q in found] == [("rank_change", 4.0 * sign)]


@pytest.mark.parametrize("word", qmod._BARE_ORDINALS)
def test_every_bare_ordinal_of_the_data_reads_a_rank(word):
    found = find_quantities(f"Sau một năm, tỉnh vươn lên {word} 9/63 cả nước.")
    assert [(q.kind, q.value, q.unit) for q in found] == [("rank", 9.0, "/63")]


@pytest.mark.parametrize("verb", qmod._DATA["rank"]["verbs"])
def test_every_rank_verb_of_the_data_reads_a_rank(verb):
    found = find_quantities(f"Chỉ số năng lực của tỉnh năm nay {verb} 11/63.")
    assert [(q.kind, q.value, q.unit) for q in found] == [("rank", 11.0, "/63")]

"""Percentages (facts/percentages/): figures, ranges, qualifiers, changes, targets,
metrics, the reference year, linear time and the corpus gold."""

from __future__ import annotations

import json
import time
import unicodedata

import pytest

from cchc_extract.facts.dates import find_dates
from cchc_extract.facts.percentages import find_percentages, reference_year

from conftest import CORPUS, GOLD
from timing import doubling_times


def _one(text, **kw):
    items = find_percentages(text, **kw)
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize("text,span,value,low,high", [
    ("đạt 98,2%", "98,2%", 98.2, 98.2, 98.2),
    ("giảm 30 - 50%", "30 - 50%", None, 30, 50),
    ("đạt 98,5-100%", "98,5-100%", None, 98.5, 100),
    ("từ 30% đến 50%", "30% đến 50%", None, 30, 50),
    ("khoảng 12.5 %", "12.5 %", 12.5, 12.5, 12.5),
    ("hai mươi lăm phần trăm", "hai mươi lăm phần trăm", 25, 25, 25),
    ("1.000%", "1.000%", 1000, 1000, 1000),
])
def test_spans_and_values(text, span, value, low, high):
    p = _one(text)
    assert (p.text, p.low, p.high) == (span, low, high)
    assert p.value == value
    assert text[p.start:p.end] == p.text


def test_descending_pair_is_two_figures_not_a_range():
    items = find_percentages("tỷ lệ giảm từ 50% - 30%")
    assert [(p.text, p.value) for p in items] == [("50%", 50), ("30%", 30)]


@pytest.mark.parametrize("text,qualifier", [
    ("đạt trên 95%", "over"), ("hơn 80%", "over"), ("vượt 12%", "over"),
    ("khoảng 40%", "approx"), ("gần 60%", "approx"), ("ước đạt 68,63%", "approx"), ("xấp xỉ 85%", "approx"),
    ("dưới 1%", "under"), ("chưa đến 20%", "under"),
    ("từ 95% trở lên", "at_least"), ("giải quyết từ 95% hồ sơ", "at_least"), ("ít nhất 50%", "at_least"),
    ("tối thiểu 80%", "at_least"), ("tối đa 30%", "at_most"), ("không quá 5%", "at_most"),
    ("đạt 95%", None), ("cắt giảm từ 30 - 50%", None), ("tăng từ 80% lên 90%", None),
])
def test_qualifier(text, qualifier):
    assert find_percentages(text)[0].qualifier == qualifier


@pytest.mark.parametrize("text,changes", [
    ("Tỷ lệ đạt 98,4%, tăng 1,4% so với cùng kỳ.", [False, True]),
    ("Cắt giảm thời gian giải quyết thủ tục từ 30 - 50%.", [True]),
    ("Rút ngắn 40% thời gian.", [True]),
    ("Tăng cường số hóa, tỷ lệ đạt 85%.", [False]),
    ("Tỷ lệ trễ hạn giảm xuống còn 2%.", [False]),
    ("Giảm 121 đơn vị (30,2%).", [True]),
    ("Thu ngân sách tăng lần lượt 5%, 7% và 10%.", [True, True, True]),
    ("Tăng từ 80% lên 90%.", [False, False]),
])
def test_is_change(text, changes):
    assert [p.is_change for p in find_percentages(text)] == changes


@pytest.mark.parametrize("text,pub_year,targets", [
    ("Mục tiêu năm 2022 là: 60% hồ sơ trực tuyến; 50% ở mức độ 4; từ 95% trở lên hài lòng.", None, [True] * 3),
    ("Phấn đấu 100% hồ sơ được số hóa.", None, [True]),
    ("Thành phố đạt 99% các nhiệm vụ đề ra.", None, [False]),
    ("Năm qua tỉnh vượt chỉ tiêu với 97% hồ sơ đúng hạn.", None, [False]),
    ("Đến năm 2030, 100% thủ tục được cung cấp trực tuyến.", 2024, [True]),
    ("Đến năm 2022, tỷ lệ đô thị hóa đạt 65%.", 2023, [False]),
    ("Tỷ lệ đô thị hóa đến năm 2022 ước đạt 65%.", None, [False]),
    ("Tính đến hết năm 2016, tỷ lệ khai thuế qua mạng đạt 99,8%.", None, [False]),
    ("Đưa tỷ lệ kiểm tra từ 30% xuống còn 15% đến năm 2020.", 2017, [False, True]),
    ("Theo kế hoạch, tỷ lệ ký số phải đạt 95%.", None, [True]),
])
def test_is_target(text, pub_year, targets):
    assert [p.is_target for p in find_percentages(text, pub_year=pub_year)] == targets


@pytest.mark.parametrize("text,metric", [
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.", "Tỷ lệ hồ sơ giải quyết đúng hạn"),
    ("Hiện nay, 100% TTHC được tiếp nhận qua hệ thống một cửa điện tử; còn lại chờ.",
     "TTHC được tiếp nhận qua hệ thống một cửa điện tử"),
    ("Giải quyết 500 hồ sơ, trong đó đúng hạn chiếm tỷ lệ 98,2%.", "tỷ lệ đúng hạn"),
    ("Mức độ hài lòng của người dân là 90,3%.", "Mức độ hài lòng của người dân"),
    ("Thực hiện dịch vụ công trực tuyến mức độ 3 đạt 73,7%; mức độ 4 là 58,4%.", "dịch vụ công trực tuyến mức độ 3"),
])
def test_metric(text, metric):
    assert find_percentages(text)[0].metric == metric


def test_change_without_subject_measures_what_the_figure_before_measured():
    items = find_percentages("Tỷ lệ người dân hài lòng đạt 92%, tăng 3% so với năm trước.")
    assert items[1].metric == items[0].metric == "Tỷ lệ người dân hài lòng"


@pytest.mark.parametrize("text", [
    "Năm 2023 có 5 xã đạt chuẩn.",
    "https://example.vn/tin?id=20%2F5",
    "Đọc thêm tại www.example.vn/100%-hai-long",
])
def test_not_percentages(text):
    assert find_percentages(text) == []


def test_sentences_given_by_the_caller_bound_the_target_cue():
    text = "Mục tiêu là nâng chất lượng. Năm qua đạt 95%."
    assert find_percentages(text)[0].is_target is False
    bounds = [(0, len(text))]  # one sentence: the cue now reaches the figure
    assert find_percentages(text, sentences=bounds)[0].is_target is True


def test_reference_year_skips_deadlines_and_reads_periods_by_start():
    text = "Ngày 5/3/2023 tỉnh họp; giai đoạn 2021-2025; đến năm 2030 đạt 100%; tầm nhìn 2045."
    assert reference_year(text, find_dates(text)) == 2023
    assert reference_year("Đến năm 2030 đạt 100%.", find_dates("Đến năm 2030 đạt 100%.")) is None


@pytest.mark.parametrize("unit", [
    "1%", "9" * 50 + "%", "30 - ", "hai mươi ", "tăng 5%, ", "1.2.", "trên 5% đến ", "phần trăm ",
])
def test_linear_time_on_adversarial_input(unit):
    """Doubling a pathological input at most about doubles the time (no quadratic path;
    :func:`timing.doubling_times`)."""
    def run(n):
        text = unit * n + "50%"
        t0 = time.process_time()
        find_percentages(text)
        return time.process_time() - t0

    doubling_times(run, 50_000 // len(unit))


def test_corpus_percentages_and_attributes():
    tp = n_gold = n_pred = 0
    agree = total = 0
    for g in sorted(GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        text = unicodedata.normalize("NFC", (CORPUS / f"{g.stem}.txt").read_text(encoding="utf-8"))
        pred = find_percentages(text, pub_year=int(gold["published"][:4]) if gold.get("published") else None)
        n_gold += len(gold["percentages"])
        n_pred += len(pred)
        for a in gold["percentages"]:
            for p in pred:
                if p.start < a["end"] and a["start"] < p.end and (p.low, p.high) == (a["low"], a["high"]):
                    tp += 1
                    total += 3
                    agree += (p.qualifier == a["qualifier"]) + (p.is_change == a["is_change"]) + (
                        p.is_target == a["is_target"])
                    break
    if not n_gold:
        pytest.skip("corpus gold not available")
    assert 2 * tp / (n_gold + n_pred) >= 0.98
    assert agree / total >= 0.95

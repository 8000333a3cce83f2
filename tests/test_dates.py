"""Dates and periods (facts/dates.py): the pure function, year resolution, negatives,
linear time, agreement with dateparser, and the corpus gold."""

from __future__ import annotations

import json
import time
import unicodedata
from datetime import datetime

import pytest

from cchc_extract.facts.dates import find_dates

from conftest import CORPUS, GOLD
from timing import doubling_times


def _found(text, **kw):
    return [(d.text, d.kind, d.value) for d in find_dates(text, **kw)]


@pytest.mark.parametrize("text,expected", [
    ("Trong quý I/2023 và giai đoạn 2021 - 2025.",
     [("quý I/2023", "quarter", "2023-Q1"), ("giai đoạn 2021 - 2025", "period", "2021/2025")]),
    ("17:34 27/05/2019", [("17:34 27/05/2019", "datetime", "2019-05-27T17:34")]),
    ("16/02/2022 - 05:18", [("16/02/2022 - 05:18", "datetime", "2022-02-16T05:18")]),
    ("Thứ hai, 27/05/2019 - 17:34", [("Thứ hai, 27/05/2019 - 17:34", "datetime", "2019-05-27T17:34")]),
    ("ngày 19 tháng 7 năm 2023", [("19 tháng 7 năm 2023", "date", "2023-07-19")]),
    ("ngày 10-11-2021", [("10-11-2021", "date", "2021-11-10")]),
    ("hết tháng 3/2023", [("tháng 3/2023", "month", "2023-03")]),
    ("quý 1 năm 2023", [("quý 1 năm 2023", "quarter", "2023-Q1")]),
    ("6 tháng đầu năm 2023", [("6 tháng đầu năm 2023", "half_year", "2023-H1")]),
    ("10 tháng năm 2024", [("10 tháng năm 2024", "period", "2024-01/2024-10")]),
    ("3 tháng cuối năm 2022", [("3 tháng cuối năm 2022", "period", "2022-10/2022-12")]),
    ("Đầu năm 2022", [("Đầu năm 2022", "year", "2022")]),
    ("nhiệm kỳ 2020-2025", [("nhiệm kỳ 2020-2025", "period", "2020/2025")]),
    ("từ năm 2019 đến 2022", [("từ năm 2019 đến 2022", "period", "2019/2022")]),
    ("Từ năm 2021 đến nay", [("Từ năm 2021 đến nay", "period", "2021/..")]),
    ("từ tháng 1 đến tháng 6/2023", [("từ tháng 1 đến tháng 6/2023", "period", "2023-01/2023-06")]),
    ("từ tháng 11 đến tháng 2/2024", [("từ tháng 11 đến tháng 2/2024", "period", "2023-11/2024-02")]),
    ("từ ngày 15/12/2024 đến ngày 14/01/2025",
     [("từ ngày 15/12/2024 đến ngày 14/01/2025", "period", "2024-12-15/2025-01-14")]),
    ("từ ngày 20/12 đến ngày 5/1/2025", [("từ ngày 20/12 đến ngày 5/1/2025", "period", "2024-12-20/2025-01-05")]),
])
def test_forms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,pub_year,value", [
    ("ngày 17/5", 2023, "2023-05-17"),
    ("ngày 17/5", None, "XXXX-05-17"),
    ("tháng 3", 2021, "2021-03"),
    ("tháng 3", None, "XXXX-03"),
    ("quý II", 2024, "2024-Q2"),
    ("6 tháng cuối năm", 2019, "2019-H2"),
    ("quý I năm ngoái", 2024, "2023-Q1"),
    ("tháng 3 năm nay", 2022, "2022-03"),
])
def test_missing_year_comes_from_publication(text, pub_year, value):
    assert [d.value for d in find_dates(text, pub_year=pub_year)] == [value]


def test_yearless_part_takes_the_year_of_the_next_before_publication():
    # a list closing with the year wins over the publication year
    assert [d.value for d in find_dates("quý III và quý IV/2023", pub_year=2024)] == ["2023-Q3", "2023-Q4"]
    assert [d.value for d in find_dates("tháng 12 và tháng 1/2024", pub_year=2024)] == ["2023-12", "2024-01"]


@pytest.mark.parametrize("text", [
    "Quyết định số 93/2007/QĐ-TTg của Thủ tướng",
    "Thông tư 12/2023/TT-BNV",
    "Nghị quyết 19-2017/NQ-CP",
    "Luật Đất đai 2024",
    "Hiến pháp năm 2013",
    "TCVN ISO 9001:2015",
    "trong 10 năm và 4 năm liền",
    "Hằng năm, tỉnh tổng kết",
    "theo từng quý, từng tháng",
    "ngày 1/1 hằng năm",
    "nhiệm kỳ thứ 2",
    "phục vụ 24/7",
    "đạt 76/76 xã, xếp thứ 5/63",
    "đạt 98,2% và 2021%",
    "khoảng 1/3 trẻ em",
    "Xã có 2024 hộ dân",
    "số điện thoại 0238.3844.2021",
])
def test_not_dates(text):
    assert find_dates(text) == []


def test_offsets_read_their_text():
    text = ("Ngày 29/4/2021, Ban chấp hành ban hành Nghị quyết giai đoạn 2021 – 2025; "
            "6 tháng đầu năm 2023 đạt 98,2%, từ tháng 1 đến tháng 6/2023 tăng 3%.")
    dates = find_dates(text)
    assert len(dates) == 4
    for d in dates:
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("unit", [
    "1/", "2021-", "năm ", "từ năm 2020 đến ", "tháng 1-", "ngày 1 và ", "9", "quý I và ", "17:34 ", "1.2.",
    "năm 2021, ", "ngày 15/12/2024 đến ",
])
def test_linear_time_on_adversarial_input(unit):
    """Doubling a pathological input at most about doubles the time (no quadratic path;
    :func:`timing.doubling_times`)."""
    def run(n):
        text = unit * n + "2020"
        t0 = time.process_time()
        find_dates(text)
        return time.process_time() - t0

    doubling_times(run, 50_000 // len(unit))


# ------------------------------------------------------------------ dateparser

# Expressions both should read the same way: plain day-first dates and date-times.
AGREE = ["29/4/2021", "ngày 19 tháng 7 năm 2023", "10-11-2021", "17:34 27/05/2019", "05.01.2024",
         "14/12/2021", "ngày 1 tháng 10 năm 2020", "27/05/2019 17:34"]


@pytest.mark.parametrize("text", AGREE)
def test_agrees_with_dateparser(text):
    dateparser = pytest.importorskip("dateparser")
    theirs = dateparser.parse(text, languages=["vi"], settings={"DATE_ORDER": "DMY"})
    assert theirs is not None
    ours = find_dates(text)
    assert len(ours) == 1
    mine = datetime.fromisoformat(ours[0].value)
    if ours[0].kind == "date":
        assert mine.date() == theirs.date()
    else:
        assert mine == theirs.replace(second=0, microsecond=0)


def test_dateparser_misses_what_the_grammar_reads():
    """Why the grammar exists: dateparser has no quarters and takes `98,2%` for 1998."""
    pytest.importorskip("dateparser")
    from dateparser.search import search_dates

    assert find_dates("quý I/2023")[0].value == "2023-Q1"
    text = "Tỷ lệ đạt 98,2% vào ngày 29/4/2021"
    found = search_dates(text, languages=["vi"]) or []
    assert any(d.year == 1998 for _, d in found)   # their false hit
    assert [d.value for d in find_dates(text)] == ["2021-04-29"]


# ------------------------------------------------------------------ corpus gold

def _gold_pairs():
    """(article text, gold record) for the bundled corpus."""
    out = []
    for g in sorted(GOLD.glob("*.json")):
        text_path = CORPUS / f"{g.stem}.txt"
        if text_path.exists():
            text = unicodedata.normalize("NFC", text_path.read_text(encoding="utf-8"))
            out.append((text, json.loads(g.read_text(encoding="utf-8"))))
    return out


def test_corpus_dates_f1():
    pairs = _gold_pairs()
    if not pairs:
        pytest.skip("corpus gold not available")
    tp = n_gold = n_pred = 0
    for text, gold in pairs:
        pub = gold.get("published")
        pred = find_dates(text, pub_year=int(pub[:4]) if pub else None)
        n_gold += len(gold["dates"])
        n_pred += len(pred)
        used = set()
        for g in gold["dates"]:
            for j, p in enumerate(pred):
                if j not in used and p.value == g["value"] and p.start < g["end"] and g["start"] < p.end:
                    used.add(j)
                    tp += 1
                    break
    f1 = 2 * tp / (n_gold + n_pred)
    assert f1 >= 0.97, (tp, n_gold, n_pred)


def test_mention_built_without_validation_is_a_validated_mention():
    """values.mention skips pydantic's validation: the object must be the one validation builds
    (fields and their order, fields set, JSON, repr), and assignment must still be checked."""
    import pydantic

    from cchc_extract.facts.dates.values import mention
    from cchc_extract.records import DateMention

    args = dict(text="quý II/2023", start=7, end=18, kind="quarter", value="2023-Q2")
    fast, slow = mention(*args.values()), DateMention(**args)
    assert type(fast) is DateMention
    assert fast == slow and fast.__dict__ == slow.__dict__ and list(fast.__dict__) == list(slow.__dict__)
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json() and repr(fast) == repr(slow)
    assert fast.model_dump(exclude_unset=True) == slow.model_dump(exclude_unset=True)
    fast.id = "t1"
    slow.id = "t1"
    assert fast.model_dump_json() == slow.model_dump_json() and fast.model_fields_set == slow.model_fields_set
    with pytest.raises(pydantic.ValidationError):
        fast.kind = "week"
    # the two mentions of one text share nothing mutable
    other = mention(*args.values())
    other.id = "t2"
    assert fast.id == "t1"

"""Legal and party documents (facts/legal/): unit tests of the pure function,
the stage, the corpus gold, invariants on arbitrary text and linear time.

Most forms are covered by the examples in ``patterns/legal.yaml`` (run by
``test_pattern_examples.py``); these tests check behaviour that a record
fragment cannot express: spans, ordering, coreference choices, boilerplate,
adversarial input.
"""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_extract.facts.legal import find_legal_documents


def docs(text):
    return find_legal_documents(text)


def only(text):
    found = docs(text)
    assert len(found) == 1, [d.model_dump() for d in found]
    return found[0]


# ------------------------------------------------------------------ numbers and codes


@pytest.mark.parametrize("text,number,code", [
    ("Theo Quyết định số 93/2007/QĐ-TTg, một cửa được áp dụng.", "93", "93/2007/QĐ-TTg"),
    ("Ban hành Nghị quyết số 02-NQ/TU về môi trường.", "02", "02-NQ/TU"),
    ("Thực hiện Nghị quyết 30c/NQ-CP của Chính phủ.", "30c", "30c/NQ-CP"),
    ("Nhận Quyết định số 1291/QĐ-UBND.VX hôm qua.", "1291", "1291/QĐ-UBND.VX"),
    ("Thực hiện Nghị quyết 04 / NQ-HĐND của HĐND thành phố.", "04", "04 / NQ-HĐND"),
    ("Theo Quyết định số 25/2017/QĐ–TTg, tổng cục có 8 vụ.", "25", "25/2017/QĐ–TTg"),
    ("Bộ Nội vụ ban hành Thông tư số 08/2023/TT-BNV.", "08", "08/2023/TT-BNV"),
    ("Nghị quyết 19-2017/NQ-CP giao 250 nhiệm vụ.", "19", "19-2017/NQ-CP"),
])
def test_number_and_code_shapes(text, number, code):
    d = only(text)
    assert (d.number, d.code) == (number, code)
    m = d.mentions[0]
    assert text[m.start:m.end] == m.text and m.text.endswith(code)


def test_code_with_trailing_full_stop_keeps_the_stop_out():
    d = only("Tỉnh triển khai Nghị quyết 04/NQ-HĐND. Hải Phòng cần tập trung.")
    assert d.code == "04/NQ-HĐND"


def test_spaced_dash_before_a_capitalised_word_is_not_a_code():
    d = only("Thực hiện Nghị quyết số 03 - Một bước tiến mới của thành phố.")
    assert d.code is None and d.mentions[0].text == "Nghị quyết số 03"


def test_list_of_numbers_makes_one_document_each():
    found = docs("UBND tỉnh ban hành các Quyết định số 12, 13 và 14/QĐ-UBND trong tháng 5.")
    assert [d.number for d in found] == ["12", "13", "14"]
    assert [d.mentions[0].text for d in found] == ["Quyết định số 12", "13", "14/QĐ-UBND"]
    assert all(d.issuer == "UBND tỉnh" for d in found)


def test_list_without_final_conjunction_does_not_swallow_counts():
    found = docs("Thực hiện Nghị quyết số 03, 120 cán bộ được tập huấn.")
    assert [d.number for d in found] == ["03"]


def test_year_after_bare_number():
    d = only("Theo Nghị định 154 năm 2016, phí tăng.")
    assert (d.number, d.year) == ("154", 2016)
    assert d.mentions[0].text == "Nghị định 154"


# ------------------------------------------------------------------ dates, issuers, titles


@pytest.mark.parametrize("text,iso", [
    ("Nghị quyết số 03 ngày 29/4/2021 của Thành ủy.", "2021-04-29"),
    ("Nghị quyết số 03 ngày 19 tháng 7 năm 2023 của Thành ủy.", "2023-07-19"),
    ("Nghị quyết số 03 ngày 10-11-2021 của Thành ủy.", "2021-11-10"),
    ("Nghị quyết số 03, ngày 25.10.2017 của Thành ủy.", "2017-10-25"),
    ("Ngày 10-11-2021, Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết số 03.", "2021-11-10"),
])
def test_issue_dates(text, iso):
    assert only(text).issued_date == iso


def test_date_not_next_to_the_mention_is_not_its_date():
    d = only("Kế hoạch số 120 được triển khai; ngày 17/5/2021 thành phố khai trương trung tâm.")
    assert d.issued_date is None


def test_invalid_date_is_ignored():
    assert only("Nghị quyết số 03 ngày 45/13/2021 của Thành ủy.").issued_date is None


@pytest.mark.parametrize("text,issuer", [
    ("Nghị quyết số 39 của Bộ Chính trị được thực hiện.", "Bộ Chính trị"),
    ("Ban chấp hành Đảng bộ Thành phố ban hành Nghị quyết số 03.", "Ban chấp hành Đảng bộ Thành phố"),
    ("UBND Thành phố đã xây dựng Kế hoạch số 120 để thực hiện.", "UBND Thành phố"),
    ("Kế hoạch số 33/KH-UBND do UBND huyện ban hành đã nêu rõ lộ trình.", "UBND huyện"),
])
def test_issuers(text, issuer):
    assert only(text).issuer == issuer


@pytest.mark.parametrize("text,from_code", [
    ("Theo Nghị định 61/2018/NĐ-CP, thủ tục được công khai.", "Chính phủ"),
    ("Theo Công văn 456/BNV-CCHC, các tỉnh phải báo cáo.", "Bộ Nội vụ"),
    ("Sở áp dụng Thông tư 01/2023/TT-VPCP từ tháng 3.", "Văn phòng Chính phủ"),
])
def test_a_code_suffix_names_the_body_apart_from_the_written_issuer(text, from_code):
    d = only(text)
    assert (d.issuer, d.issuer_from_code) == (None, from_code)


def test_local_code_suffix_names_no_body():
    d = only("Theo Quyết định số 12/QĐ-UBND, danh mục gồm 80 thủ tục.")
    assert (d.issuer, d.issuer_from_code) == (None, None)


def test_issuer_words_and_the_code_body_are_both_kept():
    d = only("Thủ tướng đã ký Quyết định số 06/QĐ-TTg phê duyệt đề án.")
    assert (d.issuer, d.issuer_from_code) == ("Thủ tướng", "Thủ tướng Chính phủ")


def test_second_plan_in_a_list_inherits_the_issuer():
    found = docs("UBND TP cũng đã ban hành Kế hoạch về xây dựng chính quyền số; Kế hoạch về phát triển đô thị.")
    assert [d.issuer for d in found] == ["UBND TP", "UBND TP"]


def test_titles():
    d = only("Tỉnh ủy ban hành Nghị quyết số 06-NQ/TU về “Chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030”.")
    assert d.title == "Chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030"
    d = only("Chính phủ vừa ban hành Nghị quyết 19 về cải thiện môi trường kinh doanh, nâng cao năng lực.")
    assert d.title == "cải thiện môi trường kinh doanh, nâng cao năng lực"
    d = only("Chính phủ ban hành Nghị quyết 19 về cải thiện môi trường kinh doanh, trong đó giao 250 nhiệm vụ.")
    assert d.title == "cải thiện môi trường kinh doanh"
    d = only("Bộ ban hành Thông tư số 3 về thủ tục đăng ký, UBND các tỉnh triển khai.")
    assert d.title == "thủ tục đăng ký"


# ------------------------------------------------------------------ coreference


def test_short_mentions_join_the_full_one():
    text = ("Tỉnh ủy ban hành Nghị quyết số 06-NQ/TU về chuyển đổi số. Sau một năm thực hiện Nghị quyết số 06, "
            "tỉnh bứt phá. Nghị quyết 6 tiếp tục được quán triệt.")
    d = only(text)
    assert [m.text for m in d.mentions] == ["Nghị quyết số 06-NQ/TU", "Nghị quyết số 06", "Nghị quyết 6"]


def test_same_number_different_years_stay_apart():
    text = ("Năm 2011, Tỉnh ủy ban hành Nghị quyết số 02-NQ/TU về đầu tư. "
            "Năm 2021, Tỉnh ủy ban hành Nghị quyết số 02-NQ/TU ngày 21/1/2021 về cơ sở đảng. "
            "Nghị quyết số 02 năm 2021 được thực hiện tốt.")
    found = docs(text)
    assert [d.year for d in found] == [2011, 2021]
    assert len(found[1].mentions) == 2


def test_different_types_with_one_number_are_different_documents():
    found = docs("Kế hoạch số 5 và Quyết định số 5 của UBND huyện.")
    assert [d.doc_type for d in found] == ["ke_hoach", "quyet_dinh"]


def test_records_are_in_order_of_first_mention():
    found = docs("Theo Nghị định số 8, Quyết định số 3 và Nghị định số 8, Thông tư số 1 được sửa.")
    assert [(d.doc_type, d.number) for d in found] == [("nghi_dinh", "8"), ("quyet_dinh", "3"), ("thong_tu", "1")]
    assert len(found[0].mentions) == 2


def test_standard_and_later_short_mention():
    d = only("Áp dụng TCVN ISO 9001:2015 tại 25 xã; duy trì ISO 9001 hằng năm.")
    assert (d.doc_type, d.number, d.code, d.year) == ("tieu_chuan", None, "TCVN ISO 9001:2015", 2015)
    assert [m.text for m in d.mentions] == ["TCVN ISO 9001:2015", "ISO 9001"]


def test_bare_congress_resolution_joins_an_earlier_one_only():
    assert docs("Các cấp ủy thực hiện Nghị quyết Đại hội với quyết tâm cao.") == []
    d = only("Thực hiện Nghị quyết Đại hội XIII của Đảng. Nghị quyết Đại hội đã đi vào cuộc sống.")
    assert len(d.mentions) == 2


# ------------------------------------------------------------------ not documents


@pytest.mark.parametrize("text", [
    "Căn cứ kế hoạch của thành phố, các phường đã triển khai.",
    "Trên cơ sở kế hoạch và các văn bản chỉ đạo của Tỉnh ủy, các sở đã vào cuộc.",
    "Ban Chấp hành Đảng bộ tỉnh đã ban hành Kế hoạch hành động với nhiều chỉ tiêu.",
    "UBND tỉnh ban hành quyết định giao chỉ tiêu chuyển đổi số.",
    "Thu hút 154 dự án đầu tư trực tiếp, trong đó có Dự án Khu dân cư Bắc Sơn.",
    "Phó Giám đốc Sở Kế hoạch và Đầu tư cho biết như vậy.",
    "Cán bộ vi phạm pháp luật về đất đai sẽ bị xử lý theo quy định.",
    "Sở báo cáo 3 nội dung với UBND tỉnh, thông báo 5 trường hợp.",
    "Luật sư Lê Văn An cho rằng quy định này chưa rõ.",
    "Tỷ lệ hồ sơ đúng hạn đạt 98,2%, tăng 1,4% so với kế hoạch năm.",
])
def test_generic_mentions_are_not_documents(text):
    assert docs(text) == []


# ------------------------------------------------------------------ the stage and the corpus


def test_stage_skips_boilerplate(facts_pipeline):
    text = ("Tiêu đề\n\nThực hiện Nghị quyết số 12 của Tỉnh ủy.\n\nBình luận của bạn\n\n"
            "Xem thêm: Nghị quyết số 99 về du lịch\n")
    record = facts_pipeline(text)
    numbers = [d.number for d in record.legal_documents]
    assert "12" in numbers
    for d in record.legal_documents:
        for m in d.mentions:
            assert text[m.start:m.end] == m.text


def test_corpus_documents_match_the_gold(corpus_paths):
    """Every gold document of the bundled corpus is found with its mentions, date, issuer and code."""
    from conftest import GOLD
    from cchc_extract.pipeline import read_text

    for path in corpus_paths:
        gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))["legal_documents"]
        text = read_text(path)
        found = find_legal_documents(text)
        assert len(found) == len(gold), path.stem
        for g in gold:
            spans = {(m["start"], m["end"]) for m in g["mentions"]}
            match = [d for d in found if d.doc_type == g["doc_type"]
                     and any((m.start, m.end) in spans for m in d.mentions)]
            assert match, (path.stem, g["mentions"][0]["text"])
            d = match[0]
            assert d.issued_date == g["issued_date"], (path.stem, g["mentions"][0]["text"])
            assert (d.code or "") == (g["code"] or ""), (path.stem, g["mentions"][0]["text"])
            if g["issuer"]:
                assert d.issuer and (g["issuer"].casefold() in d.issuer.casefold()
                                     or d.issuer.casefold() in g["issuer"].casefold())
            else:
                assert d.issuer is None, (path.stem, g["mentions"][0]["text"], d.issuer)


# ------------------------------------------------------------------ invariants and speed

_VOCAB = ["Nghị quyết", "số", "03", "Quyết định", "93/2007/QĐ-TTg", "ngày", "29/4/2021", "của", "UBND tỉnh",
          "ban hành", "về", "“", "”", "Kế hoạch", "giai đoạn 2021-2025", "và", ",", ".", "Luật", "Đất đai",
          "TCVN ISO 9001:2015", "Đại hội", "XIII", "các", "\n", "NQ", "Bộ", "Tài chính", "–", "02-NQ/TU"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=40).map(" ".join))
def test_spans_always_read_their_text(text):
    for d in find_legal_documents(text):
        assert d.mentions
        for m in d.mentions:
            assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text):
    find_legal_documents(text)


@pytest.mark.parametrize("text", [
    "Nghị quyết số " + "1" * 100_000,
    "Quyết định số 12/" + "QĐ-" * 30_000,
    "Quyết định số " + "12, " * 30_000,
    "Luật " * 20_000,
    "Nghị quyết " * 20_000,
    "Ban Thường vụ " * 20_000 + "ban hành Nghị quyết số 3",
    "đề án “" + "a " * 50_000,
    "Kế hoạch " + "giai đoạn 2021-2025 " * 10_000,
    " ".join(f"Quyết định số {i}" for i in range(10_000)),
    "Quyết định số 3 các quyết định của UBND " * 5_000,
])
def test_adversarial_input_stays_fast(text):
    start = time.process_time()
    find_legal_documents(text)
    assert time.process_time() - start < 5.0


def test_issue_date_without_year_takes_the_code_year_then_the_publication_year():
    text = "Ngày 6/2, Cục Chăn nuôi đã ban hành Công văn số 133/CN-VP. Thông tư số 5/2016/TT-BTC ngày 3/4 quy định phí."
    found = find_legal_documents(text, pub_year=2017)
    assert [(d.number, d.issued_date) for d in found] == [("133", "2017-02-06"), ("5", "2016-04-03")]
    found = find_legal_documents(text)
    # no year anywhere: the day and month are kept, the year written XXXX as in date values
    assert [(d.number, d.issued_date, d.year) for d in found] == [("133", "XXXX-02-06", None),
                                                                  ("5", "2016-04-03", 2016)]


def test_a_date_without_year_does_not_split_a_document():
    d = only("Quyết định số 7 ngày 3/4 của UBND huyện. Quyết định số 7 ngày 3/4/2022 được niêm yết.")
    assert d.issued_date == "2022-04-03" and len(d.mentions) == 2


# ------------------------------------------------------------------ documents named by title (plans, reports)


def test_a_plan_adopted_by_a_resolution_is_not_a_document_and_neither_are_its_repeats():
    text = ("Chính phủ ban hành Nghị quyết 81/NQ-CP thông qua Phương án cắt giảm giấy tờ về cư trú, hộ tịch. "
            "Bộ Công an thực thi Phương án cắt giảm giấy tờ được Chính phủ thông qua; "
            "Phương án cắt giảm giấy tờ về cư trú phải xong trong năm.")
    d = only(text)
    assert (d.number, d.code) == ("81", "81/NQ-CP")
    assert [m.text for m in d.mentions] == ["Nghị quyết 81/NQ-CP"]


def test_a_named_plan_repeated_before_its_list_comma_is_one_document():
    text = ("Sở Nội vụ trình Phương án sắp xếp, kiện toàn bộ máy cấp xã để Tỉnh ủy cho ý kiến. "
            "Sau khi Ban Thường vụ đồng ý Phương án sắp xếp này, huyện triển khai.")
    d = only(text)
    assert d.doc_type == "other" and d.number is None
    assert [m.text for m in d.mentions] == ["Phương án sắp xếp, kiện toàn bộ máy cấp xã", "Phương án sắp xếp"]
    for m in d.mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", [
    "Báo cáo tình hình cải cách hành chính quý I/2024, Chánh Văn phòng cho biết nhiều thủ tục được rút gọn.",
    "Báo cáo kết quả 6 tháng đầu năm 2024, ông Lê Văn C nêu ba hạn chế.",
])
def test_a_report_word_opening_a_sentence_before_a_clause_is_the_verb(text):
    assert docs(text) == []


def test_an_agenda_of_reports_gives_one_document_per_item_with_exact_spans():
    text = ("Phiên họp xem xét:\n"
            "Báo cáo tình hình kinh tế - xã hội năm 2024, kế hoạch năm 2025;\n"
            "Báo cáo kết quả giải quyết kiến nghị của cử tri 6 tháng cuối năm 2024;\n")
    found = docs(text)
    assert [d.doc_type for d in found] == ["bao_cao", "bao_cao"]
    assert found[0].mentions[0].text == "Báo cáo tình hình kinh tế - xã hội năm 2024, kế hoạch năm 2025"
    assert found[1].title == "kết quả giải quyết kiến nghị của cử tri 6 tháng cuối năm 2024"


def test_a_report_title_ends_with_the_time_it_covers():
    d = only("Đại biểu cho rằng Báo cáo tình hình kinh tế năm 2024 chưa phản ánh đúng thực tế, đại biểu nói.")
    assert d.mentions[0].text == "Báo cáo tình hình kinh tế năm 2024" and d.title == "tình hình kinh tế năm 2024"


def test_nested_amending_laws_stay_fast_and_shallow():
    text = "Luật sửa đổi, bổ sung một số điều của " * 3_000 + "Luật Thanh tra."
    start = time.process_time()
    found = find_legal_documents(text)
    assert time.process_time() - start < 5.0
    assert found and all(d.doc_type == "luat" for d in found)


# ------------------------------------------------------------------ issue dates come from the dates stage


def test_issue_dates_are_the_days_the_dates_stage_found():
    """Legal has no date parser of its own: the day at `ngày ...` is the dates
    stage's mention there.  Given dates that hold no day at that spot, a
    document gets no issue date, though the text writes one (before, legal read
    `3/2/2023` itself and ignored what the dates stage found)."""
    from cchc_extract.facts.dates import find_dates

    text = "UBND tỉnh ban hành Quyết định số 12/QĐ-UBND ngày 3/2/2023 về cải cách hành chính."
    dates = find_dates(text)
    assert [d.value for d in dates] == ["2023-02-03"]
    assert find_legal_documents(text, dates=dates)[0].issued_date == "2023-02-03"
    assert find_legal_documents(text, dates=[])[0].issued_date is None
    # the dates stage's day is used as it is, not re-read from the text
    moved = [dates[0].model_copy(update={"value": "2023-02-04"})]
    assert find_legal_documents(text, dates=moved)[0].issued_date == "2023-02-04"


@pytest.mark.parametrize("text,expected", [
    ("Quyết định số 12/QĐ-UBND ngày 31/2/2023 của UBND tỉnh.", None),      # no such day
    ("Quyết định số 12/QĐ-UBND ngày 29/2/2023 của UBND tỉnh.", None),      # not a leap year
    ("Quyết định số 12/QĐ-UBND ngày 29/2/2024 của UBND tỉnh.", "2024-02-29"),
    ("Quyết định số 12/QĐ-UBND ngày 31 tháng 4 năm 2023.", None),
    ("Kế hoạch số 7/KH-UBND ngày 6/2 của UBND tỉnh.", "2019-02-06"),        # the article's year
    ("UBND tỉnh ngày 5/3/2023 đã ban hành Quyết định số 12/QĐ-UBND.", "2023-03-05"),
    ("Quyết định 45/QĐ-UBND về việc thu phí, được ban hành ngày 22/12/2024.", "2024-12-22"),
])
def test_issue_dates_in_the_pipeline(text, expected):
    """Through the pipeline the legal stage reads ``ctx.dates``: a day the
    calendar refuses is no date for either stage."""
    import cchc_extract

    record = cchc_extract.extract_text(text, meta={"published": "2019-05-20"})
    assert [d.issued_date for d in record.legal_documents] == [expected]
    days = {d.value for d in record.dates}
    assert expected is None or expected in days

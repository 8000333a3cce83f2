"""Documents named by their subject where the grammar says so (``object_titled``,
``report_titled``, ``code_years``): what the YAML examples cannot say alone.

The YAML examples (``named_by_subject``, ``named_reports_by_time``,
``code_over_years``) show each rule reading its class; these tests pin how the
readings link and where they stop: a bare own word only repeats a document
already named, one code over several years is one record a year, a title ends
before the clause that follows it, and the verb readings of the same words
give nothing.  All sentences are our own wording.
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.legal import find_legal_documents, find_legal_items


def _docs(text: str):
    return [(d.doc_type, d.number, d.year, [m.text for m in d.mentions]) for d in find_legal_documents(text)]


def test_a_bare_own_word_repeats_the_document_named_before():
    text = ("Phường triển khai Quy tắc ứng xử của cán bộ, công chức phường. Nhiều người đã đọc kỹ "
            "Quy tắc ứng xử và góp ý. Sở cũng ký Nghị định thư về trao đổi đoàn với tỉnh bạn.")
    docs = _docs(text)
    assert docs[0] == ("other", None, None, ["Quy tắc ứng xử của cán bộ, công chức phường", "Quy tắc ứng xử"])
    # the treaty protocol is its own document, not a further mention of the code of conduct
    # (its subject ends before `với`, which opens a complement more often than a title's words)
    assert docs[1] == ("other", None, None, ["Nghị định thư về trao đổi đoàn"])


def test_a_bare_own_word_alone_names_nothing():
    assert _docs("Cán bộ phường cam kết làm đúng Quy tắc ứng xử từ tháng này.") == []


def test_one_code_over_three_years_is_three_records():
    text = "Tỉnh đã hoàn thành nhiệm vụ của các Nghị quyết 08/NQ-HĐND năm 2019, 2020, 2021 của HĐND tỉnh."
    docs = find_legal_documents(text)
    assert [(d.number, d.year, d.issuer) for d in docs] == [("08", 2019, "HĐND tỉnh"), ("08", 2020, "HĐND tỉnh"),
                                                          ("08", 2021, "HĐND tỉnh")]
    assert [m.text for d in docs for m in d.mentions] == ["Nghị quyết 08/NQ-HĐND", "2020", "2021"]


def test_one_code_with_one_year_stays_one_record():
    assert _docs("Theo các Nghị quyết 08/NQ-HĐND năm 2019 của tỉnh, huyện phải giảm biên chế.") == [
        ("nghi_quyet", "08", 2019, ["Nghị quyết 08/NQ-HĐND"])]


@pytest.mark.parametrize("text, mention", [
    # the title ends before the next clause: a verb, a purpose, a sentence end
    ("Sở Tư pháp vừa ban hành Kế hoạch rà soát văn bản quy phạm pháp luật và gửi các huyện.",
     "Kế hoạch rà soát văn bản quy phạm pháp luật"),
    ("Cục đã phê duyệt đề án số hóa hồ sơ thuế nhằm rút ngắn thời gian xử lý.", "đề án số hóa hồ sơ thuế"),
    # `đổi mới` (renewal) and `đối với` keep a subject going
    ("Bộ đang xây dựng đề án đổi mới thi cử đối với học sinh tiểu học; dự kiến trình trong năm.",
     "đề án đổi mới thi cử đối với học sinh tiểu học"),
    # a plan submitted at the end of its clause runs through its whole title
    ("Theo Thứ trưởng, Đề án sắp xếp lại các ban quản lý dự án, trung tâm dịch vụ công (BQLDA) sẽ được "
     "trình Chính phủ.", "Đề án sắp xếp lại các ban quản lý dự án, trung tâm dịch vụ công"),
])
def test_where_a_title_ends(text, mention):
    assert [m for d in _docs(text) for m in d[3]] == [mention]


@pytest.mark.parametrize("text", [
    "Trưởng phòng đã báo cáo với Giám đốc về kết quả kiểm tra năm 2023.",
    "Ông Hùng ra hướng dẫn các xe đỗ vào bãi.",
    "Xã lập kế hoạch gieo cấy vụ xuân cho các thôn.",
    "Chiều nay, đài phát lại chương trình Gặp gỡ cuối tuần năm 2023.",
    "Ngân hàng công bố Báo cáo tài chính năm 2023 đã kiểm toán.",
    "Từ năm tới, các trường phải xây dựng đề án tuyển sinh riêng.",
    "Ban soạn thảo chưa lập Báo cáo nghiên cứu khả thi như yêu cầu.",
    # a small-letter report after a verb only of a report kind (the check a merge had left dead)
    "Hội đồng đã thẩm định báo cáo công khai điều kiện dạy học của mỗi trường trong tỉnh.",
])
def test_verbs_kinds_and_shows_are_not_documents(text):
    assert _docs(text) == []


def test_each_mention_knows_its_rule():
    text = ("Tăng 4 bậc so với Báo cáo chỉ số hài lòng về dịch vụ hành chính năm 2022. Sở ban hành "
            "Kế hoạch kiểm tra công vụ trong các trường học.")
    rules = sorted(r for _, spans in find_legal_items(text) for r in spans.values())
    assert rules == ["object_titled", "report_titled"]


def test_a_small_letter_report_of_a_report_kind_after_a_verb_is_a_document():
    assert len(_docs("Hội đồng đã thẩm định báo cáo nghiên cứu khả thi dự án cầu Bến Lức.")) == 1

"""Entity spans of issue 16's round-8 audit classes (helper ent8), in sentences written for these tests.

A body's name found up to its last capital goes on in lowercase when something closes the words: a
Roman numeral, a region (``miền Bắc``) or the parent body after a comma, a parenthesis, ``của`` or
``thuộc``.  A function word, a verb or a level word among them ends no name.
"""

from __future__ import annotations

import pytest

from entity_checks import ents as _ents


@pytest.mark.parametrize("text,span", [
    # the parent body after a comma
    ("Ông được bổ nhiệm làm Cục trưởng Cục Di sản văn hóa vật thể, Bộ Văn hóa, Thể thao và Du lịch.",
     "Cục Di sản văn hóa vật thể"),
    # the parent body in parentheses
    ("Đại diện Vụ Chính sách thuế nhà đất (Bộ Tài chính) giải thích thêm.", "Vụ Chính sách thuế nhà đất"),
    # the parent body after `của`
    ("Cán bộ Phòng Cảnh sát kinh tế của Công an tỉnh đã có mặt.", "Phòng Cảnh sát kinh tế"),
    # a Roman numeral closes the words
    ("Lãnh đạo Cục Điều tra chống buôn lậu II nói vậy.", "Cục Điều tra chống buôn lậu II"),
    ("Cán bộ Phòng Hồ sơ nghiệp vụ III nói vậy.", "Phòng Hồ sơ nghiệp vụ III"),
    # a region closes the name, with or without lowercase words before it
    ("Doanh nghiệp bị Cảng vụ Hàng không miền Nam nhắc nhở.", "Cảng vụ Hàng không miền Nam"),
    ("Chi cục Kiểm định hải quan miền Trung tiếp nhận mẫu.", "Chi cục Kiểm định hải quan miền Trung"),
])
def test_body_takes_closed_lowercase_words(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,span", [
    # a verb or a function word after the body: no name goes on
    ("Cục Thuế cho biết, Bộ Tài chính sẽ sửa quy định.", "Cục Thuế"),
    ("Vụ Pháp chế đã góp ý (Bộ Tư pháp) bằng văn bản.", "Vụ Pháp chế"),
    # the link `trực thuộc` is no part of the name
    ("Tổng cục Lâm nghiệp trực thuộc Bộ Nông nghiệp và Phát triển nông thôn.", "Tổng cục Lâm nghiệp"),
])
def test_body_stops_at_function_words(text, span):
    ents = _ents(text)
    assert (span, "ORG") in ents
    assert not any(t.startswith(span + " ") and label == "ORG" for t, label in ents)


def test_unclosed_lowercase_words_are_not_taken():
    # lowercase words closed by nothing (no numeral, region or parent) stay outside the name
    ents = _ents("Phòng Tổ chức cán bộ họp chiều nay.")
    assert not any(t == "Phòng Tổ chức cán bộ họp chiều nay" for t, _ in ents)
    assert not any(t.endswith("họp") for t, _ in ents)


@pytest.mark.parametrize("text,span", [
    # a school's field in title case whose second word is also a surname: the school's name, no person
    ("Thầy là giảng viên ĐH Sư Phạm Hà Nội từ lâu.", "ĐH Sư Phạm Hà Nội"),
    ("Em thi đỗ Trường Đại học Sư Phạm Huế năm nay.", "Trường Đại học Sư Phạm Huế"),
    ("Sinh viên Đại học Nông Lâm Huế dự thi.", "Đại học Nông Lâm Huế"),
])
def test_school_field_title_case(text, span):
    ents = _ents(text)
    assert (span, "ORG") in ents
    assert not any(label == "PER" for _t, label in ents)


def test_person_after_school_keeps_its_label():
    ents = _ents("Hiệu trưởng ĐH Vinh Phạm Văn Bình phát biểu.")
    assert ("Phạm Văn Bình", "PER") in ents

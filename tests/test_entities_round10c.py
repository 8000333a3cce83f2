"""Entity classes of issue 16's round-9 development sheet (helper ent10c), in sentences written for these tests.

Names that run on into the next sentence, caption or field when no full stop closes them (a credit in
foreign capitals, a foreign place before a Vietnamese word, a noun and a demonstrative, a form's field
label, ``Sinh`` before a date), a person's name that begins on the last syllable of a place
(``châu Âu`` + a name), a given name ``Anh X`` after a foreign first name, and a bare ``Trường`` with one
syllable (a given name or a place, no school).
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.entities import find_entities
from entity_checks import ents as _ents


def _texts(text: str) -> list[str]:
    return [e.text for e in find_entities(text)]


# ---------------------------------------------------------------- a credit in foreign capitals

def test_credit_in_foreign_capitals_stops_before_the_next_sentence():
    text = "Chiếc tàu chở dầu mắc cạn. Ảnh: SEATRACK HMS Dauntless là tàu khu trục của Anh."
    ents = _ents(text)
    assert ("SEATRACK", "ORG") in ents
    assert not any("HMS" in t for t, _ in ents)


@pytest.mark.parametrize("text,span", [
    # a paper in capitals, then a Vietnamese sentence: the whole credit stays
    ("Hiện trường vụ cháy. Ảnh: MANILA TIMES Lính cứu hỏa đã có mặt.", "MANILA TIMES"),
    # a Vietnamese name in capitals before the next sentence: no cut
    ("Ảnh: HOÀNG LONG Người dân đang vào mùa gặt.", "HOÀNG LONG"),
])
def test_credit_in_capitals_kept_whole(text, span):
    assert span in _texts(text)


# ---------------------------------------------------------------- a foreign place before a Vietnamese word

def test_foreign_place_does_not_take_the_next_captions_word():
    text = "Xe tăng tuần tra ở tỉnh Idlib Máy bay trinh sát bay trên thành phố Aleppo"
    ents = _ents(text)
    assert ("tỉnh Idlib", "LOC") in ents
    assert not any("Máy" in t for t, _ in ents)


@pytest.mark.parametrize("text,span", [
    # an acronym before the Vietnamese word is no foreign name: the company's name goes on
    ("Sáng nay, Công ty TNHH MTV Xổ số kiến thiết Cần Thơ thông báo kết quả.", "Công ty TNHH MTV Xổ số"),
    ("Học sinh Trường THPT Dân tộc nội trú huyện đã về quê.", "Trường THPT Dân tộc"),
    # a name after the Vietnamese word: it is the name's (a park named after a queen)
    ("Buổi lễ diễn ra ở Công viên Olympic Nữ hoàng Elizabeth tại London.", "Công viên Olympic Nữ hoàng Elizabeth"),
])
def test_acronym_before_a_vietnamese_word_is_kept(text, span):
    assert any(t.startswith(span) for t in _texts(text))


# ---------------------------------------------------------------- a noun and a demonstrative

def test_credit_runs_into_a_noun_and_a_demonstrative():
    text = "Người mua đất ngày càng nhiều. Ảnh: Trần Khôi Vị này cho hay, hồ sơ tăng gấp đôi."
    assert ("Trần Khôi", "PER") in _ents(text)
    assert "Trần Khôi Vị" not in _texts(text)


@pytest.mark.parametrize("text,span", [
    # ``Vi`` (no tone mark) is a given name; a name before ``này`` is no noun of a clause
    ("Ảnh: Trần Lê Vi. Vị này cho hay hồ sơ tăng.", "Trần Lê Vi"),
    ("Fan rất thích chiếc điện thoại phiên bản Lý Tiểu Long này.", "Lý Tiểu Long"),
])
def test_names_before_a_demonstrative_are_kept(text, span):
    assert span in _texts(text)


def test_place_named_vi_is_kept():
    # ``Vị`` opens place names (``Vị Xuyên``); no demonstrative after it
    assert any("Vị Xuyên" in t for t in _texts("Đoàn công tác tới huyện Vị Xuyên hôm qua."))


# ---------------------------------------------------------------- a form's fields flattened to one line

@pytest.mark.parametrize("text,span,label", [
    ("Bé: Đỗ Minh Khôi Sinh 05/11/2014 Bố: Đỗ Văn Hải, ở xã Tân Lập.", "Đỗ Minh Khôi", "PER"),
    ("Họ tên: Lò Thị Mai Sinh năm 1990 Quê: Sơn La.", "Lò Thị Mai", "PER"),
    ("Nhận hộ: Quỹ Tấm Lòng Vàng Số tài khoản: 12345678 tại ngân hàng.", "Quỹ Tấm Lòng Vàng", "ORG"),
    ("Liên hệ: chị Ngô Thị Hạnh Điện thoại: 0912 000 111.", "Ngô Thị Hạnh", "PER"),
])
def test_name_stops_before_a_field_label(text, span, label):
    assert (span, label) in _ents(text)


@pytest.mark.parametrize("text,span", [
    # ``Sinh`` inside a name, no date after it
    ("Nguyên Chủ tịch nước Nguyễn Sinh Hùng dự buổi lễ.", "Nguyễn Sinh Hùng"),
    ("Bà Trần Thị Sinh năm nay đã 90 tuổi.", "Trần Thị Sinh"),
])
def test_sinh_in_a_name_is_kept(text, span):
    assert span in _texts(text)


# ---------------------------------------------------------------- a person after a place's last syllable

@pytest.mark.parametrize("text,span", [
    ("Ủy viên phụ trách các vấn đề châu Âu Pierre Moreau sẽ từ chức.", "Pierre Moreau"),
    ("Vụ trưởng Vụ châu Phi Lê Văn Thành đã tiếp đoàn.", "Lê Văn Thành"),
])
def test_person_does_not_begin_inside_a_place(text, span):
    ents = _ents(text)
    assert (span, "PER") in ents
    assert not any(t.startswith(("Âu ", "Phi ")) for t, _ in ents)


def test_family_name_au_after_another_word_is_kept():
    # ``Âu`` opens a family name when no ``châu`` comes before it
    assert ("Âu Dương Phong", "PER") in _ents("Nhà văn Âu Dương Phong ra sách mới.")


# ---------------------------------------------------------------- ``Anh X`` after a foreign first name

def test_anh_given_name_after_a_foreign_sign_off():
    text = "Cảm ơn các bạn đã đọc. Thân mến, Pedro Anh Khoa"
    assert ("Anh Khoa", "PER") in _ents(text)


def test_anh_after_a_vietnamese_family_name_is_one_name():
    assert ("Đỗ Anh Dũng", "PER") in _ents("Thủ môn Đỗ Anh Dũng cản phá thành công.")


# ---------------------------------------------------------------- a bare ``Trường`` and one syllable

def test_two_people_joined_by_va_after_truong():
    ents = _ents("Khán giả thích cảnh diễn của Trường Giang và Thu Trang trong phim.")
    assert ("Trường Giang", "PER") in ents
    assert ("Thu Trang", "PER") in ents
    assert "ORG" not in {label for _, label in ents}


@pytest.mark.parametrize("text", [
    "Đoàn xe đi theo đường Trường Sơn về phía Nam.",
    "Cả nhà xem lại clip của Trường Giang trên mạng.",
])
def test_truong_and_one_syllable_is_no_school(text):
    assert "ORG" not in {label for _, label in _ents(text)}


@pytest.mark.parametrize("text,span", [
    ("Sinh viên Trường Luật đã tới dự.", "Trường Luật"),
    ("Mẫu xe này do tập đoàn Trường Hải, một doanh nghiệp lớn, lắp ráp.", "Trường Hải"),
    ("Học sinh Trường Lê Quý Đôn đạt giải nhất.", "Trường Lê Quý Đôn"),
    ("Trường Văn hóa và Nghệ thuật Quân đội tuyển sinh năm nay.", "Trường Văn hóa và Nghệ thuật Quân đội"),
])
def test_schools_after_truong_are_kept(text, span):
    assert (span, "ORG") in _ents(text)

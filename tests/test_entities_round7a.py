"""Entity spans of issue 16's round-7 audit classes (helper ent7a), in sentences written for these tests.

Each case is a class of the language: a place's name that runs into the next sentence when a caption
has no full stop, a road named by its two ends with a dash, a sentence-opening particle glued to a
name, and a body's lowercase full name closed by its acronym in parentheses.
"""

from __future__ import annotations

import pytest

from entity_checks import ents as _ents


# 1. a capitalised word that opens the next sentence (a lowercase word after it) ends a place's name
@pytest.mark.parametrize("text,span", [
    ("Nước ngập sâu trên đại lộ Nguyễn Văn Linh Đoạn gần chợ xe cộ chết máy.", "đại lộ Nguyễn Văn Linh"),
    ("Xe kẹt cứng trên đường Trường Chinh Phía trước là công trường.", "đường Trường Chinh"),
    ("Cây đổ chắn ngang phố Hai Bà Trưng Chiều qua lực lượng cứu hộ đã có mặt.", "phố Hai Bà Trưng"),
    ("Rác ùn ứ ở chợ Đồng Xuân Theo người dân, tình trạng kéo dài.", "chợ Đồng Xuân"),
])
def test_place_stops_before_next_sentence(text, span):
    ents = _ents(text)
    assert (span, "LOC") in ents
    assert not any(t.startswith(span + " ") for t, _ in ents)


@pytest.mark.parametrize("text,span", [
    ("Khách đi phố Hàng Bạc rất đông.", "phố Hàng Bạc"),  # the first word of a name is never cut
    ("Nhà ở đường Đoàn Khuê bị cháy.", "đường Đoàn Khuê"),
])
def test_place_first_word_kept(text, span):
    assert (span, "LOC") in _ents(text)


# 2. a road named by its two ends, a dash with or without spaces: one place
@pytest.mark.parametrize("text,span", [
    ("Hàng cây được trồng dọc tuyến đường Hòa Bình- Nam Sơn của phường.", "đường Hòa Bình- Nam Sơn"),
    ("Tuyến đường sắt Yên Viên – Lào Cai đã được nâng cấp.", "đường sắt Yên Viên – Lào Cai"),
    ("Dự án đường Bến Lức - Long Thành đang thi công.", "đường Bến Lức - Long Thành"),
    ("Xe chạy trên cao tốc Hà Nội - Lào Cai thì hỏng.", "cao tốc Hà Nội - Lào Cai"),
])
def test_road_between_two_ends(text, span):
    assert (span, "LOC") in _ents(text)


@pytest.mark.parametrize("text,span", [
    ("Ngã tư đường Lê Lợi - Hùng Vương đông xe.", "đường Lê Lợi"),  # a crossing of two streets
    ("Nhà ở đường Trần Phú - Hà Đông bị cháy.", "đường Trần Phú"),  # a street, then its district
])
def test_streets_named_after_people_do_not_join(text, span):
    assert (span, "LOC") in _ents(text)


def test_railway_needs_its_two_ends():
    ents = _ents("Ngành đường sắt Việt Nam đang thua lỗ.")
    assert not any(t.startswith("đường sắt") for t, _ in ents)
    assert ("Việt Nam", "LOC") in ents


# 3. a sentence-opening particle (whether, surely not, if only) is no part of the name after it
@pytest.mark.parametrize("text,span,label", [
    ("Liệu Nga có đáp trả hay không vẫn là câu hỏi lớn.", "Nga", "LOC"),
    ("Liệu Mỹ có rút khỏi hiệp định?", "Mỹ", "LOC"),
    ("Phải chăng Mỹ đang muốn rút quân khỏi khu vực này?", "Mỹ", "LOC"),
    ("Chẳng lẽ Trần Văn Bình lại không biết chuyện đó?", "Trần Văn Bình", "PER"),
    ("Lẽ nào Pháp lại đứng ngoài cuộc?", "Pháp", "LOC"),
    ("Hèn chi Lê Thị Hoa không muốn quay lại.", "Lê Thị Hoa", "PER"),
    ("Giá như Hà Nội có thêm nhiều công viên.", "Hà Nội", "LOC"),
    ("Nếu Trung Quốc tăng thuế, hàng xuất khẩu sẽ gặp khó.", "Trung Quốc", "LOC"),
    ("Dẫu Pháp phản đối, dự luật vẫn được thông qua.", "Pháp", "LOC"),
])
def test_opening_particle_not_in_name(text, span, label):
    ents = _ents(text)
    assert (span, label) in ents
    assert not any(t != span and t.endswith(" " + span) for t, _ in ents)


def test_given_name_ending_like_a_country_stays_a_person():
    assert ("Phương Nga", "PER") in _ents("Phương Nga đã giành huy chương vàng.")


# 4. a body's full name in lowercase after its head, closed by an acronym in parentheses: one ORG
@pytest.mark.parametrize("text,span", [
    ("Họ ủng hộ Chính phủ hòa hợp quốc gia (GNC) của nước này.", "Chính phủ hòa hợp quốc gia"),
    ("Lực lượng thân Chính phủ đoàn kết dân tộc (GNA) đã chiếm lại thành phố.", "Chính phủ đoàn kết dân tộc"),
])
def test_lowercase_name_before_acronym(text, span):
    assert (span, "ORG") in _ents(text)


def test_verb_before_parenthesis_is_no_name():
    assert ("Bộ Y tế", "ORG") in _ents("Bộ Y tế cho biết (PV) sẽ kiểm tra thêm.")


# 1b. a person's name read up to a caption's next sentence stops before a noun that is never a name's syllable
def test_person_stops_before_next_sentence():
    ents = _ents("Ảnh chụp lúc rạng sáng tại hiện trường, ảnh: Phạm Minh Khôi Người dân đứng xem rất đông.")
    assert ("Phạm Minh Khôi", "PER") in ents
    assert not any("Người" in t for t, _ in ents)


def test_given_name_that_is_also_a_noun_kept():
    assert ("Lê Văn Tuyến", "PER") in _ents("Theo ông Lê Văn Tuyến cho biết, dự án sẽ xong vào tháng tới.")

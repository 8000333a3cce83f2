"""Entity classes of issue 16's round-9 development sheet (helper ent10d), in sentences written for these tests.

A body set up in another place and named with it (``Đại sứ quán Việt Nam tại Ba Lan``, ``Hải quân Mỹ tại
châu Phi``), a body written together with its parent (``HĐBA LHQ``, ``Tổng cục Chính trị CAND``, a
byline's desk ``Tên/VOV - Tây Nguyên``), a body named by two parties after a clause that names another
body (``... và Hội đồng Kinh doanh ASEAN – Nhật Bản``), and a foreign armed group whose lowercase name
ends in its country (``Các Lực lượng dân chủ Iraq (IDF)``, ``Quân đội Libya tự do``).
"""

from __future__ import annotations

import pytest

from entity_checks import ents as _ents, labels_over as _labels_over


# ---------------------------------------------------------------- bodies located ``tại`` a place

@pytest.mark.parametrize("text,span", [
    ("Buổi hòa nhạc do Đại sứ quán Việt Nam tại Ba Lan bảo trợ.", "Đại sứ quán Việt Nam tại Ba Lan"),
    ("Theo thông báo của Đại sứ quán Pháp tại Hà Nội, visa được cấp nhanh hơn.", "Đại sứ quán Pháp tại Hà Nội"),
    ("Cán bộ ĐSQ Việt Nam tại Đức đã tới thăm nạn nhân.", "ĐSQ Việt Nam tại Đức"),
    ("Bà Hoa làm việc ở Tổng Lãnh sự quán Việt Nam tại Houston từ năm ngoái.",
     "Tổng Lãnh sự quán Việt Nam tại Houston"),
    ("Hồ sơ được nộp cho Văn phòng đại diện Bộ Ngoại giao tại Đà Nẵng.", "Văn phòng đại diện Bộ Ngoại giao tại Đà Nẵng"),
    ("Đại diện Phái đoàn thường trực Việt Nam tại Liên hợp quốc phát biểu.",
     "Phái đoàn thường trực Việt Nam tại Liên hợp quốc"),
    ("Khuyến cáo này do Thương vụ Việt Nam tại Canada đưa ra.", "Thương vụ Việt Nam tại Canada"),
    ("Buổi gặp có đại diện Hiệp hội doanh nghiệp Hàn Quốc tại Việt Nam.", "Hiệp hội doanh nghiệp Hàn Quốc tại Việt Nam"),
    ("Tết cộng đồng do Hội người Việt Nam tại Ba Lan tổ chức.", "Hội người Việt Nam tại Ba Lan"),
    ("Một sĩ quan của Hải quân Mỹ tại châu Phi cho biết như vậy.", "Hải quân Mỹ tại châu Phi"),
    ("Hội chợ do Đại sứ quán Cộng hòa Slovakia tại Việt Nam tổ chức.", "Đại sứ quán Cộng hòa Slovakia tại Việt Nam"),
])
def test_body_located_at_a_place_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,word,label", [
    # ``tại`` after a verb: where something happened
    ("Đoàn đại biểu đã họp tại Ba Lan hôm thứ Hai.", "Ba Lan", "LOC"),
    # a person's post, not a body
    ("Ông Trần Minh, Đại sứ Việt Nam tại Ba Lan, phát biểu.", "Ba Lan", "LOC"),
    # a person, then where he lives
    ("Ông Lê Văn Tâm tại Hà Nội đã gửi đơn.", "Hà Nội", "LOC"),
    # a meeting held in a city
    ("Hội nghị Bộ trưởng ASEAN tại Hà Nội kết thúc chiều qua.", "Hà Nội", "LOC"),
    # a Vietnamese association and where its event was held in Việt Nam
    ("Hội Nhà văn Việt Nam tại Đà Nẵng có buổi gặp mặt.", "Đà Nẵng", "LOC"),
    # troops named by the sentence's first word, in a country: no command's name
    ("Lực lượng Mỹ tại Iraq đã rút một phần.", "Iraq", "LOC"),
    # a sea is no country or continent for a force
    ("Tàu của Hải quân Mỹ tại Biển Đông đã rời đi.", "Biển Đông", "LOC"),
    # a company and where it works: no body of one country abroad
    ("Công ty Minh Long tại Bình Dương tăng ca.", "Bình Dương", "LOC"),
    # the embassies of several countries: no one body
    ("Giải cờ vua của các đại sứ quán châu Phi tại Hà Nội kết thúc.", "Hà Nội", "LOC"),
    # an embassy belongs to a country, not to a bloc
    ("Giải cờ vua của Đại sứ quán ASEAN tại Nhật Bản kết thúc.", "Nhật Bản", "LOC"),
])
def test_locative_tai_stays_a_place(text, word, label):
    assert _labels_over(text, word) == {label}


def test_sentence_end_between_the_head_and_tai_joins_nothing():
    text = "Bà Thu là cán bộ Đại sứ quán Việt Nam tại Ba Lan. Theo phóng viên TTXVN tại Ba Lan, lễ đã diễn ra."
    ents = _ents(text)
    assert ("Đại sứ quán Việt Nam tại Ba Lan", "ORG") in ents
    assert ("TTXVN", "ORG") in ents
    assert not any(t.startswith("Đại sứ quán") and "Theo" in t for t, _ in ents)


# ---------------------------------------------------------------- a body and its parent

@pytest.mark.parametrize("text,span", [
    ("Nghị quyết mới của HĐBA LHQ áp thêm lệnh trừng phạt.", "HĐBA LHQ"),
    ("Phiên họp của ĐHĐ LHQ kéo dài hai ngày.", "ĐHĐ LHQ"),
    ("Đại tá Lê Hùng, Cục trưởng Cục Truyền thông CAND, phát biểu.", "Cục Truyền thông CAND"),
])
def test_body_with_its_parent_abbreviation_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)


def test_post_before_the_parent_abbreviation_is_no_body():
    text = "Tổng thư ký LHQ kêu gọi hai bên kiềm chế."
    assert ("LHQ", "ORG") in _ents(text)
    assert not any(t.startswith("Tổng thư ký") for t, _ in _ents(text))


@pytest.mark.parametrize("text,span", [
    ("Nước sông đã rút./. Minh Tâm/VOV - Tây Nguyên", "VOV - Tây Nguyên"),
    ("Cuộc họp kết thúc lúc trưa./. Thanh Hà/VOV-Trung tâm Tin", "VOV-Trung tâm Tin"),
    ("Triển lãm mở cửa đến cuối tuần./. Lan Anh/VOV-Berlin", "VOV-Berlin"),
])
def test_outlet_desk_in_a_byline_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)


def test_desk_stops_before_the_byline_repeated():
    text = "Hai bên đã ký kết./. Thu Trang/VOV-Trung tâm Tin Thu Trang/VOV-Trung tâm Tin"
    ents = _ents(text)
    assert ents.count(("VOV-Trung tâm Tin", "ORG")) == 2
    assert ("Thu Trang", "PER") in ents


def test_outlet_without_a_desk_stays_the_outlet():
    text = "Hai bên đã ký kết./. Thu Trang/VOV"
    assert ("VOV", "ORG") in _ents(text)


# ---------------------------------------------------------------- two parties after another body

def test_dashed_body_after_another_body_and_a_conjunction():
    text = "Đoàn gặp Phòng Thương mại Nhật Bản và Hội đồng Kinh doanh ASEAN – Nhật Bản chiều qua."
    ents = _ents(text)
    assert ("Hội đồng Kinh doanh ASEAN – Nhật Bản", "ORG") in ents
    assert ("Phòng Thương mại Nhật Bản", "ORG") in ents


def test_dash_after_a_verb_joins_no_body():
    text = "Hội đồng Bảo an bàn về quan hệ Nga - Mỹ hôm qua."
    assert _labels_over(text, "Mỹ") == {"LOC"}


# ---------------------------------------------------------------- foreign armed groups

@pytest.mark.parametrize("text,span", [
    ("Máy bay yểm trợ cho nhóm Các Lực lượng dân chủ Iraq (IDF) tiến vào thị trấn.", "Các Lực lượng dân chủ Iraq"),
    ("Phía nam, Quân đội Libya tự do được phương Tây hậu thuẫn đã chiếm sân bay.", "Quân đội Libya tự do"),
    ("Cảnh sát phối hợp với Lực lượng biên phòng Canada (CBF) kiểm tra hàng.", "Lực lượng biên phòng Canada"),
])
def test_armed_group_named_in_lowercase_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,word,label", [
    # a verb inside: the group did something in a country
    ("Lực lượng đã tấn công Iraq (AFP) trong đêm.", "Iraq", "LOC"),
    # the country's army, no faction word after it
    ("Quân đội Libya đã chiếm sân bay.", "Quân đội Libya", "ORG"),
])
def test_armed_group_counter_examples(text, word, label):
    assert _labels_over(text, word) == {label}
    assert not any(t.endswith(")") or t.endswith("tự do") for t, _ in _ents(text))

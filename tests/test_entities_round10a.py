"""Entity classes of issue 16's round-10 sheet (helper ent10a), in sentences written for these tests.

A place taken out of the body whose name holds it (a department after a sentence-opening ``Theo``, a
lowercase department before its province, a legislature named by its country, a union or an association
whose long name ends in a place), a place whose name opens with a body's head (``Hội An``), a body's name
cut before its lowercase continuation that a place closes, and a unit named in lowercase words right before
the body it belongs to.
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.entities import find_entities
from entity_checks import ents as _ents, labels_over as _labels_over


# ---------------------------------------------------------------- a body's head after a sentence opener

@pytest.mark.parametrize("text,span", [
    ("Theo Sở Tài chính Quảng Ngãi, ngân sách năm nay hụt thu.", "Sở Tài chính Quảng Ngãi"),
    ("Mưa lớn kéo dài. Theo Sở Xây dựng, ba cây cầu bị hư hỏng.", "Sở Xây dựng"),
    ("Tại Sở Nội vụ Lạng Sơn, hồ sơ được nhận qua mạng.", "Sở Nội vụ Lạng Sơn"),
])
def test_department_after_a_sentence_opener_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,word", [
    ("Du khách tới Hội An ngày càng đông.", "Hội An"),
    ("Đến Hội An, khách nước ngoài thích đi thuyền.", "Hội An"),
    ("Tàu cá ra khơi đánh bắt ở vùng biển Trường Sa.", "Trường Sa"),
])
def test_place_whose_name_opens_with_a_head_stays_a_place(text, word):
    assert _labels_over(text, word) == {"LOC"}


def test_capitalised_word_before_a_head_still_ends_a_name():
    # ``Phòng`` ends the city's name; no department opens there
    assert _labels_over("Người dân Hải Phòng đón Tết sớm.", "Hải Phòng") == {"LOC"}


# ---------------------------------------------------------------- lowercase departments before their place

@pytest.mark.parametrize("text,span", [
    ("Bà Hoa, Phó giám đốc sở Y tế Thái Bình, đã xuống kiểm tra.", "sở Y tế Thái Bình"),
    ("Đại diện sở Công thương Cà Mau đề nghị giữ giá.", "sở Công thương Cà Mau"),
    ("Ông Sơn là Trưởng phòng GD&ĐT huyện Quỳnh Lưu từ năm ngoái.", "phòng GD&ĐT huyện Quỳnh Lưu"),
    ("Văn bản của Sở GTVT TP.HCM gửi các hãng xe đã nêu rõ.", "Sở GTVT TP.HCM"),
    ("Ông Dũng, Phó Chi Cục trưởng Chi Cục Kiểm lâm tỉnh Kon Tum, cho biết.", "Chi Cục Kiểm lâm tỉnh Kon Tum"),
])
def test_department_and_the_place_it_serves_are_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,word,label", [
    # a health facility (``cơ sở``) or a seat (``trụ sở``): no department
    ("Nhiều cơ sở Y tế Hà Nội đã quá tải.", "Hà Nội", "LOC"),
    ("Khách đến trụ sở Y tế Hà Nội cũ để hỏi.", "Hà Nội", "LOC"),
    # every department of the city
    ("Các sở Y tế Hà Nội và Hải Phòng đều báo cáo.", "Hà Nội", "LOC"),
])
def test_facility_seat_or_plural_before_a_field_makes_no_department(text, word, label):
    assert _labels_over(text, word) == {label}


def test_office_of_a_body_is_no_department():
    text = "Ông Quang, Chánh văn phòng UBND tỉnh Yên Bái, cho biết."
    ents = _ents(text)
    assert ("UBND tỉnh Yên Bái", "ORG") in ents
    assert not any(t.startswith("phòng") for t, _ in ents)


def test_district_police_with_a_misspelt_level_word():
    assert ("công an quân Hoàng Mai", "ORG") in _ents("Người bị mất xe đã trình báo công an quân Hoàng Mai.")


def test_police_before_a_word_of_the_army_stays_apart():
    assert not any(label == "ORG" for _, label in _ents("Lực lượng công an quân sự đã có mặt tại hiện trường."))


# ---------------------------------------------------------------- legislatures named by their country

@pytest.mark.parametrize("text,span", [
    ("Chủ tịch Thượng viện Canada đã thăm Hà Nội tuần trước.", "Thượng viện Canada"),
    ("Dự luật vẫn phải chờ Hạ viện Nhật Bản bỏ phiếu.", "Hạ viện Nhật Bản"),
    ("Mười nghị sĩ thượng viện Úc đã ký thư chung.", "thượng viện Úc"),
    ("Người phát ngôn của Nội các Thái Lan bác bỏ tin đồn.", "Nội các Thái Lan"),
])
def test_chamber_and_its_country_are_one_org(text, span):
    assert (span, "ORG") in _ents(text)
    assert "LOC" not in _labels_over(text, span)


def test_chamber_alone_names_no_body():
    assert _ents("Dự luật đã qua Thượng viện và đang chờ ký.") == []


# ---------------------------------------------------------------- unions and associations ending in a place

@pytest.mark.parametrize("text,span", [
    ("Bà Thu là Chủ tịch Công đoàn Y tế huyện Bảo Lâm.", "Công đoàn Y tế huyện Bảo Lâm"),
    ("Ông Tín, Chủ tịch CĐ Xây dựng tỉnh Bến Tre, trao quà.", "CĐ Xây dựng tỉnh Bến Tre"),
    ("Hội thảo do Hiệp hội các trường ĐH, CĐ Việt Nam chủ trì.", "Hiệp hội các trường ĐH, CĐ Việt Nam"),
    ("Đề xuất được Hiệp hội các nhà xuất khẩu gạo Việt Nam gửi lên.", "Hiệp hội các nhà xuất khẩu gạo Việt Nam"),
])
def test_union_or_association_ending_in_a_place_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,word", [
    # the colleges of a country, no union
    ("Sinh viên các trường ĐH, CĐ Hà Nội dự thi.", "Hà Nội"),
    # an association's members before a city: the name must end in a country
    ("Hội các cựu giáo chức Huế họp mặt.", "Huế"),
])
def test_abbreviated_college_or_plural_before_a_city_stays_a_place(text, word):
    assert _labels_over(text, word) == {"LOC"}


# ---------------------------------------------------------------- sentence-case names closed by a place

@pytest.mark.parametrize("text,span", [
    ("Ông Bình là Giám đốc Công ty Cổ phần vàng bạc đá quý Cần Thơ.", "Công ty Cổ phần vàng bạc đá quý Cần Thơ"),
    ("Mẫu đất được gửi đến Trung tâm Kỹ thuật thí nghiệm và ứng dụng khoa học công nghệ Hậu Giang.",
     "Trung tâm Kỹ thuật thí nghiệm và ứng dụng khoa học công nghệ Hậu Giang"),
])
def test_sentence_case_name_closed_by_a_place_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)
    assert "LOC" not in {x.label for x in find_entities(text) if x.text != span}


@pytest.mark.parametrize("text,cut", [
    # a verb and a preposition: the clause, not the name, runs to the place
    ("Công ty Cổ phần có trụ sở tại Cần Thơ.", "Công ty Cổ phần có trụ sở tại Cần Thơ"),
    # ``quý`` is the quarter of the year here, ``quý này`` no word of a name
    ("Công ty Cổ phần quý này lãi lớn nhất Cần Thơ.", "Công ty Cổ phần quý này lãi lớn nhất Cần Thơ"),
    # a name already read to its end in lowercase, then a headline's verb
    ("Quỹ Tiền tệ quốc tế đưa ra dự báo tăng trưởng Cần Thơ cao hơn.",
     "Quỹ Tiền tệ quốc tế đưa ra dự báo tăng trưởng Cần Thơ"),
    # ``và`` joins the company to another subject
    ("Trung tâm Kỹ thuật và người dân Cần Thơ cùng góp sức.", "Trung tâm Kỹ thuật và người dân Cần Thơ"),
])
def test_clause_before_a_place_is_no_name(text, cut):
    assert (cut, "ORG") not in _ents(text)


# ---------------------------------------------------------------- police branches and words cut in two

@pytest.mark.parametrize("text,span", [
    ("Hồ sơ được chuyển cho Phòng Cảnh sát điều tra tội phạm về trật tự xã hội xử lý.",
     "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội"),
    ("Cục Cảnh sát giao thông vừa ra văn bản mới.", "Cục Cảnh sát giao thông"),
    ("Đội Cảnh sát cơ động tỉnh Gia Lai được tăng cường.", "Đội Cảnh sát cơ động tỉnh Gia Lai"),
    ("Người bệnh lọc máu ở Trung tâm Thận nhân tạo hai lần mỗi tuần.", "Trung tâm Thận nhân tạo"),
])
def test_name_in_sentence_case_is_not_cut_inside_its_lowercase_words(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,span", [
    # ``Cảnh sát`` with no branch after it: the name ends there
    ("Cục Cảnh sát đã vào cuộc điều tra.", "Cục Cảnh sát"),
    # ``y tế`` is a whole word: ``nhân dịp`` opens the sentence's adverbial
    ("Bộ Y tế nhân dịp này gửi thư chúc mừng.", "Bộ Y tế"),
])
def test_name_ending_in_a_whole_word_keeps_its_end(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,span", [
    # ``xác nhận`` is the sentence's verb: the university's name ends at its foreign name
    ("Nhóm nghiên cứu ở Đại học Oxford xác nhận phát hiện này.", "Đại học Oxford"),
    # a department read whole before the verb (``xác định``)
    ("Sau khi rà soát, Cục Thuế xác định lại số tiền nợ.", "Cục Thuế"),
])
def test_verb_after_a_whole_name_is_no_part_of_the_body(text, span):
    assert (span, "ORG") in _ents(text)


# ---------------------------------------------------------------- a unit in lowercase before its body

@pytest.mark.parametrize("text,span", [
    ("Lực lượng đặc nhiệm Cảnh sát quốc gia Indonesia đã bắt hai nghi phạm.",
     "Lực lượng đặc nhiệm Cảnh sát quốc gia Indonesia"),
    ("Hôm qua, Cơ quan cảnh sát điều tra Công an tỉnh Phú Yên đã khởi tố vụ án.",
     "Cơ quan cảnh sát điều tra Công an tỉnh Phú Yên"),
    ("Cơ quan điều tra Công an huyện Tân Kỳ tạm giữ tài xế.", "Cơ quan điều tra Công an huyện Tân Kỳ"),
])
def test_lowercase_unit_before_its_body_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,span", [
    # the competent forces, any of them: no named unit
    ("Lực lượng chức năng Công an huyện Đô Lương đã có mặt.", "Công an huyện Đô Lương"),
    # a clause between two bodies
    ("Cơ quan này đề nghị Công an tỉnh Phú Yên xử lý.", "Công an tỉnh Phú Yên"),
    # a unit that only works with the body
    ("Lực lượng đặc nhiệm đã phối hợp với Cảnh sát quốc gia Indonesia.", "Cảnh sát quốc gia Indonesia"),
])
def test_generic_forces_or_a_clause_stay_apart(text, span):
    assert (span, "ORG") in _ents(text)

"""Entity spans of issue 16's round-7 audit classes left open (helper ent9a), in sentences written for these tests.

* A body named by two parties joined with a dash is one ORG (``Hội hữu nghị Lào - Việt Nam``).
* A unit written right before the body it belongs to is one ORG with it (``Khoa Nhi Bệnh viện X``).
* A hamlet's name takes the number that ends it (``thôn Vĩnh Phú 2``).
* A place named after a person, or like one, after a facility word is a LOC (``bến xe Ngô Gia Tự``).
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.entities import find_entities
from entity_checks import ents as _ents


# ---------------------------------------------------------------- two parties joined with a dash

@pytest.mark.parametrize("text,span", [
    ("Bà được bầu làm Chủ tịch Hội hữu nghị Lào - Việt Nam khóa mới.", "Hội hữu nghị Lào - Việt Nam"),
    ("Đại diện Hội Hữu nghị Việt Nam-Mông Cổ dự buổi gặp mặt.", "Hội Hữu nghị Việt Nam-Mông Cổ"),
    ("Ủy ban liên Chính phủ Việt - Nga họp tại Moskva.", "Ủy ban liên Chính phủ Việt - Nga"),
    ("Uỷ ban hỗn hợp Việt Nam – Thái Lan rà soát các dự án.", "Uỷ ban hỗn hợp Việt Nam – Thái Lan"),
    ("Diễn đàn Doanh nghiệp Đức - ASEAN năm nay bàn về năng lượng sạch.", "Diễn đàn Doanh nghiệp Đức - ASEAN"),
    ("Theo Hội đồng Kinh doanh Nhật Bản-EU, chi phí logistics còn cao.", "Hội đồng Kinh doanh Nhật Bản-EU"),
    ("Ông giữ chức Chủ tịch Phòng Thương mại Úc - Việt từ năm ngoái.", "Phòng Thương mại Úc - Việt"),
    ("Liên minh kinh tế Á - Âu là thị trường mới của nông sản.", "Liên minh kinh tế Á - Âu"),
    ("Quan chức Hội đồng Pháp - NATO từ chối bình luận.", "Hội đồng Pháp - NATO"),
])
def test_body_of_two_parties_is_one_org(text, span):
    ents = _ents(text)
    assert (span, "ORG") in ents
    party = span.replace("–", "-").split("-")[-1].strip()
    assert not any(t == party for t, _ in ents)  # the second party is no entity of its own


def test_a_name_read_on_past_the_second_party_stops_there():
    ents = _ents("Ông nói tại Phòng Thương mại Việt - Mỹ hôm qua.")
    assert ("Phòng Thương mại Việt - Mỹ", "ORG") in ents
    assert not any(t.endswith("hôm") for t, _ in ents)


def test_the_body_of_one_state_keeps_its_state():
    assert ("Hội hữu nghị Mỹ - Việt bang Oregon", "ORG") in _ents(
        "Đoàn đã gặp lãnh đạo Hội hữu nghị Mỹ - Việt bang Oregon (Hoa Kỳ).")


def test_the_body_of_one_city_keeps_its_city():
    assert ("Hội hữu nghị Hàn - Việt thành phố Busan", "ORG") in _ents(
        "Phó Thủ tướng tiếp Chủ tịch Hội hữu nghị Hàn - Việt thành phố Busan hôm qua.")


@pytest.mark.parametrize("text,dash_part", [
    # a dash between two list items
    ("Hội Nông dân Việt Nam - Hội Cựu chiến binh Việt Nam cùng ký chương trình phối hợp.", "Nam - Hội"),
    # a dash between two clauses, a verb before the first party
    ("Hội đồng Bảo an bàn về Triều Tiên - Mỹ thì phản đối.", "Tiên - Mỹ"),
    # a meeting, not a body
    ("Hội nghị Bộ trưởng ASEAN - Nhật Bản bế mạc chiều nay.", "ASEAN - Nhật"),
    # a name and its abbreviation
    ("Anh đã rời khỏi Liên minh châu Âu - EU sau cuộc trưng cầu.", "Âu - EU"),
    # a dash in a relation between two countries, no body word before it
    ("Quan hệ Việt Nam - Lào ngày càng bền chặt.", "Nam - Lào"),
])
def test_dashes_that_join_no_body(text, dash_part):
    pos = text.index(dash_part) + dash_part.index("-")
    assert not any(e.start < pos < e.end for e in find_entities(text))


# ---------------------------------------------------------------- a unit and its parent body

@pytest.mark.parametrize("text,span", [
    ("Tổ trinh sát của Đội Cảnh sát cơ động Công an huyện Tân Kỳ đã có mặt.",
     "Đội Cảnh sát cơ động Công an huyện Tân Kỳ"),
    ("Phòng Cảnh sát điều tra tội phạm về kinh tế Công an tỉnh Quảng Trị đang thụ lý vụ việc.",
     "Phòng Cảnh sát điều tra tội phạm về kinh tế Công an tỉnh Quảng Trị"),
    ("Đội Đặc nhiệm phòng chống ma túy và tội phạm Bộ đội Biên phòng tỉnh Kiên Giang phục kích.",
     "Đội Đặc nhiệm phòng chống ma túy và tội phạm Bộ đội Biên phòng tỉnh Kiên Giang"),
    ("Bệnh nhi được chuyển lên Khoa Sơ sinh Bệnh viện Đa khoa tỉnh Phú Thọ.",
     "Khoa Sơ sinh Bệnh viện Đa khoa tỉnh Phú Thọ"),
    ("Cán bộ Đội CSGT số 7 Công an Hà Nội lập biên bản.", "Đội CSGT số 7 Công an Hà Nội"),
    ("Phòng Công tác xã hội Bệnh viện Trung ương Huế đã kêu gọi hỗ trợ.",
     "Phòng Công tác xã hội Bệnh viện Trung ương Huế"),
    # a sentence that opens with the unit
    ("Khoa Nhi Bệnh viện Đa khoa Hà Tĩnh tiếp nhận ca bệnh.", "Khoa Nhi Bệnh viện Đa khoa Hà Tĩnh"),
])
def test_unit_and_parent_are_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,first,second", [
    # a verb between them: two clauses
    ("Cục Văn hóa cũng đề nghị Sở Văn hóa tỉnh Nghệ An báo cáo.", "Cục Văn hóa", "Sở Văn hóa tỉnh Nghệ An"),
    # two bodies joined by `và`
    ("Phòng Kỹ thuật hình sự và Công an tỉnh Nghệ An cùng khám nghiệm.", "Phòng Kỹ thuật", "Công an tỉnh Nghệ An"),
    # `thay mặt`: on behalf of the ministry
    ("Vụ Pháp chế thay mặt Bộ Y tế trả lời báo chí.", "Vụ Pháp chế", "Bộ Y tế"),
    # a link word between them is no part of the name
    ("Trung tâm Kiểm định thuộc Sở Xây dựng tỉnh Lào Cai đã lấy mẫu.", "Trung tâm Kiểm định",
     "Sở Xây dựng tỉnh Lào Cai"),
])
def test_unit_and_body_apart(text, first, second):
    ents = _ents(text)
    assert (second, "ORG") in ents
    assert not any(t.startswith(first) and t.endswith(second) for t, _ in ents)


def test_a_person_between_unit_and_body_keeps_them_apart():
    ents = _ents("Cục Thuế Thành phố Nguyễn Thị Hoa làm Phó Trưởng ban Sở Tài chính tỉnh Bắc Giang.")
    assert not any(t.startswith("Cục Thuế") and t.endswith("Bắc Giang") for t, _ in ents)


# ---------------------------------------------------------------- a hamlet and its number

@pytest.mark.parametrize("text,span", [
    ("Bà con thôn Vĩnh Phú 2 được cấp nước sạch.", "thôn Vĩnh Phú 2"),
    ("Nhà ông ở ấp Xoài Ban 2, xã Long Điền.", "ấp Xoài Ban 2"),
    ("Các hộ ở khu phố Hòa Lợi 3 cho biết đường đã xuống cấp.", "khu phố Hòa Lợi 3"),
    ("Tổ dân phố Tân Lập 1 vừa được công nhận khu dân cư văn hóa.", "Tổ dân phố Tân Lập 1"),
    ("Ông trú tại ấp Cây Dương 4 đã nộp hồ sơ.", "ấp Cây Dương 4"),
])
def test_hamlet_takes_its_number(text, span):
    assert (span, "LOC") in _ents(text)


@pytest.mark.parametrize("text,span", [
    # a count of things in the hamlet
    ("Ở thôn Vĩnh Phú 3 hộ bị ngập sâu.", "thôn Vĩnh Phú"),
    ("Tại ấp Tân Hưng 12 người bị thương.", "ấp Tân Hưng"),
])
def test_a_count_after_the_hamlet_is_no_part_of_it(text, span):
    ents = _ents(text)
    assert (span, "LOC") in ents
    assert not any(t.startswith(span + " ") for t, _ in ents)


# ---------------------------------------------------------------- facilities named after people

@pytest.mark.parametrize("text,span", [
    ("Bến xe Ngô Gia Tự đông khách dịp nghỉ lễ.", "Bến xe Ngô Gia Tự"),
    ("Hành khách chen chúc ở bến xe Lương Yên từ sáng sớm.", "bến xe Lương Yên"),
    ("Tiểu thương chợ đầu mối Nguyễn Văn Cừ than thở vì giá rau giảm.", "chợ đầu mối Nguyễn Văn Cừ"),
    ("Gian hàng ở chợ đêm Trần Phú bị cháy rụi.", "chợ đêm Trần Phú"),
    ("Xe xếp hàng dài ở bến phà Trung Hòa.", "bến phà Trung Hòa"),
    ("Cặp hổ mới về vườn thú Hoàng Văn Thụ.", "vườn thú Hoàng Văn Thụ"),
])
def test_facility_named_after_a_person_is_a_place(text, span):
    ents = _ents(text)
    assert (span, "LOC") in ents
    assert not any(label == "PER" for _, label in ents)


def test_a_country_after_a_zoo_says_where_it_is():
    # ``một vườn thú Anh``: a zoo in England, no zoo named so
    ents = _ents("Con hổ đã tấn công một nhân viên vườn thú Anh hôm qua.")
    assert not any(t.startswith("vườn thú") for t, _ in ents)


def test_one_dashed_region_after_a_description_is_the_region():
    # the two names of one region, after lowercase words only: the region, no body named by two parties
    ents = _ents("Hội thảo bàn về an ninh khu vực châu Á - Thái Bình Dương.")
    assert ("châu Á - Thái Bình Dương", "LOC") in ents
    # a capitalised name before it: the body
    assert ("Diễn đàn Nghị viện châu Á - Thái Bình Dương", "ORG") in _ents(
        "Việt Nam đăng cai Diễn đàn Nghị viện châu Á - Thái Bình Dương năm nay.")


# ---------------------------------------------------------------- a garden's Sino-Vietnamese name

@pytest.mark.parametrize("text,span", [
    ("Du khách dạo quanh khuôn viên Tịnh Thảo Viên suốt buổi chiều.", "Tịnh Thảo Viên"),
    ("Nhân viên Bách Cầm Viên Hà Nội chăm sóc đàn hươu.", "Bách Cầm Viên Hà Nội"),
    ("Lễ hội hoa năm nay tổ chức tại Ngọc Uyển Viên.", "Ngọc Uyển Viên"),
])
def test_a_gardens_name_is_a_place_whole(text, span):
    ents = _ents(text)
    assert (span, "LOC") in ents
    assert not any(label == "PER" for _, label in ents)


def test_a_person_named_so_stays_a_person():
    # a family name first
    assert ("Nguyễn Hữu Viên", "PER") in _ents("Ông Nguyễn Hữu Viên phát biểu tại hội nghị.")


@pytest.mark.parametrize("text,span", [
    # after a word for a wife: a person's name, no garden
    ("Tổng thống và phu nhân Mễ Lệ Viên tới Hà Nội.", "Mễ Lệ Viên"),
    # after a word for a business: the restaurant's name, no garden
    ("Hai người hẹn gặp ở nhà hàng Tịnh Lạc Viên gần chợ.", "Tịnh Lạc Viên"),
])
def test_a_wife_or_a_restaurant_named_so_is_no_garden(text, span):
    assert (span, "LOC") not in _ents(text)


@pytest.mark.parametrize("text,names", [
    ("Khách đổ về các bến xe Lương Yên, Nguyễn Trãi và Gia Thụy từ chiều.", ["Nguyễn Trãi", "Gia Thụy"]),
    ("Giá rau ở hai chợ đầu mối Phạm Hùng và Lê Lợi tăng mạnh.", ["Lê Lợi"]),
    ("Tiểu thương các chợ Hoàng Hoa Thám, Trần Quý Cáp phản ánh.", ["Trần Quý Cáp"]),
])
def test_names_listed_after_one_facility_word_are_places(text, names):
    ents = _ents(text)
    for name in names:
        assert (name, "LOC") in ents
    assert not any(label == "PER" for _, label in ents)

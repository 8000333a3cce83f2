"""Entity classes of issue 16's round-10 list (helper ent10b), in sentences written for these tests.

Run-ons (a body into its foreign chairman's name, a place into a festival or lunar year), cuts (a
foreign place at its glued hyphen, a road or an area named by its two ends), and names that are no
entity or another kind as read (an event being held, a photo credit spelling a town, a lake after
``Hồ``, a bare kind of body by its abbreviation, streets listed after ``các tuyến``).
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.entities import find_entities
from cchc_extract.facts.entities.nameends import foreign_shaped
from entity_checks import ents as _ents, labels_over as _labels_over


def _spans_over(text: str, word: str) -> list[str]:
    s = text.index(word)
    e = s + len(word)
    return [x.text for x in find_entities(text) if x.start < e and s < x.end]


# ---------------------------------------------------------------- a body, then its foreign chairman

@pytest.mark.parametrize("text,body,person", [
    ("Phát biểu có Chủ tịch Hội đồng nhân dân tỉnh Chămpaxắc Mệchxavẳn Phômphithắc và nhiều đại biểu.",
     "Hội đồng nhân dân tỉnh Chămpaxắc", "Mệchxavẳn Phômphithắc"),
    ("Tiếp theo là Chủ tịch Hội đồng nhân dân tỉnh Xiêng Khoảng Bun-tôn Chăn-thạ-phon.",
     "Hội đồng nhân dân tỉnh Xiêng Khoảng", "Bun-tôn Chăn-thạ-phon"),
    ("Theo Chủ tịch Tập đoàn Foxconn Terry Gou, nhà máy sẽ mở rộng.", "Tập đoàn Foxconn", "Terry Gou"),
    ("Chủ tịch Cục Dự trữ Liên bang Mỹ (FED) Janet Yellen vừa phát biểu.", "Cục Dự trữ Liên bang Mỹ (FED)", "Janet Yellen"),
])
def test_foreign_chairman_after_his_body(text, body, person):
    ents = _ents(text)
    assert (body, "ORG") in ents
    assert (person, "PER") in ents


@pytest.mark.parametrize("text,span", [
    # the company's own foreign name after its legal form, then the Vietnamese director
    ("Phó Giám đốc Công ty TNHH Crystal Martin Nguyễn Thị Lan cho biết.", "Công ty TNHH Crystal Martin"),
    # a Vietnamese chairman: already cut by the family-name reader
    ("Chủ tịch Hội đồng nhân dân tỉnh Thanh Hóa Trịnh Văn Chiến phát biểu.", "Hội đồng nhân dân tỉnh Thanh Hóa"),
])
def test_body_whose_last_words_are_its_own(text, span):
    assert (span, "ORG") in _ents(text)


def test_bank_with_a_foreign_name_keeps_it():
    text = "Chủ tịch Ngân hàng Deutsche Bank đã phát biểu."
    assert "PER" not in _labels_over(text, "Deutsche Bank")


def test_foreign_shape():
    assert foreign_shaped("Mệchxavẳn") and foreign_shaped("Wuerttemberg") and foreign_shaped("Bun-tôn")
    assert not foreign_shaped("Khoảng") and not foreign_shaped("Nghệ") and not foreign_shaped("baden")


# ---------------------------------------------------------------- a place, then a festival or a lunar year

@pytest.mark.parametrize("text,span", [
    ("Cựu binh kể về trận đánh sân bay Biên Hòa Tết Mậu Thân năm 1968.", "sân bay Biên Hòa"),
    ("Năm ấy quân ta tiến vào thị xã Quảng Trị Xuân Mậu Thân.", "thị xã Quảng Trị"),
    ("Đơn vị ông từng đóng ở thị xã Bến Tre Mậu Thân 1968.", "thị xã Bến Tre"),
    ("Chợ hoa ở quận Hoàn Kiếm Tết năm nay vẫn đông.", "quận Hoàn Kiếm"),
])
def test_place_stops_before_a_time_phrase(text, span):
    assert (span, "LOC") in _ents(text)
    assert not any("Tết" in t or "Mậu" in t for t, _ in _ents(text))


@pytest.mark.parametrize("text,span,label", [
    # a place named with a year stem (no lunar year, no figures after it)
    ("Người dân xã Tân Hợi đã nhận tiền đền bù.", "xã Tân Hợi", "LOC"),
    # a person whose given name is a year stem, not before a branch
    ("Bà Nguyễn Thị Canh kể lại chuyện xưa.", "Nguyễn Thị Canh", "PER"),
])
def test_names_with_year_words_are_not_cut(text, span, label):
    assert (span, label) in _ents(text)


def test_city_read_as_a_name_with_the_festival_is_the_city():
    assert ("Hà Nội", "LOC") in _ents("Đoàn khách quốc tế đến Hà Nội Tết Nguyên đán.")


@pytest.mark.parametrize("text,word", [
    ("Chợ Tết năm nay đông hơn mọi năm.", "Chợ"),
    ("Người dân dạo đường Tết Đinh Dậu đến khuya.", "đường"),
    ("Hội báo Xuân Đinh Dậu Hà Nội mở cửa hôm nay.", "Đinh Dậu"),
])
def test_festival_or_year_names_nothing(text, word):
    assert _spans_over(text, word) == []


def test_no_name_before_the_lunar_year_is_no_entity():
    text = "Khách đổ về Đường hoa Đinh Dậu 2017 từ sáng sớm."
    assert _spans_over(text, "Đường hoa") == []
    assert _spans_over("Giáp Tết, chợ hoa đông nghịt.", "Giáp") == []


# ---------------------------------------------------------------- a foreign place at its hyphen

@pytest.mark.parametrize("text,span", [
    ("Hai người bị thương tại các thị trấn là Baden-Wuerttemberg và Hesse.", "Baden-Wuerttemberg"),
])
def test_foreign_place_keeps_its_hyphenated_rest(text, span):
    assert (span, "LOC") in _ents(text)


def test_two_countries_joined_by_a_hyphen_stay_two():
    ents = _ents("Quan hệ Nga-Ukraine lại căng thẳng, còn Israel-Palestine thì chưa hòa giải.")
    assert ("Nga", "LOC") in ents and ("Ukraine", "LOC") in ents
    assert not any("-" in t for t, _ in ents)


# ---------------------------------------------------------------- roads and areas named by their two ends

@pytest.mark.parametrize("text,span", [
    ("Đại diện ban quản lý cao tốc Hà Nội —Thái Nguyên cho biết xe đã qua.", "cao tốc Hà Nội —Thái Nguyên"),
    ("Bộ xin bổ sung tuyến qua Thái Bình vào đoạn cao tốc Ninh Bình đến Nam Định.", "cao tốc Ninh Bình đến Nam Định"),
    ("Cư dân phường Đại Kim kêu nước bẩn. Công ty sẽ cải tạo hệ thống nước khu vực Đại Kim - Định Công.",
     "Đại Kim - Định Công"),
])
def test_road_or_area_named_by_both_ends(text, span):
    assert (span, "LOC") in _ents(text)


def test_urban_area_named_by_two_wards_is_one_place():
    assert ("Khu đô thị Đại Kim - Định Công", "LOC") in _ents("Nước yếu ở Khu đô thị Đại Kim - Định Công suốt tuần.")


def test_area_then_its_city_stays_two():
    ents = _ents("Vào tối qua, tại khu vực cầu Thanh Trì - Hà Nội một xe tải bốc cháy.")
    assert ("cầu Thanh Trì", "LOC") in ents and ("Hà Nội", "LOC") in ents


def test_road_to_a_place_without_a_section_word_keeps_the_place_apart():
    # ``đến`` joins the two ends only after ``đoạn`` (a section); here it is where the trip goes
    ents = _ents("Xe đi trên cao tốc Hà Nội đến Lào Cai hết ba giờ.")
    assert not any("đến" in t for t, _ in ents)


# ---------------------------------------------------------------- an event being held is no ORG

@pytest.mark.parametrize("text,event", [
    ("Chiều nay Bộ Tài chính khai mạc Diễn đàn Đầu tư Tài chính tại Đà Nẵng.", "Diễn đàn Đầu tư Tài chính"),
    ("Phòng Thương mại phối hợp với đại sứ quán tổ chức Diễn đàn doanh nghiệp Việt - Hungary.",
     "Diễn đàn doanh nghiệp Việt - Hungary"),
    ("Ông gặp các nhà đầu tư bên lề Diễn đàn Kinh tế Thế giới ở Thụy Sĩ.", "Diễn đàn Kinh tế Thế giới"),
    ("Hôm qua Diễn đàn Hợp tác Mê Kông đã diễn ra tại Viêng Chăn.", "Diễn đàn Hợp tác Mê Kông"),
])
def test_event_being_held_is_no_org(text, event):
    assert "ORG" not in _labels_over(text, event)


@pytest.mark.parametrize("text,span", [
    ("Diễn đàn Doanh nghiệp Việt Nam kiến nghị Chính phủ giảm phí.", "Diễn đàn Doanh nghiệp Việt Nam"),
    ("Theo Diễn đàn Kinh tế Thế giới, năng lực cạnh tranh đã tăng.", "Diễn đàn Kinh tế Thế giới"),
])
def test_forum_that_acts_stays_an_org(text, span):
    assert (span, "ORG") in _ents(text)


# ---------------------------------------------------------------- credits, lakes, bare kinds of bodies

@pytest.mark.parametrize("text,name", [
    ("Bà con nhận quà của xã. Ảnh: Hồng Lĩnh", "Hồng Lĩnh"),
    ("Lãnh đạo tỉnh thăm hỏi gia đình. Ảnh: Hải An. Chiều cùng ngày đoàn về huyện.", "Hải An"),
])
def test_credit_spelling_a_town_is_the_photographer(text, name):
    assert _labels_over(text, name) == {"PER"}


def test_town_outside_a_credit_stays_a_place():
    assert ("thị xã Hồng Lĩnh", "LOC") in _ents("Mưa lớn ở thị xã Hồng Lĩnh làm ngập đường.")
    assert _labels_over("Đoàn khách tới Hồng Lĩnh sáng nay.", "Hồng Lĩnh") == {"LOC"}


@pytest.mark.parametrize("text,lake", [
    ("Ảnh tư liệu: Hồ Hoàn Kiếm năm 1938.", "Hồ Hoàn Kiếm"),
    ("Người dân tập thể dục quanh Hồ Gươm mỗi sáng.", "Hồ Gươm"),
    ("Đập chính Hồ Núi Cốc bị thấm sau mưa.", "Hồ Núi Cốc"),
])
def test_lake_after_ho_is_a_place(text, lake):
    assert "PER" not in _labels_over(text, lake)


def test_lake_opening_a_caption_is_the_lake():
    assert ("Hồ Hoàn Kiếm", "LOC") in _ents("Hồ Hoàn Kiếm. (Nguồn: TTXVN) Thành phố sẽ nạo vét bùn.")


@pytest.mark.parametrize("text,person", [
    ("Ca sĩ Hồ Ngọc Hà vừa ra mắt album.", "Hồ Ngọc Hà"),
    ("Ông Hồ Quang Lợi phát biểu khai mạc.", "Hồ Quang Lợi"),
])
def test_people_named_ho_stay_people(text, person):
    assert (person, "PER") in _ents(text)


@pytest.mark.parametrize("text,bare", [
    ("Khi đoàn công an và Viện KSND vừa rời đi, lâm tặc quay lại.", "Viện KSND"),
    ("Buổi diễu hành của Hội CĐV kéo dài đến chiều.", "Hội CĐV"),
    ("Hội CCB đã trao quà cho các gia đình chính sách.", "Hội CCB"),
])
def test_bare_kind_of_body_is_no_entity(text, bare):
    assert _spans_over(text, bare) == []


@pytest.mark.parametrize("text,span", [
    ("Viện KSND huyện Chư Prông đã phê chuẩn lệnh bắt.", "Viện KSND huyện Chư Prông"),
    ("Hồ sơ vụ án đã được chuyển lên Viện KSND tối cao.", "Viện KSND tối cao"),
    ("Sở TNMT đã kiểm tra các giếng nước.", "Sở TNMT"),
])
def test_body_with_a_level_or_a_field_stays(text, span):
    assert (span, "ORG") in _ents(text)


# ---------------------------------------------------------------- streets listed after ``các tuyến``

def test_streets_listed_after_cac_tuyen_are_places():
    text = "Xe tải bị cấm trên các tuyến Nguyễn Trãi, Lê Thị Hồng Gấm, Hoàng Sa, Calmette từ sáng."
    ents = _ents(text)
    for street in ("Nguyễn Trãi", "Lê Thị Hồng Gấm", "Calmette"):
        assert (street, "LOC") in ents


def test_listed_street_with_a_word_that_opens_something_else_is_not_cut():
    # ``Ông`` ends names elsewhere; a street cut before it would be a wrong span: nothing instead
    text = "Phố thuốc nằm trên các tuyến Lương Nhữ Học, Hải Thượng Lãn Ông ở quận 5."
    assert ("Lương Nhữ Học", "LOC") in _ents(text)
    assert "Hải Thượng Lãn" not in [t for t, _ in _ents(text)]


def test_person_after_a_single_tuyen_stays_a_person():
    # ``tuyến`` without a plural before it and no list: a front line, a person after it
    text = "Ở tuyến đầu chống dịch, bác sĩ Nguyễn Văn Hùng trực suốt đêm."
    assert ("Nguyễn Văn Hùng", "PER") in _ents(text)

"""Entity spans and labels of issue 16's round-6 development sample (helper ent6b), in sentences
written for these tests.

Each case is a class of the language, not a name list: punctuation that belongs inside a name
(an apostrophe of a Central Highlands syllable, the dash joining a place's two names, the comma of
``phòng, chống``, the number closing a village's name, a branch after its organisation), names of
people and places inside an organisation's name, and words that only look like entities.
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.entities import find_entities


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text)]


# 1a. a capital, an apostrophe and the rest of the syllable: one syllable of the name
@pytest.mark.parametrize("text,span,label", [
    ("Nông dân huyện Ea H'bông trồng thêm 200 ha cà phê.", "huyện Ea H'bông", "LOC"),
    ("Viện kiểm sát nhân dân huyện Cư M’rang đã phê chuẩn lệnh bắt.", "Viện kiểm sát nhân dân huyện Cư M’rang", "ORG"),
    ("Đường vào xã Đắk R’tang bị sạt lở sau mưa.", "xã Đắk R’tang", "LOC"),
    ("Ông Y Khăm K’bui kể chuyện cho khách.", "Y Khăm K’bui", "PER"),
    ("Đoàn kiểm tra đến huyện Ia H’Dar vào sáng thứ Hai.", "huyện Ia H’Dar", "LOC"),
])
def test_apostrophe_inside_a_syllable(text, span, label):
    assert (span, label) in _ents(text)


def test_english_contraction_is_no_syllable():
    got = _ents("Ca khúc I’ll Wait ra mắt tuần trước.")
    assert not any(t.startswith("I’ll") for t, _ in got)


# 1b. the dash joining the two names of one province, city or region, however it is written
@pytest.mark.parametrize("text,span,label", [
    ("Du lịch tỉnh Bà Rịa – Vũng Tàu phục hồi nhanh.", "tỉnh Bà Rịa – Vũng Tàu", "LOC"),
    ("Du lịch tỉnh Bà Rịa-Vũng Tàu phục hồi nhanh.", "tỉnh Bà Rịa-Vũng Tàu", "LOC"),
    ("Mưa lớn ở tỉnh Thừa Thiên- Huế kéo dài.", "tỉnh Thừa Thiên- Huế", "LOC"),
    ("Giá nhà ở Bà Rịa – Vũng Tàu tăng nhẹ.", "Bà Rịa – Vũng Tàu", "LOC"),
    ("Thương mại khu vực châu Á-Thái Bình Dương sôi động.", "châu Á-Thái Bình Dương", "LOC"),
    ("Diễn đàn khu vực Châu Á – Thái Bình Dương khai mạc.", "Châu Á – Thái Bình Dương", "LOC"),
    ("Nắng nóng bao trùm thành phố Phan Rang – Tháp Chàm.", "thành phố Phan Rang – Tháp Chàm", "LOC"),
    ("UBND tỉnh Bà Rịa – Vũng Tàu ban hành kế hoạch.", "UBND tỉnh Bà Rịa – Vũng Tàu", "ORG"),
])
def test_dash_joined_place(text, span, label):
    got = _ents(text)
    assert (span, label) in got
    assert ("Vũng Tàu", "LOC") not in got and ("Thái Bình Dương", "LOC") not in got


# 1c. ``phòng, chống`` (prevention and control) is one phrase inside a body's name
@pytest.mark.parametrize("text,span", [
    ("Ý kiến của Ban chỉ đạo Trung ương về phòng, chống tham nhũng do Tổng Bí thư đứng đầu.",
     "Ban chỉ đạo Trung ương về phòng, chống tham nhũng"),
    ("Ban Chỉ đạo quốc gia về phòng, chống dịch bệnh, các bộ đã họp.", "Ban Chỉ đạo quốc gia về phòng, chống dịch bệnh"),
])
def test_phong_chong_inside_a_steering_body(text, span):
    assert (span, "ORG") in _ents(text)


# 1d. a number closing the name of a village, a residential group or a ward
@pytest.mark.parametrize("text,span", [
    ("Bà Lan sống ở tổ dân phố Hòa Bình 2, thị trấn Yên Lạc.", "tổ dân phố Hòa Bình 2"),
    ("Nhiều hộ ở thôn Tân Phú 1 (xã Hòa Ninh) đã thoát nghèo.", "thôn Tân Phú 1"),
    ("Đường điện về ấp Mỹ Lợi 3 xã Mỹ Hòa đã xong.", "ấp Mỹ Lợi 3"),
    ("Cụ sống tại phường Vĩnh Hòa 2.", "phường Vĩnh Hòa 2"),
])
def test_number_closes_a_residential_unit(text, span):
    assert (span, "LOC") in _ents(text)


@pytest.mark.parametrize("text,span", [
    ("Năm nay xã Tân Hòa 3.500 người đã có bảo hiểm.", "xã Tân Hòa"),
    ("Diện tích lúa ở xã Tân Hòa 2,5 ha bị ngập.", "xã Tân Hòa"),
    ("Cả phường Tân Lập 5 năm liền đạt chuẩn văn minh.", "phường Tân Lập"),
])
def test_a_figure_after_a_unit_is_no_part_of_its_name(text, span):
    assert (span, "LOC") in _ents(text)


# 1e. an organisation and its branch named by a place are one organisation
@pytest.mark.parametrize("text,span,person", [
    ("Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Nam Định Lê Văn Khải cho biết.",
     "Ngân hàng Nhà nước chi nhánh tỉnh Nam Định", "Lê Văn Khải"),
    ("Khách hàng vay vốn Vietcombank - Chi nhánh Bình Dương tăng mạnh.", "Vietcombank - Chi nhánh Bình Dương", None),
    ("Agribank chi nhánh huyện Yên Thành giải ngân 30 tỷ đồng.", "Agribank chi nhánh huyện Yên Thành", None),
])
def test_branch_joins_its_organisation(text, span, person):
    got = _ents(text)
    assert (span, "ORG") in got
    if person:
        assert (person, "PER") in got


def test_a_branch_without_a_named_organisation_is_no_entity():
    assert _ents("Công ty vừa mở thêm hai chi nhánh mới.") == []


# 2a. schools and hospitals bear people's names after their descriptive words
@pytest.mark.parametrize("text,span", [
    ("Bãi xe nằm cạnh Trường cao đẳng Kỹ thuật Lý Tự Trọng, gần chợ.", "Trường cao đẳng Kỹ thuật Lý Tự Trọng"),
    ("Cô là giảng viên trường Đại học Y khoa Phạm Ngọc Thạch nhiều năm.", "trường Đại học Y khoa Phạm Ngọc Thạch"),
    ("Sinh viên Trường ĐH Sư phạm Kỹ thuật Nguyễn Văn Trỗi nhận bằng.", "Trường ĐH Sư phạm Kỹ thuật Nguyễn Văn Trỗi"),
    ("Bệnh nhân được chuyển tới Bệnh viện đa khoa Trần Hưng Đạo.", "Bệnh viện đa khoa Trần Hưng Đạo"),
])
def test_school_named_after_a_person(text, span):
    got = _ents(text)
    assert (span, "ORG") in got
    assert not any(label == "PER" for _, label in got)


def test_a_post_before_the_school_keeps_the_person_after_it():
    got = _ents("Theo Hiệu trưởng Trường ĐH Bách khoa Lê Minh Tâm, điểm chuẩn tăng.")
    assert ("Trường ĐH Bách khoa", "ORG") in got and ("Lê Minh Tâm", "PER") in got


# 2b. names listed after one counted head are bodies of that head
@pytest.mark.parametrize("text,spans", [
    ("Sở đình chỉ 2 phòng khám đa khoa Hoa Mai và Lê Lợi vì sai phạm.", ["phòng khám đa khoa Hoa Mai", "Lê Lợi"]),
    ("Ba bệnh viện Bạch Mai, Việt Đức và Thanh Nhàn đã quá tải.", ["bệnh viện Bạch Mai", "Việt Đức", "Thanh Nhàn"]),
    ("Quận có 2 trường công lập là Minh Khai và Ngô Quyền.", ["Minh Khai", "Ngô Quyền"]),
])
def test_names_after_a_counted_head(text, spans):
    got = _ents(text)
    for span in spans:
        assert (span, "ORG") in got


def test_countries_after_a_counted_head_stay_places():
    got = _ents("Hai trường đại học Mỹ và Nhật Bản ký kết hợp tác.")
    assert ("Mỹ", "LOC") in got and ("Nhật Bản", "LOC") in got


# 2c. a cemetery named with descriptive capitals (``Liệt sĩ``, ``Quốc gia``) is one place
@pytest.mark.parametrize("text,span", [
    ("Lễ cầu siêu diễn ra tại Nghĩa trang liệt sỹ Quốc gia Đồng Lộc, Hà Tĩnh.", "Nghĩa trang liệt sỹ Quốc gia Đồng Lộc"),
    ("Đoàn dâng hương ở Nghĩa trang Liệt sĩ Trường Sơn sáng nay.", "Nghĩa trang Liệt sĩ Trường Sơn"),
    ("Ông được an táng ở nghĩa trang Văn Điển.", "nghĩa trang Văn Điển"),
])
def test_cemetery_is_one_place(text, span):
    assert (span, "LOC") in _ents(text)


# 2d. an outlet named with its edition's city, and a news agency with its country
@pytest.mark.parametrize("text,span", [
    ("Trao đổi với Pháp Luật TP.HCM, ông Hòa cho biết đã nộp đơn.", "Pháp Luật TP.HCM"),
    ("Như Pháp luật TP. HCM đã đưa tin, vụ cháy xảy ra chiều qua.", "Pháp luật TP. HCM"),
    ("Hãng thông tấn trung ương Triều Tiên đưa tin về vụ phóng.", "Hãng thông tấn trung ương Triều Tiên"),
    ("Theo hãng thông tấn Nhật Bản Kyodo, hai bên đã gặp nhau.", "hãng thông tấn Nhật Bản Kyodo"),
])
def test_outlet_with_a_place_inside(text, span):
    got = _ents(text)
    assert (span, "ORG") in got
    assert not any(label == "LOC" for _, label in got)

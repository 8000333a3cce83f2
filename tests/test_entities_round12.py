"""Entity classes of the fresh12 sheet's misses and errors (helper ent12), in sentences written for these tests.

A person's given name standing alone after the article names the person in full (a family name first): read
where nothing else can take the word and the article shows once that the bare word is the person.  Each class
has counter-examples.
"""

from __future__ import annotations

import pytest

from entity_checks import ents as _ents, labels_over as _labels_over


# ---------------------------------------------------------------- a: a bare given name of a full name

@pytest.mark.parametrize("text,word,nth", [
    ("Lê Quang Khải bị bắt tối qua. Tại cơ quan điều tra, Khải khai nhận đã trộm ba xe máy.", "Khải", 1),
    ("Khải còn nợ nhiều người. Sau đó Lê Quang Khải bỏ trốn vào Nam.", "Khải", 0),
    ("Tòa xử Lê Quang Khải về tội lừa đảo. Bị cáo Khải (áo xanh) cúi đầu nghe tuyên án.", "Khải", 1),
    ("Vụ án Lê Quang Khải (Khải “mắt lươn”) được đưa ra xét xử. Đồng bọn của Khải “mắt lươn” cũng bị bắt.", "Khải", 2),
    ("Đinh Thị Mơ vay tiền của hàng xóm. Về sau Mơ thuê người làm giả sổ đỏ.", "Mơ", 1),
    ("Chị Vũ Thị Hồng kể lại. Hồng đã bán hết đất để chữa bệnh cho con, Hồng nói.", "Hồng", 2),
])
def test_bare_given_name_is_the_person(text, word, nth):
    assert _labels_over(text, word, nth) == {"PER"}


@pytest.mark.parametrize("text,word,nth", [
    # a word of the language at a sentence's start, spelled like the name
    ("Bà Trần Thị Tâm làm nghề bán rau. Tâm lý người dân nay đã ổn định.", "Tâm", 1),
    ("Ông Phan Văn Bình cho biết. Bình thường chợ họp từ sáng sớm.", "Bình", 1),
    # a place word, a dash, a capitalised word next to it
    ("Anh Hoàng Văn Nam quê ở miền Nam, học ngoài Bắc.", "Nam", 1),
    ("Anh Hoàng Văn Nam chạy xe tuyến Bắc - Nam đã mười năm.", "Nam", 1),
    ("Anh Hoàng Văn Nam vừa chuyển về Nam Định sinh sống.", "Nam", 1),
    # only joined to another word: the article never shows the bare word as a person
    ("Tượng Kim Thần Tài bày ở quầy. Phúc, Lộc, Tài được bán chạy nhất dịp Tết.", "Tài", 1),
    # calendar and belief
    ("Người tuổi Kim Lâu Thân nên cẩn trọng. Sinh năm Thân, Tý, Thìn đều phạm Tam Tai.", "Thân", 1),
])
def test_bare_word_that_is_no_person(text, word, nth):
    assert "PER" not in _labels_over(text, word, nth)


def test_kin_word_given_name_is_left_alone():
    # ``Anh`` opening a sentence is the pronoun, even when someone is called ``... Anh``
    text = "Tôi gặp Lê Tuấn Anh ở chợ. Anh cười rồi kể tiếp câu chuyện."
    assert "PER" not in _labels_over(text, "Anh", 1)


# ---------------------------------------------------------------- b: a unit, a dash, the body that holds it

@pytest.mark.parametrize("text,span", [
    ("Phòng Quản lý xuất nhập cảnh - Công an tỉnh Quảng Bình mở thêm quầy nhận hồ sơ.",
     "Phòng Quản lý xuất nhập cảnh - Công an tỉnh Quảng Bình"),
    ("Anh ấy công tác ở Phòng Cảnh sát hình sự – Công an tỉnh Yên Bái.", "Phòng Cảnh sát hình sự – Công an tỉnh Yên Bái"),
    ("Đội Cảnh sát giao thông - Công an huyện Đông Anh lập chốt.", "Đội Cảnh sát giao thông - Công an huyện Đông Anh"),
    ("Phòng Nghiệp vụ y - Sở Y tế tỉnh Cà Mau hướng dẫn cấp phép.", "Phòng Nghiệp vụ y - Sở Y tế tỉnh Cà Mau"),
    ("Tổng cục Thi hành án Bộ Tư pháp vừa tổng kết năm.", "Tổng cục Thi hành án Bộ Tư pháp"),
])
def test_unit_and_its_parent_are_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,span", [
    ("Khách xếp hàng trước Phòng Quản lý xuất nhập cảnh từ sáng sớm.", "Phòng Quản lý xuất nhập cảnh"),
    ("Sân của Phòng Quản lý xuất nhập cảnh lại hẹp nên người dân phải đứng ngoài.", "Phòng Quản lý xuất nhập cảnh"),
    ("Cục Thi hành án dân sự tỉnh Bình Phước nhận đơn.", "Cục Thi hành án dân sự tỉnh Bình Phước"),
])
def test_department_fields_in_lowercase(text, span):
    assert (span, "ORG") in _ents(text)


def test_two_units_of_one_kind_stay_two():
    found = _ents("Phòng Tư pháp - Phòng Nội vụ cùng đi kiểm tra cơ sở.")
    assert ("Phòng Tư pháp", "ORG") in found and ("Phòng Nội vụ", "ORG") in found


# ---------------------------------------------------------------- c: roads by number, stadiums, codes, a board

@pytest.mark.parametrize("text,span", [
    ("Chiếc xe tải lật ngang trên quốc lộ 3B lúc rạng sáng.", "quốc lộ 3B"),
    ("Đoạn Quốc lộ 27 qua xã này thường sạt lở.", "Quốc lộ 27"),
    ("Hai xe va chạm trên QL.12C gần cầu mới.", "QL.12C"),
    ("Nhà thầu đang mở rộng tỉnh lộ 419 thêm hai làn.", "tỉnh lộ 419"),
])
def test_numbered_road_is_a_place(text, span):
    assert (span, "LOC") in _ents(text)


def test_a_distance_after_a_road_word_is_no_road():
    assert _labels_over("Đi thêm dọc quốc lộ 3 km nữa thì tới chợ.", "quốc lộ") == set()


@pytest.mark.parametrize("text,span", [
    ("Trận chung kết sẽ đá trên sân Thiên Trường vào chiều thứ bảy.", "sân Thiên Trường"),
    ("Đội khách thua đậm ngay trên sân Anfield hôm qua.", "sân Anfield"),
])
def test_stadium_named_after_san(text, span):
    assert (span, "LOC") in _ents(text)


@pytest.mark.parametrize("text,word", [
    ("Đoàn khách dâng hương rồi nghỉ ở sân Lễ trường dưới chân núi.", "sân Lễ"),
    ("Học sinh tập thể dục ngoài sân Công viên nước sau giờ học.", "sân Công"),
])
def test_capitalised_common_word_after_san_is_no_stadium(text, word):
    assert "LOC" not in _labels_over(text, word)


@pytest.mark.parametrize("text,word", [
    ("Theo Công văn số 512/VPCP-KTTH của văn phòng, việc này phải xong trước tháng sáu.", "VPCP"),
    ("Quyết định số 88/QĐ-NHNN được ký hôm thứ hai.", "NHNN"),
])
def test_office_abbreviation_inside_a_code_is_no_body(text, word):
    assert _labels_over(text, word) == set()


@pytest.mark.parametrize("text,span", [
    ("Phó chánh văn phòng Ban ATGT tỉnh Hậu Giang cho biết số vụ đã giảm.", "Ban ATGT tỉnh Hậu Giang"),
    ("Ban An toàn giao thông tỉnh Sóc Trăng ra quân đầu năm.", "Ban An toàn giao thông tỉnh Sóc Trăng"),
])
def test_traffic_safety_board_with_its_place(text, span):
    assert (span, "ORG") in _ents(text)


# ---------------------------------------------------------------- d: a spaced ``P.`` in an address

@pytest.mark.parametrize("text,span", [
    ("Ông Tâm (ngụ P. Phước Mỹ, Q. Sơn Trà) bị lừa hết tiền.", "P. Phước Mỹ"),
    ("Nhà chị ở P. Tân Định, quận 1 đã bị kê biên.", "P. Tân Định"),
])
def test_spaced_ward_abbreviation_before_its_district(text, span):
    assert (span, "LOC") in _ents(text)


def test_spaced_initial_before_a_name_stays_a_person():
    # no district after the name: ``P.`` is a person's initial, as after a kin word
    assert "LOC" not in _labels_over("Chị P. Hoa kể lại sự việc với phóng viên.", "P. Hoa")


# ---------------------------------------------------------------- e: the unit a post heads, before a comma and its body

@pytest.mark.parametrize("text,span", [
    ("Trung úy Lê Văn Kiên, Đội trưởng Đội trinh sát, Công an huyện Mê Linh cho biết thêm.", "Đội trinh sát"),
    ("Bà Hà Thị Yến, Trưởng phòng Bảo vệ thực vật, Sở Nông nghiệp tỉnh Lai Châu, nói vậy.", "phòng Bảo vệ thực vật"),
    ("Ông Tô Văn Hợp, nguyên Phó trưởng phòng Hậu cần, Công an tỉnh Điện Biên, bị khởi tố.", "phòng Hậu cần"),
])
def test_unit_named_after_its_post(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,word", [
    # the post's own head before a lowercase word: a description, no name
    ("Ông Đinh Văn Tú, trưởng phòng kỹ thuật, Công ty Sao Mai cho biết.", "phòng kỹ thuật"),
    # no comma and body after the words: a clause
    ("Bà Lý Thị Na, trưởng ban đã nghỉ hưu từ năm ngoái.", "ban đã"),
])
def test_no_unit_without_a_name_or_a_body(text, word):
    assert "ORG" not in _labels_over(text, word)


# ---------------------------------------------------------------- f: an outlet the article speaks to

@pytest.mark.parametrize("text,span", [
    ("Chiều qua, trao đổi với Tuổi Trẻ, ông Bảy xác nhận đã nhận đơn.", "Tuổi Trẻ"),
    ("Chia sẻ với Dân Trí, bà Út nói sẽ khởi kiện.", "Dân Trí"),
])
def test_outlet_after_words_of_speaking_to_the_press(text, span):
    assert (span, "ORG") in _ents(text)


def test_person_after_words_of_speaking_stays_unread():
    # only a known outlet is read after these words; a bare name there is left to the other rules
    assert "ORG" not in _labels_over("Ông Hai đã trao đổi với Mai Lan về việc này.", "Mai Lan")


# ---------------------------------------------------------------- g: the police written in lowercase with a level word

@pytest.mark.parametrize("text,span", [
    ("Người dân đã trình báo công an xã ngay trong đêm.", "công an xã"),
    ("Vụ việc đang được lực lượng công an huyện làm rõ.", "công an huyện"),
    ("Gia đình gửi đơn lên công an tỉnh Bắc Kạn.", "công an tỉnh Bắc Kạn"),
])
def test_lowercase_police_with_level_word(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,word", [
    ("Anh ta bị đưa về cơ quan công an. Theo lời khai, anh ta làm môi giới.", "công an"),
    ("Các công an xã, phường được tăng cường về cơ sở.", "công an xã"),
])
def test_lowercase_police_without_a_level_stay_generic(text, word):
    assert "ORG" not in _labels_over(text, word)


# ---------------------------------------------------------------- h: a road by its two ends, opening a sentence

def test_railway_by_its_two_ends_at_a_sentence_start():
    assert ("Đường sắt Yên Viên - Ngọc Hồi", "LOC") in _ents("Đường sắt Yên Viên - Ngọc Hồi sẽ khởi công.")


def test_stop_in_a_dashed_route_is_not_joined_to_the_next():
    found = _ents("Xe buýt đi Kim Mã - Tố Hữu - Đại lộ Thăng Long - Hòa Lạc. Giá vé không đổi.")
    assert ("Đại lộ Thăng Long", "LOC") in found


# ---------------------------------------------------------------- i: the last initials of a person's dotted initials

def test_last_initials_stand_for_the_person():
    text = "Nạn nhân là chị Tr.H.M (25 tuổi). Giữa Khoa và H.M đã có mâu thuẫn từ lâu."
    assert _labels_over(text, "H.M", 1) == {"PER"}


def test_initials_inside_a_longer_code_are_not_read():
    text = "Chị Tr.H.M kể lại. Lô hàng mang ký hiệu X.H.M.2 bị thu giữ."
    assert "PER" not in _labels_over(text, "H.M", 1)

"""Entity classes of the round-9 fresh sheet's errors (helper ent11), in sentences written for these tests.

An ethnic group after a word for its people, a hospital, publisher or company by its abbreviated head, a
ministry whose two fields are joined by a dash, the last words of a body's name (a hospital's level or
number, a known name that goes on in lowercase), the traffic police of a place, a given name that begins
with a country, a cathedral named with its city, what follows a byline's names (an outlet after a dash,
the place reported from), and a club after one player's word.  Each class has counter-examples.
"""

from __future__ import annotations

import pytest

from entity_checks import ents as _ents, labels_over as _labels_over


# ---------------------------------------------------------------- a: ethnic groups

@pytest.mark.parametrize("text,word", [
    ("Thứ rượu ấy được đàn ông Xơ Đăng uống trước mùa săn.", "Xơ Đăng"),
    ("Đàn ông Mường thường vào rừng lấy mật ong.", "Mường"),
    ("Phụ nữ Hà Nhì thêu váy cho con gái về nhà chồng.", "Hà Nhì"),
    ("Già làng Ba Na kể sự tích cây nêu cho lũ trẻ.", "Ba Na"),
    ("Vùng cao này có các tộc người Gia Rai và Hà Nhì.", "Hà Nhì"),
    ("Ở đây có người Tày, Nùng và Cơ Tu sống xen kẽ.", "Cơ Tu"),
])
def test_ethnic_group_is_no_person_or_place(text, word):
    assert _labels_over(text, word) == set()


@pytest.mark.parametrize("text,span,label", [
    ("Hôm qua anh Hà Nhì đã bắt được con cá lớn.", "Hà Nhì", "PER"),
    ("Ông Lò Văn Tày làm trưởng bản đã mười năm.", "Lò Văn Tày", "PER"),
    ("Phụ nữ Thái Bình nổi tiếng đảm đang.", "Thái Bình", "LOC"),
    ("Ông ấy là người Lào sang làm ăn.", "Lào", "LOC"),
])
def test_names_and_places_after_such_words_stay(text, span, label):
    assert (span, label) in _ents(text)


# ---------------------------------------------------------------- b: abbreviated heads of bodies

@pytest.mark.parametrize("text,span", [
    ("Cô bé được chuyển lên BV Bạch Mai lúc nửa đêm.", "BV Bạch Mai"),
    ("GĐ BV Chợ Rẫy nói ca mổ đã thành công.", "BV Chợ Rẫy"),
    ("Sản phụ sinh con tại BV Từ Dũ sáng nay.", "BV Từ Dũ"),
    ("Anh ấy nằm ở BVĐK Xanh Pôn ba ngày.", "BVĐK Xanh Pôn"),
    ("Tuần sau NXB Kim Đồng in lại bộ truyện.", "NXB Kim Đồng"),
    ("Giám đốc Cty CP Cấp nước Hòa Bình xin lỗi khách hàng.", "Cty CP Cấp nước Hòa Bình"),
])
def test_abbreviated_head_and_name_are_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text", [
    "BV đã nhận thêm mười ca trong tuần.",
    "Cty đã trả đủ lương cho công nhân.",
])
def test_bare_abbreviated_head_is_no_entity(text):
    assert _ents(text) == []


# ---------------------------------------------------------------- c: a ministry's fields joined by a dash

@pytest.mark.parametrize("text,span", [
    ("Ngay khi Bộ Giáo dục – Đào tạo ra quy chế, các trường đã họp.", "Bộ Giáo dục – Đào tạo"),
    ("Bộ Giáo dục-Đào tạo sẽ sửa thông tư này.", "Bộ Giáo dục-Đào tạo"),
    ("Văn bản của Bộ Thông tin - Truyền thông nêu rõ điều đó.", "Bộ Thông tin - Truyền thông"),
    ("Bộ Giao thông – Vận tải vừa trả lời cử tri.", "Bộ Giao thông – Vận tải"),
    ("Bộ Nông nghiệp – Phát triển nông thôn cảnh báo dịch.", "Bộ Nông nghiệp – Phát triển nông thôn"),
])
def test_dashed_fields_make_one_ministry(text, span):
    assert (span, "ORG") in _ents(text)


def test_two_bodies_around_a_dash_stay_two():
    found = _ents("Vụ Pháp chế - Bộ Tư pháp góp ý dự thảo.")
    assert ("Vụ Pháp chế", "ORG") in found and ("Bộ Tư pháp", "ORG") in found


# ---------------------------------------------------------------- d: the last words of a body's name

@pytest.mark.parametrize("text,span", [
    ("Bé trai được đưa tới BV Nhi đồng 2 trong đêm.", "BV Nhi đồng 2"),
    ("Ông từng làm ở Bệnh viện Quân y 175 nhiều năm.", "Bệnh viện Quân y 175"),
    ("Hai ca nặng đã được chuyển lên BV Lão khoa Trung ương.", "BV Lão khoa Trung ương"),
    ("Bác sĩ Hùng (Bệnh viện K TƯ) khuyên người bệnh đi khám sớm.", "Bệnh viện K TƯ"),
])
def test_hospital_keeps_its_number_or_central_level(text, span):
    assert (span, "ORG") in _ents(text)


def test_a_count_after_a_hospital_is_not_its_number():
    assert ("BV Bạch Mai", "ORG") in _ents("Ông nằm ở BV Bạch Mai 3 ngày rồi về quê.")


@pytest.mark.parametrize("text,span", [
    ("Cục Văn hóa cơ sở đã yêu cầu địa phương báo cáo.", "Cục Văn hóa cơ sở"),
    ("Giá mua của Công ty TNHH một thành viên Vàng bạc đá quý Hồng Phát giảm nhẹ.",
     "Công ty TNHH một thành viên Vàng bạc đá quý Hồng Phát"),
    ("Tập đoàn Vàng bạc đá quý Doji tăng giá bán.", "Tập đoàn Vàng bạc đá quý Doji"),
    ("Sáng nay Công ty Vàng bạc đá quý HKT niêm yết giá mới.", "Công ty Vàng bạc đá quý HKT"),
])
def test_known_name_goes_on_in_lowercase(text, span):
    assert (span, "ORG") in _ents(text)


def test_the_department_alone_stays_short():
    assert ("Cục Văn hóa", "ORG") in _ents("Cục Văn hóa đã gửi báo cáo lên Bộ.")


# ---------------------------------------------------------------- e: traffic police of a place

@pytest.mark.parametrize("text,span", [
    ("Chiếc xe bị CSGT thành phố Hải Dương chặn lại.", "CSGT thành phố Hải Dương"),
    ("Tổ công tác của CSGT quận Cầu Giấy lập biên bản.", "CSGT quận Cầu Giấy"),
    ("Hôm qua CSGT Hà Nội xử phạt hàng trăm xe.", "CSGT Hà Nội"),
])
def test_traffic_police_and_place_are_one_org(text, span):
    assert (span, "ORG") in _ents(text)


def test_bare_traffic_police_is_no_entity():
    assert _ents("Lực lượng CSGT đã có mặt kịp thời.") == []


# ---------------------------------------------------------------- f: given names that begin with a country

@pytest.mark.parametrize("text,span", [
    ("Đêm qua ca sĩ Mỹ Linh hát ba bài.", "Mỹ Linh"),
    ("Cô Mỹ Tâm vừa mở bán vé đêm nhạc.", "Mỹ Tâm"),
    ("Cầu thủ Đức Huy đá chính trận này.", "Đức Huy"),
    ("Nữ ca sĩ Ý Lan về nước biểu diễn.", "Ý Lan"),
])
def test_given_name_beginning_with_a_country_is_one_person(text, span):
    assert (span, "PER") in _ents(text)


@pytest.mark.parametrize("text,country", [
    ("Tổng thống Mỹ Trump phát biểu tối qua.", "Mỹ"),
    ("Nữ ca sĩ Mỹ Taylor Swift ra album mới.", "Mỹ"),
])
def test_country_before_a_foreign_name_stays(text, country):
    assert (country, "LOC") in _ents(text)


# ---------------------------------------------------------------- g: a cathedral named with its city

@pytest.mark.parametrize("text,span", [
    ("Khách du lịch xếp hàng vào Nhà thờ Đức Bà Paris.", "Nhà thờ Đức Bà Paris"),
    ("Khách đứng chụp ảnh trước nhà thờ Đức bà Paris.", "nhà thờ Đức bà Paris"),
    ("Nhà thờ Đức Bà Sài Gòn đang được sửa mái.", "Nhà thờ Đức Bà Sài Gòn"),
])
def test_cathedral_keeps_its_city(text, span):
    assert (span, "LOC") in _ents(text)


def test_police_near_a_cathedral_is_no_body_named_by_it():
    assert ("Nhà thờ Đức Bà Paris", "LOC") in _ents("Hắn lao vào tấn công cảnh sát gần Nhà thờ Đức Bà Paris.")


def test_cathedral_does_not_run_on_to_a_later_place():
    found = _ents("Nhà thờ Đức Bà nằm ngay giữa trung tâm Sài Gòn.")
    assert ("Nhà thờ Đức Bà", "LOC") in found and ("Sài Gòn", "LOC") in found
    assert ("Nhà thờ Đức Bà", "LOC") in _ents("Nhà thờ Đức Bà nằm gần đường Pasteur.")


# ---------------------------------------------------------------- h: what follows a byline's names

@pytest.mark.parametrize("text,span", [
    ("Bài viết kết thúc.\nHải Nam - Thể thao Việt Nam | 20:10 05/03/2017", "Thể thao Việt Nam"),
    ("Bài viết kết thúc.\nMinh Khuê - Thể Thao Việt Nam", "Thể Thao Việt Nam"),
])
def test_outlet_after_a_byline_dash_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)


def test_phrase_with_the_outlets_words_elsewhere_is_no_outlet():
    assert _labels_over("Nền thể thao Việt Nam còn nhiều việc phải làm.", "thể thao") == set()


@pytest.mark.parametrize("text,place", [
    ("Bài viết kết thúc.\nHà Phương - Quốc Việt (Từ Incheon)", "Incheon"),
    ("Bài viết kết thúc.\nVăn Long (từ Bangkok)", "Bangkok"),
])
def test_place_reported_from_is_a_place(text, place):
    assert (place, "LOC") in _ents(text)
    assert not any(label == "PER" and "ừ " in span for span, label in _ents(text))


def test_from_inside_a_sentence_is_no_place_reported_from():
    assert "LOC" not in _labels_over("Anh ấy có lời hứa (từ Everton) rằng sẽ được ra đi.", "Everton")


def test_person_named_tu_in_brackets_stays():
    assert ("Từ Hy Viên", "PER") in _ents("Nữ diễn viên (Từ Hy Viên) vừa sinh con thứ hai.")


# ---------------------------------------------------------------- i: a club after one player's word

@pytest.mark.parametrize("text,club", [
    ("MU từng hỏi mua tiền đạo Barca hồi đầu năm.", "Barca"),
    ("Ông muốn đưa cựu cầu thủ Bilbao lên làm đội trưởng.", "Bilbao"),
    ("Cả đội nghe HLV Chelsea dặn dò trước trận.", "Chelsea"),
    ("Hôm ấy tiền đạo Juventus Paulo Dybala lập cú đúp.", "Juventus"),
])
def test_club_after_a_player_word_is_an_org(text, club):
    assert (club, "ORG") in _ents(text)


@pytest.mark.parametrize("text,span", [
    ("Tiền đạo Công Phượng ghi bàn ở phút cuối.", "Công Phượng"),
    ("Hôm ấy tiền đạo Juventus Paulo Dybala lập cú đúp.", "Paulo Dybala"),
])
def test_player_after_a_player_word_stays_a_person(text, span):
    assert (span, "PER") in _ents(text)


def test_two_clubs_after_a_player_word_are_two_orgs():
    found = _ents("Bảng chấm điểm cầu thủ Chelsea Everton sau trận")
    assert ("Chelsea", "ORG") in found and ("Everton", "ORG") in found

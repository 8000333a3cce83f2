"""Where a person's name starts and ends, and words that look like names but are not people.

Every sentence here is written for the test; none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.entities import find_entities


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text)]


def persons(text: str) -> list[str]:
    return [t for t, label in ents(text) if label == "PER"]


# ------------------------------------------------------------------ initials with dots


@pytest.mark.parametrize("text, name", [
    ("Sáng nay, anh P.V.K đã đến công an trình báo.", "P.V.K"),
    ("Người bị hại là bà Đ.T.L., năm nay 70 tuổi.", "Đ.T.L."),
    ("Cựu tổng thống B.Obama có bài phát biểu dài.", "B.Obama"),
    ("Tin và ảnh: Th.Hằng", "Th.Hằng"),
    ("Hàng xóm kể chị Lê T.H thường về muộn.", "Lê T.H"),
])
def test_dotted_initials_are_one_name(text, name):
    assert name in persons(text)


def test_an_initial_does_not_swallow_the_next_sentence():
    assert persons("Người đến sau là ông Khải.Ông Bình đến trước.") != ["Khải.Ông Bình"]
    assert "Khải" in persons("Người đến sau là ông Khải.Ông Bình đến trước.")


# ------------------------------------------------------------------ hyphens and particles of foreign names


@pytest.mark.parametrize("text, name", [
    ("Ông Park Geun-hye từng giữ chức tổng thống.", "Park Geun-hye"),
    ("Nhà lãnh đạo Kim Jong-il qua đời năm 2011.", "Kim Jong-il"),
    ("Phát biểu của ông Al-Jubeir được nhiều báo đăng lại.", "Al-Jubeir"),
    ("HLV Jean-Marc Durand chia tay đội bóng.", "Jean-Marc Durand"),
    ("Ông Ludwig van Beek nhận giải thưởng.", "Ludwig van Beek"),
    ("Bà Maria de Souza phát biểu khai mạc.", "Maria de Souza"),
])
def test_foreign_names_keep_their_hyphens_and_particles(text, name):
    assert name in persons(text)


def test_a_hyphen_between_two_vietnamese_names_or_a_credit_still_splits():
    got = ents("Cặp Trần Thị Mai-Lê Thu Hà thắng ở chung kết.")
    assert ("Trần Thị Mai-Lê Thu Hà", "PER") not in got
    got = ents("Ảnh: Quốc Khánh-TTXVN")
    assert ("Quốc Khánh", "PER") in got


# ------------------------------------------------------------------ not people


@pytest.mark.parametrize("text, site", [
    ("Nói với phóng viên Vietnamnet.vn, ông Tâm cho biết như vậy.", "Vietnamnet"),
    ("Theo ghi nhận của phóng viên Kenh14.vn tại hiện trường.", "Kenh14"),
])
def test_a_name_before_a_domain_is_a_web_site_not_a_person(text, site):
    assert site not in persons(text)


@pytest.mark.parametrize("text, agency", [
    ("Chiếc tiêm kích cất cánh. Ảnh: Reuters. Sau đó máy bay hạ cánh.", "Reuters"),
    ("Ngôi sao tại buổi ra mắt phim (Ảnh: Soompi) trong tối qua.", "Soompi"),
    ("Con tàu trong lần chạy thử. Nguồn ảnh: Weibo. Chiếc tàu dài 300 m.", "Weibo"),
])
def test_a_one_word_foreign_credit_is_an_agency(text, agency):
    assert (agency, "ORG") in ents(text)
    assert agency not in persons(text)


def test_a_one_word_vietnamese_credit_stays_a_person():
    assert ("Hưng", "PER") in ents("Hiện trường vụ cháy. Ảnh: Hưng. Lực lượng cứu hỏa có mặt.")


# ------------------------------------------------------------------ a place or body before the name


@pytest.mark.parametrize("text, place, name", [
    ("Chủ tịch Đà Nẵng Huỳnh Đức Thơ chủ trì cuộc họp.", "Đà Nẵng", "Huỳnh Đức Thơ"),
    ("Thủ tướng Anh Boris Johnson tuyên bố từ chức.", "Anh", "Boris Johnson"),
    ("Ngoại trưởng Nhật Bản Fumio Kishida thăm Hà Nội.", "Nhật Bản", "Fumio Kishida"),
])
def test_a_place_between_post_and_name_is_a_place(text, place, name):
    got = ents(text)
    assert (place, "LOC") in got
    assert (name, "PER") in got


def test_a_body_in_title_case_between_post_and_name_is_left_out():
    assert persons("Thủ tướng Chính Phủ Phạm Minh Chính chủ trì phiên họp.") == ["Phạm Minh Chính"]


# ------------------------------------------------------------------ where a name ends


@pytest.mark.parametrize("text, name", [
    ("Phim mới của Lâm Chí Dĩnh Mới đây đã ra rạp.", "Lâm Chí Dĩnh"),
    ("Kỷ niệm với ca sĩ Ngọc Lan Khi còn nhỏ, cô hát rất hay.", "Ngọc Lan"),
    ("Ai cũng biết Võ Tắc Thiên Hoàng đế duy nhất của Trung Hoa.", "Võ Tắc Thiên"),
    ("Sách viết về Lưu Bị Hoàng đế nhà Thục.", "Lưu Bị"),
    ("Câu chuyện của Lý Công Uẩn Hoàng đế nhà Lý.", "Lý Công Uẩn"),
])
def test_a_name_stops_before_a_clause_word_or_a_title_after_it(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("name", ["Ngô Mới", "Nguyễn Hữu Đang", "Tôn Ngộ Không"])
def test_given_names_that_are_also_common_words_are_kept(name):
    assert name in persons(f"Ông {name} đã về quê ăn Tết.") or name in persons(f"Vai diễn {name} rất nổi tiếng.")


# ------------------------------------------------------------------ schools and streets named after people


@pytest.mark.parametrize("text, school", [
    ("Cô dạy Văn ở Trường THPT Phan Bội Châu nhiều năm.", "Trường THPT Phan Bội Châu"),
    ("Điểm chuẩn THPT Việt Đức và THCS Trưng Vương đều tăng.", "THPT Việt Đức"),
    ("Con tôi học lớp 3 trường Võ Thị Sáu gần nhà.", "trường Võ Thị Sáu"),
    ("Lễ khai giảng tại Trường Tiểu học Kim Đồng diễn ra sớm.", "Trường Tiểu học Kim Đồng"),
])
def test_a_school_named_after_a_person_is_one_org(text, school):
    got = ents(text)
    assert (school, "ORG") in got
    assert not any(label == "PER" and t in school for t, label in got)


@pytest.mark.parametrize("text", [
    "Thị phần của hãng tại thị trường Lào tăng nhanh.",
    "Chủ tịch tập đoàn TH Lê Văn Hòa phát biểu.",
])
def test_words_that_are_not_schools(text):
    assert not any(label == "ORG" and t.lower().startswith(("trường", "th ")) for t, label in ents(text))


@pytest.mark.parametrize("text, street", [
    ("Hai xe va chạm trên đường Hoàng Quốc Việt và Phạm Văn Đồng.", "Phạm Văn Đồng"),
    ("Các tuyến đường Lê Duẩn, Nguyễn Du, Bà Triệu được rửa sạch.", "Nguyễn Du"),
    ("Xe dừng lại ở ngã tư Lý Thường Kiệt để chờ đèn.", "ngã tư Lý Thường Kiệt"),
])
def test_streets_named_after_people_are_places(text, street):
    got = ents(text)
    assert (street, "LOC") in got
    assert not any(label == "PER" and street.endswith(t) for t, label in got)


def test_a_person_after_a_street_with_a_cue_stays_a_person():
    got = ents("Nhà ở đường Lý Tự Trọng, ông Trần Văn Bảy cho biết.")
    assert ("Trần Văn Bảy", "PER") in got


# ------------------------------------------------------------------ a cue decides


def test_a_person_after_a_cue_beats_a_school_guess():
    assert persons("Nghệ sĩ hài Trường Sơn khéo léo pha trò.") == ["Trường Sơn"] or \
        persons("Danh hài Trường Sơn khéo léo pha trò.") == ["Trường Sơn"]


def test_a_venue_after_a_cue_word_is_kept():
    assert ("Nhà hát Lớn Hà Nội", "PER") not in ents("Các nghệ sĩ Nhà hát Lớn Hà Nội biểu diễn.")
    assert "Nhà" not in persons("Các nghệ sĩ Nhà hát kịch Trung ương biểu diễn.")


def test_a_double_family_name_is_kept_and_a_model_code_is_no_name():
    assert "Laura Brown-Hill" in persons("Theo bà Laura Brown-Hill, chuyên gia tâm lý, trẻ cần ngủ đủ.")
    assert persons("Xe tăng Lê K-9 được trưng bày ở bảo tàng.") == []


def test_a_country_before_a_foreign_name_is_a_place():
    got = ents("Cô kết hôn với một kỹ sư người Thụy Điển Lars Olof Berg năm ngoái.")
    assert ("Thụy Điển", "LOC") in got
    assert ("Lars Olof Berg", "PER") in got


def test_a_player_cue_is_no_bridge():
    got = ents("Cầu thủ Lionel Messi đi bóng qua ba hậu vệ.")
    assert ("Lionel Messi", "PER") in got
    assert not any(t.startswith("Cầu") for t, _ in got)


def test_the_romance_article_la_is_no_family_name():
    assert persons("Nhiều đội bóng ở La Liga muốn mua anh.") == []
    assert persons("Anh hùng La Văn Cầu được nhắc đến.") == ["La Văn Cầu"]


def test_an_institution_after_a_cue_keeps_its_capitalised_words():
    got = ents("Các y bác sĩ Viện Tim mạch-Lồng ngực TW hiến máu.")
    assert not any(label == "PER" and t.startswith("Viện") for t, label in got)


def test_a_country_named_as_a_place_elsewhere_is_split_from_the_name():
    got = ents("Tổng thống Belarus Alexander Lukashenko tiếp đoàn. Đoàn ở lại tại Belarus ba ngày.")
    assert ("Belarus", "LOC") in got[:1]
    assert ("Alexander Lukashenko", "PER") in got


def test_the_streets_of_a_route_are_places():
    got = ents("Xe đi qua Tràng Thi - Lý Thường Kiệt - Trần Hưng Đạo - Phan Chu Trinh rồi về bến.")
    assert ("Lý Thường Kiệt", "LOC") in got
    assert not any(label == "PER" for _, label in got)


@pytest.mark.parametrize("text", [
    "Nhiều người chờ khám tại bệnh viện Hoàng Văn Hạnh từ sáng sớm.",
    "Nguồn: Theo Tuoitre",
])
def test_names_of_hospitals_and_source_lines_are_no_people(text):
    assert persons(text) == []


def test_a_crossing_names_two_streets_and_a_republic_is_no_name():
    got = ents("Cửa hàng ở ngã tư Lê Văn Sỹ - Huỳnh Văn Bánh bị cháy.")
    assert ("Huỳnh Văn Bánh", "LOC") in got
    assert persons("Chủ tịch nước đón Tổng thống Cộng hòa Áo sáng nay.") == []


def test_a_given_name_after_tới_is_no_place():
    got = ents("Ông gặp nhiều tổng thống, từ John Kennedy tới Barack Obama. Tổng thống Barack Obama rất vui.")
    assert ("Barack Obama", "PER") in got
    assert ("Barack", "LOC") not in got

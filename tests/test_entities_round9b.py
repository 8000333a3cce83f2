"""Entity labels and spans of issue 16's round-9 classes (helper ent9b), in sentences written for these tests.

Clubs named like people in a match report; credits to agencies and outlets; given names that begin with
a kin word or spell a city, read from the article's own full names; a caption's last word and the next
caption's first.
"""

from __future__ import annotations

import pytest

from entity_checks import ents as _ents


# ---------------------------------------------------------------- clubs named like people

@pytest.mark.parametrize("text,team", [
    # a score line between two sides (a name of a family name, a middle and a given name)
    ("Kết quả vòng 4 giải futsal: Lê Bảo Trung 3-2 Phúc Lộc Sài Gòn. Thủ môn hai đội đều chơi hay.", "Lê Bảo Trung"),
    # a score given to a side
    ("Ở phút 12, pha đá phạt góc giúp nâng tỷ số lên 2-0 cho Trần Gia Phát. Hiệp 2 diễn ra chậm.", "Trần Gia Phát"),
    ("Đội khách thắng 4-1 trước Vạn Xuân Bắc trong trận đấu tối qua, tiền đạo ghi bàn đẹp.", "Vạn Xuân Bắc"),
    # a club word before the name, the word included
    ("CLB Đinh Lâm Nam vừa chiêu mộ thêm hai tiền đạo trước lượt về V-League.", "CLB Đinh Lâm Nam"),
    # a side word before the name
    ("Đội chủ nhà Hưng Phát Lạng Sơn để thủng lưới ngay phút đầu, thủ môn đứng chôn chân.", "Hưng Phát Lạng Sơn"),
    # two sides sharing the points
    ("Sông Hồng 2 và Minh Phú Ninh Bình chia điểm sau 90 phút không có bàn thắng.", "Minh Phú Ninh Bình"),
    # a foreign club's name with a hyphen, after the club word
    ("Đội bóng của ông bầu thắng CLB Najaf Al-Shorta với tỷ số 3-1, tiền đạo ghi bàn.", "CLB Najaf Al-Shorta"),
    # a side across a verb of the match from a side whose name has a club's marker
    ("Trịnh Gia Nam bất ngờ thua Sông Lô FC ở vòng đấu thứ 3, hậu vệ mắc lỗi dẫn đến bàn thua.", "Trịnh Gia Nam"),
    # a timed fixture list
    ("Lịch thi đấu futsal ngày 5/7 14h00: Bạch Đằng Nam – Phong Lan Hưng Yên 16h00: Hòa Phát Đông – Sao Mai FC. "
     "Thủ môn nghỉ vì chấn thương.", "Bạch Đằng Nam"),
])
def test_match_sides_are_teams(text, team):
    assert (team, "ORG") in _ents(text)
    assert not any(label == "PER" and team.endswith(t) for t, label in _ents(text))


def test_every_mention_of_a_team_is_the_team():
    text = ("Hiệp 1 trận futsal tối qua, Lê Bảo Trung dẫn 2-0 nhờ hai bàn thắng. Lê Bảo Trung 3-2 Phúc Lộc Sài Gòn. "
            "Các cầu thủ Lê Bảo Trung ăn mừng cùng khán giả. Sau trận, Lê Bảo Trung lên đầu bảng.")
    ents = _ents(text)
    assert ents.count(("Lê Bảo Trung", "ORG")) == 4
    assert ("Phúc Lộc Sài Gòn", "ORG") in ents


def test_sponsor_before_a_province_written_twice():
    text = ("Vòng 3 giải bóng đá nữ: Than Mỏ Thái Nguyên có bàn thắng sớm. "
            "Thủ môn của Than Mỏ Thái Nguyên cứu thua nhiều lần trong hiệp 2.")
    assert _ents(text).count(("Than Mỏ Thái Nguyên", "ORG")) == 2


@pytest.mark.parametrize("text,person", [
    # a player after a person cue stays a person, even where the club's cues stand
    ("Trong trận đấu, đồng đội Văn Toàn ghi bàn thắng, thủ môn Bùi Long bất lực.", "Văn Toàn"),
    ("Tiền đạo Nguyễn Văn Quyết ghi bàn thắng ở phút 30, nâng tỷ số lên 2-0 cho Nguyễn Văn Quyết.", "Nguyễn Văn Quyết"),
    # a full name with the middle name of a woman is a person, whatever it stands after
    ("Phút 29, Phạm Thị Hoa chuyền vào để Lê Thị Nguyệt đệm bóng mở tỷ số 1-0 cho Lê Thị Nguyệt ở hiệp 1.",
     "Lê Thị Nguyệt"),
    # a team named after a person whom the article names with a family name is the person's name
    ("Đội bóng Công Vinh thắng 3-2 trong trận giao hữu, sau đó Lê Công Vinh ghi bàn thắng.", "Lê Công Vinh"),
    # the players of a list after `các cầu thủ` are people
    ("Trong loạt đá phạt đền, các cầu thủ Khắc Tuấn, Văn Lợi đều ghi bàn thắng.", "Khắc Tuấn"),
])
def test_people_of_a_match_stay_people(text, person):
    assert (person, "PER") in _ents(text)
    assert not any(label == "ORG" and person in t for t, label in _ents(text))


@pytest.mark.parametrize("text,word", [
    # no match report: a name after a verb of winning is not a team
    ("Bà Thái Thanh Nam thắng kiện sau hai năm theo đuổi vụ việc.", "Thái Thanh Nam"),
    # a national team stays its country; a region is no team
    ("Trận đấu tối qua, đội bóng Nam Mỹ ghi bàn thắng phút 80, thắng 2-0 trước ĐT Peru.", "Nam Mỹ"),
    # clubs counted: the words after them are no club's name
    ("Đội hình thi đấu của 2 CLB Minh Hải hôm nay có nhiều tiền đạo trẻ, ghi bàn thắng nhiều.", "CLB Minh Hải"),
])
def test_no_team_outside_a_match_side(text, word):
    assert not any(label == "ORG" and word in t for t, label in _ents(text))


def test_glued_results_read_no_two_names_as_one():
    # results printed one after another: the middle sides hold two teams' names each
    text = "Kết quả bóng đá cúp quốc gia, ghi bàn: Hamm 2-0 Koln Bremen 1-1 Mainz Bayern 1-0 Essen."
    assert not any(label == "ORG" and t in ("Koln Bremen", "Mainz Bayern") for t, label in _ents(text))


# ---------------------------------------------------------------- credits to agencies and outlets

@pytest.mark.parametrize("text,agency", [
    # a caption's credit glued to the next sentence's first word (with or without a space after the colon)
    ("Hai nhà lãnh đạo bắt tay. Ảnh:Reuters Việc hai nước nối lại đàm phán được hoan nghênh.", "Reuters"),
    ("Đoàn xe qua biên giới. Ảnh: Sputnik Trong khi đó, phía Ukraine phản đối.", "Sputnik"),
    ("Người dân xếp hàng ở nhà ga. Ảnh: Xinhua Nhiều hành khách đã chờ từ sáng.", "Xinhua"),
    ("Ngoại trưởng phát biểu. Ảnh: Yonhap Hàn Quốc cho biết sẽ đáp trả.", "Yonhap"),
    # an outlet of two Latin words, one an outlet word, glued to the next sentence
    ("Cuộc họp báo tại Nhà Trắng. Ảnh: Getty Images Cuộc họp kéo dài hai giờ.", "Getty Images"),
    # an acronym and the Latin words of its name, the whole credit
    ("Nữ vận động viên trên bục nhận giải. Ảnh: NBC Olympics. Cô sinh năm 1997.", "NBC Olympics"),
    ("Bãi biển vắng khách (Ảnh: CNN Travel) Mùa này ít người tới.", "CNN Travel"),
    # a source in Latin letters after `Nguồn`
    ("Lực lượng cứu hộ tại hiện trường. (Nguồn: AFP) Vụ việc xảy ra lúc rạng sáng.", "AFP"),
    ("Tàu thăm dò trên quỹ đạo. (Nguồn: NASA) Kế hoạch phóng bị hoãn.", "NASA"),
    ("Tên lửa được phóng thử. (Nguồn: EPA/TTXVN) Hội đồng Bảo an họp khẩn.", "EPA"),
])
def test_agency_credits_are_organisations(text, agency):
    ents = _ents(text)
    assert (agency, "ORG") in ents
    assert not any(label == "PER" and (agency in t or t in agency) for t, label in ents)


@pytest.mark.parametrize("text,person", [
    # a person credited stays a person
    ("Cảnh đồng lúa chín. Ảnh: Hoàng Giang Nhiều nông dân đã thu hoạch xong.", "Hoàng Giang"),
    # a foreign photographer's name of Latin words that spell Vietnamese syllables
    ("Hình xăm trên bụng người mẹ trẻ. (Ảnh: REUTERS/Kim Song) Cô đã chọn hình bông hoa.", "Kim Song"),
    # a foreign given name and a Vietnamese family name: one person
    ("Nhà thờ xây từ thế kỷ trước. Ảnh: Brian Trần. Nhà thờ nằm trên con phố cổ.", "Brian Trần"),
    # a foreign photographer's name of several Latin words
    ("Người biểu tình trước tòa nhà. Ảnh: Jeff J Mitchell Cuộc tuần hành kéo dài.", "Jeff J Mitchell"),
])
def test_person_credits_stay_people(text, person):
    ents = _ents(text)
    assert (person, "PER") in ents


@pytest.mark.parametrize("text,span", [
    # a body after `Nguồn` is read by the body rules, no agency cut from it
    ("Bảng số liệu. Nguồn: UBND tỉnh Hà Giang", "UBND tỉnh Hà Giang"),
    # an acronym credited before the next sentence's Vietnamese words takes none of them
    ("Khán giả chật kín khán đài. Ảnh: AFP Nhiều người phải đứng xem.", "AFP"),
])
def test_credit_edges(text, span):
    assert (span, "ORG") in _ents(text)


# ---------------------------------------------------------------- a caption glued to the next sentence

@pytest.mark.parametrize("text,bad,good", [
    # a place's head word ends a caption; the next caption opens with a quantifier: no place named
    ("Khách hành hương chạm tay vào mái đình Nhiều người tin rằng làm vậy sẽ gặp may.", "đình Nhiều", None),
    ("Cây nến được thắp quanh tháp chuông Mọi người đứng lặng yên cầu nguyện.", "chuông Mọi", None),
    # a named place or a person before the quantifier keeps its own name only
    ("Ảnh chụp tại đình Kim Liên Mọi người chen nhau vào lễ.", "đình Kim Liên Mọi", "đình Kim Liên"),
    ("Chợ hoa ở phố Hàng Lược Một số người bán từ đêm qua.", "phố Hàng Lược Một", "phố Hàng Lược"),
    ("Cụ bà nhận quà từ tình nguyện viên. Ảnh: Đặng Khoa Nhiều gia đình được hỗ trợ gạo.", "Đặng Khoa Nhiều",
     "Đặng Khoa"),
    ("Hoàn cảnh của chị rất đáng thương. Lê Thị Mến Mọi đóng góp xin gửi về tòa soạn.", "Lê Thị Mến Mọi", "Lê Thị Mến"),
])
def test_quantifier_opening_a_sentence_is_no_name_word(text, bad, good):
    spans = [t for t, _ in _ents(text)]
    assert bad not in spans
    if good:
        assert good in spans


@pytest.mark.parametrize("text,span", [
    # before a capital, or as a place's last word, the same words are names' words
    ("Đoàn khách đến thăm chùa Một Cột vào sáng sớm.", "chùa Một Cột"),
    ("Trụ sở cũ được giao cho UBND TP Thủ Dầu Một quản lý.", "UBND TP Thủ Dầu Một"),
    ("Người dân Thủ Dầu Một đi bầu cử từ sáng.", "Thủ Dầu Một"),
])
def test_quantifier_inside_names_stays(text, span):
    assert span in [t for t, _ in _ents(text)]


# ---------------------------------------------------------------- given names with a kin word or a city's name

@pytest.mark.parametrize("text,name", [
    # inside a sentence a capital `Anh` before a given name is the name's first syllable
    ("Trung vệ này từng phạm lỗi thô bạo với Anh Khoa ở mùa giải trước.", "Anh Khoa"),
    ("Buổi ra mắt phim có sự góp mặt của nữ diễn viên Anh Thư và đạo diễn.", "Anh Thư"),
    ("Các chân sút như Anh Tài, Văn Lợi đều bỏ lỡ cơ hội.", "Anh Tài"),
    # at a sentence's start, only when the article writes the full name
    ("Thí sinh Phạm Anh Quân đạt điểm cao nhất. Anh Quân cho biết em học thêm mỗi tối.", "Anh Quân"),
])
def test_given_name_beginning_with_anh(text, name):
    ents = _ents(text)
    assert (name, "PER") in ents
    assert (name.split()[1], "PER") not in ents


@pytest.mark.parametrize("text,name", [
    # a sentence's first `Anh` with no full name in the article is the kin word
    ("Anh Quân cho biết đã làm nghề mộc hơn 20 năm.", "Anh Quân"),
    # the country after a preposition or a post, or before a foreign name
    ("Nhiều sinh viên sang Anh Du học trong năm nay.", "Anh Du"),
    ("Cô từng là giảng viên tiếng Anh Văn Lang trước khi nghỉ.", "Anh Văn"),
    ("Ảnh chụp tại Lâu đài Dover, Anh Lâu đài này rất cổ.", "Anh Lâu"),
    # the article writes the kin word in lowercase before the same name: its capital is the kin word too
    ("Theo anh Sáng, nghề này vất vả. Thứ nhất, khi lắp máy Anh Sáng cho biết phải kiểm tra kỹ.", "Anh Sáng"),
])
def test_anh_that_is_no_given_name(text, name):
    assert (name, "PER") not in _ents(text)


@pytest.mark.parametrize("text,name", [
    ("Đối tượng Lê Huế (40 tuổi) bị bắt quả tang. Tại cơ quan công an, Huế khai nhận đã trộm hai xe máy.", "Huế"),
    ("Trần Vinh (25 tuổi) cùng đồng bọn đi trộm. Ngay lúc đó, Vinh liền bảo đồng bọn dừng xe.", "Vinh"),
])
def test_given_name_that_spells_a_city(text, name):
    ents = _ents(text)
    assert ents.count((name, "PER")) == 1
    assert (name, "LOC") not in ents


def test_given_name_pair_of_a_full_name():
    text = "Tiền đạo Lê Công Vinh giải nghệ. Trong phóng sự, Công Vinh chia sẻ về những năm thi đấu."
    assert ("Công Vinh", "PER") in _ents(text)


def test_the_city_stays_a_city():
    # the article names a person called like the city, but the city stands where a place stands
    text = "Ông Lê Văn Vinh sống ở Vinh từ nhỏ. Vinh đã trở thành đô thị loại I năm 2008."
    ents = _ents(text)
    assert ents.count(("Vinh", "LOC")) == 2


def test_anh_after_a_caption_is_the_kin_word():
    # two spaces end a caption: the next one opens with the kin word
    text = "Công nhân phơi giấy ngoài sân. Ảnh: Minh Hà  Anh Đạo, chủ xưởng, cho biết năm nay hàng bán chạy."
    assert ("Anh Đạo", "PER") not in _ents(text)

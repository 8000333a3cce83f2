"""Entity classes of issue 16's round-9 development sheet (helper ent10e), in sentences written for these tests.

Capitalised words whose use names no entity of the kind their letters suggest: a garment or a word opening a
sentence read as a country, figurative villages and markets, a body inside a job title or a verb phrase,
stars, martial-arts styles and deities read as people, a club after a plural of players, holy places and
streets named with an honorific, a given name that spells a country, and the subject's own Facebook as a
photo source.  Each class has counter-examples whose real entities must stay.
"""

from __future__ import annotations

import pytest

from entity_checks import ents as _ents, labels_over as _labels_over


# ---------------------------------------------------------------- class 1: common words read as places or bodies

@pytest.mark.parametrize("text,word", [
    ("Áo dài trắng là đồng phục của nữ sinh nhiều trường.", "Áo"),
    ("Cô mặc váy đỏ. Áo khoác mỏng giúp giữ ấm khi trời trở gió.", "Áo"),
    ("Ý kiến của cử tri được tổng hợp gửi lên huyện.", "Ý"),
    ("Đức tin giúp bà vượt qua những ngày khó khăn.", "Đức"),
])
def test_garment_or_word_opening_a_sentence_is_no_country(text, word):
    assert _labels_over(text, word) == set()


@pytest.mark.parametrize("text,word", [
    ("Áo và Đức ký thỏa thuận về người tị nạn.", "Áo"),
    ("Áo đã thắng 2-0 trong trận ra quân.", "Áo"),
    ("Đội tuyển đã sang Áo tập huấn từ tuần trước.", "Áo"),
])
def test_the_countries_stay(text, word):
    assert _labels_over(text, word) == {"LOC"}


@pytest.mark.parametrize("text,word", [
    ("Ban nhạc được coi là hiện tượng của làng Kpop năm nay.", "làng Kpop"),
    ("Clip đó từng làm chấn động làng MMA châu Á.", "làng MMA"),
    ("Ông là một võ sư ít tên tuổi của làng Thái Cực Quyền.", "Thái Cực Quyền"),
    ("Tiền vệ này sẽ ra đi trong phiên chợ Hè sắp tới.", "chợ Hè"),
    ("Câu lạc bộ chưa mua ai ở phiên chợ Đông năm ngoái.", "chợ Đông"),
])
def test_figurative_village_or_market_is_no_place(text, word):
    assert _labels_over(text, word) == set()


@pytest.mark.parametrize("text,span", [
    ("Lễ hội diễn ra ở làng Đông Hồ từ sáng sớm.", "làng Đông Hồ"),
    ("Bà con họp ở chợ Đông Ba để bàn việc sửa chợ.", "chợ Đông Ba"),
])
def test_real_villages_and_markets_stay(text, span):
    assert (span, "LOC") in _ents(text)


def test_government_relations_in_a_job_title_is_no_government():
    text = "Bà Lan, Giám đốc Quan hệ Chính phủ của tập đoàn, cho biết dự án sẽ khởi công."
    assert _labels_over(text, "Chính phủ") == set()
    assert ("Lan", "PER") in _ents(text)


def test_the_government_stays():
    text = "Chính phủ vừa ban hành nghị quyết về quan hệ Chính phủ với doanh nghiệp."
    assert _labels_over(text, "Chính phủ") == {"ORG"}


def test_ministry_verb_before_its_object_is_no_ministry():
    text = "Việc Bộ xây dựng bộ đề thi riêng cho mỗi thí sinh được đánh giá cao."
    assert _labels_over(text, "Bộ xây dựng") == set()


@pytest.mark.parametrize("text", [
    "Bộ xây dựng đã ban hành thông tư hướng dẫn định mức.",
    "Thứ trưởng Bộ Xây dựng cho biết Bộ Xây dựng kế hoạch trình Chính phủ đã xong.",
])
def test_ministry_of_construction_stays(text):
    assert "ORG" in _labels_over(text, text[text.index("Bộ"):text.index("Bộ") + 11])


# ---------------------------------------------------------------- class 2: non-persons read as people

def test_stars_of_the_cycle_are_no_people():
    text = "Trong chín sao, các sao xấu gồm: La Hầu, Kế Đô; các sao tốt như: Thái Dương, Thái Âm và Mộc Đức."
    assert not [x for x in _ents(text) if x[1] == "PER"]


def test_a_person_named_like_a_star_stays():
    text = "Ông Nguyễn Thái Dương, Chủ tịch xã, cho biết đường đã xong."
    assert ("Nguyễn Thái Dương", "PER") in _ents(text)


@pytest.mark.parametrize("text,word", [
    ("Ông là chưởng môn phái Vịnh Xuân ở Lyon (Pháp).", "Vịnh Xuân"),
    ("Cao thủ Vịnh Xuân hẹn thách đấu võ sư trong nước.", "Vịnh Xuân"),
    ("Người sáng lập môn Vịnh Xuân Quyền là một nữ ni.", "Vịnh Xuân Quyền"),
])
def test_martial_style_is_no_person_or_bay(text, word):
    assert _labels_over(text, word) == set()


def test_a_bay_or_a_commune_named_so_stays():
    text = "Tàu cá neo đậu ở xã Xuân Vinh, huyện Xuân Lộc."
    assert ("xã Xuân Vinh", "LOC") in _ents(text)


@pytest.mark.parametrize("text,word", [
    ("Ngư dân lập lăng thờ ông Nam Hải vì tin rằng vị thần ấy cứu người gặp nạn.", "Nam Hải"),
    ("Nhà nào cũng có bàn thờ Ông Địa, cúng một ly cà phê mỗi sáng.", "Địa"),
])
def test_deity_after_ong_is_no_person(text, word):
    assert _labels_over(text, word) == set()


def test_a_man_called_nam_hai_stays():
    text = "Ông Trần Nam Hải đã thắp hương ở đền làng. Sau đó ông Nam Hải về nhà."
    assert _labels_over(text, "Nam Hải", 1) == {"PER"}


@pytest.mark.parametrize("text,word,label", [
    ("HLV thừa nhận các cầu thủ Everton đã mệt sau ba trận.", "Everton", "ORG"),
    ("Ông chủ muốn những cầu thủ Juventus giữ bình tĩnh.", "Juventus", "ORG"),
    ("Các cầu thủ Anh chia tay đối thủ sau trận.", "Anh", "LOC"),
])
def test_club_or_country_after_plural_players(text, word, label):
    assert _labels_over(text, word) == {label}


def test_players_listed_by_name_stay_people():
    text = "Các cầu thủ Quang Hải, Văn Hậu đã hội quân."
    assert _labels_over(text, "Quang Hải") == {"PER"}
    text = "Cầu thủ Ronaldo đã ghi bàn."
    assert _labels_over(text, "Ronaldo") == {"PER"}


@pytest.mark.parametrize("text,span", [
    ("Đầu năm, dòng người đổ về đền Bà Chúa Xứ để dâng hương.", "đền Bà Chúa Xứ"),
    ("Quán cà phê nằm trên đường Bà Triệu gần hồ.", "đường Bà Triệu"),
    ("Nắng nóng làm các tuyến phố như: Hai Bà Trưng, Bà Triệu, Lê Duẩn vắng người.", "Bà Triệu"),
    ("Mưa ngập nhiều tuyến đường như Lê Văn Việt, Đỗ Xuân Hợp suốt đêm.", "Đỗ Xuân Hợp"),
])
def test_holy_place_or_street_with_an_honorific_is_one_place(text, span):
    assert (span, "LOC") in _ents(text)
    assert "PER" not in _labels_over(text, span)


def test_a_person_after_a_capital_ba_stays():
    text = "Cả nhà đến chùa. Bà Lan cho biết năm nào cũng đi."
    assert ("Lan", "PER") in _ents(text)


# ---------------------------------------------------------------- class 3: a given name that spells a country

@pytest.mark.parametrize("text,word", [
    ("Nghi phạm Trần Văn Đức (24 tuổi) bị bắt. Trước đó, Đức vào nhà lấy hai con dao.", "Đức"),
    ("Lê Minh Đức và bạn chặn đường anh Tài, còn Đức rút dao ra dọa.", "Đức"),
])
def test_given_name_spelling_a_country_is_the_person(text, word):
    assert _labels_over(text, word, 1) == {"PER"}


def test_the_country_acting_stays_a_country():
    text = "Ông Trần Văn Mỹ cho biết năm đó Mỹ rút khỏi hiệp định."
    assert _labels_over(text, "Mỹ", 1) == {"LOC"}
    text = "Đức vào bán kết sau khi thắng Ý."
    assert _labels_over(text, "Đức") == {"LOC"}


# ---------------------------------------------------------------- class 4: the subject's own Facebook

@pytest.mark.parametrize("text", [
    "Cô dâu rạng rỡ trong ngày cưới. Ảnh: FBNV",
    "Cặp đôi đã chia tay sau hai năm. Ảnh: FBNV. Tuy vậy họ vẫn là bạn.",
    "Chiếc xe bị đập phá. Ảnh: Facebook. Vụ việc đang được làm rõ.",
])
def test_own_facebook_as_photo_source_is_no_org(text):
    assert _ents(text) == []


def test_a_photo_credit_naming_a_person_stays():
    text = "Cô dâu rạng rỡ trong ngày cưới. Ảnh: Thu Hà"
    assert ("Thu Hà", "PER") in _ents(text)


def test_the_given_name_is_the_person_in_the_whole_article():
    text = ("Nghi phạm Lê Văn Đức (30 tuổi) bị bắt. Trước đó, Đức vào nhà lấy dao. Sau đó Hùng, Đức, Tâm cùng đi. "
            "Anh trai của nghi phạm đang làm việc ở Đức.")
    assert _labels_over(text, "Đức", 2) == {"PER"}
    assert _labels_over(text, "Đức", 3) == {"LOC"}


@pytest.mark.parametrize("text,word", [
    ("Đại diện gia đình Ông Tư đã nhận quà.", "Tư"),
    ("Cả nhà đến chùa. Bà Lan cho biết năm nào cũng đi.", "Lan"),
])
def test_a_person_after_a_family_word_or_a_new_sentence_stays(text, word):
    assert _labels_over(text, word) == {"PER"}

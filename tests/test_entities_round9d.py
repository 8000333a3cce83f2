"""Entity classes of issue 16's round-9 development sample (helper ent9d), in sentences written for these tests.

1. A name never ends between the two syllables of a word (``Quốc tế``, ``Hàng không``, ``Cảnh sát``):
   a body or a place takes the whole word, a person gives it back or is no name.
2. A heading or a list line without a full stop does not run into the next sentence's function word
   (``Vào``, ``Không ai``, ``Bên cạnh``).
3. Competitions, car and phone models and titles of works listed in the plural are no people.
4. A club named by its sponsor, its words and a province is one ORG.
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.entities import find_entities
from cchc_extract.facts.entities.compounds import two_syllable_words
from entity_checks import ents as _ents


def _texts(text: str) -> list[str]:
    return [e.text for e in find_entities(text)]


def test_the_word_list_is_there():
    words = two_syllable_words()
    assert {"quốc tế", "hàng không", "cảnh sát"} <= words
    assert "quốc" not in words  # two syllables only


# ------------------------------------------------------------------ 1. a name cut inside a word


@pytest.mark.parametrize("text,span,label", [
    ("Chuyến bay hạ cánh xuống Sân bay Quốc tế Incheon lúc rạng sáng.", "Sân bay Quốc tế Incheon", "LOC"),
    ("Hành khách chờ ở Sân bay Quốc tế Hamad suốt đêm.", "Sân bay Quốc tế Hamad", "LOC"),
    ("Tỉnh đề nghị Cục Hàng không cấp phép bay đêm.", "Cục Hàng không", "ORG"),
    ("Ông Lê Văn Tâm, Phó giám đốc Trung tâm điều phối ghép tạng Quốc gia, phát biểu.",
     "Trung tâm điều phối ghép tạng Quốc gia", "ORG"),
    ("Vé được phát hành bởi Công ty Xổ số kiến thiết miền Trung.", "Công ty Xổ số", "ORG"),
    ("Hai đội gặp nhau tại Cung Thể thao Quần Ngựa tối thứ bảy.", "Cung Thể thao Quần Ngựa", "LOC"),
])
def test_a_body_or_place_takes_the_whole_word(text, span, label):
    assert (span, label) in _ents(text)


@pytest.mark.parametrize("text,cut", [
    # a person's name gives the word back; one syllable left is no name
    ("Thượng tá Trần Văn Hùng, Tư lệnh Vùng Cảnh sát biển 2, kiểm tra tàu.", "Vùng Cảnh"),
    ("Cô từng lọt top 10 Hoa hậu Hữu nghị châu Á.", "Hữu"),
    ("Thủ môn Việt kiều này được gọi lên tuyển.", "Việt"),
    ("Vị Tổng thống Hồi giáo ấy bị lật đổ sau một năm.", "Hồi"),
])
def test_a_cut_person_is_no_name(text, cut):
    assert cut not in _texts(text)


@pytest.mark.parametrize("text,name", [
    # a caption without a full stop runs into a sentence that opens with a word of two syllables
    ("Nghệ sĩ Trần Minh Khoa Phóng viên: Thưa anh, vai diễn này khó không?", "Trần Minh Khoa"),
    ("Họ và tên mẹ: Lê Thị Thu Hà Địa chỉ: tổ 5, phường Tân Lập.", "Lê Thị Thu Hà"),
    ("Đình chỉ công tác công nhân Phạm Đức Long Thừa nhận sai phạm, đơn vị đã xin lỗi.", "Phạm Đức Long"),
])
def test_a_person_gives_the_word_back(text, name):
    assert (name, "PER") in _ents(text)


@pytest.mark.parametrize("text,name,label", [
    # counter-examples: the word after the name may begin another word, or be a function word
    ("Tai nạn khiến anh Tài tử vong tại chỗ.", "Tài", "PER"),
    ("Ca sĩ Trần Thành tâm sự về những ngày đầu vào nghề.", "Trần Thành", "PER"),
    ("Ông Mạc Văn Quân bị tạm giữ để điều tra.", "Mạc Văn Quân", "PER"),
    ("Nhà văn Phạm Xuân Nguyên sinh năm 1958 tại Hà Tĩnh.", "Phạm Xuân Nguyên", "PER"),
    ("Ông Nguyễn Thiện Nhân từ chối trả lời.", "Nguyễn Thiện Nhân", "PER"),
    # a whole place before the word keeps its span
    ("Giá vàng tại Hà Nội hiện đứng ở mức cao.", "Hà Nội", "LOC"),
    ("Du khách gặp nạn ở vịnh Hạ Long Đại diện Cảng vụ cho biết đã cứu được người.", "vịnh Hạ Long", "LOC"),
])
def test_names_before_a_word_are_kept(text, name, label):
    assert (name, label) in _ents(text)


def test_a_street_named_after_a_person_is_not_lengthened():
    assert ("đường Lê Trần Chí", "LOC") in _ents("Xe tải chạy trên đường Lê Trần Chí hướng từ cầu ra quốc lộ.")


# ------------------------------------------------------------------ 2. headings without a full stop


@pytest.mark.parametrize("text,name", [
    ("Những người đẹp lột xác. 2. Lâm Khánh Chi Không ai ngờ cô từng nặng 80kg.", "Lâm Khánh Chi"),
    ("3. Diễn viên Hồ Văn Cường và Lê Thu Trang Vào đầu tháng 6, hai người xác nhận chia tay.", "Lê Thu Trang"),
    ("Chủ tịch HĐND huyện Yên Thành, tỉnh Nghệ An Bên cạnh đó, nhiều cán bộ bị kỷ luật.", "tỉnh Nghệ An"),
    ("Ca sĩ Thu Minh Tôi thì may mắn hơn nhiều người.", "Thu Minh"),
    ("Ảnh: Phạm Hòa Vừa qua, công an huyện đã bắt giữ hai đối tượng.", "Phạm Hòa"),
    ("Người viết: Trần Hà Là một trong những cây bút trẻ, cô viết rất đều.", "Trần Hà"),
])
def test_a_heading_does_not_take_the_next_sentences_function_word(text, name):
    ents = _texts(text)
    assert name in ents
    assert not any(e.startswith(name + " ") for e in ents)


@pytest.mark.parametrize("text,name", [
    # counter-examples: given names that are also function words, and a Buddhist name
    ("Ông Nguyễn Văn Nhiều cho biết nước đã rút.", "Nguyễn Văn Nhiều"),
    ("TS Trương Quang Được, Viện trưởng, phát biểu.", "Trương Quang Được"),
    ("Vai diễn Tôn Ngộ Không rất nổi tiếng.", "Tôn Ngộ Không"),
    ("Tôn Ngộ Không bị nhốt dưới núi. Từ đó Tôn Ngộ Không chỉ còn cách chờ người giải cứu.", "Tôn Ngộ Không"),
    ("Trương Phi xin Lưu Bị lập tức xuất binh.", "Lưu Bị"),
])
def test_names_ending_in_such_words_are_kept(text, name):
    assert name in _texts(text)


# ------------------------------------------------------------------ 3. things read as people


@pytest.mark.parametrize("text,thing", [
    ("Bài viết bàn về tiền đạo Lê Văn Thắng và La Liga mùa tới.", "La Liga"),
    ("Trung vệ Nguyễn Thành Chung và Serie A là chủ đề của buổi nói chuyện.", "Serie A"),
    ("Hậu vệ Đoàn Văn Hậu và Premier League được nhắc tới nhiều.", "Premier League"),
])
def test_competitions_are_no_people(text, thing):
    assert not any(thing in e for e in _texts(text))


@pytest.mark.parametrize("text,thing", [
    ("Hãng vừa ra mắt mẫu xe Camry thế hệ mới tại Thái Lan.", "Camry"),
    ("Dòng xe Corolla Cross bán chạy nhất tháng.", "Corolla Cross"),
    ("Chiếc SUV cỡ lớn này có lưới tản nhiệt giống đàn em Explorer.", "Explorer"),
    ("Cô đóng trong nhiều bộ phim cổ trang như Võ Tắc Thiên, Người đẹp trong tranh, Dương Quý Phi.", "Dương Quý Phi"),
    ("Anh thể hiện những ca khúc như Trần Bình Trọng, Lê Lai cứu chúa.", "Trần Bình Trọng"),
])
def test_models_and_listed_works_are_no_people(text, thing):
    assert thing not in _texts(text)


@pytest.mark.parametrize("text,name", [
    # counter-examples: players after `đàn anh` in a match report, actors of a film, a singer's version
    ("Cậu chờ cơ hội thay thế đàn anh Benzema trên hàng công.", "Benzema"),
    ("Dàn diễn viên của phim như Nguyễn Hồng Nhung, Lê Minh Quân tới dự buổi ra mắt.", "Nguyễn Hồng Nhung"),
    ("Bài hát này qua phiên bản Hà Trần khá lạ tai.", "Hà Trần"),
])
def test_people_after_such_words_are_kept(text, name):
    assert name in _texts(text)


# ------------------------------------------------------------------ 4. a sponsor + place club


@pytest.mark.parametrize("text,club", [
    ("Đội khách VTV Bình Điền Long An thắng 3-0 ở lượt về.", "VTV Bình Điền Long An"),
    ("Chủ công của CLB VTV Bình Điền Long An vắng mặt vì chấn thương.", "CLB VTV Bình Điền Long An"),
])
def test_a_sponsor_and_place_club_is_one_org(text, club):
    ents = _ents(text)
    assert (club, "ORG") in ents
    assert ("VTV", "ORG") not in ents


def test_a_sponsor_alone_stays_alone():
    assert ("VTV", "ORG") in _ents("Trận đấu được VTV truyền hình trực tiếp.")

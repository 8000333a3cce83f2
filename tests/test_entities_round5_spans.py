"""Entity spans of issue 16's round-5 audit, in sentences written for these tests.

Each case is a shape of the language (not a name list): a less common family name
before a name that starts with a common one, a given name that is also a breaker word
after a cue, and a credit or a place run that meets the next clause's first word.
"""

from __future__ import annotations

import pytest

from entity_checks import ents as _ents


# 1. a less common family name keeps its place at the head of a bare three- or four-syllable run
@pytest.mark.parametrize("text,name", [
    ("Bài thơ của Hồng Văn Lộc được in trên báo Tết.", "Hồng Văn Lộc"),
    ("Đề tài của Chử Lê Thanh Tâm và Vũ Minh Khoa đạt giải ba.", "Chử Lê Thanh Tâm"),
    ("Pha kiến tạo của Giang Trần Hải đã mở tỷ số trận đấu.", "Giang Trần Hải"),
    ("Hồ sơ do Khuất Thị Hạnh nộp tại bộ phận một cửa.", "Khuất Thị Hạnh"),
])
def test_rare_family_name_kept(text, name):
    got = _ents(text)
    assert (name, "PER") in got
    cut = name.split(" ", 1)[1]
    assert (cut, "PER") not in got


# ... but a two-syllable run or a place that starts with such a word is not made a person
@pytest.mark.parametrize("text,word", [
    ("Bạn Hồng Nhung, Giang Tây và Liêu Ninh ở đâu?", "Giang Tây"),
    ("Du khách đến Hồng Kông ngày càng đông.", "Hồng Kông"),
    ("Trời đã tối. Hồng Lan Nhận hồ sơ xong thì về.", "Hồng Lan Nhận"),
])
def test_rare_family_name_needs_a_full_name(text, word):
    assert (word, "PER") not in _ents(text)


# 2. after a title or a kin word, Họ + đệm + a given name that is also a common word keeps it
@pytest.mark.parametrize("text,name", [
    ("Buổi tọa đàm do PGS Trần Văn Đề điều phối.", "Trần Văn Đề"),
    ("Chúng tôi gặp ông Lê Văn Năm ở đầu ngõ.", "Lê Văn Năm"),
    ("Bà Phạm Thị Hiện cho biết hồ sơ đã đủ.", "Phạm Thị Hiện"),
])
def test_cued_given_name_that_is_a_common_word(text, name):
    assert (name, "PER") in _ents(text)


def test_cued_name_still_stops_before_a_year():
    got = _ents("Ông Lê Văn Năm 2016 đã nghỉ hưu.")
    assert ("Lê Văn Năm", "PER") not in got


# 3. a credit or a place run ends before the first word of the next clause
def test_outlet_credit_stops_at_clause_opener():
    got = _ents("Khán giả chờ trước rạp. Ảnh: Pacific Star Press Sau đó đoàn phim ra mắt.")
    assert ("Pacific Star Press", "ORG") in got
    assert not any(t.endswith("Sau") for t, _ in got)


@pytest.mark.parametrize("text,place", [
    ("Chương trình diễn ra ở Lào Cai Quý III/2018 rồi chuyển về xuôi.", "Lào Cai"),
    ("Đoàn sẽ tới tỉnh Yên Bái Đợt 2 vào tháng sau.", "tỉnh Yên Bái"),
])
def test_place_stops_before_a_period_word_with_a_number(text, place):
    got = _ents(text)
    assert (place, "LOC") in got
    assert not any(t.endswith(("Quý", "Đợt")) for t, _ in got)


def test_period_word_as_given_name_kept():
    assert ("Trần Thị Quý", "PER") in _ents("Bà Trần Thị Quý ký nhận hồ sơ.")


# 4. a body's unit whose name opens with a family name, then the chairman's name
@pytest.mark.parametrize("text,org,person", [
    ("Chủ tịch UBND huyện Thạch Hà Lê Văn Bình cho biết đường đã xong.", "UBND huyện Thạch Hà", "Lê Văn Bình"),
    ("Phó Chủ tịch UBND xã Châu Lộc Trần Minh Hải trả lời báo chí.", "UBND xã Châu Lộc", "Trần Minh Hải"),
])
def test_unit_name_then_person(text, org, person):
    got = _ents(text)
    assert (org, "ORG") in got
    assert (person, "PER") in got


def test_unit_then_a_place_is_no_person():
    got = _ents("Phụ huynh ở phường Minh Khai Hà Nội phản ánh sự việc.")
    assert ("Hà Nội", "PER") not in got


# 5. ``quý`` between two capitalised words of a company's name is the adjective, not the quarter
def test_precious_inside_company_name():
    got = _ents("Công ty Vàng bạc Đá quý Sao Mai báo lãi lớn.")
    assert ("Công ty Vàng bạc Đá quý Sao Mai", "ORG") in got


@pytest.mark.parametrize("text", ["Công ty Sao Mai quý này lãi lớn.", "Công ty Sao Mai quý II lãi lớn."])
def test_quarter_after_company_name(text):
    assert ("Công ty Sao Mai", "ORG") in _ents(text)

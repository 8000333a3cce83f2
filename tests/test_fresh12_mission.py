"""Classes found on fresh 2017 articles (corpus/fresh12/mission/RESULTS.md), each in made-up sentences:
birth years written `SN`, periods without `từ` or from a year to a month, and the outlet a story names as its own."""

from __future__ import annotations

import pytest

from cchc_extract import extract_text
from cchc_extract.facts.dates import find_dates


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text)]


# ------------------------------------------------------------------ dates: `SN` = sinh năm


@pytest.mark.parametrize("text, year", [
    ("Bị cáo Trần Thị M. (SN 1981, ngụ xã Tân Hòa) khai nhận hành vi.", "1981"),
    ("Hai anh em (cùng SN: 2003) được thả về nhà.", "2003"),
    ("Một phụ nữ SN1976 ở huyện Y bị lừa mất 300 triệu đồng.", "1976"),
    ("Ông Hai (sn 1948) là thương binh.", "1948"),
])
def test_birth_year_after_sn(text, year):
    assert (year, year) in _dates(text)


@pytest.mark.parametrize("text", [
    "Mã máy SN 2019-A5 được dán ở mặt sau.",     # a serial code, not a year
    "Căn hộ SN 1234 nằm cuối ngõ.",               # a house number
    "Hệ thống ISN 2000 đã cũ.",                    # inside another word
])
def test_sn_without_a_birth_year(text):
    assert _dates(text) == []


# ------------------------------------------------------------------ dates: periods


@pytest.mark.parametrize("text, span, value", [
    ("Từ năm 2016 đến tháng 5/2018, huyện thí điểm một cửa điện tử.", "Từ năm 2016 đến tháng 5/2018", "2016/2018-05"),
    ("Hắn làm kế toán cuối năm 2011 đến tháng 7-2013, sau đó bỏ trốn.", "cuối năm 2011 đến tháng 7-2013", "2011/2013-07"),
    ("Khoảng đầu năm 2015 đến tháng 10/2016, nhóm này lừa 20 người.", "đầu năm 2015 đến tháng 10/2016",
     "2015-01/2016-10"),
    ("Các ô tô sản xuất năm 2008 đến 2012 và bán ở miền Nam bị triệu hồi.", "năm 2008 đến 2012", "2008/2012"),
    ("Ông làm trưởng thôn vào năm 1980 đến năm 1995.", "năm 1980 đến năm 1995", "1980/1995"),
    ("Đường dây hoạt động cuối năm 2014 đến đầu năm 2017 ở ba tỉnh.", "cuối năm 2014 đến đầu năm 2017",
     "2014/2017"),
])
def test_one_period(text, span, value):
    assert (span, value) in _dates(text)


@pytest.mark.parametrize("text, expected", [
    # a comma: two events in turn
    ("Họ mở quán năm 2009, đến năm 2012 thì đóng cửa.", [("năm 2009", "2009"), ("năm 2012", "2012")]),
    ("Anh vào ngành năm 2005, đến tháng 3/2010 được đề bạt.", [("năm 2005", "2005"), ("tháng 3/2010", "2010-03")]),
    # the year of a quarter stays with its quarter
    ("Dự án làm từ quý III năm 2016 đến năm 2019.", [("quý III năm 2016", "2016-Q3"), ("năm 2019", "2019")]),
    # a figure of each year: two years compared
    ("Tỷ lệ tăng từ 60% năm 2014 đến 2015 là 70%.", [("năm 2014", "2014"), ("2015", "2015")]),
    # a clause right after the second year: what happened by then
    ("Nhà máy khởi công vào năm 2003 đến năm 2006 chính thức vận hành.", [("năm 2003", "2003"), ("năm 2006", "2006")]),
    ("Từ năm 2012, đến tháng 8/2014 cả xã mới có điện.", [("năm 2012", "2012"), ("tháng 8/2014", "2014-08")]),
    # a month without its year after a bare year
    ("Kế hoạch năm 2017 đến tháng 4 mới ký.", [("năm 2017", "2017"), ("tháng 4", "XXXX-04")]),
])
def test_no_period(text, expected):
    assert _dates(text) == expected


# ------------------------------------------------------------------ metadata: the outlet the story names


@pytest.mark.parametrize("body, outlet", [
    ("Chiều 2/3, trao đổi với Zing.vn, trưởng công an xã xác nhận vụ việc.", "Zing.vn"),
    ("Trả lời PV Tiền Phong, giám đốc sở cho biết sẽ kiểm tra.", "Tiền Phong"),
    ("Ông Nam chia sẻ với báo Dân Việt rằng gia đình đã nộp đơn.", "Dân Việt"),
    ("Như Báo Lao Động đã phản ánh, con đường này xuống cấp từ lâu.", "Báo Lao Động"),
    ("Trước đó, như VietNamNet đã đưa tin, nhiều hộ chưa nhận tiền đền bù.", "VietNamNet"),
])
def test_outlet_the_people_talk_to(body, outlet):
    assert extract_text("Tiêu đề bài\n" + body + " Sự việc đang được làm rõ.").outlet == outlet


def test_outlet_opening_the_lead_with_a_dash():
    assert extract_text("Tiêu đề bài\nVTC News - Công an huyện vừa bắt hai đối tượng.\nNội dung.").outlet == "VTC News"


@pytest.mark.parametrize("body", [
    "Cán bộ đoàn trao đổi với thanh niên về khởi nghiệp.",                  # young people, not the paper
    "Ông A nói với VnExpress là đúng, bà B trả lời Thanh Niên là sai.",     # two outlets: which one?
    "Trao đổi với PV Dân trí, trưởng phòng xác nhận. Hà Anh (Tổng hợp)",   # compiled from others
    "Ông từng trả lời Tuổi Trẻ về chuyện này.",                             # an interview once, maybe elsewhere
])
def test_no_outlet(body):
    assert extract_text("Tiêu đề bài\n" + body).outlet is None


def test_an_outlet_signed_at_the_end_comes_first():
    text = "Tiêu đề bài\nTrao đổi với Zing.vn, ông A cho biết như vậy. Minh Hà (TTXVN)"
    assert extract_text(text).outlet == "TTXVN"

"""Date shapes of real 2017 news met on the added gold set, in our own wording:
periods of yearless days written day-month (with a bracketed gloss), a day set
off from `sáng nay`/`hôm qua`, a holiday's day, a bare quarter continuing a
list, decades, a year after `so với`/`hơn`, `N tháng cùng kỳ năm YYYY`; and
the look-alikes that stay no date."""

from __future__ import annotations

import pytest

from cchc_extract.facts.dates import find_dates


def _items(text, pub_year=None):
    return [(d.text, d.value) for d in find_dates(text, pub_year=pub_year)]


@pytest.mark.parametrize("text,expected", [
    ("Từ ngày 3-4 đến ngày 9-4, đoàn thanh tra làm việc tại xã.",
     [("Từ ngày 3-4 đến ngày 9-4", "XXXX-04-03/XXXX-04-09")]),
    ("Từ ngày 27-1 (mùng 1 Tết) đến ngày 1-2, bộ phận một cửa vẫn trực.",
     [("Từ ngày 27-1 (mùng 1 Tết) đến ngày 1-2", "XXXX-01-27/XXXX-02-01")]),
    ("Học sinh nghỉ từ ngày 20/1 (tức 23 tháng Chạp) đến hết ngày 2/2.",
     [("từ ngày 20/1 (tức 23 tháng Chạp) đến hết ngày 2/2", "XXXX-01-20/XXXX-02-02")]),
    ("Giải đấu kéo dài từ ngày 30.11 tới 6.12.2016 ở thủ đô.",
     [("từ ngày 30.11 tới 6.12.2016", "2016-11-30/2016-12-06")]),
])
def test_yearless_day_periods(text, expected):
    assert _items(text) == expected


@pytest.mark.parametrize("text", [
    "Sự cố xảy ra ngày 3-1, đến ngày 10-1 mới được khắc phục.",
    "Mỗi tổ có từ 2-3 đến 4-5 người.",
])
def test_no_period_of_days(text):
    assert not any("/" in v and v.count("-") >= 4 for _, v in _items(text))


@pytest.mark.parametrize("text,expected", [
    ("Chiều nay (5/8), sở họp báo.", [("5/8", "XXXX-08-05")]),
    ("Trưa qua, 14-3, trụ sở mở cửa muộn.", [("14-3", "XXXX-03-14")]),
    ("Hôm nay (2.6) giá xăng giảm.", [("2.6", "XXXX-06-02")]),
    ("Ngay sau kỳ nghỉ lễ 1-5, hồ sơ dồn về.", [("1-5", "XXXX-05-01")]),
    ("Tới quý 2, 3, ngành thuế thí điểm.", [("quý 2", "XXXX-Q2"), ("3", "XXXX-Q3")]),
    ("Đồ chơi này rất phổ biến trong những năm 1960.", [("những năm 1960", "1960/1969")]),
    ("Âm nhạc thập niên 1970 trở lại.", [("thập niên 1970", "1970/1979")]),
    ("Phong trào có từ những năm 80 của thế kỷ trước.", [("những năm 80 của thế kỷ trước", "1980/1989")]),
    ("Lượng khách tăng 12% so với 2014.", [("2014", "2014")]),
    ("Doanh thu năm nay thấp hơn 2015, theo công ty.", [("2015", "2015")]),
    ("Chỉ số tốt hơn 9 tháng cùng kỳ năm 2015.", [("9 tháng cùng kỳ năm 2015", "2015-01/2015-09")]),
])
def test_real_shapes(text, expected):
    pub = 2017 if "thế kỷ trước" in text else None
    assert _items(text, pub) == expected


@pytest.mark.parametrize("text", [
    "Buổi chiều, 2-3 cán bộ trực tiếp dân.",           # only today/yesterday words stand apart from a day
    "Hôm qua, 5-6 người bị thương nhẹ.",                # a count after the comma
    "Kỳ nghỉ kéo dài 2-3 ngày.",                          # a duration
    "Trong quý 1, 3 hồ sơ bị trả lại.",                   # a count after a quarter
    "Ông bước vào những năm 50 tuổi.",                    # an age, not a decade
    "Có hơn 2000 người dự lễ.",                           # a round count
    "Tổng số đơn là hơn 2016.",                           # a count after `là`
    "Hội trường có hơn 2015 đại biểu.",                   # a count before its noun
    "Những năm 2012, 2013 tỉnh tăng trưởng nhanh.",       # years in a list, no decade
])
def test_look_alikes(text):
    got = _items(text)
    assert not any(v.startswith(("XXXX-0", "XXXX-1", "XXXX-Q")) and t not in ("quý 1",) for t, v in got), got
    assert not any(v.endswith("9") and "/" in v for _, v in got), got
    assert not any(v in ("2000", "2016", "2015") for _, v in got), got

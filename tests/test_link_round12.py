"""Round 12 of the link step (percentages): whose figure and what kind of figure.

- a locality the figure's sentence names only by its level word (`Thành phố`, `toàn
  tỉnh`, `của TP`) is the place of that level the same sentence names before it, often
  in the report's source clause; not a place inside an office's name, not a place of
  another level, not a list of levels, and never one from a sentence before;

All sentences are our own wording.
"""

from __future__ import annotations

import cchc_extract


def _pcts(text):
    return {p.text: p for p in cchc_extract.extract(text, exclude=["entities"]).percentages}


# ---------------------------------------------------------------- a locality named by its level


def test_thanh_pho_after_a_report_of_the_city_is_that_city():
    p = _pcts("Theo số liệu của TP. Đà Lạt năm 2016, ông Trần B cho biết, hiện nay, Thành phố đã kết nối mạng tới 100% phường.")
    assert p["100%"].agency == "TP. Đà Lạt"


def test_a_year_may_open_the_clause_before_thanh_pho():
    p = _pcts("Trong buổi làm việc với Hải Phòng hôm qua, năm 2018, Thành phố sẽ đưa 60% thủ tục lên mạng.")
    assert p["60%"].agency == "Hải Phòng"


def test_toan_tinh_takes_the_province_named_earlier_in_the_sentence():
    p = _pcts("Theo kế hoạch của tỉnh Lạng Sơn, đến năm 2020 toàn tỉnh có 95% hộ dùng điện lưới.")
    assert p["95%"].agency == "tỉnh Lạng Sơn"


def test_tren_dia_ban_tp_takes_the_city():
    p = _pcts("Theo báo cáo gửi Hà Nội, trên địa bàn TP có khoảng 40% diện tích đã gieo cấy.")
    assert p["40%"].agency == "Hà Nội"


def test_a_city_word_does_not_take_a_province():
    p = _pcts("Theo thống kê của tỉnh Nghệ An, Thành phố đã đạt 88% kế hoạch thu ngân sách.")
    assert p["88%"].agency is None


def test_a_province_word_does_not_take_a_province_level_city():
    p = _pcts("Theo báo cáo gửi Đà Nẵng, toàn tỉnh có 70% xã đạt chuẩn nông thôn mới.")
    assert p["70%"].agency is None


def test_a_place_inside_an_office_name_is_no_antecedent():
    p = _pcts("Theo Chi cục Thống kê tỉnh Kon Tum, hiện nay toàn tỉnh có 64% lao động qua đào tạo.")
    assert p["64%"].agency is None


def test_a_sentence_before_lends_no_place():
    p = _pcts("Cần Thơ đẩy mạnh cải cách. Hiện nay, Thành phố đã giải quyết 97% hồ sơ đúng hạn.")
    assert p["97%"].agency is None


def test_a_list_of_levels_is_no_anaphor():
    p = _pcts("Theo báo cáo của tỉnh Hà Giang, các huyện, thành phố đều đạt 85% kế hoạch.")
    assert p["85%"].agency is None


def test_ca_nuoc_owns_the_figure_after_the_city_word():
    p = _pcts("Theo số liệu của TP.HCM, nếu kinh tế của Thành phố tăng 2% thì kinh tế cả nước tăng 0,4%.")
    assert p["2%"].agency == "TP.HCM"
    assert p["0,4%"].agency is None


def test_a_named_city_after_the_word_is_its_own_name():
    p = _pcts("Theo báo cáo của tỉnh Quảng Nam, thành phố Hội An đã đạt 99% hồ sơ đúng hạn.")
    assert p["99%"].agency == "thành phố Hội An"


def test_a_bare_level_alone_stays_none():
    p = _pcts("Tỉnh đã hoàn thành 90% chỉ tiêu.")
    assert p["90%"].agency is None

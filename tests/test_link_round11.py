"""Round 11 of the link step: whose figure and for when, in four ways writers vary it.

- a date written after a comparison (`so với`, `cao hơn`, `thấp hơn mức …`) later in the
  figure's sentence is the time of what it is compared with, not the figure's period;
- a sentence opened by `Riêng` breaks down the one before and keeps its period (as
  `Trong đó` does), unless it says its own; `Riêng với`, `Riêng về` only turn to a topic;
- a denominator after the figure (`đạt 96% trên tổng số …`) leaves the clause before to say
  what kind of figure it is;
- a figure in a fronted clause (`Với …`, `Ngoài …`) belongs to the subject after it also when
  the clause goes on over a comma or a parenthesis, or follows a headline glued without a
  full stop.

All sentences are our own wording.
"""

from __future__ import annotations

import cchc_extract


def _pcts(text):
    return {p.text: p for p in cchc_extract.extract(text, exclude=["entities"]).percentages}


def _counts(text):
    return {c.count: c for c in cchc_extract.extract(text, exclude=["entities"]).dossier_counts}


# ---------------------------------------------------------------- a date after a comparison


def test_a_date_after_cao_hon_muc_belongs_to_the_compared_figure():
    p = _pcts("Xuất khẩu của tỉnh tăng 14%, cao hơn hẳn mức 9% của năm 2015.")
    assert p["14%"].period is None
    assert p["9%"].period == "2015"


def test_a_date_after_so_voi_in_parentheses_is_the_base_session():
    p = _pcts("Khối ngoại mua vào 5 triệu cổ phiếu, tăng 12% về lượng và 7% về giá trị so với phiên hôm trước (ngày 6/3).")
    assert p["12%"].period is None and p["7%"].period is None


def test_a_date_after_thap_hon_muc_is_the_other_figure_s():
    p = _pcts("Tính đến hết ngày 10/3, lãi suất qua đêm giảm còn 4,5%, thấp hơn mức 5% của ngày 2/3.")
    assert p["4,5%"].period is None
    assert p["5%"].period == "XXXX-03-02"


def test_a_date_before_the_comparison_still_gives_the_period():
    p = _pcts("Xã giải quyết 97% hồ sơ đúng hạn trong năm 2016, cao hơn năm 2015.")
    assert p["97%"].period == "2016"


def test_a_date_after_the_figure_without_a_comparison_still_gives_the_period():
    p = _pcts("Tỷ lệ hồ sơ nộp trực tuyến đạt 40% trong quý II/2017.")
    assert p["40%"].period == "2017-Q2"


def test_a_comparison_in_the_sentence_before_does_not_reach_a_trong_do_breakdown():
    p = _pcts("Có 60% hộ kinh doanh phải chi thêm, cao hơn 5% so với giai đoạn 2010-2014. "
              "Trong đó, 8% hộ cho biết khoản chi chiếm hơn 12% thu nhập, cao hơn mức 7% của giai đoạn 2010-2014.")
    assert p["8%"].period is None and p["12%"].period is None
    assert p["7%"].period == "2010/2014"


# ---------------------------------------------------------------- `Riêng` breaks down the sentence before


def test_rieng_keeps_the_period_of_the_total_for_a_dossier_count():
    c = _counts("Trong quý I/2017, toàn huyện tiếp nhận 3.200 hồ sơ. Riêng bộ phận một cửa của thị trấn tiếp nhận 410 hồ sơ.")
    assert c[410].period == "2017-Q1"
    assert c[410].agency == "bộ phận một cửa của thị trấn"


def test_rieng_keeps_the_day_of_the_total():
    c = _counts("Ngày làm việc đầu tiên sau Tết (3/2), các chi cục nhận hơn 500 hồ sơ. Riêng văn phòng Cục nhận 40 hồ sơ.")
    assert c[40].period == "XXXX-02-03"


def test_rieng_keeps_the_period_for_a_percentage():
    p = _pcts("Năm 2016, tổng vốn đầu tư tăng 11%. Riêng vốn ngân sách địa phương tăng 20%.")
    assert p["20%"].period == "2016"


def test_rieng_with_a_period_of_its_own_keeps_it():
    p = _pcts("Năm 2016, kim ngạch xuất khẩu tăng 9%. Riêng tháng 12/2016, xuất khẩu tăng 15%.")
    assert p["15%"].period == "2016-12"


def test_rieng_voi_turns_to_a_topic_and_takes_no_period():
    p = _pcts("Năm 2017, trường tuyển 500 sinh viên. Riêng với ngành mới, đại diện trường cho biết 70% sinh viên có việc làm.")
    assert p["70%"].period is None


def test_rieng_ve_turns_to_a_topic_and_takes_no_period():
    c = _counts("Năm 2016, huyện tiếp nhận 9.000 hồ sơ. Riêng về đất đai, phòng chuyên môn đang giải quyết 120 hồ sơ.")
    assert c[120].period is None


# ---------------------------------------------------------------- a denominator after the figure


def test_tren_tong_so_leaves_the_kind_to_the_clause_before():
    p = _pcts("Có 4.800 hộ kinh doanh đã khai thuế qua mạng, đạt 96% trên tổng số 5.000 hộ.")
    assert p["96%"].metric_kind == "online_rate"


def test_tren_tong_so_after_dossiers_done():
    p = _pcts("Phường đã trả kết quả đúng hạn 295 hồ sơ, đạt 98% trên tổng số hồ sơ đã giải quyết.")
    assert p["98%"].metric_kind == "on_time_rate"


def test_a_share_in_a_total_is_no_growth_of_the_clause_before():
    p = _pcts("Lượng khách tăng 12% so với cùng kỳ, chiếm hơn 5% trong tổng số khách quốc tế.")
    assert p["5%"].metric_kind == "other"


# ---------------------------------------------------------------- a fronted clause that goes on


def test_a_fronted_clause_that_goes_on_over_a_comma():
    p = _pcts("Với 430 đại biểu tán thành, chiếm tỷ lệ 87,5%, Quốc hội đã thông qua Luật Thủy lợi.")
    assert p["87,5%"].agency == "Quốc hội"


def test_a_fronted_clause_with_the_share_in_parentheses():
    p = _pcts("Với 430 đại biểu tán thành (chiếm 87,5%), Quốc hội đã thông qua Luật Thủy lợi.")
    assert p["87,5%"].agency == "Quốc hội"


def test_a_fronted_clause_after_a_glued_headline():
    p = _pcts("Thông qua Luật Thủy lợi Với 91% đại biểu tán thành, Quốc hội đã biểu quyết thông qua luật.")
    assert p["91%"].agency == "Quốc hội"


def test_a_figure_in_parentheses_inside_a_fronted_clause():
    p = _pcts("Ngoài việc hoàn thành kế hoạch về số lượng (kiểm tra 15% số hộ kinh doanh), "
              "Chi cục Thuế huyện Đông Anh còn chú trọng chất lượng.")
    assert p["15%"].agency == "Chi cục Thuế huyện Đông Anh"


def test_a_piece_with_a_subject_of_its_own_ends_the_fronted_clause():
    p = _pcts("Với đà này, doanh thu tăng 9%, Hà Nội sẽ vượt kế hoạch năm.")
    assert p["9%"].agency is None


def test_a_glued_opener_needs_a_comma_and_a_body_after():
    p = _pcts("Giá điện tăng Sau khi giá tăng 5% nhiều hộ dân phải cắt giảm chi tiêu.")
    assert p["5%"].agency is None

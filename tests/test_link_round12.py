"""Round 12 of the link step (percentages): whose figure and what kind of figure.

- a locality the figure's sentence names only by its level word (`Thành phố`, `toàn
  tỉnh`, `của TP`) is the place of that level the same sentence names before it, often
  in the report's source clause; not a place inside an office's name, not a place of
  another level, not a list of levels, and never one from a sentence before;
- a sub-score or a result of a published index (`Chỉ số thành phần`, `kết quả chỉ số`,
  `tỷ lệ điểm` where an index or ranking is named) is an `index_score`; `tỷ lệ điểm` of
  an exam is not;
- an office's name ends at a verb written in lower case (`Bộ X đặt mục tiêu`, `UBND tỉnh
  đồng ý miễn`, `… của huyện lên 65%`), not at the same word capitalised (`Bộ Giao thông`);
  a number after a level word followed by a time unit is a time (`thành phố 6 tháng`);
- a date after `từ`/`kể từ` (with other words between) and right before `đến nay` opens a
  period running until now (`2016-04/..`), not the month alone;
- a goal word of the sentence before does not make a figure a target across a full stop
  after a short capitalised name (`… của Việt Nam. Kết quả …`, `… Hà Nội. Năm …`); the
  dot of an abbreviation (`TP.`, `Q.`, `ThS.`) ends no sentence;
- a national body (`Chính phủ`, `Quốc hội`) after a post, a request or a body word
  (`Thủ tướng Chính phủ giao`, `kiến nghị Chính phủ`, `Thanh tra Chính phủ`, `đại biểu Quốc
  hội`) is not whose figure it is, nor the issuer of a document with its date between
  (`Nghị định số …, ngày … của Chính phủ`);
- places listed before a word of sharing (`A, B, C (đều đạt 100%)`, `A và B cùng …`) own the
  figure together: the agency is the whole list; a list of places each with its own figure
  keeps one place each;
- `chỉ tiêu` followed by a demonstrative or by `kinh tế vĩ mô` is an indicator, not a quota:
  it makes no figure a target;
- a goal named again by its figure alone (`không đạt mục tiêu 6,7%`) is of the kind of the
  figure stated earlier in the article with that value;
- rolling something out (`triển khai`) to a share of places is a coverage (`other`), not a
  share of a plan done; building work done (`thi công được 45%`) is a completion;
- a level followed right away by `từ` and a date (`mức thuế 35% từ năm 2018`, `0,03%/ngày từ
  1/7/2016`) applies from that date: the date is its period; not for a change measured since a
  date (`tăng 12% từ năm 2000`), nor for a bare start elsewhere in the sentence;
- `mức 3` (an online service level) read in the words before the next figure does not end
  inside that figure's number (`… và về mức 35%`), while `mức độ 3,4` still lists two levels;
- a figure in parentheses right after a time (`cao hơn mức 6 tháng đầu năm 2017 (13,26%)`) is
  that time's figure, also where the time is the base of a comparison;
- the base of a comparison given in parentheses (`phải cao hơn mức năm 2016 (8,4%)`) is a
  figure reached, not a goal, even in a sentence of goals; a plan's (`cao hơn kế hoạch (8%)`)
  stays the plan's;
- a start written in the figure's clause before a future (`từ 1/7/2017 sẽ có mức thuế 45%`)
  is when the level applies from: its period; not with a past verb (`Từ ngày 1/11, huyện đã …`);
- `từ X%` whose `lên`/`xuống` comes further on in the clause (`từ 60% (…) năm 2010 đã tăng lên
  75%`) is a change's starting level, not a floor (`at_least`); `từ 95% trở lên` stays one;
- a rise or fall of a price, a share price or a market index (`giá bán`, `giá vàng`,
  `cổ phiếu`) is a `growth_rate`, like any change of an economic quantity;

All sentences are our own wording.
"""

from __future__ import annotations

import pytest

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


# ---------------------------------------------------------------- index sub-scores


def test_chi_so_thanh_phan_is_an_index_score():
    p = _pcts("Bộ Công Thương đứng cuối Chỉ số thành phần về tổ chức bộ máy, với kết quả là 62,5%.")
    assert p["62,5%"].metric_kind == "index_score"


def test_ket_qua_chi_so_in_a_ranking_is_an_index_score():
    p = _pcts("Trong bảng xếp hạng năm nay, tỉnh Long An đứng thứ hai với kết quả chỉ số đạt 88,1%.")
    assert p["88,1%"].metric_kind == "index_score"


def test_chi_so_danh_gia_tac_dong_is_an_index_score():
    p = _pcts("Tỉnh Bắc Ninh dẫn đầu về Chỉ số đánh giá tác động của cải cách hành chính, đạt 93,4%.")
    assert p["93,4%"].metric_kind == "index_score"


def test_ty_le_diem_of_a_reform_ranking_is_an_index_score():
    p = _pcts("Có 5 tỉnh cùng đứng đầu bảng xếp hạng về cải cách tài chính công với tỷ lệ điểm đạt 100%.")
    assert p["100%"].metric_kind == "index_score"


def test_ty_le_diem_of_an_exam_is_not_an_index_score():
    p = _pcts("Năm nay môn Vật lý có tỷ lệ điểm dưới 5 chiếm 41%.")
    assert p["41%"].metric_kind == "other"


# ---------------------------------------------------------------- price changes


def test_a_rise_of_the_retail_price_is_a_growth_rate():
    p = _pcts("Nếu giá bán lẻ điện cần tăng từ 5% so với mức hiện hành thì phải báo cáo Bộ.")
    assert p["5%"].metric_kind == "growth_rate"


def test_a_gold_price_rise_is_a_growth_rate():
    p = _pcts("Giá vàng thế giới sáng nay tăng 0,6% so với phiên trước.")
    assert p["0,6%"].metric_kind == "growth_rate"


def test_a_share_price_fall_is_a_growth_rate():
    p = _pcts("Cổ phiếu của ngân hàng này giảm 3,2% trong phiên chiều.")
    assert p["3,2%"].metric_kind == "growth_rate"


def test_a_price_level_is_not_a_growth_rate():
    p = _pcts("Giá điện bình quân hiện chiếm 4% chi tiêu của hộ gia đình.")
    assert p["4%"].metric_kind == "other"


# ---------------------------------------------------------------- an office name ends at a verb


def test_dat_muc_tieu_ends_the_ministry_name():
    p = _pcts("Bộ Tài chính đặt mục tiêu cắt giảm 30% thời gian nộp thuế.")
    assert p["30%"].agency == "Bộ Tài chính"


def test_phan_dau_ends_the_office_name():
    p = _pcts("Sở Kế hoạch và Đầu tư phấn đấu đạt 95% hồ sơ trực tuyến.")
    assert p["95%"].agency == "Sở Kế hoạch và Đầu tư"


def test_len_ends_the_office_name_before_a_figure():
    p = _pcts("Số thủ tục giải quyết tại Bộ phận một cửa của thị xã lên 140/190, đạt 73%.")
    assert p["73%"].agency == "Bộ phận một cửa của thị xã"


def test_a_capitalised_giao_begins_a_name():
    p = _pcts("Sở Giao thông vận tải đạt 97% hồ sơ đúng hạn.")
    assert p["97%"].agency == "Sở Giao thông vận tải"


def test_a_lowercase_giao_ends_the_name():
    p = _pcts("Công ty hoàn thành 108% kế hoạch Bộ Công Thương giao, tăng 9% so với năm trước.")
    assert p["9%"].agency == "Bộ Công Thương"


def test_a_number_before_a_time_unit_is_no_ward_number():
    p = _pcts("Kinh tế thành phố 9 tháng đầu năm tăng 8,2%.")
    assert p["8,2%"].agency is None
    q = _pcts("Kinh tế UBND quận 6 tháng đầu năm tăng 5%.")
    assert q["5%"].agency == "UBND quận"


def test_a_ward_number_stays():
    p = _pcts("UBND Quận 3 đạt 99% hồ sơ đúng hạn.")
    assert p["99%"].agency == "UBND Quận 3"


# ---------------------------------------------------------------- since a date, until now


def test_ke_tu_an_event_in_a_month_until_now_is_an_open_period():
    p = _pcts("Kể từ cuộc gặp với doanh nghiệp tháng 6/2016 đến nay, bộ đã xử lý 700 kiến nghị, đạt 70%.")
    assert p["70%"].period == "2016-06/.."


def test_tu_khi_with_a_year_until_hien_nay_is_an_open_period():
    p = _pcts("Từ khi áp dụng một cửa năm 2015 cho đến hiện nay, tỷ lệ hồ sơ đúng hạn đạt 98%.")
    assert p["98%"].period == "2015/.."


def test_a_month_without_tu_before_den_nay_stays_a_month():
    p = _pcts("Hội nghị diễn ra tháng 4/2016; đến nay đã có 60% kiến nghị được trả lời.")
    assert p["60%"].period != "2016-04/.."


def test_a_comma_between_tu_and_the_date_breaks_the_period():
    p = _pcts("Từ đầu nhiệm kỳ, sau hội nghị tháng 4/2016 đến nay, tỉnh đạt 90% kế hoạch.")
    assert p["90%"].period != "2016-04/.."


# ---------------------------------------------------------------- a goal word stays in its sentence


def test_a_goal_word_before_viet_nam_full_stop_does_not_reach_the_next_sentence():
    p = _pcts("Chính phủ kiên định mục tiêu cải thiện môi trường của Việt Nam. Kết quả là số doanh nghiệp mới tăng 16%.")
    assert p["16%"].is_target is False


def test_a_goal_word_before_ha_noi_full_stop_does_not_reach_the_next_sentence():
    p = _pcts("Bộ đặt ra chỉ tiêu riêng cho Hà Nội. Năm 2016, doanh thu đạt 102% kế hoạch.")
    assert p["102%"].is_target is False


def test_the_dot_of_tp_ends_no_sentence():
    p = _pcts("Chỉ tiêu của TP. Cần Thơ là 80% hồ sơ trực tuyến.")
    assert p["80%"].is_target is True


def test_the_dot_of_a_title_ends_no_sentence():
    p = _pcts("Theo ThS. Nguyễn Văn Hải, mục tiêu là 60% dân số dùng dịch vụ công.")
    assert p["60%"].is_target is True


# ---------------------------------------------------------------- a national body that is not the owner


def test_thu_tuong_chinh_phu_giao_is_not_the_owner():
    p = _pcts("Năm 2017, quỹ được Thủ tướng Chính phủ giao chỉ tiêu tăng dư nợ 9%.")
    assert p["9%"].agency is None


def test_de_xuat_chinh_phu_is_not_the_owner():
    p = _pcts("Các hiệp hội đề xuất Chính phủ hỗ trợ thấp nhất 50% phí bảo hiểm cho ngư dân.")
    assert p["50%"].agency is None


def test_thanh_tra_chinh_phu_is_not_chinh_phu():
    p = _pcts("Thanh tra Chính phủ đã hoàn thành 85% kế hoạch thanh tra.")
    assert p["85%"].agency != "Chính phủ"


def test_dai_bieu_quoc_hoi_is_not_quoc_hoi():
    p = _pcts("Nhiều đại biểu Quốc hội cho rằng bội chi 3,5% là cao.")
    assert p["3,5%"].agency is None


def test_chinh_phu_as_subject_stays():
    p = _pcts("Chính phủ quyết định giảm 30% tiền thuê đất cho doanh nghiệp.")
    assert p["30%"].agency == "Chính phủ"


def test_quoc_hoi_after_a_fronted_vote_stays():
    p = _pcts("Với 89% đại biểu tán thành, Quốc hội đã thông qua nghị quyết.")
    assert p["89%"].agency == "Quốc hội"


def test_the_issuer_of_a_decree_with_its_date_between_is_not_the_owner():
    p = _pcts("Theo Nghị định số 20/2017/NĐ-CP ngày 24/2/2017 của Chính phủ, doanh nghiệp được trừ 30% chi phí lãi vay.")
    assert p["30%"].agency is None


# ---------------------------------------------------------------- a figure shared by a list of places


def test_a_list_before_deu_dat_in_parentheses_is_the_agency():
    p = _pcts("Nộp thuế điện tử cao nhất ở Hà Nam, Nam Định, Ninh Bình (đều đạt 100%), Thái Bình (98%).")
    assert p["100%"].agency == "Hà Nam, Nam Định, Ninh Bình"
    assert p["98%"].agency == "Thái Bình"


def test_a_pair_of_countries_before_cung_is_the_agency():
    p = _pcts("Lào và Campuchia cùng có mức tăng 5,5%.")
    assert p["5,5%"].agency == "Lào và Campuchia"


def test_places_each_with_a_figure_stay_apart():
    p = _pcts("Tỷ lệ hài lòng cao ở Sơn La (95%), Lai Châu (93%) và Điện Biên (92%).")
    assert (p["95%"].agency, p["93%"].agency, p["92%"].agency) == ("Sơn La", "Lai Châu", "Điện Biên")


def test_a_list_of_places_of_another_kind_is_not_joined():
    p = _pcts("Tỷ lệ cao ở tỉnh Bình Dương, Việt Nam (đều trên 90%).")
    assert p["90%"].agency != "tỉnh Bình Dương, Việt Nam"


# ---------------------------------------------------------------- chỉ tiêu as an indicator


def test_chi_tieu_nay_is_an_indicator():
    p = _pcts("Về thời gian nộp thuế, chỉ tiêu này đã giảm từ 40% xuống 31% trong năm qua.")
    assert p["40%"].is_target is False and p["31%"].is_target is False


def test_chi_tieu_kinh_te_vi_mo_is_an_indicator():
    p = _pcts("Các chỉ tiêu kinh tế vĩ mô giữ ổn định; kim ngạch xuất khẩu tăng 18%.")
    assert p["18%"].is_target is False


def test_chi_tieu_as_a_quota_still_makes_a_target():
    p = _pcts("Chỉ tiêu đặt ra cho năm tới là giảm 20% chi phí tuân thủ.")
    assert p["20%"].is_target is True


# ---------------------------------------------------------------- a goal restated by its figure


def test_a_goal_restated_by_its_figure_takes_the_earlier_kind():
    text = ("Quốc hội giao chỉ tiêu tăng trưởng GDP 6,8%. Nhiều ý kiến cho rằng trong bối cảnh hiện nay "
            "các địa phương khó đạt mục tiêu 6,8% như đã nêu.")
    items = cchc_extract.extract(text, exclude=["entities"]).percentages
    assert [p.metric_kind for p in items] == ["growth_rate", "growth_rate"]


def test_a_goal_of_another_value_stays_other():
    text = ("Quốc hội giao chỉ tiêu tăng trưởng GDP 6,8%. Nhiều ý kiến cho rằng trong bối cảnh hiện nay "
            "các địa phương khó đạt mục tiêu 7% như đã nêu.")
    p = _pcts(text)
    assert p["7%"].metric_kind == "other"


def test_a_figure_with_its_own_words_keeps_its_kind():
    text = "Tỷ lệ hồ sơ trực tuyến đạt 40%. Tỷ lệ hài lòng có mục tiêu 40% vào năm sau."
    items = cchc_extract.extract(text, exclude=["entities"]).percentages
    assert items[1].metric_kind == "satisfaction_rate"


# ---------------------------------------------------------------- triển khai is no completion


def test_trien_khai_to_a_share_of_units_is_other():
    p = _pcts("Sở đã triển khai chữ ký số tại 90% đơn vị trực thuộc.")
    assert p["90%"].metric_kind == "other"


def test_thi_cong_duoc_a_share_of_the_work_is_completion():
    p = _pcts("Nhà thầu đã thi công được 60% khối lượng công trình.")
    assert p["60%"].metric_kind == "completion_rate"


def test_hoan_thanh_ke_hoach_stays_completion():
    p = _pcts("Năm qua sở triển khai và hoàn thành 100% kế hoạch.")
    assert p["100%"].metric_kind == "completion_rate"


# ---------------------------------------------------------------- a level in force from a date


def test_a_tax_level_from_a_year_has_that_year():
    p = _pcts("Thuế nhập khẩu linh kiện sẽ về mức 5% từ năm 2019.")
    assert p["5%"].period == "2019"


def test_a_daily_rate_from_a_day_has_that_day():
    p = _pcts("Mức phạt chậm nộp được hạ xuống 0,02%/ngày từ ngày 1/1/2017.")
    assert p["0,02%"].period == "2017-01-01"


def test_a_from_to_pair_after_a_level_is_its_period():
    p = _pcts("Thuế suất là 20% từ 1/1/2016 đến hết năm 2017.")
    assert p["20%"].period == "2016-01-01/2017"


def test_a_change_since_a_year_has_no_period_from_it():
    p = _pcts("Chi phí logistics đã giảm 8% từ năm 2010.")
    assert p["8%"].period is None


def test_a_bare_start_at_the_sentence_head_still_gives_none():
    p = _pcts("Từ ngày 15/3, phường đã giải quyết 99% hồ sơ đúng hạn.")
    assert p["99%"].period is None


# ---------------------------------------------------------------- mức 3 is not the start of a number


def test_muc_before_the_next_figure_is_no_online_level():
    p = _pcts("Thuế suất sẽ là 50% trong năm nay và về mức 30% từ năm sau.")
    assert p["50%"].metric_kind != "online_rate"


def test_a_rate_rising_to_a_level_is_no_online_level():
    p = _pcts("Tỷ lệ lạm phát tăng lên mức 4,5% từ mức 4,1%.")
    assert p["4,5%"].metric_kind != "online_rate"


def test_muc_do_3_4_still_lists_online_levels():
    p = _pcts("Năm tới sẽ cung cấp 60% dịch vụ công ở mức độ 3,4.")
    assert p["60%"].metric_kind == "online_rate"


# ---------------------------------------------------------------- a figure in parentheses after its time


def test_a_figure_in_parentheses_after_a_compared_half_year_has_that_half():
    p = _pcts("Tỉnh phải tăng trưởng cao hơn mức 6 tháng đầu năm 2018 (9,1%).")
    assert p["9,1%"].period == "2018-H1"


def test_a_figure_in_parentheses_after_a_year_has_that_year():
    p = _pcts("Tỷ lệ năm nay thấp hơn năm 2015 (62%).")
    assert p["62%"].period == "2015"


def test_a_figure_with_words_in_the_parentheses_is_not_taken():
    p = _pcts("Tỷ lệ năm nay thấp hơn năm 2015 (khi đạt 62%).")
    assert p["62%"].period != "2015"


# ---------------------------------------------------------------- the base of a comparison is no goal


def test_the_compared_base_in_parentheses_is_not_a_target():
    p = _pcts("Huyện phấn đấu thu ngân sách cao hơn mức năm 2016 (12,5%).")
    assert p["12,5%"].is_target is False


def test_the_compared_plan_in_parentheses_stays_a_target():
    p = _pcts("Huyện phấn đấu tăng trưởng cao hơn chỉ tiêu đề ra (9%).")
    assert p["9%"].is_target is True


def test_a_list_after_a_goal_does_not_make_the_compared_base_a_goal():
    p = _pcts("Tỉnh phấn đấu tăng trưởng cao hơn kế hoạch (7%) và cao hơn mức quý I (7,6%).")
    assert p["7%"].is_target is True
    assert p["7,6%"].is_target is False


# ---------------------------------------------------------------- a level that will apply from a date


def test_tu_a_date_then_se_gives_the_level_its_start():
    p = _pcts("Riêng xe tải nhẹ, từ 1/1/2019 sẽ áp dụng mức phí 15%.")
    assert p["15%"].period == "2019-01-01"


def test_tu_a_date_then_a_past_verb_gives_none():
    p = _pcts("Từ ngày 10/5, phường đã trả 97% kết quả đúng hẹn.")
    assert p["97%"].period is None


def test_tu_a_date_in_another_clause_gives_none():
    p = _pcts("Từ ngày 1/7 chính sách mới có hiệu lực; doanh nghiệp sẽ đóng 8% vào quỹ.")
    assert p["8%"].period != "XXXX-07-01"


def test_a_pair_in_parentheses_after_a_compared_quarter_is_not_that_quarter_s():
    p = _pcts("GDP quý II tăng mạnh so với quý I/2018 (7,1% so với 6,2%).")
    assert p["7,1%"].period != "2018-Q1"


# ---------------------------------------------------------------- từ X% as a starting level


def test_tu_with_len_further_on_is_no_floor():
    p = _pcts("Tỷ lệ hộ dùng nước sạch tăng từ 70% vào năm 2012 lên 88% năm nay.")
    assert p["70%"].qualifier is None


def test_tu_with_xuong_further_on_is_no_floor():
    p = _pcts("Chi phí không chính thức giảm từ 9% (năm 2014) xuống 6% năm 2016.")
    assert p["9%"].qualifier is None


def test_tu_tro_len_is_still_a_floor():
    p = _pcts("Có 40 xã đạt từ 90% trở lên.")
    assert p["90%"].qualifier == "at_least"


# ---------------------------------------------------------------- verbs inside a body's name (merge review)

@pytest.mark.parametrize("text, agency", [
    ("Năm 2016, Bộ Ngoại giao giải quyết 98% hồ sơ lãnh sự đúng hạn.", "Bộ Ngoại giao"),
    ("Phòng Cảnh sát giao thông tỉnh xử lý 95% số vụ vi phạm trong quý I.", "Phòng Cảnh sát giao thông tỉnh"),
    ("Năm nay Cục Hàng không đạt 90% kế hoạch.", "Cục Hàng không"),
    ("Bộ TTTT giao 80% chỉ tiêu cho các địa phương.", "Bộ TTTT"),          # the verb still ends the name
])
def test_a_verb_inside_a_body_name_does_not_end_it(text, agency):
    assert [p.agency for p in cchc_extract.extract(text, exclude=["entities"]).percentages] == [agency]

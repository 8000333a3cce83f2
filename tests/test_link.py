"""The link step: whose figure (agency) and for when (period), and what kind.

Each rule of facts/link.py and facts/link_stage.py with short sentences of our
own; patterns/link.yaml and metric_kinds.yaml hold more examples (run by
test_pattern_examples.py).
"""

from __future__ import annotations

import pytest

import cchc_extract
from cchc_extract.facts.link import PeriodDates, reporter_floor
from cchc_extract.facts.metric_kind import RULES, Scope, classify
from cchc_extract.records import DateMention, MetricKind


def _pcts(text):
    return {p.text: p for p in cchc_extract.extract(text, exclude=["entities"]).percentages}


def _counts(text):
    return {c.count: c for c in cchc_extract.extract(text, exclude=["entities"]).dossier_counts}


def test_a_percentage_takes_the_office_of_its_count():
    p = _pcts("Trong quý I/2024, Bộ phận một cửa UBND xã Hòa An tiếp nhận 310 hồ sơ (đạt tỷ lệ 100% đúng hạn).")
    assert p["100%"].agency == "Bộ phận một cửa UBND xã Hòa An" and p["100%"].period == "2024-Q1"


def test_a_part_keeps_the_period_of_its_total_across_trong_do():
    c = _counts("Tháng 3/2024, phường tiếp nhận 1.300 hồ sơ. Trong đó, trực tuyến 1.000 hồ sơ, trực tiếp 300 hồ sơ.")
    assert c[1000].period == c[300].period == "2024-03"
    assert c[1000].part_of == c[300].part_of == "d1"


def test_trong_do_sentence_keeps_the_period_of_the_sentence_before_for_a_percentage():
    p = _pcts("Năm 2023, thu ngân sách của huyện tăng 9%. Trong đó, thu từ thuế tăng 6%.")
    assert p["6%"].period == "2023"


def test_reporting_clause_is_not_the_agency():
    text = "Theo Sở Nội vụ, huyện Tân Kỳ đạt 96%."
    assert reporter_floor(text, 0, text.index("96")) == text.index(", huyện") + 1
    assert _pcts(text)["96%"].agency == "huyện Tân Kỳ"
    assert _pcts("Sở Nội vụ cho biết tỷ lệ đạt 96%.")["96%"].agency is None


def test_source_of_data_is_not_the_agency():
    assert _counts("Số liệu của Cục Thống kê cho thấy đã tiếp nhận 5.000 hồ sơ.")[5000].agency is None


def test_bare_level_and_generic_group_are_no_agency():
    p = _pcts("Cấp huyện đạt 93%; các sở, ngành đạt 97%.")
    assert p["93%"].agency is None and p["97%"].agency is None


def test_cut_off_is_no_period_but_a_targets_deadline_is():
    assert _counts("Tính đến ngày 15/5/2024, xã nhận 640 hồ sơ.")[640].period is None
    p = _pcts("Tỉnh phấn đấu đến năm 2027 có 90% hồ sơ trực tuyến.")
    assert p["90%"].is_target and p["90%"].period == "2027"


def test_from_to_mentions_make_one_period():
    text = "Từ ngày 1/2/2024 đến 31/3/2024, huyện giải quyết 700 hồ sơ."
    d1, d2 = text.index("1/2/2024"), text.index("31/3/2024")
    dates = PeriodDates(text, [DateMention(text="1/2/2024", start=d1, end=d1 + 8, kind="date", value="2024-02-01"),
                               DateMention(text="31/3/2024", start=d2, end=d2 + 9, kind="date",
                                           value="2024-03-31")], [])
    assert [d.value for d in dates.between(0, len(text))] == ["2024-02-01/2024-03-31"]


def test_a_bare_start_day_is_no_period():
    assert _pcts("Mô hình chạy từ ngày 1/6/2023 và đã đạt 85% hồ sơ đúng hạn.")["85%"].period is None


def test_no_period_from_a_topic_sentence_paragraphs_before():
    text = "Năm 2023 là năm bứt phá.\n\nCác xã làm tốt.\n\nTỷ lệ hồ sơ đúng hạn đạt 99%."
    assert _pcts(text)["99%"].period is None


def test_list_head_gives_its_lines_their_period():
    text = "Kết quả 6 tháng đầu năm 2024:\n- Tỷ lệ hồ sơ trực tuyến: 71%\n- Tỷ lệ đúng hạn: 98%"
    p = _pcts(text)
    assert p["71%"].period == p["98%"].period == "2024-H1"


def test_metric_kind_vocabulary_covers_the_contract():
    kinds = {r.kind for r in RULES}
    assert kinds == set(MetricKind.__args__) - {"other"}


@pytest.mark.parametrize("before,after,kind", [
    ("tỷ lệ hồ sơ đúng hạn đạt", "", "on_time_rate"),
    ("", "hồ sơ trễ hẹn", "overdue_rate"),
    ("", "văn bản được gửi qua mạng", None),
    ("GRDP tăng", "", "growth_rate"),
    ("đóng góp", "GDP", None),
])
def test_classify(before, after, kind):
    assert classify(Scope(before, after, is_change="tăng" in before)) == kind


def test_metric_is_the_measured_thing():
    p = _pcts("Doanh thu và lợi nhuận tăng lần lượt 12% và 8%.")
    assert p["12%"].metric == p["8%"].metric == "Doanh thu và lợi nhuận"


# ------------------------------------------------------------ audit round 2 classes (issue 16)
# Sentences of our own for each class of linked-field error the second precision audit found.


def test_a_place_inside_a_longer_name_is_not_whose_figure_it_is():
    from cchc_extract.facts.link import names_other
    text = "Khách đến Hà Nội, châu Âu và Bệnh viện Việt Đức tăng."
    assert names_other(text, text.index("Hà Nội"), text.index("Hà Nội") + 6) is False
    assert names_other(text, text.index("Âu"), text.index("Âu") + 2)  # a continent: `châu` before it
    at = text.index("Đức")
    assert names_other(text, at, at + 3)  # after a capitalised word: the end of a longer name
    for sentence in ("Giá trái phiếu Chính phủ tăng 1,1%.", "Lượng khách tới châu Mỹ tăng 2%.",
                     "Vùng châu Á - Thái Bình Dương tăng 5%.",
                     "Theo Quyết định số 15/2019/QĐ-TTg của Chính phủ, hộ nghèo được hỗ trợ 70% học phí."):
        (p,) = _pcts(sentence).values()
        assert p.agency is None, sentence


def test_what_a_post_holder_owns_is_not_the_countrys_but_a_post_speaks_for_it():
    assert _pcts("Đảng Tự do của cựu Thủ tướng Canada đạt 31% số phiếu.")["31%"].agency is None
    assert _pcts("Tổng thống Pháp cam kết hạ thuế doanh nghiệp xuống 25%.")["25%"].agency == "Pháp"


def test_a_place_ending_the_noun_after_the_figure_owns_it_unless_it_is_a_destination():
    assert _pcts("Có 64% cử tri Mông Cổ ủng hộ.")["64%"].agency == "Mông Cổ"
    assert _pcts("Khoảng 12% cà phê xuất khẩu sang Đức.")["12%"].agency is None
    assert _pcts("Nhà máy 100% vốn Hàn Quốc tuyển thêm công nhân.")["100%"].agency is None


def test_schools_and_the_receiver_after_nop_ve_are_dossier_agencies():
    assert _counts("Đã có 2.300 hồ sơ nộp về Học viện Ngân hàng.")[2300].agency == "Học viện Ngân hàng"
    assert _counts("Trường THCS Ngô Sĩ Liên nhận 700 hồ sơ.")[700].agency == "Trường THCS Ngô Sĩ Liên"
    assert _counts("Giá trên thị trường Hà Nội ổn định, có 50 hồ sơ.")[50].agency is None


def test_an_abbreviation_dot_stays_inside_an_office_name():
    assert _counts("Chi cục Thuế TP.Vinh tiếp nhận 820 hồ sơ.")[820].agency == "Chi cục Thuế TP.Vinh"
    assert _counts("Theo Cục Hải quan TP.HCM, có 3.300 hồ sơ.")[3300].agency is None


def test_periods_that_are_not_what_the_figure_covers():
    assert _pcts("Theo Luật Đất đai (LĐĐ) năm 2013, người dân được giảm 50% tiền sử dụng đất.")["50%"].period is None
    assert _counts("Sáng 4/9, Đại tá Trần Văn Hai cho biết: đã có 900 hồ sơ nộp về.")[900].period is None
    assert _counts("Trường sẽ công khai 70 hồ sơ trước 17h ngày 25/7.")[70].period is None
    assert _counts("Đầu năm 2018, lũy kế đến ngày 9/2/2018 có 85 hồ sơ đang chờ duyệt.")[85].period is None
    assert _pcts("Lợi nhuận tăng hơn 30% kết quả của năm 2015.")["30%"].period is None
    # still a period when nothing of the above is written
    assert _counts("Ngày 4/9, xã tiếp nhận 90 hồ sơ.")[90].period.endswith("-09-04")


def test_a_change_written_as_its_equivalent_in_percent_is_a_change():
    p = _pcts("Chỉ số HNX tăng 1,2 điểm, tương ứng 0,9%.")
    assert p["0,9%"].is_change and p["0,9%"].metric == "Chỉ số HNX"
    assert not _pcts("Số hộ nghèo là 420 hộ, tương ứng 3% số hộ.")["3%"].is_change


def test_the_metric_is_not_a_following_clause_nor_the_denominator():
    assert _pcts("Giá cà phê giảm 4% sau khi Brazil được mùa.")["4%"].metric == "Giá cà phê"
    assert _pcts("Tổng chi ngân sách đạt 38% dự toán.")["38%"].metric == "Tổng chi ngân sách"


def test_place_phrases_scans_the_four_kinds_apart_as_the_one_pattern_would():
    """``place_phrases`` scans the kinds of ``PLACE_RE`` one by one (a speed-up): at every
    position and window it must give ``PLACE_RE.finditer``'s spans, the first kind winning
    where two start at once (``TP. Vinh``: the level word ``TP`` before the dotted form;
    ``Quốc hội``: a body; ``Hà Nội``: the gazetteer)."""
    from cchc_extract.facts import link

    texts = [
        "Theo Sở Nội vụ tỉnh Nghệ An, TP. Vinh và TP.Huế, Hà Nội cùng Quốc hội, Chính phủ đều đạt 90%.",
        "Ở thành phố Đà Nẵng, quận 3 và Phường 12 (TP.HCM), huyện Củ Chi, tỉnh  Bà Rịa - Vũng Tàu.",
        "tp Hồ Chí Minh, Tp. Cần Thơ; xã Hòa An; thị xã Sơn Tây; Lào, Campuchia, Thái Bình Dương.",
        "HàNội, Hà Nộii, tỉnh, TP., quốc hội, 100% ở Bến Tre, thủ đô Viêng Chăn.",
    ]
    for text in texts:
        for lo in range(0, len(text), 3):
            for hi in range(lo, len(text) + 1, 7):
                want = [m.span() for m in link.PLACE_RE.finditer(text, lo, hi)]
                assert list(link._PLACES.finditer_spans(text, lo, hi)) == want, (text, lo, hi)
    spans = list(link._PLACES.finditer_spans(texts[0], 0, len(texts[0])))
    assert [texts[0][a:b].rstrip(" ,.") for a, b in spans] == [
        "tỉnh Nghệ An", "TP. Vinh", "TP.Huế", "Hà Nội", "Quốc hội", "Chính phủ"]


def test_office_heads_searched_part_by_part_find_what_the_one_pattern_finds():
    """``agency_phrases`` searches the heads of ``HEAD_RE`` one part at a time, keeping each
    part's next match as the scan moves on (also past a phrase); every search must be
    ``HEAD_RE.search`` from the same place."""
    from cchc_extract.facts import link

    text = ("Theo UBND tỉnh, Bộ phận một cửa UBND huyện Yên Thành và Sở Tư pháp, Trung tâm Phục vụ hành chính "
            "công tỉnh, các đơn vị được UBND tỉnh giao, Công an tỉnh, Trường THPT Kim Liên, thị trường Bengaluru, "
            "Chi cục Thuế huyện, Văn phòng đăng ký đất đai tiếp nhận 120 hồ sơ.")
    for hi in (len(text), 120, 61):
        for step in (0, 1, 5, 17):
            search, pos = link._HEADS.searcher(text, hi), 0
            while True:
                want, got = link.HEAD_RE.search(text, pos, hi), search(pos)
                assert (want and want.span()) == (got and got.span()), (hi, step, pos)
                if want is None:
                    break
                pos = want.end() + step
    heads = [text[a:b] for a, b in link.agency_phrases(text, 0, len(text))]
    # (`và` before a capital goes on with the phrase; `thị trường` is no school)
    assert heads == ["UBND tỉnh", "Bộ phận một cửa UBND huyện Yên Thành và Sở Tư pháp",
                     "Trung tâm Phục vụ hành chính công tỉnh", "các đơn vị được UBND tỉnh giao", "Công an tỉnh",
                     "Trường THPT Kim Liên", "Chi cục Thuế huyện", "Văn phòng đăng ký đất đai"]


def test_place_alone_is_the_whole_string_match_of_place_re():
    """``place_alone`` (a metric that is only a place is no metric) looks the gazetteer's
    names up in a set and matches the other kinds of place: it must say what
    ``PLACE_RE.fullmatch`` says, for names, names with more around them, case and blanks."""
    from cchc_extract.facts import link

    names = sorted(link._GAZ_SET)[:40]
    samples = names + [n + " " for n in names] + [" " + n for n in names] + [n.lower() for n in names] + [
        "tỉnh Nghệ An", "Tỉnh  Nghệ An", "TP. Vinh", "TP.Huế", "Quốc hội", "quốc hội", "Chính  phủ", "Hà Nội 2",
        "thành phố Đà Nẵng", "quận 3", "Phường 12", "tp Hồ Chí Minh", "kim ngạch xuất khẩu", "", "Hà",
        "Hà Nội, Lào", "Thái Bình Dương", "tỉnh", "TP.", "xã Hòa An", "Hà Nội và Lào"]
    for s in samples:
        assert link.place_alone(s) == (link.PLACE_RE.fullmatch(s) is not None), s
    assert link.place_alone("Hà Nội") and link.place_alone("tỉnh Nghệ An") and not link.place_alone("Hà Nội 2")

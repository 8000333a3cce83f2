"""Whole-article expectations on synthetic reports in the shapes real outlets print.

The five corpus articles come from a handful of outlets and years; these
articles are written for the test (no corpus sentences) and cover what other
provinces, outlets and years bring: a provincial one-stop centre's quarterly
report, a Ho Chi Minh City district with numbered units, a ministry's index
announcement, a 2025 post-merger commune report (``xã``, ``đặc khu``) and a
report with feed-style headers, an all-capitals headline and mixed number
forms (``hơn 1,2 nghìn``, ``2 vạn``, ``6.650/6.700``).  For each one the whole
list of dates, percentages and dossier counts is compared, so a spurious
extra mention fails as much as a miss.
"""

from __future__ import annotations

import pytest

PROVINCE_QUARTER = """\
BẮC NINH: HƠN 98% HỒ SƠ ĐƯỢC GIẢI QUYẾT ĐÚNG HẠN TRONG QUÝ III/2024

Trong quý III/2024, Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh tiếp nhận 25.310 hồ sơ, trong đó 18.200 hồ sơ \
trực tuyến, 7.110 hồ sơ trực tiếp; đã giải quyết 24.987 hồ sơ, đạt 98,7%, trong đó trước hạn 12.000 hồ sơ, đúng hạn \
12.700 hồ sơ, quá hạn 287 hồ sơ.

Lũy kế 9 tháng năm 2024, toàn tỉnh tiếp nhận hơn 1,2 nghìn hồ sơ đất đai và 1,5 triệu hồ sơ thủ tục hành chính các \
loại, tăng 12,5% so với cùng kỳ. Số hồ sơ giải quyết đúng hạn đạt 99,6%.

Ngày 19 tháng 7 năm 2023, UBND tỉnh ban hành kế hoạch cải cách hành chính, phấn đấu đến năm 2025 đạt 100% thủ tục \
hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.

Minh Anh
"""

HCMC_DISTRICT = """\
Quận 1 đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính

(PLO) - Sáng 12/3/2024, UBND quận 1 tổ chức hội nghị sơ kết công tác cải cách hành chính quý I năm 2024.

Theo báo cáo, từ đầu năm đến ngày 10/3/2024, Bộ phận một cửa UBND quận 1 đã tiếp nhận 4.521 hồ sơ, giải quyết đúng \
hạn 4.480 hồ sơ (đạt 99,1%). Riêng UBND phường Bến Nghé tiếp nhận 1.032 hồ sơ, tỷ lệ hồ sơ trực tuyến chiếm 86%.

Ông Trần Văn Bình, Chủ tịch UBND phường Bến Nghé cho biết, năm 2023 phường tiếp nhận gần 5.000 hồ sơ, trong đó \
khoảng 4.300 hồ sơ nộp qua mạng.
"""

MINISTRY = """\
Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023

Chiều 16/5/2024, Bộ Nội vụ họp báo công bố Chỉ số cải cách hành chính năm 2023 của các bộ, \
cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương.

Phát biểu tại hội nghị, Thứ trưởng Bộ Nội vụ Nguyễn Văn A cho biết, giá trị trung bình Chỉ số CCHC năm 2023 của các \
bộ là 84,05%, tăng 2,13% so với năm 2022. Quảng Ninh tiếp tục dẫn đầu với 92,18%; Hải Phòng xếp thứ 2/63.

Trong giai đoạn 2021 - 2025, Chính phủ đặt mục tiêu mức độ hài lòng của người dân đạt trên 90%. Thời gian qua, \
cả nước có 6.000 thủ tục hành chính được cắt giảm, đơn giản hóa.
"""

POST_MERGER = """\
Tỉnh Quảng Trị (mới): 100% xã, đặc khu vận hành ổn định Trung tâm phục vụ hành chính công

Sau hơn 1 tháng vận hành chính quyền địa phương 2 cấp (từ ngày 1/7/2025), các Trung tâm phục vụ hành chính công cấp \
xã của tỉnh Quảng Trị (mới) đã tiếp nhận 38.456 hồ sơ, đã giải quyết 35.102 hồ sơ, đang giải quyết 3.354 hồ sơ.

Tại đặc khu Cồn Cỏ, Trung tâm phục vụ hành chính công đặc khu tiếp nhận 215 hồ sơ, 100% được giải quyết trước và \
đúng hạn.

Xã Đồng Lê tiếp nhận 1.204 hồ sơ, trong đó 1.150 hồ sơ trực tuyến (chiếm 95,5%).

Tính đến ngày 15/8/2025, tỷ lệ hồ sơ trực tuyến toàn trình trên địa bàn tỉnh đạt 72,3%.
"""

MIXED_FORMS = """\
THÀNH PHỐ THỦ ĐỨC: GẦN 100% HỒ SƠ ĐƯỢC TRẢ ĐÚNG HẸN

Ngày 5-1-2022, UBND TP Thủ Đức cho biết trong năm 2021 đã tiếp nhận hơn 2 vạn hồ sơ (HS), trong đó 19.876 HS được \
giải quyết đúng hẹn, 124 HS trễ hẹn.

Tính từ ngày 01/01/2021 đến ngày 30/6/2021, thành phố giải quyết 6.650/6.700 hồ sơ đến hạn. Tháng 12/2021, \
thành phố tiếp nhận 1.870 hồ sơ, tăng 15% so với tháng 11/2021. Mức độ hài lòng đạt 98,5 phần trăm, giảm \
0,5 điểm phần trăm so với năm trước.

Nhiệm kỳ 2020 - 2025, thành phố phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình. \
Luật Đất đai năm 2024 có hiệu lực từ 01.8.2024. 3 năm qua, hàng nghìn hồ sơ đã được số hóa.

Thanh Tùng
"""

# (text, kind, value) in text order
DATES = {
    "province": [
        ("QUÝ III/2024", "quarter", "2024-Q3"), ("quý III/2024", "quarter", "2024-Q3"),
        ("9 tháng năm 2024", "period", "2024-01/2024-09"), ("19 tháng 7 năm 2023", "date", "2023-07-19"),
        ("năm 2025", "year", "2025"),
    ],
    "hcmc": [
        ("12/3/2024", "date", "2024-03-12"), ("quý I năm 2024", "quarter", "2024-Q1"),
        ("10/3/2024", "date", "2024-03-10"), ("năm 2023", "year", "2023"),
    ],
    "ministry": [
        ("năm 2023", "year", "2023"), ("16/5/2024", "date", "2024-05-16"), ("năm 2023", "year", "2023"),
        ("năm 2023", "year", "2023"), ("năm 2022", "year", "2022"),
        ("giai đoạn 2021 - 2025", "period", "2021/2025"),
    ],
    "merger": [("1/7/2025", "date", "2025-07-01"), ("15/8/2025", "date", "2025-08-15")],
    "mixed": [
        ("5-1-2022", "date", "2022-01-05"), ("năm 2021", "year", "2021"),
        ("từ ngày 01/01/2021 đến ngày 30/6/2021", "period", "2021-01-01/2021-06-30"),
        ("Tháng 12/2021", "month", "2021-12"), ("tháng 11/2021", "month", "2021-11"),
        ("Nhiệm kỳ 2020 - 2025", "period", "2020/2025"), ("01.8.2024", "date", "2024-08-01"),
    ],
}

# (text, value, qualifier, is_change, is_target) in text order
PERCENTAGES = {
    "province": [
        ("98%", 98.0, "over", False, False), ("98,7%", 98.7, None, False, False),
        ("12,5%", 12.5, None, True, False), ("99,6%", 99.6, None, False, False),
        ("100%", 100.0, None, False, True),
    ],
    "hcmc": [("99,1%", 99.1, None, False, False), ("86%", 86.0, None, False, False)],
    "ministry": [
        ("84,05%", 84.05, None, False, False), ("2,13%", 2.13, None, True, False),
        ("92,18%", 92.18, None, False, False), ("90%", 90.0, "over", False, True),
    ],
    "merger": [
        ("100%", 100.0, None, False, False), ("100%", 100.0, None, False, False),
        ("95,5%", 95.5, None, False, False), ("72,3%", 72.3, None, False, False),
    ],
    "mixed": [
        ("100%", 100.0, "approx", False, False), ("15%", 15.0, None, True, False),
        ("98,5 phần trăm", 98.5, None, False, False), ("0,5 điểm phần trăm", 0.5, None, True, False),
        ("100%", 100.0, None, False, True),
    ],
}

# (text, count, qualifier, status, channel) in text order
DOSSIERS = {
    "province": [
        ("25.310 hồ sơ", 25310, None, "received", None), ("18.200 hồ sơ", 18200, None, "received", "online"),
        ("7.110 hồ sơ", 7110, None, "received", "in_person"), ("24.987 hồ sơ", 24987, None, "resolved", None),
        ("12.000 hồ sơ", 12000, None, "early", None), ("12.700 hồ sơ", 12700, None, "on_time", None),
        ("287 hồ sơ", 287, None, "overdue", None), ("1,2 nghìn hồ sơ", 1200, "over", "received", None),
        ("1,5 triệu hồ sơ", 1500000, None, "received", None),
    ],
    "hcmc": [
        ("4.521 hồ sơ", 4521, None, "received", None), ("4.480 hồ sơ", 4480, None, "on_time", None),
        ("1.032 hồ sơ", 1032, None, "received", None), ("5.000 hồ sơ", 5000, "approx", "received", None),
        ("4.300 hồ sơ", 4300, "approx", "received", "online"),
    ],
    "ministry": [],
    "merger": [
        ("38.456 hồ sơ", 38456, None, "received", None), ("35.102 hồ sơ", 35102, None, "resolved", None),
        ("3.354 hồ sơ", 3354, None, "pending", None), ("215 hồ sơ", 215, None, "received", None),
        ("1.204 hồ sơ", 1204, None, "received", None), ("1.150 hồ sơ", 1150, None, "received", "online"),
    ],
    "mixed": [
        ("2 vạn hồ sơ", 20000, "over", "received", None), ("19.876 HS", 19876, None, "on_time", None),
        ("124 HS", 124, None, "overdue", None), ("6.650/6.700 hồ sơ", 6650, None, "resolved", None),
        ("1.870 hồ sơ", 1870, None, "received", None),
    ],
}

ARTICLES = {"province": PROVINCE_QUARTER, "hcmc": HCMC_DISTRICT, "ministry": MINISTRY, "merger": POST_MERGER,
            "mixed": MIXED_FORMS}


@pytest.fixture(scope="module")
def records(facts_pipeline):
    return {k: facts_pipeline(text) for k, text in ARTICLES.items()}


@pytest.mark.parametrize("name", list(ARTICLES))
def test_dates(records, name):
    assert [(d.text, d.kind, d.value) for d in records[name].dates] == DATES[name]


@pytest.mark.parametrize("name", list(ARTICLES))
def test_percentages(records, name):
    got = [(p.text, p.value, p.qualifier, p.is_change, p.is_target) for p in records[name].percentages]
    assert got == PERCENTAGES[name]


@pytest.mark.parametrize("name", list(ARTICLES))
def test_dossier_counts(records, name):
    got = [(d.text, d.count, d.qualifier, d.status, d.channel) for d in records[name].dossier_counts]
    assert got == DOSSIERS[name]


def test_offsets_are_exact(records):
    for name, rec in records.items():
        text = ARTICLES[name]
        for item in [*rec.dates, *rec.percentages, *rec.dossier_counts, *rec.quantities]:
            assert text[item.start:item.end] == item.text


def test_agencies_and_periods_follow_the_report(records):
    prov = records["province"].dossier_counts
    assert {d.agency for d in prov[:7]} == {"Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh"}
    assert {d.period for d in prov[:7]} == {"2024-Q3"}
    assert {d.period for d in prov[7:]} == {"2024-01/2024-09"}
    hcmc = records["hcmc"].dossier_counts
    assert hcmc[0].agency == "Bộ phận một cửa UBND quận 1"
    assert hcmc[2].agency == "UBND phường Bến Nghé"
    assert hcmc[3].period == "2023"
    merger = records["merger"].dossier_counts
    assert merger[3].agency == "Trung tâm phục vụ hành chính công đặc khu"
    assert records["mixed"].dossier_counts[0].agency == "UBND TP Thủ Đức"


def test_metadata_of_the_synthetic_reports(records):
    assert records["province"].title.startswith("BẮC NINH: HƠN 98%")
    assert records["province"].authors == ["Minh Anh"]
    assert records["hcmc"].outlet == "PLO"
    assert records["mixed"].authors == ["Thanh Tùng"]


def test_quantities_of_the_ministry_article(records):
    got = [(q.text, q.kind, q.value, q.unit) for q in records["ministry"].quantities]
    assert got == [("xếp thứ 2/63", "rank", 2.0, "/63"), ("6.000 thủ tục hành chính", "count", 6000.0, "thủ tục")]


def test_entities_of_the_synthetic_reports():
    from cchc_extract import extract

    def ents(text):
        return {(e.text, e.label) for e in extract(text).entities}

    hcmc = ents(HCMC_DISTRICT)
    assert {("Bộ phận một cửa UBND quận 1", "ORG"), ("UBND phường Bến Nghé", "ORG"),
            ("Trần Văn Bình", "PER")} <= hcmc
    ministry = ents(MINISTRY)
    assert {("Bộ Nội vụ", "ORG"), ("Nguyễn Văn A", "PER"), ("Quảng Ninh", "LOC"), ("Hải Phòng", "LOC"),
            ("Chính phủ", "ORG")} <= ministry
    merger = ents(POST_MERGER)
    assert {("đặc khu Cồn Cỏ", "LOC"), ("Xã Đồng Lê", "LOC")} <= merger
    assert ("BẮC NINH", "LOC") in ents(PROVINCE_QUARTER)


@pytest.mark.parametrize("ellipsis", ["...", "…", " …"])
def test_a_headline_cut_by_the_feed_is_taken_whole_from_the_page(facts_pipeline, ellipsis):
    text = ("Huyện miền núi đẩy mạnh chuyển đổi số trong" + ellipsis + "\n\n"
            "Huyện miền núi đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính\n\n"
            "Năm 2024, huyện tiếp nhận 120 hồ sơ.")
    assert facts_pipeline(text).title == "Huyện miền núi đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính"


def test_a_short_line_ending_in_an_ellipsis_is_kept_as_the_title(facts_pipeline):
    text = "Cải cách…\n\nCải cách hành chính ở xã vùng cao\n\nNăm 2024, xã tiếp nhận 12 hồ sơ."
    assert facts_pipeline(text).title == "Cải cách…"

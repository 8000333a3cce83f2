"""Provinces: units before and after the 2025 merger, ambiguous names, the article's province."""

from __future__ import annotations

from pathlib import Path

import pytest

import cchc_extract
from cchc_extract.provinces import agency_province, article_province, mentions, province_name, resolve


def test_current_names_come_from_vietnam_provinces():
    from vietnam_provinces import Province

    names = {int(p.code): p.name for p in Province.iter_all()}
    assert len(names) == 34
    assert province_name(40) == names[40] == "Nghệ An"


@pytest.mark.parametrize("text,code,name,written", [
    # provinces of 2008-2025 merged into another: the new province, the old name kept
    ("UBND tỉnh Hà Giang", 8, "Tuyên Quang", "Hà Giang"),
    ("Sở Nội vụ tỉnh Bình Dương", 79, "Thành phố Hồ Chí Minh", "Bình Dương"),
    ("tỉnh Quảng Nam", 48, "Thành phố Đà Nẵng", "Quảng Nam"),
    ("tỉnh Hoà Bình", 25, "Phú Thọ", "Hoà Bình"),  # old-style tone mark
    ("tỉnh Thừa Thiên - Huế", 46, "Thành phố Huế", "Thừa Thiên - Huế"),
    ("UBND TỈNH KIÊN GIANG", 91, "An Giang", "KIÊN GIANG"),
    # a province that kept its name
    ("tỉnh Nghệ An", 40, "Nghệ An", "Nghệ An"),
    ("TP.HCM", 79, "Thành phố Hồ Chí Minh", "HCM"),
    ("Hà Nội", 1, "Thành phố Hà Nội", "Hà Nội"),
    # a city or district of 2008-2025 that only one province had: the old province's name
    ("Bộ phận một cửa UBND TP. Vinh", 40, "Nghệ An", "Nghệ An"),
    ("UBND huyện Vị Xuyên", 8, "Tuyên Quang", "Hà Giang"),
    ("quận 3", 79, "Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    # a commune and its district: the one province both lie in
    ("xã Ninh Hiệp, huyện Gia Lâm", 1, "Thành phố Hà Nội", "Hà Nội"),
])
def test_units_map_to_their_current_province(text, code, name, written):
    place = resolve(text)
    assert (place.code, place.name, place.as_written) == (code, name, written)


def test_a_shared_district_name_needs_the_article_province():
    # Châu Thành was a district of several Mekong provinces: alone, no province
    assert len({c for m in mentions("huyện Châu Thành") for c, _ in m.candidates}) > 1
    assert resolve("UBND huyện Châu Thành") is None
    # in an article about Đồng Tháp (82) it is that one; Tiền Giang and Đồng Tháp of
    # 2008-2025 (both now Đồng Tháp) each had one: the article's old province tells which
    place = resolve("UBND huyện Châu Thành", article=82)
    assert (place.code, place.name, place.as_written) == (82, "Đồng Tháp", None)
    place = resolve("UBND huyện Châu Thành", article=resolve("tỉnh Tiền Giang"))
    assert (place.code, place.as_written) == (82, "Tiền Giang")
    # an article province that is not among the candidates decides nothing
    assert resolve("UBND huyện Châu Thành", article=1) is None


def test_two_provinces_in_one_agency_give_none():
    assert resolve("Sở Tư pháp tỉnh Nghệ An và tỉnh Hà Tĩnh") is None
    assert resolve("Sở Nội vụ") is None and resolve("") is None


def test_an_agency_named_by_its_level_alone_takes_the_article_province():
    art = resolve("tỉnh Nghệ An")
    place = agency_province("Bộ phận một cửa UBND tỉnh", art)
    assert (place.code, place.as_written, place.source) == (40, None, "article")
    assert agency_province("Sở Tư pháp", art).code == 40
    assert agency_province("Bộ Nội vụ", art) is None  # a national body
    assert agency_province("Bộ phận một cửa UBND tỉnh", None) is None


def test_article_province_from_the_title_then_from_two_thirds_of_the_units():
    assert article_province("Huyện Gia Lâm đẩy mạnh cải cách", "Nội dung.").code == 1
    body = ("Năm nay, tỉnh Lạng Sơn tiếp nhận nhiều hồ sơ. Huyện Cao Lộc và huyện Lộc Bình "
            "dẫn đầu; đoàn công tác của tỉnh Cao Bằng đến học tập.")
    place = article_province("Cải cách hành chính", body)
    assert (place.code, place.name) == (20, "Lạng Sơn")
    # a round-up naming many provinces is about none of them
    many = "Các tỉnh Nghệ An, Hà Tĩnh, tỉnh Quảng Bình và tỉnh Thanh Hóa báo cáo kết quả."
    assert article_province("Bảng xếp hạng", many) is None
    # one mention is not enough
    assert article_province(None, "Đoàn công tác làm việc với tỉnh Nghệ An.") is None


def test_records_carry_the_province_of_article_agency_and_places():
    text = ("UBND tỉnh Hà Giang đẩy mạnh cải cách\n\n"
            "Năm 2023, Bộ phận một cửa UBND huyện Vị Xuyên tiếp nhận 1.200 hồ sơ, đúng hạn đạt 98%. "
            "Sở Tư pháp giải quyết 300 hồ sơ. Người dân ở huyện Vị Xuyên hài lòng.")
    rec = cchc_extract.extract_text(text)
    assert (rec.province_code, rec.province_name, rec.province_as_written) == (8, "Tuyên Quang", "Hà Giang")
    d1, d2 = rec.dossier_counts
    assert (d1.province_code, d1.province_name, d1.province_as_written) == (8, "Tuyên Quang", "Hà Giang")
    assert (d2.agency, d2.province_code, d2.province_as_written) == ("Sở Tư pháp", 8, None)
    assert rec.percentages[0].province_code == 8
    places = {e.text: (e.province_code, e.province_as_written) for e in rec.entities if e.label in ("LOC", "ORG")}
    assert places["huyện Vị Xuyên"] == (8, "Hà Giang")
    assert places["UBND tỉnh Hà Giang"] == (8, "Hà Giang")
    assert places["Sở Tư pháp"] == (None, None)  # an entity is placed by its own words only


def test_fields_stay_null_without_a_province_and_the_stage_needs_no_other_stage():
    rec = cchc_extract.extract_text("Cơ quan tiếp nhận 12 hồ sơ.")
    assert rec.province_code is None and rec.dossier_counts[0].province_code is None
    rec = cchc_extract.extract("UBND tỉnh Nghệ An tiếp nhận 12 hồ sơ.",
                               exclude=["entities", "dossiers", "quantities", "link", "checks"])
    assert rec.province_code == 40 and rec.dossier_counts == []  # the one line is its title


@pytest.mark.parametrize("text", ["khu vực châu Á - Thái Bình Dương", "Ảnh: P. Thảo", "Q. Hương cho biết"])
def test_what_is_not_a_unit(text):
    assert resolve(text) is None


@pytest.mark.parametrize("window", [1 << 16, 11])
def test_mentions_are_tried_only_where_one_can_start_and_find_what_a_full_scan_finds(monkeypatch, window):
    """``mentions`` tries the mention pattern only where an Aho-Corasick pass over the
    folded text sees a type word or a province name begin; over the bundled articles
    and texts of every shape it must give what ``finditer`` over the whole text gives."""
    from cchc_extract import provinces as P

    monkeypatch.setattr(P, "_WINDOW", window)  # a huge text is scanned a window at a time
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "corpus").rglob("*.txt"))]
    texts += ["Tỉnh Hà Giang, TPHCM, Tp.Hồ Chí Minh, T.P Vinh, TX. Sơn Tây, TT. Phong Điền, H. Củ Chi, Q.1",
              "P. Bến Nghé, tp Vinh, THÀNH PHỐ HUẾ, Thái Bình Dương, đặc khu Phú Quốc, xã Tân Lập, ẞtỉnh Nam Định",
              "quận  3 và Quận 10; huyện Châu Thành (tỉnh Tiền Giang); thị xã Từ Sơn-Bắc Ninh"]
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, max(len(text) // 3, len(text) - 7))):
            full = [(m.start(), m.end()) for m in P._mention_re().finditer(text, start, end)]
            assert [(m.start(), m.end()) for m in P._matches(text, start, end)] == full


def test_a_mention_placed_alone_is_cached_by_its_fields_not_its_offsets():
    """The article's vote places each mention on its own; the same unit named again
    (another offset) is looked up once, with the answer ``resolve_mentions`` gives."""
    from cchc_extract import provinces as P

    text = ("Huyện Gia Lâm và huyện Đông Anh (Hà Nội) tiếp nhận hồ sơ. Tại huyện Gia Lâm, "
            "UBND tỉnh Nghệ An và TP Vinh cũng vậy; huyện Gia Lâm đạt 98%.")
    found = P.mentions(text)
    assert len({m.start for m in found if m.name == "Gia Lâm"}) == 3
    for m in found:
        assert P._placed_alone(m.is_province, m.name, m.candidates) == P.resolve_mentions([m])
    assert P.article_province(None, text).as_written == "Hà Nội"

"""The error classes of the second entity audit, in sentences written for these tests.

Each case names what the tagger must find (text, label) and what it must not
(a span of the sentence that no entity may overlap, or an exact wrong entity).
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.entities import find_entities
from entity_checks import ents as _ents


@pytest.mark.parametrize("text,want", [
    # 1. an organisation whose name runs into a place is one ORG
    ("Xe bị Đội CSGT huyện Củ Chi tạm giữ.", ("Đội CSGT huyện Củ Chi", "ORG")),
    ("Lãnh đạo công an thị trấn Hưng Nguyên có mặt.", ("công an thị trấn Hưng Nguyên", "ORG")),
    ("Tàu tuần tra của Cảnh sát biển Nhật Bản áp sát.", ("Cảnh sát biển Nhật Bản", "ORG")),
    ("Trọng tài bị CLB Thanh Hóa khiếu nại.", ("CLB Thanh Hóa", "ORG")),
    ("Liên đoàn bóng rổ Đông Nam Á công bố lịch.", ("Liên đoàn bóng rổ Đông Nam Á", "ORG")),
    ("Hiệp hội Thép Việt Nam đề xuất áp thuế.", ("Hiệp hội Thép Việt Nam", "ORG")),
    ("Bộ Tư lệnh Vùng Cảnh sát biển Việt Nam tổ chức diễn tập.", ("Bộ Tư lệnh Vùng Cảnh sát biển Việt Nam", "ORG")),
    # 2. organisation names not cut before their distinguishing words
    ("Giám đốc Công ty TNHH nhựa Tân Phát xin lỗi.", ("Công ty TNHH nhựa Tân Phát", "ORG")),
    ("Hội chợ mở tại Trung tâm Hội nghị và triển lãm Bình Minh.", ("Trung tâm Hội nghị và triển lãm Bình Minh", "LOC")),
    ("Bà được giao làm Giám đốc Nhà hát Chèo mới.", ("Nhà hát Chèo", "ORG")),
    # 3. streets and outlets are no people
    ("Ngôi nhà số 18 Lê Thánh Tông bị nứt tường.", ("Lê Thánh Tông", "LOC")),
    ("Quán ở 102 Hoàng Diệu, phường 12 luôn đông khách.", ("Hoàng Diệu", "LOC")),
    ("Trận lũ quét qua bản. (Ảnh: Hữu Nam/Tintuc+)", ("Tintuc+", "ORG")),
    # 4. fragments across word boundaries
    ("Chuyến đi qua Anh Quốc kéo dài một tuần.", ("Anh Quốc", "LOC")),
    ("Bão hình thành trên Thái Bình Dương từ hôm qua.", ("Thái Bình Dương", "LOC")),
    ("Khách du lịch đổ về bán đảo Sơn Trà.", ("bán đảo Sơn Trà", "LOC")),
    ("Hàng điện tử nhập từ Đài Loan tăng mạnh.", ("Đài Loan", "LOC")),       # an outlet head opening a place
    ("Võ sĩ thi đấu tại nhà thi đấu Tiên Sơn tối nay.", ("nhà thi đấu Tiên Sơn", "LOC")),
    ("Cán bộ học tập tư tưởng Hồ Chí Minh mỗi tháng.", ("Hồ Chí Minh", "PER")),  # the man, not the city
])
def test_found_whole(text, want):
    assert want in _ents(text)


@pytest.mark.parametrize("text,span", [
    ("Xe bị Đội CSGT huyện Củ Chi tạm giữ.", "huyện Củ Chi"),          # not a LOC of its own
    ("Giám đốc Công ty TNHH nhựa Tân Phát xin lỗi.", "Tân Phát"),
    ("Hãng kiểm toán toàn cầu Deloitte có mặt tại đây.", "toàn cầu"),
    ("Thanh tra yêu cầu Sở Xây dựng báo cáo.", "yêu cầu"),
    ("Mỹ nhân họ Trần gây chú ý tại lễ trao giải.", "Mỹ"),
    ("Bão hình thành trên Thái Bình Dương từ hôm qua.", "Dương"),
    ("Chuyến đi qua Anh Quốc kéo dài một tuần.", "Anh"),
    ("Ngôi nhà số 18 Lê Thánh Tông bị nứt tường.", "Lê Thánh Tông"),
])
def test_no_fragment_or_wrong_label(text, span):
    """No entity is the span alone with a wrong reading (a fragment, a PER street, a place inside an ORG)."""
    s = text.index(span)
    for e in find_entities(text):
        if e.start <= s and e.end >= s + len(span) and (e.start, e.end) != (s, s + len(span)):
            continue  # a longer entity that holds the span whole
        overlaps = e.start < s + len(span) and s < e.end
        if span == "Lê Thánh Tông" and e.label == "LOC":
            continue  # the street itself
        assert not overlaps, (e.text, e.label)


def test_credit_naming_no_one_is_no_person():
    assert _ents("Tin tức\nẢnh: Internet Miền Bắc trời rét.") == [] or \
        all(label != "PER" for _, label in _ents("Tin tức\nẢnh: Internet Miền Bắc trời rét."))
    assert ("Dân", "PER") not in _ents("Tin tức\nẢnh: Dân làng cung cấp.")


def test_a_verb_between_two_bodies_keeps_them_apart():
    ents = _ents("Ngân hàng ABC phát hiện Công ty Hòa An làm giả hồ sơ.")
    assert ("Ngân hàng ABC", "ORG") in ents and ("Công ty Hòa An", "ORG") in ents

"""Round 12 of dossier counts: whose count it is and for when, in the ways writers vary it.

- a named place that is the subject of the count's clause, or fronts it, is whose count it
  is when no office is named (as for a percentage): `Năm 2023, huyện X tiếp nhận …`,
  `Tại thành phố Y, …`, `Z có … hồ sơ`; not a place that only qualifies a noun or a person,
  nor a bare level.

All sentences are our own wording.
"""

from __future__ import annotations

import pytest

import cchc_extract


def _counts(text):
    return {c.count: c for c in cchc_extract.extract(text, exclude=["entities"]).dossier_counts}


# ---------------------------------------------------------------- a named place as the agency


@pytest.mark.parametrize("text, agency", [
    ("Năm 2022, huyện Yên Thành tiếp nhận 8.765 hồ sơ.", "huyện Yên Thành"),
    ("Năm 2022 thị xã Thái Hòa đã giải quyết 4.321 hồ sơ.", "thị xã Thái Hòa"),
    ("Tại phường Hưng Bình, tháng 4/2023 có 610 hồ sơ được tiếp nhận.", "phường Hưng Bình"),
    ("Ở TP. Hội An, bộ phận tiếp nhận nhận 1.100 hồ sơ trong quý.", "TP. Hội An"),
    ("Theo Văn phòng UBND tỉnh, trong 9 tháng năm 2021 Hải Phòng có 30.500 hồ sơ nộp qua mạng.", "Hải Phòng"),
    ("Số hồ sơ của xã Nghi Phú trong năm là 950 hồ sơ.", "xã Nghi Phú"),
])
def test_a_place_that_is_the_subject_or_fronts_the_clause_owns_the_count(text, agency):
    (c,) = _counts(text).values()
    assert c.agency == agency


def test_a_place_in_a_breakdown_owns_its_share():
    c = _counts("Cả tỉnh tiếp nhận 7.000 hồ sơ, trong đó huyện Đô Lương 900 hồ sơ.")
    assert c[7000].agency is None
    assert c[900].agency == "huyện Đô Lương"


def test_an_office_still_wins_over_the_place_that_fronts_it():
    c = _counts("Tại huyện Anh Sơn, Bộ phận một cửa UBND huyện tiếp nhận 2.300 hồ sơ.")
    assert c[2300].agency == "Bộ phận một cửa UBND huyện"


@pytest.mark.parametrize("text", [
    "Các chi cục đã cấp phép cho tàu cá Việt Nam tổng cộng 1.250 hồ sơ.",  # the place qualifies a noun
    "Một nông dân ở xã Diễn Hải đã tố cáo 120 hồ sơ khống.",  # where a person lives
    "Ba người ở huyện Nam Đàn, Nghệ An đã làm giả 45 hồ sơ.",  # the same, with its province after a comma
    "Cấp huyện tiếp nhận 3.000 hồ sơ, cấp xã 5.000 hồ sơ.",  # bare levels
    "Toàn tỉnh có 11.000 hồ sơ được số hóa.",  # a level word without a name
])
def test_a_place_that_is_not_the_subject_is_no_agency(text):
    assert all(c.agency is None for c in _counts(text).values())


def test_a_source_place_is_no_agency():
    c = _counts("Theo Sở Nội vụ tỉnh Hà Tĩnh, năm 2020 đã tiếp nhận 6.200 hồ sơ.")
    assert c[6200].agency is None

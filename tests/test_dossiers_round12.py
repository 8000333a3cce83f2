"""Round 12 of dossier counts: whose count it is and for when, in the ways writers vary it.

- a named place that is the subject of the count's clause, or fronts it, is whose count it
  is when no office is named (as for a percentage): `Năm 2023, huyện X tiếp nhận …`,
  `Tại thành phố Y, …`, `Z có … hồ sơ`; not a place that only qualifies a noun or a person,
  nor a bare level;
- clauses parted by `;` that open with a verb share the subject of the clause before
  (`Sở X đã rà soát …; tiếp nhận … hồ sơ`), back over several such clauses;
- an office's name ends where a proper name of two or more capitalised words is followed by
  a plain lowercase word (`CA Hà Nội đủ khả năng`, `trường X Y Z toàn điểm`);
- after a reporting verb, a bare subject word (`huyện`, `Sở`, `nhà trường`) takes up the body of
  the speaker's title in the same sentence (`Ông X, Chánh Văn phòng UBND huyện Y, cho biết năm
  2023 huyện đã tiếp nhận …`: `huyện Y`);
- a body that only qualifies a word (`doanh nghiệp nợ BHXH`: the debt's creditor) is not the
  office of a count after it, as for a percentage;
- bodies written without a known head word: an inspectorate (`Thanh tra tỉnh`), the police
  by its abbreviation (`CA`, `CATP`), a council named by its task (`Hội đồng tuyển sinh`);
- a subheading glued to the next sentence without a full stop: the dates of that sentence
  are not the period of a count in the subheading;
- two times of one kind joined by `và` before a count are one period over both;
- a parenthesis opened by `trong`, `trong số`, `trên tổng số` before a count holds the whole
  the count before it is taken out of, not a part of it.

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
    ("Riêng với thị trấn Quán Hành, năm 2020 tiếp nhận 1.350 hồ sơ.", "thị trấn Quán Hành"),
    ("Về phía quận Thanh Khê, năm qua đã giải quyết 2.050 hồ sơ.", "quận Thanh Khê"),
])
def test_a_place_that_is_the_subject_or_fronts_the_clause_owns_the_count(text, agency):
    (c,) = _counts(text).values()
    assert c.agency == agency


@pytest.mark.parametrize("text, agency", [
    ("Đứng đầu là huyện Quỳnh Lưu với 14.000 hồ sơ.", "huyện Quỳnh Lưu"),
    ("Xếp sau là thành phố Hà Tĩnh với gần 9.500 hồ sơ trực tuyến.", "thành phố Hà Tĩnh"),
    ("Nhiều dự án đổ về địa bàn huyện Đô Lương với 40 hồ sơ xin chủ trương.", "huyện Đô Lương"),
    ("Trường có nhiều hồ sơ nhất là quận Cầu Giấy (Hà Nội) với số hồ sơ lên tới 6.200 hồ sơ.", "quận Cầu Giấy"),
])
def test_a_place_that_has_the_count_after_voi_owns_it(text, agency):
    (c,) = _counts(text).values()
    assert c.agency == agency


@pytest.mark.parametrize("text, agency", [
    ("Xã đã trả kết quả 780 hồ sơ ở xã Nghi Phong trong tháng.", "xã Nghi Phong"),
    ("Có 150 hồ sơ tách thửa tại TPHCM chưa được giải quyết.", "TPHCM"),
    ("Có 95 hồ sơ khởi kiện doanh nghiệp (DN) tại TPHCM bị trả lại.", "TPHCM"),
    ("Đã số hóa 2.900 hồ sơ hộ tịch trên địa bàn thành phố Hà Tĩnh.", "thành phố Hà Tĩnh"),
])
def test_a_place_after_the_noun_after_tai_or_o_owns_the_count(text, agency):
    (c,) = _counts(text).values()
    assert c.agency == agency


def test_an_office_after_tai_still_wins_and_a_later_place_is_another_clause():
    c = _counts("Năm qua, 620 hồ sơ được tiếp nhận tại Bộ phận một cửa UBND xã Hưng Tây.")
    assert c[620].agency == "Bộ phận một cửa UBND xã Hưng Tây"
    c = _counts("Phường nhận 55 hồ sơ tại trụ sở, còn ở xã Hưng Đông thì chưa.")
    assert c[55].agency is None


def test_a_place_where_it_happened_before_voi_is_no_agency():
    c = _counts("Giải đấu thu hút thí sinh trên khắp Việt Nam với hơn 900 hồ sơ đăng ký.")
    assert c[900].agency is None


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


# ---------------------------------------------------------------- the subject shared over `;`


@pytest.mark.parametrize("text, agency", [
    ("Phòng Tư pháp đã hướng dẫn 70 lượt người dân; tiếp nhận 430 hồ sơ.", "Phòng Tư pháp"),
    ("UBND xã Hưng Lộc niêm yết 120 thủ tục; đã giải quyết 875 hồ sơ.", "UBND xã Hưng Lộc"),
    ("Trong năm, Sở Y tế rà soát 60 thủ tục; số hóa 900 kết quả; trả kết quả 4.100 hồ sơ.", "Sở Y tế"),
    ("Năm 2019, quận Hải Châu công khai 150 thủ tục; tiếp nhận 2.700 hồ sơ.", "quận Hải Châu"),
    ("Chi cục Thuế kiểm tra 95 doanh nghiệp; kiểm tra 2.600 hồ sơ khai thuế.", "Chi cục Thuế"),
])
def test_a_clause_that_opens_with_a_verb_after_a_semicolon_shares_the_subject(text, agency):
    (c,) = _counts(text).values()
    assert c.agency == agency


def test_a_clause_after_a_semicolon_that_opens_with_a_level_or_group_does_not_take_the_count_before_s_office():
    c = _counts("Tháng 3, Bộ phận một cửa huyện Anh Sơn tiếp nhận 410 hồ sơ; ở các xã, thị trấn tiếp nhận 980 hồ sơ.")
    assert c[410].agency == "Bộ phận một cửa huyện Anh Sơn"
    assert c[980].agency is None
    c = _counts("UBND xã Đại Đồng tiếp nhận 700 hồ sơ; số hồ sơ đã giải quyết là 690 hồ sơ.")
    assert c[690].agency == "UBND xã Đại Đồng"


def test_a_place_after_cua_owns_the_count_only_as_the_dossiers_owner():
    assert _counts("Lượng hồ sơ hoàn thuế của tỉnh Bắc Ninh năm 2018 là 2.300 hồ sơ.")[2300].agency == "tỉnh Bắc Ninh"
    assert _counts("Đoàn kiểm tra của tỉnh Thanh Hóa đã rà soát 85 hồ sơ.")[85].agency is None


@pytest.mark.parametrize("text", [
    "Sở Công Thương cấp 200 giấy phép; cấp xã tiếp nhận 1.800 hồ sơ.",  # a level opens the clause: its own subject
    "Sở Nội vụ đã rà soát 30 thủ tục; người dân nộp 500 hồ sơ.",  # a subject of its own
    "Sở Nội vụ đã rà soát 30 thủ tục. Tiếp nhận 500 hồ sơ.",  # a full stop, not `;`
])
def test_a_clause_with_a_subject_of_its_own_or_a_new_sentence_shares_nothing(text):
    assert all(c.agency is None for c in _counts(text).values())


# ---------------------------------------------------------------- where an office's name ends


@pytest.mark.parametrize("text, agency", [
    ("Hằng ngày CA Đà Nẵng đủ sức giải quyết 800 hồ sơ.", "CA Đà Nẵng"),
    ("Khoảng 600 hồ sơ nộp vào trường Nguyễn Tất Thành toàn điểm giỏi.", "trường Nguyễn Tất Thành"),
    # a name that goes on in lowercase after one capitalised word, a level word or a code
    ("Phòng Cảnh sát môi trường tiếp nhận 310 hồ sơ.", "Phòng Cảnh sát môi trường"),
    ("Phòng PC08 Công an tỉnh Nghệ An tiếp nhận 410 hồ sơ.", "Phòng PC08 Công an tỉnh Nghệ An"),
    ("Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh tiếp nhận 510 hồ sơ.", "Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh"),
    ("Các đơn vị được Cục Thú y chỉ định tiếp nhận 210 hồ sơ.", "Các đơn vị được Cục Thú y chỉ định"),
])
def test_an_office_name_ends_before_plain_words_after_a_proper_name(text, agency):
    (c,) = _counts(text).values()
    assert c.agency == agency


# ---------------------------------------------------------------- more offices


@pytest.mark.parametrize("text, agency", [
    ("CATP Hải Phòng đã giải quyết 1.200 hồ sơ.", "CATP Hải Phòng"),
    ("CA tỉnh Lạng Sơn nhận trên 200 hồ sơ mỗi ngày.", "CA tỉnh Lạng Sơn"),
    ("Thanh tra Bộ Xây dựng đã kiểm tra 75 hồ sơ.", "Thanh tra Bộ Xây dựng"),
    ("Hội đồng xét tặng nhận được 64 hồ sơ đề nghị.", "Hội đồng xét tặng"),
    ("Hội đồng thi đua - khen thưởng đã nhận 90 hồ sơ.", "Hội đồng thi đua - khen thưởng"),
])
def test_bodies_without_a_shared_head_word(text, agency):
    (c,) = _counts(text).values()
    assert c.agency == agency


@pytest.mark.parametrize("text", [
    "Đoàn kiểm tra sẽ thanh tra 40 hồ sơ đất đai.",  # the verb
    "Hội đồng nhận xét 25 hồ sơ còn thiếu giấy tờ.",  # a council not named by its task
])
def test_not_an_inspectorate_or_a_council(text):
    assert all(c.agency is None for c in _counts(text).values())


def test_a_reporting_police_office_is_not_the_agency():
    c = _counts("Theo CA Hà Nội, Bộ phận một cửa quận Ba Đình tiếp nhận 700 hồ sơ.")
    assert c[700].agency == "Bộ phận một cửa quận Ba Đình"


# ---------------------------------------------------------------- a subheading glued to the next sentence


@pytest.mark.parametrize("text", [
    "Giải quyết 7.500 hồ sơ đất đai Theo Phòng Tài nguyên, trong quý II/2019 huyện có thêm 2 cán bộ.",
    "Phát hiện 260 hồ sơ giả Năm 2014 một người dân gửi đơn tố cáo.",
    "Tiếp nhận 3.100 hồ sơ trực tuyến Từ ngày 1/3/2021 cổng dịch vụ công được nâng cấp.",
    "Xử lý gần 900 hồ sơ Tính đến cuối năm 2018 xã có 12 thủ tục mức độ 3.",
    "Trả kết quả 450 hồ sơ Quý III/2020 phường đón đoàn kiểm tra.",
])
def test_a_date_after_a_glued_sentence_opener_is_not_the_count_s_period(text):
    (c,) = _counts(text).values()
    assert c.period is None


@pytest.mark.parametrize("text, period", [
    ("Phường tiếp nhận 520 hồ sơ trong năm 2019.", "2019"),
    ("Trong năm 2019 phường tiếp nhận 520 hồ sơ.", "2019"),
    # a name, not an opener: `Quý` without a numeral, `Từ` without a time word
    ("Cán bộ Lê Văn Quý tiếp nhận 90 hồ sơ trong tháng 5/2020.", "2020-05"),
    ("Ông Từ nhận 15 hồ sơ năm 2018.", "2018"),
])
def test_a_date_of_the_count_s_own_sentence_still_gives_its_period(text, period):
    (c,) = _counts(text).values()
    assert c.period == period


# ---------------------------------------------------------------- the whole in a parenthesis


@pytest.mark.parametrize("text, part, whole", [
    ("Có 12 hồ sơ bị trả lại (trong 150 hồ sơ Sở chuyển đến).", 12, 150),
    ("Trường nhận 300 hồ sơ loại giỏi (trong số 1.200 hồ sơ đăng ký).", 300, 1200),
    ("Có 45 hồ sơ quá hạn (trên tổng số 5.000 hồ sơ tiếp nhận).", 45, 5000),
])
def test_a_parenthesis_that_opens_with_trong_holds_the_whole_not_a_part(text, part, whole):
    doc = cchc_extract.extract(text, exclude=["entities"])
    got = {c.count: c for c in doc.dossier_counts}
    assert got[whole].part_of is None and got[part].part_of is None
    assert not any(ch.total == 0 and 1 in ch.parts for ch in doc.checks)  # no sum of the whole into its part


def test_a_breakdown_in_a_parenthesis_is_still_a_part():
    c = _counts("Sở tiếp nhận 800 hồ sơ (trong đó 500 hồ sơ trực tuyến, 300 hồ sơ trực tiếp).")
    assert c[500].part_of == "d1" and c[300].part_of == "d1"


# ---------------------------------------------------------------- a body that qualifies a word


@pytest.mark.parametrize("text", [
    "Các công ty nợ BHXH kéo dài nên 70 hồ sơ đã được chuyển cho công đoàn.",
    "Nhiều đơn vị nợ đóng BHXH, luật sư đã soạn 25 hồ sơ khởi kiện.",
])
def test_the_creditor_of_a_debt_is_not_the_office(text):
    assert all(c.agency is None for c in _counts(text).values())


def test_the_office_before_the_creditor_still_is():
    c = _counts("BHXH huyện Thanh Chương đã chuyển 35 hồ sơ doanh nghiệp nợ BHXH cho công đoàn.")
    assert c[35].agency == "BHXH huyện Thanh Chương"


# ---------------------------------------------------------------- two times joined by `và`


@pytest.mark.parametrize("text, period", [
    ("Năm 2019 và năm 2020, thị trấn tiếp nhận 4.400 hồ sơ.", "2019/2020"),
    ("Trong tháng 5 và tháng 6/2021, xã nhận 320 hồ sơ.", "2021-05/2021-06"),
    ("Quý III và quý IV/2020, phường giải quyết 610 hồ sơ.", "2020-07/2020-12"),
    ("Hai mùa tuyển sinh 2016-2017 và 2017-2018, trường nhận chừng 2.000 hồ sơ mỗi năm.", "2016/2018"),
])
def test_two_times_joined_by_va_are_one_period(text, period):
    (c,) = _counts(text).values()
    assert c.period == period


@pytest.mark.parametrize("text, period", [
    ("Năm 2020 và 2019, xã nhận 70 hồ sơ.", "2019"),  # backwards: left as the nearest time
    ("Năm 2020 huyện tiếp nhận 90 hồ sơ.", "2020"),
    ("Tháng 5/2021 và quý III/2021, xã nhận 30 hồ sơ.", "2021-Q3"),  # two kinds
])
def test_times_not_joined_keep_the_nearest(text, period):
    (c,) = _counts(text).values()
    assert c.period == period


# ---------------------------------------------------------------- the body of the speaker's title


@pytest.mark.parametrize("text, agency", [
    ("Ông Phan Văn Lộc, Phó Chánh Văn phòng UBND huyện Quỳ Châu, cho biết năm 2021 huyện đã tiếp nhận 9.400 hồ sơ.",
     "huyện Quỳ Châu"),
    ("Theo bà Hồ Thị Lan, Giám đốc Trung tâm Phục vụ hành chính công tỉnh Quảng Trị cho biết, quý II trung tâm nhận 6.100 hồ sơ.",
     "Trung tâm Phục vụ hành chính công tỉnh Quảng Trị"),
    ("Thầy Đỗ Văn Hải, Hiệu trưởng trường THPT Phan Bội Châu, cho biết năm nay nhà trường nhận được 1.900 hồ sơ.",
     "trường THPT Phan Bội Châu"),
    ("Ông Vũ Văn Tâm, Giám đốc Sở Xây dựng tỉnh Bắc Giang cho biết: Sở đã giải quyết 720 hồ sơ.",
     "Sở Xây dựng tỉnh Bắc Giang"),
])
def test_a_bare_subject_after_the_reporting_verb_takes_up_the_speaker_s_body(text, agency):
    (c,) = _counts(text).values()
    assert c.agency == agency


@pytest.mark.parametrize("text, agency", [
    ("Giám đốc Sở Tài chính cho biết đã có 2.700 hồ sơ được giải quyết.", None),  # no subject word
    ("Ông Lý Văn Nam, Giám đốc Sở Nội vụ, cho biết Bộ phận một cửa UBND huyện Con Cuông tiếp nhận 800 hồ sơ.",
     "Bộ phận một cửa UBND huyện Con Cuông"),  # an office of its own after the verb
    ("Ông Lý Văn Nam, Giám đốc Sở Nội vụ, cho biết huyện đã tiếp nhận 800 hồ sơ.", None),  # no district in the title
])
def test_no_speaker_body_without_a_matching_bare_subject(text, agency):
    (c,) = _counts(text).values()
    assert c.agency == agency


# ---------------------------------------------------------------- an office in a relative clause after the noun


@pytest.mark.parametrize("text, agency", [
    ("Tòa trả lại 7 hồ sơ (trong 90 hồ sơ BHXH tỉnh đề nghị khởi kiện).", "BHXH tỉnh"),
    ("Đã có 410 hồ sơ mà Chi cục Thuế chuyển sang.", "Chi cục Thuế"),
    ("Năm 2022 có 1.050 hồ sơ do UBND huyện Tân Kỳ tiếp nhận.", "UBND huyện Tân Kỳ"),
    ("Còn 37 hồ sơ Sở Xây dựng chưa giải quyết.", "Sở Xây dựng"),
])
def test_an_office_that_opens_a_relative_clause_after_the_noun(text, agency):
    c = _counts(text)
    assert c[max(c)].agency == agency


@pytest.mark.parametrize("text", [
    "Có 300 hồ sơ UBND xã.",  # no verb: no clause
    "Xã đã nhận 45 hồ sơ người dân gửi đến.",  # no office
])
def test_no_relative_office_without_an_office_and_its_verb(text):
    assert all(c.agency is None for c in _counts(text).values())

"""Round 7b entity classes: capitalised words whose use names no entity, or another kind."""

from entity_checks import ents as _ents


# 1. a lunar year after a word for a feast or a year is no person
def test_year_after_tet():
    assert _ents("Chợ hoa ngày Tết Kỷ Hợi đông nghịt người mua.") == []


def test_year_after_lowercase_xuan():
    assert _ents("Nhà nhà sắm sửa đón xuân Bính Ngọ trong nắng ấm.") == []


def test_year_after_nam():
    assert not any(label == "PER" for _, label in _ents("Dự án sẽ xong trước năm Canh Tý theo kế hoạch."))


def test_year_variant_branch_spelling():
    assert _ents("Học sinh được nghỉ tết Quý Mẹo chín ngày.") == []


def test_person_named_like_a_year_after_honorific_stays():
    ents = _ents("Đến Tết, ông Đinh Văn Dậu vẫn trực ở trạm y tế xã.")
    assert ("Đinh Văn Dậu", "PER") in ents


# 2. items of a list after a company word are companies
def test_taxi_brands_after_hang_nhu():
    ents = _ents("Hành khách có thể chọn xe của các hãng như Mai Linh, Vinasun hoặc taxi khác.")
    assert ("Mai Linh", "ORG") in ents
    assert not any(label == "PER" for _, label in ents)


def test_companies_after_doanh_nghiep_nhu():
    ents = _ents("Nhiều doanh nghiệp như Hoàng Anh Gia Lai đã rót vốn vào vùng này.")
    assert ("Hoàng Anh Gia Lai", "ORG") in ents


def test_owner_of_a_business_stays_person():
    ents = _ents("Chủ doanh nghiệp, ông Trần Văn Bình, đã nộp phạt.")
    assert ("Trần Văn Bình", "PER") in ents


# 3. an English show format after a coach or show word is no person
def test_show_after_hlv():
    assert _ents("Dàn HLV The Voice mùa này gồm bốn ca sĩ trẻ.") == []


def test_coach_with_foreign_name_stays():
    ents = _ents("HLV Park Hang-seo đã chốt danh sách đội tuyển.")
    assert not any(t == "Park Hang-seo" and label != "PER" for t, label in ents)


# 4. a body word after a plural count is a common noun
def test_two_parliaments():
    assert _ents("Quan hệ giữa hai Quốc hội ngày càng gắn bó.") == []


def test_governments_after_cac():
    assert _ents("Đại diện các Chính phủ đã cùng ký văn kiện.") == []


def test_named_body_after_count_word_stays():
    ents = _ents("Hai bên nhất trí rằng Quốc hội sẽ giám sát việc này.")
    assert ("Quốc hội", "ORG") in ents


# 5. BHXH/BHYT paid, owed or joined are the schemes
def test_owed_insurance():
    assert _ents("Công ty còn nợ BHXH của công nhân nhiều tháng.") == []


def test_paid_insurance_list():
    assert _ents("Người lao động phải đóng BHXH, BHYT theo mức lương.") == []


def test_joining_health_insurance():
    assert _ents("Tỷ lệ dân số tham gia BHYT đạt hơn 85%.") == []


def test_insurance_agency_stays():
    ents = _ents("Đoàn kiểm tra của BHXH tỉnh đã làm việc với công ty.")
    assert ("BHXH tỉnh", "ORG") in ents


def test_brands_after_cac_thuong_hieu():
    ents = _ents("Cửa hàng bày bán các thương hiệu như Hoàng Phúc, Việt Tiến.")
    assert ("Hoàng Phúc", "ORG") in ents


def test_person_as_a_directors_brand_stays():
    ents = _ents("Fan của đạo diễn Trương Lập Quân chờ phim mang thương hiệu Trương Lập Quân.")
    assert [label for t, label in ents if t == "Trương Lập Quân"] == ["PER", "PER"]


def test_ordinal_before_a_body_is_no_count():
    ents = _ents("Phiên họp thứ ba Quốc hội bàn về ngân sách.")
    assert ("Quốc hội", "ORG") in ents

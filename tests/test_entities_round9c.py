"""Entity classes of issue 16's round-9 development sheet (helper ent9c), in sentences written for these tests.

Companies and newspapers that a name run alone reads as people (a company's name after its legal form,
a corporate suffix, a brand's Vietnamese company, an outlet after a press cue), ``Tổng`` opening a body's
name, and bodies whose head is lowercase or abbreviated before their place (``thành ủy TP.HCM``,
``trạm y tế xã X``, ``ĐSQ Việt Nam``).
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.entities import find_entities
from entity_checks import ents as _ents, labels_over as _labels_over


# ---------------------------------------------------------------- companies after a legal form

@pytest.mark.parametrize("text,span", [
    ("Số máy này do Cty TNHH TM XNK Phúc Long Vượng ở Bình Dương bán ra.", "Cty TNHH TM XNK Phúc Long Vượng"),
    ("Gói thầu được giao cho Công ty CP ĐT XD Hưng Thịnh Phát từ đầu năm.", "Công ty CP ĐT XD Hưng Thịnh Phát"),
    ("Ông Tư mở DNTN Kim Ngọc Hà để buôn gỗ.", "DNTN Kim Ngọc Hà"),
    ("Xã viên HTX Đông Thành Lộc đã chia lãi.", "HTX Đông Thành Lộc"),
    ("Toàn bộ lô gỗ thuộc công ty Trần Hưng, trụ sở ở Hải Phòng.", "công ty Trần Hưng"),
    ("Hợp đồng ký với Công ty trách nhiệm hữu hạn Phạm Gia Huy bị hủy.", "Công ty trách nhiệm hữu hạn Phạm Gia Huy"),
    ("Xe chở khách của Cty TNHH DL&TM Hồng Hạnh bị phạt.", "Cty TNHH DL&TM Hồng Hạnh"),
    ("Nhà máy của Công ty TNHH Hoàng Sơn 2 vừa hoạt động.", "Công ty TNHH Hoàng Sơn 2"),
])
def test_company_after_legal_form_is_one_org(text, span):
    assert (span, "ORG") in _ents(text)
    assert "PER" not in _labels_over(text, span)


def test_director_after_the_company_stays_a_person():
    text = "Giám đốc Công ty TNHH Thịnh Vượng Lê Văn Tâm cho biết như vậy."
    ents = _ents(text)
    assert ("Công ty TNHH Thịnh Vượng", "ORG") in ents
    assert ("Lê Văn Tâm", "PER") in ents


@pytest.mark.parametrize("text,word,label", [
    # the country a company comes from, without a legal form: no company's name
    ("Nhiều lao động của công ty Nhật Bản đã nghỉ Tết sớm.", "Nhật Bản", "LOC"),
    # companies of a country after a plural
    ("Các công ty Hàn Quốc tăng vốn vào Bắc Ninh.", "Hàn Quốc", "LOC"),
    # a company that a person founded: the person
    ("Người phát ngôn của công ty Trương Vĩ Kiệt lập ra đã lên tiếng.", "Trương Vĩ Kiệt", "PER"),
])
def test_company_word_before_a_country_or_founder(text, word, label):
    assert _labels_over(text, word) == {label}


def test_sentence_case_company_is_not_cut_at_its_first_word():
    text = "Đơn vị thi công là Cty Xổ số Kiến thiết Bình Định."
    assert ("Cty Xổ", "ORG") not in _ents(text)


# ---------------------------------------------------------------- corporate suffixes and brands

@pytest.mark.parametrize("text,span", [
    ("Ông Takeda là cố vấn của Mazda Motor Corp từ năm 2010.", "Mazda Motor Corp"),
    ("Cổ phiếu của Godin Holdings giảm mạnh.", "Godin Holdings"),
    ("Bà Lin là Chủ tịch Zhongwang Holdings, nhà sản xuất nhôm lớn.", "Zhongwang Holdings"),
    ("Hãng tin cho biết Kawasaki Heavy Industries Ltd sẽ đóng tàu.", "Kawasaki Heavy Industries Ltd"),
])
def test_corporate_suffix_makes_a_company(text, span):
    assert (span, "ORG") in _ents(text)


def test_country_before_a_suffixed_company_stays_a_place():
    ents = _ents("Sau khi một công ty Trung Quốc Godin Holdings mua lại thương hiệu.")
    assert ("Godin Holdings", "ORG") in ents and ("Trung Quốc", "LOC") in ents


def test_english_post_before_a_group_is_left_out():
    assert ("Hải Âu Group", "ORG") in _ents("Ông Kiên là CEO Hải Âu Group từ năm ngoái.")


@pytest.mark.parametrize("text,span", [
    ("Hãng Honda vừa ra mẫu xe mới. Doanh số của Honda Việt Nam tăng 10%.", "Honda Việt Nam"),
    ("Tập đoàn Samsung có hai nhà máy. Samsung Việt Nam tặng quà cho công nhân.", "Samsung Việt Nam"),
])
def test_brand_named_as_a_company_before_viet_nam(text, span):
    assert (span, "ORG") in _ents(text)
    assert "PER" not in _labels_over(text, span)


def test_brand_before_viet_nam_after_a_post_is_the_company_throughout():
    text = ("Ông Lâm, Tổng Giám đốc Kodak Việt Nam, cho biết doanh số tăng. "
            "Năm nay Kodak Việt Nam mở thêm hai cửa hàng.")
    ents = _ents(text)
    assert ents.count(("Kodak Việt Nam", "ORG")) == 2
    assert not any(label == "PER" and "Kodak" in t for t, label in ents)


def test_missile_before_viet_nam_is_no_company():
    text = "Công ty BrahMos Aerospace sản xuất tên lửa. Tên lửa BrahMos Việt Nam dự kiến mua có tầm bắn xa."
    assert ("BrahMos Việt Nam", "ORG") not in _ents(text)


@pytest.mark.parametrize("text,word", [
    # a show's name: the article names no company
    ("Thí sinh của Sasuke Việt Nam đã vượt qua vòng một.", "Sasuke Việt Nam"),
])
def test_brand_without_company_context_is_not_made_a_company(text, word):
    assert "ORG" not in _labels_over(text, word)


# ---------------------------------------------------------------- outlets after a press cue

@pytest.mark.parametrize("text,span", [
    ("Sáng nay, phóng viên Dân Việt đã có mặt ở bến cá.", "Dân Việt"),
    ("Trả lời PV Tiền Phong, ông Hưng nói sẽ xử lý.", "Tiền Phong"),
    ("Theo Tuổi Trẻ, con đường sẽ thông xe cuối năm.", "Tuổi Trẻ"),
    ("Làm việc với PV Infonet, bà Mai xác nhận thông tin.", "Infonet"),
    ("Phóng viên Trí Thức Trẻ đã liên hệ với công ty.", "Trí Thức Trẻ"),
])
def test_newspaper_after_press_cue_is_an_outlet(text, span):
    assert (span, "ORG") in _ents(text)
    assert "PER" not in _labels_over(text, span)


def test_name_written_after_bao_is_an_outlet_for_the_article():
    text = "Báo Mặt Trời Mới đưa tin sáng nay. Trao đổi với phóng viên Mặt Trời Mới, ông Lâm xác nhận."
    second = text.index("Mặt Trời Mới,")
    ents = [(e.text, e.label, e.start) for e in find_entities(text)]
    assert ("Mặt Trời Mới", "ORG", second) in ents


@pytest.mark.parametrize("text,span", [
    # a reporter's name after the cue stays a person
    ("Phóng viên Thu Hằng ghi nhận tại hiện trường.", "Thu Hằng"),
    ("Theo Ngọc Tuyên, vụ việc đã được trình báo.", "Ngọc Tuyên"),
])
def test_reporter_after_press_cue_stays_a_person(text, span):
    assert "ORG" not in _labels_over(text, span)


def test_papers_are_no_newspaper():
    assert "ORG" not in _labels_over("Ông bị bắt vì làm giả giấy tờ Tổ Công tác đặc biệt.", "Tổ Công")


# ---------------------------------------------------------------- `Tổng` opening a body's name

@pytest.mark.parametrize("text,span", [
    ("Ngày 3/4, Tổng Công ty Xây dựng Sông Hồng công bố lãi quý I.", "Tổng Công ty Xây dựng Sông Hồng"),
    ("Ông Liêm là Phó Chủ tịch Tổng Hội Cơ khí Việt Nam.", "Tổng Hội Cơ khí Việt Nam"),
    ("Hợp đồng được ký với Tổng Cty Đông Hải tuần trước.", "Tổng Cty Đông Hải"),
])
def test_tong_opens_the_body(text, span):
    assert (span, "ORG") in _ents(text)


def test_tong_of_a_post_is_not_taken():
    for e in find_entities("Tổng Kiểm toán Nhà nước đã ký báo cáo."):
        assert not e.text.startswith("Tổng")


# ---------------------------------------------------------------- lowercase and abbreviated heads before a place

@pytest.mark.parametrize("text,span", [
    ("Phó bí thư thành ủy TP.HCM tiếp cử tri quận 3.", "thành ủy TP.HCM"),
    ("Ông Hải, Bí thư tỉnh ủy Quảng Trị, phát biểu.", "tỉnh ủy Quảng Trị"),
    ("Ban tổ chức huyện ủy Con Cuông đã họp.", "huyện ủy Con Cuông"),
    ("Đơn được gửi tới đảng ủy xã Tân Hòa.", "đảng ủy xã Tân Hòa"),
    ("Cụ bà được đưa vào trạm y tế thị trấn Đồng Lê để sơ cứu.", "trạm y tế thị trấn Đồng Lê"),
    ("Bệnh nhân chuyển lên trung tâm y tế huyện Quỳnh Nhai.", "trung tâm y tế huyện Quỳnh Nhai"),
    ("Cán bộ ĐSQ Việt Nam tại Nhật Bản đã đến hiện trường.", "ĐSQ Việt Nam tại Nhật Bản"),  # (round 10: the place it sits in is part of its name)
    ("Người biểu tình tụ tập trước đại sứ quán Pháp ở thủ đô.", "đại sứ quán Pháp"),
])
def test_lowercase_head_and_place_are_one_org(text, span):
    assert (span, "ORG") in _ents(text)


@pytest.mark.parametrize("text,word,label", [
    # the secretary's name after the committee stays a person
    ("Bí thư huyện ủy Trần Quang Vinh đã ký quyết định.", "Trần Quang Vinh", "PER"),
    # the authorities of a province: a generic word and the place
    ("Chính quyền xã đã làm việc với chính quyền tỉnh Gia Lai.", "tỉnh Gia Lai", "LOC"),
    # a clinic of a country, no commune's station
    ("Ông được điều trị ở một trung tâm y tế Thụy Sĩ.", "Thụy Sĩ", "LOC"),
    # a plural: every committee
    ("Văn bản gửi các tỉnh ủy Nghệ An và Hà Tĩnh.", "Nghệ An", "LOC"),
])
def test_lowercase_head_counter_examples(text, word, label):
    assert _labels_over(text, word) == {label}

"""document_key: one key for one document across articles."""

from __future__ import annotations

import pytest

import cchc_extract
from cchc_extract.keys import document_key
from cchc_extract.records import LegalDocument


@pytest.mark.parametrize("doc,key", [
    (dict(doc_type="nghi_quyet", code="19-2017/NQ-CP", issuer_from_code="Chính phủ"), "nghi_quyet:19/2017/NQ-CP"),
    (dict(doc_type="nghi_quyet", code="19/2017/NQ - CP", issuer_from_code="Chính phủ"), "nghi_quyet:19/2017/NQ-CP"),
    (dict(doc_type="nghi_quyet", code="36a/NQ-CP", year=2015, issuer_from_code="Chính phủ"),
     "nghi_quyet:36a/2015/NQ-CP"),
    (dict(doc_type="nghi_quyet", code="36a/NQ-CP", issuer_from_code="Chính phủ"), None),  # no year
    (dict(doc_type="ke_hoach", code="09/2023/KH-UBND", year=2023), None),  # a local body's suffix
    (dict(doc_type="luat", title="Đất đai", year=2013), "luat:dat-dai:2013"),
    (dict(doc_type="luat", title="Đất đai"), None),
])
def test_document_key(doc, key):
    assert document_key(LegalDocument(type_name="x", **doc)) == key


def test_keys_in_records_join_two_spellings():
    a = cchc_extract.extract("Thực hiện Nghị quyết số 30c/2011/NQ-CP của Chính phủ.", exclude=["entities"])
    b = cchc_extract.extract("Chương trình theo Nghị quyết 30c-2011/NQ-CP đã xong.", exclude=["entities"])
    assert a.legal_documents[0].key == b.legal_documents[0].key == "nghi_quyet:30c/2011/NQ-CP"


# ---------------------------------------------------------------- agency keys

from cchc_extract.keys import agency_key, expand_abbreviations, fold_name, fold_tones  # noqa: E402


@pytest.mark.parametrize("variants", [
    ["TP Vinh", "Thành phố Vinh", "thành phố Vinh", "TP. Vinh", "TP.Vinh", "Tp. Vinh"],
    ["UBND tỉnh Thanh Hoá", "Ủy ban nhân dân tỉnh Thanh Hóa", "Uỷ ban nhân dân tỉnh Thanh Hoá", "UBND  tỉnh Thanh Hóa"],
    ["Sở TT&TT", "Sở Thông tin và Truyền thông", "Sở TTTT", "sở thông tin & truyền thông"],
    ["HĐND huyện Gia Lâm", "Hội đồng nhân dân H. Gia Lâm"],
    ["Bộ phận “một cửa” của huyện", "Bộ phận một cửa huyện"],
    ["UBND TP.HCM", "UBND TPHCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"],
    ["UBND Q.3", "UBND quận 3"],
])
def test_spellings_of_one_body_give_one_key(variants):
    assert len({agency_key(v) for v in variants}) == 1, [agency_key(v) for v in variants]


def test_different_bodies_keep_different_keys():
    keys = [agency_key(a) for a in ("UBND huyện Hà Trung", "UBND huyện Hạ Trung", "UBND tỉnh Vinh",
                                    "UBND thành phố Vinh", "Sở Nội vụ", "Sở Tư pháp")]
    assert len(set(keys)) == len(keys)
    assert agency_key(None) is None and agency_key("  ") is None


@pytest.mark.parametrize("before,after", [
    ("hoà", "hòa"), ("Hoà Bình", "Hòa Bình"), ("thuỷ", "thủy"), ("Uỷ ban", "Ủy ban"), ("khoẻ", "khỏe"),
    ("quý", "quý"),  # qu + y: the mark is on y
    ("hoàn", "hoàn"), ("toán", "toán"),  # a closed syllable: the mark stays on a
    ("hòa", "hòa"),
])
def test_fold_tones(before, after):
    assert fold_tones(before) == after


@pytest.mark.parametrize("before,after", [
    ("UBND", "ủy ban nhân dân"), ("HĐND", "hội đồng nhân dân"), ("TP Vinh", "thành phố Vinh"),
    ("Q.Hoàn Kiếm", "quận Hoàn Kiếm"), ("TX. Sơn Tây", "thị xã Sơn Tây"), ("Sở TN&MT", "Sở tài nguyên và môi trường"),
    ("Sở KH&ĐT", "Sở kế hoạch và đầu tư"),  # a field abbreviation from the organisation gazetteer's data
    ("kết thúc Q.", "kết thúc Q."), ("điểm P", "điểm P"),  # a letter with a dot before no name stays
])
def test_expand_abbreviations(before, after):
    assert expand_abbreviations(before) == after


@pytest.mark.parametrize("before,after", [
    ("  Thừa Thiên - Huế ", "thừa thiên huế"), ("Văn hoá, Thể thao & Du lịch", "văn hóa thể thao và du lịch"),
    ("Bộ phận “một cửa”", "bộ phận một cửa"), ("Sở\u00a0Nội   vụ", "sở nội vụ"),
])
def test_fold_name(before, after):
    assert fold_name(before) == after


def test_agency_keys_in_records():
    a = cchc_extract.extract("Năm 2023, UBND TP Vinh tiếp nhận 1.200 hồ sơ.", exclude=["entities"])
    b = cchc_extract.extract("Năm 2023, Ủy ban nhân dân thành phố Vinh tiếp nhận 900 hồ sơ.", exclude=["entities"])
    assert a.dossier_counts[0].agency != b.dossier_counts[0].agency
    assert a.dossier_counts[0].agency_key == b.dossier_counts[0].agency_key == "ủy ban nhân dân thành phố vinh"

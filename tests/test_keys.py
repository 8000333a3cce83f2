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

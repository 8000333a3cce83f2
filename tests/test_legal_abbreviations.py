"""Abbreviations a text defines in brackets, in title keys (our own wording)."""

from __future__ import annotations

from cchc_extract.facts.legal import find_legal_documents
from cchc_extract.facts.legal.mention import _defined_abbreviations


def test_defined_abbreviations_read_syllable_initials():
    text = "Cán bộ, công chức, viên chức (CBCCVC) và Ủy ban nhân dân (UBND) họp; còn (ABC) không định nghĩa gì."
    got = _defined_abbreviations(text)
    assert got["cbccvc"] == "cán bộ, công chức, viên chức"
    assert got["ubnd"] == "ủy ban nhân dân"
    assert "abc" not in got


def test_title_with_abbreviation_repeats_the_spelled_out_one():
    text = ("Phường áp dụng Quy chế làm việc của cán bộ, công chức (CBCC), người lao động. "
            "Cuối năm, phường sửa đổi Quy chế làm việc của CBCC, người lao động cho phù hợp.")
    docs = [d for d in find_legal_documents(text) if d.doc_type == "quy_che"]
    assert len(docs) == 1 and len(docs[0].mentions) == 2


def test_different_titles_stay_apart():
    text = ("Xã thực hiện Quy chế làm việc của cán bộ, công chức (CBCC). "
            "Huyện ban hành Quy chế tiếp công dân của trụ sở huyện.")
    docs = [d for d in find_legal_documents(text) if d.doc_type == "quy_che"]
    assert len(docs) == 2

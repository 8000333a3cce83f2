"""Tokens and sentences keep exact offsets into the article text."""

from __future__ import annotations

import pytest

from cchc_extract import load
from cchc_extract.segment import sentence_at, sentences, tokenize_offsets


def _tokens(text):
    return [text[a:b] for a, b in tokenize_offsets(text)]


@pytest.mark.parametrize("text,token", [
    ("theo Quyết định số 93/2007/QĐ-TTg của Thủ tướng", "93/2007/QĐ-TTg"),
    ("Nghị quyết số 02-NQ/TU ngày", "02-NQ/TU"),
    ("Nghị quyết 30c/NQ-CP về", "30c/NQ-CP"),
    ("tiếp nhận 79.094 hồ sơ", "79.094"),
    ("đạt 98,2%.", "98,2"),
    ("ngày 29/4/2021, tỉnh", "29/4/2021"),
    ("tại TP.HCM và", "TP.HCM"),
    ("Quyết định 1291/QĐ-UBND.VX năm", "1291/QĐ-UBND.VX"),
])
def test_codes_numbers_and_dates_stay_whole(text, token):
    assert token in _tokens(text)


@pytest.mark.parametrize("text,tokens", [
    ("đạt 98,2%.", ["đạt", "98,2", "%", "."]),
    ("(Dân trí) - Thành phố", ["(", "Dân", "trí", ")", "-", "Thành", "phố"]),
    ("kinh tế - xã hội", ["kinh", "tế", "-", "xã", "hội"]),
    ("Long Xuyên.", ["Long", "Xuyên", "."]),
])
def test_punctuation_is_split_off(text, tokens):
    assert _tokens(text) == tokens


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "  hai  dấu cách\n\n\tvà tab ", "Dòng một\r\nDòng hai\rDòng ba\n",
    "\u200bkhông\u00a0gian\ufeff", "a" * 5000,
])
def test_doc_text_equals_input(text):
    nlp = load(exclude=["entities"])
    doc = nlp.make_doc(text)
    assert doc.text == text


def test_sentences_have_exact_offsets():
    text = ("Tiêu đề bài báo\n\nTỉnh đã tiếp nhận 1.234 hồ sơ. Tỷ lệ đúng hạn đạt 98,2%.  Ông Nguyễn Văn A cho biết.\n"
            "Dòng cuối không có dấu chấm")
    sents = sentences(text)
    assert [s.text for s in sents] == [
        "Tiêu đề bài báo", "Tỉnh đã tiếp nhận 1.234 hồ sơ.", "Tỷ lệ đúng hạn đạt 98,2%.",
        "Ông Nguyễn Văn A cho biết.", "Dòng cuối không có dấu chấm"]
    for s in sents:
        assert text[s.start:s.end] == s.text
    pos = text.index("98,2")
    assert sentence_at(sents, pos).text.startswith("Tỷ lệ")
    assert sentence_at(sents, text.index("\n\n")) is None


def test_sentences_of_corpus_read_their_text(corpus_paths):
    from cchc_extract import read_article

    for p in corpus_paths:
        text = read_article(p).text
        sents = sentences(text)
        assert sents, p
        for s in sents:
            assert text[s.start:s.end] == s.text
        assert all(a.end <= b.start for a, b in zip(sents, sents[1:]))


_SPLIT_CASES = [
    "Ông A cho biết... Sau đó ... rồi...", "TP. Hải Phòng. Tp.HCM. ThS. Lê Văn B dự.", "1.500.000 đồng. Xong!",
    "Hỏi?! Đáp.  \tTiếp.\r Hết", "a.b.c. D.e. Cuối", "...", ". . .", "Số 2.5. Số 3. x", "e.g. Ví dụ. Dr. Lan.",
    "Kết thúc…  Mới", "   ", "", "Câu một.\xa0Câu hai.", "Đ. Câu", "Năm 2023.Năm 2024.",
]


@pytest.mark.parametrize("para", _SPLIT_CASES)
def test_fast_splitter_equals_underthesea(para):
    from underthesea import sent_tokenize

    from cchc_extract.segment import _splitter

    assert _splitter()(para) == sent_tokenize(para)


def test_fast_splitter_equals_underthesea_on_corpus_and_random_text(corpus_paths):
    import random

    from underthesea import sent_tokenize

    from cchc_extract.segment import _splitter

    split = _splitter()
    assert split is not sent_tokenize  # the fast path is the one in use with this underthesea
    paras = [line for p in corpus_paths for line in p.read_text(encoding="utf-8").split("\n")]
    rnd = random.Random(7)
    pieces = list("aA.?!1 2\t\r\xa0Đđ…") + ["...", "Tp.", "ThS.", "e.g.", " . ", "1.5", "TP. "]
    paras += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    for para in paras:
        assert split(para) == sent_tokenize(para), para


def test_abbreviations_read_without_import_equal_underthesea_s():
    from cchc_extract.segment import _underthesea_abbrevs_imported, _underthesea_abbrevs_without_import

    assert _underthesea_abbrevs_without_import() == _underthesea_abbrevs_imported()


def test_sentences_do_not_import_underthesea():
    import subprocess
    import sys

    code = ("import sys; from cchc_extract.segment import sentences; "
            "assert [s.text for s in sentences('Tp. Huế đẹp. Xong!')] == ['Tp. Huế đẹp.', 'Xong!']; "
            "print('underthesea' in sys.modules)")
    import os
    from pathlib import Path

    import cchc_extract

    src = str(Path(cchc_extract.__file__).resolve().parents[1])  # this checkout, not an installed copy
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("version,checked", [("9.5.0", True), ("9.3.0", True), ("9.4.0", True), ("9.5.2", True),
                                             ("9.2.11", False), ("9.6.0", False), ("10.0", False),
                                             ("8.3.0", False), ("dev", False)])
def test_underthesea_versions_checked_form_a_range(version, checked):
    from cchc_extract.segment import underthesea_checked

    assert underthesea_checked(version) is checked


@pytest.mark.parametrize("version,warns", [("9.4.0", False), ("9.6.1", True), ("9.2.0", True)])
def test_an_unchecked_underthesea_warns_once_and_still_splits(monkeypatch, version, warns):
    """Another underthesea version used to switch silently to a slower path."""
    import importlib.metadata
    import warnings

    from cchc_extract import segment

    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version",
                        lambda name: version if name == "underthesea" else real(name))
    monkeypatch.setattr(segment, "_SPLITTER", [])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        split = segment._splitter()
        segment._splitter()  # cached: no second warning
    mine = [w for w in caught if "underthesea" in str(w.message)]
    assert len(mine) == (1 if warns else 0), [str(w.message) for w in caught]
    if warns:
        assert version in str(mine[0].message) and "9.3-9.5" in str(mine[0].message)
    assert split("Tp. Huế đẹp. Xong!") == ["Tp. Huế đẹp.", "Xong!"]

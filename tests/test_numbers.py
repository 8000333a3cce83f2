"""Vietnamese numerals (numbers.py): printed, scaled and spelled numbers, qualifiers."""

from __future__ import annotations

import time

import pytest

from cchc_extract.numbers import (NUMBER_RE, apply_scale, parse_amount, parse_number, parse_roman,
                                  parse_word_number, qualifier_after, qualifier_before)


@pytest.mark.parametrize("text,value", [
    ("79.094", 79094),            # `.` groups thousands
    ("1.234.567", 1234567),
    ("98,2", 98.2),               # `,` marks decimals
    ("0,5", 0.5),
    ("1.234,5", 1234.5),
    ("100", 100),
    ("98.5", 98.5),               # a lone decimal point from an English-style source
    ("1,234,567", 1234567),       # English thousand groups
    ("1.234.5", None),            # not a number
    ("12,", None),
    ("abc", None),
    ("", None),
])
def test_parse_number(text, value):
    got = parse_number(text)
    assert got == value
    if value is not None:
        assert type(got) is type(value)


def test_english_thousands_only_on_request():
    assert parse_number("1,234") == 1.234
    assert parse_number("1,234", english_thousands=True) == 1234


@pytest.mark.parametrize("value,word,expected", [
    (1.2, "nghìn", 1200), (1.5, "triệu", 1_500_000), (2, "tỷ", 2_000_000_000), (3, "ngàn", 3000),
    (7, None, 7), (7, "hộ", 7),
])
def test_apply_scale(value, word, expected):
    got = apply_scale(value, word)
    assert got == expected
    assert isinstance(got, int)


@pytest.mark.parametrize("text,value", [
    ("mười lăm", 15), ("hai mươi tư", 24), ("hai mươi mốt", 21), ("năm mươi", 50), ("mười", 10),
    ("một trăm", 100), ("một trăm linh năm", 105), ("một trăm hai mươi", 120), ("ba trăm lẻ tư", 304),
    ("hai nghìn", 2000), ("một triệu rưỡi", 1_500_000), ("chín", 9), ("hai nghìn không trăm hai mươi tư", 2024),
    ("không", None),       # `không` first means "not"
    ("tư", None),          # `tư` alone is "private"/"fourth", not four
    ("lăm", None), ("mươi", None), ("hồ sơ", None), ("", None),
])
def test_parse_word_number(text, value):
    assert parse_word_number(text) == value


@pytest.mark.parametrize("text,value", [("I", 1), ("II", 2), ("III", 3), ("IV", 4), ("iv", 4), ("XII", 12), ("V I", None)])
def test_parse_roman(text, value):
    assert parse_roman(text) == value


@pytest.mark.parametrize("text,value", [
    ("1,2 nghìn", 1200), ("hơn 1 triệu", 1_000_000), ("79.094", 79094), ("mười lăm", 15), ("không rõ", None),
])
def test_parse_amount(text, value):
    assert parse_amount(text) == value


def test_number_re_keeps_groups_whole():
    text = "Tiếp nhận 79.094 hồ sơ, đạt 98,2%; 1.234,5 tỷ đồng."
    assert [m.group() for m in NUMBER_RE.finditer(text)] == ["79.094", "98,2", "1.234,5"]


@pytest.mark.parametrize("text,qualifier,phrase", [
    ("đạt trên 95%", "over", "trên"),
    ("có hơn 80%", "over", "hơn"),
    ("ước đạt 68,63%", "approx", "ước đạt"),
    ("xấp xỉ 85%", "approx", "xấp xỉ"),
    ("chưa đến 20%", "under", "chưa đến"),
    ("tối thiểu 80%", "at_least", "tối thiểu"),
    ("không quá 5%", "at_most", "không quá"),
    ("không vượt quá 2%", "at_most", "không vượt quá"),   # longest phrase wins over `vượt quá`
    ("thấp hơn 7%", None, "thấp hơn"),                    # a difference, not `hơn` = over
    ("tiếp nhận 90.400", None, None),
])
def test_qualifier_before(text, qualifier, phrase):
    pos = len(text) - len(text.split()[-1])
    q, start = qualifier_before(text, pos)
    assert q == qualifier
    if phrase:
        assert text[start:pos].strip() == phrase
    else:
        assert start == pos


def test_qualifier_after():
    text = "đạt 95% trở lên, 3% trở xuống, 5% số hồ sơ"
    assert qualifier_after(text, text.index("95%") + 3) == "at_least"
    assert qualifier_after(text, text.index("3%") + 2) == "at_most"
    assert qualifier_after(text, text.index("5% số") + 2) is None


@pytest.mark.parametrize("text", ["1." * 50_000, "9" * 100_000, "1,2." * 30_000, "hai mươi " * 20_000])
def test_linear_time_on_adversarial_input(text):
    t0 = time.process_time()
    list(NUMBER_RE.finditer(text))
    parse_amount(text[:5000])
    assert time.process_time() - t0 < 2.0

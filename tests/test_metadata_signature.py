"""The signature closing an article (facts/metadata.py ``signature``): names,
the outlet or both after the last sentence, glued to a one-line body as
aggregators print it, and the endings that are no signature."""

from __future__ import annotations

import pytest

from cchc_extract.facts.metadata import extract_metadata, signature

_BODY = "Tiêu đề\nHuyện rút ngắn thời hạn cấp phép xây dựng. Người dân nộp hồ sơ qua mạng."


def _meta(ending: str) -> tuple[list[str], str | None]:
    m = extract_metadata(f"{_BODY} {ending}")
    return m["authors"], m["outlet"]


@pytest.mark.parametrize("ending, authors, outlet", [
    # names alone, one or two, with or without a separator
    ("Bích Ngọc", ["Bích Ngọc"], None),
    ("Bích Ngọc Hữu Phước", ["Bích Ngọc", "Hữu Phước"], None),
    ("Bích Ngọc - Hữu Phước", ["Bích Ngọc", "Hữu Phước"], None),
    ("Bích Ngọc – Hữu Phước -", ["Bích Ngọc", "Hữu Phước"], None),
    ("LÊ TRUNG - HẢI YẾN", ["LÊ TRUNG", "HẢI YẾN"], None),
    ("K.Oanh", ["K.Oanh"], None),
    ("CTV Bích Ngọc/VOV.VN", ["Bích Ngọc"], "VOV.VN"),
    # a name and the outlet in brackets
    ("Phan Thị Thu (TTXVN)", ["Phan Thị Thu"], "TTXVN"),
    ("Phan Thu (Tổng hợp)", ["Phan Thu"], None),
    ("Phan Thu (Theo Reuters)", ["Phan Thu"], "Reuters"),
    # the outlet alone
    ("TTXVN/Tin Tức", [], "TTXVN/Tin Tức"),
    ("Theo VnExpress", [], "VnExpress"),
    ("theo Trí thức trẻ", [], "Trí thức trẻ"),
    ("Theo Báo Nông thôn Ngày nay", [], "Báo Nông thôn Ngày nay"),
    ("Theo baotinh.vn", [], "baotinh.vn"),
    # a name and the outlet with a slash or Theo
    ("Theo Hải Yến/Báo Chính phủ", ["Hải Yến"], "Báo Chính phủ"),
    ("Hải Yến / Theo Tuổi Trẻ", ["Hải Yến"], "Tuổi Trẻ"),
    ("Hải Yến Theo Sức khỏe Plus/GĐVN", ["Hải Yến"], "Sức khỏe Plus"),
    ("Hải Yến, Theo Thời Đại", ["Hải Yến"], "Thời Đại"),
    ("Hải Yến/VOV-Đồng bằng", ["Hải Yến"], "VOV-Đồng bằng"),
    ("Hải Yến/VOV Hải Yến/VOV", ["Hải Yến"], "VOV"),
    ("Theo Hải Yến", ["Hải Yến"], None),
    ("Mâyxanh / Theo Dân trí", ["Mâyxanh"], "Dân trí"),
])
def test_signature_shapes(ending, authors, outlet):
    assert _meta(ending) == (authors, outlet)


def test_footnotes_after_the_signature():
    assert _meta("Đức Hạnh ---- [1] Báo cáo của Sở Nội vụ, tháng 4/2017. [2] Số liệu quý I.") == (["Đức Hạnh"], None)


def test_sentence_naming_the_outlet_before_the_signature():
    text = "Tiêu đề\nHuyện rút ngắn thời hạn. Báo Đồng Nai Mới sẽ tiếp tục cập nhật tin tức. Đức Hạnh"
    assert extract_metadata(text)["outlet"] == "Báo Đồng Nai Mới"


def test_signature_after_a_flattened_table():
    text = "Tiêu đề\nBảng xếp hạng: Đội Xanh 5 3 1 1 10 Đội Đỏ 5 2 2 1 8 Đội Vàng 5 0 1 4 1 Đức Hạnh - Kim Oanh"
    assert extract_metadata(text)["authors"] == ["Đức Hạnh", "Kim Oanh"]


@pytest.mark.parametrize("ending", [
    "Hồ sơ đã được trao cho anh Lê Văn Tám",         # a sentence ending with a name
    "Thông tin do Phó Chủ tịch xã Đào Thị Hoa",
    "“Chúng tôi sẽ làm tiếp”, ông Nam cho biết.",    # a quotation
    "Ảnh: Quốc Toàn",                                # photo credits
    "(Ảnh: Quốc Toàn/TTXVN)",
    "Nguồn ảnh: Quốc Toàn",
    "Theo ông Trần Văn Tư",                          # Theo + a person, a body, a document
    "Theo Sở Nội vụ",
    "Theo Kế hoạch số 12",
    "The new portal opens next Monday",              # English text
    "He said it was Good News",
    "Trận đấu có 3 Bayern Munich",                   # a team after a number
    "Bộ phim đoạt giải “Bông sen vàng” Hồng Ánh.",   # a quoted title inside the sentence, then a name
    "TM. ỦY BAN NHÂN DÂN (đã ký) Lê Văn Ba",         # the signatory of a quoted document
])
def test_no_signature(ending):
    authors, outlet = _meta(ending)
    assert authors == []
    assert outlet is None


def test_name_after_a_number_needs_a_vietnamese_name():
    assert _meta("Đội hình: 7 Lionel Messi Hoàng Anh") == ([], None)


def test_unknown_capitalised_words_after_theo_are_a_person():
    # two capitalised syllables after Theo are a byline, never an outlet
    assert _meta("Theo Quang Tuấn") == (["Quang Tuấn"], None)


def test_known_outlet_then_a_name_gives_the_outlet():
    assert _meta("Theo Trí thức trẻ Hà My -")[1] == "Trí thức trẻ"


def test_signature_reads_only_the_end_of_a_long_line():
    line = "Câu văn dài. " * 20000 + "Hà My/VOV.VN"
    assert signature(line) == (["Hà My"], "VOV.VN")


def test_an_earlier_byline_is_kept():
    text = "Tiêu đề\n\nHoàng Lan\n\nNội dung của bài viết. Theo Dân trí"
    authors, outlet = extract_metadata(text)["authors"], extract_metadata(text)["outlet"]
    assert authors == ["Hoàng Lan"]
    assert outlet == "Dân trí"


def test_byline_names_split_as_before_and_in_linear_time() -> None:
    """``_NAME_SEP`` takes the spaces before a separator only from where their run starts:
    the same splits as ``\\s*+`` in front (which tried again at every space of a long run)."""
    import random

    import regex

    from cchc_extract.facts.bylines import _NAME_SEP, _split_names

    plain = regex.compile(r"\s*+(?:[,;–—-]|(?<=\s)và(?=\s))\s*+")
    rng = random.Random(7)
    pieces = [" ", "  ", ",", ";", "-", "–", "và", "An", "b", "\u00a0", "và ", "\n"]
    for _ in range(5000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert _NAME_SEP.split(s) == plain.split(s), s
    assert _split_names("Minh Anh - Thu Hà và Lan") == ["Minh Anh", "Thu Hà", "Lan"]

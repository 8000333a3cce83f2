"""The speed-ups of facts/metadata.py never change what is found: each cheap
pre-test only skips a regex that cannot match."""

from __future__ import annotations

import pytest

from cchc_extract.facts import metadata as M

from conftest import CORPUS

_LINES = [
    "Kết quả được báo cáo tại hội nghị. Nguyễn Văn An",
    "Tỉnh đã hoàn thành kế hoạch năm 2017./. Thanh Lê",
    "Đây là nội dung. Chu Thanh Vân (TTXVN) ",
    "Đây là nội dung! T.L.",
    "Đây là nội dung… Hà Nội (VOV)",
    "Kết quả, theo báo cáo. N.V.A",
    "Tỉnh tiếp nhận 1.234 hồ sơ.",
    "Câu cuối, không có tên",
    "x. A B)",
    "x. A B (",
    "Nội dung (ghi chú) - thêm. Hoàng Hải",
    ". Ab",
    "",
    "   ",
    "Nội dung.\u00a0 Trần Thủy\u00a0",
    "Nội dung. KHÁNH VŨ",
]


def _corpus_lines() -> list[str]:
    return [line for p in sorted(CORPUS.glob("*.txt")) for line in p.read_text("utf-8").split("\n")]


def _span(m):
    return None if m is None else m.span()


def test_tail_name_equals_the_whole_line_search():
    lines = _LINES + _corpus_lines()
    found = 0
    for line in lines:
        full = M._TAIL_NAME.search(line)
        assert _span(M._tail_name(line)) == _span(full), line[-80:]
        found += full is not None
    assert found >= 8  # the comparison sees real matches


@pytest.mark.parametrize("line,expected", [
    ("Tỉnh tiếp nhận 1.234 hồ sơ.", False), ("Câu cuối. Nguyễn Văn An", True), ("Câu. T.L.", True),
    ("Câu (TTXVN)", True), ("Câu 2023", False), ("", False), ("Tỷ lệ 98%", False),
])
def test_may_end_with_name(line, expected):
    assert M._may_end_with_name(line) is expected


@pytest.mark.parametrize("word", ["Từ khóa", "Từ khoá", "Tags", "Tag", "Bình luận", "captcha", "In bài viết",
                                  "Hãy chia sẻ", "Chia sẻ", "Tin liên quan", "Tin cùng chuyên mục", "Xem thêm",
                                  "Gửi bình luận", "Ý kiến bạn đọc", "Bản in"])
def test_footer_first_letters_cover_every_footer_word(word):
    for line in (word, word.upper(), word.lower(), "  " + word + ": a, b", "\u00a0" + word.capitalize()):
        if M._FOOTER.match(line):
            assert line.lstrip()[:1].lower() in M._FOOTER_FIRST, line


def test_url_and_outlet_pretests_keep_what_the_regexes_find():
    text = ("Tiêu đề bài viết\n\nNội dung bài viết. (Dân trí) - Sáng nay, tỉnh họp.\n"
            "Nguồn Sơn La: https://sonla.gov.vn/bai-viet\n")
    meta = M.extract_metadata(text)
    assert meta["url"] == "https://sonla.gov.vn/bai-viet"
    assert meta["outlet"] == "Dân trí"
    assert M.extract_metadata("Tiêu đề\n\nNội dung.\nNguồn Sơn La: https://sonla.gov.vn/a\n")["outlet"] == "Sơn La"

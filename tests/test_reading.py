"""The reader: bytes of any provenance → NFC text, or a typed error naming the file.

Covers encodings (UTF-8 ± BOM, UTF-16/32 with BOM, UTF-16 without,
Windows-1258, NFD), line endings and invisible characters kept as they are,
binary files named ``.txt``, paths that are not readable files, and HTML
pages saved from news sites.
"""

from __future__ import annotations

import codecs
import os
import pickle
import random
import stat
import tempfile
import threading
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_extract import errors, read_article
from cchc_extract.errors import CchcError, DecodeError, ExtractionError, ReadError
from cchc_extract.html import extract_text, looks_like_html
from cchc_extract.reading import Article, decode_bytes, read_bytes

from conftest import CORPUS, ROOT, to_cp1258

SAMPLE = (CORPUS / "000_c4378611185b4ba3.txt").read_text(encoding="utf-8")
SENTENCE = "Ủy ban nhân dân tỉnh đã tiếp nhận 1.234 hồ sơ, giải quyết đúng hạn 98,2% trong quý I/2023."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, prefix, label", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
    ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_unicode_encodings_read_to_the_same_text(tmp_path, encoding, prefix, label):
    p = write(tmp_path, "a.txt", prefix + SAMPLE.encode(encoding))
    article = read_article(p)
    assert article.text == SAMPLE  # the byte-order mark is not part of the text
    assert not article.text.startswith("\ufeff")
    assert article.encoding == label


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(tmp_path, encoding):
    p = write(tmp_path, "a.txt", SAMPLE.encode(encoding))
    article = read_article(p)
    assert article.text == SAMPLE and article.encoding == encoding


def test_broken_bom_is_a_decode_error_naming_the_file(tmp_path):
    p = write(tmp_path, "odd.txt", codecs.BOM_UTF16_LE + "Hồ sơ".encode("utf-16-le") + b"\x00")
    with pytest.raises(DecodeError, match=r"odd\.txt: has a utf-16-le byte-order mark but is not valid"):
        read_article(p)


@pytest.mark.parametrize("text", [SAMPLE, SENTENCE, "Đ", "Tiếp nhận 1.234 hồ sơ."],
                         ids=["article", "sentence", "one-letter", "short"])
def test_windows_1258_reads_as_nfc_vietnamese(tmp_path, text):
    data = to_cp1258(text)
    assert data != text.encode("utf-8")
    if text != "Đ":  # cp1258 writes tone marks as combining characters
        assert any(b in data for b in b"\xcc\xec\xde\xd2\xf2")
    article = read_article(write(tmp_path, "legacy.txt", data))
    assert article.encoding == "cp1258"
    assert article.text == text
    assert unicodedata.is_normalized("NFC", article.text)


def test_wild_articles_round_trip_through_windows_1258(tmp_path):
    wild = sorted((ROOT.parent / "shared" / "wild").glob("*.txt"))[:10] or sorted(CORPUS.glob("*.txt"))
    for path in wild:
        text = path.read_text(encoding="utf-8")
        assert read_article(write(tmp_path, path.name, to_cp1258(text))).text == unicodedata.normalize("NFC", text)


def test_nfd_file_reads_as_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", SAMPLE)
    assert nfd != SAMPLE
    article = read_article(write(tmp_path, "mac.txt", nfd.encode("utf-8")))
    assert article.text == SAMPLE


def test_nfd_text_through_the_api_is_normalised():
    assert Article.from_text(unicodedata.normalize("NFD", SENTENCE)).text == SENTENCE


def test_line_endings_and_invisible_characters_stay(tmp_path):
    text = "Tiêu đề\r\n\r\nDòng một\rDòng\u00a0hai\n\u200bDòng\u200c ba\u2060\ufeff giữa\r\n“trích” \"dẫn\" 30–50% 02—NQ"
    article = read_article(write(tmp_path, "mixed.txt", text.encode("utf-8")))
    assert article.text == text  # a BOM inside the text is a zero-width no-break space: content


def test_mostly_utf8_with_a_broken_character_keeps_the_text(tmp_path):
    data = SAMPLE.encode("utf-8")
    i = data.index("ỗ".encode())
    broken = data[: i + 2] + data[i + 3:]  # the last byte of a three-byte character lost in a copy
    article = read_article(write(tmp_path, "cut.txt", broken))
    assert article.encoding == "utf-8 (undecodable bytes replaced)"
    assert article.text == SAMPLE.replace("ỗ", "\ufffd", 1)


def test_file_cut_inside_its_last_character(tmp_path):
    data = SAMPLE.encode("utf-8")
    article = read_article(write(tmp_path, "cut.txt", data[:-2] if data[-2:] != b"\n\n" else data[:-3]))
    assert article.text.endswith("\ufffd") or article.text == data[:-2].decode("utf-8", "replace")


def test_html_declared_charset_is_honoured(tmp_path):
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'>"
            "<title>Cải cách hành chính</title></head><body><article><p>" + SENTENCE * 3
            + "</p></article></body></html>")
    data = to_cp1258(page)
    text, enc = decode_bytes(data, "page.html")
    assert enc == "cp1258" and unicodedata.normalize("NFC", text) == page


@given(st.binary(max_size=3000))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_bytes_decode_or_raise_decode_error(data):
    try:
        text, enc = decode_bytes(data, "x.txt")
    except DecodeError as exc:
        assert str(exc).startswith("x.txt: ")
    else:
        assert isinstance(text, str) and enc
        text.encode("utf-8")  # never lone surrogates


# --- binary data named .txt ----------------------------------------------------------------------

BINARIES = {
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)), "PDF"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "PNG"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(100), "JPEG"),
    "docx": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(100), "ZIP"),
    "gzip": (b"\x1f\x8b\x08\x00" + bytes(50), "gzip"),
    "elf": (b"\x7fELF\x02\x01\x01" + bytes(50), "executable"),
    "rtf": (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} \\u7891? H\\u7891?i}", "RTF"),
    "random": (random.Random(7).randbytes(5000), "binary"),
    "random-no-nul": (bytes(b or 1 for b in random.Random(8).randbytes(5000)), "not text|binary"),
    "controls": (bytes(range(1, 9)) * 300, "binary"),
}


@pytest.mark.parametrize("kind", sorted(BINARIES))
def test_binary_named_txt_is_a_decode_error_naming_the_file(tmp_path, kind):
    data, what = BINARIES[kind]
    p = write(tmp_path, f"scraped_{kind}.txt", data)
    with pytest.raises(DecodeError, match=rf"scraped_{kind}\.txt: .*({what})") as info:
        read_article(p)
    assert info.value.path == str(p)
    assert isinstance(info.value, CchcError)


# --- paths that are not readable files ---------------------------------------------------------

def test_missing_path(tmp_path):
    with pytest.raises(ReadError, match=r"nope\.txt: does not exist"):
        read_article(tmp_path / "nope.txt")


def test_broken_symlink_says_so(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(ReadError, match=r"link\.txt: is a broken symbolic link"):
        read_article(link)


def test_symlink_loop(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(ReadError, match=r"a\.txt: cannot be read: Too many levels of symbolic links"):
        read_article(a)


def test_symlink_to_a_file_is_read(tmp_path):
    real = write(tmp_path, "real.txt", SENTENCE.encode())
    link = tmp_path / "alias.txt"
    link.symlink_to(real)
    article = read_article(link)
    assert article.text == SENTENCE and article.doc_id == "alias"


def test_folder(tmp_path):
    with pytest.raises(ReadError, match="is a folder, not a file"):
        read_article(tmp_path)


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = {}
    t = threading.Thread(target=lambda: result.setdefault("exc", _raises(read_article, fifo)), daemon=True)
    t.start()
    t.join(10)
    assert not t.is_alive(), "reading a FIFO blocked"
    assert isinstance(result["exc"], ReadError) and "FIFO" in str(result["exc"])


def test_device_is_refused():
    with pytest.raises(ReadError, match=r"/dev/zero: is a device"):
        read_article("/dev/zero")


def test_nul_in_path():
    with pytest.raises(ReadError, match="is not a valid path"):
        read_article("bad\x00name.txt")


def test_oversize_file_is_refused(tmp_path, monkeypatch):
    from cchc_extract import reading

    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    with pytest.raises(ReadError, match=r"big\.txt: is 101 bytes, over the 100-byte limit"):
        read_article(write(tmp_path, "big.txt", b"x" * 101))


def test_permission_denied_is_a_read_error_simulated(tmp_path, monkeypatch):
    from cchc_extract import reading

    p = write(tmp_path, "secret.txt", b"text")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(reading, "open", deny, raising=False)
    with pytest.raises(ReadError, match=r"secret\.txt: cannot be read \(permission denied\)"):
        read_article(p)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX only")
def test_permission_denied_for_real():
    """chmod 000 blocks nobody when tests run as root, so root reads as user
    ``nobody`` for the moment of the call (seteuid, then back)."""
    work = Path(tempfile.mkdtemp(prefix="cchc-perm-"))
    p = work / "locked.txt"
    try:
        os.chmod(work, 0o755)
        p.write_text(SENTENCE, encoding="utf-8")
        os.chmod(p, 0o000)
        as_root = os.geteuid() == 0
        if as_root:
            os.seteuid(65534)
        try:
            exc = _raises(read_article, p)
        finally:
            if as_root:
                os.seteuid(0)
        assert isinstance(exc, ReadError)
        assert str(exc) == f"{p}: cannot be read (permission denied)"
    finally:
        p.unlink(missing_ok=True)
        work.rmdir()


def _raises(fn, *args):
    try:
        fn(*args)
    except Exception as exc:  # noqa: BLE001 - the test inspects it
        return exc
    return None


# --- texts with little or nothing in them -----------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   ", b"\n\n\r\n\t \n", "\u00a0\u200b\u3000".encode(),
                                  codecs.BOM_UTF8 + b" \n"],
                         ids=["empty", "spaces", "newlines", "unicode-spaces", "bom-and-space"])
def test_empty_and_blank_files_are_read_errors_naming_the_file(tmp_path, data):
    # A file with no text is a failed download or save, not an article (README, "Robustness").
    with pytest.raises(ReadError, match=r"blank\.txt: .*no text"):
        read_article(write(tmp_path, "blank.txt", data))


def test_blank_text_is_still_an_article():
    assert Article.from_text("  \n").text == "  \n"


def test_read_bytes_reads_a_file(tmp_path):
    assert read_bytes(write(tmp_path, "a.txt", b"abc")) == b"abc"


# --- errors ------------------------------------------------------------------------------------

@pytest.mark.parametrize("err", [
    ReadError("in/a.txt", "does not exist"),
    DecodeError("in/b.txt", "is binary data (a PDF document), not text"),
    ExtractionError("c", "dates", ValueError("bad")),
    ExtractionError("c", "dates", ValueError("bad"), source="in/c.txt"),
    ExtractionError("d", "legal", _raises(lambda: (_ for _ in ()).throw(RuntimeError("x")))),
    errors.OffsetError("e: span 'x' at 1:2 reads 'y'"),
    errors.ConfigError("unknown stage(s) ['nope']"),
])
def test_errors_pickle_with_their_fields(err):
    """Process pools pickle exceptions; the custom __init__ must survive the trip."""
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is type(err) and str(again) == str(err)
    for name in ("path", "reason", "doc_id", "stage", "source"):
        assert getattr(again, name, None) == getattr(err, name, None)


def test_extraction_error_with_an_unpicklable_cause_still_pickles():
    class Odd(Exception):
        def __init__(self):
            super().__init__("odd")
            self.lock = threading.Lock()

    err = ExtractionError("doc", "dates", Odd())
    again = pickle.loads(pickle.dumps(err))
    assert "Odd: odd" in str(again) and again.stage == "dates"


def test_a_failing_stage_names_the_file(tmp_path, monkeypatch):
    from cchc_extract import Pipeline
    from cchc_extract.facts import metadata

    pipe = Pipeline(exclude=["entities"])
    p = write(tmp_path, "bad.txt", "Tỷ lệ đạt 98,2%.".encode())

    def boom(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(metadata, "extract_metadata", boom)
    with pytest.raises(ExtractionError, match=rf"{p}: stage 'metadata' failed: RuntimeError: a bug") as info:
        pipe(p)
    assert info.value.doc_id == "bad" and info.value.source == str(p)
    with pytest.raises(ExtractionError, match=r"^article: stage 'metadata' failed"):
        pipe("Tỷ lệ đạt 98,2%.")


def test_lone_surrogates_are_refused_clearly():
    with pytest.raises(DecodeError, match=r"<text>: contains a lone surrogate '\\udc80' at character 3"):
        Article.from_text("abc\udc80def")


# --- HTML pages ----------------------------------------------------------------------------------

PAGE = """<!-- saved from url=(0047)https://baotinh.example.vn/cai-cach-hanh-chinh -->
<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Tỉnh đẩy mạnh cải cách hành chính | Báo Tỉnh</title>
<meta property="og:title" content="Tỉnh đẩy mạnh cải cách hành chính">
<meta property="og:site_name" content="Báo Tỉnh">
<meta name="author" content="Minh Anh">
<meta property="article:published_time" content="2023-04-12T08:30:00+07:00">
<link rel="canonical" href="https://baotinh.example.vn/cai-cach-hanh-chinh.html">
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul></nav>
<article><h1>Tỉnh đẩy mạnh cải cách hành chính</h1>
<p>Trong quý I/2023, Bộ phận một cửa của tỉnh đã tiếp nhận 12.345 hồ sơ, trong đó 11.900 hồ sơ được giải
quyết đúng hạn, đạt tỷ lệ 96,4%.</p>
<p>Thực hiện Nghị quyết số 02-NQ/TU ngày 15/6/2021 của Ban chấp hành Đảng bộ tỉnh về chuyển đổi số, các sở,
ngành đã đưa 1.200 dịch vụ công trực tuyến lên cổng dịch vụ công.</p>
<p>Ủy ban nhân dân tỉnh yêu cầu các địa phương tiếp tục rà soát, đơn giản hóa thủ tục hành chính.</p>
</article>
<div class="comments"><h3>Bình luận</h3><p>Bạn đọc A: Bài viết rất hay, cảm ơn tác giả!</p></div>
<footer>© Báo Tỉnh. Giấy phép số 123/GP-BTTTT.</footer>
</body></html>
"""


def test_html_page_named_txt_is_detected_and_extracted(tmp_path):
    article = read_article(write(tmp_path, "page.txt", PAGE.encode("utf-8")))
    assert article.text_source == "html"
    assert article.text.startswith("Tỉnh đẩy mạnh cải cách hành chính\n")
    assert "tiếp nhận 12.345 hồ sơ" in article.text and "02-NQ/TU" in article.text
    for furniture in ("Trang chủ", "Bạn đọc A", "Giấy phép", "<p>", "og:title"):
        assert furniture not in article.text
    assert article.extra["title"] == "Tỉnh đẩy mạnh cải cách hành chính"
    assert article.extra["author"] == "Minh Anh"
    assert article.extra["sitename"] == "Báo Tỉnh"
    assert article.extra["date"].startswith("2023-04-12")
    assert article.extra["url"] == "https://baotinh.example.vn/cai-cach-hanh-chinh.html"


def test_html_record_says_so_and_keeps_the_metadata(tmp_path, facts_pipeline):
    p = write(tmp_path, "page.html", PAGE.encode("utf-8"))
    record = facts_pipeline(p)
    article = read_article(p)
    record.check_offsets(article.text)  # offsets index the extracted text
    assert record.text_source == "html"
    assert record.title == "Tỉnh đẩy mạnh cải cách hành chính"
    assert record.authors == ["Minh Anh"]
    assert record.outlet == "Báo Tỉnh"
    assert record.published == "2023-04-12"
    assert record.url == "https://baotinh.example.vn/cai-cach-hanh-chinh.html"


def test_html_in_windows_1258_and_utf16(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1258"')
    for name, data in [("legacy.htm", to_cp1258(page)), ("wide.txt", codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"))]:
        article = read_article(write(tmp_path, name, data))
        assert article.text_source == "html", name
        assert "Ủy ban nhân dân tỉnh yêu cầu" in article.text, name


def test_saved_from_comment_gives_the_url_when_the_page_has_none(tmp_path):
    page = PAGE.replace('<link rel="canonical" href="https://baotinh.example.vn/cai-cach-hanh-chinh.html">', "")
    article = read_article(write(tmp_path, "saved.html", page.encode()))
    assert article.extra["url"] == "https://baotinh.example.vn/cai-cach-hanh-chinh"


def test_html_fragment_without_article_markup_falls_back_to_its_text(tmp_path):
    article = read_article(write(tmp_path, "frag.html", "<div>Tiếp nhận 12 hồ sơ.</div>".encode()))
    assert article.text_source == "html" and "Tiếp nhận 12 hồ sơ." in article.text


@pytest.mark.parametrize("page", [
    "<html><head><script>window.location='/x'</script></head><body></body></html>",
    "<!DOCTYPE html><html></html>",
])
def test_html_without_text_is_a_clear_error(tmp_path, page):
    with pytest.raises(DecodeError, match=r"empty\.html: is an HTML page with no text"):
        read_article(write(tmp_path, "empty.html", page.encode()))


def test_html_can_be_forced_off_and_on(tmp_path):
    p = write(tmp_path, "raw.txt", PAGE.encode())
    assert read_article(p, html=False).text == PAGE
    plain = write(tmp_path, "plain.txt", "<p>Tiếp nhận 5 hồ sơ</p> và hơn thế".encode())
    assert read_article(plain, html=True).text_source == "html"


@pytest.mark.parametrize("text, expected", [
    ("<!DOCTYPE html><html>", True),
    ("\ufeff  <html lang='vi'>", False),  # the BOM is stripped by the decoder before detection
    ("<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>", True),
    ("<!-- a --><!-- b -- c -->\n<body>", True),
    ("<p>Một đoạn</p>", True),
    ("Thành phố <b>Vinh</b>", False),
    ("Quyết định <số 5>", False),
    ("<" * 100_000, False),
])
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_extract_text_wraps_parser_failures(monkeypatch):
    import trafilatura

    def boom(*a, **k):
        raise ValueError("broken tree")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    with pytest.raises(DecodeError, match=r"x\.html: is an HTML page that could not be parsed: ValueError: broken"):
        extract_text("<html><body><p>x</p></body></html>", source="x.html")


def test_plain_text_with_angle_brackets_is_not_html(tmp_path):
    text = "Kết quả <tạm tính>: 5 hồ sơ\n<p> là thẻ HTML"
    article = read_article(write(tmp_path, "a.txt", text.encode()))
    assert article.text == text and article.text_source == "plain"


def test_read_only_file_is_read(tmp_path):
    p = write(tmp_path, "ro.txt", SENTENCE.encode())
    os.chmod(p, stat.S_IRUSR)
    assert read_article(p).text == SENTENCE


# --- NUL bytes: one rule wherever they are ------------------------------------------------------

@pytest.mark.parametrize("at", [10, 5000, 200_000], ids=["head", "past-4k", "far"])
def test_a_nul_byte_is_refused_wherever_it_is(tmp_path, at):
    text = (SENTENCE + "\n") * (at // len(SENTENCE.encode()) + 40)
    data = text.encode("utf-8")
    cut = data.rfind(b"\n", 0, at) + 1
    data = data[:cut] + b"\x00" + data[cut:]
    with pytest.raises(DecodeError, match=r"nul\.txt: is binary data \(it holds a NUL byte"):
        read_article(write(tmp_path, "nul.txt", data))


def test_a_nul_character_after_a_bom_is_refused_too(tmp_path):
    data = codecs.BOM_UTF8 + (SENTENCE * 200).encode() + b"\x00" + SENTENCE.encode()
    with pytest.raises(DecodeError, match="NUL"):
        read_article(write(tmp_path, "nul.txt", data))


# --- HTML past libxml2's default limits ---------------------------------------------------------

_BODY = "<p>" + SENTENCE + "</p>"


@pytest.mark.parametrize("page", [
    "<html><head><title>Tin mới</title></head><body><script>var x='" + "a" * (11 << 20) + "';</script>"
    + _BODY * 3 + "</body></html>",
    "<html><body>" + "<div>" * 255 + _BODY * 3 + "</div>" * 255 + "</body></html>",
], ids=["11MB-script", "255-levels"])
def test_html_past_libxml2_limits_keeps_its_body(tmp_path, page):
    article = read_article(write(tmp_path, "page.html", page.encode()))
    assert SENTENCE in article.text and article.text_source == "html"

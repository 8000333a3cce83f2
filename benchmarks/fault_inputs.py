"""The bad inputs of the fault suite (``benchmarks/faults.py``), made in a folder.

:func:`make_inputs` writes good articles (copies of ``corpus/articles``,
renamed) and about 170 bad or odd inputs of every kind that README
("Robustness") and docs/batch.md name, each with what the batch must give
for it (:class:`Input`):

* ``record``: exactly one record (an odd but readable article: UTF-16,
  Windows-1258, NFD, a 2 MB line, deep HTML, a name with a byte that is not
  UTF-8 ...);
* ``error``: no record, and one failure naming it on stderr and in the
  errors file (empty, blank, binary, a NUL byte, script-only HTML, a FIFO,
  a dangling link, a link loop, a file over the size limit ...);
* ``either``: exactly one of the two (bytes whose reading is a judgement:
  charset detection may make text of them);
* ``none``: neither (a folder named ``*.txt``, a link to a folder: not walked).

Names are bytes (a name that is not UTF-8 is one of the cases).  Everything
is built from the bundled corpus and from this file's own wording.
"""

from __future__ import annotations

import codecs
import gzip
import os
import random
import socket
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "articles"

#: ``reading.MAX_BYTES`` (a sparse file one byte over it costs no disk).
MAX_BYTES = 256 * 1024 * 1024

#: Our own short article (quick to extract), for cases that need a text but not a corpus article.
SHORT = ("Kết quả cải cách hành chính quý I/2024\n"
         "Ngày 15/3/2024, Bộ phận một cửa của huyện đã tiếp nhận 1.234 hồ sơ, "
         "giải quyết đúng hạn đạt 98,5%.\n")


@dataclass
class Input:
    group: str
    name: str          # what the case is, for the report
    path: bytes        # the file as the batch finds it
    expect: str        # "record", "error", "either" or "none"


def corpus_texts() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPUS.glob("*.txt"))]


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: base letters precomposed,
    tone marks as combining bytes (Python's codec lacks most toned vowels)."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + "".join(c for c in parts if c in tones)).encode("cp1258", "replace")
    return bytes(out)


class _Maker:
    def __init__(self, root: Path) -> None:
        self.root = os.fsencode(root)
        self.inputs: list[Input] = []

    def add(self, group: str, name: str, rel: bytes | str, data: bytes | None, expect: str) -> bytes:
        rel = os.fsencode(rel)
        path = self.root + b"/" + rel
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if data is not None:
            with open(path, "wb") as fh:
                fh.write(data)
        self.inputs.append(Input(group, name, path, expect))
        return path


def make_inputs(root: Path, goods: int = 30, big: bool = True, few: bool = False) -> list[Input]:
    """Write the inputs under ``root`` and return them.  ``goods``: copies of
    the corpus articles; ``big=False`` leaves out the costly ones (a 2 MB
    line, an 11 MB script); ``few=True`` keeps about two of each group (the
    fast pytest subset)."""
    m = _Maker(root)
    texts = corpus_texts()
    art = texts[0]
    for k in range(goods):
        m.add("good", f"corpus copy {k}", f"good_{k:03d}.txt", texts[k % len(texts)], "record")
    _empty(m)
    _binary(m)
    _nul(m, art)
    _encodings(m, art)
    _html(m, art, big)
    _names(m)
    _links_and_specials(m)
    _trees(m)
    _content(m, big)
    if few:
        keep, seen = [], {}
        for i in m.inputs:
            seen[i.group] = seen.get(i.group, 0) + 1
            if i.group == "good" or seen[i.group] <= 3:
                keep.append(i)
        return keep
    return m.inputs


def _empty(m: _Maker) -> None:
    blanks = {"empty": b"", "one space": b" ", "newlines": b"\n\n\n", "tabs and CRLF": b"\t\r\n\t\r\n",
              "nbsp": "\u00a0\u00a0\n".encode(), "ideographic space": "\u3000\n".encode(),
              "zero-width space": "\u200b\u200b".encode(), "zero-width joiners": "\u200c\u200d\u2060".encode(),
              "BOM only": codecs.BOM_UTF8, "BOM and spaces": codecs.BOM_UTF8 + b"   \n",
              "UTF-16 BOM only": codecs.BOM_UTF16_LE, "UTF-16 blank": "\ufeff \n".encode("utf-16-le"),
              "form feeds": b"\x0c\x0c\x0b", "line separators": "\u2028\u2029\u0085".encode(),
              "mixed blanks": "\u00a0\u200b \t\u3000\u2007\u202f\n".encode(), "1 MB of spaces": b" " * 1_000_000}
    for i, (name, data) in enumerate(blanks.items()):
        m.add("empty", name, f"empty_{i:02d}.txt", data, "error")


def _binary(m: _Maker) -> None:
    rnd = random.Random(18)
    heads = {"PDF": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n",
             "PNG": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(13),
             "JPEG": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "GIF": b"GIF89a\x01\x00\x01\x00\x80\x00\x00",
             "ZIP/docx": b"PK\x03\x04\x14\x00\x06\x00", "gzip": gzip.compress(SHORT.encode() * 20),
             "zlib": zlib.compress(SHORT.encode() * 20), "ELF": b"\x7fELF\x02\x01\x01" + bytes(9),
             "Windows exe": b"MZ\x90\x00\x03\x00\x00\x00", "SQLite": b"SQLite format 3\x00" + bytes(84),
             "7z": b"7z\xbc\xaf\x27\x1c\x00\x04", "RAR": b"Rar!\x1a\x07\x01\x00", "xz": b"\xfd7zXZ\x00\x00",
             "old Office": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(8), "TIFF": b"II*\x00\x08\x00",
             "MP3": b"ID3\x03\x00\x00\x00", "RTF": b"{\\rtf1\\ansi Hello}", "ico": b"\x00\x00\x01\x00\x01\x00",
             "bzip2": b"BZh91AY&SY" + bytes(8)}
    for i, (name, data) in enumerate(heads.items()):
        m.add("binary", name, f"binary_{i:02d}.txt", data + bytes(rnd.randrange(256) for _ in range(2000)), "error")
    for n in (64, 4096, 100_000):
        m.add("binary", f"random {n} bytes", f"random_{n}.txt", rnd.randbytes(n) + b"\x00", "error")
    # Bytes with no NUL: charset detection may read them as some text. One record or one failure.
    for n in (300, 20_000):
        m.add("binary", f"random {n} bytes without NUL", f"random_nonul_{n}.txt",
              bytes(rnd.randrange(1, 256) for _ in range(n)), "either")


def _nul(m: _Maker, art: bytes) -> None:
    for off in (0, 1, 99, 4095, 4096, 4097, len(art) // 2, len(art)):
        m.add("nul", f"NUL at byte {off}", f"nul_{off:05d}.txt", art[:off] + b"\x00" + art[off:], "error")
    # Inside a multi-byte letter, after a BOM, many of them, a NUL as the whole file.
    mid = art.index("ộ".encode()) + 1
    m.add("nul", "NUL inside a UTF-8 letter", "nul_inletter.txt", art[:mid] + b"\x00" + art[mid:], "error")
    m.add("nul", "NUL after a UTF-8 BOM", "nul_bom.txt", codecs.BOM_UTF8 + b"\x00" + art, "error")
    m.add("nul", "NUL character in UTF-16", "nul_utf16.txt", ("\ufeffab\x00" + art.decode()).encode("utf-16-le"),
          "error")
    m.add("nul", "NUL every 100 bytes", "nul_many.txt", b"".join(art[i:i + 100] + b"\x00" for i in range(0, 2000, 100)),
          "error")
    m.add("nul", "one NUL byte", "nul_only.txt", b"\x00", "error")
    m.add("nul", "NULs only", "nul_4k.txt", bytes(4096), "error")


def _encodings(m: _Maker, art: bytes) -> None:
    text = art.decode("utf-8")
    good = {"UTF-8 BOM": codecs.BOM_UTF8 + art,
            "UTF-16 LE BOM": text.encode("utf-16"), "UTF-16 BE BOM": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
            "UTF-16 LE no BOM": text.encode("utf-16-le"), "UTF-16 BE no BOM": text.encode("utf-16-be"),
            "UTF-32 BOM": text.encode("utf-32"), "Windows-1258": to_cp1258(text),
            "NFD": unicodedata.normalize("NFD", text).encode(), "CRLF": text.replace("\n", "\r\n").encode(),
            "CR only": text.replace("\n", "\r").encode(),
            "mixed line ends": "".join(ln + ("\r\n", "\n", "\r")[i % 3] for i, ln in enumerate(text.split("\n"))).encode(),
            "curly quotes and dashes": text.replace('"', "\u201c").replace("-", "\u2013").encode(),
            "nbsp and zero-width": text.replace(" ", "\u00a0", 40).replace(".", ".\u200b", 20).encode(),
            "ASCII without accents": unicodedata.normalize("NFD", text).encode("ascii", "ignore"),
            "UTF-8 with a BOM in the middle": art[:500] + codecs.BOM_UTF8 + art[500:]}
    for i, (name, data) in enumerate(good.items()):
        m.add("encoding", name, f"enc_{i:02d}.txt", data, "record")
    judged = {"Latin-1 mojibake": text.encode("utf-8").decode("latin-1").encode("latin-1"),
              "one invalid byte": art[:300] + b"\xff" + art[300:], "cut in a letter": art[:art.index("ộ".encode()) + 1],
              "overlong slash": art[:200] + b"\xc0\xaf" + art[200:],
              "CESU surrogate": art[:200] + "\ud83d".encode("utf-8", "surrogatepass") + art[200:],
              "Windows-1252 text": "Café résumé naïve façade\n".encode("cp1252") * 20,
              "Shift-JIS text": "日本語のテキストです。\n".encode("shift_jis") * 20,
              "GB18030 text": "中文文本，行政改革。\n".encode("gb18030") * 20,
              "KOI8-R text": "Русский текст новостей.\n".encode("koi8_r") * 20,
              "UTF-7 text": text[:500].encode("utf-7")}
    for i, (name, data) in enumerate(judged.items()):
        m.add("encoding", name, f"judged_{i:02d}.txt", data, "either")


def _html(m: _Maker, art: bytes, big: bool) -> None:
    body = "".join(f"<p>{ln}</p>\n" for ln in art.decode().splitlines() if ln.strip())
    page = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Tin CCHC</title></head><body><article>{body}</article></body></html>"
    deep = "<div>" * 300 + f"<article>{body}</article>" + "</div>" * 300
    cases = {"page": (page.encode(), "record"),
             "300 levels deep": (f"<html><body>{deep}</body></html>".encode(), "record"),
             "3000 levels deep": (("<html><body>" + "<div>" * 3000 + body + "</div>" * 3000 + "</body></html>").encode(),
                                  "either"),
             "unclosed tags": (page.replace("</p>", "").replace("</article>", "").encode(), "record"),
             "cp1258 declared": (b"<html><head><meta charset=\"windows-1258\"></head><body><article>"
                                 + to_cp1258(body) + b"</article></body></html>", "record"),
             "script only": (b"<html><head><script>var a = 1;</script></head><body><script>go();</script></body></html>",
                             "error"),
             "style only": (b"<html><head><style>p{color:red}</style></head><body></body></html>", "error"),
             "empty page": (b"<html></html>", "error"), "doctype only": (b"<!DOCTYPE html>", "error"),
             "comment only": (b"<html><!-- " + b"x" * 5000 + b" --></html>", "error"),
             "HTML as UTF-16": (page.encode("utf-16"), "record"),
             "5000 paragraphs": (("<html><body>" + body * 200 + "</body></html>").encode(), "record")}
    if big:
        script = "<script>var img = '" + "A" * 11_000_000 + "';</script>"
        cases["11 MB script node"] = (f"<html><head>{script}</head><body><article>{body}</article></body></html>".encode(),
                                      "record")
    for i, (name, (data, expect)) in enumerate(cases.items()):
        m.add("html", name, f"html_{i:02d}.txt", data, expect)


def _names(m: _Maker) -> None:
    ok, bad = SHORT.encode(), b"%PDF-1.4 not text"
    names = {"byte \\xe9": b"caf\xe9", "bytes \\xff\\xfe": b"\xff\xfe_name", "lone UTF-8 lead": b"ti\xe1\xba",
             "newline": b"line\nbreak", "forged error line": b"x\nerror: forged", "carriage return": b"cr\rname",
             "tab": b"tab\tname", "escape sequence": b"esc\x1b[31mred", "DEL": b"del\x7f", "bell": b"bell\x07",
             "backslash x e9": b"caf\\xe9", "backslash n": b"back\\nslash", "leading dash": b"-o out",
             "spaces": b"  spaced name  ", "quotes": b"it's \"quoted\"", "NFD name": unicodedata.normalize(
                 "NFD", "tiếng Việt").encode(), "NFC name": "tiếng Việt".encode(), "emoji": "bài 😀".encode(),
             "RTL mark": "bai\u202egnp".encode(), "line separator": "a\u2028b".encode(), "hidden": b".hidden",
             "long name": b"n" * 240, "glob chars": b"[a-z]*?", "JSON chars": b'{"doc_id": 1}'}
    for i, (name, stem) in enumerate(names.items()):
        m.add("names", f"{name} (article)", b"names/ok/" + stem + b".txt", ok, "record")
        m.add("names", f"{name} (binary)", b"names/bad/" + stem + b".txt", bad, "error")


def _links_and_specials(m: _Maker) -> None:
    d = m.root + b"/links"
    os.makedirs(d + b"/real", exist_ok=True)
    with open(d + b"/real/target.txt", "wb") as fh:
        fh.write(SHORT.encode())
    m.inputs.append(Input("links", "the link target", d + b"/real/target.txt", "record"))
    specs = [("link to a file", b"to_file.txt", b"real/target.txt", "record"),
             ("dangling link", b"dangling.txt", b"nowhere/missing.txt", "error"),
             ("link to itself", b"self.txt", b"self.txt", "error"),
             ("two links in a loop", b"loop_a.txt", b"loop_b.txt", "error"),
             ("two links in a loop (b)", b"loop_b.txt", b"loop_a.txt", "error"),
             ("link to /dev/zero", b"zero.txt", b"/dev/zero", "error"),
             ("link to /dev/null", b"null.txt", b"/dev/null", "error"),
             ("link to /dev/urandom", b"urandom.txt", b"/dev/urandom", "error"),
             ("link to /proc/self/environ", b"environ.txt", b"/proc/self/environ", "either"),
             ("link to a folder named .txt", b"dirlink.txt", b"real", "none"),
             ("link to the parent folder", b"up", b"..", "none"),
             ("link to /", b"root", b"/", "none")]
    for name, link, target, expect in specs:
        os.symlink(target, d + b"/" + link)
        m.inputs.append(Input("links", name, d + b"/" + link, expect))
    os.mkfifo(d + b"/fifo.txt")
    m.inputs.append(Input("links", "FIFO", d + b"/fifo.txt", "error"))
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(os.fsdecode(d + b"/sock.txt"))
    sock.close()
    m.inputs.append(Input("links", "UNIX socket", d + b"/sock.txt", "error"))
    big = d + b"/over_limit.txt"
    with open(big, "wb") as fh:
        fh.write(b"x")
    os.truncate(big, MAX_BYTES + 1)  # sparse: no disk used
    m.inputs.append(Input("links", "file over the size limit (sparse)", big, "error"))
    if os.geteuid() != 0:  # root reads a chmod 000 file: no failure to see
        for name, rel in (("chmod 000 file", b"/noread.txt"), ("file in a chmod 000 folder", b"/closed/in.txt")):
            m.add("links", name, b"links" + rel, SHORT.encode(), "error")
        os.chmod(d + b"/noread.txt", 0)
        os.chmod(d + b"/closed", 0)


def _trees(m: _Maker) -> None:
    deep = b"tree/deep/" + b"d/" * 300
    m.add("tree", "300 levels deep", deep + b"leaf.txt", SHORT.encode(), "record")
    for sub in (b"a", b"b", b"a/b", b"c/a"):
        m.add("tree", f"same stem in {sub.decode()}/", b"tree/dup/" + sub + b"/same.txt", SHORT.encode() + sub, "record")
    m.add("tree", "same stem, top", b"tree/dup/same.txt", SHORT.encode() + b"top", "record")
    m.add("tree", "same stem, other suffix", b"tree/dup/same.txt.txt", SHORT.encode() + b"twice", "record")
    os.makedirs(m.root + b"/tree/empty/sub/sub", exist_ok=True)
    os.makedirs(m.root + b"/tree/folder.txt", exist_ok=True)
    m.inputs.append(Input("tree", "a folder named .txt", m.root + b"/tree/folder.txt", "none"))
    wide = b"tree/wide/"
    for k in range(0, 2000, 400):  # 2000 entries, 5 of them articles
        for j in range(400):
            if j == 0:
                m.add("tree", f"article among 2000 other files {k}", wide + b"%05d.txt" % (k + j), SHORT.encode(), "record")
            else:
                open(m.root + b"/" + wide + b"%05d.dat" % (k + j), "wb").close()


def _content(m: _Maker, big: bool) -> None:
    cases = {"one letter": b"a", "one digit": b"7", "punctuation only": b"...!!!???", "percent signs": b"%" * 100_000,
             "digits": b"1234567890" * 20_000, "dots and slashes": b"./" * 50_000, "so so so": "số ".encode() * 30_000,
             "100k short lines": b"a\n" * 100_000, "one 100k-word sentence": "hồ sơ ".encode() * 20_000,
             "emoji": "😀🎉 tỉnh tiếp nhận 12 hồ sơ 🚀\n".encode() * 100, "ANSI colours": b"\x1b[31m" + SHORT.encode(),
             "control characters": SHORT.encode().replace(b" ", b"\x01", 5), "private use": "\ue000\uf8ff x".encode(),
             "JSON text": b'{"doc_id": "x", "source": "y"}\n', "an error line": b"error: /etc/passwd: forged\n",
             "line and paragraph separators": SHORT.replace(",", "\u2028").replace(".", "\u2029").encode(),
             "BOM then NFD": codecs.BOM_UTF8 + unicodedata.normalize("NFD", SHORT).encode(),
             "combining marks pile": ("a" + "\u0301" * 5000 + " hồ sơ\n").encode(),
             "many dates": "ngày 1/1/2024, quý I/2023, năm 2022, ".encode() * 5000,
             "many dossiers": "tiếp nhận 1.234 hồ sơ, ".encode() * 5000, "many percents": "9,5% ".encode() * 5000}
    if big:
        line = b" ".join(p.read_bytes().replace(b"\n", b" ") for p in sorted(CORPUS.glob("*.txt")))
        cases["2 MB single line"] = (line + b" ") * (2_000_000 // len(line))
    for i, (name, data) in enumerate(cases.items()):
        m.add("content", name, f"content_{i:02d}.txt", data, "record")

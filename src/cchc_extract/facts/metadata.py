"""Article metadata: title, byline, outlet, URL, publication date, boilerplate.

The forms seen in scraped Vietnamese news:

* headline on the first line with letters (menu debris such as ``• :`` before it
  is skipped);
* a feed date line (``Mon, 06 May 2024 14:00:00 +0700``) and/or the outlet's
  own dateline (``17:34 27/05/2019``, ``16/02/2022 - 05:18``,
  ``Thứ hai, 27/05/2019 - 17:34``, ``16/08/2024 16:00``) near the top; the
  outlet's own dateline wins;
* a byline line of two to four capitalised words, right under the headline or
  as the last line of the body (``Toàn Thịnh``, ``GIA KHÁNH``), written as
  ``Bài và ảnh: Thu Vui`` / ``Bài, ảnh: …`` / ``Theo …``, or glued to the end
  of a one-line body (``… biết./. Thanh Lê``);
* the signature after the last sentence of the body (aggregator dumps glue it
  to the line): names, the outlet or both (``Tên - Tên``, ``Tên (TTXVN)``,
  ``TTXVN/Tin Tức``, ``Theo Tên/Outlet``, ``Tên / Theo Outlet``,
  ``Tên Theo Outlet``), before footnotes (``---- [1] …``), after a flattened
  table's numbers; or a closing sentence naming the outlet (``Báo X tiếp tục
  cập nhật``) — see :func:`signature`;
* the outlet as a dateline prefix (``(Dân trí) -``) or a source line
  (``Nguồn Sơn La: https://…``);
* page furniture after the body (``Từ khóa:``, ``Bình luận của bạn``,
  ``captcha``, ``In bài viết``, share prompts) that yields no facts.
"""

from __future__ import annotations

import email.utils
import re
import unicodedata
from functools import lru_cache

import regex

from ..context import ArticleContext, stage
from ..patterndata import entries
from ..dateparts import valid_day, valid_time

_HAS_WORD = regex.compile(r"\p{L}{2}")
_URL_RE = regex.compile(r"https?+://[^\s<>\"“”()]++")

_FEED_DATE = regex.compile(
    r"^\s*+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s++\d{1,2}\s++\p{L}{3}\s++\d{4}\s++\d{1,2}:\d{2}(?::\d{2})?+\s*+(?:[+-]\d{4}|GMT|UTC)?+\s*+$"
)
_WEEKDAY = r"(?:(?:Thứ\s++(?:hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s++nhật|Chủ\s++Nhật|CN|T[2-7])\s*+,?\s*+)?+"
_D = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
_T = r"(?P<H>\d{1,2})[:hg](?P<M>\d{2})(?::\d{2})?+"
#: a label some sites print before their dateline (``Cập nhật: 08:15 ngày 12/02/2024``)
_DATE_LABEL = (r"(?:(?:Cập\s++nhật|Ngày\s++cập\s++nhật|Ngày\s++đăng|Đăng\s++ngày|Đăng\s++lúc|Thời\s++gian\s++đăng"
               r"|Xuất\s++bản|Ngày\s++xuất\s++bản|Published|Updated)\s*+:?\s*+)?+")
_NGAY = r"(?:(?:ngày|Ngày)\s++)?+"
_LUC = r"(?:(?:lúc|Lúc)\s++)?+"
_AMPM = r"(?:\s*+(?P<ap>AM|PM|SA|CH|am|pm))?+"
_DATELINE = regex.compile(
    r"^\s*+" + _DATE_LABEL + _WEEKDAY + r"(?:" + _LUC + _T + _AMPM + r"\s*+(?:[,|\-–—]\s*+)?+" + _NGAY + _D + r"|" + _NGAY + _D
    + r"(?:\s*+(?:[,|\-–—]\s*+)?+" + _LUC + _T + _AMPM + r")?+)\s*+(?:\(?\s*+(?:GMT|UTC)\s*+[+]\s*+7\s*+\)?+)?+\s*+$"
)
#: ``2024-03-15 07:00``: the ISO order some content systems print
_ISO_DATELINE = regex.compile(
    r"^\s*+" + _DATE_LABEL + r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[ T]++" + _T + r")?+\s*+$")

_OUTLET_PREFIX = regex.compile(r"^\s*+\((?P<o>[^()\n]{2,40}?)\)\s*+[-–—]")
#: the same dateline glued after the lead paragraph on one line (aggregator dumps):
#: ``… đã hoàn thành. (KTĐT) - Sáng 4-3, đoàn công tác …``
_PAREN_DASH = re.compile(r"\)[ \t]*+[-–—][ \t]")   # what _OUTLET_INLINE needs, found faster
_OUTLET_INLINE = regex.compile(r"(?<=[.!?…”\"])[ \t]++\((?P<o>\p{Lu}[^()\n]{1,29}?)\)[ \t]*+[-–—][ \t]++(?=\p{Lu})")
#: words that open an outlet's name (``Báo Nhân Dân``, ``Tạp chí Tài chính``, ``Cổng TTĐT tỉnh``)
_OUTLET_HEAD = (r"(?:Báo|Tạp\s++chí|Cổng|Trang|Đài|Thông\s++tấn\s++xã|Truyền\s++hình|Kênh|Bản\s++tin|Tuần\s++báo"
                r"|Nhật\s++báo|Tập\s++san)")
#: a closing source line naming an outlet: ``Theo Báo Nhân Dân``, ``(Theo TTXVN)``,
#: ``Nguồn: baochinhphu.vn`` (``Theo Thu Hà`` is a byline, read by _authors)
_CLOSING_SOURCE = regex.compile(
    r"^\s*+\(?\s*+(?:Theo|Nguồn)\s*+:?\s*+(?P<o>" + _OUTLET_HEAD + r"\s++[^\n():.]{2,50}?|\p{Lu}{3,6}"
    r"|[\p{Ll}\d\-]++(?:\.[\p{Ll}\d\-]++)++(?<=\.(?:vn|com|net|org)))\s*+\)?\s*+\.?\s*+$")
#: ``Bài đăng trên Tạp chí Tài chính kỳ 2, số tháng 3/2017`` at the end of an article
_POSTED_IN = regex.compile(
    r"(?<![\p{L}])Bài\s++(?:viết\s++)?(?:được\s++)?đăng\s++(?:trên|tại)\s++(?P<o>" + _OUTLET_HEAD
    + r"\s++\p{Lu}[\p{L} ]{0,40}?)(?=\s++(?:kỳ|số|ngày|tháng|năm|phát\s++hành)(?![\p{L}])|\s*+[,.;:()\n]|\s*+$)")
_SOURCE_LINE = regex.compile(r"^\s*+(?:Nguồn|Theo)\s*+:?\s*+(?P<o>[^:\n]{2,60}?)\s*+:\s*+https?://", regex.I)

_BYLINE_PREFIX = regex.compile(
    r"^\s*+(?:Bài\s++(?:và|,|&)\s*+ảnh|Bài,\s*+ảnh|Bài\s++và\s++ảnh|Tin\s++và\s++ảnh|Tin,\s*+ảnh|Bài|Tin|Nhóm\s++phóng\s++viên|Theo)\s*+:?\s++(?P<names>[^\n]+?)\s*+$"
)
_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{M}]*+|\p{Lu}\.(?:\p{Lu}\.?+)*+)"
_NAME_LINE = regex.compile(r"^\s*+(?P<name>" + _NAME_WORD + r"(?:\s++" + _NAME_WORD + r"){0,4}+)\s*+(?:\((?P<o>[^()\n]{2,30})\))?+\s*+$")
_TAIL_NAME = regex.compile(
    r"(?:[.!?…”\"]|\./\.)\s++(?P<name>" + _NAME_WORD + r"(?:\s++" + _NAME_WORD + r"){0,4}+)\s*+(?:\((?P<o>[^()\n]{2,30})\))?+\s*+$"
)

# Lines that start the page furniture after an article body.
_FOOTER = regex.compile(
    r"^\s*+(?:Từ\s++khóa|Từ\s++khoá|Tags?|Bình\s++luận|captcha|In\s++bài\s++viết|Hãy\s++chia\s++sẻ|Chia\s++sẻ|"
    r"Tin\s++liên\s++quan|Tin\s++cùng\s++chuyên\s++mục|Xem\s++thêm|Gửi\s++bình\s++luận|Ý\s++kiến\s++bạn\s++đọc|Bản\s++in)\b",
    regex.I,
)

#: the first letters of the _FOOTER words in lower case, and `İ`.lower(), which
#: regex's IGNORECASE matches with `i`
_FOOTER_FIRST = frozenset([*"tbcihxgý", "İ".lower()])


#: The longest title kept, in characters.  A first line longer than this is
#: not a headline but a whole article dumped on one line (an aggregator's
#: export); keeping it would hold, and write, a second copy of the text.
MAX_TITLE_CHARS = 16_384


def _capped(line: str) -> str:
    """``line.strip()``, cut to at most :data:`MAX_TITLE_CHARS` characters at the
    last space before the limit and ended with ``…`` when longer.  Only the head
    of a long line is copied, however long the line is."""
    n = len(line)
    if n <= MAX_TITLE_CHARS:
        return line.strip()
    a, b = 0, n
    while a < n and line[a].isspace():  # what str.strip() strips
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    if b - a <= MAX_TITLE_CHARS:
        return line[a:b]
    head = line[a:a + MAX_TITLE_CHARS - 1]
    cut = head.rfind(" ")
    return head[:cut if cut > 0 else len(head)].rstrip() + "…"


def _truncated_stem(line: str) -> str | None:
    """The text before a closing ``...``/``…`` of a headline cut short by a feed
    (``Quyền Chủ tịch ... thăm Trung tâm ...``), if at least 20 characters."""
    if line.endswith("..."):
        stem = line[:-3]
    elif line.endswith("…"):
        stem = line[:-1]
    else:
        return None
    stem = stem.rstrip()
    return stem if len(stem) >= 20 else None

# Words that show a short capitalised line is not a person's name.
_NOT_NAME_WORDS = {
    "UBND", "HĐND", "CCHC", "TTHC", "TP", "Ảnh", "Nguồn", "Video", "Clip", "Bản", "Tin", "Xem", "Ban",
    "Sở", "Bộ", "Huyện", "Xã", "Phường", "Quận", "Đảng", "Nghị", "Quyết", "Luật",
}


@stage("metadata", assigns=("title", "authors", "outlet", "url", "published", "boilerplate"))
def metadata_stage(ctx: ArticleContext) -> None:
    """Title, authors, outlet, URL, publication date and boilerplate ranges."""
    meta = extract_metadata(ctx.text)
    ctx.title = meta["title"]
    ctx.authors = meta["authors"]
    ctx.outlet = meta["outlet"]
    ctx.url = meta["url"]
    ctx.published = meta["published"]
    ctx.boilerplate = meta["boilerplate"]
    extra = ctx.article.extra or {}
    # Metadata that an HTML page carried outside its text fills the gaps.
    ctx.title = ctx.title or extra.get("title")
    ctx.url = ctx.url or extra.get("url")
    ctx.outlet = ctx.outlet or extra.get("sitename")
    if not ctx.authors and extra.get("author"):
        ctx.authors = [a.strip() for a in regex.split(r"[;,]", extra["author"]) if a.strip()]
    if not ctx.published and extra.get("date") and regex.match(r"\d{4}-\d{2}-\d{2}", extra["date"]):
        ctx.published = extra["date"][:16]


def _lines(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, line)`` of every line that is not blank (str.split: no regex scan)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end, line))
        pos = end + 1
    return out


def parse_dateline(line: str) -> str | None:
    """ISO value of a dateline (``'17:34 27/05/2019'`` → ``'2019-05-27T17:34'``), else None.

    A short line's value is cached: the title, the head of the page and the byline
    look at the same first lines of an article, three patterns each time (a long
    line, a paragraph, is not kept alive by the cache)."""
    return _parse_dateline_cached(line) if len(line) <= 256 else _parse_dateline(line)


@lru_cache(maxsize=256)
def _parse_dateline_cached(line: str) -> str | None:
    return _parse_dateline(line)


def _parse_dateline(line: str) -> str | None:
    m = _DATELINE.match(line) or _ISO_DATELINE.match(line)
    if m:
        d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if not valid_day(y, mo, d):
            return None
        if m.group("H"):
            h, mi = int(m.group("H")), int(m.group("M"))
            ap = (m.groupdict().get("ap") or "").upper()
            if ap in ("PM", "CH") and h < 12:
                h += 12
            elif ap in ("AM", "SA") and h == 12:
                h = 0
            if not valid_time(h, mi):
                return None
            return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}"
        return f"{y:04d}-{mo:02d}-{d:02d}"
    if _FEED_DATE.match(line):
        try:
            dt = email.utils.parsedate_to_datetime(line.strip())
        except (TypeError, ValueError):
            return None
        return dt.strftime("%Y-%m-%dT%H:%M")
    return None


def _is_name(candidate: str) -> bool:
    words = candidate.split()
    if not 2 <= len(words) <= 5 and not (len(words) == 1 and regex.fullmatch(r"\p{Lu}\.(?:\p{Lu}\.?)+", words[0])):
        return False
    if any(w in _NOT_NAME_WORDS for w in words):
        return False
    return len(candidate) <= 40


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(entries("entities")["surnames"]["words"])


def _glued_pair(name: str) -> list[str]:
    """Two pen names signed without a separator (``Hải Vân Phong Thu``).

    A four-syllable full name starts with a family name (``Nguyễn Thị Minh
    Khai``); four syllables that do not are two two-syllable pen names.
    """
    words = name.split()
    if len(words) == 4 and words[0] not in _surnames() and words[0][:1].isupper() and not words[0].isupper():
        return [" ".join(words[:2]), " ".join(words[2:])]
    return [name]


def _split_names(names: str) -> list[str]:
    parts = [p.strip(" .;") for p in regex.split(r"\s*+(?:[,;–—-]|(?<=\s)và(?=\s))\s*+", names)]
    return [p for p in parts if p]


def extract_metadata(text: str) -> dict:
    """All metadata fields of an article as a dict (see module docstring)."""
    lines = _lines(text)
    out: dict = {"title": None, "authors": [], "outlet": None, "url": None, "published": None, "boilerplate": []}
    if not lines:
        return out
    # Title: first line with real words.
    title_idx = next((i for i, (_, _, s) in enumerate(lines) if _HAS_WORD.search(s) and parse_dateline(s) is None), None)
    if title_idx is not None:
        out["title"] = _title(lines, title_idx)
    body_end = _body_end(text, lines)
    if body_end < len(text):
        out["boilerplate"].append((body_end, len(text)))
    # Menu debris at the top (lines with no words, such as "• :").
    for start, end, s in lines[: title_idx or 0]:
        out["boilerplate"].append((start, end))
    out["published"] = _published(lines[: (title_idx or 0) + 6])
    out["url"] = _url(lines)
    out["outlet"] = _outlet(text, lines, body_end)
    out["authors"] = _authors(lines, title_idx, body_end)
    return out


def _title(lines: list, title_idx: int) -> str:
    """The title line; a feed cuts long headlines (``... thăm Trung tâm Phục vụ ...``)
    and the page often prints the whole headline again a few lines below."""
    title = _capped(lines[title_idx][2])
    stem = _truncated_stem(title)
    if stem is not None:
        for _, _, s in lines[title_idx + 1: title_idx + 8]:
            s = _capped(s)
            if len(s) > len(stem) + 3 and s.startswith(stem) and _truncated_stem(s) is None:
                return s
    return title


def _body_end(text: str, lines: list) -> int:
    """Where the body ends: the first footer marker after the first third of the text."""
    for start, end, s in lines:
        # the first-letter test only saves a regex match on lines that cannot open a footer
        if start > len(text) // 3 and s.lstrip()[:1].lower() in _FOOTER_FIRST and _FOOTER.match(s):
            return start
    return len(text)


def _published(head: list) -> str | None:
    """Publication date: the outlet's own dateline near the top beats a feed date."""
    feed = own = None
    for _, _, s in head:
        value = parse_dateline(s)
        if value is None:
            continue
        if _FEED_DATE.match(s):
            feed = feed or value
        else:
            own = own or value
    return own or feed


def _url(lines: list) -> str | None:
    """A URL on a line of its own or a source line; a link inside a sentence is
    something the article talks about, not its source."""
    for _, _, s in lines:
        m = _URL_RE.search(s) if "://" in s else None  # the `in` only saves a regex search
        if m and (_URL_RE.fullmatch(s.strip()) or _SOURCE_LINE.match(s)):
            return m.group().rstrip(".,;")
    return None


def _outlet(text: str, lines: list, body_end: int) -> str | None:
    """Outlet: "(Dân trí) -" near the top, or "Nguồn X: https://..." anywhere, or a
    closing source line or "Bài đăng trên …" at the end of the body."""
    for _, _, s in lines[:12]:
        m = _OUTLET_PREFIX.match(s)
        if m:
            return m.group("o").strip()
    # only for speed: the search costs far more than finding the `) -` it needs
    m = _OUTLET_INLINE.search(text, 0, 2000) if _PAREN_DASH.search(text, 0, 2000) else None
    if m and len(m.group("o").split()) <= 4 and not regex.match(r"(?i)ảnh|nguồn|video|clip", m.group("o")):
        return m.group("o").strip()
    for _, _, s in lines:
        m = _SOURCE_LINE.match(s) if "://" in s else None  # the `in` only saves a regex match
        if m:
            return m.group("o").strip()
    tail = [ln for ln in lines if ln[0] < body_end][-4:]
    m = next((m for _, _, s in reversed(tail) if (m := _CLOSING_SOURCE.match(s))), None)
    if m is None and tail:
        m = _POSTED_IN.search(text, max(tail[0][0], body_end - 600), body_end)
    if m is None and tail:
        return (signature(tail[-1][2])[1] or _updating_outlet(text, max(tail[0][0], body_end - 600), body_end)
                or _inner_dateline(text))
    return " ".join(m.group("o").split()) if m else None


def _inner_dateline(text: str) -> str | None:
    """An outlet's dateline ``(HNM) -`` after a sentence further down the text
    (an aggregator glued two of the outlet's articles), when it is an acronym."""
    for m in _OUTLET_INLINE.finditer(text, 2000) if _PAREN_DASH.search(text, 2000) else ():
        if _ACRONYM.fullmatch(m.group("o")) and m.group("o") not in _sig_vocab()[1]:
            return m.group("o")
    return None


@lru_cache(maxsize=1)
def _updating() -> regex.Pattern:
    """``Báo X tiếp tục cập nhật``: a sentence naming the outlet before the signature."""
    verbs = "|".join(sorted((regex.escape(v) for v in entries("metadata")["signature_at_the_end"]["update_verbs"]),
                            key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}])(?P<o>" + _OUTLET_HEAD + r"\s++\p{Lu}[\p{L}\p{M} ]{1,50}?)\s++(?:" + verbs + r")(?![\p{L}])")


def _updating_outlet(text: str, start: int, end: int) -> str | None:
    m = _updating().search(text, start, end)
    return " ".join(m.group("o").split()) if m else None


def _may_end_with_name(line: str) -> bool:
    """Whether ``line`` can end as _TAIL_NAME needs: with a letter or mark (a
    name), a capital and a dot (initials) or a closing bracket (the outlet).

    Only for speed: a paragraph ending its last sentence (``… hồ sơ.``) cannot
    match, and searching it whole costs more than the rest of the stage.
    """
    t = line.rstrip()
    if not t:
        return False
    last = t[-1]
    if last == ")" or last.isalpha():
        return True
    # a mark, or a character newer than Python's Unicode tables (regex may know it as a letter)
    category = unicodedata.category(last)
    if category[0] == "M" or category == "Cn":
        return True
    before = t[-2:-1]
    return last == "." and before != "" and (before.isupper() or unicodedata.category(before) == "Cn")


#: a character that cannot stand between a _TAIL_NAME's first mark and its outlet
#: in brackets (found from the end of the line: the `r` flag searches backwards)
_NOT_TAIL_CHAR = regex.compile(r"(?r)[^\s\p{L}\p{M}.]")


def _tail_name(line: str):
    """``_TAIL_NAME.search(line)``, searched only where a match can start.

    Only for speed: the name and the mark before it come after the last
    character that is neither a letter, a blank nor a dot (outside the closing
    ``(…)``), or one before it (``./.``); a whole paragraph costs far more.
    """
    if not _may_end_with_name(line):
        return None
    end = len(line.rstrip())
    if line[end - 1] == ")" and line.rfind("(", 0, end) >= 0:
        end = line.rfind("(", 0, end)
    m = _NOT_TAIL_CHAR.search(line, 0, end)
    return _TAIL_NAME.search(line, 0 if m is None else max(0, m.start() - 1))


# --- The signature after the last sentence (aggregator dumps glue it to the line) ---

#: what may stand right before a signature: the end of a sentence, a bracket, a
#: number (a flattened table), or the start of the line; a closing quote too
#: before an outlet (before names alone it may close a title inside the
#: sentence: ``… “Tên giải” Tên người.``)
_QUOTE_START = r"(?:(?<=[”\"»])\s*+)"
_SIG_START = r"(?:^|(?<=[!?…)\]])|(?<=(?<!(?:^|[\s.])\p{Lu})\.)|(?<=(?:^|[\s(])[\d.,%/]{0,12}\d))\s*+"
#: one word of a signature name: ``Hoàng``, ``LAN``, or initials (``T.Lê``, ``B.B.Đ``)
_SIG_WORD = r"(?!Theo\s)\p{Lu}[\p{L}\p{M}]*+"
_SIG_INITIALS = r"\p{Lu}\.\s?+(?:\p{Lu}\.)*+\p{Lu}[\p{L}\p{M}]*+"
_SIG_NAME = r"(?:" + _SIG_INITIALS + r"|" + _SIG_WORD + r"(?:[ ]" + _SIG_WORD + r"){0,4}+)"
_SIG_NAMES = r"(?P<n>" + _SIG_NAME + r"(?:\s*+(?:[-–—,&]|và)\s*+" + _SIG_NAME + r")?+)"
#: one outlet: words that may carry dots, dashes, digits (``VOV.VN``, ``VOV-Tây Bắc``, ``Kenh14``)
_SIG_OUT_WORD = r"(?![Tt]heo\s)[\p{L}\d](?:[\p{L}\p{M}\d&+]|[.\-](?=[\p{L}\d]))*+"
_SIG_OUTS = (r"(?P<o>" + _SIG_OUT_WORD + r"(?:[ ]" + _SIG_OUT_WORD + r"){0,6}+(?:\s*+/\s*+" + _SIG_OUT_WORD
             + r"(?:[ ]" + _SIG_OUT_WORD + r"){0,6}+)?+)")
_THEO = r"(?:[Tt]heo\s++)"
_SIG_END = r"\s*+[.\-–]?+\s*+$"
#: the forms, tried in order: (regex, how the outlet is cued)
_SIGNATURES = [(regex.compile((_SIG_START if cue is None else r"(?:" + _QUOTE_START + "|" + _SIG_START + ")") + f + _SIG_END), cue)
               for f, cue in (
    (_THEO + r"?+" + _SIG_NAMES + r"\s*+/\s*+" + _THEO + r"?+" + _SIG_OUTS
     + r"(?:\s*+\([^()]{2,30}\)|\s++[Tt]heo\s++[^()/\n]{2,30})?+", "slash"),
    (_SIG_NAMES + r"\s*+,?\s*+\(?\s*+" + _THEO + _SIG_OUTS + r"\)?+", "theo"),
    (_THEO + r"?+" + _SIG_NAMES + r"\s*+\((?P<o>[^()\n]{2,40})\)", "paren"),
    (_THEO + _SIG_OUTS, "theo"),
    (_SIG_OUTS, "bare"),
    (_THEO + r"?+" + _SIG_NAMES, None),
)]
#: footnotes or a source list after the signature (``---- [1] …``)
_FOOTNOTES = regex.compile(r"\s-{3,}+\s*+\[\d{1,2}\].*$")
#: a signature printed twice at the end of the line
_TWICE = regex.compile(r"(?<=\s)(?P<x>\p{L}[^\n]{4,60}?)\s++(?P=x)\s*+$")
#: the signatory of a document quoted at the end (``(đã ký)``), no author
_SIGNED = regex.compile(r"(?i)ký\s*+\)\s*+$")
#: a photo or clip credit in the signature: no author there
_CREDIT = regex.compile(r"(?i)(?<!\p{L})(?:ảnh|clip|video|nguồn)\s*+:")
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}&]{1,6}")
_DOMAIN = regex.compile(r"[\p{L}\d\-]++(?:\.[\p{L}\d\-]++)*?\.(?:vn|VN|com|net|org)")
#: a Vietnamese syllable written without its marks (``Minh``, ``Nguyen``): a name, no outlet
_BARE_SYLLABLE = regex.compile(r"(?i)(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?+[aeiouy]{1,3}+(?:ng|nh|ch|[cmnpt])?+")


@lru_cache(maxsize=1)
def _sig_vocab() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """(known outlets in lower case, words opening no outlet, English outlet words,
    posts written before a signed name)."""
    ent = entries("entities")
    sig = entries("metadata")["signature_at_the_end"]
    known = [*ent["outlets"]["bare"], *ent["companies_and_press"]["outlets"], *sig["outlets"]]
    return (frozenset(k.lower() for k in known), frozenset(sig["not_outlet_words"]),
            frozenset(ent["outlets"]["english_words"]), frozenset(sig["name_prefixes"]))


def _sig_outlet(o: str, cue: str) -> str | None:
    """The outlet a signature names, or None when ``o`` does not have an outlet's
    shape for its cue (``bare``: a known outlet only; ``paren``: also an
    acronym or a web address; after ``Theo`` or a slash: also a ``Báo …``
    name, a foreign one-word brand, a sentence-case title or English outlet words)."""
    o = " ".join(o.split()).strip(" .")
    known, stop = _sig_vocab()[:2]
    if o.lower() in known:
        return o
    first = regex.split(r"\s*+/\s*+", o)[0]
    base = regex.split(r"[-–.]", first)[0].strip()
    if first.lower() in known or (base.lower() in known and base == base.upper()):
        return first
    words = first.split()
    prefix = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)
                   if " ".join(words[:k]).lower() in known), None)
    if cue == "bare" or first in stop:
        return None
    if prefix and cue != "paren":
        return prefix
    if regex.match(_OUTLET_HEAD + r"\s", first) or _DOMAIN.fullmatch(first):
        return first
    if len(words) == 1:
        w = words[0]
        foreign = cue != "paren" and len(w) >= 4 and not _BARE_SYLLABLE.fullmatch(w) and regex.fullmatch(r"[A-Za-z\d]+", w)
        return first if _ACRONYM.fullmatch(w) or foreign else None
    return _sig_title(first, words, cue) if cue != "paren" else None


def _sig_title(first: str, words: list[str], cue: str) -> str | None:
    """An outlet of several words after ``Theo`` or a slash: English outlet words
    (``China Daily``), a sentence-case title (``Thể thao và Xã hội``), or, after
    a slash, capitalised words that do not open with a family name."""
    _, stop, english, _ = _sig_vocab()
    if words[0] in stop or not words[0][:1].isupper() and cue != "slash" or len(words) > 6:
        return None
    if any(w in english for w in words):
        return first
    if any(w[:1].islower() for w in words[1:]) and all(w not in stop for w in words):
        return first
    return first if cue == "slash" and words[0] not in _surnames() else None


def _vietnamese_word(w: str) -> bool:
    """Whether ``w`` is written as one Vietnamese syllable (a name's word: ``Nguyễn``, ``LAN``)."""
    if not (w[1:].islower() or w.isupper() or len(w) == 1):
        return False
    bare = "".join(c for c in unicodedata.normalize("NFD", w.replace("Đ", "D").replace("đ", "d"))
                   if unicodedata.category(c) != "Mn")
    return bool(_BARE_SYLLABLE.fullmatch(bare))


def _sig_names(n: str | None, cue: str | None = None) -> list[str]:
    """The names of a signature: each Vietnamese words (``_is_name``) or initials
    and a name (``T.Lê``), a post before it dropped (``CTV Minh Anh``); before a
    slash and the outlet, one word is a pen name (``Lanvy / Theo …``)."""
    if not n:
        return []
    if cue == "slash" and regex.fullmatch(r"\p{Lu}\p{Ll}{2,}+", n) and n.lower() not in _sig_vocab()[0]:
        return [n]
    names = []
    prefixes = _sig_vocab()[3]
    for part in _split_names(n):
        words = part.split()
        while len(words) > 2 and words[0] in prefixes:
            words = words[1:]
        part = " ".join(words)
        initials = regex.fullmatch(_SIG_INITIALS, part)
        if not initials and not (_is_name(part) and all(_vietnamese_word(w) for w in words)):
            return []
        if part.lower() in _sig_vocab()[0] or part.replace(".", "") in prefixes:
            return []
        names.extend(_glued_pair(part))
    return names


def signature(line: str) -> tuple[list[str], str | None]:
    """``(authors, outlet)`` of the signature closing ``line`` (the last line of
    the body), ``([], None)`` when it has none.  A signature printed twice
    (``Tên/VOV Tên/VOV``) is read once."""
    t = _FOOTNOTES.sub("", line.rstrip()) if "---" in line else line.rstrip()
    t = t[-200:]
    m = _TWICE.search(t)
    if m:
        t = t[:m.end("x")]
    for rx, cue in _SIGNATURES:
        m = rx.search(t)
        if m is None or _CREDIT.search(m.group()) or _SIGNED.search(t, max(0, m.start() - 12), m.start()):
            continue
        names = _sig_names(m.groupdict().get("n"), cue)
        o = m.groupdict().get("o")
        outlet = _sig_outlet(o, cue) if o else None
        if (cue is None and names) or (cue and outlet and (names or "n" not in m.groupdict() or not m.group("n"))):
            return names, outlet
        if cue == "paren" and names and o and _sig_outlet(o, "paren") is None:
            return names, None
    return [], None


def _is_outlet_name(name: str) -> bool:
    """Whether a byline's ``name`` names an outlet (``Theo Dân trí``, ``Theo Báo X``)."""
    return name.lower() in _sig_vocab()[0] or bool(regex.match(_OUTLET_HEAD + r"\s", name))


def _authors(lines: list[tuple[int, int, str]], title_idx: int | None, body_end: int) -> list[str]:
    body = [ln for ln in lines if ln[0] < body_end]
    # An explicit byline anywhere in the last lines of the body.
    for _, _, s in reversed(body[-6:]):
        m = _BYLINE_PREFIX.match(s)
        if m and not _URL_RE.search(s):
            names = [n for n in _split_names(m.group("names"))
                     if (_is_name(n) or len(n.split()) >= 2) and not _is_outlet_name(n)]
            if names:
                return names
    # A name line right under the headline (possibly after a dateline).
    if title_idx is not None:
        for _, _, s in body[title_idx + 1: title_idx + 3]:
            if parse_dateline(s):
                continue
            m = _NAME_LINE.match(s)
            if m and _is_name(m.group("name")):
                return [m.group("name").strip()]
            break
    # The last body line as a name, skipping a source line ("Nguồn X: URL").
    for _, _, s in reversed(body[(title_idx or 0) + 1:][-3:]):
        if _SOURCE_LINE.match(s) or _URL_RE.fullmatch(s.strip()):
            continue
        m = _NAME_LINE.match(s) or _tail_name(s)
        if m and _is_name(m.group("name")) and not m.group("name").startswith(("Theo ", "theo ")):
            return _glued_pair(m.group("name").strip())
        return signature(s)[0]
    return []

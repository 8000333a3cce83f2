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
from .bylines import _OUTLET_HEAD, _glued_pair, _is_name, _split_names
from .signature import _ACRONYM, _is_outlet_name, _known_outlets, _longest_outlet, _sig_vocab, signature

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



#: between two authors of an HTML page's metadata; a day written 2023-05-01
_AUTHOR_SEP = regex.compile(r"[;,]")
_ISO_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")


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
        ctx.authors = [a.strip() for a in _AUTHOR_SEP.split(extra["author"]) if a.strip()]
    if not ctx.published and extra.get("date") and _ISO_DAY.match(extra["date"]):
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


#: what a photo or source credit opens with, not an outlet
_CREDIT_WORD = regex.compile(r"(?i)ảnh|nguồn|video|clip")


def _outlet(text: str, lines: list, body_end: int) -> str | None:
    """Outlet: "(Dân trí) -" near the top, or "Nguồn X: https://..." anywhere, or a
    closing source line or "Bài đăng trên …" at the end of the body."""
    for _, _, s in lines[:12]:
        m = _OUTLET_PREFIX.match(s)
        if m:
            return m.group("o").strip()
    # only for speed: the search costs far more than finding the `) -` it needs
    m = _OUTLET_INLINE.search(text, 0, 2000) if _PAREN_DASH.search(text, 0, 2000) else None
    if m and len(m.group("o").split()) <= 4 and not _CREDIT_WORD.match(m.group("o")):
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
                or _inner_dateline(text) or _lead_outlet(lines) or _addressed_outlet(text, body_end))
    return " ".join(m.group("o").split()) if m else None


@lru_cache(maxsize=1)
def _known_outlet_alt() -> str:
    """The known outlets (``_sig_vocab().known``) as one alternation, longest first, any run of blanks inside."""
    names = sorted(_sig_vocab().known, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(n).replace(r"\ ", r"\s++") for n in names) + ")"


@lru_cache(maxsize=1)
def _lead_prefix() -> regex.Pattern:
    """``VTC News - Công an quận ...``: a known outlet and a dash open the lead, without brackets."""
    return regex.compile(r"^\s*+(?P<o>" + _known_outlet_alt() + r")[ \t]*+[-–—][ \t]++(?=\p{Lu})", regex.IGNORECASE)


def _lead_outlet(lines: list) -> str | None:
    """A known outlet opening one of the first lines with a dash (``VTC News - ...``), written with a capital."""
    for _, _, s in lines[:6]:
        m = _lead_prefix().match(s) if ("-" in s or "–" in s or "—" in s) else None
        if m and m.group("o")[:1].isupper():
            return " ".join(m.group("o").split())
    return None


@lru_cache(maxsize=1)
def _addressed() -> regex.Pattern:
    """A known outlet the people of the story talk to (``trao đổi với Zing.vn``, ``trả lời PV Lao Động``) or that
    reported the story before (``như VTC News đã đưa tin``): the article's own outlet."""
    voc = entries("metadata")["outlet_in_the_story"]
    talk = "|".join(sorted((regex.escape(v).replace(r"\ ", r"\s++") for v in voc["talk_cues"]), key=len, reverse=True))
    told = "|".join(sorted((regex.escape(v).replace(r"\ ", r"\s++") for v in voc["reported_verbs"]), key=len,
                           reverse=True))
    staff = r"(?:(?:phóng\s++viên|PV)\s++)?+"
    head = r"(?:(?P<bao>[Bb]áo)\s++)?+"
    # the outlet as written starts with a capital (`Thanh Niên`, not `thanh niên` = young people)
    out = r"(?P<o>(?-i:(?=\p{Lu}))" + _known_outlet_alt() + r")(?![\p{L}\p{N}])"
    return regex.compile(r"(?<![\p{L}])(?:(?i:" + talk + r")\s++" + staff + head + out
                         + r"|(?i:như)\s++" + head + out + r"\s++(?i:đã|từng)\s++(?i:" + told + r")(?![\p{L}]))",
                         regex.IGNORECASE)


#: how far before a known outlet its cue may start (``trả lời phỏng vấn của phóng viên báo``), and after it the
#: verb of ``như X đã đưa tin`` may end
_CUE_BEFORE, _VERB_AFTER = 48, 32


#: characters lowered and scanned at once by :func:`_outlet_hits` (``str.lower`` allocates three
#: times its length in four-byte characters before it trims: a whole one-line text would cost ten
#: times its size)
_WINDOW = 1 << 16


def _outlet_hits(text: str, end: int) -> list[tuple[int, int]] | None:
    """``(start, end)`` of the known outlets in ``text[:end]`` lowered, by start (one window of
    :data:`_WINDOW` characters for any article; a longer text window by window, each read on by
    the longest name); None when a character's lower case is longer (offsets would move)."""
    automaton, reach, out = _known_outlets(), _longest_outlet(), []
    for a in range(0, end, _WINDOW):
        b = min(end, a + _WINDOW)
        stop = min(end, b + reach)
        low = text[a:stop].lower()
        if len(low) != stop - a:
            return None
        out += [(s + a, e + a) for _, s, e in automaton.find_matches_as_indexes(low) if s < b - a]
    out.sort(key=lambda x: x[0])
    return out


def _addressed_matches(text: str, end: int):
    """The matches of :func:`_addressed` before ``end``, searched only around the known outlets the text holds
    (found at once by the outlets' automaton): most articles name none, and a search of the whole text costs
    several times more."""
    hits = _outlet_hits(text, end)
    if hits is None:  # a character whose lower case is longer: offsets differ, search it all
        yield from _addressed().finditer(text, 0, end)
        return
    last = -1
    for s, e in hits:
        if s < last:
            continue
        m = _addressed().search(text, max(0, s - _CUE_BEFORE, last), min(end, e + _VERB_AFTER))
        if m and m.start("o") <= s:
            last = m.end()
            yield m


#: a compiled article (``(Tổng hợp)``, ``(t/h)``, ``Tổng hợp theo báo X, Y``) quotes other outlets' reporting
#: (not the verb: ``các ý kiến sẽ được tổng hợp lại``)
_COMPILED = regex.compile(r"\(\s*+(?i:tổng\s++hợp|t/h)|(?<![\p{L}])(?:Tổng\s++hợp|[tT]/[hH])"
                          r"(?![\p{L}])")
#: an interview given once in the past (``trong một lần trả lời phỏng vấn``, ``từng trao đổi với``), maybe elsewhere
_ONCE = regex.compile(r"(?<![\p{L}])(?:lần|từng)\s*+$", regex.IGNORECASE)


def _addressed_outlet(text: str, end: int) -> str | None:
    """The one known outlet the body names as the one it talks to or that reported before (:func:`_addressed`);
    none when it names two different ones, or the article says it is compiled from others (``(Tổng hợp)`` near
    its end).  ``Báo`` written with a capital is part of the name."""
    if _COMPILED.search(text, max(0, end - 400), end):
        return None
    found: dict[str, str] = {}
    for m in _addressed_matches(text, end):
        if _ONCE.search(text, max(0, m.start() - 12), m.start()):
            continue
        o = " ".join(m.group("o").split())
        if m.group("bao") == "Báo":
            o = "Báo " + o
        found.setdefault(o.casefold().removeprefix("báo "), o)
        if len(found) > 1:
            return None
    return next(iter(found.values()), None)


def _inner_dateline(text: str) -> str | None:
    """An outlet's dateline ``(HNM) -`` after a sentence further down the text
    (an aggregator glued two of the outlet's articles), when it is an acronym."""
    for m in _OUTLET_INLINE.finditer(text, 2000) if _PAREN_DASH.search(text, 2000) else ():
        if _ACRONYM.fullmatch(m.group("o")) and m.group("o") not in _sig_vocab().not_outlets:
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

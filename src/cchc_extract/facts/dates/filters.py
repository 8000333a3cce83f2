"""What looks like a date but is not: a year closing a law's name, a standard's
version, a day or month that recurs every year (a lunar festival too), `Tháng` inside a name, a dotted version number."""

from __future__ import annotations

import regex

from .base import Cand
from .vocab import LAW_BREAK, LAW_HEADS, pattern

_RECUR_AFTER = regex.compile(pattern(r"{blanks}{recurring_markers}{word_end}", "recurring after"), regex.IGNORECASE)
_RECUR_BEFORE = regex.compile(pattern(r"{word_start}{recurring_markers}{blank}*+,?{blank}*+(?:(?:vào|từ|đến){blanks})?"
                                      r"(?:(?:ngày|tháng|{quarter_word}){blanks})?$", "recurring before"), regex.IGNORECASE)
_STANDARD_BEFORE = regex.compile(r"(?:ISO|TCVN)[\s\d:.\-]*$")
_LUNAR_BEFORE = regex.compile(pattern(r"{word_start}{lunar_days}(?:{blanks}\d{1,2})?{blanks}(?:ngày{blanks})?$",
                                      "lunar before"), regex.IGNORECASE)
_LUNAR_AFTER = regex.compile(pattern(r"{blank}*+,?{blank}*+(?:{lunar_after}){word_end}", "lunar after"),
                             regex.IGNORECASE)
_VERSION_BEFORE = regex.compile(pattern(r"{word_start}(?:{version_words}){blank}*+$", "version before"),
                                regex.IGNORECASE)
#: a capitalised word right before `Tháng` that itself follows a word: `Cách Mạng Tháng 8`
_NAME_BEFORE = regex.compile(r"[\p{L}\p{N}][ \u00a0]++\p{Lu}\p{Ll}*+[ \u00a0]++$")
#: an event named by its month: `cách mạng tháng Tám`, `khởi nghĩa tháng 8`
_EVENT_BEFORE = regex.compile(pattern(r"{word_start}{month_in_names}{blanks}$", "event before"), regex.IGNORECASE)
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"'‘«", "”\"'’»"
#: how far a quoted title's closing quote may be
_TITLE_SPAN = 60


def in_law_name(text: str, start: int) -> bool:
    """``Luật Đất đai 2024``, ``Hiến pháp năm 2013``: the year closes a law's name."""
    left = text[max(0, start - 80):start]
    best = -1
    for head in LAW_HEADS:
        i = left.rfind(head)
        if i > best and (i == 0 or not left[i - 1].isalpha()):
            best = i
    if best < 0:
        return False
    words = left[best:].split()[1 if not left[best:].startswith("Bộ luật") else 2:]
    if words and words[-1].lower() == "năm":
        words = words[:-1]
    if len(words) > 8:
        return False
    return all(w.isalpha() and w.lower() not in LAW_BREAK for w in words)


def _in_quoted_title(text: str, c: Cand) -> bool:
    """`“Tháng Ba – mùa hoa gạo”`: a capitalised month in words opening a short quotation closed on its line
    (`“Tháng 5”` under a photo is a month)."""
    words = text[c.start:c.end].split()
    if not (c.start and text[c.start - 1] in _OPEN_QUOTES and words[0] == "Tháng" and words[1][0].isalpha()):
        return False
    close = _CLOSE_QUOTES[_OPEN_QUOTES.index(text[c.start - 1])]
    end = text.find(close, c.end, c.end + _TITLE_SPAN)
    return end >= 0 and "\n" not in text[c.end:end]


def drop(c: Cand, text: str) -> bool:
    """Whether ``c`` is no calendar expression after all."""
    if c.kind == "year" or (c.kind == "period" and c.parts[0] == "years"):
        if in_law_name(text, c.start):
            return True
        left = max(0, c.start - 20)
        # the `find`s only save a regex search where no standard is named
        if ((text.find("ISO", left, c.start) >= 0 or text.find("TCVN", left, c.start) >= 0)
                and _STANDARD_BEFORE.search(text, left, c.start)):
            return True
    if c.kind == "date" and "." in text[c.start:c.end] and _VERSION_BEFORE.search(text, max(0, c.start - 20), c.start):
        return True
    yearless_days = not c.explicit_year and c.kind == "period" and c.parts[0] == "days"
    if (not c.explicit_year and c.kind in ("date", "month")) or yearless_days:
        if _LUNAR_BEFORE.search(text, max(0, c.start - 30), c.start) or _LUNAR_AFTER.match(text, c.end, c.end + 20):
            return True
        if c.kind == "month" and text.startswith("Tháng", c.start) and _NAME_BEFORE.search(text, max(0, c.start - 40),
                                                                                               c.start):
            return True
        if c.kind == "month" and (_EVENT_BEFORE.search(text, max(0, c.start - 20), c.start)
                                  or _in_quoted_title(text, c)):
            return True
    if (not c.explicit_year and c.kind in ("date", "month", "quarter")) or yearless_days:
        if _RECUR_AFTER.match(text, c.end, c.end + 40) or _RECUR_BEFORE.search(text, max(0, c.start - 40), c.start):
            return True
    return False

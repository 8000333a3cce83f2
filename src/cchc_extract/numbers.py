"""Vietnamese numerals, shared by every fact type.

In Vietnamese print ``.`` groups thousands and ``,`` marks decimals
(``79.094`` = 79094, ``98,2`` = 98.2).  Writers also scale with words
(``1,2 nghìn`` = 1200, ``1,5 triệu``) and sometimes spell small numbers out
(``mười lăm``).  A few sources use the English convention (``1,234`` for one
thousand two hundred and thirty-four); a group of exactly three digits after a
single comma in a number that is not a percentage is read that way only when
``english_thousands=True`` is asked for.
"""

from __future__ import annotations

import regex

# A printed number: digits with thousand groups or a decimal part.  Possessive
# quantifiers keep it linear on long runs of digits and dots.
NUMBER_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\d{1,3}(?:\.\d{3})++(?:,\d++)?+|\d++(?:,\d++)?+|\d++(?:\.\d++)?+)(?![\p{L}\p{N}])"
)

SCALE_WORDS: dict[str, int] = {
    "nghìn": 1_000, "ngàn": 1_000, "ngan": 1_000, "nghin": 1_000,
    "vạn": 10_000,
    "triệu": 1_000_000, "trieu": 1_000_000,
    "tỷ": 1_000_000_000, "tỉ": 1_000_000_000, "ty": 1_000_000_000,
}

DIGIT_WORDS: dict[str, int] = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
    "năm": 5, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}

_WORD_NUMBER_RE = regex.compile(
    r"(?i)(?<!\p{L})(?:(?:" + "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
    + r"|mười|mươi|trăm|linh|lẻ)(?:\s++|$)){1,8}+"
)


def parse_number(text: str, *, english_thousands: bool = False) -> float | int | None:
    """Read one printed number: ``'79.094'`` → 79094, ``'98,2'`` → 98.2.

    Returns an ``int`` when the value is whole and written without a decimal
    part, a ``float`` otherwise, ``None`` when ``text`` is not a number.
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if not s or not regex.fullmatch(r"[\d.,]+", s) or not s[0].isdigit() or not s[-1].isdigit():
        return None
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.234,5 (Vietnamese)
            whole, frac = s.rsplit(",", 1)
            whole = whole.replace(".", "")
        else:  # 1,234.5 (English)
            whole, frac = s.rsplit(".", 1)
            whole = whole.replace(",", "")
        if not whole.isdigit() or not frac.isdigit():
            return None
        return float(f"{whole}.{frac}")
    if "," in s:
        parts = s.split(",")
        if len(parts) > 2:  # 1,234,567 (English groups)
            return int("".join(parts)) if all(len(p) == 3 for p in parts[1:]) else None
        if english_thousands and len(parts[1]) == 3:
            return int(parts[0] + parts[1])
        return float(f"{parts[0]}.{parts[1]}")
    if "." in s:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3:
            return int("".join(parts))
        if len(parts) == 2:  # 98.2: a decimal point from an English-style source
            return float(s)
        return None
    return int(s)


def apply_scale(value: float | int, word: str | None) -> float | int:
    """``apply_scale(1.2, 'nghìn')`` → 1200."""
    if not word:
        return value
    factor = SCALE_WORDS.get(word.lower())
    if factor is None:
        return value
    scaled = value * factor
    return int(round(scaled)) if abs(scaled - round(scaled)) < 1e-6 else scaled


def parse_word_number(text: str) -> int | None:
    """Spelled-out numbers below a thousand: ``'mười lăm'`` → 15, ``'một trăm'`` → 100."""
    words = text.lower().split()
    if not words:
        return None
    total = 0
    current = 0
    seen = False
    for i, w in enumerate(words):
        if w in DIGIT_WORDS:
            d = DIGIT_WORDS[w]
            if w in ("lăm", "nhăm") and i == 0:
                return None
            if w == "mốt" and i == 0:
                return None
            current += d
            seen = True
        elif w == "mười":
            current += 10
            seen = True
        elif w == "mươi":
            if not seen:
                return None
            current = (current or 1) * 10 if current < 10 else current
        elif w == "trăm":
            total += (current or 1) * 100
            current = 0
            seen = True
        elif w in ("linh", "lẻ"):
            continue
        else:
            return None
    return total + current if seen else None

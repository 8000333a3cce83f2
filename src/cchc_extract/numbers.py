"""Vietnamese numerals, shared by every fact type.

In Vietnamese print ``.`` groups thousands and ``,`` marks decimals
(``79.094`` = 79094, ``98,2`` = 98.2).  Writers also scale with words
(``1,2 nghìn`` = 1200, ``1,5 triệu``) and sometimes spell small numbers out
(``mười lăm``).  A few sources use the English convention (``1,234`` for one
thousand two hundred and thirty-four); a group of exactly three digits after a
single comma in a number that is not a percentage is read that way only when
``english_thousands=True`` is asked for.

API: :data:`NUMBER_RE` (a printed number), :func:`parse_number`, :func:`apply_scale`
and :func:`parse_amount` (``1,2 nghìn`` = 1200), :func:`parse_word_number` and the
regex piece :data:`SPELLED_NUMBER` (``hai mươi lăm`` = 25), :func:`parse_roman`
(quarters), and :func:`qualifier_before` / :func:`qualifier_after`, which read the
qualifier words of ``patterns/numbers.yaml`` (``trên 90%`` over, ``từ 95% trở lên``
at least) for percentages and dossier counts alike.
"""

from __future__ import annotations

import regex

# A printed number: digits with thousand groups or a decimal part.  Possessive
# quantifiers keep it linear on long runs of digits and dots.
NUMBER_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\d{1,3}(?:\.\d{3})++(?:,\d++)?+|\d++(?:,\d++)?+|\d++(?:\.\d++)?+)(?![\p{L}\p{N}])"
)

_PRINTED_RE = regex.compile(r"[\d.,]+")

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


def parse_number(text: str, *, english_thousands: bool = False) -> float | int | None:
    """Read one printed number: ``'79.094'`` → 79094, ``'98,2'`` → 98.2.

    Returns an ``int`` when the value is whole and written without a decimal
    part, a ``float`` otherwise, ``None`` when ``text`` is not a number.
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if len(s) > 40:  # no printed quantity is that long: a digit run, a code or noise
        return None
    if not s or not _PRINTED_RE.fullmatch(s) or not s[0].isdigit() or not s[-1].isdigit():
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


def parse_word_number(text: str) -> int | float | None:
    """Spelled-out numbers: ``'mười lăm'`` → 15, ``'một trăm'`` → 100,
    ``'hai nghìn'`` → 2000, ``'một triệu rưỡi'`` → 1500000.

    ``lăm``/``nhăm``/``mốt``/``tư`` only count after a tens word (``hai mươi tư``
    = 24; ``tư`` alone is "private" or "fourth"), so a sentence word is not
    mistaken for a number.
    """
    words = text.lower().split()
    if not words:
        return None
    total = 0
    current = 0
    seen = False
    last_scale = 1
    for i, w in enumerate(words):
        if w == "không" and i == 0:
            return None  # `không` first is "not"; as zero it only fills a place (`hai nghìn không trăm`)
        if w in ("lăm", "nhăm", "mốt", "tư") and (i == 0 or words[i - 1] not in ("mươi", "mười")):
            if not (w == "tư" and i > 0 and words[i - 1] in ("trăm", "linh", "lẻ")):
                return None
        if w in DIGIT_WORDS:
            current += DIGIT_WORDS[w]
            seen = True
        elif w == "mười":
            current += 10
            seen = True
        elif w == "mươi":
            if not seen or current % 100 >= 10:
                return None
            current = current - current % 10 + (current % 10) * 10
        elif w == "trăm":
            if i > 0 and words[i - 1] == "không":
                current = 0  # `không trăm`: an empty hundreds place
            else:
                current = (current or 1) * 100 if current < 10 else current * 100
            seen = True
        elif w in ("linh", "lẻ"):
            continue
        elif w in SCALE_WORDS:
            last_scale = SCALE_WORDS[w]
            total += (current or 1) * last_scale
            current = 0
            seen = True
        elif w == "rưỡi" and i > 0:
            half = last_scale // 2 if last_scale > 1 else 0.5
            total += half
        else:
            return None
    return total + current if seen else None


ROMAN: dict[str, int] = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                         "IX": 9, "X": 10, "XI": 11, "XII": 12}


def parse_roman(text: str) -> int | None:
    """Roman numerals up to XII (quarters, congress numbers): ``'IV'`` → 4."""
    return ROMAN.get(text.strip().upper())


#: A spelled-out number (``hai mươi lăm``, ``một trăm``), as a regex piece;
#: :func:`parse_word_number` reads what it matches.
SPELLED_NUMBER = (
    r"(?:(?:" + "|".join(sorted(list(DIGIT_WORDS) + ["mười", "mươi", "trăm", "linh", "lẻ", "rưỡi"]
                                + list(SCALE_WORDS), key=len, reverse=True))
    + r")(?![\p{L}\p{N}])[ \t]?){1,8}+"
)
_SPELLED_RE = regex.compile(r"(?i)(?<![\p{L}\p{N}])" + SPELLED_NUMBER)

#: A printed number optionally followed by a scale word (``1,2 nghìn``).
AMOUNT_RE = regex.compile(
    NUMBER_RE.pattern + r"(?:[ \u00a0]++(?P<scale>" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
    + r")(?![\p{L}]))?+",
    regex.IGNORECASE,
)


def parse_amount(text: str) -> float | int | None:
    """A printed or spelled number with its scale word: ``'1,2 nghìn'`` → 1200,
    ``'hơn 1 triệu'`` → 1000000 (the qualifier is read by :func:`qualifier_before`),
    ``'mười lăm'`` → 15."""
    s = text.strip()
    m = AMOUNT_RE.search(s)
    if m:
        num = m.group(0)[: m.start("scale") - m.start()] if m.group("scale") else m.group(0)
        value = parse_number(num)
        if value is not None:
            return apply_scale(value, m.group("scale"))
    m = _SPELLED_RE.search(s)
    if m:
        return parse_word_number(m.group(0))
    return None


# ---------------------------------------------------------------- qualifiers

def _load_qualifiers() -> list[tuple[str, str, str]]:
    """(phrase, qualifier, side) from ``patterns/numbers.yaml``, longest phrase first."""
    from .patterndata import entries

    out = []
    for entry in entries("numbers").values():
        q = entry.get("qualifier")
        if not q:
            continue
        for phrase in entry.get("before", []) or []:
            out.append((phrase, q, "before"))
        for phrase in entry.get("after", []) or []:
            out.append((phrase, q, "after"))
    out.sort(key=lambda t: -len(t[0]))
    return out


_QUALIFIERS = _load_qualifiers()
_Q_BEFORE_RE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?P<q>"
    + "|".join(regex.escape(p).replace(r"\ ", r"[ \u00a0]+") for p, _, side in _QUALIFIERS if side == "before")
    + r")[ \u00a0]*+:?[ \u00a0]*+$"
)
_Q_AFTER_RE = regex.compile(
    r"(?i)[ \u00a0]*+(?P<q>"
    + "|".join(regex.escape(p).replace(r"\ ", r"[ \u00a0]+") for p, _, side in _QUALIFIERS if side == "after")
    + r")(?![\p{L}])"
)
# The same read backwards from the window's end: the phrases that can end there are
# each the last words of a longer one, listed longest first, so the first that
# matches backwards is the leftmost match of the forward search, found without
# trying the pattern at every position of the window.
_Q_BEFORE_END_RE = regex.compile(r"(?r)" + _Q_BEFORE_RE.pattern)
_Q_CLASS = {(p.lower(), side): q for p, q, side in _QUALIFIERS}
# The last two words of every `before` phrase (its word if it has one), case-folded.
# A window that does not end with one, once its spaces are made single and the
# trailing spaces and colon are dropped, cannot match _Q_BEFORE_RE: most figures
# have no qualifier, and this str check costs far less than the search.
_Q_BEFORE_ENDS = tuple(sorted({" ".join(p.split()[-2:]).casefold() for p, _, side in _QUALIFIERS if side == "before"}))


def qualifier_before(text: str, start: int, *, window: int = 40) -> tuple[str | None, int]:
    """The qualifier written right before ``text[start:]`` (``trên``, ``ước đạt`` ...)
    and where its phrase starts; ``(None, start)`` when there is none.

    >>> qualifier_before("đạt trên 95%", 9)
    ('over', 4)
    """
    left = text[max(0, start - window):start]
    tail = " ".join(left.split()).rstrip(" :")
    low = tail.casefold()
    if len(low) == len(tail) and not low.endswith(_Q_BEFORE_ENDS):
        return None, start  # (a case folding that changes the length, as of `İ`, is searched)
    m = _Q_BEFORE_END_RE.search(left)
    if not m:
        return None, start
    phrase = " ".join(m.group("q").lower().split())
    q = _Q_CLASS.get((phrase, "before"))
    return (None if q == "none" else q), start - len(left) + m.start("q")


def qualifier_after(text: str, end: int) -> str | None:
    """A qualifier written after the figure: ``95% trở lên`` → ``at_least``."""
    m = _Q_AFTER_RE.match(text, end, min(len(text), end + 30))
    if not m:
        return None
    q = _Q_CLASS.get((" ".join(m.group("q").lower().split()), "after"))
    return None if q == "none" else q

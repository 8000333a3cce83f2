"""Find every printed number that counts dossiers.

``79.094 hồ sơ`` (before the noun), ``số hồ sơ tiếp nhận là 1.234`` (after it),
``291 HS`` after ``hồ sơ (HS)``, bare numbers of a breakdown
``(trực tuyến 400, trực tiếp 240)`` (elliptic parts) and a figure of another
time ``(trước đây là khoảng 300)``.  Tables are read in :mod:`.tables`.
"""

from __future__ import annotations

import regex

from ...numbers import parse_number, qualifier_before
from ...segment import Sentence

from .vocab import (_B, _BEFORE_PAREN, _BOUNDARY_RE, _CHANNEL_RE, _CLASSIFIERS, _CUE_LEAD_RE, _CUE_RE, _E,
                    _ELLIPSIS_NEXT_RE, _ELLIPSIS_OPEN_RE, _ELLIPSIS_WORD_RE, _GAP, _ID_BEFORE_RE, _LEAD_RE, _LINKER_RE,
                    _NOUN, _NUM, _NUMBER_ONLY_RE, _UNIT_AFTER_RE, _WORD_NEXT_RE)
from .candidate import _Count, _SpanSet, _in_spans, _value
from .resolve import _before_text
from .link import _paren_close, sentence_index


# searched backwards, as _ID_BEFORE_RE
_CHANGE_RE = regex.compile(rf"(?ri){_B}(?:tăng|giảm|tăng\s++thêm|giảm\s++bớt)\s++$")


def _is_change(text: str, at: int) -> bool:
    """``tăng 234 hồ sơ so với cùng kỳ`` is a difference, not a count (``at``: where
    the number and the qualifier before it begin)."""
    return bool(_CHANGE_RE.search(text, max(0, at - 30), at))


def _is_identifier(text: str, num_start: int) -> bool:
    return bool(_ID_BEFORE_RE.search(text[max(0, num_start - 24):num_start]))


def read_before_noun(m, blocked) -> _Count | None:
    """The count of a match of ``count_before_noun`` (``12 hồ sơ``, ``4.572/4.572 hồ sơ``,
    ``291 HS``), unless the number is an identifier (``Điều 15``), blocked (a date, a
    document number, a percentage), a difference (``tăng 234 hồ sơ``) or a share
    (``2/3 hồ sơ``)."""
    text = m.string
    first = m.start("frac") if m.group("frac") else m.start("num")
    if _is_identifier(text, first) or _in_spans(blocked, first, m.end("num")):
        return None
    q_before = qualifier_before(text, first)
    if _is_change(text, q_before[1]):
        return None
    if m.group("frac"):  # done of total: the count is the first figure
        whole = parse_number(m.group("num"))
        if whole is not None and whole <= 10:
            return None  # `2/3 hồ sơ` is a share (two thirds), not a count
        count, rounded = _value(m.group("frac").rstrip(" /\t"), None)
    else:
        count, rounded = _value(m.group("num"), m.group("scale"))
    if count is None:
        return None
    noun_end = m.end()
    return _Count(first, noun_end, first, m.end("scale") if m.group("scale") else m.end("num"),
                  count, noun_end, rounded, q_before=q_before)


def read_after_noun(m, blocked) -> list[_Count]:
    """``số hồ sơ tiếp nhận là 1.234``: the number after the noun (``m``) and a linker."""
    text = m.string
    limit = min(len(text), m.end() + 120)
    b = _BOUNDARY_RE.search(text, m.end(), limit)
    # `:` is a linker here, not a boundary
    while b and b.group() == ":":
        b = _BOUNDARY_RE.search(text, b.end(), limit)
    stop = b.start() if b else limit
    for n in _NUMBER_ONLY_RE.finditer(text, m.end(), stop):
        if _in_spans(blocked, n.start(), n.end()) or _is_identifier(text, n.start()):
            continue
        mid = text[m.end():n.start()]
        core = mid[:qualifier_before(mid, len(mid))[1]]
        if not _LINKER_RE.search(core):
            break
        if not (_CUE_RE.search(core) or _CHANNEL_RE.search(core) or _is_lead(text, m.start())):
            break
        if _UNIT_AFTER_RE.match(text, n.end()) or _follows_noun(text, n.end()):
            break
        count, rounded = _value(n.group(0).split()[0], n.group("scale"))
        if count is None:
            break
        return [_Count(m.start(), n.end(), n.start(), n.end(), count, n.end(), rounded, noun_span=m.span())]
    return []


def _is_lead(text: str, noun_start: int) -> bool:
    """Whether the words before the noun make ``noun … number`` a label and its value
    (``số hồ sơ``, ``- Tiếp nhận hồ sơ:``).  Read only for a number after a linker: most
    nouns have none."""
    return bool(_LEAD_RE.search(text[max(0, noun_start - 20):noun_start])) \
        or bool(_CUE_LEAD_RE.search(text, max(0, noun_start - 32), noun_start))


_FOLLOWS_NOUN_RE = regex.compile(rf"(?i){_GAP}(?:(?:{_CLASSIFIERS}){_GAP})?+(?:{_NOUN}){_E}")


def _follows_noun(text: str, pos: int) -> bool:
    return bool(_FOLLOWS_NOUN_RE.match(text, pos, min(len(text), pos + 30)))


# ---------------------------------------------------------------- elliptic parts


_LABEL_LIST_RE = regex.compile(r"\s*+;")




def _find_elliptic(text: str, counts: list[_Count], blocked: list[tuple[int, int]],
                   sents: list[Sentence]) -> list[_Count]:
    """Bare numbers in the parentheses or list of a total, right after a
    status or channel word: ``(trực tuyến 400, trực tiếp 240)``."""
    out = []
    covered = _SpanSet((k.start, k.end) for k in counts)
    for c in counts:
        si = sentence_index(sents, c.start)
        if si < 0:
            continue
        sent = sents[si]
        tail = text[c.noun_end:min(sent.end, c.noun_end + 60)]
        m = _ELLIPSIS_OPEN_RE.match(tail)
        if not m and c.start < c.num_start:
            # a report as `label: value` pairs: `Số hồ sơ tiếp nhận: 1.200; đã giải quyết: 1.150`
            m = _LABEL_LIST_RE.match(tail)
        if not m:
            continue
        lo = c.noun_end + m.end()
        reach = min(sent.end, lo + 300)
        hi = _paren_close(text, lo - 1, reach) if text[lo - 1] == "(" else reach
        for n in _NUMBER_ONLY_RE.finditer(text, lo, hi):
            if _in_spans(blocked, n.start(), n.end()) or _is_identifier(text, n.start()):
                continue
            if covered.overlaps(n.start(), n.end()):
                continue
            if _follows_noun(text, n.end()) or _UNIT_AFTER_RE.match(text, n.end()):
                continue
            if _WORD_NEXT_RE.match(text[n.end():n.end() + 3]) and not _ELLIPSIS_NEXT_RE.match(
                    text, n.end(), min(len(text), n.end() + 40)):
                continue
            left = _before_text(text, qualifier_before(text, n.start())[1], lo)
            if not _ELLIPSIS_WORD_RE.search(left):
                continue
            count, rounded = _value(n.group(0).split()[0], n.group("scale"))
            if count is None:
                continue
            out.append(_Count(n.start(), n.end(), n.start(), n.end(), count, n.end(), rounded, elliptic=True,
                              rule="elliptic_part"))
    return out


# ---------------------------------------------------------------- a figure of another time


# `(trước đây là khoảng 300)`, `(năm trước chỉ 120)`: a parenthesis after an unnumbered count
# (`hàng nghìn hồ sơ`) that gives the bare number of the same dossiers at another time
_COMPARED_RE = regex.compile(
    r"(?i)" + _BEFORE_PAREN + r"\s*+(?:trước\s++đây|trước\s++kia|năm\s++trước|năm\s++ngoái|cùng\s++kỳ"
    r"(?:\s++năm\s++trước)?+|kỳ\s++trước|tháng\s++trước|quý\s++trước)\s*+,?\s*+"
    r"(?:(?:chỉ\s++là|chỉ\s++có|là|chỉ|có|đạt|mới)\s++)?+(?:(?:khoảng|gần|hơn|trên|dưới|xấp\s++xỉ)\s++)?+"
    rf"(?P<num>{_NUM})\s*+\)")


def read_compared(m, blocked) -> list[_Count]:
    """``hàng nghìn hồ sơ (trước đây là khoảng 300)``: the bare number, after the noun
    ``m``, of the same dossiers at another time."""
    text = m.string
    c = _COMPARED_RE.match(text, m.end(), min(len(text), m.end() + 160))
    if not c or _in_spans(blocked, c.start("num"), c.end("num")):
        return []
    count, rounded = _value(c.group("num"), None)
    if count is None:
        return []
    out = _Count(c.start("num"), c.end("num"), c.start("num"), c.end("num"), count, c.end("num"), rounded,
                 noun_span=m.span())
    out.extra["compared"] = text.rindex("(", m.end(), c.start("num"))
    return [out]

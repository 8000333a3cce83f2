"""Names in bylines and signatures: what a short capitalised run must be to be a
person's name (``_is_name``), two pen names glued together (``_glued_pair``),
names listed with commas, dashes or ``và`` (``_split_names``), and the words that
open an outlet's name (``_OUTLET_HEAD``).  Used by :mod:`.metadata` and
:mod:`.signature`."""

from __future__ import annotations

from functools import lru_cache

import regex

from ..patterndata import entries

# Words that show a short capitalised line is not a person's name.
_NOT_NAME_WORDS = {
    "UBND", "HĐND", "CCHC", "TTHC", "TP", "Ảnh", "Nguồn", "Video", "Clip", "Bản", "Tin", "Xem", "Ban",
    "Sở", "Bộ", "Huyện", "Xã", "Phường", "Quận", "Đảng", "Nghị", "Quyết", "Luật",
}

#: words that open an outlet's name (``Báo Nhân Dân``, ``Tạp chí Tài chính``, ``Cổng TTĐT tỉnh``)
_OUTLET_HEAD = (r"(?:Báo|Tạp\s++chí|Cổng|Trang|Đài|Thông\s++tấn\s++xã|Truyền\s++hình|Kênh|Bản\s++tin|Tuần\s++báo"
                r"|Nhật\s++báo|Tập\s++san)")


#: a name written as initials only (``T.L.``)
_INITIALS_ONLY = regex.compile(r"\p{Lu}\.(?:\p{Lu}\.?)+")
#: what separates names in a byline: a comma, a semicolon, a dash, ``và``, with the spaces
#: around it (spaces taken only from where their run starts: one try per run, not per
#: space, so a long run of spaces costs linear time; the same splits as ``\s*+`` in front)
_NAME_SEP = regex.compile(r"(?:(?<!\s)\s++)?+(?:[,;–—-]|(?<=\s)và(?=\s))\s*+")


def _is_name(candidate: str) -> bool:
    words = candidate.split()
    if not 2 <= len(words) <= 5 and not (len(words) == 1 and _INITIALS_ONLY.fullmatch(words[0])):
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
    parts = [p.strip(" .;") for p in _NAME_SEP.split(names)]
    return [p for p in parts if p]

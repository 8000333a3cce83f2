"""Keys across articles: one key for one document, however each article writes it.

``document_key`` gives ``nghi_quyet:19/2017/NQ-CP`` for ``Nghị quyết
19-2017/NQ-CP`` and ``Nghị quyết số 19/2017/NQ - CP`` alike: the type slug and
the code with spaces removed and the number and year joined by
``/``.  A code without its year, or whose suffix names no one body (``UBND``,
``TU``: every province has its own), identifies no document across articles:
no key.  Laws (and codes, constitutions, ordinances) without a code are keyed
by their name and year, written in lower case without accents
(``luat:dat-dai:2013``); a name without a year gets no key.

``agency_key`` gives one key for one body however it is spelt: ``TP Vinh``,
``Thành phố Vinh`` and ``thành phố Vinh`` are ``thành phố vinh``; ``UBND
tỉnh X`` and ``Ủy ban nhân dân tỉnh X`` one key; ``Sở TT&TT`` and ``Sở Thông
tin và Truyền thông`` one key.  Steps, each a function tested on its own:
:func:`expand_abbreviations` (body types and unit types from
:data:`BODY_ABBREVIATIONS`, fields of ministries and departments from the
organisation gazetteer's data, ``gazetteers/build_orgs.py``), then
:func:`fold_name` (lower case, one tone-mark placement, punctuation and
spaces), then ``của`` between a body and its level dropped (``bộ phận một
cửa của huyện`` is ``bộ phận một cửa huyện``).  The key keeps Vietnamese
letters: ``hà`` and ``hạ`` stay apart.

>>> from cchc_extract.records import LegalDocument
>>> document_key(LegalDocument(doc_type="nghi_quyet", type_name="Nghị quyết", code="19-2017/NQ-CP",
...                            issuer_from_code="Chính phủ"))
'nghi_quyet:19/2017/NQ-CP'
>>> document_key(LegalDocument(doc_type="luat", type_name="Luật", title="Đất đai", year=2013))
'luat:dat-dai:2013'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .records import LegalDocument

__all__ = ["document_key", "agency_key", "fold_name", "fold_tones", "expand_abbreviations",
           "BODY_ABBREVIATIONS"]

_NUMBER_YEAR = re.compile(r"^(?P<n>[0-9]+[a-zA-Z]?)[-/](?P<y>(?:19|20)[0-9]{2})/(?P<rest>.+)$")
_NUMBER_ONLY = re.compile(r"^(?P<n>[0-9]+[a-zA-Z]?)/(?P<rest>[^0-9].*)$")
_NAMED = {"luat", "bo_luat", "hien_phap", "phap_lenh"}


def _slug(name: str) -> str:
    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def document_key(doc: LegalDocument) -> str | None:
    """The cross-article key of a document, or None (module docstring)."""
    if doc.code:
        code = re.sub(r"\s+", "", unicodedata.normalize("NFC", doc.code))
        m = _NUMBER_YEAR.match(code)
        if m is None:
            m2 = _NUMBER_ONLY.match(code)
            if m2 is None or doc.year is None:
                return None
            code = f"{m2.group('n')}/{doc.year}/{m2.group('rest')}"
        else:
            code = f"{m.group('n')}/{m.group('y')}/{m.group('rest')}"
        if doc.issuer_from_code is None:
            return None  # a local body's suffix: one per province
        return f"{doc.doc_type}:{code}"
    if doc.doc_type in _NAMED and doc.title and doc.year:
        return f"{doc.doc_type}:{_slug(doc.title)}:{doc.year}"
    return None


# --------------------------------------------------------------------------- agency keys

#: Abbreviations of body and unit types the press writes (no list of these pairs exists
#: in the entity data, which lists the abbreviations and the full words apart).  Matched
#: case-sensitively as whole words; a unit abbreviation with a dot (``Q.``, ``H.``, ``P.``)
#: only before a capitalised name or a number (``Q.Hoàn Kiếm``, ``Q. 3``).
BODY_ABBREVIATIONS: dict[str, str] = {
    "UBND": "ủy ban nhân dân", "HĐND": "hội đồng nhân dân", "UBMTTQVN": "ủy ban mặt trận tổ quốc việt nam",
    "UBMTTQ": "ủy ban mặt trận tổ quốc", "MTTQVN": "mặt trận tổ quốc việt nam", "MTTQ": "mặt trận tổ quốc",
    "BHXH": "bảo hiểm xã hội", "TAND": "tòa án nhân dân", "VKSND": "viện kiểm sát nhân dân",
    "LĐLĐ": "liên đoàn lao động", "TTHC": "thủ tục hành chính", "HCC": "hành chính công",
    "TN&TKQ": "tiếp nhận và trả kết quả", "TTPVHCC": "trung tâm phục vụ hành chính công",
    "TPHCM": "thành phố hồ chí minh", "TP.HCM": "thành phố hồ chí minh", "HCM": "hồ chí minh",
    "TP.": "thành phố", "Tp.": "thành phố", "T.P": "thành phố", "TP": "thành phố", "Tp": "thành phố",
    "TX.": "thị xã", "TX": "thị xã", "TT.": "thị trấn", "Q.": "quận", "H.": "huyện", "P.": "phường",
}
#: Abbreviations that stand for a unit type only before a name (``Q.`` in ``Q.3``, not ``Q.`` at a sentence end).
_BEFORE_NAME = {"TP.", "Tp.", "T.P", "TX.", "TT.", "Q.", "H.", "P."}
_L = r"[^\W\d_]"


def _field_abbreviations() -> dict[str, str]:
    """``TT&TT`` -> ``thông tin và truyền thông``: the fields of the ministries in the
    organisation gazetteer's data (a ministry, department or office of one field)."""
    from .gazetteers.build_orgs import MINISTRIES

    out: dict[str, str] = {}
    for name, abbrevs, _former in MINISTRIES:
        field = name.split(" ", 1)[1] if name.startswith("Bộ ") else None
        if field:
            for a in abbrevs:
                out.setdefault(a, field.lower())
    return out


@lru_cache(maxsize=1)
def _abbreviation_re() -> tuple[re.Pattern, dict[str, str]]:
    table = {**_field_abbreviations(), **BODY_ABBREVIATIONS}
    alts = []
    for a in sorted(table, key=len, reverse=True):
        tail = r"(?=\s*(?:[^\W\d_]|\d))" if a in _BEFORE_NAME else (r"(?!\w)" if a[-1].isalnum() else "")
        head = r"(?<![\w&.])"
        alts.append(head + re.escape(a) + tail)
    return re.compile("|".join(alts)), table


def expand_abbreviations(name: str) -> str:
    """Write body, unit and field abbreviations out, lower-cased.

    >>> expand_abbreviations("UBND TP.Vinh")
    'ủy ban nhân dân thành phố Vinh'
    >>> expand_abbreviations("Sở TT&TT")
    'Sở thông tin và truyền thông'
    """
    pattern, table = _abbreviation_re()
    return pattern.sub(lambda m: table[m.group()] + " ", name).replace("  ", " ").strip()


# Old-style tone placement (``hoà``, ``thuỷ``, ``khoẻ``) and the modern one (``hòa``,
# ``thủy``, ``khỏe``): in an open syllable ending oa, oe or uy the mark goes on the first vowel.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_FIRST = {"a": ("o", "òóỏõọ"), "e": ("o", "òóỏõọ"), "y": ("u", "ùúủũụ")}
_OLD_TONE_RE = re.compile(r"(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![^\W\d_])", re.IGNORECASE)


def fold_tones(word: str) -> str:
    """Modern tone placement: ``hoà`` -> ``hòa``, ``thuỷ`` -> ``thủy`` (``quý``, ``hoàn`` unchanged).

    >>> fold_tones("Khánh Hoà, Uỷ ban, quý, hoàn")
    'Khánh Hòa, Ủy ban, quý, hoàn'
    """
    def fix(m: re.Match) -> str:
        first, last = m.group(1), m.group(2)
        for base, marks in _TONED.items():
            k = marks.find(last.lower())
            if k >= 0:
                want, firsts = _FIRST[base]
                if first.lower() != want:
                    return m.group()
                new_first = firsts[k].upper() if first.isupper() else firsts[k]
                return new_first + (base.upper() if last.isupper() else base)
        return m.group()

    return _OLD_TONE_RE.sub(fix, unicodedata.normalize("NFC", word))


_PUNCT_RE = re.compile(r"[\s\-–—.,;:/()\[\]“”\"‘’']+")


def fold_name(name: str) -> str:
    """Lower case, modern tone placement, ``&`` as ``và``, punctuation and runs of spaces as one space.

    >>> fold_name("  Thừa Thiên - Huế ")
    'thừa thiên huế'
    >>> fold_name("Sở Văn hoá, Thể thao & Du lịch")
    'sở văn hóa thể thao và du lịch'
    """
    s = fold_tones(unicodedata.normalize("NFC", name)).lower().replace("&", " và ")
    return _PUNCT_RE.sub(" ", s).strip()


_OF_LEVEL_RE = re.compile(r" của (?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\b)")


def agency_key(agency: str | None) -> str | None:
    """One key for one body however it is written (module docstring); None for no agency.

    >>> agency_key("UBND TP Vinh") == agency_key("Ủy ban nhân dân thành phố Vinh")
    True
    """
    if not agency or not agency.strip():
        return None
    key = fold_name(expand_abbreviations(unicodedata.normalize("NFC", agency)))
    key = _OF_LEVEL_RE.sub(" ", key)
    return key or None

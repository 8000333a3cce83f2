"""Keys across articles: one key for one document, however each article writes it.

``document_key`` gives ``nghi_quyet:19/2017/NQ-CP`` for ``Nghị quyết
19-2017/NQ-CP`` and ``Nghị quyết số 19/2017/NQ - CP`` alike: the type slug and
the code with spaces removed and the number and year joined by
``/``.  A code without its year, or whose suffix names no one body (``UBND``,
``TU``: every province has its own), identifies no document across articles:
no key.  Laws (and codes, constitutions, ordinances) without a code are keyed
by their name and year, written in lower case without accents
(``luat:dat-dai:2013``); a name without a year gets no key.

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

from .records import LegalDocument

__all__ = ["document_key"]

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

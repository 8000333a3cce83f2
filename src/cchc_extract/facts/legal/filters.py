"""Unnumbered mentions that the context shows are not documents (``not_documents_by_context``).

Each filter is one reason, tested on a mention a rule has read: a table
row's label (:func:`caps_label`), an initiative named only by a foreign
proper name (:func:`foreign_name_only`), and a plan that each body of an
indefinite group has or lacks (:func:`plural_scope`).
"""

from __future__ import annotations

import unicodedata

import regex

from .vocab import _DATA, _S0, _S1, _words_re
from .mention import _Mention

_DATA_HERE = _DATA["not_documents_by_context"]
_BODY = _words_re(_DATA_HERE["plural_scope_bodies"])
#: `vẫn còn một số bộ, ngành chưa phê duyệt ` right before the type word: an
#: indefinite group of bodies, then the verbs of their clause (small words, no comma).
_PLURAL_SCOPE = regex.compile(
    r"(?<![\p{L}\d])" + _words_re(_DATA_HERE["plural_scope_determiners"]) + r"(?:" + _S1 + r"(?i:một" + _S1
    + r"số|các|những))?" + _S1 + _BODY + r"(?:" + _S0 + r"[,/]" + _S0 + _BODY + r")*+"
    + r"(?:" + _S1 + r"\p{Ll}++){1,5}+" + _S1 + r"$"
)
_VOWEL_RUN = regex.compile(r"[aeiouy]+")


def not_a_document(text: str, m: _Mention) -> bool:
    """Whether an unnumbered mention read by a rule is, by its context, no document."""
    return caps_label(text, m) or foreign_name_only(m) or plural_scope(text, m)


def caps_label(text: str, m: _Mention) -> bool:
    """`Hình thức: KẾ HOẠCH Lịch ngừng ...`: a type word in capitals inside a
    line, before a title that is not in capitals, labels a row of a table (a
    heading in capitals starts its line, or writes its title in capitals too)."""
    if not m.type_name.isupper() or not m.title or m.title.isupper():
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    return bool(text[line_start:m.start].strip())


def foreign_name_only(m: _Mention) -> bool:
    """`Kế hoạch Marshall`: a title that is one capitalised word of several
    syllables run together, which no Vietnamese word is (each Vietnamese
    syllable is written apart and has one run of vowels)."""
    t = (m.title or "").strip()
    if not t or " " in t or not t[0].isupper() or not t.isalpha():
        return False
    base = "".join(c for c in unicodedata.normalize("NFD", t.casefold()) if not unicodedata.combining(c))
    return len(_VOWEL_RUN.findall(base)) >= 2


def plural_scope(text: str, m: _Mention) -> bool:
    """`vẫn còn bộ, ngành chưa phê duyệt đề án X`: the plan of each body of an
    indefinite group, not one document (only a type word in small letters: a
    capitalised one names a document even there)."""
    if m.type_name[0].isupper():
        return False
    return _PLURAL_SCOPE.search(text, max(0, m.start - 80), m.start) is not None

"""The language data of legal documents (``patterns/legal.yaml``) and the pieces every pattern shares.

Spaces, word edges, phrase alternations (:func:`_words_re`) and the anchored
match :func:`_at` with its window, so the cost of each try stays local.
"""

from __future__ import annotations

import regex

from ...gazetteers import places
from ...patterndata import entries


# ------------------------------------------------------------------ language data


_DATA = entries("legal")
_TYPES: dict[str, dict] = _DATA["document_types"]["types"]
_ISSUER = _DATA["issuer_words"]
_CODE_ISSUERS: dict[str, str] = _DATA["issuer_from_code"]["code_issuers"]
_LAW = _DATA["laws_by_name"]
_COUNT_NOUNS = _DATA["bare_numbers"]["count_nouns"]
_TITLE_STOPS = _DATA["titles"]["title_stops"] + _DATA["titles"]["predicate_stops"]
_TITLED = _DATA["titled_unnumbered"]
_STANDARDS = _DATA["standards"]["prefixes"]
_PLACES = places()
_PLACE_KINDS = {"country", "province", "city", "district"}
#: The identifications each type word accepts for an unnumbered document (a set per type).
_TITLED_RULES: dict[str, frozenset] = {k: frozenset(v) for k, v in _TITLED["rules"].items()}

_SP = r"[ \t\xa0]"  # a space inside a line (never a line break)
# Runs of spaces are bounded: a pattern tried at every position of a long
# blank run then costs a constant, so even a whole-text scan stays linear.
_S1 = _SP + "{1,8}+"
_S0 = _SP + "{0,8}+"
_DASH = r"\-–—‑"  # hyphen (escaped for character classes), en and em dash, non-breaking hyphen


def _words_re(words, *, ignore_case: bool = True) -> str:
    """An alternation of phrases, longest first, spaces matching any run of spaces.

    Phrases sharing a first letter are grouped (``c(?:ủa|ho|ùng)|...``): the
    same matches as the flat alternation, since at one position only one
    group can match and each keeps its phrases' order, but ``regex`` then
    tests the first letter once per group, not once per phrase, which makes
    a failing attempt of a long list about twice as fast."""
    def esc(s: str) -> str:
        return regex.escape(s).replace(r"\ ", _S1)

    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        groups.setdefault(w[0].casefold() if ignore_case else w[0], []).append(w)
    body = "|".join(esc(g[0]) if len(g) == 1 else esc(g[0][0]) + "(?:" + "|".join(esc(w[1:]) for w in g) + ")"
                    for g in groups.values())
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


_WORD_TO_TYPE = {w.casefold(): slug for slug, d in _TYPES.items() for w in d["words"]}
_ABBR_TO_TYPE = {a: slug for slug, d in _TYPES.items() for a in d.get("abbrevs", [])}
_VERB_LIKE = {slug for slug, d in _TYPES.items() if d.get("verb_like")}
#: Type words that also name options or variants (`phương án 2` = option 2):
#: a bare number after them, without `số` or a code, never starts a document.
_OPTION_WORDS = {w.casefold() for w in _DATA["document_types"]["option_words"]}
_NAMED_WORDS = {w.casefold() for w in _DATA["laws_by_name"]["named_words"]}
#: Type words after which a bare year is the year of the law or plan (Hiến pháp 2013, kế hoạch 2017).
_YEAR_NAMED_WORDS = _NAMED_WORDS | {w.casefold() for w in _DATA["document_types"]["yearly_words"]}
#: Types whose bare number is never a document number (dự án 2 = a project, a board, an address).
_CODE_ONLY_TYPES = set(_DATA["document_types"]["code_only"])
_CHARTER_WORDS = {w.casefold() for w in _DATA["laws_by_name"]["charter_words"]}

_L = r"\p{L}"
_NOT_WORD_BEFORE = r"(?<![\p{L}\d])"
_NOT_WORD_AFTER = r"(?![\p{L}\d])"


#: How far an anchored pattern may read.  The ``regex`` engine scans ahead
#: for a pattern's required literal before matching; bounding ``endpos``
#: keeps each anchored match local, so the whole pass stays linear.
_WINDOW = 1000


def _at(pattern, text: str, pos: int):
    return pattern.match(text, pos, pos + _WINDOW)  # ``regex`` clamps endpos to the text

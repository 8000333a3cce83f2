"""Foreign people: introduced once, then called by one word of their name.

Foreign names carry no Vietnamese family name, so the family-name reader
does not see them; news introduces them once and then uses one word:

* **``X là`` + an occupation** at the start of a sentence (``Ryo là phóng
  viên``, ``Maria là y tá``): X is a person;
* **one word of a foreign name** already read (``Derrick`` of ``Derrick Yi
  Fan``, ``Trump`` of ``Donald Trump``) standing alone later is the same
  person.

"Foreign" is read from the word's shape: a word in plain Latin letters
that cannot be one Vietnamese syllable written without its marks
(``Ryo``, ``Trump``, ``Derrick``); ``Anh``, ``Kim``, ``Minh`` can, so they
are never spread (they are places, words and Vietnamese names as often).
"""

from __future__ import annotations

import regex

from ...patterndata import entries
from ...rx import compiled
from .names import _Found
from .rules import _Rules, _alt

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?+"
_NUCLEUS = (r"(?:uye|uya|uyu|oai|oay|uay|uoi|uou|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye"
            r"|a|e|i|o|u|y)")
_CODA = r"(?:ch|nh|ng|c|m|n|p|t)?+"
#: one syllable of Vietnamese in plain letters: onset, vowel cluster, final consonant
_VN_SYLLABLE = regex.compile(r"(?i)" + _ONSET + _NUCLEUS + _CODA)


_CAP_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*+[ \u00a0]$")


def foreign_word(word: str) -> bool:
    """A word in plain Latin letters that no Vietnamese syllable spells (``Ryo``, ``Trump``; not ``Anh``)."""
    return len(word) >= 3 and word.isascii() and word.isalpha() and not _VN_SYLLABLE.fullmatch(word)


class _ForeignRules:
    def __init__(self) -> None:
        all_e = entries("entities")
        e = all_e["foreign_people"]
        occ = _alt(e["occupations"])
        posts = set(all_e["person_cues"]["words"]) | set(all_e["person_titles"]["words"])
        #: a cue or a post right before a name (``Tổng thống`` + ``<Country> <Name>``)
        self.post_before = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alt(posts) + r")[ \u00a0]$")
        self.intro = regex.compile(
            r"(?m)(?:^|[.!?…”\"/][ \t]++)(?P<n>\p{Lu}[\p{Ll}]++(?:[ \u00a0]\p{Lu}[\p{Ll}]++){0,2}+)[ \u00a0]là[ \u00a0](?:một[ \u00a0])?+"
            r"(?:" + occ + r")(?![\p{L}\p{M}])")


_RULES: list[_ForeignRules] = []


def _rules() -> _ForeignRules:
    if not _RULES:
        _RULES.append(_ForeignRules())
    return _RULES[0]


def introduced_people(text: str, r: _Rules, f: _Found) -> set[tuple[int, int]]:
    """``Ryo là phóng viên ...``: a name of foreign shape before ``là`` and an occupation is a person.

    Returns the spans of the names introduced (one word of them may be used alone later)."""
    out: set[tuple[int, int]] = set()
    for m in _rules().intro.finditer(text):
        name = m.group("n")
        words = name.split()
        if name in r.places or name in r.outlets or any(w in r.break_always for w in words):
            continue
        if not any(foreign_word(w) for w in words):
            continue  # ``Bình là sinh viên``: the Vietnamese readers (cues, family names) judge those
        f.add(m.start("n"), m.end("n"), "PER", 2)
        out.add((m.start("n"), m.end("n")))
    return out


def foreign_short_names(text: str, kept: list[tuple[int, int, str]], r: _Rules, f: _Found,
                        introduced: set[tuple[int, int]]) -> None:
    """The first or last word of a foreign person's name, standing alone elsewhere, is that person."""
    # only names read from a cue, a post, a credit or an introduction (not guesses from bare capitals),
    # and no word that the article also uses inside an organisation or a place (``Công ty Grab``)
    strong = {(s, e) for s, e, label, prio in f.items if label == "PER" and prio <= 2}
    inside_other = {w for s, e, label in kept if label != "PER" for w in text[s:e].split()}
    words: set[str] = set()
    for s, e, label in kept:
        if label != "PER" or (s, e) not in strong:
            continue
        parts = text[s:e].split()
        if len(parts) < 2 and (s, e) not in introduced or not all(
                p[:1].isupper() and not p.isupper() and p.isascii() for p in parts):
            continue  # a whole foreign name (``Donald Trump``), or a name this module saw introduced
        # after a post the first word may be a country the gazetteer lacks (``Tổng thống <Country> <Name>``)
        after_post = bool(_rules().post_before.search(text, max(0, s - 30), s))
        for w in {parts[-1]} if after_post else {parts[0], parts[-1]}:
            if foreign_word(w) and w not in r.places and w not in r.outlets and w not in r.break_always \
                    and w not in inside_other:
                words.add(w)
    if not words:
        return
    pat = compiled(r"(?<![\p{L}\p{M}\p{N}\-])(?:" + "|".join(sorted(words)) + r")"
                   r"(?![\p{L}\p{M}\p{N}\-]|[ \u00a0]\p{Lu})")
    for m in pat.finditer(text):
        if text.startswith(("'s", "’s"), m.end()):
            continue  # ``Asia's Next Top Model``: an English title
        prev = _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if prev and prev.group().strip() not in r.break_always and prev.group().strip() not in r.lead_words \
                and not r.sent_start.search(text, max(0, prev.start() - 3), prev.start()):
            continue  # ``Manchester United``: the word ends another name (not ``Nhưng Pogba``)
        f.add(m.start(), m.end(), "PER", 4)

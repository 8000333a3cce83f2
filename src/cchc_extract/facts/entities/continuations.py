"""Names that go on past their last capital: sentence-case fields and dotted abbreviations.

Vietnamese often writes an institution's name in sentence case, one capital for
the opener of its field and the rest in lowercase (``Viện Nghiên cứu rau quả``,
``Trung tâm Nghiên cứu phát triển bền vững``): the lowercase words are the name
up to a function word or a verb.  A foreign place may carry an abbreviation with
a dot (``Pháo đài St. Nicolas``), which ends no sentence.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .names import _Found
from .rules import _NA, _NB, _SP, _Rules, _alt

_LOWER_WORD = regex.compile(_SP + r"(?P<w>\p{Ll}[\p{Ll}\p{M}]*+)" + _NA)
#: one to three capitalised words in plain Latin letters (a foreign place or name: ``Hong Kong``)
_LATIN_RUN = regex.compile(r"[A-Z][a-z]++(?:[ \u00a0][A-Z][a-z]++){0,2}+(?![\p{L}\p{M}\p{N}])")
_NAME_AFTER_DOT = regex.compile(r"\." + _SP + r"\p{Lu}[\p{Ll}\p{M}]++(?:[\-]\p{L}[\p{Ll}\p{M}]*+)?+" + _NA)


class _Cont:
    def __init__(self) -> None:
        e = entries("entities")["names_that_go_on_in_lowercase"]
        self.field_re = regex.compile(_NB + r"(?:" + _alt(e["heads"]) + r")" + _SP + r"(?:" + _alt(e["openers"]) + r")" + _NA)
        self.abbrevs = tuple(e["abbreviations"])
        #: a place that ends the name (``... cố đô Huế``, ``... quỹ đất TP.Huế``, ``... châu Á``, ``... Trung ương``)
        self.place_after_re = regex.compile(_SP + r"(?:" + _alt(e["place_words"]) + r")" + _SP + r"\p{Lu}[\p{Ll}\p{M}]*+" + _NA
                                            + r"|" + _SP + r"(?:Trung" + _SP + r"ương|trung" + _SP + r"ương)" + _NA)
        self.tail_head_re = regex.compile(r"(?:" + _alt(e["tail_heads"]) + r")" + _SP + r"\p{Lu}")
        self.tail_max = int(e["tail_max"])
        self.roman_re = regex.compile(_SP + r"(?:VI{0,3}+|I{1,3}+|IV|IX|X{1,3}+)" + _NA)
        self.region_re = regex.compile(_SP + r"miền" + _SP + r"(?:" + _alt(e["tail_regions"]) + r")" + _NA)
        links = [w for w in e["tail_parent_links"] if w not in (",", "(")]
        #: the field in title case only (``Sư Phạm``): in sentence case no person's name starts inside it
        fields = [w.split()[0] + _SP + w.split()[1][0].upper() + w.split()[1][1:] for w in e["school_fields"]]
        self.school_field_re = regex.compile(_NB + r"(?:" + _alt(e["school_heads"]) + r")" + _SP + r"(?:" + "|".join(fields) + r")" + _NA)
        self.place_tail_re = regex.compile(r"(?:" + _alt(e["place_tail_heads"]) + r")" + _SP + r"\p{Lu}")
        self.place_tail_max = int(e["place_tail_max"])
        self.police_re = regex.compile(_NB + r"(?:" + _alt(e["police_heads"]) + r")" + _SP + r"Cảnh" + _SP + r"sát" + _SP
                                       + r"(?i:" + _alt(e["police_branches"]) + r")" + _NA)
        self.name_nouns = set(e["name_nouns"])
        self.parent_re = regex.compile(r"(?:,[ \u00a0]*+|[ \u00a0]\([ \u00a0]?+|" + _SP + r"(?:" + _alt(links) + r")" + _SP + r")")


@lru_cache(maxsize=1)
def _gaz(r: _Rules) -> regex.Pattern:
    return regex.compile(r.gaz_name)


@lru_cache(maxsize=1)
def _cont() -> _Cont:
    return _Cont()


def sentence_case_fields(text: str, r: _Rules, f: _Found) -> None:
    """``Viện Nghiên cứu rau quả``: the head, the opener and the field's lowercase words, one ORG."""
    c = _cont()
    for m in c.field_re.finditer(text):
        end = m.end()
        pos = end
        for _ in range(10):
            if c.place_after_re.match(text, pos):
                break  # ``... an ninh châu Á``: the region ends the name
            w = _LOWER_WORD.match(text, pos)
            if not w or r.stop_re.match(text, w.start("w")) and w.group("w") != "và" or w.group("w") in r.level_words:
                break
            if w.group("w") == "và":
                nxt = _LOWER_WORD.match(text, w.end())
                if not nxt or r.stop_re.match(text, nxt.start("w")):
                    break
                pos = w.end()
                continue
            end = pos = w.end()
        if end > m.end():
            p = c.place_after_re.match(text, end)
            if p:
                end = p.end()
            elif end < len(text) and text[end] in " \u00a0":
                t = r.typed_re.match(text, end + 1) or _gaz(r).match(text, end + 1) or r.hcm_re.match(text, end + 1) \
                    or _LATIN_RUN.match(text, end + 1)
                if t:
                    end = t.end()  # ``... thương mại Hong Kong``: the body's place or its foreign name
            f.add(m.start(), end, "ORG", 0)


#: lowercase words, then an acronym in parentheses (``đoàn kết dân tộc (GNA)``)
_LOWER_THEN_ACRONYM = regex.compile(r"(?P<words>(?:" + _SP + r"\p{Ll}[\p{Ll}\p{M}]*+" + _NA + r"){1,6}+)" + _SP
                                    + r"?+\([ \u00a0]?+\p{Lu}[\p{Lu}\d&]{1,7}+[ \u00a0]?+\)")


def names_before_acronyms(text: str, r: _Rules, f: _Found) -> None:
    """``Chính phủ`` + ``đoàn kết dân tộc (GNA)``: a body's full name written in lowercase after its head
    (a foreign government, a front) and closed by its acronym in parentheses is one ORG; a function
    word or a verb among the lowercase words (``Bộ Y tế cho biết (PV)``) ends no name."""
    for s, e, label, prio in list(f.items):
        if label != "ORG":
            continue
        m = _LOWER_THEN_ACRONYM.match(text, e)
        if not m:
            continue
        words = list(_LOWER_WORD.finditer(text, m.start("words"), m.end("words")))
        if any(r.stop_re.match(text, w.start("w")) for w in words):
            continue
        f.add(s, m.end("words"), "ORG", prio)


def dotted_abbreviations(text: str, r: _Rules, f: _Found) -> None:
    """``Pháo đài St`` + ``. Nicolas``: a candidate that ends in a saint's abbreviation takes the name after the dot."""
    c = _cont()
    for s, e, label, prio in list(f.items):
        if e - s > 2 and text[s:e].endswith(c.abbrevs) and text[e - 3:e - 2] in " \u00a0":
            word = text[s:e].rsplit(None, 1)[-1]
            if word in c.abbrevs:
                m = _NAME_AFTER_DOT.match(text, e)
                if m:
                    f.add(s, m.end(), label, prio)


def lowercase_tails(text: str, r: _Rules, f: _Found) -> None:
    """``Cục Văn hóa`` + ``cơ sở, Bộ ...``: a body's name found up to its last capital takes the lowercase
    words after it when a Roman numeral (``Phòng Kỹ thuật nghiệp vụ II``), a region (``Cảng vụ Hàng không
    miền Bắc``) or its parent body (a comma, a parenthesis, ``của``, ``thuộc`` before another ORG) closes
    them; a function word, a verb or a level word among them ends no name (``Cục Thuế cho biết``)."""
    c = _cont()
    org_starts = {s for s, _e, label, _p in f.items if label == "ORG"}
    for s, e, label, prio in list(f.items):
        if label != "ORG" or not c.tail_head_re.match(text, s):
            continue
        pos, n = e, 0
        while n < c.tail_max:
            if c.parent_re.match(text, pos):
                break  # ``... trực thuộc Bộ ...``: the link to the parent ends the words
            w = _LOWER_WORD.match(text, pos)
            if not w or w.group("w") == "miền" or r.stop_re.match(text, w.start("w")) or w.group("w") in r.level_words:
                break
            pos, n = w.end(), n + 1
        m = c.roman_re.match(text, pos) or c.region_re.match(text, pos)
        if m:
            f.add(s, m.end(), "ORG", prio)
            continue
        if n == 0:
            continue
        p = c.parent_re.match(text, pos)
        if p and p.end() in org_starts:
            f.add(s, pos, "ORG", prio)


def school_fields(text: str, f: _Found) -> None:
    """``ĐH Sư`` + ``Phạm Hà Nội``: a school's field in title case whose second word is a surname is the
    school's name with whatever name runs on from the field (its place), one ORG, no person."""
    c = _cont()
    for m in c.school_field_re.finditer(text):
        field_start = m.start() + len(text[m.start():m.end()].rsplit(None, 2)[0]) + 1
        end = max([e for s, e, _l, _p in f.items if field_start <= s < m.end() and e > m.end()] + [m.end()])
        f.add(m.start(), end, "ORG", 0)


def tails_closed_by_places(text: str, r: _Rules, f: _Found) -> None:
    """``Công ty Cổ phần`` + ``vàng bạc đá quý`` + ``Phú Nhuận``: a body's name cut after a common word in
    sentence case takes the lowercase words after it when a place closes them, one ORG.  The lowercase
    syllables must read as words of two syllables (``vàng bạc``, ``đá quý``; ``và`` between two of them),
    none a verb or function word of ``stop_words`` (``Trung tâm Kỹ thuật đi Đồng Tháp`` is a clause)."""
    from .compounds import _any_two_syllable_words, two_syllable_words

    c = _cont()
    words = two_syllable_words()
    if not words:
        return
    more = _any_two_syllable_words()
    places: dict[int, int] = {}
    for s, e, label, _ in f.items:
        if label == "LOC" and e > places.get(s, -1) and (text[s:e] in r.places or r.typed_re.match(text, s)
                                                         or r.hcm_re.match(text, s)):
            places[s] = e
    people = [s for s, _, label, prio in f.items if label == "PER" and prio <= 2]
    org_ends: dict[int, list[int]] = {}
    for s, e, label, _ in f.items:
        if label == "ORG":
            org_ends.setdefault(s, []).append(e)
    for s, e, label, prio in list(f.items):
        if label != "ORG" or not c.place_tail_re.match(text, s):
            continue
        last = text[s:e].split()[-2:]
        if len(last) < 2 or not last[0][0].isupper() or " ".join(last).lower() not in more or " ".join(last) in r.places:
            continue  # ``Công ty Samho``: a proper name ends the body's; what follows is the clause (and a name
            # already in lowercase, ``Quỹ Tiền tệ quốc tế``, is read to its end by the rules of sentence case)
        pos, syls, end = e, [], None
        while len(syls) <= c.place_tail_max:
            if syls and pos + 1 in places:
                end = places[pos + 1]
                break
            w = _LOWER_WORD.match(text, pos)
            if not w or w.group("w") in r.level_words:
                break
            syls.append(w.group("w"))
            pos = w.end()
        if end is None or not _two_syllable_words(syls, r, more, c.name_nouns) or any(e <= p < end for p in people):
            continue
        if any(e < e2 < end for e2 in org_ends.get(s, ())):
            continue  # ``Quỹ Tiền tệ quốc tế`` + ``đưa ra ...``: another reading already ends the name in lowercase
        f.add(s, end, "ORG", prio)


def _two_syllable_words(syls: list[str], r: _Rules, words: frozenset[str], nouns: set[str]) -> bool:
    """``syls`` read as words of two syllables from ``words``, joined by ``và``, none a stop word."""
    i = 0
    while i < len(syls):
        if syls[i] == "và" and 0 < i < len(syls) - 1:
            i += 1
            continue
        pair = " ".join(syls[i:i + 2])
        if i + 1 >= len(syls) or pair not in words or r.stop_re.fullmatch(pair) and pair not in nouns:
            return False
        i += 2
    return True


def police_branches(text: str, r: _Rules, f: _Found) -> None:
    """``Phòng Cảnh sát`` + ``điều tra tội phạm về trật tự xã hội``: a police body's branch in lowercase is its
    name's, one ORG, with the place written right after it (``Phòng Cảnh sát giao thông tỉnh X``)."""
    c = _cont()
    for m in c.police_re.finditer(text):
        end = m.end()
        if end < len(text) and text[end] in " \u00a0":
            t = r.typed_re.match(text, end + 1) or _gaz(r).match(text, end + 1) or r.hcm_re.match(text, end + 1)
            if t:
                end = t.end()
        f.add(m.start(), end, "ORG", 0)

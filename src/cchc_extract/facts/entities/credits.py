"""Photo and source credits: the person or the agency a picture or a text is credited to.

``Ảnh: Thu Hằng`` credits a person (PER); ``Ảnh: TTXVN``, ``(Ảnh: Reuters)``, ``Nguồn: AFP`` an agency
or an outlet (ORG), whole (``NBC Olympics``), never a person.  Captions are often glued to the next
sentence with no stop (``Ảnh: Reuters Việc bà X ...``): a foreign credit ends at the first Vietnamese word.
"""

from __future__ import annotations

import regex

from .names import _Found, _syllables, _cut_breakers
from .rules import _Rules

#: English words that end the name of a place, not an outlet (``Times Square``)
_ENGLISH_PLACE_WORDS = {"Square", "Street", "Avenue", "Park", "Garden", "Gardens", "Tower", "Bridge", "Road", "Hall", "Center",
                        "Centre", "Stadium", "Plaza", "Building"}


def _english_outlets(text: str, r: _Rules, f: _Found) -> None:
    """``Sky Sports``, ``Daily Mail``: Latin-script capitalised words with an outlet word among them."""
    for m in r.latin_run_re.finditer(text):
        words = m.group().split()
        s = m.start()
        if words[0] in r.outlets:  # ``TTXVN Japan Times``: a credit glued to the next sentence's subject
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 and words[0] not in r.outlet_words_en or not any(w in r.outlet_words_en for w in words):
            continue
        if any(w in r.break_always for w in words) or words[-1] in _ENGLISH_PLACE_WORDS:
            continue  # ``Tottenham Theo Daily Star``: a sentence word inside; ``Times Square``: a place
        f.add(s, m.end(), "ORG", 0)


#: a word of a credit's site list (``Reuters``, ``vnexpress.net``)
_SITE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.\-_]*+")
#: a word: what a space or no-break space bounds
_WORD = regex.compile(r"[^ \u00a0]++")
#: a dot, then a letter (a domain goes on)
_DOT_LETTER = regex.compile(r"[.]\p{L}")


def _credits(text: str, r: _Rules, f: _Found) -> None:
    from .foreign import foreign_word

    for m in r.site_credit_re.finditer(text):
        s0 = m.start("sites")
        for it in _SITE_WORD.finditer(m.group("sites")):
            t = it.group()
            if t.lower() in r.credit_not_people_lower or not t.isascii() or "." in t:
                continue  # ``(Ảnh: internet)``; a Vietnamese word is a description; a domain is a web portal
            f.add(s0 + it.start(), s0 + it.end(), "ORG", 0)
    _english_outlets(text, r, f)
    _source_agencies(text, r, f)
    for m in r.credit_re.finditer(text):
        if m.group("pname"):
            f.add(m.start("pname"), m.end("pname"), "PER", 2)
            continue
        if m.group("initials"):
            f.add(m.start("initials"), m.end("initials"), "PER", 2)
            continue
        s0, e0 = m.span("names")
        for it in r.item_re.finditer(text, s0, e0):
            t = it.group(0)
            if t.split()[0] in r.credit_not_people:
                continue  # ``Ảnh: Internet``: no one named
            if t.isascii() and any(w in r.outlet_words_en for w in t.split()):
                syls = _cut_breakers(text, _syllables(text, it.start(), it.end()), r)
                if syls:  # ``Ảnh: Sky Sports``: an outlet, no person; up to a clause opener (``Sau đó``)
                    f.add(it.start(), syls[-1][1], "ORG", 0)
                continue
            if " " not in t and len(t) >= 3 and text[max(0, it.start() - 2):it.start()].rstrip()[-1:] == "/":
                end = it.end() + (1 if text[it.end():it.end() + 1] == "+" else 0)
                f.add(it.start(), end, "ORG", 0)  # ``Tên Người/Outlet``: the outlet after the slash
                continue
            if " " not in t and foreign_word(t) and t not in r.surnames and not _DOT_LETTER.match(text[it.end():it.end() + 2]):
                end = _agency_tail(text, it.end(), r) if t.isupper() else it.end()
                f.add(it.start(), end, "ORG", 0)  # ``Ảnh: Getty``: one foreign word credits an agency or a site
                continue
            fp = _foreign_prefix(text, it.start(), it.end(), r)
            if fp:  # ``Ảnh: Reuters Việc bà X ...``: the agency, then the next sentence
                f.add(it.start(), fp[0], fp[1], 0 if fp[1] == "ORG" else 2)
                continue
            if " " not in t and not t.isupper() and _followed_by_lower(text, it.end()):
                lm = _LOWER_WORD.match(text, it.end())
                if lm and _line_ends(text, lm.end()):
                    f.add(it.start(), lm.end(), "PER", 2)  # ``Ảnh: Thu vui``: a name typed in lowercase
                continue  # ``Ảnh: Cư dân cung cấp``: a common noun, no name
            if not t.isupper():
                syls = _cut_breakers(text, _syllables(text, it.start(), it.end()), r)
                if len(syls) >= 3 and _followed_by_lower(text, syls[-1][1]):
                    syls = syls[:-1]  # the caption's next sentence glued on: ``Ảnh: Thanh Lê Góp ý``
                if not syls:
                    continue
                t = text[it.start():syls[-1][1]]
                f.add(it.start(), syls[-1][1], "PER", 2) if t not in r.outlets and t not in r.not_names else None
                continue
            if t in r.outlets or t in r.not_names:
                f.add(it.start(), it.end(), "ORG", 0) if t in r.outlets else None
                continue
            words = t.split()
            if t.isupper() and len(words) >= 2 and all(foreign_word(w) for w in words) \
                    and (ta := _TITLE_AFTER.match(text, it.end())) and foreign_word(ta.group("w")):
                # ``Ảnh: FLEETMON`` + ``USS Fitzgerald là ...``: a credit in foreign capitals is a company; its last
                # word opens the caption's next sentence with the foreign name after it (not ``BANGKOK POST`` + ``Xả
                # súng ...``: a Vietnamese word after it)
                f.add(it.start(), it.end() - len(words[-1]) - 1, "ORG", 0)
                continue
            if t.isupper() and " " not in t:
                if len(t) >= 3:  # ``Ảnh: TTXVN``; two letters are initials, not an agency
                    f.add(it.start(), _agency_tail(text, it.end(), r), "ORG", 0)
            else:
                f.add(it.start(), it.end(), "PER", 2)



_LOWER_WORD = regex.compile(r"[ \u00a0]\p{Ll}[\p{Ll}\p{M}]*+")
#: a word in title case right after (``USS`` + `` Fitzgerald``)
_TITLE_AFTER = regex.compile(r"[ \u00a0](?P<w>\p{Lu}[\p{Ll}\p{M}]++)(?![\p{L}\p{M}\p{N}])")


def _line_ends(text: str, pos: int) -> bool:
    """Only spaces and an optional stop or closing bracket until the end of the line."""
    rest = text[pos:pos + 4].split("\n", 1)[0] if pos < len(text) else ""
    return pos >= len(text) or text[pos] == "\n" or rest.strip(" .)\u00a0") == "" and (
        "\n" in text[pos:pos + 4] or pos + len(rest) >= len(text))


def _followed_by_lower(text: str, pos: int) -> bool:
    return pos + 1 < len(text) and text[pos] in " \u00a0" and text[pos + 1].islower()




#: Latin words in title case after an agency's acronym (``NBC Olympics``, ``CNN Travel``)
_TITLE_WORDS = regex.compile(r"(?:[ \u00a0][A-Z][a-z]++)++")
#: where a credit ends: a stop, a bracket, a comma, the line's end
_CREDIT_END = regex.compile(r"[ \u00a0]*+(?:[.,;)\]]|\n|$)")


#: a capital initial
_INITIAL = regex.compile(r"[A-Z]\.?+")


def _credit_word(w: str, r: _Rules) -> bool:
    """A word of a foreign agency's, outlet's or person's name: Latin letters no Vietnamese syllable
    spells, an outlet word (``News``, ``Images``) or an initial (``J``, ``J.``)."""
    from .foreign import foreign_word

    return foreign_word(w) or w in r.outlet_words_en or bool(_INITIAL.fullmatch(w))


def _agency_tail(text: str, end: int, r: _Rules) -> int:
    """An acronym credited goes on with the Latin words of its name when the credit ends after them
    (``Ảnh: NBC Olympics.``, ``(Ảnh: CNN Travel)``); not into the next sentence (``Ảnh: AFP Nhiều ...``)."""
    m = _TITLE_WORDS.match(text, end)
    if not m or not all(_credit_word(w, r) for w in m.group().split()) or not _CREDIT_END.match(text, m.end()):
        return end
    return m.end()


def _foreign_prefix(text: str, s: int, e: int, r: _Rules) -> tuple[int, str] | None:
    """A credit in Latin letters glued to the next sentence (``Ảnh: Reuters Chính quyền ...``, ``Ảnh: Getty
    Images Cuộc họp ...``): ``(end, label)`` of the Latin words before the first word with Vietnamese
    letters or a clause's first word (``Trong``, ``Theo``); an agency or an outlet (one word, or an outlet word among them) is an ORG, a foreign person's
    name a PER.  None when there is no such word, or when it is a family name (``Ảnh: Wendy Nguyễn``: one
    person named in two scripts): the other rules read those."""
    from .foreign import foreign_word

    words = [(s + m.start(), s + m.end()) for m in _WORD.finditer(text[s:e])]
    first = text[words[0][0]:words[0][1]]
    if len(words) < 2 or not foreign_word(first) or first in r.surnames or first in r.credit_not_people:
        return None
    k = 1
    while k < len(words) and text[words[k][0]:words[k][1]].isascii() \
            and text[words[k][0]:words[k][1]] not in r.break_always and text[words[k][0]:words[k][1]] not in r.lead_words:
        k += 1  # ``Aly Song``: a Latin word that spells a Vietnamese syllable is still the name's (not ``Trong``)
    if k == len(words) or text[words[k][0]:words[k][1]] in r.surnames:
        return None
    taken = [text[a:b] for a, b in words[:k]]
    label = "ORG" if k == 1 or any(w in r.outlet_words_en for w in taken) else "PER"
    return words[k - 1][1], label


#: ``Nguồn: AFP``, ``(Nguồn: Reuters)``: a source credited in Latin letters
_SOURCE = regex.compile(r"(?<![\p{L}\p{M}])(?:Nguồn|nguồn)[ \t]*+:[ \t]*+(?P<a>[A-Z][A-Za-z]*+(?:[ \u00a0][A-Z][A-Za-z.]*+){0,3}+)")


#: a space, then a capital; spaces, then a slash
_SPACE_CAPITAL = regex.compile(r"[ \u00a0]\p{Lu}")
_SLASH_NEXT = regex.compile(r"[ \u00a0]*+/")


def _source_agencies(text: str, r: _Rules, f: _Found) -> None:
    """``Nguồn: AFP``, ``(Nguồn: Reuters)``, ``Nguồn: NBC Olympics``: an agency or an outlet (ORG), its Latin
    words up to the credit's end or the next sentence's first Vietnamese word; never a person (``Nguồn:
    UBND tỉnh`` goes on in lowercase: a body, read by the body rules)."""
    from .foreign import foreign_word

    for m in _SOURCE.finditer(text):
        s = m.start("a")
        words = [(s + w.start(), s + w.end()) for w in _WORD.finditer(m.group("a"))]
        first = text[words[0][0]:words[0][1]].rstrip(".")
        if first in r.credit_not_people or not (foreign_word(first) or first.isupper() and len(first) >= 3):
            continue
        k = 1
        while k < len(words) and _credit_word(text[words[k][0]:words[k][1]].rstrip("."), r):
            k += 1
        end = words[k - 1][1]
        if text[end - 1] == ".":
            end -= 1
        after = text[end:end + 3]
        if _CREDIT_END.match(text, end) or _SPACE_CAPITAL.match(after) or _SLASH_NEXT.match(after):
            f.add(s, end, "ORG", 0)

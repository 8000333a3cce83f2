"""Given names that begin with a kin word or spell a city, read from the article's own full names.

Two kinds of given name look like something else:

* **a given name that begins with ``Anh``** (``Anh Khoa``, ``Anh Tuấn``): ``anh`` is also the kin word
  (brother) before a name.  The kin word is written in lowercase inside a sentence (``anh Khoa``); a
  capital ``Anh`` inside a sentence before a Vietnamese given name is the name's first syllable
  (``cú chuồi bóng vào Anh Khoa``), unless the words before make it the country (``nước``, ``tiếng``,
  ``tại`` + ``Anh``), the word after makes it the language (``Anh Văn``), or the article also writes
  the kin word in lowercase before the same name (``anh Sâm``: its writer capitalises the kin word).  At a sentence's start the capital says nothing; there ``Anh X`` is one name when
  the article writes it as the end of a full name (``Nguyễn Anh Khoa`` ... ``Anh Khoa cho biết``).
* **a given name that spells a city** (``Vinh``, ``Huế``): when the article names a person whose full
  name ends with it (``Trần Vinh``), the word standing alone before a verb a person does (``Vinh liền
  bảo``, ``Vinh khai``) is the person, not the city; with the word before it when the full name ends
  with both (``Lê Công Vinh`` ... ``Công Vinh chia sẻ``).

Vocabulary: ``patterns/entities.yaml`` ``given_names_read_from_full_names``.
"""

from __future__ import annotations

import bisect

import regex

from ...patterndata import entries
from ...rx import compiled
from .foreign import foreign_word
from .names import _Found, drop_inside, occurrences
from .rules import _NA, _NB, _SP, _Rules, _alt


class _Given:
    def __init__(self) -> None:
        e = entries("entities")["given_names_read_from_full_names"]
        #: a capital ``Anh`` and one capitalised syllable, not followed by another (``Anh Tuấn Kiệt`` is read
        #: by the family-name rules when a family name comes first)
        self.anh = regex.compile(_NB + r"Anh" + _SP + r"(?P<g>\p{Lu}[\p{Ll}\p{M}]*+)" + _NA + r"(?!" + _SP + r"\p{Lu})")
        self.country_before = regex.compile(_NB + r"(?:" + _alt(e["country_before_anh"]) + r")" + _SP + r"$")
        self.languages = set(e["language_after_anh"])
        self.person_verbs = regex.compile(_SP + r"(?:" + _alt(e["person_verbs"]) + r")" + _NA)
        #: a word that makes the bare name a place again (``sang Đức``, ``tại Vinh``, ``người Đức``)
        self.place_before = regex.compile(_NB + r"(?:" + _alt(list(e["country_before_anh"]) + list(e["place_before_given"]))
                                          + r")" + _SP + r"$")
        #: after a bare given name: a person's verb or one of ``after_bare_given``, or a closing mark
        self.after_given = regex.compile(_SP + r"(?:" + _alt(list(e["person_verbs"]) + list(e["after_bare_given"])) + r")" + _NA
                                         + r"|[ \u00a0]*+[,;:.!?)\]\"“”'‘’(\u2026]|[ \u00a0]*+$")
        weak = set(e["after_bare_given_weak"])
        #: after a bare given name: a word that shows a person (not one that only joins two names)
        self.after_given_strong = regex.compile(_SP + r"(?:" + _alt([w for w in list(e["person_verbs"]) + list(e["after_bare_given"])
                                                                    if w not in weak]) + r")" + _NA)
        self.not_given = set(e["not_bare_given"]) | set(entries("entities")["surnames"]["year_branches"])
        self.kin = {w.lower() for w in entries("entities")["person_cues"]["words"]}
        self.truong_fields = set(e["truong_fields"])
        self.truong_company = regex.compile(_NB + r"(?:" + _alt(e["truong_company_before"]) + r")" + _SP + r"$")


_G: list[_Given] = []


def _g() -> _Given:
    if not _G:
        _G.append(_Given())
    return _G[0]


#: a sentence's start before a word: a stop, a colon, a quote, a bracket, a line's start, or two spaces (a
#: caption's end: ``Ảnh: Sao Mai  Anh Đầy, chủ cơ sở ...``)
_SENTENCE_START = regex.compile(r"(?:^|[.!?:;…\"“”(\n\-–]|[ \t\u00a0]{2})[ \t\u00a0]*+$")


#: a foreign name and a comma before ``Anh``: a place and its country (``Lâu đài Warwick, Anh``)
_FOREIGN_PLACE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?P<w>[A-Z][a-z]++),[ \u00a0]$")


def _full_name_ends(text: str, name: str, r: _Rules) -> bool:
    """The article writes ``name`` as the end of a full name: a family name, maybe a middle name, then it."""
    for m in compiled(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*+)(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*+)?[ \u00a0]"
                                 + regex.escape(name) + _NA).finditer(text):
        if m.group(1) in r.surnames:
            return True
    return False


def anh_given_names(text: str, r: _Rules, f: _Found) -> None:
    """``vào Anh Khoa``, ``Nguyễn Anh Khoa`` ... ``Anh Khoa nói``: ``Anh`` is the given name's first syllable."""
    g = _g()
    seen: dict[str, bool] = {}
    found: list[tuple[int, int]] = []
    for m in g.anh.finditer(text):
        given = m.group("g")
        name = m.group()
        if given in r.break_always or given in r.lead_words or given in g.languages or given in r.quantifiers or foreign_word(given) \
                or name in r.places or given in r.places or name in r.not_names:
            continue  # ``Anh Theo``, ``Anh William``, ``Anh Quốc``: the country, then something else
        s = m.start()
        if _prev_capital(text, s):
            continue  # ``Đỗ Anh Dũng``: the family-name rules read the whole name
        fp = _FOREIGN_PLACE_BEFORE.search(text, max(0, s - 24), s)
        if g.country_before.search(text, max(0, s - 16), s) or fp and foreign_word(fp.group("w")):
            continue  # ``nước Anh``, ``tại Anh``, ``Lâu đài Dover, Anh``: the country
        if name not in seen:  # each name's evidence is read from the article once
            seen[name] = _full_name_ends(text, name, r)
        full = seen[name]
        if _SENTENCE_START.search(text, max(0, s - 4), s) and not full:
            continue  # ``Anh Khoa cho biết`` opening a sentence: the kin word, unless the article names him so
        if not full and compiled(r"(?<![\p{L}\p{M}])anh" + _SP + regex.escape(given) + _NA).search(text):
            continue  # the article calls him ``anh Sâm`` too: its capital ``Anh Sâm`` is the kin word
        found.append((s, m.end()))
    f.items = drop_inside(f.items, found, ("PER",))
    for s, e in found:
        f.add(s, e, "PER", 2)


#: a capitalised word (not inside another word) right before the end
_CAP_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*+(?=[ \u00a0]$)")


def _prev_capital(text: str, s: int) -> bool:
    """A capitalised word right before, not a foreign one: ``Juan`` + ``Anh Tú`` (a sign-off, then a Vietnamese
    signature) are two names, for no Vietnamese name goes on from a foreign word."""
    m = _CAP_WORD_BEFORE.search(text[max(0, s - 16):s])
    return bool(m) and not foreign_word(m.group())


#: a capitalised word and a space at the end
_CAPITAL_BEFORE = regex.compile(r"(\p{Lu}[\p{Ll}\p{M}]*+)[ \u00a0]$")


def given_names_spelling_places(text: str, r: _Rules, f: _Found) -> None:
    """``Trần Vinh`` ... ``Vinh liền bảo``: a bare city that the article's full name of a person ends with,
    before a verb a person does, is that person."""
    g = _g()
    given: set[str] = set()
    pairs: set[str] = set()  # ``Công Vinh`` of ``Lê Công Vinh``: the name a person is called by
    for s, e, label, _ in f.items:
        words = text[s:e].split()
        if label == "PER" and 2 <= len(words) <= 4 and words[0] in r.surnames and words[-1] in r.bare_places \
                and not any(" ".join(words[:k]) in r.places for k in range(2, len(words))):  # ``Thái Bình Dương Mỹ``
            given.add(words[-1])
            if len(words) >= 3:
                pairs.add(" ".join(words[-2:]))
    if not given:
        return
    hits = [it for it in f.items if it[2] == "LOC" and text[it[0]:it[1]] in given and g.person_verbs.match(text, it[1])]
    if not hits:
        return
    # one name, one sense in an article: once the bare word is the person before a person's verb, its other
    # bare mentions are the person too (``Quyền, Đức, Toản``, ``cùng Đức đi``), unless a word of place comes
    # before (``sang Đức``) or a capitalised word (another name, ``Minh Đức``, ``Tây Đức``)
    people = {text[it[0]:it[1]] for it in hits if not _prev_capital(text, it[0])}
    hits += [it for it in f.items if it[2] == "LOC" and it not in hits and text[it[0]:it[1]] in people
             and not g.place_before.search(text, max(0, it[0] - 16), it[0]) and not _prev_capital(text, it[0])]
    gone = set(hits)
    f.items = [it for it in f.items if it not in gone]
    for s, e, _, _ in hits:
        before = _CAPITAL_BEFORE.search(text[max(0, s - 12):s])
        if before and f"{before.group(1)} {text[s:e]}" in pairs:
            s -= len(before.group())  # ``Công Vinh chia sẻ``: the two words he is called by
        f.add(s, e, "PER", 2)


#: a bare ``Trường`` and one capitalised syllable, then nothing or ``và`` and another capitalised name
_TRUONG = regex.compile(r"Trường[ \u00a0](?P<g>\p{Lu}[\p{Ll}\p{M}]*+)(?![\p{L}\p{M}\p{N}])"
                        r"(?:[ \u00a0]và[ \u00a0](?P<other>\p{Lu}[\p{Ll}\p{M}]*+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]*+){0,3}+))?+")


def truong_given_names(text: str, r: _Rules, f: _Found) -> None:
    """``Trường Giang``, ``Trường Sa``: a bare ``Trường`` (school) and one capitalised syllable is no school.

    Schools after a bare ``Trường`` are named after a person (``Trường Lê Quý Đôn``, two syllables or more)
    or their field (``Trường Luật``); one syllable that is neither is a given name with ``Trường`` as its
    first syllable (``Trường Giang``) or a place (``Trường Sa``, ``Trường Sơn``).  The school's reading is
    dropped, so a person's (a credit, a cue) or a place's reading of the same words is kept; two names joined
    by ``và`` (``Trường Giang và Diễm My``) are two people.
    """
    g = _g()
    gone = set()
    people = []
    for it in f.items:
        s, e, label, _ = it
        if label != "ORG" or not text.startswith("Trường", s):
            continue
        m = _TRUONG.match(text, s)
        if not m or m.end() != e or m.group("g") in g.truong_fields or foreign_word(m.group("g")) \
                or m.group("g") in r.lead_words or m.group("g").lower() in r.level_words:
            continue
        if m.group("other") and (m.group("other").split()[0] in r.inst_first or " " not in m.group("other")):
            continue  # ``Trường Y và Trường Dược``; ``Trường Giang và Nam``: no second person's full name
        if g.truong_company.search(text, max(0, s - 16), s):
            continue  # ``tập đoàn Trường Hải``: a company
        gone.add(it)
        if m.group("other"):
            people += [(s, m.end("g")), m.span("other")]
    if not gone:
        return
    f.items = [it for it in f.items if it not in gone]
    for s, e in people:
        f.add(s, e, "PER", 2)


#: a dash or an en dash before (with its spaces): the word ends a pair (``Bắc - Nam``, ``Hà Nội - Vinh``)
_DASH_BEFORE = regex.compile(r"[-–—][ \u00a0]*+$")
#: a title-case Vietnamese syllable
_TITLE_SYL = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]++")


def bare_given_names(text: str, kept: list[tuple[int, int, str]], r: _Rules, f: _Found) -> None:
    """``Trần Văn Lâm`` ... ``Lâm khai``, ``bị cáo Lâm``, ``vụ Lâm “mặt sắt”``: the given name of a person the
    article names in full (a family name first), standing alone, is that person.

    The bare word is read as the person only where nothing else can take it: no capitalised word right before
    (``Minh Lâm``) or after it (``Lâm Đồng``), no dash before (``Bắc - Nam``), no word of place before (``về
    Lâm``, ``miền Nam``), and after it a closing mark (``Lâm,``, ``Lâm “mặt sắt”``, ``Lâm (áo trắng)``) or a word a
    person's name goes on with (``Lâm đã``, ``Lâm thuê``, ``Lâm và``); so a sentence that opens with a word of
    the language spelled like the name (``Tâm lý``, ``Bình thường``) is not read.  The article must also show
    the word is a person's name once: a person's word after a bare occurrence (``Lâm thuê``, not ``Lâm và``), a
    nickname in quotes after it (``Lâm “mặt sắt”``), a kin word or a party to a case before it (``bị cáo Lâm``),
    the word found alone after a cue (``ông Lâm``), or the full name found after a cue.  A name that is a place, a foreign word, a kin word (``Anh``), a word of belief or
    the calendar (``Phật``, ``Thân``), or a word the article uses inside an organisation or a place is left alone.
    """
    g = _g()
    inside_other = {w for s, e, label in kept if label != "PER" for w in text[s:e].split()}
    strong = {(s, e) for s, e, label, prio in f.items if label == "PER" and prio <= 2}
    given: set[str] = set()
    shown: set[str] = set()
    for s, e, label in kept:
        if label != "PER":
            continue
        words = text[s:e].split()
        if len(words) == 1 and (s, e) in strong:
            shown.add(words[0])  # ``ông Lâm``
        if not 2 <= len(words) <= 4 or words[0] not in r.surnames \
                or not all(_TITLE_SYL.fullmatch(w) or len(w) == 1 and w.isupper() for w in words):
            continue
        w = words[-1]
        if len(w) < 2 or w in r.places or w in inside_other or w in r.break_always or w in r.lead_words \
                or w in r.not_names or w in g.not_given or w.lower() in g.kin or foreign_word(w):
            continue
        given.add(w)
        if (s, e) in strong:
            shown.add(w)
    initials = {m.group("tail") for s, e, label in kept if label == "PER"
                for m in [_INITIALS.fullmatch(text, s, e)] if m}
    if not given and not initials:
        return
    spans = sorted((s, e) for s, e, _ in kept)
    starts = [s for s, _ in spans]

    def free(s: int, e: int) -> bool:  # no entity already found inside or across
        i = bisect.bisect_right(starts, s)
        return not (i > 0 and spans[i - 1][1] > s or i < len(spans) and spans[i][0] < e)

    # ``chị Ng.T.A`` ... ``Nam và T.A``: the last initials of a person's dotted initials stand for her
    for s, e in _occurrences(text, initials, _INIT_START, _INIT_END):
        if free(s, e):
            f.add(s, e, "PER", 4)
    found = []
    for s, e in _occurrences(text, given, _GIVEN_START, _GIVEN_END):
        if not free(s, e):
            continue
        if _prev_capital(text, s) or _DASH_BEFORE.search(text, max(0, s - 4), s) \
                or g.place_before.search(text, max(0, s - 16), s):
            continue
        if not g.after_given.match(text, e):
            continue
        if g.after_given_strong.match(text, e) or _NICKNAME.match(text, e) \
                or r.kin_before_re.search(text, max(0, s - 12), s):  # ``bị cáo Lâm``
            shown.add(text[s:e])
        found.append((s, e, text[s:e]))
    for s, e, w in found:
        if w in shown:
            f.add(s, e, "PER", 4)


#: where a bare given name may start and end: no word character (nor a dash or a dot: ``Ng.T.A``) before, no word
#: character, dash or capitalised word after (``Lâm Đồng``)
_GIVEN_START = regex.compile(r"(?<![\p{L}\p{M}\p{N}\-.])")
_GIVEN_END = regex.compile(r"(?![\p{L}\p{M}\p{N}\-]|[ \u00a0]\p{Lu})")
#: ... and the last initials of dotted initials: no word character or dot before, no more initials after
_INIT_START = regex.compile(r"(?<![\p{L}\p{M}\p{N}.])")
_INIT_END = regex.compile(r"(?![\p{L}\p{M}\p{N}]|\.\p{L})")


def _occurrences(text: str, words: set[str], start: regex.Pattern, end: regex.Pattern) -> list[tuple[int, int]]:
    """Each occurrence of one of ``words`` between the two boundary tests, in text order
    (:func:`names.occurrences`: no alternation compiled per article)."""
    return sorted(span for w in words for span in occurrences(text, w, start, end))


#: a person's dotted initials, a family name's first letters and two initials or more (``Ng.T.A``, ``Ng. T. A``)
_INITIALS = regex.compile(r"\p{Lu}\p{Ll}?+\.[ \u00a0]?+(?P<tail>\p{Lu}\.[ \u00a0]?+\p{Lu}(?:\.[ \u00a0]?+\p{Lu})?+)")


#: a nickname in quotes after a given name: ``“mặt sắt”``, ``'ngố'`` (lowercase words, at most four)
_NICKNAME = regex.compile(r"[ \u00a0]*+[\"“'‘][\p{Ll}\p{M}]++(?:[ \u00a0][\p{Ll}\p{M}]++){0,3}+[\"”'’]")

"""People: honorifics and posts before a name, family-name runs, photo credits and bylines."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ...gazetteers import units
from ...patterndata import entries
from ...rx import compiled
from .rules import _NB, _SP, _NA, _CAPRUN, _Rules, _alt
from .names import _NO_WORD_AT, _Found, _at, _name, whole_occurrences, _syllables, _next_is_lower, _gaz_prefix, _split_person, _NUMBER_AFTER, _LOWER_AFTER, _unit_split, _honorific, ends_place

#: after a post and one capitalised syllable, the clause goes on as a person's
#: (``Thứ trưởng Tuấn chỉ đạo``, ``theo Chủ tịch Hùng,``): a verb of speech or a pause
_SPEAKS_AFTER = regex.compile(
    r"[ \u00a0]*+[,;:!?”\"]|[ \u00a0]*+\.(?![\p{L}\p{N}])|[ \u00a0]++(?:cho[ \u00a0]biết|chỉ[ \u00a0]đạo|nói|phát[ \u00a0]biểu"
    r"|nhấn[ \u00a0]mạnh|khẳng[ \u00a0]định|yêu[ \u00a0]cầu|đề[ \u00a0]nghị|cho[ \u00a0]rằng|chia[ \u00a0]sẻ|kết[ \u00a0]luận"
    r"|lưu[ \u00a0]ý|trả[ \u00a0]lời|giải[ \u00a0]thích|thông[ \u00a0]tin|đánh[ \u00a0]giá|cho[ \u00a0]hay)(?![\p{L}\p{M}])")


#: a house number right before ``Bà``/``Ông``: the words are a street's name (``số 64, Bà Triệu``)
_HOUSE_NUMBER_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:[Ss]ố[ \u00a0]\d{1,4}+[A-Za-z]?+(?:/\d{1,4}+)?+,?+"
                                     r"|\d{1,3}+[A-Za-z]?+(?:/\d{1,4}+)?+,)[ \u00a0]$")


def _persons(text: str, r: _Rules, f: _Found, spans_at: dict[int, int]) -> None:
    for m in _at(r.cue_re, text, f.at.get("cue", ())):
        if r.type_before_re.search(text, max(0, m.start() - 12), m.start()):
            continue  # ``xã Bà Điểm``, ``phường Ông Lãnh``: the honorific is part of a place name
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False, cued=True)
        name = text[ns:end]
        if end <= ns or name in r.not_names:
            continue
        if (" " not in name or name in r.places) and r.generic_cue_re.search(text, max(0, m.start() - 6), m.start()):
            continue  # ``quý ông Việt``: Vietnamese gentlemen, a common noun and a nationality
        if _place_with_cue(text, m.start(), end, r):
            continue  # ``Anh Quốc``: the cue word is the first syllable of a place
        if m.group("cue") in ("Bà", "Ông") and _HOUSE_NUMBER_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            f.add(m.start(), end, "LOC", -2)  # ``số 18, Bà Huyện Thanh Quan``: an address, the street
            continue
        if name in r.places and not (" " not in name and m.group("cue").lower() in ("ông", "bà")):
            continue  # ``trẻ em Bangladesh``; but ``bà Nga``: the honorific outranks the country
        ns = _after_post_head(text, _syllables(text, ns, end), r, f)
        f.add(ns, end, "PER", -1)
        f.cue_starts.add(ns)
        f.cue_spans.append((m.start(), ns))
    for m in _at(r.named_re, text, f.at.get("cue", ())):  # ``người đàn ông tên`` + a name
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        if end > ns and text[ns:end] not in r.places:
            f.add(ns, end, "PER", -1)
    for m in _at(r.title_re, text, f.at.get("title", ())):
        pos = m.end()
        for _ in range(2):  # skip a body or a ministry field after the post
            if pos in spans_at:
                pos = spans_at[pos]
                if pos < len(text) and text[pos] in " \u00a0":
                    pos += 1
                continue
            fm = r.field_re.match(text, pos)
            if fm:
                pos = fm.end()
                continue
            break
        nm = r.name_at.match(text, pos)
        if not nm:
            continue
        end, _ = _name(text, nm.start(), nm.end(), r, split=False, cued=True)
        name = text[nm.start():end]
        ps = nm.start()
        if end > ps:
            ps = _after_post_head(text, _syllables(text, ps, end), r, f)
            name = text[ps:end]
        syls = name.split()
        if end > ps and name not in r.places and name not in r.not_names and len(syls) <= 5 \
                and (len(syls) >= 2 or pos != m.end() or _SPEAKS_AFTER.match(text, end)):
            f.add(ps, end, "PER", 2)


#: a word that places what follows (``tại``, ``ở``, ``nước``, ``miền Bắc``) and a space, at the end
_PLACING_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:tại|ở|nước|quốc gia|khắp|(?:miền|phía)[ \u00a0](?:Bắc|Nam|Đông|Tây))"
                                r"[ \u00a0]\Z")
#: how far back such a word can start: well past the longest (``phía Đông `` and its marks, even decomposed)
_PLACING_REACH = 40


def _placed_elsewhere(text: str, word: str) -> bool:
    """Somewhere in ``text``, ``word`` stands whole after a word that places it (``ở Syria``)."""
    n, i = len(word), text.find(word)
    while i >= 0:
        if _NO_WORD_AT.match(text, i + n) and _PLACING_BEFORE.search(text, max(0, i - _PLACING_REACH), i):
            return True
        i = text.find(word, i + 1)
    return False


def _after_post_head(text: str, syls: list[tuple[int, int]], r: _Rules, f: _Found) -> int:
    """Where the person's name starts in the run after a post or a cue: after the place or body
    whose post it is (``Tổng thống Pháp Emmanuel Macron``, ``Chủ tịch Hà Nội Nguyễn Văn A``,
    ``Thủ tướng Anh Theresa May``, ``Thủ tướng Chính Phủ Nguyễn Văn B``); the place is a LOC."""
    from .foreign import foreign_word

    n = len(syls)
    if n < 2:
        return syls[0][0] if syls else 0
    words = [text[a:b] for a, b in syls]
    g = _gaz_prefix(text, syls, r)
    if 0 < g < n:
        kind = r.places.get(" ".join(words[:g]))
        if kind == "country" or words[g] in r.surnames and 2 <= n - g <= 4:
            f.add(syls[0][0], syls[g - 1][1], "LOC", 1)
            return syls[g][0]
    if words[0].isascii() and len(words[0]) >= 4 and words[0] not in r.surnames and all(w.isascii() for w in words[1:3]) \
            and _placed_elsewhere(text, words[0]):
        f.add(syls[0][0], syls[0][1], "LOC", 1)  # ``Tổng thống Syria`` + a name, Syria a place elsewhere in the text
        return syls[1][0]
    if words[0] == "Anh" and n >= 3 and all(w.isascii() for w in words[1:3]) and any(foreign_word(w) for w in words[1:3]):
        f.add(syls[0][0], syls[0][1], "LOC", 1)  # ``Thủ tướng Anh`` + a foreign name: the United Kingdom
        return syls[1][0]
    if words[0] not in r.surnames:
        for k in range(1, n - 1):
            head = " ".join(words[:k])
            if words[k] in r.surnames and 2 <= n - k <= 4 and r.national_re.fullmatch(head[:1] + head[1:].lower()):
                return syls[k][0]  # ``Chính Phủ`` + a name: the body (in the wrong case), then the person
    return syls[0][0]


def _place_with_cue(text: str, cs: int, end: int, r: _Rules) -> bool:
    """The cue and the whole name make a gazetteer place (``Anh Quốc``), not a cue and a person."""
    return text[cs:end] in r.places


def _runs(text: str, r: _Rules, f: _Found) -> None:
    """Bare places and family-name-initial runs, over every capitalised run."""
    for m in r.capruns.finditer(text):
        syls = _syllables(text, m.start(), m.end())
        # split at always-breakers: each piece is a run of its own
        pieces: list[list[tuple[int, int]]] = [[]]
        for a, b in syls:
            if text[a:b] in r.break_always or text[a:b] in r.break_before_number and _NUMBER_AFTER.match(text, b) \
                    or text[a:b] in r.quantifiers and _LOWER_AFTER.match(text, b) \
                    and not ends_place(text, pieces[-1] + [(a, b)], r):
                pieces.append([])
            else:
                pieces[-1].append((a, b))
        for piece in pieces:
            if not piece:
                continue
            _run_piece(text, piece, r, f)


def _foreign(word: str) -> bool:
    from .foreign import foreign_word

    return foreign_word(word)


def _run_piece(text: str, syls: list[tuple[int, int]], r: _Rules, f: _Found) -> None:
    s, e = syls[0][0], syls[-1][1]
    name = text[s:e]
    n = len(syls)
    if n == 1 and _honorific(text, e, name, r):
        return  # ``Đức Phật``, ``Đức thánh Trần``: an honorific, no Germany
    if name in r.bare_places and not (n == 1 and name in r.break_before_lower and _next_is_lower(text, e, name, r)):
        f.add(s, e, "LOC", 1)
        return
    if n == 1 and name in r.break_before_lower and _next_is_lower(text, e, name, r):
        return  # ``Pháp chế``
    # a sentence-initial word before a place: ``Tại Thanh Hóa`` is caught by breakers,
    # others (``Năm nay``) are lowercase after; try dropping the first syllable.
    if n >= 2 and text[syls[1][0]:e] in r.bare_places and r.sent_start.search(text, max(0, s - 3), s):
        first, country = text[s:syls[0][1]], text[syls[1][0]:e]
        if n == 2 and " " not in country and r.places.get(country) == "country" and not _foreign(country) \
                and not _foreign(first) and first not in r.places and first not in r.nouns_before_country \
                and first not in r.lead_words and not r.kin_before_re.search(first.lower() + " "):
            f.add(s, e, "PER", 3)  # ``Phương Nga``, ``Minh Đức``: a given name ending like a country
            return
        if n == 2 and " " not in country and r.places.get(country) in ("city", "province") and first in r.surnames \
                and first not in r.places and first not in r.lead_words:
            f.add(s, e, "PER", 3)  # ``Trần Vinh (25 tuổi)``: a family name and a given name that spells a city
            return
        f.add(syls[1][0], e, "LOC", 1)
        return
    g = _gaz_prefix(text, syls, r)
    if 2 <= g < n and r.places.get(text[s:syls[g - 1][1]]) == "country" and text[syls[g][0]:syls[g][1]] not in r.surnames:
        f.add(s, syls[g - 1][1], "LOC", 1)  # ``Hà Lan Yorrit Faassen``: a country, then a foreign name
        rest = [text[a:b] for a, b in syls[g:]]
        if len(rest) >= 2 and rest[0].isascii():  # one word after a country is as often an agency (``Yonhap``)
            f.add(syls[g][0], e, "PER", 3)
        return
    if 0 < g < n and text[syls[g][0]:syls[g][1]] in r.surnames and n - g >= 2:
        f.add(s, syls[g - 1][1], "LOC", 1)
        f.add(syls[g][0], e, "PER", 3)
        return
    if n >= 2 and text[syls[0][0]:syls[0][1]] in r.lead_words and text[syls[1][0]:e] in r.bare_places:
        f.add(syls[1][0], e, "LOC", 1)  # ``Từ Hà Nội``: a preposition, then a place (not ``Trương Hòa Bình``)
        return
    if 3 <= g < n and text[s:syls[g - 1][1]] in r.bare_places:
        f.add(s, syls[g - 1][1], "LOC", 1)  # ``Thái Bình Dương Mỹ``: a long place first, not a person
        _run_piece(text, syls[g:], r, f)
        return
    first = text[syls[0][0]:syls[0][1]]
    if first == "La" and n >= 2 and _foreign(text[syls[1][0]:syls[1][1]]):
        return  # ``La Liga``, ``La Paz``: the Romance article, no Vietnamese family name
    k = _unit_split(text, syls, r) if n >= 4 and not g else 0
    if k:  # ``(huyện) Thạch Hà Trần Việt Hà``: the unit is read with its type word
        f.add(syls[k][0], e, "PER", 3)
        return
    if first in r.rare_surnames and 3 <= n <= 4 and not g and not (n == 3 and r.sent_start.search(text, max(0, s - 3), s)):
        f.add(s, e, "PER", 3)  # ``Hồng Kim Bảo``; not ``Hồng Lan Nhận ...`` opening a sentence (a verb last)
        return
    if first in r.surnames and 2 <= n <= 5:
        if name in r.not_names or f"{first} {text[syls[1][0]:syls[1][1]]}" in r.not_names:
            return
        f.add(s, e, "PER", 3)
        return
    # a place or a lead word followed by a family name: ``Vinh Phan Đức Đồng``
    k = _split_person(text, syls, r)
    if 0 < k < n:
        head = text[s:syls[k - 1][1]]
        if head in r.bare_places:
            f.add(s, syls[k - 1][1], "LOC", 1)
        f.add(syls[k][0], e, "PER", 3)


def _source_pairs(text: str, r: _Rules, f: _Found) -> None:
    """``Theo Phương Nhi/BaoChinhphu.vn``: a writer (a name in title case) or an outlet, then the outlet."""
    for m in r.source_pair_re.finditer(text):
        a = m.group("a").strip()
        words = a.split()
        person = 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in words) \
            and a not in r.outlets and not any(w in r.break_always for w in words)
        if any(c in a for c in "()-–:") or words[0] in ("Theo", "Nguồn"):
            continue  # two signatures or a nested credit: the byline rules read those
        if not person and (sum(w[:1].islower() for w in words) > 1 or not a[:1].isupper()):
            continue  # ``Duy Phan tổng hợp``: a note, not a name
        f.add(m.start("a"), m.start("a") + len(a), "PER" if person else "ORG", 2 if person else 0)
        f.add(m.start("b"), m.end("b"), "ORG", 0)
        by = m.group("by")
        if by and by not in r.places and by not in r.outlets and not any(w in r.break_always for w in by.split()):
            f.add(m.start("by"), m.end("by"), "PER", 2)  # ``Lan Anh Theo Báo X/Y``: the signature glued before the source


def _coordinated_people(text: str, r: _Rules, f: _Found) -> None:
    """``Thế Anh và Tuấn Vũ``: a name of two or three syllables joined to a person is a person."""
    pers = sorted({(s, e) for s, e, label, _ in f.items if label == "PER"})
    for _s, e in pers:
        m = r.coord_re.match(text, e)
        if not m or "và" not in text[e:m.start("name")]:
            continue  # only ``A và B``: a comma list after a person is as often places or things
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        name = text[ns:end]
        if end == ne and 2 <= len(name.split()) <= 3 and name not in r.places and name not in r.outlets \
                and name not in r.not_names and "district" not in units().get(name, ()):
            f.add(ns, end, "PER", 3)


#: a line (empty ones too)
_LINE = regex.compile(r"(?m)^[^\n]*+$")


def _bylines(text: str, r: _Rules, f: _Found, authors: Iterable[str]) -> None:
    lines = [m for m in _LINE.finditer(text) if m.group(0).strip()]
    n = len(lines)
    for i, lm in enumerate(lines):
        if 0 < i <= 4 or i >= n - 10:
            m = r.byline_re.match(text, lm.start())
            if not m or m.end() > lm.end():
                continue
            name = m.group("n")
            title = name.title()
            words = title.split()
            if name in r.places or title in r.places or name in r.outlets or name in r.not_names:
                continue
            if any(w in r.break_always or w in r.break_before_lower for w in words):
                continue
            if name.isupper() and not (i >= n - 10 or i <= 2):
                continue
            f.add(m.start("n"), m.end("n"), "PER", 2)
    # a byline glued to the end of a one-line body: ``… quy định. Trần Thủy``
    if lines:
        last = lines[-1]
        m = r.tail_name_re.search(text, last.start(), last.end())
        if m and m.group("n") not in r.outlets:
            words = m.group("n").title().split()
            if not any(w in r.break_always for w in words):
                # a signature that spells a place (``… hơn. Tây Nguyên``, ``Hà Giang``) is still the writer's
                f.add(m.start("n"), m.end("n"), "PER", -5 if m.group("n") in r.places else 2)
                if m.group("n2"):  # two signatures: ``Diệu Linh - Mai Anh``
                    f.add(m.start("n2"), m.end("n2"), "PER", 2)
    for a in authors:
        a = a.strip()
        if len(a) < 3 or a.split()[0] in ("Theo", "Nguồn"):
            continue  # ``Theo <Outlet>``: a source line, not a person (the outlet rule reads it)
        for s, e in whole_occurrences(text, a):
            f.add(s, e, "PER", 2)



def _glued_authors(text: str, f: _Found, authors: list[str]) -> None:
    """Two bylines the metadata stage split (``Hải Vân``, ``Phong Thu`` signed as
    ``Hải Vân Phong Thu``) are two people: nothing longer may swallow them."""
    for a, b in zip(authors, authors[1:]):
        for m in compiled(_NB + regex.escape(a) + _SP + regex.escape(b) + _NA).finditer(text):
            f.drop_over(m.start(), m.end())
            f.add(m.start(), m.start() + len(a), "PER", 2)
            f.add(m.end() - len(b), m.end(), "PER", 2)



class _NamedAfter:
    """``patterns/entities.yaml`` ``named_after_people_not_people``, compiled."""

    def __init__(self) -> None:
        e = entries("entities")["named_after_people_not_people"]
        school = r"(?:" + _alt(e["school_words"]) + _SP + r")"
        self.school_re = regex.compile(
            _NB + r"(?:" + school + r"?+(?:" + _alt(e["school_levels"]) + r")|" + school + r"(?:"
            + _alt(e["levels_after_school_word"]) + r")|trường)" + r"(?:" + _SP + r"chuyên)?+" + _SP
            + r"(?P<name>" + _CAPRUN + r")")
        self.compound_before = regex.compile(_NB + r"(?:" + _alt(e["compounds_with_truong"]) + r")" + _SP + r"$")
        self.street_re = regex.compile(_NB + r"(?:" + _alt(e["street_heads"]) + r")" + _SP + r"(?:\d++[ \u00a0])?+\p{Lu}")
        self.things_before = regex.compile(_NB + r"(?:" + _alt(e["things_before"]) + r")" + _SP + r"$")


_NAMED_AFTER: list[_NamedAfter] = []


def _named_after() -> _NamedAfter:
    if not _NAMED_AFTER:
        _NAMED_AFTER.append(_NamedAfter())
    return _NAMED_AFTER[0]


def schools_named_after_people(text: str, r: _Rules, f: _Found) -> None:
    """``Trường THPT Nguyễn Du``, ``THPT Kim Liên``, ``trường Lê Hồng Phong``: the school, one ORG."""
    na = _named_after()
    for m in na.school_re.finditer(text):
        if m.group()[:6].lower() == "trường" and na.compound_before.search(text, max(0, m.start() - 8), m.start()):
            continue  # ``thị trường Thái Lan``: the market, no school
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        syls = _syllables(text, ns, end)
        if not syls or len(syls) > 5:
            continue
        if m.group().startswith("trường" + text[ns - 1]) and (text[syls[0][0]:syls[0][1]] not in r.surnames or len(syls) < 2
                                                             or text[ns:end] in r.places):
            continue  # bare ``trường`` + a name: only a person's name (``trường Lê Lợi``), not ``trường Đại học``
        f.add(m.start(), end, "ORG", 0)


_CROSSING = regex.compile(r"[ \u00a0]*+[-–][ \u00a0]*+(?P<name>" + _CAPRUN + r")")


def streets_in_lists(text: str, r: _Rules, f: _Found) -> None:
    """``đường A và B``, ``các đường A, B, C``: each name after a street is a street (LOC), not a person."""
    street = _named_after().street_re
    for s, e, label, _ in sorted(f.items):
        if label != "LOC" or not street.match(text, s):
            continue
        pos = e
        crossing = text[s:s + 3] in ("ngã", "nút")  # ``ngã tư A - B``, ``nút giao A - B``: two streets cross
        for _ in range(8):
            m = r.coord_re.match(text, pos) or (_CROSSING.match(text, pos) if crossing else None)
            if not m:
                break
            ns, ne = m.span("name")
            end, _ = _name(text, ns, ne, r, split=False)
            if end <= ns or " " not in text[ns:end]:
                break  # one syllable after a comma is as often the next clause (``, Thứ trưởng``)
            f.add(ns, end, "LOC", -2)
            if end < ne:
                break
            pos = end


def last_person_checks(text: str, f: _Found) -> None:
    """The checks that need every candidate: names of things, then names after cues."""
    routes(text, f)
    things = _named_after().things_before
    f.items = [it for it in f.items
               if not (it[2] == "PER" and it[3] == 3 and things.search(text, max(0, it[0] - 20), it[0]))]
    cued_persons_win(f)


def cued_persons_win(f: _Found) -> None:
    """A name of two or more words read after a person cue is a person: an organisation or a place
    guessed from the same words and the lowercase words after them goes (``danh hài Trường Giang
    khéo léo``: no school ``Trường Giang khéo``; but ``nghệ sĩ Nhà hát Kịch`` keeps the theatre)."""
    if not f.cue_starts:
        return
    text = f.text
    ends: dict[int, int] = {}
    for s, e, label, prio in f.items:
        if label == "PER" and prio == -1 and s in f.cue_starts and " " in text[s:e]:
            ends[s] = max(ends.get(s, s), e)

    def beaten(it: tuple[int, int, str, int]) -> bool:
        s, e = it[0], it[1]
        return it[2] != "PER" and s in ends and e > ends[s] and text[ends[s]:e].strip() != "" \
            and text[ends[s]:e].islower()

    if ends:
        f.items = [it for it in f.items if not beaten(it)]
    # a place or body read from the cue word on into the name (``Cầu thủ`` + a name is no bridge)
    into = {cs: ns for cs, ns in f.cue_spans if ns in f.cue_starts}
    f.items = [it for it in f.items if it[2] == "PER" or it[0] not in into or it[1] <= into[it[0]]]


#: four or more capitalised names joined by dashes: a route of streets (``A - B - C - D``), not signatures
_ROUTE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]*+){0,4}+"
                       r"(?:[ \u00a0]*+[-–][ \u00a0]*+\p{Lu}[\p{L}\p{M}]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]*+){0,4}+){3,}+")


def routes(text: str, f: _Found) -> None:
    """``Tràng Tiền - Lê Thánh Tông - Lý Thái Tổ - Hàng Khay``: the names on a route are streets (LOC)."""
    if text.count("-") + text.count("–") < 3:
        return
    for m in _ROUTE.finditer(text):
        for s, e, label, prio in list(f.items):
            if label == "PER" and prio >= 2 and m.start() <= s and e <= m.end():
                f.add(s, e, "LOC", -2)

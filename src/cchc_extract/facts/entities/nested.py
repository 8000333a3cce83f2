"""Names that hold other names, read as one flat layer with the outermost span.

* A body named by two parties joined with a dash (``Hội hữu nghị Lào - Việt Nam``,
  ``Ủy ban liên Chính phủ Việt - Nga``) is one ORG, not a body, a dash and a place.
* A unit written right before the body it belongs to (``Đội Cảnh sát cơ động Công an
  huyện X``, ``Khoa Nhi Bệnh viện Y``) is one ORG with it.
* A Sino-Vietnamese name of a garden, three capitalised syllables ending in the word for a garden
  (``Bách Thú Viên``, ``Thảo Cầm Viên``), is a place, not a person cut out of it (``... Cầm Viên``).
* A hamlet's name ends in its number (``thôn Vĩnh Phú 2 được ...``) when the number
  closes the name, and a breaker word before that number is no end (``ấp Xoài Ban 2``).

The vocabulary is ``joined_and_nested_bodies`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .names import _Found
from .rules import _NA, _NB, _SP, _Rules, _alt

#: one word of a name between a body word and what it names (letters only)
_WORD = r"[\p{L}\p{M}]++"
_DASH = _SP + r"?+[-–]" + _SP + r"?+"
#: a capitalised word right before ``$`` of a window: the body word continues a name (``Hải Phòng``)
_CAP_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}]*+" + _SP + r"$")


class _Nested:
    def __init__(self, r: _Rules) -> None:
        d = entries("entities")["joined_and_nested_bodies"]
        parties = {n for n, k in r.places.items() if k in ("country", "region")} | set(d["parties"])
        party = r"(?:" + _alt(parties) + r")" + _NA
        #: two (or more) parties joined by dashes: ``Việt Nam - Lào``, ``Mỹ-ASEAN``
        self.pair = regex.compile(_NB + r"(?P<x>" + party + r")" + _DASH + r"(?P<y>" + party + r")(?:"
                                  + _DASH + party + r"){0,2}+")
        #: a body word and the words of its name, up to the end of the window
        self.dashed_head = regex.compile(_NB + r"(?P<head>" + _alt(d["dashed_heads"]) + r")(?P<w>(?:" + _SP
                                         + _WORD + r"){0,7})" + _SP + r"$")
        self.not_after = {h: set(ws) for h, ws in d["dashed_not_after"].items()}
        self.state = regex.compile(_SP + r"(?:" + _alt(d["state_words"]) + r")" + _SP
                                   + r"\p{Lu}[\p{Ll}\p{M}]*+(?:" + _SP + r"\p{Lu}[\p{Ll}\p{M}]*+)?+" + _NA)
        # (two words at most: a person's name may follow, ``Chủ tịch ... bang X Y <name>``)
        self.spelled_out = {a: {n.lower() for n in ns} for a, ns in d["spelled_out"].items()}
        self.breakers = set(d["unit_name_breakers"])
        self.unit = regex.compile(_NB + r"(?P<head>" + _alt(d["unit_heads"]) + r")" + _SP
                                  + r"(?P<w>\p{Lu}[\p{L}\p{M}]*+(?:" + _SP + r"(?:" + _WORD + r"|\d{1,3}+))"
                                  + r"{0,11})" + _SP + r"$")
        #: the same unit before a dash and its parent (``Phòng X - Công an tỉnh Y``)
        self.unit_dash = regex.compile(self.unit.pattern[:-len(_SP + r"$")] + r"[ \u00a0][-–][ \u00a0]$")
        self.parent = regex.compile(r"(?:" + _alt(d["parent_heads"]) + r")" + _NA)
        #: a parent after a dash: a body with its place or a ministry (``Công an tỉnh X``, ``Bộ Công an``)
        self.dash_parent = regex.compile(r"(?:" + _alt(d["dash_parent_heads"]) + r")" + _NA)
        self.links = set(d["unit_name_links"])
        self.lower_unit = regex.compile(_NB + r"(?P<head>" + _alt(d["lower_unit_heads"]) + r")(?P<w>(?:" + _SP
                                        + r"\p{Ll}[\p{Ll}\p{M}]*+){1,5}+)" + _SP + r"$")
        self.lower_parent = regex.compile(r"(?:" + _alt(set(d["parent_heads"]) | set(d["lower_unit_parents"])) + r")" + _NA)
        self.lower_not_first = regex.compile(_SP + r"(?:" + _alt(d["lower_unit_not_first"]) + r")" + _NA)
        self.counted = regex.compile(_SP + r"(?:" + _alt(d["counted_nouns"]) + r")" + _NA)
        self.hamlet = regex.compile(r"(?i:" + _alt(r.numbered_units - {"xã", "phường", "thị trấn"}) + r")" + _SP)
        #: the capitalised words after a hamlet's name cut short, then its number
        self.hamlet_tail = regex.compile(r"(?:" + _SP + r"\p{Lu}[\p{Ll}\p{M}]*+){0,2}+" + _SP
                                         + r"(?P<n>\d{1,2}+\p{Lu}?+)" + _NA + r"(?![.,]\d)")
        finals = _alt(d["garden_finals"])
        self.garden = regex.compile(_NB + r"(?P<a>\p{Lu}[\p{Ll}\p{M}]*+)" + _SP
                                    + r"\p{Lu}[\p{Ll}\p{M}]*+" + _SP + r"(?:" + finals + r")" + _NA)
        self.garden_not_first = set(d["garden_not_first"])
        self.garden_not_after = regex.compile(_NB + r"(?i:" + _alt(d["garden_not_after"]) + r")" + _SP + r"$")
        self.lower_word = regex.compile(_SP + r"(?P<w>\p{Ll}[\p{L}\p{M}]*+)")


def _inside_name(text: str, pos: int, r: _Rules) -> bool:
    """The body word at ``pos`` goes on from a capitalised word (``Phòng`` of ``Hải Phòng``), not one that
    opens the sentence or a clause (``Theo Hội đồng ...``)."""
    c = _CAP_BEFORE.search(text, max(0, pos - 20), pos)
    if not c:
        return False
    before = text[:c.start()].rstrip(" \u00a0")
    word = text[c.start():pos].strip()
    return bool(before) and before[-1] not in ".!?…:;\"“”(\n" and word not in r.clause_openers


@lru_cache(maxsize=1)
def _nested(r: _Rules) -> _Nested:
    return _Nested(r)


def _lower_tail(text: str, pos: int) -> bool:
    """A lowercase word follows ``pos`` across one space: a name read past its end (``... Mỹ hôm``)."""
    return text[pos:pos + 1] in (" ", "\u00a0") and text[pos + 1:pos + 2].islower()


#: one lowercase word, all that a candidate read past a name's end holds (``... Á - Âu giúp``)
_ONE_LOWER = regex.compile(_SP + r"\p{Ll}[\p{L}\p{M}]*+$")


def _replace(f: _Found, s: int, e: int, label: str, r: _Rules) -> None:
    """Add ``[s, e)``; drop the candidates that start inside it and run on past it into one lowercase word
    (``Hội ... - Cuba khóa``), or into ``và`` and another name (``... - Âu và Nga``: two names), but not into
    a level word and its place (``Hội ... Nhật - Việt tỉnh X`` is one body)."""
    text = f.text

    def read_past(it: tuple[int, int, str, int]) -> bool:
        if not (s <= it[0] < e < it[1] and _lower_tail(text, e)) or r.level_at.match(text, e + 1):
            return False
        return bool(_ONE_LOWER.match(text, e, it[1])) or text.startswith(("và ", "và\u00a0"), e + 1)

    f.items = [it for it in f.items if not read_past(it)]
    f.add(s, e, label, 0 if label == "ORG" else 1)


def dashed_bodies(text: str, r: _Rules, f: _Found) -> None:
    """``Hội đồng Kinh doanh Mỹ - ASEAN``: a body named by two parties joined with a dash, one ORG."""
    n = _nested(r)
    for m in n.pair.finditer(text):
        h = _dashed_head(text, m.start("x"), n, r)
        if h is None:
            continue
        words = h.group("w").split()
        if text[h.start():m.end("x")].lower() in n.spelled_out.get(m.group("y"), ()):
            continue  # ``Liên minh châu Âu - EU``: a name and its abbreviation, no second party
        if text[m.start("x"):m.end()] in r.places and not any(w[0].isupper() for w in words):
            continue  # ``Diễn đàn khu vực châu Á - Thái Bình Dương``: one region, described, not named
        if words and words[0] in n.not_after.get(h.group("head"), ()):
            continue  # ``Hội nghị``, ``Hội chợ``: a meeting, a fair
        end = m.end()
        if text[end:end + 1] in (" ", "\u00a0"):
            placed = [e for s, e, label, _ in f.items if s == end + 1 and label == "LOC" and r.level_at.match(text, s)]
            state = n.state.match(text, end)
            if placed:
                end = max(placed)  # ``Hội hữu nghị Nhật - Việt thành phố X``: the body of one city
            elif state:
                end = state.end()  # ``Ủy ban ... Ấn Độ - Việt Nam bang X``: of one state of a federation
        _replace(f, h.start(), end, "ORG", r)


def _dashed_head(text: str, xs: int, n: _Nested, r: _Rules) -> regex.Match[str] | None:
    """The body word that names the parties at ``xs``: the first in the window with no verb or function word
    between it and them (``Phòng Thương mại Hoa Kỳ và Hội đồng Kinh doanh ASEAN - Hoa Kỳ``: the second)."""
    for h in n.dashed_head.finditer(text, max(0, xs - 70), xs, overlapped=True):
        if _inside_name(text, h.start(), r):
            continue
        words = h.group("w").split()
        if any(w[0].islower() and r.stop_re.fullmatch(w) for w in words) \
                or any(r.stop_re.fullmatch(a + " " + b) for a, b in zip(words, words[1:])):
            continue  # ``Hội đồng Bảo an bàn về Triều Tiên - Mỹ``: a verb, the dash is the clause's
        return h
    return None


def units_in_bodies(text: str, r: _Rules, f: _Found) -> None:
    """``Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh X``: a unit and its parent body, one ORG."""
    n = _nested(r)
    longest: dict[int, int] = {}
    for ps, pe, label, _ in f.items:
        if label == "ORG" and pe > longest.get(ps, -1):
            longest[ps] = pe
    persons = [(s, e) for s, e, label, _ in f.items if label == "PER"]
    for ps, pe in sorted(longest.items()):
        if not n.parent.match(text, ps) or ps < 2 or text[ps - 1] not in " \u00a0":
            continue
        u = n.unit.search(text, max(0, ps - 110), ps)
        if not u and text[ps - 3:ps - 1] in (" -", " –"):
            # ``Phòng Quản lý xuất nhập cảnh - Công an tỉnh X``: a dash between the unit and the body that holds it
            # (not two units of one kind, ``Phòng A - Phòng B``, nor a unit the body names in turn)
            u = n.unit_dash.search(text, max(0, ps - 110), ps)
            if u and (text.startswith(u.group("head"), ps) or not n.dash_parent.match(text, ps)):
                u = None
        if not u or _inside_name(text, u.start(), r):
            continue
        words = u.group("w").split()
        ws = u.start("w")
        if any(ws <= a < ps for a, _ in persons) or r.title_re.search(text, ws + len(words[0]), ps):
            continue  # a person or a post between them (``Cục X <a name> làm Phó Trưởng ban ...``; not
            # the unit's own first word, ``Ban Giám đốc``: the directorate)
        joined = " " + " ".join(words) + " "
        if any(" " + b + " " in joined for b in n.breakers):
            continue  # ``Vụ X sáp nhập thành Cục Y``: a verb, two bodies
        if any(w in r.level_words and (nx[:1].isupper() or nx[:1].isdigit() or nx in r.level_words)
               for w, nx in zip(words[1:], words[2:] + ["Công"])):
            continue  # a level word and its place already placed the unit (``Đội X huyện A Công an ...``)
            # (not ``xã hội``: society)
        if words[0][0].islower() or words[0] in ("Công", "Bộ") and len(words) > 1 and words[1] in ("an", "đội"):
            continue
        ok = True
        for i, w in enumerate(words):
            if w.isdigit() or w[0].isupper():
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if w in n.links:
                if w == "số" and nxt.isdigit() or w != "số" and nxt[:1].islower():
                    continue
                ok = False  # ``Phòng Kỹ thuật hình sự và Công an tỉnh``: two bodies
                break
            if r.stop_re.fullmatch(w) or nxt and r.stop_re.fullmatch(w + " " + nxt):
                ok = False  # ``Cục Văn hóa cơ sở cũng đề nghị Sở ...``: a verb, two clauses
                break
        if ok:
            f.add(u.start(), pe, "ORG", 0)


def lowercase_units(text: str, r: _Rules, f: _Found) -> None:
    """``Lực lượng đặc nhiệm`` + ``Cảnh sát quốc gia X``: a unit named in lowercase words right before the body
    it belongs to, one ORG with it (no verb, function word or level word among the words)."""
    n = _nested(r)
    starts = sorted({s for s, e, label, _ in f.items if label == "ORG" and " " in text[s:e]})
    for ps in starts:
        if ps < 2 or text[ps - 1] not in " \u00a0" or not n.lower_parent.match(text, ps):
            continue
        u = n.lower_unit.search(text, max(0, ps - 60), ps)
        if not u or _inside_name(text, u.start(), r) or n.lower_not_first.match(text, u.end("head")):
            continue
        words = u.group("w").split()
        if any(r.stop_re.fullmatch(w) or w in r.level_words or w in n.breakers for w in words) \
                or any(r.stop_re.fullmatch(a + " " + b) or a + " " + b in n.breakers for a, b in zip(words, words[1:])):
            continue  # ``Cơ quan này đề nghị Công an ...``: a clause, two bodies
        pe = max(e for s, e, label, _ in f.items if s == ps and label == "ORG")
        f.add(u.start(), pe, "ORG", 0)


def numbered_hamlets(text: str, r: _Rules, f: _Found) -> None:
    """``thôn Vĩnh Phú 2 được ...``, ``ấp Xoài Ban 2``: a hamlet's name and the number that ends it, one LOC."""
    n = _nested(r)
    for s, e, label, _ in list(f.items):
        if label != "LOC" or not n.hamlet.match(text, s) or text[e - 1].isdigit():
            continue
        t = n.hamlet_tail.match(text, e)
        if not t:
            continue
        end = t.end()
        nxt = text[end:end + 1]
        if nxt.isalpha() or nxt in "/-" and nxt:
            continue
        if nxt in (" ", "\u00a0"):
            w = n.lower_word.match(text, end)
            if w is None and text[end + 1:end + 2].isupper():
                continue  # ``thôn A 2 Nguyễn ...``
            if w is not None and (n.counted.match(text, end) or not r.stop_re.match(text, end + 1)):
                continue  # ``thôn A 3 hộ``: a count of things in it
        _replace(f, s, end, "LOC", r)


def gardens(text: str, r: _Rules, f: _Found) -> None:
    """``Thảo Cầm Viên``: three capitalised syllables ending in the word for a garden, a place (LOC), not a
    person cut out of it; not a person's name (a family name first, or a name read after ``bà``, ``ông`` ...)."""
    n = _nested(r)
    for m in n.garden.finditer(text):
        s, e = m.span()
        if m.group("a") in r.surnames or m.group("a") in n.garden_not_first or s in f.cue_starts \
                or _inside_name(text, s, r) or n.garden_not_after.search(text, max(0, s - 12), s):
            continue  # (``Cơ Khí Yên Viên``: the end of a longer capitalised run)
        after = text[e + 1:e + 40].split()
        for k in (3, 2, 1):  # ``Thảo Cầm Viên Sài Gòn``: and the city it is in
            if text[e:e + 1] == " " and len(after) >= k and " ".join(after[:k]) in r.places \
                    and text.startswith(" ".join(after[:k]), e + 1):
                e += 1 + len(" ".join(after[:k]))
                break
        f.items = [it for it in f.items if not (it[2] == "PER" and it[0] < e and s < it[1])]
        f.add(s, e, "LOC", 1)


_POST_UNITS: list = []


def _post_units(r: _Rules):
    if not _POST_UNITS:
        d = entries("entities")["joined_and_nested_bodies"]
        posts = d["post_units"]
        _POST_UNITS.append((
            regex.compile(_NB + r"(?P<post>" + _alt(posts) + r")" + _NA),
            dict(posts), int(d["post_unit_max"]), set(d["post_unit_breakers"]),
            regex.compile(_SP + r"(?P<w>[\p{L}\p{M}]++)" + _NA)))
    return _POST_UNITS[0]


def units_after_posts(text: str, r: _Rules, f: _Found) -> None:
    """``Phó Đội trưởng Đội tham mưu, Phòng X``, ``Phó trưởng phòng Hồ sơ nghiệp vụ, Công an tỉnh Y``: the unit a
    post heads, named after it and closed by a comma and the body that holds it, is an ORG (the body stays one)."""
    post_re, posts, most, breakers, word_re = _post_units(r)
    org_starts = {s for s, _e, label, _p in f.items if label == "ORG"}
    for m in post_re.finditer(text):
        head = posts[m.group("post")]
        pos = m.end()
        start = None
        if text.startswith(" " + head, pos) or text.startswith("\u00a0" + head, pos):
            start = pos + 1  # ``Đội trưởng Đội tham mưu``: the head written again
            pos = start + len(head)
        elif m.group("post").lower().endswith(head.lower()):
            start = m.end() - len(head)  # ``trưởng phòng Hồ sơ``: the post's last word is the unit's head
        if start is None:
            continue
        n, first = 0, True
        while n < most:
            w = word_re.match(text, pos)
            if not w or w.group("w").lower() in breakers or w.group("w").lower() in r.level_words:
                break
            if first and not w.group("w")[0].isupper() and start == m.end() - len(head):
                break  # ``trưởng phòng kỹ thuật``: with the post's own head, the name opens with a capital
            first = False
            pos, n = w.end(), n + 1
        if n == 0 or not text.startswith(", ", pos) or pos + 2 not in org_starts:
            continue
        f.add(start, pos, "ORG", 0)

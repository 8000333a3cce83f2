"""Gazetteer organisations in one pass, lists that share a head, and names an article repeats.

* One Aho-Corasick pass (``ahocorasick_rs``, as the rule engine's scan) over the lower-cased article finds
  every name of ``gazetteers/orgs.tsv`` (ministries with their abbreviations
  and former names, government agencies, departments, party bodies, state
  groups, international organisations and foreign chambers).
* A list after one head shares it: ``các Sở: Tư pháp, Y tế và Nội vụ`` (each
  field an ORG), ``4 xã là A, B, C`` (each name a LOC); an address before a
  province (``Ninh Sở, Thường Tín, Hà Nội``) names units of the gazetteer.
* An acronym in parentheses after an organisation is the organisation
  (``Trung tâm Thông tin Dịch vụ công (PSC)``); the article's later bare
  uses of it, of a typed place's name (``huyện Quỳnh Lưu`` … ``Quỳnh Lưu``)
  and of a person's full name are the same entity.
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs
import regex

from ...gazetteers import orgs, units
from ...rx import compiled
from .names import _Found, _name
from .rules import _CAPRUN, _NA, _NB, _SP, _Rules, _alt

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]")


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple]]:
    """The automaton of every organisation name (lower-cased) and, per pattern, its entries."""
    entries: dict[str, list[tuple]] = {}
    for name, (kind, case) in orgs().items():
        key = name.lower()
        if len(key) != len(name):
            continue
        entries.setdefault(key, []).append((name, kind, case))
    keys = list(entries)
    return ahocorasick_rs.AhoCorasick(keys), [tuple(entries[k]) for k in keys]


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # ``İ`` lower-cases to two characters


def gazetteer_orgs(text: str, f: _Found) -> None:
    """Every gazetteer organisation standing as whole words, in its case rule."""
    low = _lower(text)
    n = len(text)
    automaton, entries_of = _automaton()
    # every match, overlapping ones included, by end and longest first
    matches = sorted(automaton.find_matches_as_indexes(low, overlapping=True), key=lambda m: (m[2], m[1]))
    for k, s, e in matches:
        for name, _kind, case in entries_of[k]:
            if s > 0 and _WORD.match(text, s - 1) or e < n and _WORD.match(text, e):
                continue
            if case == "exact" and text[s:e] != name or case != "exact" and not text[s].isupper():
                continue
            f.add(s, e, "ORG", 0)


class _ListRules:
    def __init__(self, r: _Rules, fields: list[str], types: list[str]) -> None:
        count = r"(?:các|Các|những|Những|\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều)"
        intro = r"(?:" + _SP + r"*+:|" + _SP + r"(?:như|gồm|là|gồm có))" + _SP + r"*+"
        #: ``các Sở: Tư pháp, Y tế`` / ``nhiều sở, ngành như Y tế, GD&ĐT``
        self.dept_head = regex.compile(
            _NB + count + _SP + r"(?:Bộ|bộ|Sở|sở|Phòng|phòng|Cục|cục|Ủy ban|ủy ban|Uỷ ban|uỷ ban)" + r"(?:," + _SP
            + r"(?:ban," + _SP + r")?+ngành)?+" + intro)
        field = r"(?:" + _alt(_title_variants(fields)) + r")" + _NA
        abbr = r"\p{Lu}{2,6}+(?:[&\-]\p{Lu}{1,6}+)*+" + _NA
        self.item = regex.compile(field + r"|" + abbr)
        self.sep = regex.compile(r"(?:" + _SP + r"*+[,;]" + _SP + r"*+|" + _SP + r"++(?:và|hoặc)" + _SP + r"++|"
                                 + _SP + r"*+[,;]" + _SP + r"++và" + _SP + r"++)")
        #: ``4 xã là A, B`` / ``các huyện: A, B``
        self.place_head = regex.compile(_NB + count + _SP + r"(?:" + _alt(types) + r")" + _NA + intro)
        self.name = regex.compile(_CAPRUN)
        #: ``2 phòng khám đa khoa A và B``: a counted head of bodies named like people or places, and its
        #: lowercase description
        number = r"(?:\d{1,2}|(?i:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))"
        self.body_head = regex.compile(
            _NB + number + _SP + r"(?:phòng" + _SP + r"khám|bệnh" + _SP + r"viện|trường|công" + _SP + r"ty)"
            + r"(?:" + _SP + r"(?!là|gồm|và|của|ở|tại|có)\p{Ll}[\p{Ll}\p{M}]*+" + _NA + r"){0,3}+(?P<intro>" + _SP + r"(?:là|gồm))?+" + _SP
            + r"(?=\p{Lu})")
        self.paren_acr = regex.compile(_SP + r"?+\((?P<a>\p{Lu}[\p{Lu}\p{N}&.\-]{1,9}+)\)")


def _title_variants(words: list[str]) -> set[str]:
    return {w[:1].upper() + w[1:] for w in words}


@lru_cache(maxsize=1)
def _list_rules() -> _ListRules:
    from ...patterndata import entries

    e = entries("entities")
    r = _rules()
    return _ListRules(r, e["ministries_and_departments"]["fields"], e["loc_type_words"]["words"])


def r_places() -> dict[str, str]:
    return _rules().places


def _rules() -> _Rules:
    from .rules import rules

    return rules()


def shared_heads(text: str, r: _Rules, f: _Found) -> None:
    """Lists after one head: departments (ORG) and places (LOC)."""
    lr = _list_rules()
    org_at = f.longest_at("ORG")
    # departments: after a plural head (the first item right away), or continuing a written-out
    # ministry or department (a separator first)
    starts = [(m.end(), False) for m in lr.dept_head.finditer(text)]
    starts += [(e, True) for s, e, label, _ in f.items if label == "ORG" and text[s:s + 3] in ("Bộ ", "Sở ")]
    for pos, need_sep in starts:
        for _ in range(10):
            if need_sep:
                m = lr.sep.match(text, pos)
                if not m:
                    break
                pos = m.end()
            need_sep = True
            it = lr.item.match(text, pos)
            if it:
                f.add(it.start(), it.end(), "ORG", 0)
                pos = it.end()
            elif pos in org_at:
                pos = org_at[pos]  # ``Bảo hiểm xã hội Việt Nam`` inside the list
            else:
                break
    # places: ``4 xã là A, B, C`` (the typed form ``các xã A, B`` is read by the typed-place rule)
    for m in lr.place_head.finditer(text):
        for s, e in _listed_names(text, m.end(), lr, r, 12):
            if e <= s or len(text[s:e].split()) > 4:
                break
            f.add(s, e, "LOC", 1)


def _listed_names(text: str, pos: int, lr: _ListRules, r: _Rules, most: int):
    """The names listed from ``pos`` (``A, B và C``), up to ``most``, while a separator and a
    name come: ``(start, end)`` of each as :func:`_name` reads it (``end <= start``: no name)."""
    for i in range(most):
        if i:
            sm = lr.sep.match(text, pos)
            if not sm:
                return
            pos = sm.end()
        nm = lr.name.match(text, pos)
        if not nm:
            return
        pos, _ = _name(text, nm.start(), nm.end(), r, split=False)
        yield nm.start(), pos


def counted_bodies(text: str, r: _Rules, f: _Found) -> None:
    """``2 phòng khám đa khoa A và B``, ``hai trường X, Y và Z``: names listed after one counted head, each
    an ORG (the first with its head), also when a name is a person's or a place's."""
    lr = _list_rules()
    for m in lr.body_head.finditer(text):
        names = []
        for s, e in _listed_names(text, m.end(), lr, r, 10):
            if e <= s or r.places.get(text[s:e]) in ("country", "region", "province"):
                names = []
                break  # ``hai trường đại học Mỹ và Nhật``: the countries' schools
            names.append((s, e))
        if len(names) >= 2 and text[names[-2][1]:names[-1][0]].strip() in ("và", ", và"):
            if not m.group("intro"):  # the first name with its head: ``phòng khám đa khoa A``
                names[0] = (m.start() + len(m.group().split(None, 1)[0]) + 1, names[0][1])
            for s, e in names:
                f.add(s, e, "ORG", 0)


#: a capitalised run that ends the text
_CAPRUN_AT_END = regex.compile(r"(?:" + _CAPRUN + r")$")


def addresses(text: str, r: _Rules, f: _Found) -> None:
    """``(Ninh Sở, Thường Tín, Hà Nội)``: units of the gazetteer before a province, city or district."""
    u = units()
    anchors = [(s, e) for s, e, label, _ in f.items if label == "LOC" and text[s:e] in r.places]
    for s, _e in anchors:
        pos = s
        for _ in range(3):
            j = pos
            while j > 0 and text[j - 1] in " \u00a0":
                j -= 1
            if j == 0 or text[j - 1] != ",":
                break
            k = j - 1
            while k > 0 and text[k - 1] in " \u00a0":
                k -= 1
            # the capitalised run that ends at k
            m = _CAPRUN_AT_END.search(text[max(0, k - 60):k])
            if not m:
                break
            ns = max(0, k - 60) + m.start()
            # the run may start with a word of the sentence: take the longest unit suffix
            words = text[ns:k].split()
            hit = None
            for w in range(len(words)):
                cand = " ".join(words[w:])
                if cand in u or cand in r.places:
                    hit = cand
                    break
            if not hit:
                break
            hs = k - len(hit)
            f.add(hs, k, "LOC", 1)
            pos = hs


def acronyms(text: str, f: _Found) -> None:
    """An acronym in parentheses right after an organisation names it; so do its later bare uses."""
    lr = _list_rules()
    found: set[str] = set()
    for s, e, label, _ in list(f.items):
        if label != "ORG":
            continue
        m = lr.paren_acr.match(text, e)
        a = m.group("a") if m else ""
        # not ``(TT&TT)`` (a field's abbreviation), not ``(TP.HCM)`` (a place)
        if m and sum(c.isupper() for c in a) >= 2 and "&" not in a and not a.startswith("TP") and a not in r_places() \
                and not _spells_more(a, text[s:e]):
            f.add(m.start("a"), m.end("a"), "ORG", 0)
            found.add(m.group("a"))
    if found:
        pat = compiled(_NB + r"(?:" + "|".join(regex.escape(a) for a in sorted(found, key=len, reverse=True))
                       + r")" + _NA)
        for m in pat.finditer(text):
            if _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # ``các ĐBQH``: members, not the body
            f.add(m.start(), m.end(), "ORG", 0)


_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?i:các|những|nhiều|mọi|vị)[ \u00a0]$")


def _spells_more(acronym: str, name: str) -> bool:
    """The acronym ends with the name's initials and has more letters: it spells a longer name
    (``Đoàn đại biểu Quốc hội (ĐBQH)`` after the ORG ``Quốc hội``), not this one."""
    words = name.split()
    initials = "".join(w[0].upper() for w in words if w[0].isalpha())
    return len(words) >= 2 and len(acronym) > len(initials) and acronym.endswith(initials)


def repeated_names(text: str, kept: list[tuple[int, int, str]], r: _Rules, f: _Found) -> None:
    """The bare name of a typed place (``huyện Quỳnh Lưu`` → ``Quỳnh Lưu``) and a person's full name
    (two syllables or more) stand for the same entity wherever they stand alone in the article."""
    names: dict[str, str] = {}
    cued = {(s, e) for s, e, label, prio in f.items if label == "PER" and prio <= 2}
    for s, e, label in kept:
        span = text[s:e]
        if label == "LOC":
            tm = r.typed_re.match(text, s)
            if tm and tm.end() == e and not text[tm.start("name")].isdigit():
                nm = text[tm.start("name"):e]
                if nm not in r.places or r.places[nm].endswith("typed_only"):
                    if " " in nm and not nm.startswith(("HCM", "Hồ Chí Minh")):
                        names.setdefault(nm, "LOC")
        elif label == "PER" and " " in span and len(span.split()) <= 4 and span not in r.places:
            names.setdefault(span, "PER")
            words, tail = span.split(), " ".join(span.split()[-2:])
            if len(words) >= 3 and (s, e) in cued and words[0] in r.surnames and tail not in r.places \
                    and tail not in units():
                names.setdefault(tail, "PER")  # ``ca sĩ Trương Hồ Phương Nga`` … ``Phương Nga``
    for s, e, label in _standing_alone(text, names):
        f.add(s, e, label, -2 if label == "LOC" else 4)


#: where a name repeated alone may start (no word character, and no capitalised word and a space,
#: right before it) and end (no word character, and no space and a capital, right after it)
_ALONE_START = regex.compile(_NB + r"(?<!\p{Lu}[\p{L}\p{M}]*+" + _SP + r")")
_ALONE_END = regex.compile(_NA + r"(?!" + _SP + r"\p{Lu})")


def _standing_alone(text: str, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of each occurrence of one of ``names`` (a space in a name is any one
    space) that stands alone: at each start the longest name that does, then on from its end.

    What ``finditer`` of the names' alternation between those two tests gives, found with
    ``str.find``: the names differ from article to article, and compiling their alternation
    cost more than the rest of the pass (0.9 s on 400 articles)."""
    plain = text.replace("\u00a0", " ")
    labels: dict[str, str] = {}
    for name, label in names.items():
        labels.setdefault(name.replace("\u00a0", " "), label)
    found = []
    for name, label in labels.items():
        i = plain.find(name)
        while i >= 0:
            if _ALONE_START.match(text, i) and _ALONE_END.match(text, i + len(name)):
                found.append((i, -len(name), label))
            i = plain.find(name, i + 1)
    out, last = [], 0
    for s, neg, label in sorted(found):
        if s >= last:
            out.append((s, s - neg, label))
            last = s - neg
    return out


def drop_places_after_kin(text: str, r: _Rules, f: _Found) -> None:
    """``chị Vinh``, ``bị cáo Nga``: a bare place name right after a kin word or an honorific is a
    person named like the place, not the place (``Tổng thống Nga`` keeps its country)."""
    drop = [it for it in f.items if it[2] == "LOC" and text[it[0]:it[1]] in r.bare_places
            and r.kin_before_re.search(text, max(0, it[0] - 12), it[0])]
    if drop:
        gone = set(drop)
        f.items = [it for it in f.items if it not in gone]

"""People (PER), places (LOC) and organisations (ORG) of Vietnamese public administration.

One flat layer of mentions, outermost span, exact offsets.  The tagger is
rules over the language's own vocabulary (``patterns/entities.yaml``) and a
place gazetteer (``gazetteers/places.tsv``), with no statistical model:

* **LOC**: a type word and a capitalised name (``tỉnh Nghệ An``, ``TP. Long
  Xuyên``, ``TP.HCM``, ``Phường 3``), names coordinated with it
  (``quận Lê Chân và Ngô Quyền``) or in parentheses after it, bare
  gazetteer names (provinces before and after the 2025 merger, provincial
  cities, regions, countries), and named places (``Quảng trường Ba Đình``).
* **ORG**: administrative bodies with a level word or locality (``UBND
  tỉnh``, ``Bộ phận một cửa UBND Thành phố Vinh``), party committees with a
  name or an organ (``Thành ủy Vinh``, ``Ban Thường vụ Tỉnh ủy``), national
  bodies (``Chính phủ``), ministries and departments (``Sở Nội vụ``),
  institutions (``Trường mầm non Hoa Sen``), outlets and brands.
* **PER**: a capitalised run after an honorific or a post (``ông``,
  ``Tổng Bí thư``), a run that starts with a family name, photo credits
  and byline lines.

Candidates from all rules are resolved longest-first, so the outermost span
wins (``UBND Thành phố Vinh`` is one ORG, not ORG + LOC).  Every pattern is
a linear scan: possessive repetition, no nested unbounded groups.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
import re

import regex

from ..context import ArticleContext, stage
from ..patterndata import entries
from ..gazetteers import places
from ..records import Entity

_L = r"[\p{L}\p{M}\p{N}]"
_NB = r"(?<![\p{L}\p{M}\p{N}])"          # no word character before
_NA = r"(?![\p{L}\p{M}\p{N}])"           # no word character after
_SP = r"[ \u00a0]"
#: A title-case syllable (``Vinh``, ``Đức``; also a single capital ``A``).
_SYL = r"\p{Lu}[\p{Ll}\p{M}]*+" + _NA
#: A name: up to eight title-case syllables (bounded, so that a rule tried at
#: every word of a long capitalised line stays linear).
_CAPRUN = _SYL + r"(?:" + _SP + _SYL + r"){0,7}+"
_CAPRUN_ANY = _SYL + r"(?:" + _SP + _SYL + r")*+"
_ALLCAPS_SYL = r"\p{Lu}[\p{Lu}\p{M}]*+" + _NA

_PRIO = {"ORG": 0, "LOC": 1, "PER": 2}


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a character trie (fast to fail), longest match first.

    Spaces in words match any one space.  Each branch of a trie node starts
    with a different character, so the alternation has no ambiguity to
    backtrack through; optional tails are bounded by the longest word.
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(_SP if ch == " " else regex.escape(ch)) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return emit(trie)


def _both_cases(words: Iterable[str]) -> list[str]:
    out = set()
    for w in words:
        out.add(w)
        out.add(w[:1].upper() + w[1:])
    return sorted(out)


class _Rules:
    """The compiled vocabulary of ``patterns/entities.yaml``."""

    def __init__(self) -> None:
        e = entries("entities")
        self.places = places()
        #: names that stand for the place when written bare (not ``Hồ Chí Minh``, mostly the man)
        self.bare_places = {n for n, k in self.places.items() if not k.endswith("typed_only")}
        self.surnames = set(e["surnames"]["words"])
        self.not_names = set(e["surnames"]["not_names"])
        stems, branches = e["surnames"]["year_stems"], e["surnames"]["year_branches"]
        self.not_names |= {f"{a} {b}" for a in stems for b in branches}
        self.break_always = set(e["run_breakers"]["always"])
        self.lead_words = set(e["run_breakers"]["lead_words"])
        self.break_before_lower = {k: set(v) for k, v in e["run_breakers"]["before_lower"].items()}
        outlets = e["outlets"]
        self.outlets = set(outlets["bare"])
        self.stop_re = regex.compile(r"(?i:" + _alt(e["institutions"]["stop_words"]) + r")" + _NA)
        self.level_words = {w.lower() for w in e["loc_type_words"]["words"]}
        self.lower_ok = {w.lower() for w in e["admin_bodies"]["lowercase_ok"]}

        types = _alt(e["loc_type_words"]["words"])
        tp = r"(?:TP|Tp|T\.P)(?:\." + _SP + r"?+|" + _SP + r")"
        hcm = r"(?:HCM|Hồ" + _SP + r"Chí" + _SP + r"Minh)" + _NA
        hcm_city = r"(?:TP\.?+" + _SP + r"?+HCM|TPHCM|TP\.?+" + _SP + r"?+Hồ" + _SP + r"Chí" + _SP + r"Minh)" + _NA
        self.hcm_re = regex.compile(_NB + r"TP\.?+" + _SP + r"?+HCM" + _NA + r"|" + _NB + r"TPHCM" + _NA)
        hyphenated = _alt(n for n in self.places if " - " in n)  # ``Bà Rịa - Vũng Tàu``
        name = r"(?:(?:" + hyphenated + r")" + _NA + r"|" + hcm + r"|" + _CAPRUN + r"|\d{1,2}(?![\p{N}/]|[.,]\d))"
        #: a type word + name (``tỉnh Nghệ An``, ``TP. Long Xuyên``)
        self.typed_re = regex.compile(
            _NB + r"(?P<type>(?i:" + types + r")" + _SP + r"|" + tp + r"|(?:TP|Tp|Q|P|H|TX|TT)\.(?=\p{Lu}|\d)|TX" + _SP + r")(?P<name>" + name + r")")
        #: a level after a body: a type word with an optional name
        self.level = (r"(?:(?i:" + types + r")" + _NA + r"(?:" + _SP + name + r")?+|" + tp + name + r"|(?:TP|Tp)\.?+" + _NA
                      + r")")
        gaz = _alt(self.places)
        bare_gaz = _alt(self.bare_places)
        self.gaz_name = r"(?:" + gaz + r")" + _NA
        bodies = _alt(e["admin_bodies"]["words"])
        body2 = _alt(["UBND", "HĐND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Hội đồng nhân dân"])
        #: a body with a level or a locality (``UBND tỉnh Thanh Hóa``)
        self.body_re = regex.compile(
            _NB + r"(?P<head>(?i:" + bodies + r"))(?:" + _SP + r"(?:" + body2 + r"))?+" + _SP
            + r"(?P<loc>" + self.level + r"|" + self.gaz_name + r"|" + _CAPRUN + r")")
        pc = e["party_committees"]
        self.organ_re = regex.compile(r"(?:" + _alt(pc["organs"]) + r")" + _SP + r"$")
        self.party_re = regex.compile(
            _NB + r"(?P<comm>" + _alt(pc["words"]) + r")" + _NA + r"(?:" + _SP + r"(?P<name>" + hcm_city + r"|" + _CAPRUN
            + r"))?+")
        nat = e["national_bodies"]["words"]
        self.national_re = regex.compile(
            _NB + r"(?:" + _alt(nat) + r")" + _NA + r"(?!" + _SP + r"(?:điện" + _SP + r"tử|số)" + _NA + r")")
        md = e["ministries_and_departments"]
        abbr = r"\p{Lu}{1,4}+(?:[&\-]\p{Lu}{1,4}+)++" + _NA
        self.ministry_re = regex.compile(
            _NB + r"(?:" + _alt(md["heads"]) + r")" + _SP + r"(?P<field>(?i:" + _alt(md["fields"]) + r")" + _NA + r"|" + abbr
            + r")(?:" + _SP + r"(?P<loc>" + self.level + r"|" + self.gaz_name + r"))?+")
        inst = e["institutions"]
        self.descriptive_heads = set(inst["descriptive_heads"])
        self.inst_first = {h.split()[0] for h in set(inst["descriptive_heads"]) | set(inst["named_heads"])}
        self.chain_breakers = {"Ông", "Bà", "Chủ", "Phó", "Bí", "Giám", "Trưởng", "Ảnh", "Theo", "Nguồn", "Tại", "Trong",
                               "Với", "Ngày", "Năm", "Tháng"}
        self.inst_re = regex.compile(
            _NB + r"(?P<head>" + _alt(set(inst["descriptive_heads"]) | set(inst["named_heads"])) + r")" + _NA)
        self.level_at = regex.compile(self.level)
        self.prev_cap_re = regex.compile(_NB + r"\p{Lu}[\p{Ll}\p{M}]*+" + _SP + r"$")
        self.level_keys = {_first_key(w) for w in e["loc_type_words"]["words"]} | {"tp"}
        self.chain_tok = regex.compile(_SP + r"(?P<tok>[\p{L}\p{M}\p{N}&]++(?:[.\-][\p{L}\p{M}\p{N}&]++)*+|[-–]|\(\p{Lu}++\))"
                                       r"|(?P<comma>,)(?=" + _SP + r"\p{Ll})")
        self.outlet_re = regex.compile(
            _NB + r"(?:" + _alt(set(outlets["bare"]) - set(outlets["ambiguous"])) + r")" + _NA)
        self.outlet_head_re = regex.compile(
            _NB + r"(?:" + _alt(outlets["heads"]) + r")" + _SP + r"(?:" + _alt(outlets["bare"]) + r"|" + self.gaz_name
            + r"|" + _CAPRUN + r")")
        self.dateline_re = regex.compile(r"(?m)^[ \t]*+\((?P<o>[^()\n]{2,30})\)[ \t]*+[-–—]")
        self.source_re = regex.compile(r"(?m)^[ \t]*+(?:Nguồn|Theo)[ \t]*+:?[ \t]*+(?P<o>" + _CAPRUN + r")[ \t]*+(?::|$)")
        self.brand_re = regex.compile(
            _NB + r"(?:" + _alt(e["brands"]["words"]) + r")" + _NA + r"(?:" + _SP + r"(?:" + self.gaz_name + r"))?+")
        ph = e["named_place_heads"]
        self.place_head_re = regex.compile(
            _NB + r"(?P<head>" + _alt(ph["capital_heads"]) + r")" + _NA + r"|" + _NB + r"(?P<lhead>" + _alt(ph["lower_heads"])
            + r")" + _SP + r"(?:\d{1,4}+(?:/\d{1,4}+)?+" + _SP + r")?+(?P<name>" + _CAPRUN + r")")
        self.fixed_place_re = regex.compile(_NB + r"(?:" + _alt(ph["fixed"]) + r")" + _NA)
        cues = _both_cases(e["person_cues"]["words"])
        self.cue_re = regex.compile(_NB + r"(?P<cue>" + _alt(cues) + r")" + _SP + r"(?P<name>" + _CAPRUN + r")")
        self.title_re = regex.compile(_NB + r"(?:" + _alt(e["person_titles"]["words"]) + r")" + _SP)
        self.title_body_before_re = regex.compile(
            r"(?:" + _alt(e["person_titles"]["words"]) + r")" + _SP + r"(?:" + bodies + r")" + _SP + r"$")
        self.title_before_re = regex.compile(r"(?:" + _alt(e["person_titles"]["words"]) + r")" + _SP + r"$")
        self.field_re = regex.compile(r"(?i:" + _alt(md["fields"]) + r")" + _NA + _SP)
        self.name_at = regex.compile(_CAPRUN)
        cr = e["credits_and_bylines"]["cues"]
        item = r"(?:" + _CAPRUN + r"|" + _ALLCAPS_SYL + r"(?:" + _SP + _ALLCAPS_SYL + r"){0,3}+)"
        self.credit_re = regex.compile(
            _NB + r"(?:" + _alt(cr) + r")[ \t]*+:[ \t]*+(?P<names>" + item + r"(?:[ \t]*+(?:[-/,&]|và)[ \t]*+" + item
            + r"){0,3}+)|\((?:ảnh|Ảnh)" + _SP + r"(?P<pname>" + _CAPRUN + r")\)")
        self.item_re = regex.compile(item)
        self.capruns = regex.compile(_CAPRUN_ANY)
        self.byline_re = regex.compile(
            r"(?m)^[ \t]*+(?P<n>(?:" + _SYL + r"(?:" + _SP + _SYL + r"){1,3}+|" + _ALLCAPS_SYL + r"(?:" + _SP + _ALLCAPS_SYL
            + r"){1,3}+))[ \t]*+$")
        self.tail_name_re = regex.compile(
            r"(?:[.!?…”\"]|\./\.)[ \t]++(?P<n>" + _SYL + r"(?:" + _SP + _SYL + r"){1,3}+|" + _ALLCAPS_SYL + r"(?:" + _SP
            + _ALLCAPS_SYL + r"){1,3}+)[ \t]*+$")
        self.coord_re = regex.compile(r"(?:," + _SP + r"|" + _SP + r"(?:và|hoặc)" + _SP + r")(?P<name>" + _CAPRUN + r")")
        self.paren_re = regex.compile(_SP + r"?+\((?P<name>" + _CAPRUN + r")\)")
        self.gaz_re = regex.compile(_NB + r"(?<!\p{Lu}[\p{Ll}\p{M}]*+" + _SP + r")(?:" + bare_gaz + r")" + _NA
                                    + r"(?!" + _SP + r"\p{Lu}[\p{Ll}\p{M}]*+" + _NA + r")")
        #: provinces and cities in an all-capitals headline (``BẮC NINH: …``)
        self.upper_places = {n.upper() for n, k in self.places.items() if k in ("province", "city")}
        self.type_before_re = regex.compile(_NB + r"(?i:" + types + r")" + _SP + r"$")
        self.gaz_upper_re = regex.compile(_NB + r"(?:" + _alt(self.upper_places) + r")" + _NA)
        self.plural_level_re = regex.compile(r"(?:," + _SP + r"?+|" + _SP + r"và" + _SP + r")(?i:" + types + r")" + _NA)
        # Every rule starts at one of its own first words: one trie scan finds them
        # all, and each rule is tried only where a word of its own stands.
        groups = {
            "typed": set(e["loc_type_words"]["words"]) | {"TP", "Tp", "T.P", "Q.", "P.", "H.", "TX.", "TX", "TT.", "TPHCM"},
            "body": set(e["admin_bodies"]["words"]),
            "party": set(pc["words"]),
            "national": set(nat),
            "ministry": set(md["heads"]),
            "inst": set(inst["descriptive_heads"]) | set(inst["named_heads"]),
            "outlet": set(outlets["bare"]) | set(outlets["heads"]) | set(e["brands"]["words"]),
            "place": set(ph["fixed"]) | set(ph["capital_heads"]) | set(ph["lower_heads"]),
            "cue": set(cues),
            "title": set(e["person_titles"]["words"]),
            "gaz": set(self.bare_places),
            "gazup": self.upper_places,
        }
        self.dispatch: dict[str, set[str]] = {}
        variants: set[str] = set()
        for group, words in groups.items():
            for w in words:
                self.dispatch.setdefault(_first_key(w), set()).add(group)
                if group in ("typed", "body"):  # matched without regard to case
                    variants |= {w, w.lower(), w[:1].upper() + w[1:], w.upper()}
                else:
                    variants.add(w)
        # A plain literal trie: the standard library engine scans it several times
        # faster than ``regex`` does (the rules themselves need ``regex``).
        self.trigger_re = re.compile(r"(?<!\w)(?:" + _alt(variants) + r")")
        self.key_re = re.compile(r"[^\W\d_]+")
        self.sent_start = regex.compile(r"(?:^|[.!?:;…\n\"“(]" + r")[ \t]*+$")


def _first_key(word: str) -> str:
    m = re.match(r"[^\W\d_]+", word)
    return m.group(0).lower() if m else word.lower()


@lru_cache(maxsize=1)
def rules() -> _Rules:
    return _Rules()


# ---------------------------------------------------------------- name runs


def _syllables(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for i in range(start, end + 1):
        if i == end or text[i] in " \u00a0":
            if i > pos:
                out.append((pos, i))
            pos = i + 1
    return out


def _next_is_lower(text: str, end: int, word: str, r: _Rules) -> bool:
    if end + 1 >= len(text) or text[end] not in " \u00a0":
        return False
    j = end + 1
    k = j
    while k < len(text) and (text[k].isalpha() or unicode_mark(text[k])):
        k += 1
    nxt = text[j:k]
    return bool(nxt) and nxt[0].islower() and nxt in r.break_before_lower.get(word, ())


def unicode_mark(ch: str) -> bool:
    return "\u0300" <= ch <= "\u036f"


def _cut_breakers(text: str, syls: list[tuple[int, int]], r: _Rules, keep_first: bool = False) -> list[tuple[int, int]]:
    """The syllables of a name run up to the first word that opens something else."""
    out = []
    g = _gaz_prefix(text, syls, r)
    for idx, (a, b) in enumerate(syls):
        w = text[a:b]
        if idx < g:
            out.append((a, b))
            continue
        if w in r.break_always and not (keep_first and idx == 0):
            break
        if idx == len(syls) - 1 and w in r.break_before_lower and _next_is_lower(text, b, w, r):
            break
        out.append((a, b))
    return out


def _gaz_prefix(text: str, syls: list[tuple[int, int]], r: _Rules) -> int:
    """Number of leading syllables that form the longest gazetteer place."""
    for n in range(min(len(syls), 5), 0, -1):
        if text[syls[0][0]:syls[n - 1][1]] in r.places:
            return n
    return 0


def _split_person(text: str, syls: list[tuple[int, int]], r: _Rules, province: int = 0) -> int:
    """Where a person's name starts inside a place/body name run, or len(syls).

    ``Long Xuyên Đặng Thị Hoa`` → 2: a gazetteer place first, else the first
    family name after the first syllable that leaves two to four syllables.
    """
    n = len(syls)
    g = _gaz_prefix(text, syls, r)
    if g and n - g >= 2 and text[syls[g][0]:syls[g][1]] in r.surnames:
        return g
    if g == n:
        return n
    if province and not g and n >= province and text[syls[0][0]:syls[0][1]] in r.surnames \
            and text[syls[0][0]:syls[-1][1]] not in r.places:
        return 0  # ``UBND tỉnh Hà Sỹ Đồng``: every province is in the gazetteer
    for i in range(1, n - 1):
        if text[syls[i][0]:syls[i][1]] in r.surnames and 2 <= n - i <= 4 \
                and text[syls[i][0]:syls[-1][1]] not in r.places:
            return i
    return n


def _name(text: str, start: int, end: int, r: _Rules, *, split: bool = True, keep_first: bool = False,
          province: int = 0):
    """A name run cleaned: ``(name_end, person_span or None)``; name_end == start if empty."""
    syls = _cut_breakers(text, _syllables(text, start, end), r, keep_first)
    if not syls:
        return start, None
    if split:
        k = _split_person(text, syls, r, province)
        if k == 0:
            return start, (syls[0][0], syls[-1][1])
        if k < len(syls):
            return syls[k - 1][1], (syls[k][0], syls[-1][1])
    return syls[-1][1], None


# ---------------------------------------------------------------- the finder


class _Found:
    def __init__(self, text: str, r: _Rules) -> None:
        self.items: list[tuple[int, int, str, int]] = []
        #: rule group -> positions where one of its first words stands
        self.at: dict[str, list[int]] = {}
        key = r.key_re.match
        dispatch = r.dispatch
        at = self.at
        search = r.trigger_re.search
        m = search(text)
        while m:
            # resume right after the word start, so triggers inside a longer one count
            # (``Ban`` inside ``Trưởng Ban Pháp chế``)
            nxt = search(text, m.start() + 1)
            k = key(m.group())
            for group in dispatch.get(k.group().lower() if k else "", ()):
                if group in at:
                    at[group].append(m.start())
                else:
                    at[group] = [m.start()]
            m = nxt

    def add(self, start: int, end: int, label: str, prio: int = 0) -> None:
        if end > start:
            self.items.append((start, end, label, prio))


def _at(pattern: regex.Pattern, text: str, positions: list[int]):
    """Matches of ``pattern`` anchored at the trigger positions."""
    match = pattern.match
    for p in positions:
        m = match(text, p)
        if m:
            yield m


def _end_of_level(text: str, m_start: int, m_end: int, r: _Rules,
                  after_title: bool = False) -> tuple[int, tuple[int, int] | None]:
    """Clean the name at the tail of a level/locality match spanning [m_start, m_end)."""
    # the tail name is the last capitalised run inside the match
    last = None
    for mm in r.capruns.finditer(text, m_start, m_end):
        last = mm
    if last is None or last.end() != m_end:
        return m_end, None
    province = 2 if _is_province_type(text[m_start:last.start()]) else (3 if after_title else 0)
    end, per = _name(text, last.start(), last.end(), r, province=province)
    if end == last.start():  # name was all breaker: drop it and the space before it
        end = last.start()
        while end > m_start and text[end - 1] in " \u00a0":
            end -= 1
    return end, per


def _is_province_type(prefix: str) -> bool:
    p = prefix.strip().rstrip(".").lower()
    return p in ("tỉnh", "tp", "thành phố") or p.endswith((" tỉnh", " tp"))


def _typed_places(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.hcm_re, text, f.at.get("typed", ())):
        f.add(m.start(), m.end(), "LOC", 1)
    for m in _at(r.typed_re, text, f.at.get("typed", ())):
        ns, ne = m.span("name")
        if text[ns].isdigit():
            if m.group("type").strip().lower() not in ("quận", "phường", "q.", "p.", "khu phố", "tổ dân phố", "ấp"):
                continue  # ``Quận 1``, ``phường 3``; not ``tỉnh 2``
            end, per = ne, None
        elif text[ns:ne].startswith(("HCM", "Hồ Chí Minh")):
            end, per = ne, None
        else:
            province = 2 if _is_province_type(m.group("type")) else 0
            if not province and r.title_body_before_re.search(text, max(0, m.start() - 60), m.start()):
                province = 3  # ``Chủ tịch UBND huyện Nguyễn Đình Tâm``
            # ``xã Bà Điểm``, ``phường Ông Lãnh``: an honorific opening a place name
            first = text[ns:ne].split()[0]
            end, per = _name(text, ns, ne, r, province=province, keep_first=first in ("Bà", "Ông"))
            if end == ns:
                if per:
                    f.add(per[0], per[1], "PER", 2)
                continue
            if r.places.get(text[ns:end]) == "region":  # ``các tỉnh Tây Nguyên``
                f.add(ns, end, "LOC", 1)
                continue
        f.add(m.start(), end, "LOC", 1)
        if per:
            f.add(per[0], per[1], "PER", 2)
        if per is None and end == ne:
            _coordinated(text, end, r, f)


def _coordinated(text: str, pos: int, r: _Rules, f: _Found) -> None:
    """``quận Lê Chân và Ngô Quyền``, ``tỉnh Nghệ An, Hà Tĩnh``, ``xã X (Đông Sơn)``."""
    m = r.paren_re.match(text, pos)
    if m:
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        if end == ne and _placeish(text, ns, ne, r):
            f.add(ns, ne, "LOC", 1)
        return
    for _ in range(4):
        m = r.coord_re.match(text, pos)
        if not m:
            return
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        if end != ne or ne - ns < 2 or not _placeish(text, ns, ne, r):
            return
        if ne < len(text) and text[ne:ne + 2].strip() and text[ne] in " \u00a0" and False:
            return
        f.add(ns, ne, "LOC", 1)
        pos = ne


def _placeish(text: str, s: int, e: int, r: _Rules) -> bool:
    name = text[s:e]
    if name in r.places:
        return True
    syls = name.split()
    if len(syls) > 3:
        return False
    if len(syls) == 3 and syls[0] in r.surnames:
        return False
    return name not in r.outlets


def _bodies(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.body_re, text, f.at.get("body", ())):
        head = m.group("head")
        if not (head[0].isupper() or head.lower() in r.lower_ok):
            continue
        if head.isupper() and len(head) > 5 and not m.group(0).isupper():
            pass
        ls, le = m.span("loc")
        start = _organ_prefix(text, m.start(), r)
        end, per = _end_of_level(text, ls, le, r, after_title=_after_title(text, start, r))
        if end <= ls:
            continue
        if text[ls:end].lower() in r.level_words and r.plural_level_re.match(text, end):
            continue  # ``UBND phường, xã``: every ward, not one body
        f.add(start, end, "ORG", 0)
        if per:
            f.add(per[0], per[1], "PER", 2)


def _after_title(text: str, start: int, r: _Rules) -> bool:
    """A post stands right before ``start`` (``Chủ tịch`` + ``UBND huyện ...``)."""
    return bool(r.title_before_re.search(text[max(0, start - 30):start]))


def _organ_prefix(text: str, start: int, r: _Rules) -> int:
    """Extend a body back over an organ of it (``Ban Thường vụ`` + ``Tỉnh ủy``)."""
    window = text[max(0, start - 40):start]
    m = r.organ_re.search(window)
    if m:
        return start - (len(window) - m.start())
    return start


def _party(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.party_re, text, f.at.get("party", ())):
        start = _organ_prefix(text, m.start(), r)
        end = m.end("comm")
        per = None
        if m.group("name") and m.group("name").startswith("TP"):
            end = m.end("name")
        elif m.group("name"):
            ns, ne = m.span("name")
            nend, per = _name(text, ns, ne, r)
            if nend > ns:
                end = nend
        if start == m.start() and end == m.end("comm"):
            continue  # a bare committee is generic
        f.add(start, end, "ORG", 0)
        if per:
            f.add(per[0], per[1], "PER", 2)


def _national(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.national_re, text, f.at.get("national", ())):
        f.add(_organ_prefix(text, m.start(), r), m.end(), "ORG", 0)
    for m in _at(r.ministry_re, text, f.at.get("ministry", ())):
        if _inside_name(text, m.start(), r):
            continue
        end, per = m.end(), None
        if m.group("loc"):
            end, per = _end_of_level(text, m.start("loc"), m.end("loc"), r)
            if end <= m.start("loc"):
                end = m.end("field")
        f.add(m.start(), end, "ORG", 0)
        if per:
            f.add(per[0], per[1], "PER", 2)


def _person_like(text: str, s: int, e: int, r: _Rules) -> bool:
    name = text[s:e]
    parts = name.split()
    return 2 <= len(parts) <= 5 and parts[0] in r.surnames and name not in r.places \
        and " ".join(parts[:2]) not in r.places


def _inside_name(text: str, start: int, r: _Rules) -> bool:
    """The word at ``start`` continues a capitalised name (``Phòng`` in ``Hải Phòng``)."""
    return bool(r.prev_cap_re.search(text, max(0, start - 12), start))


def _institutions(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.inst_re, text, f.at.get("inst", ())):
        head = m.group("head")
        if " " not in head and _inside_name(text, m.start(), r):
            continue
        pos = m.end()
        good_end = None
        first = True
        named = False
        proper = False
        after_cap = False
        descriptive = head in r.descriptive_heads
        commas = 0
        for _ in range(14):
            t = r.chain_tok.match(text, pos)
            if not t:
                break
            if t.group("comma"):
                if commas or good_end is not None:
                    break
                commas += 1
                pos = t.end()
                continue
            tok = t.group("tok")
            lv = r.level_at.match(text, t.start("tok")) if _first_key(tok) in r.level_keys else None
            if lv and not tok[0].isupper() or (lv and tok in ("TP", "Tp")):
                end, per = _end_of_level(text, lv.start(), lv.end(), r)
                if end > lv.start():
                    good_end = end
                break
            if tok[0].isupper() or tok[0].isdigit() or tok.startswith("("):
                if first and not tok[0].isupper() and not descriptive:
                    break
                if tok in r.chain_breakers and not first:
                    break
                if first and tok[0].isupper():
                    named = True
                nm = r.name_at.match(text, t.start("tok"))
                if nm and not first and _person_like(text, nm.start(), nm.end(), r):
                    break  # ``Giám đốc Sở Tư pháp Trần Thị Bích``
                if nm and nm.end() > t.end("tok"):
                    end, per = _name(text, nm.start(), nm.end(), r, keep_first=first)
                    if end > nm.start():
                        good_end = end
                    if per or end < nm.end():
                        break
                    pos = nm.end()
                    first = False
                    proper = True  # a name in capitals throughout: what follows in lowercase is not part of it
                    continue
                if first or after_cap or tok[0].isalpha() and not tok.isupper():
                    good_end = t.end("tok")  # an abbreviation or a number far from the name is not its end
                proper = tok.isupper() and len(tok) > 1
                after_cap = True
                first = False
                pos = t.end()
                continue
            elif tok in ("-", "–", "và", "&"):
                nxt = r.chain_tok.match(text, t.end())
                nt = (nxt.group("tok") or "x") if nxt else "x"
                if not nt[0].isupper() or nt in r.inst_first or nt in r.break_always:
                    break  # ``Trường A và Trường B`` are two
            else:
                if not descriptive and first:
                    break
                if r.stop_re.match(text, t.start("tok")):
                    break
                if proper:
                    break
                if named and after_cap:  # ``Trung tâm Phục vụ ...``: the capitalised word's second syllable
                    good_end = t.end("tok")
            first = False
            after_cap = False
            pos = t.end()
        if good_end:
            f.add(m.start(), good_end, "ORG", 0)


def _outlets(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.outlet_re, text, f.at.get("outlet", ())):
        f.add(m.start(), m.end(), "ORG", 0)
    for m in _at(r.outlet_head_re, text, f.at.get("outlet", ())):
        f.add(m.start(), m.end(), "ORG", 0)
    for m in r.dateline_re.finditer(text):
        o = m.group("o").strip()
        if o and o[0].isupper() and "http" not in o:
            s = m.start("o") + m.group("o").index(o)
            f.add(s, s + len(o), "ORG", 0)
    for m in r.source_re.finditer(text):
        f.add(m.start("o"), m.end("o"), "ORG", 0)
    for m in _at(r.brand_re, text, f.at.get("outlet", ())):
        f.add(m.start(), m.end(), "ORG", 0)


def _named_places(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.fixed_place_re, text, f.at.get("place", ())):
        f.add(m.start(), m.end(), "LOC", 1)
    for m in _at(r.place_head_re, text, f.at.get("place", ())):
        if m.group("lhead"):
            if text[max(0, m.start() - 5):m.start()].lower().endswith("điểm "):
                continue  # ``điểm cầu Quảng Trị``: a video-conference site, not a bridge
            ns, ne = m.span("name")
            # streets and bridges are named after people: ``ngõ 15 An Dương Vương``
            end, per = _name(text, ns, ne, r, split=False)
            if end > ns:
                f.add(m.start(), end, "LOC", 1)
            continue
        # capital head: descriptive words, then a capitalised name
        pos = m.end()
        good_end = None
        for _ in range(8):
            t = r.chain_tok.match(text, pos)
            if not t or t.group("comma"):
                break
            tok = t.group("tok")
            if tok[0].isupper() or tok[0].isdigit():
                nm = r.name_at.match(text, t.start("tok"))
                if nm:
                    end, _ = _name(text, nm.start(), nm.end(), r, split=False)
                    if end > nm.start():
                        good_end = end
                    break
                good_end = t.end("tok")
                pos = t.end()
                continue
            if r.stop_re.match(text, t.start("tok")) or tok in r.level_words:
                break
            pos = t.end()
        if good_end:
            f.add(m.start(), good_end, "LOC", 1)


#: after a post and one capitalised syllable, the clause goes on as a person's
#: (``Thứ trưởng Tuấn chỉ đạo``, ``theo Chủ tịch Hùng,``): a verb of speech or a pause
_SPEAKS_AFTER = regex.compile(
    r"[ \u00a0]*+[,;:!?”\"]|[ \u00a0]*+\.(?![\p{L}\p{N}])|[ \u00a0]++(?:cho[ \u00a0]biết|chỉ[ \u00a0]đạo|nói|phát[ \u00a0]biểu"
    r"|nhấn[ \u00a0]mạnh|khẳng[ \u00a0]định|yêu[ \u00a0]cầu|đề[ \u00a0]nghị|cho[ \u00a0]rằng|chia[ \u00a0]sẻ|kết[ \u00a0]luận"
    r"|lưu[ \u00a0]ý|trả[ \u00a0]lời|giải[ \u00a0]thích|thông[ \u00a0]tin|đánh[ \u00a0]giá|cho[ \u00a0]hay)(?![\p{L}\p{M}])")


def _persons(text: str, r: _Rules, f: _Found, spans_at: dict[int, int]) -> None:
    for m in _at(r.cue_re, text, f.at.get("cue", ())):
        if r.type_before_re.search(text, max(0, m.start() - 12), m.start()):
            continue  # ``xã Bà Điểm``, ``phường Ông Lãnh``: the honorific is part of a place name
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        name = text[ns:end]
        if end <= ns or name in r.not_names:
            continue
        if name in r.places and not (" " not in name and m.group("cue").lower() in ("ông", "bà")):
            continue  # ``trẻ em Bangladesh``; but ``bà Nga``: the honorific outranks the country
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
        end, _ = _name(text, nm.start(), nm.end(), r, split=False)
        name = text[nm.start():end]
        syls = name.split()
        if end > nm.start() and name not in r.places and name not in r.not_names and len(syls) <= 5 \
                and (len(syls) >= 2 or pos != m.end() or _SPEAKS_AFTER.match(text, end)):
            f.add(nm.start(), end, "PER", 2)


def _runs(text: str, r: _Rules, f: _Found) -> None:
    """Bare places and family-name-initial runs, over every capitalised run."""
    for m in r.capruns.finditer(text):
        syls = _syllables(text, m.start(), m.end())
        # split at always-breakers: each piece is a run of its own
        pieces: list[list[tuple[int, int]]] = [[]]
        for a, b in syls:
            if text[a:b] in r.break_always:
                pieces.append([])
            else:
                pieces[-1].append((a, b))
        for piece in pieces:
            if not piece:
                continue
            _run_piece(text, piece, r, f)


def _run_piece(text: str, syls: list[tuple[int, int]], r: _Rules, f: _Found) -> None:
    s, e = syls[0][0], syls[-1][1]
    name = text[s:e]
    n = len(syls)
    if name in r.bare_places and not (n == 1 and name in r.break_before_lower and _next_is_lower(text, e, name, r)):
        f.add(s, e, "LOC", 1)
        return
    if n == 1 and name in r.break_before_lower and _next_is_lower(text, e, name, r):
        return  # ``Pháp chế``
    # a sentence-initial word before a place: ``Tại Thanh Hóa`` is caught by breakers,
    # others (``Năm nay``) are lowercase after; try dropping the first syllable.
    if n >= 2 and text[syls[1][0]:e] in r.bare_places and r.sent_start.search(text, max(0, s - 3), s):
        f.add(syls[1][0], e, "LOC", 1)
        return
    g = _gaz_prefix(text, syls, r)
    if 0 < g < n and text[syls[g][0]:syls[g][1]] in r.surnames and n - g >= 2:
        f.add(s, syls[g - 1][1], "LOC", 1)
        f.add(syls[g][0], e, "PER", 3)
        return
    if n >= 2 and text[syls[0][0]:syls[0][1]] in r.lead_words and text[syls[1][0]:e] in r.bare_places:
        f.add(syls[1][0], e, "LOC", 1)  # ``Từ Hà Nội``: a preposition, then a place (not ``Trương Hòa Bình``)
        return
    first = text[syls[0][0]:syls[0][1]]
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


def _credits(text: str, r: _Rules, f: _Found) -> None:
    for m in r.credit_re.finditer(text):
        if m.group("pname"):
            f.add(m.start("pname"), m.end("pname"), "PER", 2)
            continue
        s0, e0 = m.span("names")
        for it in r.item_re.finditer(text, s0, e0):
            t = it.group(0)
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
            if t.isupper() and " " not in t:
                if len(t) >= 3:  # ``Ảnh: TTXVN``; two letters are initials, not an agency
                    f.add(it.start(), it.end(), "ORG", 0)
            else:
                f.add(it.start(), it.end(), "PER", 2)


def _followed_by_lower(text: str, pos: int) -> bool:
    return pos + 1 < len(text) and text[pos] in " \u00a0" and text[pos + 1].islower()


def _bylines(text: str, r: _Rules, f: _Found, authors: Iterable[str]) -> None:
    lines = [m for m in regex.finditer(r"(?m)^[^\n]*+$", text) if m.group(0).strip()]
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
        if m and m.group("n") not in r.places and m.group("n") not in r.outlets:
            words = m.group("n").title().split()
            if not any(w in r.break_always for w in words):
                f.add(m.start("n"), m.end("n"), "PER", 2)
    for a in authors:
        a = a.strip()
        if len(a) < 3:
            continue
        for m in regex.finditer(_NB + regex.escape(a) + _NA, text):
            f.add(m.start(), m.end(), "PER", 2)


def _resolve(items: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str]]:
    """Longest first, then by label priority; drop anything overlapping a kept span."""
    items = sorted(set(items), key=lambda x: (-(x[1] - x[0]), x[3], x[0]))
    taken: list[tuple[int, int]] = []
    out = []
    import bisect
    starts: list[int] = []
    for s, e, label, _ in items:
        i = bisect.bisect_left(starts, s)
        if i > 0 and taken[i - 1][1] > s:
            continue
        if i < len(taken) and taken[i][0] < e:
            continue
        taken.insert(i, (s, e))
        starts.insert(i, s)
        out.append((s, e, label))
    out.sort()
    return out


def find_entities(text: str, authors: Iterable[str] = ()) -> list[Entity]:
    """Every PER, LOC and ORG mention in ``text``, one flat layer, in text order.

    ``authors`` are byline names found elsewhere (the metadata stage); their
    occurrences are PER too.

    >>> [(e.text, e.label) for e in find_entities("Ông Lê Văn Hải, Chủ tịch UBND tỉnh Nghệ An, cho biết.")]
    [('Lê Văn Hải', 'PER'), ('UBND tỉnh Nghệ An', 'ORG')]
    """
    r = rules()
    f = _Found(text, r)
    _typed_places(text, r, f)
    _bodies(text, r, f)
    _party(text, r, f)
    _national(text, r, f)
    _institutions(text, r, f)
    _outlets(text, r, f)
    _named_places(text, r, f)
    # org/loc spans by start, for posts followed by a body and a name
    spans_at: dict[int, int] = {}
    for s, e, label, _ in f.items:
        if label in ("ORG", "LOC") and e > spans_at.get(s, -1):
            spans_at[s] = e
    # a typed place or a body may be followed by a coordinated / parenthesised place
    for s, e in list(spans_at.items()):
        _coordinated_paren(text, e, r, f)
    _persons(text, r, f, spans_at)
    _credits(text, r, f)
    _bylines(text, r, f, authors)
    _runs(text, r, f)
    for m in _at(r.gaz_re, text, f.at.get("gaz", ())):
        name = m.group()
        if " " not in name and name in r.break_before_lower and _next_is_lower(text, m.end(), name, r):
            continue  # ``Pháp chế`` (legal affairs), not France
        f.add(m.start(), m.end(), "LOC", 1)
    for m in _at(r.gaz_upper_re, text, f.at.get("gazup", ())):
        if any(s <= m.start() < e for s, e, _, _ in f.items):
            continue
        # ``UBND TỈNH NGHỆ AN``: the level word before it takes the name
        typed = r.type_before_re.search(text, max(0, m.start() - 12), m.start())
        if not typed:
            f.add(m.start(), m.end(), "LOC", 1)
            continue
        before = [it for it in f.items if it[1] == typed.end() - 1 and it[0] <= typed.start()]
        if before:
            s, _, label, prio = max(before, key=lambda it: it[1] - it[0])
            f.add(s, m.end(), label, prio)
        else:
            f.add(typed.start(), m.end(), "LOC", 1)
    _glued_authors(text, f, list(authors))
    return [Entity(text=text[s:e], start=s, end=e, label=label) for s, e, label in _resolve(f.items)]


def _glued_authors(text: str, f: _Found, authors: list[str]) -> None:
    """Two bylines the metadata stage split (``Hải Vân``, ``Phong Thu`` signed as
    ``Hải Vân Phong Thu``) are two people: nothing longer may swallow them."""
    for a, b in zip(authors, authors[1:]):
        for m in regex.finditer(_NB + regex.escape(a) + _SP + regex.escape(b) + _NA, text):
            f.items = [it for it in f.items if it[1] <= m.start() or it[0] >= m.end()]
            f.add(m.start(), m.start() + len(a), "PER", 2)
            f.add(m.end() - len(b), m.end(), "PER", 2)


def _coordinated_paren(text: str, pos: int, r: _Rules, f: _Found) -> None:
    m = r.paren_re.match(text, pos)
    if m:
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        if end == ne and _placeish(text, ns, ne, r):
            f.add(ns, ne, "LOC", 1)


@stage("entities", requires=("boilerplate", "authors"), assigns=("entities",))
def entities_stage(ctx: ArticleContext) -> None:
    """PER, LOC and ORG mentions (see :func:`find_entities`)."""
    ctx.entities = [e for e in find_entities(ctx.text, ctx.authors) if not ctx.in_boilerplate(e.start)]

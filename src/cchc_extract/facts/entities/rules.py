"""The compiled vocabulary of ``patterns/entities.yaml`` and the regex fragments the rules share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
import re

import regex

from ...patterndata import entries
from ...gazetteers import places

_L = r"[\p{L}\p{M}\p{N}]"
_NB = r"(?<![\p{L}\p{M}\p{N}])"          # no word character before
_NA = r"(?![\p{L}\p{M}\p{N}])"           # no word character after
_SP = r"[ \u00a0]"
#: A title-case syllable (``Vinh``, ``Đức``; also a single capital ``A``).  Names of the
#: Central Highlands write a capital, an apostrophe and the rest of the syllable (``M'gar``,
#: ``R’lấp``, ``H’Drai``); an English contraction (``I’m``, ``I’ll``) is no such syllable.
_SYL = (r"\p{Lu}(?:['’](?!(?:ll|ve|re)(?![\p{L}\p{M}]))\p{L}[\p{Ll}\p{M}]++|[\p{Ll}\p{M}]*+)"
        + _NA)
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


#: the ways writers join a ministry's two fields: spaced or glued, hyphen or en dash
_FIELD_DASHES = (" - ", "-", " – ", "–", " -", "- ", " — ")


def dashed_fields(fields: Iterable[str]) -> list[str]:
    """``fields`` with every way of writing their dash (``Giáo dục – Đào tạo``, ``Giáo dục-Đào tạo``), and the
    two fields joined by ``và`` also written with a dash (``Thông tin - Truyền thông``)."""
    out = set(fields)
    for w in fields:
        if "," not in w and "-" not in w and w.count(" và ") == 1:
            out.add(w.replace(" và ", " - "))
    for w in list(out):
        for dash in ("–", "-"):
            if w.count(dash) == 1:
                a, b = (x.strip() for x in w.split(dash))
                out.update(a + d + b for d in _FIELD_DASHES)
    return sorted(out)


def _both_cases(words: Iterable[str]) -> list[str]:
    out = set()
    for w in words:
        out.add(w)
        out.add(w[:1].upper() + w[1:])
    return sorted(out)


@dataclass(frozen=True)
class _Fragments:
    """Regex fragments shared by several groups of rules, written once."""

    types: str
    hcm_city: str
    bodies: str
    bare_gaz: str


class _Rules:
    """The compiled vocabulary of ``patterns/entities.yaml``."""

    def __init__(self) -> None:
        e = entries("entities")
        self._words(e)
        fr = self._places_and_bodies(e)
        self._ministries_and_institutions(e)
        self._outlets(e, fr)
        self._named_places(e, fr)
        self._people(e, fr)
        self._credits(e)
        self._gazetteer(e, fr)
        self._dispatch(e)

    def _words(self, e) -> None:
        """Word lists: places, surnames, run breakers, outlets, level words."""
        self.places = _dash_variants(places())
        #: names that stand for the place when written bare (not ``Hồ Chí Minh``, mostly the man)
        self.bare_places = {n for n, k in self.places.items() if not k.endswith("typed_only")}
        self.surnames = set(e["surnames"]["words"])
        self.rare_surnames = set(e["surnames"]["rare"]) - self.surnames
        self.not_names = set(e["surnames"]["not_names"])
        stems, branches = e["surnames"]["year_stems"], e["surnames"]["year_branches"]
        self.not_names |= {f"{a} {b}" for a in stems for b in branches}
        self.break_always = set(e["run_breakers"]["always"])
        self.lead_words = set(e["run_breakers"]["lead_words"])
        #: capitalised function words that open a sentence and end no name before a body's head
        self.openers_not_names = set(e["run_breakers"]["sentence_openers_before_bodies"])
        self.nouns_before_country = set(e["run_breakers"]["nouns_before_country"])
        self.given_breakers = set(e["run_breakers"]["given_names"])
        self.quantifiers = set(e["run_breakers"]["quantifiers"])
        self.break_before_number = set(e["run_breakers"]["before_number"])
        self.break_before_lower = {k: set(v) for k, v in e["run_breakers"]["before_lower"].items()}
        self.honorific_before = {k: regex.compile(_SP + r"(?:" + _alt(v) + r")" + _NA)
                                 for k, v in e["run_breakers"]["honorific_before"].items()}
        outlets = e["outlets"]
        self.outlets = set(outlets["bare"])
        self.stop_re = regex.compile(r"(?i:" + _alt(e["institutions"]["stop_words"]) + r")" + _NA)
        self.level_words = {w.lower() for w in e["loc_type_words"]["words"]}
        self.person_before_type = {k: set(v) for k, v in e["loc_type_words"]["person_before"].items()}
        self.lower_ok = {w.lower() for w in e["admin_bodies"]["lowercase_ok"]}


    def _places_and_bodies(self, e) -> _Fragments:
        """Typed places, levels, bodies with a level or a locality, party committees, national bodies."""
        types = _alt(e["loc_type_words"]["words"])
        tp = r"(?:TP|Tp|T\.P)(?:\." + _SP + r"?+|" + _SP + r")"
        hcm = r"(?:HCM|Hồ" + _SP + r"Chí" + _SP + r"Minh)" + _NA
        hcm_city = r"(?:TP\.?+" + _SP + r"?+HCM|TPHCM|TP\.?+" + _SP + r"?+Hồ" + _SP + r"Chí" + _SP + r"Minh)" + _NA
        #: the rest of a foreign place's name: a hyphenated part or a lowercase particle and a capitalised word
        #: (``quận Al-Qaboun``, ``tỉnh Lanao del Sur``, ``thành phố Deir ez Zor``); Vietnamese names have neither
        self.foreign_tail_re = regex.compile(
            r"(?:-\p{Lu}[\p{Ll}]++|" + _SP + r"(?:del|de|ez|el|al|as|es|di|da|do|dos|des|la|le|van|von|der|den)" + _SP
            + r"\p{Lu}[\p{Ll}]++)(?:" + _SP + r"\p{Lu}[\p{Ll}]++)?+" + _NA)
        self.hcm_re = regex.compile(_NB + r"TP\.?+" + _SP + r"?+HCM" + _NA + r"|" + _NB + r"TPHCM" + _NA)
        hyphenated = _alt(n for n in self.places if any(d in n for d in "-–—"))  # ``Bà Rịa - Vũng Tàu``
        #: the two names of one place abbreviated (``tỉnh BR-VT``, ``tỉnh TT-Huế``)
        abbreviated = r"\p{Lu}{2,3}+[-–](?:\p{Lu}{2,3}+" + _NA + r"|" + _SYL + r")"
        name = (r"(?:(?:" + hyphenated + r")" + _NA + r"|" + hcm + r"|" + abbreviated + r"|" + _CAPRUN
                + r"|\d{1,2}(?![\p{N}/]|[.,]\d))")
        #: a type word + name (``tỉnh Nghệ An``, ``TP. Long Xuyên``)
        self.typed_re = regex.compile(
            _NB + r"(?P<type>(?i:" + types + r")" + _SP + r"|" + tp + r"|(?:TP|Tp|Q|P|H|TX|TT)\.(?=\p{Lu}|\d)|TX" + _SP
            + r"|(?P<spaced>(?:Q|H|TX)\." + _SP + r"(?=\p{Lu})"
            # ``P. Nại Hiên Đông, Q. Sơn Trà``: a spaced ``P.`` (also a person's initial) only before a ward's name
            # that a district follows in an address
            + r"|P\." + _SP + r"(?=\p{Lu}[\p{L}\p{M} \u00a0]{1,30}+," + _SP + r"?+(?:Q\.|H\.|TX\.|(?i:quận|huyện|thị xã))" + _SP
            + r"?+[\p{Lu}\d])))(?P<name>" + name + r")")
        #: a level after a body: a type word with an optional name
        self.level = (r"(?:(?i:" + types + r")" + _NA + r"(?:" + _SP + name + r")?+|" + hcm_city + r"|" + tp + name
                      + r"|(?:Q|P|H|TX|TT)\.(?=\p{Lu}|\d)" + name + r"|(?:TP|Tp)\.?+" + _NA + r")")
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
            _NB + r"(?P<comm>" + _alt(pc["words"]) + r")" + _NA + r"(?:" + _SP + r"(?P<name>" + hcm_city + r"|(?:"
            + hyphenated + r")" + _NA + r"|" + tp
            + _CAPRUN + r"|" + _CAPRUN + r"))?+")
        self.tp_name_re = regex.compile(tp + r"(?P<n>" + _CAPRUN + r")")
        nat = e["national_bodies"]["words"]
        nb = e["national_bodies"]
        self.post_before_re = regex.compile(r"(?:" + _alt(nb["posts_before"]) + r")" + _SP + r"$")
        self.slogan_after_re = regex.compile(_SP + r"(?:" + _alt(nb["slogans_after"]) + r")" + _NA)
        countries = [n for n, k in self.places.items() if k == "country"]
        self.country_after_re = regex.compile(_SP + r"(?:" + _alt(countries) + r")" + _NA)
        self.national_re = regex.compile(
            _NB + r"(?:" + _alt(nat) + r")" + _NA + r"(?!" + _SP + r"(?:điện" + _SP + r"tử|số)" + _NA + r")")
        return _Fragments(types, hcm_city, bodies, bare_gaz)

    def _ministries_and_institutions(self, e) -> None:
        """Ministries and departments, institutions, kin and generic cues, the chain tokens."""
        md = e["ministries_and_departments"]
        abbr = r"\p{Lu}{1,4}+(?:[&\-]\p{Lu}{1,4}+)++" + _NA
        self.ministry_re = regex.compile(
            _NB + r"(?:" + _alt(md["heads"]) + r")" + _SP + r"(?P<field>(?i:" + _alt(dashed_fields(md["fields"])) + r")" + _NA + r"|" + abbr
            + r")(?:" + _SP + r"(?P<loc>" + self.level + r"|" + self.gaz_name + r"))?+")
        inst = e["institutions"]
        self.descriptive_heads = set(inst["descriptive_heads"])
        self.inst_first = {h.split()[0] for h in set(inst["descriptive_heads"]) | set(inst["named_heads"])}
        self.chain_breakers = {"Ông", "Bà", "Chủ", "Phó", "Bí", "Giám", "Trưởng", "Ảnh", "Theo", "Nguồn", "Tại", "Trong",
                               "Với", "Ngày", "Năm", "Tháng", "Khoảng"}
        #: a school's level right before a name: the name is the school's (``Trường THPT Lê Quý Đôn``)
        self.school_level_before_re = regex.compile(r"(?:" + _alt(inst["school_levels"]) + r")" + _SP + r"$")
        #: a kin word or an honorific right before a bare place name: the name is a person's (``chị Vinh``)
        generic = r"(?i:" + _alt(e["person_cues"]["generic_before"]) + r")" + _SP
        self.generic_cue_re = regex.compile(_NB + generic + r"$")
        self.kin_before_re = regex.compile(_NB + r"(?<!" + _NB + generic + r")(?i:" + _alt(e["person_cues"]["kin_words"])
                                           + r")" + _SP + r"$")
        self.inst_re = regex.compile(
            _NB + r"(?P<head>" + _alt(set(inst["descriptive_heads"]) | set(inst["named_heads"])) + r")" + _NA)
        self.level_at = regex.compile(self.level)
        self.prev_cap_re = regex.compile(_NB + r"\p{Lu}[\p{Ll}\p{M}]*+" + _SP + r"$")
        self.level_keys = {_first_key(w) for w in e["loc_type_words"]["words"]} | {"tp"}
        self.chain_tok = regex.compile(_SP + r"(?P<tok>[\p{L}\p{M}\p{N}&]++(?:[.\-][\p{L}\p{M}\p{N}&]++)*+|[-–]|\(\p{Lu}++\))"
                                       r"|(?P<comma>,)(?=" + _SP + r"\p{Ll})")

    def _outlets(self, e, fr: "_Fragments") -> None:
        """Outlets, their heads, editions and places, datelines, sources, brands."""
        outlets = e["outlets"]
        hcm_city = fr.hcm_city
        web = r"(?:" + _alt(outlets["web_endings"]) + r")" + _NA
        self.outlet_re = regex.compile(
            _NB + r"(?:" + _alt(set(outlets["bare"]) - set(outlets["ambiguous"])) + r")(?:" + web + r"|" + _NA + r")")
        self.outlet_head_re = regex.compile(
            _NB + r"(?P<head>" + _alt(outlets["heads"]) + r")" + _SP + r"(?P<n>" + _alt(outlets["bare"]) + r"|"
            + self.gaz_name + r"|" + _CAPRUN + r")")
        self.not_after_bao = set(outlets["not_after_bao"])
        provinces = _alt(n for n, k in self.places.items() if k in ("province", "city"))
        self.outlet_place_re = regex.compile(_NB + r"(?:" + _alt(outlets["edition_titles"]) + r")" + _SP + r"(?:" + hcm_city
                                             + r"|TP\.?+" + _SP + r"?+HCM" + _NA + r"|(?:" + provinces + r")" + _NA + r")")
        #: the place an outlet's name ends in (``An ninh Thủ đô``, ``Phụ nữ TP.HCM``, ``Giáo dục Việt Nam``)
        outlet_place = (r"(?:Thủ" + _SP + r"[đĐ]ô|Việt" + _SP + r"Nam|" + hcm_city + r"|TP\.?+" + _SP + r"?+HCM|(?:" + provinces
                        + r"))" + _NA)
        self.outlet_place_tail_re = regex.compile(_SP + outlet_place)
        #: a source cue and an outlet named by a word of one capital and its place (``Theo An ninh Thủ đô``)
        self.cued_outlet_re = regex.compile(
            _NB + r"(?:Theo|PV|[Pp]hóng" + _SP + r"viên|Ảnh:|Nguồn:)" + _SP + r"(?P<o>\p{Lu}[\p{Ll}\p{M}]++" + _SP
            + r"\p{Ll}[\p{Ll}\p{M}]*+" + _SP + outlet_place + r")")
        #: ``báo Tin tức``: the lowercase syllable of a name written with one capital; ``trực tuyến`` after it
        self.outlet_low_re = regex.compile(_SP + r"\p{Ll}[\p{Ll}\p{M}]*+" + _NA)
        self.outlet_edition_re = regex.compile(_SP + r"(?:" + _alt(outlets["edition_words"]) + r")" + _NA)
        self.dateline_re = regex.compile(r"(?m)(?:^|[.!?…”\"][ \t]++)[ \t]*+\((?P<o>[^()\n]{2,30})\)[ \t]*+[-–—][ \t]")
        self.source_re = regex.compile(r"(?m)(?:^|[ \t]/)[ \t]*+(?:Nguồn|Theo)[ \t]*+:?[ \t]*+(?P<o>" + _CAPRUN + r")[ \t]*+(?::|$)")
        self.brand_re = regex.compile(
            _NB + r"(?:" + _alt(e["brands"]["words"]) + r")" + _NA + r"(?:" + _SP + r"(?:" + self.gaz_name + r"))?+")

    def _named_places(self, e, fr: "_Fragments") -> None:
        """Named places: heads, venues, roads named by two ends, fixed names."""
        hcm_city = fr.hcm_city
        ph = e["named_place_heads"]
        self.venue_heads = set(ph["venue_heads"])
        self.venue_describers = set(ph["venue_describers"])
        self.place_head_re = regex.compile(
            _NB + r"(?P<head>" + _alt(set(ph["capital_heads"]) | set(ph["venue_heads"])) + r")" + _NA + r"|" + _NB + r"(?P<lhead>" + _alt(ph["lower_heads"])
            + r")" + _SP + r"(?:\d{1,4}+(?:/\d{1,4}+)?+" + _SP + r")?+(?P<name>" + hcm_city + r"|" + _CAPRUN + r")")
        self.dash_joined = set(ph["dash_joined"])
        #: capitalised words that open the next sentence before a lowercase word: a place's name stops there
        self.clause_openers = set(ph["clause_openers"]) | set(e["person_name_edges"]["openers"])
        self.descriptive_capitals_re = regex.compile(r"(?:" + _alt(ph["descriptive_capitals"]) + r")" + _NA)
        self.capital_not_before = {h: set(v) for h, v in ph["capital_not_before"].items()}
        #: `` - <Name>`` after the first place of a road between two
        self.dash_name_re = regex.compile(_SP + r"?+[-–—]" + _SP + r"?+(?P<n>" + hcm_city + r"|" + _CAPRUN + r")")
        #: `` đến <Name>`` after the first place of a section of road (``đoạn cao tốc X đến Y``)
        self.to_name_re = regex.compile(_SP + r"đến" + _SP + r"(?P<n>" + hcm_city + r"|" + _CAPRUN + r")")
        self.section_before_re = regex.compile(_NB + r"(?i:đoạn)(?:" + _SP + r"tuyến)?+" + _SP + r"$")
        #: head -> words before it that make it a compound (``yêu cầu``) or join the place (``bán đảo``)
        self.compound_before = {h: set(v) for h, v in (ph.get("compound_before") or {}).items()}
        self.joins_before = {h: set(v) for h, v in (ph.get("joins_before") or {}).items()}
        self.fixed_place_re = regex.compile(_NB + r"(?:" + _alt(ph["fixed"]) + r")" + _NA)

    def _people(self, e, fr: "_Fragments") -> None:
        """People: cues, posts and titles, named-after heads, events, fields."""
        bodies = fr.bodies
        md = e["ministries_and_departments"]
        inst = e["institutions"]
        cues = _both_cases(e["person_cues"]["words"])
        self.named_re = regex.compile(_NB + r"(?:" + _alt(e["named_person"]["persons_before"]) + r")" + _SP + r"tên" + _SP
                                      + r"(?P<name>" + _CAPRUN + r")")
        self.cue_re = regex.compile(_NB + r"(?P<cue>" + _alt(cues) + r")" + _SP + r"(?P<name>" + _CAPRUN + r")")
        self.title_re = regex.compile(_NB + r"(?:" + _alt(e["person_titles"]["words"]) + r")" + _SP)
        self.title_body_before_re = regex.compile(
            r"(?:" + _alt(e["person_titles"]["words"]) + r")" + _SP + r"(?:" + bodies + r")" + _SP + r"$")
        self.title_before_re = regex.compile(r"(?:" + _alt(e["person_titles"]["words"]) + r")" + _SP + r"$")
        self.post_before_any_re = regex.compile(r"(?i:" + _alt(e["person_titles"]["words"]) + r")" + _SP + r"$")
        #: heads of schools and hospitals, which bear people's names after their descriptive words
        self.named_after_heads = set(inst["named_after_people_heads"])
        #: a head right after these words names an event, no body (``Lễ hội Hội Lim``)
        self.event_before = {h: regex.compile(_NB + r"(?:" + _alt(v) + r")" + _SP + r"$") for h, v in inst["event_before"].items()}
        self.field_re = regex.compile(r"(?i:" + _alt(dashed_fields(md["fields"])) + r")" + _NA + _SP)
        self.name_at = regex.compile(_CAPRUN)

    def _credits(self, e) -> None:
        """Photo credits, web-site credits, source pairs, bylines and closing names."""
        cr = e["credits_and_bylines"]["cues"]
        self.credit_not_people = set(e["credits_and_bylines"]["not_people"])
        self.credit_not_people_lower = {w.lower() for w in self.credit_not_people}
        item = r"(?:" + _CAPRUN + r"|" + _ALLCAPS_SYL + r"(?:" + _SP + _ALLCAPS_SYL + r"){0,3}+)"
        self.credit_re = regex.compile(
            # initials first, with or without the colon: ``Ảnh C.N``, ``Ảnh: N.P.`` (not the one letter ``N`` of a name)
            _NB + r"(?:Ảnh|ảnh)[ \t]*+:?[ \t]*+(?P<initials>\p{Lu}\.(?:\p{Lu}\.?+){1,3}+)(?![\p{L}\p{N}])|"
            + _NB + r"(?:" + _alt(cr) + r")[ \t]*+:[ \t]*+(?P<names>" + item + r"(?:[ \t]*+(?:[-/,&]|và)[ \t]*+" + item
            + r"){0,3}+)|\((?:ảnh|Ảnh)" + _SP + r"(?P<pname>" + _CAPRUN + r")\)")
        #: ``(Ảnh: tenmien24)``, ``(Nguồn: trangtin.com, blogname)``: web sites in lowercase, each an ORG
        self.site_credit_re = regex.compile(
            r"\((?:Ảnh|ảnh|Nguồn|nguồn)[ \t]*+:[ \t]*+(?P<sites>[\p{Ll}\p{N}][\p{L}\p{N}.\-_]*+(?:[ \t]*+,[ \t]*+[\p{L}\p{N}]"
            r"[\p{L}\p{N}.\-_]*+){0,3}+)[ \t]*+\)")
        #: English outlet and agency words: a run of Latin-script capitalised words with one of them is an outlet
        self.outlet_words_en = set(e["outlets"]["english_words"])
        self.latin_run_re = regex.compile(
            r"(?<![\p{L}\p{M}\p{N}])[A-Z][A-Za-z]*+(?:[ \u00a0][A-Z][A-Za-z]*+){1,4}+(?![\p{L}\p{M}\p{N}])")
        #: a source line ``Theo Phương Nhi/BaoChinhphu.vn``: a writer and an outlet
        self.source_pair_re = regex.compile(
            r"(?m)(?:^|[.!?…”\"][ \t]++)(?:(?P<by>" + _SYL + r"(?:" + _SP + r"(?!Theo" + _SP + r")" + _SYL + r"){0,2}+)[ \t]++(?=Theo" + _SP + r"))?+"
            r"(?:Theo|Nguồn:?)[ \t]++(?P<a>[^\s/][^/\n]{1,40}?)[ \t]*+/[ \t]*+"
            r"(?P<b>[\p{L}\p{N}][\p{L}\p{M}\p{N}. ]{1,30}?)[ \t]*+$")
        self.item_re = regex.compile(item)
        self.capruns = regex.compile(_CAPRUN_ANY)
        self.byline_re = regex.compile(
            r"(?m)^[ \t]*+(?P<n>(?:" + _SYL + r"(?:" + _SP + _SYL + r"){1,3}+|" + _ALLCAPS_SYL + r"(?:" + _SP + _ALLCAPS_SYL
            + r"){1,3}+))[ \t]*+$")
        self.tail_name_re = regex.compile(
            r"(?:[.!?…”\"]|\./\.)[ \t]++(?P<n>" + _SYL + r"(?:" + _SP + _SYL + r"){1,3}+|" + _ALLCAPS_SYL + r"(?:" + _SP
            + _ALLCAPS_SYL + r"){1,3}+)(?:[ \t]*+[-–][ \t]*+(?P<n2>" + _SYL + r"(?:" + _SP + _SYL + r"){1,3}+))?+[ \t]*+[-–]?+[ \t]*+$")

    def _gazetteer(self, e, fr: "_Fragments") -> None:
        """Coordinated and parenthesised names, bare gazetteer places, numbered units."""
        types, bare_gaz = fr.types, fr.bare_gaz
        self.coord_re = regex.compile(r"(?:," + _SP + r"|" + _SP + r"(?:và|hoặc)" + _SP + r")(?P<name>" + _CAPRUN + r")")
        self.paren_re = regex.compile(_SP + r"?+\((?P<name>" + _CAPRUN + r")\)")
        self.gaz_re = regex.compile(_NB + r"(?<!" + _NB + r"\p{Lu}[\p{Ll}\p{M}]*+" + _SP + r")(?:" + bare_gaz + r")" + _NA
                                    + r"(?!" + _SP + r"\p{Lu}[\p{Ll}\p{M}]*+" + _NA + r")")
        #: provinces and cities in an all-capitals headline (``BẮC NINH: …``)
        self.upper_places = {n.upper() for n, k in self.places.items() if k in ("province", "city")}
        self.type_before_re = regex.compile(_NB + r"(?i:" + types + r")" + _SP + r"$")
        self.gaz_upper_re = regex.compile(_NB + r"(?:" + _alt(self.upper_places) + r")" + _NA)
        #: the number ending the name of a village, a residential group or a ward (``thôn Phú Lộc 1``,
        #: ``tổ dân phố Nam Sơn 2``, ``phường Mỹ Đình 1``), where the name ends after it: not ``quận X 10 triệu``
        self.numbered_units = {"thôn", "ấp", "tổ dân phố", "khu phố", "làng", "xã", "phường", "thị trấn"}
        self.unit_number_re = regex.compile(
            _SP + r"\p{Lu}?+\d(?![\p{L}\p{M}\p{N}/\-]|[.,]\d)(?=[,;)]|" + _SP + r"?+\(|\.(?!\d)|[ \t]*+$|"
            + _SP + r"(?i:" + types + r")" + _NA + r")", regex.M)
        self.plural_level_re = regex.compile(r"(?:," + _SP + r"?+|" + _SP + r"và" + _SP + r")(?i:" + types + r")" + _NA)

    def _dispatch(self, e) -> None:
        """Every rule starts at one of its own first words: the trigger scan and its dispatch table."""
        pc, nat = e["party_committees"], e["national_bodies"]["words"]
        md, inst = e["ministries_and_departments"], e["institutions"]
        outlets, ph = e["outlets"], e["named_place_heads"]
        cues = _both_cases(e["person_cues"]["words"])
        # Every rule starts at one of its own first words: one trie scan finds them
        # all, and each rule is tried only where a word of its own stands.
        groups = {
            "typed": set(e["loc_type_words"]["words"]) | {"TP", "Tp", "T.P", "Q.", "P.", "H.", "TX.", "TX", "TT.", "TPHCM"},
            "body": set(e["admin_bodies"]["words"]),
            "party": set(pc["words"]),
            "national": set(nat),
            "ministry": set(md["heads"]),
            "inst": set(inst["descriptive_heads"]) | set(inst["named_heads"]),
            "outlet": set(outlets["bare"]) | set(outlets["heads"]) | set(e["brands"]["words"]) | set(outlets["edition_titles"]),
            "place": set(ph["fixed"]) | set(ph["capital_heads"]) | set(ph["lower_heads"]) | set(ph["venue_heads"]),
            "cue": set(cues) | set(e["named_person"]["persons_before"]),
            "title": set(e["person_titles"]["words"]),
            "gaz": set(self.bare_places),
            "gazup": self.upper_places,
            "orgplace": set(e["organisations_ending_in_a_place"]["heads"])
            | set(e["organisations_ending_in_a_place"]["tight_heads"])
            | set(e["organisations_ending_in_a_place"]["lower_heads"]),
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

#: how a dash joining the two names of one place is written (``Bà Rịa - Vũng Tàu``, ``Bà Rịa–Vũng Tàu``)
_DASHES = [f"{a}{d}{b}" for d in "-–—" for a in ("", " ") for b in ("", " ")]


def _dash_variants(names: dict[str, str]) -> dict[str, str]:
    """``names`` with every spelling of the dash in a joined name (``Châu Á-Thái Bình Dương``)."""
    out = dict(names)
    for name, kind in names.items():
        if " - " in name:
            for dash in _DASHES:
                out.setdefault(name.replace(" - ", dash), kind)
    return out


#: the letters a word starts with
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")


def _first_key(word: str) -> str:
    m = _LEADING_LETTERS.match(word)
    return m.group(0).lower() if m else word.lower()


@lru_cache(maxsize=1)
def rules() -> _Rules:
    return _Rules()


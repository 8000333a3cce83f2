"""Capitalised words whose use in the sentence names no entity of the kind their letters suggest.

* **A holy place or a street named with an honorific**: ``đền Bà Chúa Kho``, ``miếu Ông Địa``, ``đường
  Bà Triệu`` and the items of a list of streets (``các tuyến đường như: Hai Bà Trưng, Bà Triệu``): the
  capital ``Bà``/``Ông`` is the first word of the place's name (LOC over the head and the name), not a
  person's honorific before a person.
* **Beings that are no people**: a star of the nine-star cycle in a sentence about stars (``Các sao
  tốt như: Thái Dương, Thái Âm``), a martial-arts style after a word of the martial arts (``phái ...
  Vịnh Xuân``, ``làng Thái Cực Quyền``), a sea or hearth deity after ``ông``/``bà`` near a word of
  worship (``tôn vinh ông Nam Hải như một vị thần``) when the article names no person whose full name
  ends so.
* **A club after a plural of players** (``các cầu thủ Leicester``): many players are no one person; the
  name is their club (ORG), unless a list of names follows (``các cầu thủ Quang Hải, Văn Hậu``).
* **A photo source that is the subject's own Facebook** (``Ảnh: FBNV``, ``Ảnh: Facebook``): no body.
* **Figurative places**: ``làng`` (the world of) before a genre, a sport's acronym or a style (``làng
  Jpop``, ``làng MMA``), and ``phiên chợ Đông``/``chợ Hè`` (the winter or summer transfer window).
* **Bodies that are words of a phrase**: ``Quan hệ Chính phủ`` in a job title (government relations),
  and a ministry whose lowercase name is also a verb before that verb's object (``Việc Bộ xây dựng ngân
  hàng câu hỏi``: the ministry builds a question bank), unless the article writes the name capitalised.

The vocabulary is ``uses_not_entities`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from ...rx import compiled
from .anchored import Anchored
from .names import _Found, drop_inside
from .rules import _NA, _NB, _SP, _Rules, _alt

#: one capitalised syllable (``Chúa``, ``Triệu``)
_SYL = r"\p{Lu}[\p{Ll}\p{M}]*+" + _NA
#: the end of the sentence before a position: a stop, a line's start, or a colon of a heading
_SENT_START = regex.compile(r"[.!?…\n]")


class _Vocab:
    def __init__(self) -> None:
        d = entries("entities")["uses_not_entities"]
        heads = _alt(d["honorific_place_heads"])
        hon = _alt(d["place_honorifics"])
        self.stop_words = set(d["name_stops"])
        #: a holy place's or a street's head, then an honorific and a capitalised name
        # (not the second syllable of another word: ``gia đình Ông Tư``, the family)
        self.hon_place = Anchored(regex.compile(
            _NB + r"(?<!(?i:gia|triều)" + _SP + r")(?:" + heads + r")" + _SP + r"(?P<n>(?:" + hon + r")" + _SP + _SYL
            + r"(?:" + _SP + _SYL + r"){0,2}+)"), d["honorific_place_heads"])
        #: a list of streets: its opener, then items separated by commas or ``và``
        self.street_list = Anchored(regex.compile(_NB + r"(?i:" + _alt(d["street_list_heads"]) + r")" + _SP + r"(?:"
                                                  + _alt(d["list_openers"]) + r")" + _SP + r"?+:?+" + _SP + r"*+"),
                                    d["street_list_heads"])
        self.list_item = regex.compile(r"(?P<n>" + _SYL + r"(?:" + _SP + _SYL + r"){0,4}+)")
        self.list_sep = regex.compile(r"(?:" + _SP + r"?+,|" + _SP + r"và)" + _SP + r"++")
        self.hon_item = regex.compile(r"(?:" + hon + r")" + _SP + _SYL)
        self.stars = set(d["stars"])
        self.star_word = regex.compile(_NB + r"(?i:sao)" + _NA)
        self.styles = set(d["martial_styles"])
        self.martial = regex.compile(_NB + r"(?i:" + _alt(d["martial_words"]) + r")" + _NA)
        self.deities = set(d["deities"])
        self.deity_cue = regex.compile(_NB + r"(?i:ông|bà)" + _SP + r"$")
        self.worship = regex.compile(_NB + r"(?i:" + _alt(d["worship_words"]) + r")" + _NA)
        self.players = regex.compile(_NB + r"(?i:" + _alt(d["plural_before"]) + r")" + _SP + r"(?i:"
                                     + _alt(d["player_words"]) + r")" + _SP + r"$")
        self.list_after = regex.compile(r"(?:" + _SP + r"?+,|" + _SP + r"(?:và|hay|hoặc))" + _SP + r"++\p{Lu}")
        self.facebook = regex.compile(r"(?:" + _alt(d["facebook_sources"]) + r")")
        self.credit_before = regex.compile(_NB + r"(?:" + _alt(d["credit_words"]) + r")" + _SP + r"?+:" + _SP + r"*+$")
        self.scene = regex.compile(r"làng" + _SP + r"(?P<w>[^ \u00a0,.;:!?)”\"]++(?:" + _SP + r"\p{Lu}[\p{Ll}\p{M}]*+){0,2}+)")
        self.scene_words = regex.compile(r"(?i:.*(?:" + _alt(d["scene_word_parts"]) + r")).*")
        self.acronym = regex.compile(r"\p{Lu}{2,5}")
        self.window = regex.compile(_NB + r"(?i:phiên)" + _SP + r"(?P<m>chợ" + _SP + r"(?:" + _alt(d["seasons"]) + r"))" + _NA)
        self.relations = regex.compile(_NB + r"Quan" + _SP + r"hệ" + _SP + r"$")
        verbs = _alt(d["verb_ministries"])
        self.verb_ministry = regex.compile(_NB + r"Bộ" + _SP + r"(?P<v>" + verbs + r")" + _SP + r"(?:"
                                           + _alt(d["objects_after_verb"]) + r")" + _NA)


@lru_cache(maxsize=1)
def _v() -> _Vocab:
    return _Vocab()


def _sentence_before(text: str, s: int, reach: int = 200) -> str:
    """The words of ``s``'s sentence before it (at most ``reach`` characters)."""
    a = max(0, s - reach)
    cut = None
    for m in _SENT_START.finditer(text, a, s):
        cut = m.end()
    return text[cut if cut is not None else a:s]


def honorific_places(text: str, r: _Rules, f: _Found) -> None:
    """``đền Bà Chúa Kho``, ``đường Bà Triệu``, ``các tuyến đường như: Hai Bà Trưng, Bà Triệu``: one LOC."""
    v = _v()
    found: list[tuple[int, int]] = []
    for m in v.hon_place.finditer(text):
        found.append((m.start(), _cut(text, m.start("n"), m.end("n"), v)))
    for m in v.street_list.finditer(text):
        pos = m.end()
        for _ in range(10):
            it = v.list_item.match(text, pos)
            if not it:
                break
            s, e = it.span("n")
            found.append((s, _cut(text, s, e, v)))  # every item a street (``Trường Chinh``, no school)
            sep = v.list_sep.match(text, e)
            if not sep:
                break
            pos = sep.end()
    f.items = drop_inside(f.items, found, ("PER",))
    for s, e in found:
        f.add(s, e, "LOC", -3)


#: a word: what white space bounds
_WORD = regex.compile(r"\S++")


def _cut(text: str, s: int, e: int, v: _Vocab) -> int:
    """The end of an honorific's name before a word that opens the next sentence (``Chị``, ``Theo``)."""
    words = list(_WORD.finditer(text[s:e]))
    for i, w in enumerate(words):
        if i >= 2 and w.group() in v.stop_words:
            return s + words[i - 1].end()
    return e


def _style(name: str, v: _Vocab) -> bool:
    """``name`` is a martial-arts style or begins with one (``Vịnh Xuân Chính Thống``)."""
    return any(name == st or name.startswith(st + " ") for st in v.styles)


def _martial_near(text: str, s: int, e: int, v: _Vocab) -> bool:
    """A martial word in the sentence before ``s`` (``chưởng môn phái``) or right after ``e`` (``... phái``)."""
    return bool(v.martial.search(_sentence_before(text, s, 80)) or v.martial.match(text, e + 1, e + 12))


def _place_like(name: str, r: _Rules) -> bool:
    """``name`` spells a place: a gazetteer place, a country's short form (``Anh``) or a direction before a
    place (``Nam Mỹ``)."""
    if name in r.places or name in _short_forms():
        return True
    words = name.split(" ", 1)
    return len(words) == 2 and words[0] in ("Nam", "Bắc", "Đông", "Tây") and words[1] in r.places


@lru_cache(maxsize=1)
def _short_forms() -> frozenset[str]:
    return frozenset(entries("entities")["named_place_heads"]["country_short_forms"])


def _full_name_ends(text: str, name: str, r: _Rules) -> bool:
    """The article writes ``name`` after a family name (``Trần Nam Hải``): a person is so called."""
    for m in compiled(r"(\p{Lu}[\p{Ll}\p{M}]*+)" + _SP + regex.escape(name) + _NA).finditer(text):
        if m.group(1) in r.surnames:
            return True
    return False


def uses_not_entities(text: str, r: _Rules, f: _Found) -> None:
    """Drop or relabel the candidates whose use names no entity of their kind (see the module)."""
    v = _v()
    drop: set[tuple[int, int, str]] = set()
    to_org: set[tuple[int, int]] = set()
    to_loc: set[tuple[int, int]] = set()
    for s, e, label, _ in f.items:
        name = text[s:e]
        if label == "PER":
            if name in v.stars and v.star_word.search(_sentence_before(text, s)):
                drop.add((s, e, label))  # ``Các sao tốt như: Thái Dương``: a star
            elif _style(name, v) and _martial_near(text, s, e, v):
                drop.add((s, e, label))  # ``chưởng môn phái Nam Anh Vịnh Xuân``: a style
            elif name in v.deities and v.deity_cue.search(text, max(0, s - 4), s) \
                    and v.worship.search(text, max(0, s - 200), min(len(text), e + 200)) and not _full_name_ends(text, name, r):
                drop.add((s, e, label))  # ``tôn vinh ông Nam Hải như một vị thần``: a deity
            elif v.players.search(text, max(0, s - 24), s) and not v.list_after.match(text, e):
                if _place_like(name, r):
                    to_loc.add((s, e))  # ``các cầu thủ Anh``: their country
                else:
                    to_org.add((s, e))  # ``các cầu thủ Leicester``: their club
        elif label == "LOC" and _style(name, v) and _martial_near(text, s, e, v):
            drop.add((s, e, label))  # ``Vịnh Xuân Chính Thống phái``: a style, no bay
        elif label in ("ORG", "PER") and v.facebook.fullmatch(name) and v.credit_before.search(text, max(0, s - 12), s):
            drop.add((s, e, label))  # ``Ảnh: FBNV``: the subject's own Facebook
        elif label == "LOC" and name.startswith("làng"):
            w = v.scene.match(name)
            if w and (v.scene_words.fullmatch(w.group("w")) or v.acronym.fullmatch(w.group("w"))
                      or w.group("w") in v.styles):
                drop.add((s, e, label))  # ``làng Jpop``, ``làng MMA``: the world of a genre or a sport
        elif label == "ORG" and name == "Chính phủ" and v.relations.search(text, max(0, s - 10), s):
            drop.add((s, e, label))  # ``Giám đốc Quan hệ Chính phủ``: a department's work
    for m in v.window.finditer(text):
        ms, me = m.span("m")
        drop |= {(s, e, lab) for s, e, lab, _ in f.items if lab == "LOC" and s == ms and e == me}
    for m in v.verb_ministry.finditer(text):
        if "Bộ " + m.group("v").capitalize() in text:
            continue  # the article writes the ministry's name: ``Bộ Xây dựng`` ... ``Bộ xây dựng kế hoạch``
        s = m.start()
        drop |= {(a, b, lab) for a, b, lab, _ in f.items if lab == "ORG" and a == s and b == m.end("v")}
    if drop or to_org or to_loc:
        f.items = [(s, e, "ORG", 0) if label == "PER" and (s, e) in to_org
                   else (s, e, "LOC", 0) if label == "PER" and (s, e) in to_loc else (s, e, label, p)
                   for s, e, label, p in f.items if (s, e, label) not in drop]

"""Clubs named like people: in a match report, a side of the match is a team (ORG).

Vietnamese clubs carry a sponsor's or a company's name, often before their
province (``Sanna Khánh Hòa``, ``Phong Phú Hà Nam``, ``Hoàng Anh Gia Lai``),
or one that reads like a person's full name (``Thái Sơn Nam``: a family
name, a middle name and a given name).  A name is a team's when the article
is about a match (two or more words of the game: ``futsal``, ``ghi bàn``,
``tỷ số``, ``hiệp 1`` ...) and the name stands where only a team stands:

* after a club word: ``CLB X``, ``câu lạc bộ X`` (the word is part of the
  name, one ORG), ``đội bóng X``, ``đội khách X``, ``đội chủ nhà X``,
  ``đội futsal X``; not bare ``đội X`` (``đội Công Vinh``: the team a
  player leads; ``đồng đội X``: a teammate);
* as a side of a score line ``X 2-1 Y``, after a score ``... 2-1 cho X`` /
  ``3-1 trước X``, in a timed fixture ``9h00: X – Y``, before a shared
  result (``X và Y chia điểm``); not after the net (``lưới X``: X is as
  often the goalkeeper);
* opposite a team already known, across a verb of the match (``X thua
  Sài Gòn FC``, ``X cầm hòa Y``);
* a sponsor's words before a province (``Sanna Khánh Hòa``): a person's
  name does not end in a province's.

Every mention of such a name in the article is then the team (``các cầu
thủ X``: the players of X, no person).  Never a one-word name (as often a
player or a goalkeeper), a region (``đội bóng Nam Mỹ``), a full name with
``Văn``/``Thị``, a name the article also reads as a person after a cue
(``cầu thủ X``, ``HLV X``, ``anh X``), and never a bare place (a national team is read as
its country, as everywhere else).  Vocabulary: ``patterns/entities.yaml``
``clubs_named_like_people``.
"""

from __future__ import annotations

import regex

from ...patterndata import entries
from ...rx import compiled
from .anchored import Anchored
from .names import _Found, drop_inside
from .rules import _NA, _NB, _SP, _Rules, _alt
from .sports import _FRAME

#: a word of a team's name: a capitalised word, an acronym, ``F.C``, ``T&T``, ``Al-Wasta``; the name may end in a squad's
#: number (``Hà Nội 1 và``), not in a count (``Bilbao 3 bàn``) nor a list's number (``Palace 3.``)
_WORD = r"(?:\p{Lu}[\p{L}\p{M}&]*+(?:\.\p{Lu}++|-\p{Lu}[\p{L}\p{M}]*+)?+)"
_TEAM = (r"(?P<t>" + _WORD + r"(?:" + _SP + _WORD + r"){0,4}+(?:" + _SP + r"\d(?![\p{N}.]|[ \u00a0]*+[-–:]|[ \u00a0]++(?!và|vs)\p{Ll}))?+)" + _NA)


class _Clubs:
    """``patterns/entities.yaml`` ``clubs_named_like_people``, compiled."""

    def __init__(self) -> None:
        e = entries("entities")["clubs_named_like_people"]
        self.game = Anchored(regex.compile(_NB + r"(?i:" + _alt(e["game_words"]) + r")" + _NA), e["game_words"])
        self.club_head = regex.compile(_NB + r"(?P<h>" + _alt(e["club_words"]) + r")" + _SP + _TEAM)
        self.side_head = regex.compile(_NB + r"(?<!phá" + _SP + r")(?:" + _alt(e["side_words"]) + r")" + _SP + _TEAM)
        score = r"(?<![\p{L}\p{M}\p{N}/.\-])\d{1,2}[ \u00a0]*+[-–][ \u00a0]*+\d{1,2}(?![\p{N}/.\-]|[ \u00a0]*+[-–/.][ \u00a0]*+\d)"
        self.score_line = regex.compile(_TEAM + r"[ \u00a0]*+:?[ \u00a0]*+" + score + r"[ \u00a0]++" + _TEAM.replace("?P<t>", "?P<u>"))
        self.after_score = regex.compile(score + _SP + r"(?:" + _alt(e["after_score"]) + r")" + _SP + _TEAM)
        self.fixture = regex.compile(r"(?<![\p{N}])\d{1,2}[hg:]\d{0,2}+[ \u00a0]*+:[ \u00a0]*+" + _TEAM
                                     + r"[ \u00a0]*+[-–][ \u00a0]*+" + _TEAM.replace("?P<t>", "?P<u>"))
        self.versus = regex.compile(_TEAM + _SP + r"(?:(?:" + _alt(e["adverbs"]) + r")" + _SP + r")?+(?:" + _alt(e["match_verbs"]) + r")" + _SP + _TEAM.replace("?P<t>", "?P<u>"))
        self.shared = regex.compile(_TEAM + _SP + r"và" + _SP + _TEAM.replace("?P<t>", "?P<u>") + _SP + r"(?:"
                                    + _alt(e["shared_result"]) + r")" + _NA)
        self.not_last = set(e["competition_words"])
        self.nicknames = set(e["nicknames"])
        self.min_game_words = int(e["min_game_words"][0])
        self.seen: dict[str, bool] = {}


_C: list[_Clubs] = []


def _c() -> _Clubs:
    if not _C:
        _C.append(_Clubs())
    return _C[0]


def _trim(text: str, s: int, e: int, r: _Rules, left: bool = False) -> tuple[int, int]:
    """The team's words of a capitalised run: up to a word that opens a clause (``Trận``, ``Sau``); on the
    left side of a score the run may begin with a sentence's first words (``Trận đấu`` is lowercase after), so
    only its last words after the last breaker are kept."""
    words = [(m.start(), m.end()) for m in _TOKEN.finditer(text[s:e])]
    words = [(s + a, s + b) for a, b in words]
    stop = r.break_always | r.lead_words | _HEADS | _FRAME
    def stops(w: str) -> bool:  # ``ĐANG TẢI``, ``TRỰC TIẾP``: a page's words in capitals
        return w in stop or len(w) >= 3 and w.isupper() and not w.isascii()

    if left:
        for i in range(len(words) - 1, -1, -1):
            if stops(text[words[i][0]:words[i][1]]):
                words = words[i + 1:]
                break
    else:
        for i, (a, b) in enumerate(words):
            if stops(text[a:b]):
                words = words[:i]
                break
    if not words:
        return s, s
    return words[0][0], words[-1][1]


#: a plural before a person cue makes it a common noun (``các cầu thủ X``: the players of X)
_PLURAL = regex.compile(_NB + r"(?i:các|những)" + _SP + r"$")
#: a club word at a sentence's start (``Đội Thái Sơn Nam đã ...``) or a word of the game opening one
#: (``Trận thua X``, glued to a caption's credit) is no part of a name
_HEADS = {"Đội", "CLB", "Highlight", "Highlights", "Xem", "Trận", "Phút", "Pha", "Cú", "Lượt", "BXH"}
#: a side named with a club's marker is a team (``Sài Gòn FC``)
_MARKER = regex.compile(r"(?:^|[ \u00a0])(?:FC|F\.C\.?+|CLB)$")


_SCORE_BEFORE = regex.compile(r"\d[ \u00a0]*+[-–][ \u00a0]*+\d{1,2}[ \u00a0]++$")
_SCORE_AFTER = regex.compile(r"[ \u00a0]++\d{1,2}[ \u00a0]*+[-–][ \u00a0]*+\d")
#: words of a region's name (``Nam Mỹ``, ``Đông Bắc Á``)
_COMPASS = {"Nam", "Bắc", "Đông", "Tây", "Trung", "Á", "Âu", "Phi", "Mỹ", "Đông Nam"}
#: the middle names of men and women: a run with one after a family name is a person's
_MIDDLE = {"Văn", "Thị"}


_TOKEN = regex.compile(r"[^ \u00a0]++")
_LOWER_AFTER = regex.compile(r"[ \u00a0]\p{Ll}")
#: the one or two capitalised words after a name (``Tây`` + ``Ban Nha``)
_NEXT_WORDS = regex.compile(r"[ \u00a0]++(\p{Lu}[\p{L}\p{M}]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]*+)?+)")
_COUNT_BEFORE = regex.compile(r"(?:\d|(?<![\p{L}\p{M}])(?i:các|những|hai|ba|bốn|nhiều|mấy))[ \u00a0]++$")


def _after_surname(text: str, name: str, r: _Rules, seen: dict[str, bool] | None = None) -> bool:
    """The article writes ``name`` after a family name somewhere (``Lê Công Vinh`` ... ``đội bóng Công Vinh``):
    it is a person's given name, a team named after a person is read as the person's name."""
    if seen is not None:
        if name not in seen:
            seen[name] = _after_surname(text, name, r)
        return seen[name]
    for m in compiled(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*+)[ \u00a0]" + regex.escape(name) + _NA).finditer(text):
        if m.group(1) in r.surnames:
            return True
    return False


def _known(name: str, teams: set[str]) -> bool:
    return name in teams or bool(_MARKER.search(name))


def _team_name(text: str, s: int, e: int, r: _Rules, c: _Clubs, left: bool) -> tuple[int, int] | None:
    """The span of a team's name in the capitalised run ``[s, e)`` that stands where a team stands, or None.

    The run is cut where a person's full name starts after the team's (``CLB X Trần Anh Tú``: the club's
    chairman after his post) and a country before a club is its nationality (``đội bóng Đức Hannover``)."""
    s, e = _trim(text, s, e, r, left)
    words = [(m.start() + s, m.end() + s) for m in _TOKEN.finditer(text[s:e])]
    w = [text[a:b] for a, b in words]
    for i in range(2, len(w) - 1):  # the team's name keeps two words (``Đinh Lâm Nam``: ``Lâm`` is no cut)
        rest = " ".join(w[i:])
        if w[i] in r.surnames and 2 <= len(w) - i <= 4 and rest not in r.places and not _province_tail(rest, r):
            words, w = words[:i], w[:i]
            break
    if len(w) >= 2 and r.places.get(w[0]) == "country" and " ".join(w[:2]) not in r.places:
        words, w = words[1:], w[1:]
    if not left and len(w) >= 2 and not w[-1].isascii() and _LOWER_AFTER.match(text, words[-1][1]):
        head = " ".join(w[:-1])
        if all(x.isascii() for x in w[:-1]) or r.hcm_re.fullmatch(head) or r.places.get(head) in ("province", "city", "country"):
            words, w = words[:-1], w[:-1]  # ``Barca Trận đấu``, ``TP.HCM Vào``: the next sentence's first word glued on
    if len(w) < 2:
        return None  # one word is as often a player (``Buffon``) or a sentence's first word
    name = " ".join(w)
    if name in r.places or r.hcm_re.fullmatch(name) or name in c.nicknames or w[-1] in c.not_last \
            or all(x in _COMPASS for x in w) or len(w) == 2 and w[0] in _COMPASS or w[0] in r.surnames and w[1] in _MIDDLE or "VS" in w or "vs" in w \
            or r.places.get(" ".join(w[1:])) == "country" or _after_surname(text, name, r, c.seen):
        return None  # a place, a region (``Tây London``), a competition, a person's full name, a national team (``ĐT Việt Nam``)
    end = words[-1][1]
    nxt = _NEXT_WORDS.match(text, end)
    if nxt and any(" ".join(w[-k:] + [nxt.group(1)]) in r.places or " ".join(w[-k:] + nxt.group(1).split()) in r.places
                   for k in (1, 2)):
        return None  # ``đội bóng Hoàng Gia Tây`` + ``Ban Nha``: the run stopped inside a place's name
    return words[0][0], end


def _province_tail(name: str, r: _Rules) -> bool:
    """``Sanna Khánh Hòa``: one to three words of a sponsor before a province or a city of two words or more."""
    words = name.split()
    for k in (2, 3):
        if len(words) > k and r.places.get(" ".join(words[-k:])) in ("province", "city"):
            head = words[:-k]
            return len(head) <= 3 and " ".join(head) not in r.places and not any(
                w in r.break_always or w in r.lead_words or w.lower() in r.level_words for w in head)
    return False


def clubs(text: str, r: _Rules, f: _Found) -> None:
    """Teams of a match report named like people or places with a sponsor: every mention one ORG."""
    c = _c()
    if len({m.group().lower() for m in c.game.finditer(text)}) < c.min_game_words:
        return
    c.seen = {}  # names already looked up after a family name in this article
    plural = {ns for cs, ns in f.cue_spans if _PLURAL.search(text, max(0, cs - 6), cs)}  # ``các cầu thủ X``: X's players
    cued = {text[s:e] for s, e, label, prio in f.items
            if label == "PER" and (prio == -1 and s in f.cue_starts and s not in plural or prio == 2)}
    teams: set[str] = set()
    whole: list[tuple[int, int]] = []  # ``CLB X``: the club word is part of the name

    def team(s: int, e: int, left: bool = False, add: bool = True) -> str:
        span = _team_name(text, s, e, r, c, left)
        if not span or text[span[0]:span[1]] in cued and not _province_tail(text[span[0]:span[1]], r):
            return ""  # (``thủ môn Phong Phú Hà Nam``: a person's name never ends in a province, the keeper's club)
        name = text[span[0]:span[1]]
        if add:
            teams.add(name)
        return name

    for m in c.club_head.finditer(text):
        if _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # ``2 CLB``, ``các CLB``: clubs counted, the words after them are no one club's name
        name = team(m.start("t"), m.end("t"))
        if name and text.startswith(name, m.start("t")):
            whole.append((m.start(), m.start("t") + len(name)))
    for rx in (c.side_head, c.after_score):
        for m in rx.finditer(text):
            team(m.start("t"), m.end("t"))
    for rx in (c.score_line, c.fixture):
        for m in rx.finditer(text):
            # results printed one after another (``A 2-0 B C 1-1 D``): a side glued to the next or the last
            # result holds two teams' names, neither read; a side that is no name (``A B 0-0 Đội hình``, a
            # page's widget) leaves the other side two names glued
            if not (team(m.start("t"), m.end("t"), True, False) and team(m.start("u"), m.end("u"), False, False)):
                continue
            if not _SCORE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                team(m.start("t"), m.end("t"), left=True)
            if not _SCORE_AFTER.match(text, m.end()):
                team(m.start("u"), m.end("u"))
    tails = [m for m in r.capruns.finditer(text) if _province_tail(m.group(), r)]
    for m in tails:
        if sum(t.group() == m.group() for t in tails) >= 2:  # ``Trời Hà Nội nắng``: once is a sentence's words
            team(m.start(), m.end(), left=True)
    for _ in range(2):  # a side across a verb of the match from a known team
        for rx in (c.versus, c.shared):
            for m in rx.finditer(text):
                a, b = team(m.start("t"), m.end("t"), True, False), team(m.start("u"), m.end("u"), False, False)
                if a and b and (rx is c.shared or _known(a, teams) or _known(b, teams)):
                    team(m.start("t"), m.end("t"), left=True)
                    team(m.start("u"), m.end("u"))
    if not teams:
        return
    pat = compiled(_NB + r"(?:" + _alt(teams) + r")" + _NA)
    spans = [(m.start(), m.end()) for m in pat.finditer(text)]
    for s, e in whole:
        spans.append((s, e))
    f.items = drop_inside(f.items, spans, ("PER", "LOC"))
    for s, e in spans:
        f.add(s, e, "ORG", -4)

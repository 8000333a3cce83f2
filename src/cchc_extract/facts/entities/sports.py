"""Match reports: the line-ups, scorers and score lines of a football report.

Sports pages print their facts in fixed shapes, with foreign names that no
Vietnamese family name or cue announces:

* **a line-up** after ``Đội hình xuất phát`` / ``Đội hình ra sân``: ``Team:``
  (an ORG; a formation ``(4-4-2)`` may follow) then the players, one name
  each, separated by commas or semicolons (PER), then the next ``Team:``;
* **a scorer or a card** with its minute: ``Ghi bàn: Name 89'``,
  ``Thẻ đỏ: 37' Name`` (PER);
* **a score line**: ``Team 0-1 Team`` (ORG on both sides);

and the report's body then calls the players and teams by the same short
names (``Pasalic băng vào ghi bàn``): those mentions are the same entities.
Places stay places (``Pháp: Lloris, ...``): a national team is read as its
country, as everywhere else.
"""

from __future__ import annotations

import regex

from .names import _Found
from .rules import _Rules

#: a capitalised word of any script the reports use (``N’Golo``, ``Martins``, ``D'Alessandro``)
_W = r"(?:\p{Lu}[\p{L}\p{M}]*+(?:[’'\-]\p{L}[\p{L}\p{M}]*+)?+|van|de|da|di|von|der|dos|el)"
_NAME = r"(?:" + r"\p{Lu}[\p{L}\p{M}]*+(?:[’'\-]\p{L}[\p{L}\p{M}]*+)?+" + r"(?:[ \u00a0]" + _W + r"){0,3}+)(?![\p{L}\p{M}])"
_LINEUP = regex.compile(r"(?i:đội[ \u00a0]hình[ \u00a0](?:xuất[ \u00a0]phát|ra[ \u00a0]sân|thi[ \u00a0]đấu))[^:\n]{0,40}?:")
#: ``Team (4-4-2):`` or ``Team:`` (a team's name: up to four capitalised words, digits allowed: ``U20 Anh``)
_TEAM = regex.compile(r"[ \u00a0]*+(?:[.;][ \u00a0]*+)?+(?P<t>(?:\p{Lu}[\p{L}\p{M}\p{N}.&]*+|\d{1,2})(?:[ \u00a0]\p{Lu}[\p{L}\p{M}\p{N}.&]*+){0,3}+)"
                      r"(?:[ \u00a0]*+\(\d(?:-\d){2,3}+\))?+[ \u00a0]*+:")
_PLAYER = regex.compile(r"[ \u00a0]*+(?:\d{1,2}[ \u00a0]++)?+(?P<p>" + _NAME + r")")
_SEP = regex.compile(r"[ \u00a0]*+[,;][ \u00a0]*+")
_MINUTE = r"\d{1,3}(?:\+\d{1,2})?+['’]"
_SCORER_CUE = regex.compile(r"(?i:ghi[ \u00a0]bàn|bàn[ \u00a0]thắng|thẻ[ \u00a0]đỏ|thẻ[ \u00a0]vàng|kiến[ \u00a0]tạo)[ \u00a0]*+:")
_AFTER_MIN = regex.compile(r"(?P<p>" + _NAME + r")[ \u00a0]++" + _MINUTE)
_BEFORE_MIN = regex.compile(_MINUTE + r"[ \u00a0]++(?P<p>" + _NAME + r")")
_SCORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?P<a>" + _NAME + r")[ \u00a0]++\d{1,2}[ \u00a0]*+[-–][ \u00a0]*+\d{1,2}"
                       r"[ \u00a0]++(?P<b>" + _NAME + r")")
#: words of the report's own frame, never a player: ``Thẻ đỏ``, ``Ghi bàn``, ``Đội hình``, ``Thông số``, ``HLV``
_FRAME = {"Thẻ", "Ghi", "Đội", "Thông", "Dự", "Thay", "Bàn", "Kiến", "Chung", "Tỷ", "Hiệp", "HLV", "Trọng", "Sân", "Vòng",
          "Highlights", "Video", "Clip", "Ảnh"}


#: a given name in Latin script right before a player's short name (not after a sentence's end)
_GIVEN_BEFORE = regex.compile(r"(?<![.!?:;][ \u00a0]|^)(?<![\p{L}\p{M}])(?P<g>[A-Z][a-z]++)[ \u00a0]$")


#: a word: what a space or no-break space bounds
_WORD = regex.compile(r"[^ \u00a0]++")


def _clean(text: str, s: int, e: int) -> tuple[int, int]:
    """Cut a name at the first word of the report's frame (``Pasalic Thẻ``)."""
    end = s
    for w in _WORD.finditer(text[s:e]):
        if w.group() in _FRAME:
            break
        end = s + w.end()
    return s, end


def _add(f: _Found, r: _Rules, text: str, s: int, e: int, label: str, names: dict[str, str]) -> None:
    s, e = _clean(text, s, e)
    name = text[s:e].rstrip()
    e = s + len(name)
    if e <= s or name in r.places or len(name) < 2:
        return
    f.add(s, e, label, 0 if label == "ORG" else 2)
    names.setdefault(name, label)


def _lineups(text: str, r: _Rules, f: _Found, names: dict[str, str]) -> None:
    for m in _LINEUP.finditer(text):
        pos = m.end()
        teams = 0
        for _ in range(6):  # up to six teams (first elevens and substitutes)
            t = _TEAM.match(text, pos)
            if not t:
                break
            teams += 1
            _add(f, r, text, t.start("t"), t.end("t"), "ORG", names)
            pos = t.end()
            for _ in range(25):
                p = _PLAYER.match(text, pos)
                if not p:
                    break
                ps, pe = p.span("p")
                nxt = _TEAM.match(text, ps)
                if nxt and nxt.end("t") == pe and pe < len(text) and text[pe:nxt.end()].strip(" \u00a0()0123456789-") == ":":
                    words = text[ps:pe].split()
                    if len(words) == 1:
                        pos = ps - 1 if ps and text[ps - 1] in " \u00a0" else ps
                        break  # the next team's label
                    # ``Sterling, Jesus Leicester:``: the last player glued to the next team's label
                    ws = ps + len(words[0])
                    _add(f, r, text, ps, ws, "PER", names)
                    pos = ws
                    break
                _add(f, r, text, ps, pe, "PER", names)
                pos = pe
                sep = _SEP.match(text, pos)
                if not sep:
                    break
                pos = sep.end()


def _scorers(text: str, r: _Rules, f: _Found, names: dict[str, str]) -> None:
    for c in _SCORER_CUE.finditer(text):
        window_end = min(len(text), c.end() + 200)
        for rx in (_AFTER_MIN, _BEFORE_MIN):
            for m in rx.finditer(text, c.end(), window_end):
                _add(f, r, text, m.start("p"), m.end("p"), "PER", names)


def match_reports(text: str, r: _Rules, f: _Found) -> None:
    """Line-ups, scorers, score lines; then the same short names elsewhere in the report."""
    names: dict[str, str] = {}
    _scorers(text, r, f, names)
    _lineups(text, r, f, names)
    if not names:
        return  # score lines only count in a report that has a line-up or a scorer
    for m in _SCORE.finditer(text):
        for g in ("a", "b"):
            _add(f, r, text, m.start(g), m.end(g), "ORG", names)
    pat = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
                        + r")(?![\p{L}\p{M}\p{N}])")
    for m in pat.finditer(text):
        label = names[m.group()]
        start = m.start()
        if label == "PER":
            g = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
            if g and g.group("g") not in _FRAME and g.group("g") not in r.break_always:
                start = g.start("g")  # ``Arjen Robben`` in the body, ``Robben`` in the line-up
        f.add(start, m.end(), label, 0 if label == "ORG" else 4)

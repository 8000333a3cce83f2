"""Organisation names written in sentence case, read to the end their context gives them.

Vietnamese names of units capitalise only their first word after the head
(``Vụ Quản lý đê điều``, ``Trung tâm Thông tin thủy sản``), so a name's end
cannot be read from capitals alone.  Two shapes give it away:

* **A list of units separated by semicolons** (or numbered ``1- ``, ``2.``):
  the structure of a ministry or a department, ``gồm: Vụ Kế hoạch, Tài chính;
  Vụ Pháp chế; Trung tâm Đăng kiểm tàu cá.``  Each item that opens with an
  organisation is that organisation, to the separator.
* **``phòng, chống``** (prevention and control) is one phrase inside a name
  (``Tổng cục Phòng, chống thiên tai``): the comma does not end it.
"""

from __future__ import annotations

import regex

from .names import _Found
from .rules import _Rules

#: ``;`` between list items (a comma is too common inside the items to separate them)
_SEMI = regex.compile(r";")
#: where a list begins: after a colon, or after ``gồm``/``là`` with no colon
_LIST_START = regex.compile(r"(?:[:\n]|(?<![\p{L}\p{M}])(?:gồm|gồm có|bao gồm|là))[ \u00a0]*+$")
#: item numbering: ``1- ``, ``2. ``, ``3) ``, ``a) ``
_NUMBERING = regex.compile(r"[ \u00a0]*+(?:\d{1,2}|[a-zđ])[\-.)][ \u00a0]*+|[ \u00a0]*+[-–+•][ \u00a0]++|[ \u00a0]*+")
#: the end of the last item: a full stop, a line end, a closing bracket
_LAST_END = regex.compile(r"[.\n)(]|$")
_MAX_ITEM = 110   # characters: a name, not a clause
_MAX_WORDS = 14
#: words that show an item is a clause, not a name (the verbs and function words of names' stop list
#: minus those that names of units use: ``và``, ``về``, ``cho`` in ``Quỹ Hỗ trợ ... cho ...`` is rare)
_CLAUSE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:đã|đang|sẽ|được|bị|là|có|của|với|tại|để|khi|này|đó|cũng|vẫn|đều|không|thì|mà|nên|do|vì"
    r"|nhưng|theo|thuộc|gồm|nhằm|trực[ \u00a0]thuộc|thực[ \u00a0]hiện|chịu|giúp|tham[ \u00a0]mưu)(?![\p{L}\p{M}])")
_OBJECT = regex.compile(r"[ \u00a0]\p{Ll}[\p{Ll}\p{M}]*+[ \u00a0]\p{Ll}[\p{Ll}\p{M}]*+(?![\p{L}\p{M}])")
_PHONG_CHONG = regex.compile(r"(?i:phòng),[ \u00a0]chống(?![\p{L}\p{M}])")


def _clause(tail: str, r: _Rules) -> bool:
    """A verb or function word in the words after a name's head: a clause, not the rest of the name."""
    if _CLAUSE.search(tail):
        return True
    words = [w for w in tail.split() if w[:1].islower()]
    for i, w in enumerate(words):
        if w != "và" and r.stop_re.fullmatch(w) or i + 1 < len(words) and r.stop_re.fullmatch(w + " " + words[i + 1]):
            return True
    return False


def _ends_in_proper_name(text: str, s: int, e: int) -> bool:
    """The organisation found ends in two capitalised words after its head (``Công ty Hải Linh``): its name is whole."""
    words = text[s:e].split()
    return len(words) >= 4 and all(w[:1].isupper() for w in words[-2:])


def _org_starts(f: _Found) -> dict[int, int]:
    out: dict[int, int] = {}
    for s, e, label, _ in f.items:
        if label == "ORG" and e > out.get(s, -1):
            out[s] = e
    return out


def _items(text: str, seps: list[int]) -> list[tuple[int, int]]:
    """The items around a chain of semicolons: before the first, between, after the last."""
    first = seps[0]
    # the first item starts after the list's opening (a colon, ``gồm``) or a line start
    start = max(text.rfind("\n", 0, first), text.rfind(":", 0, first), text.rfind(";", 0, first)) + 1
    if first - start > _MAX_ITEM:
        start = -1  # no opening near: the first item is not read
    out = []
    if start >= 0:
        out.append((start, first))
    for a, b in zip(seps, seps[1:]):
        out.append((a + 1, b))
    last = seps[-1] + 1
    m = _LAST_END.search(text, last, min(len(text), last + _MAX_ITEM + 1))
    if m:
        out.append((last, m.start()))
    return out


def _chains(text: str) -> list[list[int]]:
    """Semicolons close enough to be one list (each item shorter than a clause), within a line."""
    chains: list[list[int]] = []
    prev = -1
    for m in _SEMI.finditer(text):
        p = m.start()
        if chains and p - prev <= _MAX_ITEM + 1 and "\n" not in text[prev:p]:
            chains[-1].append(p)
        else:
            chains.append([p])
        prev = p
    return chains


def unit_lists(text: str, r: _Rules, f: _Found) -> None:
    """Each item of a semicolon list that opens with an organisation is that organisation, whole."""
    if ";" not in text:
        return
    org_at = None
    whole: set[str] = set()
    for seps in _chains(text):
        items = _items(text, seps)
        if len(items) < 3:
            continue  # two clauses joined by one semicolon are not a list
        if org_at is None:
            org_at = _org_starts(f)
        opened = []
        for a, b in items:
            s = _NUMBERING.match(text, a).end()
            e = b
            while e > s and text[e - 1] in " \u00a0.,":
                e -= 1
            opened.append((s, e, s in org_at and org_at[s] <= e))
        if sum(o for _, _, o in opened) * 2 < len(opened):
            continue  # a list of units, not of tasks that mention one
        for s, e, ok in opened:
            if not ok or org_at[s] == e:
                continue
            tail = text[org_at[s]:e]
            if any(c.isdigit() for c in tail) or _ends_in_proper_name(text, s, org_at[s]):
                continue  # ``Công ty TNHH Hải Linh âm 34 tỷ đồng``: a figure, a clause after a proper name
            if e - s > _MAX_ITEM or len(text[s:e].split()) > _MAX_WORDS or _clause(tail, r) \
                    or any(c in tail for c in "()\"“”:"):
                continue
            f.add(s, e, "ORG", 0)
            whole.add(text[s:e])
    # the name read whole in the list is the same name where the article repeats it
    for name in whole:
        for m in regex.finditer(r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{M}\p{N}])", text):
            f.add(m.start(), m.end(), "ORG", 0)


def phong_chong(text: str, r: _Rules, f: _Found) -> None:
    """``Ban Chỉ đạo Phòng, chống tham nhũng``: an ORG that ends at ``Phòng`` goes on over ``, chống`` and its object."""
    if "chống" not in text:
        return
    ends = {}
    for s, e, label, _ in f.items:
        if label == "ORG":
            ends.setdefault(e, []).append(s)
    for m in _PHONG_CHONG.finditer(text):
        e0 = m.start() + len("phòng")
        if e0 not in ends:
            continue
        # the object of ``chống``: a word of two syllables (``thiên tai``, ``tham nhũng``), then a level
        ob = _OBJECT.match(text, m.end())
        if not ob or _clause(ob.group(), r):
            continue
        end = ob.end()
        lv = r.level_at.match(text, end + 1) if text[end:end + 1] in (" ", "\u00a0") else None
        if lv and text[end + 1:end + 2].islower():
            end = lv.end()
        if end > m.end():
            for s in ends[e0]:
                f.add(s, end, "ORG", 0)

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
* **A steering body named by its task** (``Ban Chỉ đạo Nhà nước về đổi mới
  ...``, ``Hội đồng Quốc gia về Phát triển bền vững ...``): the name runs over
  ``về`` and its topic to the punctuation, coordinated topics included when
  they repeat their head noun (``về cơ chế A, cơ chế B và ...``); a steering
  body or task force ``của Chính phủ`` / ``của Thủ tướng`` keeps its owner.
* **An office of a body** (``bộ phận một cửa của UBND xã X``): the office and
  its body are one organisation, the outermost span, ``của`` or not.
"""

from __future__ import annotations

import regex

from .names import _Found, whole_occurrences
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
#: the one-stop office (or its long name) right before the body it belongs to
_OFFICE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:bộ[ \u00a0]phận)[ \u00a0][“\"]?+(?i:một[ \u00a0]cửa)[”\"]?+(?:[ \u00a0](?:liên[ \u00a0]thông|hiện[ \u00a0]đại))?+"
    r"[ \u00a0](?:của[ \u00a0])?+$")
_STEERING = regex.compile(
    r"(?<![\p{L}\p{M}])(?:Ban[ \u00a0][Cc]hỉ[ \u00a0]đạo|(?<=Trưởng[ \u00a0])ban[ \u00a0][Cc]hỉ[ \u00a0]đạo|(?:Ủy|Uỷ)[ \u00a0]ban[ \u00a0][Cc]hỉ[ \u00a0]đạo"
    r"|(?:Ủy|Uỷ)[ \u00a0]ban[ \u00a0][Qq]uốc[ \u00a0]gia|Hội[ \u00a0]đồng[ \u00a0][Qq]uốc[ \u00a0]gia|Tổ[ \u00a0][Cc]ông[ \u00a0]tác)(?![\p{L}\p{M}])")
#: the words between the head and ``về`` (``quốc gia``, ``Nhà nước``, ``Trung ương``), then ``về``
_ABOUT = regex.compile(r"(?:[ \u00a0](?i:quốc[ \u00a0]gia|nhà[ \u00a0]nước|trung[ \u00a0]ương|liên[ \u00a0]ngành))?+[ \u00a0]về[ \u00a0]")
#: in a topic (``về kiểm tra ...``) verbs are nouns; only the main clause's verbs of report end it
_MAIN_VERB = regex.compile(
    r"(?:phát[ \u00a0]biểu|cho[ \u00a0]biết|chủ[ \u00a0]trì|họp|làm[ \u00a0]việc|dẫn[ \u00a0]đầu|thăm|tiếp|khẳng[ \u00a0]định|nhấn[ \u00a0]mạnh"
    r"|yêu[ \u00a0]cầu|đề[ \u00a0]nghị|báo[ \u00a0]cáo|công[ \u00a0]bố|ban[ \u00a0]hành|quyết[ \u00a0]định|triển[ \u00a0]khai|tổ[ \u00a0]chức"
    r"|đánh[ \u00a0]giá|chỉ[ \u00a0]đạo|ra|vào|trong|từ|đến|ngày|sáng|chiều|tối|hôm|các|những)(?![\p{L}\p{M}])")
_TOPIC_WORD = regex.compile(r"[ \u00a0]?+(?P<w>[\p{L}\p{M}\p{N}&\-]++)")
_OWNER = regex.compile(r"[ \u00a0]của[ \u00a0](?:Thủ[ \u00a0]tướng(?:[ \u00a0]Chính[ \u00a0]phủ)?+|Chính[ \u00a0]phủ|Quốc[ \u00a0]hội"
                       r"|Bộ[ \u00a0]Chính[ \u00a0]trị|Ban[ \u00a0]Bí[ \u00a0]thư)(?![\p{L}\p{M}])")
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


def _items(text: str, seps: list[int]) -> list[tuple[int, int]]:
    """The items around a chain of semicolons: before the first, between, after the last."""
    first = seps[0]
    # the first item starts after the list's opening (a colon, ``gồm``) or a line start
    lo = max(0, first - _MAX_ITEM - 1)  # a bounded look back: linear on one huge line
    start = max(text.rfind("\n", lo, first), text.rfind(":", lo, first), text.rfind(";", lo, first)) + 1
    if start == 0 and lo > 0 or first - start > _MAX_ITEM:
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
    org_at = None
    whole: set[str] = set()
    for seps in _chains(text):
        items = _items(text, seps)
        if len(items) < 3:
            continue  # two clauses joined by one semicolon are not a list
        if org_at is None:
            org_at = f.longest_at("ORG")
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
        for s, e in whole_occurrences(text, name):
            f.add(s, e, "ORG", 0)


def phong_chong(text: str, r: _Rules, f: _Found) -> None:
    """``Ban Chỉ đạo Phòng, chống tham nhũng``: an ORG that ends at ``Phòng`` goes on over ``, chống`` and its object."""
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


def offices_of_bodies(text: str, f: _Found) -> None:
    """``bộ phận “một cửa” của UBND phường X``: the office and the body it belongs to are one ORG."""
    for s, e in list(f.longest_at("ORG").items()):
        m = _OFFICE_BEFORE.search(text, max(0, s - 45), s)
        if m:
            f.add(m.start(), e, "ORG", 0)


def _words_end(text: str, pos: int, r: _Rules, commas: bool, limit: int) -> int:
    """End of the name words from ``pos``: up to punctuation or a verb or function word (one word or two);
    with ``commas``, a comma goes on only before a repeat of the first word (``về cơ chế A, cơ chế B``)."""
    words: list[tuple[int, int]] = []
    end = pos
    for _ in range(limit):
        if words and text.startswith(", ", end):
            head = text[words[0][0]:words[0][1]].lower()
            if commas and text[end + 2:end + 2 + len(head)].lower() == head or _PHONG_CHONG.match(text, words[-1][0]):
                end += 1  # ``về cơ chế A, cơ chế B``; ``về phòng, chống tham nhũng``: one phrase
        w = _TOPIC_WORD.match(text, end)
        if not w or not text[end:end + 1].isspace():
            break
        words.append(w.span("w"))
        end = w.end()
    cut = len(words)
    for i, (a, b) in enumerate(words):
        word = text[a:b]
        pair = word + " " + text[words[i + 1][0]:words[i + 1][1]] if i + 1 < len(words) else ""
        if _CLAUSE.fullmatch(word) or _MAIN_VERB.match(pair or word) or not commas and word != "và" and (
                r.stop_re.fullmatch(word) or pair and r.stop_re.fullmatch(pair)):
            cut = i
            break
    while cut and text[words[cut - 1][0]:words[cut - 1][1]] == "và":
        cut -= 1  # ``... thiên tai và các cơ quan``: the name ends before the conjunction
    return words[cut - 1][1] if cut else pos


def steering_bodies(text: str, r: _Rules, f: _Found) -> None:
    """Steering bodies and councils named by their task (``về`` + topic), and their owner (``của Chính phủ``)."""
    for m in _STEERING.finditer(text):
        a = _ABOUT.match(text, m.end())
        end = m.end()
        if a:
            t_end = _words_end(text, a.end() - 1, r, commas=True, limit=25)
            if t_end <= a.end():
                continue
            end = t_end
        else:  # descriptive words, kept only when the owner follows (``... của Chính phủ``)
            d_end = _words_end(text, m.end(), r, commas=False, limit=8)
            if not _OWNER.match(text, d_end):
                d_end = m.end()
            end = d_end
        o = _OWNER.match(text, end)
        if o:
            end = o.end()
        if end > m.end():
            f.add(m.start(), end, "ORG", 0)

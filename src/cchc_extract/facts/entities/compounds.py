"""Where a capitalised run ends inside a word of two syllables, or runs into the next sentence.

Vietnamese writes a word of two syllables with a space inside it, and a
body's or a place's name capitalises only the first syllable of each word
(``Vùng Cảnh sát biển 1``, ``Sân bay Quốc tế Dubai``, ``Công ty Xổ số Điện
toán``, ``Khoa Hồi sức cấp cứu``).  A capitalised run stops at the
lowercase second syllable, so the name is cut inside a word (``Vùng Cảnh``,
``Sân bay Quốc``).  The same happens when a caption or a heading without a
full stop runs into a sentence that opens with such a word (``Nguyễn Văn A
Phóng viên: ...``, ``Hạ Long Đại diện Cảng vụ ...``).  A name never ends
between the two syllables of a word:

* a person's name gives the word back (``... Cầu thủ:``): what is left is
  the name when it still has two syllables, else there was no name
  (``Tư lệnh Vùng Cảnh sát biển``, ``Hoa hậu Hoàn vũ``);
* a body or a place with a head before the word takes the whole word and
  the capitalised words or the number after it (``Sân bay Quốc tế Dubai``),
  unless what comes before the word is already a place (``vịnh Hạ Long``
  + ``Đại diện ...``): then the word opens the next sentence and is cut;
* a place after a lowercase type word whose whole name is such a word
  (``đường Lịch sử``, ``núi Giấc ngủ``) is no place unless a capitalised
  name goes on after the word (``đường Xa lộ Hà Nội``).

Which two syllables make a word is read from the word list that
underthesea ships (``corpus/data/Viet22K.txt``, its two-syllable entries).
A second syllable that makes a word with the syllable after it too is
ambiguous (``anh Tài tử vong``: ``tử vong``; ``Trần Thành tâm sự``) and
left alone, and so is a run whose end is a known place (``Hà Nội hiện
có``).  A heading without a full stop also runs into a sentence-opening
function word (``1. Hà Anh Tuấn Không ai ngờ``); those are the
``openers`` of ``person_name_edges`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

import bisect
import importlib.util
from functools import lru_cache
from pathlib import Path

import regex

from ...patterndata import entries
from .foreign import foreign_word
from .names import _Found, _edges, _syllables, count
from .rules import _Rules, _first_key

#: the lowercase word after a run, and the one after that
_NEXT = regex.compile(r"[ \u00a0]([\p{Ll}\p{M}]++)(?![\p{L}\p{M}\p{N}])(?:[ \u00a0]([\p{Ll}\p{M}]++)(?![\p{L}\p{M}\p{N}]))?+")
#: one capitalised word, an initial or a number that may go on with a body's or a place's name
_NAME_WORD = regex.compile(r"[ \u00a0]++(\p{Lu}\.(?=[ \u00a0]\p{Lu})|\p{Lu}[\p{L}\p{M}'’]*+|\d++)(?![\p{L}\p{M}\p{N}]|\.[\p{L}\p{N}])")
#: rule groups whose first words are heads of bodies and places (``Trung tâm``, ``Cục``, ``Sân bay``)
_HEAD_GROUPS = frozenset({"place", "inst", "body", "ministry", "national", "orgplace", "typed", "party"})
_TITLE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]++")


@lru_cache(maxsize=2)
def _function_words(after_person: bool = False) -> frozenset[str]:
    return frozenset(entries("entities")["word_cuts"]["function_words_after_person" if after_person else "function_words"])


@lru_cache(maxsize=2)
def two_syllable_words(size: str = "22K") -> frozenset[str]:
    """Lowercase words of two syllables of a word list shipped with underthesea (empty if absent).

    ``22K`` holds the common words (a cut inside one of them is read as a cut); the longer ``74K``
    is asked whether the word after the cut may begin another word (then nothing is changed).
    """
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.origin:
        return frozenset()
    path = Path(spec.origin).parent / "corpus" / "data" / f"Viet{size}.txt"
    if not path.is_file():
        return frozenset()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if w.count(" ") == 1 and w.replace(" ", "").isalpha():
            w = w.lower()
            out.add(w)
            out.add(_TONE_SPOT.sub(lambda m: _MOVED[m.group()], w))
    return frozenset(out)


@lru_cache(maxsize=1)
def _any_two_syllable_words() -> frozenset[str]:
    """The words of both lists (made once: the union of some 60,000 words cost each call
    of a pass over 2 ms an article)."""
    return two_syllable_words("74K") | two_syllable_words()


#: the tone mark of a final ``oa``, ``oe``, ``uy`` is written on either vowel (``hoá``/``hóa``, ``thuỷ``/``thủy``)
_MOVED = {}
for _plain, _marked in (("a", "áàảãạ"), ("e", "éèẻẽẹ"), ("y", "ýỳỷỹỵ")):
    _first = "o" if _plain != "y" else "u"
    _firsts = "óòỏõọ" if _plain != "y" else "úùủũụ"
    for _i, _m in enumerate(_marked):
        _MOVED[_first + _m] = _firsts[_i] + _plain
        _MOVED[_firsts[_i] + _plain] = _first + _m
_TONE_SPOT = regex.compile("(?:" + "|".join(_MOVED) + r")(?![\p{L}\p{M}])")


def _ends_in_place(text: str, syls: list[tuple[int, int]], upto: int, r: _Rules) -> bool:
    """``text`` up to the end of syllable ``upto`` ends in a known place (``Hạ Long``, ``Hà Nội``)."""
    if upto < 0:
        return False
    end = syls[upto][1]
    return any(text[syls[i][0]:end] in r.places for i in range(max(0, upto - 3), upto + 1))


def compound_cuts(text: str, r: _Rules, f: _Found) -> None:
    """Mend or drop candidates that end inside a word of two syllables (see the module)."""
    words = two_syllable_words()
    if not words:
        return
    more = _any_two_syllable_words()
    out = []
    changed = False
    starts = sorted((s, e) for s, e, _, _ in f.items)
    keys = [s for s, _ in starts]
    people = sorted(s for s, _, label, _ in f.items if label == "PER")
    for s, e, label, prio in f.items:
        new = _mend(text, s, e, label, r, words, more)
        if new is None:
            out.append((s, e, label, prio))
            continue
        lo, hi = bisect.bisect_right(keys, s), bisect.bisect_left(keys, e)
        if any(e2 > e for _, e2 in starts[lo:hi]):
            out.append((s, e, label, prio))
            continue  # another name starts inside and goes on (``Hội trường`` + ``Bệnh viện Nhi đồng ...``)
        if new[1] > e and bisect.bisect_right(people, e) < bisect.bisect_left(people, new[1]):
            out.append((s, e, label, prio))
            continue  # the lengthened name would swallow a person's name (``Thượng tướng`` + ``Tô Lâm``)
        changed = True
        if new[1] > new[0]:
            out.append((new[0], new[1], label, prio))
    if changed:
        f.items = out


def _mend(text: str, s: int, e: int, label: str, r: _Rules, words: frozenset[str],
          more: frozenset[str]) -> tuple[int, int] | None:
    """The mended span of a candidate cut inside a word, ``(s, s)`` to drop it, None to keep it."""
    m = _NEXT.match(text, e)
    if not m:
        return None
    syls = _syllables(text, s, e)
    if not syls:
        return None
    a, b = syls[-1]
    last = text[a:b]
    prev = text[syls[-2][0]:syls[-2][1]] if len(syls) >= 2 else ""
    if not last.isascii() and foreign_word(prev) and _TITLE.fullmatch(prev) and _TITLE.fullmatch(last) \
            and f"{last.lower()} {m.group(1)}" in more and m.group(1) not in _function_words() \
            and _name_after(text, m.end(1), r, more) == m.end(1):
        # ``tỉnh Homs`` + ``Máy bay ...``: a foreign name (not an acronym: ``Công ty TNHH MTV Xổ số ...``)
        # goes on with no Vietnamese word, unless a name goes on after the word (``Công viên Olympic Nữ hoàng
        # Elizabeth``)
        return s, syls[-2][1]
    if not _TITLE.fullmatch(last) or f"{last.lower()} {m.group(1)}" not in words or m.group(1) in _function_words() \
            or label == "PER" and m.group(1) in _function_words(True):
        return None  # (``Mạc Hồng Quân bị ...``: a name and a function word, though ``quân bị`` is a word)
    if m.group(2) and f"{m.group(1)} {m.group(2)}" in more:
        return None  # ``Tài tử vong``: the lowercase word may begin the next word
    if _ends_in_place(text, syls, len(syls) - 1, r):
        return None  # ``Hà Nội hiện có``: the run is a whole place
    if label == "PER":
        if len(syls) >= 3:
            return s, syls[-2][1]
        return s, s
    if len(syls) == 1:
        return s, s  # ``Áo dài`` would be kept above as a place; ``Hiệu trưởng`` is no name
    if _ends_in_place(text, syls, len(syls) - 2, r) or not text[s].islower() and m.group(1) in _edges().ends_before_lower.get(last, ()):
        return s, syls[-2][1]  # ``vịnh Hạ Long`` + ``Đại diện Cảng vụ ...``, ``CBS News Tuy nhiên``: the next sentence
    after = _name_after(text, m.end(1), r, more)
    if any(text[a2:b2] in r.break_always for a2, b2 in syls[1:-1]):
        return None  # a run through a clause word (``báo Theo Thượng``) is no name to lengthen
    if text[s:syls[-2][1]].islower() or not _TITLE.match(text, s) and len(syls) == 2:
        # ``đường Lịch sử``: a lowercase type word and a common word, no place, unless a name goes on
        # after it or the article writes it again (``công viên Thống nhất``, a park's name)
        if after > m.end(1) or count(text, text[s:m.end(1)]) >= 2:
            return s, after
        return s, s
    if not _TITLE.match(text, s) and after == m.end(1):
        return None  # ``đường Võ Trần Chí hướng``: a street named after a person, then a verb
    groups = r.dispatch.get(_first_key(text[s:e]), set())
    if label == "LOC" and "place" not in groups:
        return None  # no head of a named place before the word (``Hama`` + ``Lực lượng``)
    if label == "ORG" and _HEAD_GROUPS.isdisjoint(groups) and not text[s:syls[0][1]].isupper():
        return s, syls[-2][1]  # no body's head: ``Reuters`` + ``Tham gia duyệt binh``, the next sentence
    return s, after


def _name_after(text: str, pos: int, r: _Rules, words: frozenset[str]) -> int:
    """The end of the capitalised words or number after ``pos`` that go on with a name (``Dubai``),
    with the second syllable of a word begun by one of them (``Xổ số Điện toán``)."""
    while True:
        w = _NAME_WORD.match(text, pos)
        if not w or w.group(1) in r.break_always or w.group(1) in r.lead_words or w.group(1) in _edges().openers:
            return pos
        pos = w.end()
        n = _NEXT.match(text, pos)
        if n and f"{w.group(1).lower()} {n.group(1)}" in words and n.group(1) not in _function_words():
            pos = n.end(1)


@lru_cache(maxsize=1)
def _first_syllables() -> frozenset[str]:
    """The first syllables of the two-syllable words (``khu`` of ``khu vực``; no ``moscow``)."""
    return frozenset(w.split()[0] for w in _any_two_syllable_words())


def lowercase_cuts(text: str, r: _Rules, f: _Found) -> None:
    """A body's name that ends in a lowercase syllable opening a word of two syllables with the next one:

    * after a lowercase syllable or a capitalised common word, the name is in sentence case and takes the
      word's second syllable (``Trung tâm Thận nhân`` + ``tạo``, ``báo Người lao`` + ``động``);
    * after a proper name (a place, a foreign word, a number) or a name another reading already ends there
      (``Cục Thuế``), the syllable opens the sentence's verb and is no part of the name (``Đại học Moscow
      nhận`` + ``định``: ``Đại học Moscow``).
    """
    words = two_syllable_words()
    if not words:
        return
    more = _any_two_syllable_words()
    firsts = _first_syllables()
    org_spans = {(s, e) for s, e, label, _ in f.items if label == "ORG"}
    out = []
    changed = False
    for s, e, label, prio in f.items:
        m = _NEXT.match(text, e) if label == "ORG" else None
        syls = _syllables(text, s, e) if m else None
        if m and syls and len(syls) >= 3:
            last = text[syls[-1][0]:syls[-1][1]]
            before = text[syls[-2][0]:syls[-2][1]]
            if last.islower() and f"{last} {m.group(1)}" in words and f"{before.lower()} {last}" not in more \
                    and m.group(1) not in _function_words() and not r.stop_re.fullmatch(m.group(1)) \
                    and not (m.group(2) and f"{m.group(1)} {m.group(2)}" in more):
                changed = True
                if before[:1].isupper() and (before.lower() not in firsts or _ends_in_place(text, syls, len(syls) - 2, r)
                                             or (s, syls[-2][1]) in org_spans) or before[:1].isdigit():
                    out.append((s, syls[-2][1], label, prio))  # the verb after a proper name
                else:
                    out.append((s, m.end(1), label, prio))  # (not when the syllable opens the next word too)
                continue
        out.append((s, e, label, prio))
    if changed:
        f.items = out

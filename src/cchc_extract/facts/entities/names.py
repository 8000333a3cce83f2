"""Name runs: syllables, breakers, where a person's name starts; the candidate store."""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from ...gazetteers import units
from .rules import _NA, _NB, _Rules, _alt

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


def _honorific(text: str, end: int, word: str, r: _Rules) -> bool:
    """``word`` (a place's name) is an honorific before a holy title that follows ``end`` (``Đức Phật``)."""
    h = r.honorific_before.get(word)
    return bool(h) and bool(h.match(text, end))


def unicode_mark(ch: str) -> bool:
    return "\u0300" <= ch <= "\u036f"


#: a lowercase word right after a word
_LOWER_AFTER = regex.compile(r"[ \u00a0]\p{Ll}")
#: a number or a Roman numeral right after a word (``Quý II``, ``Đợt 2``)
_NUMBER_AFTER = regex.compile(r"[ \u00a0](?:\d|[IVX]++(?![\p{L}]))")


def _cut_breakers(text: str, syls: list[tuple[int, int]], r: _Rules, keep_first: bool = False,
                  cued: bool = False) -> list[tuple[int, int]]:
    """The syllables of a name run up to the first word that opens something else.

    ``cued``: the run follows a title or a kin word, so a ``Họ + đệm + X`` name keeps an X that
    is also a breaker but a given name too (``ông Trần Văn Năm``).
    """
    out = []
    g = _gaz_prefix(text, syls, r)
    last = len(syls) - 1
    for idx, (a, b) in enumerate(syls):
        w = text[a:b]
        if idx < g:
            out.append((a, b))
            continue
        if w in r.break_before_number and _NUMBER_AFTER.match(text, b):
            break
        # ``ông Lê Văn Năm``, ``ông Nguyễn Văn Nhiều``: after a cue, a breaker that is also a given
        # name ends a ``Họ + đệm + X`` run as its given name
        given = cued and idx == last and idx >= 2 and w in r.given_breakers \
            and text[syls[0][0]:syls[0][1]] in r.surnames and not _NUMBER_AFTER.match(text, b)
        if w in r.quantifiers and _LOWER_AFTER.match(text, b) and not ends_place(text, syls[:idx + 1], r) \
                and not given:
            break  # ``Nhiều người``: the next sentence, glued to a caption (not ``Thủ Dầu Một``, a city)
        if w in r.break_always and not (keep_first and idx == 0):
            if given:
                out.append((a, b))
                continue
            break
        if idx == len(syls) - 1 and w in r.break_before_lower and _next_is_lower(text, b, w, r):
            break
        out.append((a, b))
    return out


def ends_place(text: str, syls: list[tuple[int, int]], r: _Rules) -> bool:
    """The last two to four syllables spell a gazetteer place (``Thủ Dầu Một``)."""
    return any(text[syls[-k][0]:syls[-1][1]] in r.places for k in range(2, min(4, len(syls)) + 1))


def _gaz_prefix(text: str, syls: list[tuple[int, int]], r: _Rules) -> int:
    """Number of leading syllables that form the longest gazetteer place."""
    for n in range(min(len(syls), 5), 0, -1):
        if text[syls[0][0]:syls[n - 1][1]] in r.places:
            return n
    return 0


def _unit_split(text: str, syls: list[tuple[int, int]], r: _Rules) -> int:
    """``Thạch Hà Trần Việt Hà`` → 2: an administrative unit's name of two or three syllables, then a
    family name opening two to four more (the unit's first syllable may be a family name too); else 0."""
    n = len(syls)
    for i in range(2, min(4, n - 1)):
        if text[syls[i][0]:syls[i][1]] in r.surnames and 2 <= n - i <= 4 and text[syls[0][0]:syls[i - 1][1]] in units() \
                and text[syls[i][0]:syls[-1][1]] not in r.places:  # not ``Minh Khai Hà Nội``: two places
            return i
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
    if not g:
        k = _unit_split(text, syls, r)
        if k:
            return k
    if province and not g and n >= province and text[syls[0][0]:syls[0][1]] in r.surnames \
            and text[syls[0][0]:syls[-1][1]] not in r.places:
        return 0  # ``UBND tỉnh Hà Sỹ Đồng``: every province is in the gazetteer
    for i in range(1, n - 1):
        if text[syls[i][0]:syls[i][1]] in r.surnames and 2 <= n - i <= 4 \
                and text[syls[i][0]:syls[-1][1]] not in r.places:
            return i
    return n


def _name(text: str, start: int, end: int, r: _Rules, *, split: bool = True, keep_first: bool = False,
          province: int = 0, cued: bool = False):
    """A name run cleaned: ``(name_end, person_span or None)``; name_end == start if empty."""
    syls = _cut_breakers(text, _syllables(text, start, end), r, keep_first, cued)
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


def drop_inside(items: list, spans: list[tuple[int, int]], labels: tuple[str, ...]) -> list:
    """``items`` without those of ``labels`` that lie inside one of ``spans`` (one pass: the largest end of
    the spans starting at or before an item's start says whether one covers it)."""
    import bisect

    if not spans:
        return items
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach, best = [], -1
    for _, b in spans:
        best = max(best, b)
        reach.append(best)

    def inside(it) -> bool:
        i = bisect.bisect_right(starts, it[0]) - 1
        return i >= 0 and reach[i] >= it[1]

    return [it for it in items if not (it[2] in labels and inside(it))]



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

        self.text = text
        #: where a name read after a person cue starts (``ông``, ``ca sĩ``): nothing else starts there
        self.cue_starts: set[int] = set()
        #: (where the cue starts, where its name starts)
        self.cue_spans: list[tuple[int, int]] = []

    def longest_at(self, *labels: str) -> dict[int, int]:
        """Start -> the farthest end of the candidates with one of ``labels`` that start
        there, keyed in the order the candidates were found."""
        out: dict[int, int] = {}
        for s, e, label, _ in self.items:
            if label in labels and e > out.get(s, -1):
                out[s] = e
        return out

    def drop_over(self, start: int, end: int) -> None:
        """Drop every candidate that overlaps ``[start, end)``."""
        self.items = [it for it in self.items if it[1] <= start or it[0] >= end]

    def replace(self, start: int, end: int, label: str, prio: int = 0) -> None:
        """Drop every candidate that overlaps ``[start, end)``, then add this one."""
        self.drop_over(start, end)
        self.add(start, end, label, prio)

    def add(self, start: int, end: int, label: str, prio: int = 0) -> None:
        if label == "PER" and end > start:
            edges = person_edges(self.text, start, end)
            if edges is None:
                return
            start, end = edges
        if end > start:
            self.items.append((start, end, label, prio))


# ---------------------------------------------------------------- where a name ends


class _Edges:
    """``patterns/entities.yaml`` ``person_name_edges``, compiled."""

    def __init__(self) -> None:
        e = entries("entities")["person_name_edges"]
        ascii_word = r"[A-Z][a-z]++"
        #: a web domain right after the name: ``Zing.vn``
        self.domain = regex.compile(r"\.(?i:" + _alt(e["domains"]) + r")(?![\p{L}\p{M}\p{N}])")
        #: an initial (one capital, or a capital and consonants: ``Tr``) and its dot, before a name
        self.initial_before = regex.compile(r"(?<![\p{L}\p{M}\p{N}.])\p{Lu}[bcdghklmnpqrstvxđ]?+\.(?:\p{Lu}[bcdghklmnpqrstvxđ]?+\.)*+$")
        self.initial = regex.compile(r"\p{Lu}[bcdghklmnpqrstvxđ]?+")
        #: after an initial: ``.T``, ``.Đ``, or ``.Putin``
        self.dot_next = regex.compile(r"\.(\p{Lu}[\p{Ll}\p{M}]*+)(?![\p{L}\p{M}\p{N}])")
        #: the closing dot of two or more initials, when the sentence goes on (``chị T.T.H. (35 tuổi)``)
        self.closing_dot = regex.compile(r"\.(?=[,;)]|[ \u00a0]++[\p{Ll}(\d])")
        self.hyphen_lower = regex.compile(r"[-\u2010][a-z]++(?![\p{L}\p{M}\p{N}])")
        self.hyphen_title = regex.compile(r"[-\u2010](" + ascii_word + r")(?![\p{L}\p{M}\p{N}.\-])")
        self.arabic = set(e["arabic_articles"])
        self.particles = regex.compile(
            r"(?:[ \u00a0](?:" + _alt(e["particles"]) + r")){1,2}+[ \u00a0\-\u2010]" + ascii_word
            + r"(?:[-\u2010]" + ascii_word + r")?+(?![\p{L}\p{M}\p{N}])")
        self.clubs = set(e["club_words"])
        self.openers = set(e["openers"])
        self.openers_before_lower = set(e["openers_before_lower"])
        self.name_or_opener = set(e["name_or_opener"])
        self.ends_before_lower = {k: set(v) for k, v in e["ends_before_lower"].items()}
        self.lower_word = regex.compile(r"[ \u00a0]([\p{Ll}\p{M}]++)(?![\p{L}\p{M}\p{N}])")
        #: after a double family name: another capitalised word would make it two names (``A-B C``)
        self.name_goes_on = regex.compile(r"[-\u2010]|[ \u00a0]++\p{Lu}")
        #: glued to a digit: a model code (``T-90``), no name
        self.code_after = regex.compile(r"[-\u2010]?+\d")
        self.next_title = regex.compile(r"[ \u00a0](" + ascii_word + r")(?![\p{L}\p{M}\p{N}])")


@lru_cache(maxsize=1)
def _edges() -> _Edges:
    return _Edges()


def _last_word(text: str, start: int, end: int) -> str:
    i = end
    while i > start and text[i - 1] not in " \u00a0":
        i -= 1
    return text[i:end]


#: zero-width tests at a position: no word character before it, none at it
_NO_WORD_BEFORE = regex.compile(_NB)
_NO_WORD_AT = regex.compile(_NA)


def occurrences(text: str, literal: str, start: regex.Pattern = _NO_WORD_BEFORE, end: regex.Pattern = _NO_WORD_AT,
                *, overlapping: bool = True) -> list[tuple[int, int]]:
    """Spans of ``literal`` in ``text`` where the zero-width tests ``start`` (at its first
    character) and ``end`` (after its last) hold, left to right, found with ``str.find``: the
    literals are names an article signs or repeats, a new one in each article, and compiling a
    pattern for each cost more than the search.  ``overlapping=False`` goes on after a span's
    end, as ``finditer`` of ``start + regex.escape(literal) + end`` does."""
    out, n = [], len(literal)
    if not n:
        return out
    i = text.find(literal)
    while i >= 0:
        if start.match(text, i) and end.match(text, i + n):
            out.append((i, i + n))
            if not overlapping:
                i = text.find(literal, i + n)
                continue
        i = text.find(literal, i + 1)
    return out


def whole_occurrences(text: str, literal: str) -> list[tuple[int, int]]:
    """What ``finditer`` of ``_NB + regex.escape(literal) + _NA`` gives (:func:`occurrences`)."""
    return occurrences(text, literal, overlapping=False)


@lru_cache(maxsize=512)
def count(text: str, sub: str) -> int:
    """How often ``sub`` is written in ``text`` (remembered: a long text with many such runs stays linear)."""
    return text.count(sub)


def _cut_openers(text: str, start: int, end: int, ed: _Edges) -> int:
    """The end of a name that ran into the next clause (``... Bin Mới đây``) or a title after it (``Thái hậu``)."""
    syls = _syllables(text, start, end)
    for i, (a, b) in enumerate(syls[1:], 1):
        if text[a:b] in ed.openers:
            return syls[i - 1][1]
    if syls:
        a, b = syls[-1]
        lw = ed.lower_word.match(text, b)
        # the whole run written again elsewhere is a name (``Tôn Ngộ Không``), not a run into a sentence
        recurs = text[a:b] in ed.openers_before_lower or text[a:b] in ed.name_or_opener
        if lw and recurs and len(syls) >= 2 and count(text, text[start:b]) >= 2:
            return end
        if lw and text[a:b] in ed.openers_before_lower:
            # ``1. Vũ Hà Anh`` + ``Vào cuối tháng 5``: a heading without a full stop; alone, no name
            return syls[-2][1] if len(syls) >= 2 else start
        if lw and lw.group(1) in ed.ends_before_lower.get(text[a:b], ()):
            return syls[-2][1] if len(syls) >= 2 else start  # ``nghệ sĩ Nhà hát``: no name at all
    return end


def person_edges(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a person's name read from ``text[start:end]`` with its true edges, or None when
    it names a web site (``Zing.vn``).

    >>> t = "Anh L.T.H, ông D.Trump, Kim Jong-un và Bashar al-Assad."
    >>> [t[slice(*person_edges(t, t.index(w), t.index(w) + len(w)))] for w in ("L", "Trump", "Kim Jong", "Bashar")]
    ['L.T.H', 'D.Trump', 'Kim Jong-un', 'Bashar al-Assad']
    """
    ed = _edges()
    if ed.domain.match(text, end) or ed.code_after.match(text, end):
        return None
    end = _cut_openers(text, start, end, ed)
    if end <= start:
        return None
    words = text[start:end].split()
    if words[0] in ("Theo", "Nguồn"):
        return None  # ``Theo Vnexpress``: a source line, no person
    if text[start:end].isascii() and any(w in ed.clubs for w in words):
        return None  # ``Man United``, ``Real Madrid``: a club
    m = ed.initial_before.search(text, max(0, start - 12), start)
    if m:
        start = m.start()
    # initials after: ``L`` + ``.T.H``; ``V`` + ``.Putin``
    initials = 0
    while ed.initial.fullmatch(_last_word(text, start, end).rsplit(".", 1)[-1]):
        d = ed.dot_next.match(text, end)
        if not d:
            break
        initials += 1
        end = d.end()
    if initials or m:
        w = _last_word(text, start, end)
        if ed.initial.fullmatch(w.rsplit(".", 1)[-1]) and "." in text[start:end] and ed.closing_dot.match(text, end):
            end += 1
        return start, end
    for _ in range(3):
        last = _last_word(text, start, end)
        if not last.isascii() or not last.isalpha():
            break
        h = ed.hyphen_lower.match(text, end)
        if h:  # ``Jong-un``, ``Jae-in``
            end = h.end()
            continue
        h = ed.hyphen_title.match(text, end)
        if h and last in ed.arabic:
            end = h.end()  # ``Al-Assad``
            continue
        if h and " " not in text[start:end] and ed.next_title.match(text, h.end()):
            end = ed.next_title.match(text, h.end()).end()  # ``Jean-Claude`` + a family name
            continue
        if h and text[start:end].count(" ") == 1 and not ed.next_title.match(text, h.end()) \
                and text[start:end].isascii() and ed.name_goes_on.match(text, h.end()) is None:
            end = h.end()  # ``Anna Smith-Jones``: a double family name closes the name
            continue
        p = ed.particles.match(text, end)
        if p:  # ``van Persie``, ``al-Assad``
            end = p.end()
            continue
        break
    return start, end


def _at(pattern: regex.Pattern, text: str, positions: list[int]):
    """Matches of ``pattern`` anchored at the trigger positions."""
    match = pattern.match
    for p in positions:
        m = match(text, p)
        if m:
            yield m


"""Name runs: syllables, breakers, where a person's name starts; the candidate store."""

from __future__ import annotations

import regex

from .rules import _Rules

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


"""Countries written with their state form: ``Liên bang Nga``, ``CHDCND Triều Tiên``, ``Vương quốc Anh``.

The form (``Liên bang``, ``LB``, ``Cộng hòa``, ``CHDCND`` ...) belongs to the
country's name, so the LOC is the whole name, not the bare country after it.
Inside a longer capitalised name the form is the body's (``Hội đồng Liên bang
Nga``, the Federation Council; ``Cục Dự trữ Liên bang Mỹ``), and ``Cộng hòa``
after a party word is the party (``đảng Cộng hòa Mỹ``).  After a post the
person's name follows the country (``Tổng thống LB Nga Vladimir Putin``).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .names import _Found
from .rules import _NA, _NB, _SP, _Rules, _alt

#: a capitalised syllable right before (the end of a body's name, or a post)
_CAP_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*+" + _SP + r"$")
#: a foreign person's name after the country: two to four capitalised words
_PERSON_AFTER = regex.compile(_SP + r"(?P<p>\p{Lu}[\p{Ll}\p{M}]++(?:[\-’']\p{L}[\p{Ll}\p{M}]*+){0,4}+"
                              r"(?:" + _SP + r"\p{Lu}[\p{Ll}\p{M}]++(?:[\-’']\p{L}[\p{Ll}\p{M}]*+){0,4}+){1,3}+)" + _NA)


class _States:
    def __init__(self, r: _Rules) -> None:
        e = entries("entities")["state_forms"]
        countries = {n for n, k in r.places.items() if k == "country"} | set(e["names_after_form"])
        self.re = regex.compile(_NB + r"(?P<form>" + _alt(e["forms"]) + r")" + _SP + r"(?P<name>" + _alt(countries) + r")" + _NA)
        self.party_before_re = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alt(e["party_before"]) + r")" + _SP + r"$")
        self.joiners = set(e["joiners_before"])
        #: a body's head word and up to three words, the last lowercase, right before: the end of the body's name
        #: (``Cục điều tra``, ``Tòa phúc thẩm``), unless the last joins a place to it (``Bộ ... tại``)
        self.body_tail_re = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alt(e["body_heads_before"]) + r")(?:(?:" + _SP
                                          + r"\p{L}[\p{L}\p{M}]*+){0,2}" + _SP + r"(?P<w>\p{Ll}[\p{L}\p{M}]*+))?" + _SP + r"$")
        self.post_before_re = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _alt(e["posts_before"]) + r")" + _SP + r"$")


@lru_cache(maxsize=1)
def _states(r: _Rules) -> _States:
    return _States(r)


def state_forms(text: str, r: _Rules, f: _Found) -> None:
    """``LB Nga``, ``Cộng hòa Liên bang Đức``: one LOC; after a post, the person that follows is a PER."""
    st = _states(r)
    for m in st.re.finditer(text):
        s = m.start()
        before = max(0, s - 30)
        post = st.post_before_re.search(text, before, s)
        cap = None if post else _CAP_BEFORE.search(text, before, s)
        if cap and not r.sent_start.search(text, max(0, cap.start() - 3), cap.start()):
            continue  # ``Hội đồng Liên bang Nga``: the form is the body's (not ``Tại LB Nga`` opening a sentence)
        tail = None if post else st.body_tail_re.search(text, before, s)
        if tail and tail.group("w") not in st.joiners:  # (no ``w``: the head right before, ``Lực lượng Cộng hòa``)
            continue  # ``Cục Điều tra Liên bang Mỹ``: ``Liên bang`` is the bureau's (federal)
        if m.group("form").startswith("Cộng") and st.party_before_re.search(text, before, s):
            continue  # ``đảng Cộng hòa Mỹ``: the party
        f.add(s, m.end(), "LOC", -3)
        if post:
            p = _PERSON_AFTER.match(text, m.end())
            if p and not r.title_re.match(text, p.start("p")):  # not ``Tổng Bí thư`` (another post)
                f.add(p.start("p"), p.end("p"), "PER", 2)

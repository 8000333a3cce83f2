"""Names repeated alone (``repeated_names``): found with ``str.find``, as the names' alternation finds them.

The bare name of a typed place and a person's full name stand for the same
entity where they stand alone later in the article.  The names differ from
article to article; they used to be compiled into one regex per article,
which cost more than the rest of the pass.  ``_standing_alone`` must give what
``finditer`` of that regex gives.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_extract.facts.entities.gazscan import _standing_alone
from cchc_extract.facts.entities.rules import _NA, _NB, _SP, _alt
from entity_checks import ents


def _by_regex(text: str, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """The old way: one alternation of the names between the two tests."""
    if not names:
        return []
    pat = regex.compile(_NB + r"(?<!\p{Lu}[\p{L}\p{M}]*+" + _SP + r")(?:" + _alt(names) + r")" + _NA
                        + r"(?!" + _SP + r"\p{Lu})")
    return [(m.start(), m.end(), names[m.group().replace("\u00a0", " ")]) for m in pat.finditer(text)]


_WORDS = ["An", "Văn", "Nguyễn", "Lưu", "Quỳnh", "ở", "và", "Hà", "Nội", "x", "1"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join).flatmap(
           lambda first: st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(" ".join),
                                  max_size=3).map(lambda more: [first, *more])),
       st.lists(st.sampled_from(_WORDS + [" ", "\u00a0", ", ", ". "]), max_size=40).map("".join))
def test_the_same_as_the_alternation(names: list[str], text: str) -> None:
    table = {n: ("PER" if k % 2 else "LOC") for k, n in enumerate(dict.fromkeys(names))}
    assert _standing_alone(text, table) == _by_regex(text, table)


def test_a_repeated_name_written_with_a_no_break_space() -> None:
    # the regex matched ``Quỳnh\u00a0Lưu`` and then looked its label up as written: a KeyError
    assert ents("Huyện Quỳnh Lưu có mưa to. Người dân ở Quỳnh\u00a0Lưu đã chằng chống nhà cửa.") == [
        ("Huyện Quỳnh Lưu", "LOC"), ("Quỳnh\u00a0Lưu", "LOC")]


def test_the_longest_name_that_stands_alone_wins_and_scanning_goes_on_from_its_end() -> None:
    text = "Gặp Nguyễn Văn An và Văn An, rồi Nguyễn Văn An Hà."
    names = {"Nguyễn Văn An": "PER", "Văn An": "PER"}
    # the first full name; the bare ``Văn An``; the last full name has a capital after it
    assert _standing_alone(text, names) == [(4, 17, "PER"), (21, 27, "PER")]

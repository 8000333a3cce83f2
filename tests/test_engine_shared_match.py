"""Rules written with the same pattern share one match at a position; a group of led rules is gated in one call.

Legal's readers at a type word (``code_years``, ``numbered``, ``titled`` ...) all
match the same type-word pattern: the engine compiles it once and, at one
anchor, matches it once for all of them.  Each rule still gets its own
resolve call, in registry order, and the chain policy (``first_wins``) still
stops at the first rule that produces.  A group of rules that all have a lead
is gated and dispatched by one ``re`` call; a hit no lead fits tries no rule.
"""

from __future__ import annotations

import pytest

from cchc_extract.engine import Anchor, Registry, Rule

from oracle import Item


def _recording(seen: list, name: str, produce: bool):
    def resolve(m, *args):
        seen.append((name, m))
        return [Item(m.start(), m.end())] if produce else []
    return resolve


_PATTERN = r"(?<!\w)(?:kế hoạch|đề án)(?!\w)"


@pytest.mark.parametrize("first_wins", [False, True])
def test_rules_with_one_pattern_share_its_match(first_wins: bool) -> None:
    seen: list = []
    reg = Registry("probe", [
        Rule("first", Anchor(words=("kế", "đề")), _PATTERN, _recording(seen, "first", False)),
        Rule("second", Anchor(words=("kế", "đề")), _PATTERN, _recording(seen, "second", True)),
        Rule("third", Anchor(words=("kế", "đề")), _PATTERN, _recording(seen, "third", True)),
    ], first_wins=first_wins)
    assert reg["first"].compiled is reg["second"].compiled is reg["third"].compiled
    text = "Tỉnh ban hành kế hoạch và đề án mới."
    items = reg.find(text)
    seen = list(seen)       # the oracle below matches at every position on its own
    key = lambda i: (i.start, i.order)  # noqa: E731
    assert sorted(items, key=key) == sorted(reg.find_everywhere(text), key=key)
    # one match object per anchor, handed to every rule tried there
    by_anchor: dict[int, set] = {}
    for _name, m in seen:
        by_anchor.setdefault(m.start(), set()).add(id(m))
    assert sorted(by_anchor) == [text.index("kế"), text.index("đề")]
    assert all(len(ids) == 1 for ids in by_anchor.values())
    names = [name for name, _ in seen]
    # the chain stops at the first rule that produces; without it every rule is tried
    assert names == (["first", "second"] * 2 if first_wins else ["first", "second", "third"] * 2)
    assert [i.rule for i in items] == (["second"] * 2 if first_wins else ["second", "third"] * 2)


def test_same_pattern_other_flags_is_another_pattern() -> None:
    a = Rule("cased", Anchor(words=("kế",)), _PATTERN, lambda m: [], 0)
    b = Rule("uncased", Anchor(words=("kế",)), _PATTERN, lambda m: [])
    assert a.compiled is not b.compiled
    assert a.compiled.match("Kế hoạch") is None and b.compiled.match("Kế hoạch") is not None


def test_led_group_is_gated_and_dispatched_in_one_call() -> None:
    seen: list = []
    reg = Registry("probe", [
        Rule("year", Anchor(words=("năm",), lead=r"năm[ ]\d"), r"năm[ ](?P<y>\d{4})", _recording(seen, "year", True)),
        Rule("word", Anchor(words=("năm",), lead=r"năm[ ]nay"), r"năm[ ]nay", _recording(seen, "word", True)),
    ])
    entry = next(e for es in reg.scan.entries for e in es)
    _gate, groups, *_ = entry.plan
    (_needs, _g, always, led, dispatch, merged), = groups
    assert merged and not always and len(led) == 2
    assert dispatch("năm mới", 0) is None       # no lead fits: nothing is tried
    assert dispatch("năm 2024", 0).groups() == ("năm 2", None)
    text = "Năm mới, năm nay và năm 2024; năm x."
    key = lambda i: (i.start, i.order)  # noqa: E731
    assert sorted(reg.find(text), key=key) == sorted(reg.find_everywhere(text), key=key)
    assert [name for name, _ in seen if name in ("year", "word")][:2] == ["word", "year"]


@pytest.mark.parametrize("first_wins", [False, True])
def test_groups_of_one_anchor_are_dispatched_in_one_call(first_wins: bool) -> None:
    """Three groups at `năm` (a rule needing a digit, behind a lead; a rule needing
    no digit, always tried, and one behind a lead; a rule needing the word `tháng`):
    one call tells which rules to try, in the order the groups' own tests gave, and
    a hit where no group passes tries nothing; the items are the oracle's."""
    seen: list = []
    reg = Registry("probe", [
        Rule("year", Anchor(words=("năm",), lead=r"năm[ ]\d", needs_digit=True), r"năm[ ](?P<y>\d{4})",
             _recording(seen, "year", True)),
        Rule("bare", Anchor(words=("năm",)), r"năm[ ]nay", _recording(seen, "bare", True)),
        Rule("led", Anchor(words=("năm",), lead=r"năm[ ]ngoái"), r"năm[ ]ngoái", _recording(seen, "led", True)),
        Rule("months", Anchor(words=("năm",), lead=r"năm[ ]tháng", needs_words=("tháng",)), r"năm[ ]tháng",
             _recording(seen, "months", False)),
    ], first_wins=first_wins)
    entry = next(e for es in reg.scan.entries for e in es)
    gate, groups, dispatch, table = entry.plan
    assert len(groups) == 3 and gate is None    # a group with no need has no gate
    tried = lambda text: [step[3] for k, step in table if dispatch(text, 0).groups()[k] is not None]  # noqa: E731
    assert tried("năm 2024") == ["year", "bare"]
    assert tried("năm x 2024") == ["bare"]          # a digit ahead, but the year's lead does not fit
    assert tried("năm ngoái") == ["bare", "led"]
    assert tried("năm tháng") == ["bare", "months"]
    assert dispatch("năm x", 0).lastindex is not None   # `bare` is always tried
    key = lambda i: (i.start, i.end, i.order)  # noqa: E731
    for text in ("Năm 2024 và năm 5, năm nay, năm ngoái; năm tháng.", "năm", "năm 1 tháng", "x năm 12"):
        assert sorted(reg.find(text), key=key) == sorted(reg.find_everywhere(text), key=key), text


def test_a_hit_no_group_passes_tries_nothing() -> None:
    seen: list = []
    reg = Registry("probe", [
        Rule("year", Anchor(words=("năm",), lead=r"năm[ ]\d", needs_digit=True), r"năm[ ]\d{4}",
             _recording(seen, "year", True)),
        Rule("months", Anchor(words=("năm",), lead=r"năm[ ]tháng", needs_words=("tháng",)), r"năm[ ]tháng",
             _recording(seen, "months", True)),
    ])
    entry = next(e for es in reg.scan.entries for e in es)
    dispatch = entry.plan[2]
    m = dispatch("năm mới", 0)
    assert m is None or m.lastindex is None
    assert reg.find("năm mới, năm sau") == [] and seen == []

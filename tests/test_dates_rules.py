"""Every date rule is a named unit with its examples (Duckling's corpus test).

Each example in ``patterns/dates.yaml`` names the rule that must produce its
first item (``rule``) or each item (``rules``); the item must come from that
rule and cover the whole expected span.  Every rule of the registry (and every
list continuation) has at least one example.  Known gaps (``gaps``) run as
expected failures, so one that starts to pass is noticed (strict xfail).
"""

from __future__ import annotations

import pytest
import regex

from cchc_extract.engine import Anchor, Registry, Rule
from cchc_extract.facts import dates as D
from cchc_extract.facts.dates.base import Cand
from cchc_extract.facts.dates.vocab import ENTRIES, pattern

ALL_RULES = set(D.REGISTRY.names) | {r.name for r in D.CONTINUATIONS.values()}


def _cases(key: str):
    out = []
    for e in ENTRIES:
        for i, ex in enumerate(e.get(key) or []):
            out.append(pytest.param(ex, id=f"{e['name']}:{key}{i}"))
    return out


EXAMPLES = _cases("examples")
GAPS = _cases("gaps")


def _fits(fragment: dict, item: dict) -> bool:
    return all(item.get(k) == v for k, v in fragment.items())


def _check(ex: dict) -> None:
    fragments = ex["expect"]["dates"]
    names = ex.get("rules") or [ex["rule"]] + [None] * (len(fragments) - 1)
    assert len(names) == len(fragments), "`rules` names one rule per expected item"
    items = D.find_date_items(ex["text"])
    for fragment, name in zip(fragments, names):
        found = [(d, r) for d, r in items if _fits(fragment, d.model_dump())]
        assert found, f"no item matches {fragment} in {ex['text']!r}: {items}"
        if name is not None:
            assert name in ALL_RULES, f"unknown rule {name!r}"
            assert any(r == name for _, r in found), f"{fragment} came from {[r for _, r in found]}, not {name}"


@pytest.mark.parametrize("ex", EXAMPLES)
def test_example_comes_from_its_rule(ex):
    assert "rule" in ex, f"example {ex['text']!r} names no rule"
    _check(ex)


@pytest.mark.parametrize("ex", GAPS)
@pytest.mark.xfail(strict=True, reason="a known gap, kept in patterns/dates.yaml")
def test_known_gap(ex):
    _check(ex)


def test_every_rule_has_an_example():
    named = set()
    for e in ENTRIES:
        for ex in e.get("examples") or []:
            named.add(ex.get("rule"))
            named.update(ex.get("rules") or [])
    assert ALL_RULES - named == set()
    assert named - ALL_RULES == set()


def test_each_example_item_knows_its_rule_in_the_pipeline():
    """The provenance table of the dates stage, keyed by span."""
    import cchc_extract
    nlp = cchc_extract.load(exclude=["entities"])
    doc = nlp("Trong quý I/2023 và giai đoạn 2021 - 2025, huyện tiếp nhận 10 hồ sơ.")
    table = doc._.cchc.notes[D.PROVENANCE]["dates"]
    assert table == {(6, 16): "quarter", (20, 41): "period_dash"}


# ---------------------------------------------------------------- a new shape is found

def _year_first(m, pub):
    return [Cand(m.start(), m.end(), "date", (int(m.group("y")), int(m.group("m")), int(m.group("d"))), True)]


def _year_first_rule() -> Rule:
    return Rule("date_year_first", Anchor(digit=True),
                pattern(r"{num_start}(?P<y>{year})/(?P<m>{month_number})/(?P<d>{day}){num_end}"), _year_first)


def test_a_new_rule_is_tried_without_touching_any_prefilter():
    """The issue's silent failure: a correct new rule for `ngày 2023/03/15`.

    With the old hand-kept digit shapes (``_DIGIT_RULES_BY_SHAPE``) a rule
    starting at a four-digit year was never tried at such a spot, so it found
    nothing while the tests stayed green.  Here the rule declares its anchor
    (a digit) and the engine tries it there; nothing else is edited.
    """
    text = "Hồ sơ nộp ngày 2023/03/15 đã được duyệt."
    registry = Registry("dates-test", list(D.REGISTRY), max_span=D.MAX_SPAN, single_line=True)
    assert D.find_date_items(text, registry=registry) == []   # today's rules: a known gap
    registry.add(_year_first_rule())
    items = D.find_date_items(text, registry=registry)
    assert [(d.text, d.value, r) for d, r in items] == [("2023/03/15", "2023-03-15", "date_year_first")]
    # and exactly what trying it everywhere finds
    assert sorted((c.start, c.end, c.rule) for c in registry.find(text, None)) == \
        sorted((c.start, c.end, c.rule) for c in registry.find_everywhere(text, None))


def test_registry_rejects_bad_rules():
    with pytest.raises(ValueError, match="exists already"):
        Registry("x", [D.REGISTRY["year"], D.REGISTRY["year"]])
    with pytest.raises(ValueError, match="one whole word"):
        Anchor(words=("kể từ",))
    with pytest.raises(ValueError, match="bad pattern"):
        Rule("broken", Anchor(digit=True), "(?P<y>", _year_first)
    with pytest.raises(ValueError, match="has no groups"):
        Rule("grouped", Anchor(digit=True, lead=r"(\d)"), r"\d", _year_first)
    with pytest.raises(ValueError, match="unknown fragment"):
        pattern("{no_such_fragment}")
    assert regex.compile(pattern(r"\p{L}{1,2}{year}")).match("ab2023")

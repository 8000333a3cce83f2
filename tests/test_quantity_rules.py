"""Every quantity rule is a named unit with its examples (Duckling's corpus test).

Each example in ``patterns/quantities.yaml`` names the rule (``rule``) that must
read its first expected quantity, the whole span where the example gives its
``text``; each counter-example (``not``) names a rule that must read nothing
over its text.  Every rule of the registry has at least one of each.  The
pipeline's provenance (what ``explain`` shows) names the same rule.
"""

from __future__ import annotations

import pytest

import cchc_extract
from cchc_extract.facts.dates import PROVENANCE
from cchc_extract.facts.quantities import REGISTRY, find_quantity_items
from cchc_extract.patterndata import raw_entries

ENTRIES = list(raw_entries("quantities"))
RULES = set(REGISTRY.names)


def _cases(key: str):
    return [pytest.param(ex, id=f"{e['name']}:{key}{i}") for e in ENTRIES for i, ex in enumerate(e.get(key) or [])]


EXAMPLES = _cases("examples")
COUNTER = _cases("not")


def _fits(fragment: dict, item: dict) -> bool:
    return all(item.get(k) == v for k, v in fragment.items())


def _check(ex: dict) -> None:
    assert ex.get("rule") in RULES, f"example {ex['text']!r} names no quantity rule ({ex.get('rule')!r})"
    fragment = ex["expect"]["quantities"][0]
    items = find_quantity_items(ex["text"])
    found = [(q, r) for q, r in items if _fits(fragment, q.model_dump())]
    assert found, f"no item matches {fragment} in {ex['text']!r}: {[(q.text, r) for q, r in items]}"
    assert ex["rule"] in [r for _, r in found], f"{fragment} came from {[r for _, r in found]}, not {ex['rule']}"


@pytest.mark.parametrize("ex", EXAMPLES)
def test_example_comes_from_its_rule(ex):
    _check(ex)


@pytest.mark.parametrize("ex", COUNTER)
def test_counter_example_gets_nothing_from_its_rule(ex):
    assert ex.get("rule") in RULES, f"counter-example {ex['text']!r} names no quantity rule"
    assert [(q.text, r) for q, r in find_quantity_items(ex["text"]) if r == ex["rule"]] == []


def test_every_rule_has_examples_and_counter_examples():
    named = {ex.get("rule") for e in ENTRIES for ex in e.get("examples") or []}
    guarded = {ex.get("rule") for e in ENTRIES for ex in e.get("not") or []}
    assert None not in named and None not in guarded
    assert RULES - named == set() and named - RULES == set()
    assert RULES - guarded == set() and guarded - RULES == set()


def test_a_wrong_rule_name_is_caught():
    """Not vacuous: the same check fails for an example naming another rule."""
    ex = {"text": "Ngân sách đạt 15.000 tỷ đồng.", "rule": "bare_money",
          "expect": {"quantities": [{"text": "15.000 tỷ đồng", "kind": "money"}]}}
    with pytest.raises(AssertionError, match="came from"):
        _check(ex)
    _check(dict(ex, rule="money"))


def test_the_pipeline_records_each_quantity_rule():
    """The quantities stage keeps each item's rule where ``explain`` reads it."""
    nlp = cchc_extract.load(exclude=["entities"])
    text = "Tỉnh xếp hạng 15/63, tăng 3 bậc; có 45 dự án, 2,4 ha đất, vốn 1,2 nghìn tỷ và 75 USD phí."
    doc = nlp(text)
    table = doc._.cchc.notes[PROVENANCE]["quantities"]
    got = [(q.text, table[(q.start, q.end)]) for q in doc._.record.quantities]
    assert got == [("xếp hạng 15/63", "rank"), ("3 bậc", "rank_change"), ("45 dự án", "count"),
                   ("2,4 ha", "area"), ("1,2 nghìn tỷ", "bare_money"), ("75 USD", "money")]

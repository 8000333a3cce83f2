"""Every dossier rule is a named unit with its examples (Duckling's corpus test).

Each example in ``patterns/dossiers.yaml`` names the rule that found its first
expected count (``rule``): the count is found through the pipeline and the
rule the ``dossiers`` stage recorded for its span (the provenance table, keyed
by span) must be the one named.  ``abbreviation_definition`` reads no count
but the abbreviation an article defines: its examples must show that rule
reading the abbreviation of the expected count.  ``table_cell``'s anchor finds
tables; the counts of the table reader are named after it.  Every rule of the
registries, and every reader named like a rule, has at least one example;
known gaps (``gaps``) run as strict expected failures.
"""

from __future__ import annotations

import pytest

import cchc_extract
from cchc_extract.facts.dates import PROVENANCE
from cchc_extract.facts.dossiers import ABBREVIATED, REGISTRY, find_dossier_items
from cchc_extract.facts.dossiers.candidate import _SpanSet
from cchc_extract.facts.dossiers.rules import READERS
from cchc_extract.patterndata import raw_entries

ENTRIES = list(raw_entries("dossiers"))
ALL_RULES = set(REGISTRY.names) | set(ABBREVIATED.names) | set(READERS)


def _cases(key: str):
    return [pytest.param(ex, id=f"{e['name']}:{i}")
            for e in ENTRIES for i, ex in enumerate(e.get(key) or [])
            if (ex.get("expect") or {}).get("dossier_counts")]


EXAMPLES = _cases("examples")
GAPS = _cases("gaps")


@pytest.fixture(scope="module")
def nlp():
    return cchc_extract.load(exclude=["entities"])


def _fits(fragment: dict, count: dict) -> bool:
    return all(count.get(k) == v for k, v in fragment.items())


def _check(ex: dict, nlp) -> None:
    assert ex.get("rule") in ALL_RULES, f"example {ex['text']!r} names no dossier rule ({ex.get('rule')!r})"
    doc = nlp(ex["text"])
    fragment = ex["expect"]["dossier_counts"][0]
    found = [d for d in doc._.record.dossier_counts if _fits(fragment, d.model_dump())]
    assert found, f"no count matches {fragment}: {[d.model_dump() for d in doc._.record.dossier_counts]}"
    if ex["rule"] == "abbreviation_definition":
        abbr = found[0].text.split()[-1]
        defined = [h.match.group("abbr") for h in REGISTRY.find(ex["text"], _SpanSet(()))
                   if h.rule == "abbreviation_definition"]
        assert abbr in defined, f"{abbr!r} is not defined by the rule: {defined}"
        return
    table = doc._.cchc.notes[PROVENANCE]["dossier_counts"]
    rules = [table[(d.start, d.end)] for d in found]
    assert ex["rule"] in rules, f"{fragment} came from {rules}, not {ex['rule']}"


@pytest.mark.parametrize("ex", EXAMPLES)
def test_example_comes_from_its_rule(ex, nlp):
    _check(ex, nlp)


@pytest.mark.parametrize("ex", GAPS)
@pytest.mark.xfail(strict=True, reason="a known gap (patterns/dossiers.yaml `gaps`)")
def test_known_gap(ex, nlp):
    _check(ex, nlp)


def test_every_example_names_a_rule_and_every_rule_has_one():
    named = {ex.get("rule") for e in ENTRIES for ex in e.get("examples") or []
             if (ex.get("expect") or {}).get("dossier_counts")}
    assert None not in named
    assert ALL_RULES - named == set()
    assert named - ALL_RULES == set()


def test_a_wrong_rule_name_is_caught(nlp):
    """Not vacuous: the same check fails for an example naming another rule."""
    ex = {"text": "Xã đã tiếp nhận 345 hồ sơ trong tháng.", "rule": "noun_then_number",
          "expect": {"dossier_counts": [{"count": 345, "status": "received"}]}}
    with pytest.raises(AssertionError, match="came from"):
        _check(ex, nlp)
    _check(dict(ex, rule="count_before_noun"), nlp)


def test_every_count_knows_its_rule():
    text = ("Sở tiếp nhận 640 hồ sơ (trực tuyến 400, trực tiếp 240). Số hồ sơ quá hạn là 3. "
            "Phường giải quyết hàng nghìn hồ sơ (trước đây là khoảng 300).")
    got = [(d.text, rule) for d, rule in find_dossier_items(text)]
    assert got == [("640 hồ sơ", "count_before_noun"), ("400", "elliptic_part"), ("240", "elliptic_part"),
                   ("hồ sơ quá hạn là 3", "noun_then_number"), ("300", "compared_figure")]

"""Every legal rule is a named unit with its examples (Duckling's corpus test).

Each example in ``patterns/legal.yaml`` names the rule that must have read its
first expected document (``rule``): the document is found through the
pipeline (the ``legal`` stage, reading the dates stage's days) and the rule
that read its first mention, which made the document, must be the one named
(the provenance table of the stage, keyed by span).  ``plural_anaphor`` reads
no document but the issuer of documents listed before it: its examples must
show an anaphor read by that rule naming the expected issuer.  Every rule of
the legal registries has at least one example.
"""

from __future__ import annotations

import pytest

import cchc_extract
from cchc_extract.facts.dates import PROVENANCE
from cchc_extract.facts.legal.rules import ANAPHORS, REGISTRY
from cchc_extract.patterndata import raw_entries

ENTRIES = list(raw_entries("legal"))
ALL_RULES = set(REGISTRY.names) | set(ANAPHORS.names)


def _cases():
    out = []
    for e in ENTRIES:
        for i, ex in enumerate(e.get("examples") or []):
            if (ex.get("expect") or {}).get("legal_documents"):
                out.append(pytest.param(ex, id=f"{e['name']}:{i}"))
    return out


EXAMPLES = _cases()


@pytest.fixture(scope="module")
def nlp():
    return cchc_extract.load(exclude=["entities"])


def _fits(fragment: dict, doc: dict) -> bool:
    for key, value in fragment.items():
        got = [m["text"] for m in doc["mentions"]] if key == "mentions" else doc.get(key)
        if got != value:
            return False
    return True


@pytest.mark.parametrize("ex", EXAMPLES)
def test_example_comes_from_its_rule(ex, nlp):
    assert ex.get("rule") in ALL_RULES, f"example {ex['text']!r} names no legal rule ({ex.get('rule')!r})"
    doc = nlp(ex["text"])
    record = doc._.record
    fragment = ex["expect"]["legal_documents"][0]
    found = [d for d in record.legal_documents if _fits(fragment, d.model_dump())]
    assert found, f"no document matches {fragment}: {[d.model_dump() for d in record.legal_documents]}"
    if ex["rule"] == "plural_anaphor":
        anaphors = ANAPHORS.find(ex["text"])
        assert any(a.rule == "plural_anaphor" and a.issuer == fragment["issuer"] for a in anaphors), anaphors
        return
    table = doc._.cchc.notes[PROVENANCE]["legal_documents"]
    rules = [table[(d.mentions[0].start, d.mentions[0].end)] for d in found]
    assert ex["rule"] in rules, f"{fragment} came from {rules}, not {ex['rule']}"


def test_every_rule_has_an_example():
    named = {ex.get("rule") for e in ENTRIES for ex in e.get("examples") or []} - {None}
    assert ALL_RULES - named == set()
    assert named - ALL_RULES == set()


def test_a_wrong_rule_name_is_caught(nlp):
    """Not vacuous: the same check fails for an example naming another rule."""
    ex = {"text": "Theo Luật Đất đai 2013, đất thuộc sở hữu toàn dân.", "rule": "numbered",
          "expect": {"legal_documents": [{"doc_type": "luat", "year": 2013}]}}
    with pytest.raises(AssertionError, match="came from"):
        test_example_comes_from_its_rule(ex, nlp)

"""Every example and counter-example written beside a pattern is a test.

``src/cchc_extract/patterns/*.yaml`` hold lists of entries; each entry may
carry ``examples`` (a text and the record fragments it must yield) and
``not`` (a text, a record field and optionally a ``span`` that nothing in
that field may overlap).  This one generic test walks them all, as
Duckling's corpora and Recognizers-Text's specs do.
"""

from __future__ import annotations

import math
from importlib import resources

import pytest
import yaml

import cchc_extract


def _load_cases():
    cases = []
    root = resources.files("cchc_extract") / "patterns"
    for entry_file in sorted(root.iterdir(), key=lambda p: p.name):
        if not entry_file.name.endswith(".yaml"):
            continue
        entries = yaml.safe_load(entry_file.read_text(encoding="utf-8")) or []
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            name = f"{entry_file.name[:-5]}:{entry.get('name', '?')}"
            for i, ex in enumerate(entry.get("examples") or []):
                cases.append(pytest.param("example", ex, id=f"{name}:{i}"))
            for i, ex in enumerate(entry.get("not") or []):
                cases.append(pytest.param("not", ex, id=f"{name}:not{i}"))
    return cases


CASES = _load_cases()
METADATA_FIELDS = {"title", "authors", "outlet", "url", "published"}


def _extract(text: str, fields):
    exclude = [] if "entities" in fields else ["entities"]
    return cchc_extract.extract(text, exclude=exclude)


def _same(expected, actual) -> bool:
    if isinstance(expected, float) or (isinstance(expected, int) and isinstance(actual, float)):
        return actual is not None and math.isclose(float(expected), float(actual), rel_tol=1e-6, abs_tol=1e-9)
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(float(expected), float(actual), rel_tol=1e-6)
    return expected == actual


def _fragment_matches(field: str, fragment: dict, item: dict) -> bool:
    for key, want in fragment.items():
        have = item.get(key)
        if field == "legal_documents" and key == "mentions":
            if [m["text"] for m in have or []] != list(want):
                return False
        elif isinstance(want, list):
            if list(have or []) != want:
                return False
        elif not _same(want, have):
            return False
    return True


def test_there_are_examples():
    assert len(CASES) > 0 or not (resources.files("cchc_extract") / "patterns").is_dir()


@pytest.mark.parametrize("kind,case", CASES)
def test_pattern_case(kind, case):
    text = case["text"]
    if kind == "example":
        expect = case.get("expect") or {}
        record = _extract(text, expect).model_dump()
        for field, fragments in expect.items():
            items = record[field]
            if field in METADATA_FIELDS:  # whole-value fields: title, authors ...
                assert items == fragments, (field, items)
                continue
            if fragments == []:
                assert items == [], f"{field}: expected nothing in {text!r}, got {items}"
            for fragment in fragments:
                assert any(_fragment_matches(field, fragment, it) for it in items), (
                    f"{field}: no item matches {fragment} in {text!r}; got {items}")
    else:
        field = case["field"]
        record = _extract(text, [field]).model_dump()
        items = record[field]
        span = case.get("span")
        if span is None:
            assert items in ([], None), f"{field}: expected nothing in {text!r}, got {items}"
            return
        start = text.index(span)
        end = start + len(span)
        if field == "legal_documents":
            spans = [m for d in items for m in d["mentions"]]
        else:
            spans = items
        hits = [s for s in spans if s["start"] < end and start < s["end"]]
        assert not hits, f"{field}: {span!r} must not be matched in {text!r}; got {hits}"

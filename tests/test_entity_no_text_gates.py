"""No fact pass is skipped by a hand-kept test of the whole text (issue 14).

A pass used to return early when the article held none of a few words typed
beside its pattern (``if "sứ quán" not in text: return``).  Such a list goes
stale without a test noticing: ``lãnh sự quán`` holds none of those words, so
a consulate was never read as one body.  The words a rule needs are its
anchor, kept with the rule (:mod:`cchc_extract.engine`); the entity passes
run their patterns on every article (measured: full mode no slower).
"""

from __future__ import annotations

import ast
from pathlib import Path

import cchc_extract
from entity_checks import ents

FACTS = Path(cchc_extract.__file__).parent / "facts"


def _whole_text_gates(path: Path, root: Path = FACTS) -> list[str]:
    """``if <words> [not] in text: return ...`` in a function: an early exit on the whole text."""
    found = []
    for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(fn, ast.FunctionDef):
            continue
        for node in ast.walk(fn):
            if not (isinstance(node, ast.If) and len(node.body) == 1 and isinstance(node.body[0], ast.Return)):
                continue
            if any(isinstance(c, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in c.ops)
                   and any(isinstance(x, ast.Name) and x.id == "text" for x in c.comparators)
                   for c in ast.walk(node.test)):
                found.append(f"{path.relative_to(root)}:{node.lineno} {fn.name}: {ast.unparse(node.test)[:80]}")
    return found


def test_no_fact_pass_exits_on_a_word_list_over_the_whole_text() -> None:
    gates = [g for p in sorted(FACTS.rglob("*.py")) for g in _whole_text_gates(p)]
    assert gates == []


def test_the_check_finds_such_a_gate(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('def p(text, f):\n    if "sứ quán" not in text and "SQ" not in text:\n        return\n'
                     '    if "x" in text[1:5]:\n        return\n    f.append(text)\n', encoding="utf-8")
    found = _whole_text_gates(probe, tmp_path)
    assert found == ["probe.py:2 p: 'sứ quán' not in text and 'SQ' not in text"]   # a slice is no whole text


def test_a_consulate_is_one_body_in_an_article_without_the_gate_words() -> None:
    # none of ``ủy``, ``y tế``, ``sứ quán``, ``SQ`` in the text: the old gate skipped the pass
    assert ents("Người biểu tình đứng chật trước lãnh sự quán Pháp cả buổi sáng.") == [("lãnh sự quán Pháp", "ORG")]
    assert ents("Họ được tổng lãnh sự quán Hàn Quốc cấp thị thực.") == [("tổng lãnh sự quán Hàn Quốc", "ORG")]

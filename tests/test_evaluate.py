"""The project's evaluation module gives the reference scorer's numbers."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cchc_extract.evaluate import evaluate

from conftest import CORPUS, GOLD, ROOT, SHARED

#: An unchanged copy of ../shared/tools/score.py, shipped as cchc_extract.refscore
#: (evaluate.py scores with it), so a clone without ../shared still runs the scorer.
SCORER = ROOT / "src" / "cchc_extract" / "refscore.py"
SHARED_SCORER = SHARED / "tools" / "score.py"


@pytest.fixture(scope="module")
def pred_file(tmp_path_factory, corpus_records):
    path = tmp_path_factory.mktemp("pred") / "pred.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in corpus_records.values()), encoding="utf-8")
    return path


@pytest.mark.skipif(not SHARED_SCORER.exists(),
                    reason="../shared/tools/score.py is not beside the project: the copy cannot be compared")
def test_the_scorer_copy_is_the_reference_scorer():
    assert SCORER.read_bytes() == SHARED_SCORER.read_bytes(), "copy ../shared/tools/score.py to src/cchc_extract/refscore.py"


def test_same_numbers_as_reference_scorer(pred_file):
    ref = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(pred_file),
                          "--text", str(CORPUS), "--json"], capture_output=True, text=True, check=True)
    expected = json.loads(ref.stdout)
    ours, _, _ = evaluate(GOLD, pred_file, CORPUS)
    assert ours == expected


def test_perfect_prediction_scores_one(tmp_path):
    # Gold scored against itself: every F1 and attribute is 1.
    result, details, span_errors = evaluate(GOLD, GOLD, CORPUS)
    assert span_errors == []
    assert result["mission_f1"] == 1.0
    for name in ("legal_documents", "dates", "percentages", "dossier_counts", "entities_overlap"):
        assert result[name]["f1"] == 1.0
    assert all(v in (None, 1.0) for v in result["attributes"].values())


def test_empty_prediction_scores_zero(tmp_path):
    pred = tmp_path / "empty.jsonl"
    pred.write_text("".join(json.dumps({"doc_id": p.stem}) + "\n" for p in GOLD.glob("*.json")))
    result, _, _ = evaluate(GOLD, pred, None)
    assert result["mission_f1"] == 0.0

"""The bundled corpus end to end: offsets, schema, JSON round-trip, score floor."""

from __future__ import annotations

import json

import pytest

from cchc_extract import ArticleRecord, read_article
from cchc_extract.evaluate import score

from conftest import CORPUS

#: Mission F1 on the bundled corpus must not fall below this.  Raise it as the
#: extractors improve; never lower it.
MISSION_F1_FLOOR = 0.98
#: The same on corpus/heldout (six wild articles annotated by the team; see its
#: README): a second guard against rules that fit the five dev articles only.
HELDOUT_F1_FLOOR = 0.98
HELDOUT = CORPUS.parent / "heldout"
#: The same on corpus/added (33 articles of 2017 news and wild pages, a third
#: of them off-topic, annotated for issue 16; see its README).
ADDED_F1_FLOOR = 0.93
ADDED = CORPUS.parent / "added"


def test_corpus_matches_gold_ids(corpus_paths, gold_records):
    assert [p.stem for p in corpus_paths] == sorted(gold_records)
    assert len(corpus_paths) >= 5


def test_every_span_reads_its_text(corpus_records):
    for doc_id, record in corpus_records.items():
        text = read_article(CORPUS / f"{doc_id}.txt").text
        spans = record.spans()
        for item in spans:
            assert text[item.start:item.end] == item.text, (doc_id, item)


def test_records_round_trip_through_json(corpus_records):
    for record in corpus_records.values():
        data = json.loads(record.model_dump_json())
        again = ArticleRecord.model_validate(data)
        assert again == record
        assert data["doc_id"] == record.doc_id


def test_records_validate_against_exported_schema(corpus_records):
    jsonschema = pytest.importorskip("jsonschema")
    schema = ArticleRecord.model_json_schema()
    for record in corpus_records.values():
        jsonschema.validate(json.loads(record.model_dump_json()), schema)


def test_metadata_matches_gold(corpus_records, gold_records):
    for doc_id, gold in gold_records.items():
        rec = corpus_records[doc_id]
        assert rec.title == gold["title"], doc_id
        assert sorted(rec.authors) == sorted(gold["authors"]), doc_id
        assert rec.outlet == gold["outlet"], doc_id
        assert rec.published == gold["published"], doc_id
        assert rec.url == gold["url"], doc_id


def test_mission_f1_floor(corpus_records, gold_records):
    texts = {p.stem: read_article(p).text for p in CORPUS.glob("*.txt")}
    pred = {k: json.loads(v.model_dump_json()) for k, v in corpus_records.items()}
    result, _, span_errors = score(gold_records, pred, texts)
    assert span_errors == []
    assert result["mission_f1"] >= MISSION_F1_FLOOR


def _set_score(pipeline, folder):
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "gold").glob("*.json"))}
    paths = sorted((folder / "articles").glob("*.txt"))
    assert [p.stem for p in paths] == sorted(gold)
    texts = {p.stem: read_article(p).text for p in paths}
    pred = {p.stem: json.loads(pipeline(p).model_dump_json()) for p in paths}
    result, _, span_errors = score(gold, pred, texts)
    assert span_errors == []
    return result


def test_heldout_mission_f1_floor(pipeline):
    assert _set_score(pipeline, HELDOUT)["mission_f1"] >= HELDOUT_F1_FLOOR


def test_added_mission_f1_floor(pipeline):
    assert _set_score(pipeline, ADDED)["mission_f1"] >= ADDED_F1_FLOOR

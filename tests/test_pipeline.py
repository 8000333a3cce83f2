"""The pipeline is a spaCy Language whose stages users can change the spaCy way."""

from __future__ import annotations

from pathlib import Path

import pytest

import cchc_extract
from cchc_extract import Article, ConfigError, ExtractionError, Pipeline, load
from cchc_extract.context import stage
from cchc_extract.pipeline import DEFAULT_STAGES, as_article

from conftest import CORPUS


def test_load_has_every_stage_in_order():
    assert load().pipe_names == list(DEFAULT_STAGES)
    assert DEFAULT_STAGES[0] == "metadata" and "entities" in DEFAULT_STAGES


def test_exclude_and_disable_follow_spacy():
    nlp = load(exclude=["entities"])
    assert "entities" not in nlp.pipe_names
    nlp = load(disable=["entities"])
    assert "entities" not in nlp.pipe_names and "entities" in nlp.component_names


def test_unknown_stage_is_a_clear_error():
    with pytest.raises(ConfigError, match="entitties"):
        load(exclude=["entitties"])


@stage("test_counter")
def _count_stage(ctx):
    ctx.notes["count"] = ctx.text.count("hồ sơ")


def test_user_stage_plugs_in_and_is_not_a_default():
    nlp = load(exclude=["entities"])
    nlp.add_pipe("cchc_test_counter", name="test_counter", after="dossiers")
    doc = nlp("Tiếp nhận 5 hồ sơ, giải quyết 4 hồ sơ.")
    assert doc._.cchc.notes["count"] == 2
    assert "test_counter" not in load().pipe_names


@stage("test_broken")
def _broken_stage(ctx):
    raise RuntimeError("boom")


def test_a_failing_stage_names_the_article_and_the_stage():
    nlp = load(exclude=["entities"])
    nlp.add_pipe("cchc_test_broken", name="test_broken")
    pipe = Pipeline(nlp)
    with pytest.raises(ExtractionError, match=r"doc-7: stage 'test_broken' failed: RuntimeError: boom"):
        pipe(Article.from_text("Nội dung.", doc_id="doc-7"))


def test_as_article_tells_paths_from_texts(tmp_path):
    f = tmp_path / "bai-1.txt"
    f.write_text("Tiêu đề\n\nNội dung.", encoding="utf-8")
    assert as_article(f).doc_id == "bai-1"
    assert as_article(str(f)).doc_id == "bai-1"
    a = as_article("Một câu\nhai dòng")
    assert a.doc_id == "article" and a.text == "Một câu\nhai dòng"
    with pytest.raises(TypeError):
        as_article(42)


def test_extract_normalises_text_to_nfc():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Tiêu đề\n\nNội dung bài.")
    rec = cchc_extract.extract(nfd, exclude=["entities"])
    assert rec.title == "Tiêu đề"


def test_pipe_keeps_input_order(facts_pipeline):
    paths = sorted(CORPUS.glob("*.txt"))
    ids = [r.doc_id for r in facts_pipeline.pipe(reversed(paths))]
    assert ids == [p.stem for p in reversed(paths)]


def test_doc_record_extension_matches_pipeline_record(facts_pipeline):
    path = next(CORPUS.glob("*.txt"))
    doc = facts_pipeline.doc(Path(path))
    assert doc._.record == facts_pipeline(path)


from spacy.language import Language


@Language.component("test_token_counter")
def _token_counter(doc):
    doc.user_data["n_tokens"] = len(doc)
    return doc


def test_plain_spacy_component_gets_a_real_doc_and_same_record(facts_pipeline):
    nlp = load(exclude=["entities"])
    nlp.add_pipe("test_token_counter", first=True)
    spacy_pipe = Pipeline(nlp)
    path = sorted(CORPUS.glob("*.txt"))[0]
    doc = spacy_pipe.doc(path)
    assert doc.user_data["n_tokens"] > 100
    # the fast path (stages only, no Doc) and the Doc path give the same record
    assert spacy_pipe(path) == facts_pipeline(path)

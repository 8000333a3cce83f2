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
    a = as_article("Một câu\nhai dòng")
    assert a.doc_id == "article" and a.text == "Một câu\nhai dòng"
    assert as_article("Tỉnh tiếp nhận 1.234 hồ sơ.").text == "Tỉnh tiếp nhận 1.234 hồ sơ."
    with pytest.raises(TypeError):
        as_article(42)


def test_a_str_that_looks_like_a_path_is_refused_not_guessed(tmp_path, monkeypatch):
    """``extract("typo.txt")`` used to give an empty record titled with the
    path, and a one-line str naming an existing file was read as that file."""
    from cchc_extract import UsageError

    monkeypatch.chdir(tmp_path)
    (tmp_path / "bai-1.txt").write_text("Tiêu đề\n\nTỉnh tiếp nhận 1.234 hồ sơ.", encoding="utf-8")
    (tmp_path / "ghi-chu").write_text("Tỉnh tiếp nhận 99 hồ sơ.", encoding="utf-8")
    for item, why in [("typo.txt", "looks like a file name"), ("TRANG.HTML", "looks like a file name"),
                      ("bai-1.txt", "names an existing file"), (str(tmp_path / "bai-1.txt"), "names an existing"),
                      ("ghi-chu", "names an existing file")]:
        with pytest.raises(UsageError, match=why) as info:
            cchc_extract.extract(item, exclude="entities")
        assert "extract_file" in str(info.value) and "extract_text" in str(info.value)
    # the explicit pair: each does what it says, whatever the string looks like
    assert cchc_extract.extract_file("bai-1.txt", exclude="entities").dossier_counts[0].count == 1234
    assert cchc_extract.extract_file(Path("ghi-chu"), exclude="entities").doc_id == "ghi-chu"
    as_text = cchc_extract.extract_text("bai-1.txt", exclude="entities")
    assert (as_text.doc_id, as_text.source, as_text.dossier_counts) == ("article", "<text>", [])
    with pytest.raises(cchc_extract.ReadError, match="typo.txt"):
        cchc_extract.extract_file("typo.txt")
    with pytest.raises(TypeError, match="extract_file"):
        cchc_extract.extract_text(tmp_path / "bai-1.txt")
    # a Path and an Article keep their meaning in extract
    assert cchc_extract.extract(tmp_path / "bai-1.txt", exclude="entities").doc_id == "bai-1"
    assert cchc_extract.extract(Article.from_text("typo.txt"), exclude="entities").doc_id == "article"
    assert {"extract_text", "extract_file"} <= set(cchc_extract.__all__)
    # a folder's name, "." or "/" stay texts: extract never reads folders
    assert [cchc_extract.extract(t, exclude="entities").source for t in (".", "/", str(tmp_path))] == ["<text>"] * 3


def test_extract_text_and_file_take_metadata_from_outside(tmp_path):
    from cchc_extract import UsageError

    text = "Tiêu đề\n\nNgày 17/5, tỉnh tiếp nhận 1.234 hồ sơ."
    assert cchc_extract.extract_text(text, exclude="entities").dates[0].value == "XXXX-05-17"
    rec = cchc_extract.extract_text(text, meta={"published": "20/5/2017", "outlet": "Báo Tỉnh"}, exclude="entities")
    assert (rec.published, rec.outlet, rec.dates[0].value) == ("2017-05-20", "Báo Tỉnh", "2017-05-17")
    f = tmp_path / "bai.txt"
    f.write_text(text, encoding="utf-8")
    assert cchc_extract.extract_file(f, meta={"published": "2016-05-20"}).dates[0].value == "2016-05-17"
    # the lower-level way the README documents: Article.extra, as HTML <meta> tags fill it
    art = Article(text=text, extra={"date": "2015-05-20"})
    assert cchc_extract.extract(art, exclude="entities").dates[0].value == "2015-05-17"
    with pytest.raises(UsageError, match="publised"):
        cchc_extract.extract_text(text, meta={"publised": "2017-05-20"})
    with pytest.raises(UsageError, match="not a date"):
        cchc_extract.extract_text(text, meta={"published": "hôm qua"})


@pytest.mark.parametrize("make", [lambda ex: load(exclude=ex).pipe_names,
                                  lambda ex: Pipeline(exclude=ex).nlp.pipe_names,
                                  lambda ex: cchc_extract.extract_text("Tỉnh có 5 hồ sơ.", exclude=ex).entities])
def test_exclude_as_a_str_is_one_stage_not_its_letters(make):
    assert make("entities") == make(["entities"])
    assert "entities" not in load(exclude="entities").pipe_names
    assert "entities" not in load(disable="entities").pipe_names


def test_pipeline_refuses_what_is_not_a_language():
    with pytest.raises(TypeError, match="spaCy Language"):
        Pipeline(nlp="vi_core_news")
    with pytest.raises(TypeError, match="spaCy Language"):
        Pipeline("entities")
    with pytest.raises(ConfigError, match="either nlp or exclude"):
        Pipeline(load(), exclude=["entities"])
    with pytest.raises(TypeError, match="stage name"):
        load(exclude=[None])


def test_records_carry_the_extractor_version():
    assert cchc_extract.extract_text("Tỉnh có 5 hồ sơ.", exclude="entities").extractor_version == \
        cchc_extract.__version__


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

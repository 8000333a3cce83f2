"""spaCy-native results (spacy_out.fill_doc) and the serialisable article context."""

from __future__ import annotations

import pytest
import srsly
from spacy import displacy

import cchc_extract
from cchc_extract import spacy_out
from cchc_extract.context import get_context

TEXTS = [
    "UBND tỉnh Hà Giang tiếp nhận 2.345 hồ sơ trong quý II/2022. Tỷ lệ đúng hạn đạt 97,5%.",
    "Theo Quyết định số 12/QĐ-UBND ngày 3/1/2023, Sở Nội vụ rà soát 40 thủ tục. Ông Lê Văn Tám cho biết.",
]


def test_fill_doc_sets_ents_spans_and_sentences():
    nlp = cchc_extract.load()
    doc = spacy_out.fill_doc(nlp(TEXTS[1]))
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Sở Nội vụ", "ORG") in ents and ("Lê Văn Tám", "PER") in ents
    labels = {s.label_ for s in doc.spans["cchc"]}
    assert {"LEGAL_DOC", "DATE", "ORG", "PER"} <= labels
    # every span keeps the fact's exact text when the fact is token-aligned
    assert any(s.text == "Quyết định số 12/QĐ-UBND" for s in doc.spans["cchc"] if s.label_ == "LEGAL_DOC")
    assert [s.text.split()[0] for s in doc.sents] == ["Theo", "Ông"]
    html = displacy.render(doc, style="span", options={"spans_key": "cchc"})
    assert "LEGAL_DOC" in html and "Tám" in html


def test_context_round_trips_through_msgpack():
    nlp = cchc_extract.load()
    doc = nlp(TEXTS[0])
    ctx = get_context(doc)
    back = srsly.msgpack_loads(srsly.msgpack_dumps({"cchc": ctx}))["cchc"]
    assert back.to_record() == ctx.to_record()
    assert back.article == ctx.article


def test_doc_bytes_keep_the_record():
    nlp = cchc_extract.load()
    doc = nlp(TEXTS[1])
    record = doc._.record
    from spacy.tokens import Doc

    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.record == record


def test_pipe_with_two_processes_gives_the_serial_records():
    nlp = cchc_extract.load()
    serial = [d._.record for d in nlp.pipe(TEXTS * 2)]
    parallel = [d._.record for d in nlp.pipe(TEXTS * 2, n_process=2, batch_size=1)]
    assert parallel == serial


def test_decoder_leaves_other_dicts_alone():
    data = {"a": 1, "__cchc_context__": {}}  # two keys: not an encoded context
    assert srsly.msgpack_loads(srsly.msgpack_dumps(data)) == data


def test_component_fills_the_doc_in_the_pipeline():
    nlp = cchc_extract.load()
    nlp.add_pipe("cchc_spans", last=True)
    doc = nlp(TEXTS[0])
    assert [(e.text, e.label_) for e in doc.ents] == [("UBND tỉnh Hà Giang", "ORG")]
    assert {"DOSSIER", "PERCENT", "DATE"} <= {s.label_ for s in doc.spans["cchc"]}


def test_pipe_as_tuples_names_each_article_by_its_context():
    """``nlp.pipe(..., as_tuples=True)``: a str context is the doc_id; a mapping
    gives doc_id and metadata (a publication date fills a year the text omits)."""
    nlp = cchc_extract.load()
    data = [("Ngày 17/5, tỉnh tiếp nhận 1.234 hồ sơ.", "nam/bai-1"),
            ("Ngày 17/5, huyện tiếp nhận 12 hồ sơ.", {"doc_id": "bac/bai-2", "published": "20/5/2017"}),
            ("Ngày 17/5, xã tiếp nhận 3 hồ sơ.", 42)]
    for n_process in (1, 2):
        out = [(d._.record, c) for d, c in nlp.pipe(data, as_tuples=True, n_process=n_process, batch_size=1)]
        assert [c for _, c in out] == [c for _, c in data]
        assert [r.doc_id for r, _ in out] == ["nam/bai-1", "bac/bai-2", "article"]
        assert [r.published for r, _ in out] == [None, "2017-05-20", None]
        assert [r.dates[0].value for r, _ in out] == ["XXXX-05-17", "2017-05-17", "XXXX-05-17"]


def test_pipe_context_with_an_unknown_field_is_a_usage_error():
    from cchc_extract.errors import UsageError

    nlp = cchc_extract.load()
    with pytest.raises(UsageError, match="unknown metadata field 'author_name'"):
        list(nlp.pipe([("Văn bản.", {"doc_id": "x", "author_name": "A"})], as_tuples=True))

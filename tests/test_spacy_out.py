"""spaCy-native results (spacy_out.fill_doc) and the serialisable article context."""

from __future__ import annotations

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

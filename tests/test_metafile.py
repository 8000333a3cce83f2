"""Metadata from outside the texts (``--meta FILE.csv``, ``run_batch(meta=...)``)."""

from __future__ import annotations

import json
import os

import pytest

from cchc_extract.batch import run_batch
from cchc_extract.errors import UsageError
from cchc_extract.metafile import meta_for, meta_to_extra, normalise_published, read_meta_csv

TEXT = "Tiêu đề\n\nNgày 17/5, Bộ phận một cửa tiếp nhận 1.234 hồ sơ.\n"


@pytest.mark.parametrize("value,iso", [("2017-05-03", "2017-05-03"), ("2017-5-3", "2017-05-03"),
                                       ("2017-05-03T08:30", "2017-05-03T08:30"),
                                       ("2017-05-03 08:30:59", "2017-05-03T08:30"),
                                       ("2017-05-03T08:30:00+07:00", "2017-05-03T08:30"),
                                       ("3/5/2017", "2017-05-03"), ("03-05-2017", "2017-05-03"),
                                       ("3/5/2017 8:30", "2017-05-03T08:30"), (" 3.5.2017 ", "2017-05-03")])
def test_published_values(value, iso):
    assert normalise_published(value) == iso


@pytest.mark.parametrize("value", ["31/2/2017", "2017", "5/2017", "2017-13-01", "hôm qua", "3/5/17", ""])
def test_bad_published_values(value):
    with pytest.raises(ValueError, match="not a date"):
        normalise_published(value)


def test_fields_map_to_the_extra_keys_the_metadata_stage_reads():
    assert meta_to_extra({"published": "2017-05-03", "outlet": "Báo A", "url": "https://a.example/1", "title": "T",
                          "authors": ["An", "Bình"]}) == {
        "date": "2017-05-03", "sitename": "Báo A", "url": "https://a.example/1", "title": "T", "author": "An; Bình"}
    assert meta_to_extra({"published": " ", "outlet": None}) == {}


def _csv(tmp_path, text, name="meta.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_read_meta_csv_keys_and_lookup(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    meta = read_meta_csv(_csv(tmp_path, "Doc_ID,Path,Published,Outlet\n"
                                        "bai-1,,2017-05-03,Báo A\n"
                                        "2017/bai-2,,3/5/2017,\n"
                                        ",in/x.txt,2016-01-02,\n"
                                        ",,,\n"
                                        "bai-3,,,\n"))
    assert meta["bai-1"] == {"published": "2017-05-03", "outlet": "Báo A"}
    assert meta["2017/bai-2"] == {"published": "2017-05-03"}
    assert meta[os.path.abspath("in/x.txt")] == {"published": "2016-01-02"}
    assert "bai-3" not in meta  # nothing to give
    assert meta_for(meta, "corpus/a/bai-1.txt") == {"date": "2017-05-03", "sitename": "Báo A"}
    assert meta_for(meta, "corpus/2017/bai-2.txt") == {"date": "2017-05-03"}
    assert meta_for(meta, "corpus/2018/bai-2.txt") is None  # the doc_id key names the path's end
    assert meta_for(meta, "in/x.txt") == {"date": "2016-01-02"}
    assert meta_for(meta, tmp_path / "in" / "x.txt") == {"date": "2016-01-02"}
    assert meta_for(meta, "other.txt") is None


@pytest.mark.parametrize("text,message", [
    ("", "is empty"),
    ("name,published\nx,2017-01-01\n", "no doc_id or path column"),
    ("doc_id,note\nx,y\n", "no metadata column"),
    ("doc_id,published\nx,2017-01-01\nx,2017-01-02\n", ":3: x is given twice (first on line 2)"),
    ("doc_id,published\nx,01/13/2017\n", ":2: published: '01/13/2017' is not a date"),
    ("doc_id,published\n,2017-01-01\n", ":2: neither doc_id nor path"),
])
def test_bad_meta_csv(tmp_path, text, message):
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_meta_csv(_csv(tmp_path, text))


def test_meta_csv_not_utf8(tmp_path):
    p = tmp_path / "meta.csv"
    p.write_bytes("doc_id,outlet\nx,Báo Đà Nẵng\n".encode("cp1258", errors="replace").replace(b"?", b"\xe1"))
    with pytest.raises(UsageError, match="not UTF-8"):
        read_meta_csv(p)


@pytest.mark.parametrize("jobs", [1, 2])
def test_run_batch_meta_reaches_every_engine_path(tmp_path, jobs):
    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    for name in ("a/bai-1.txt", "bai-2.txt", "bai-3.txt"):
        (src / name).write_text(TEXT, encoding="utf-8")
    meta = {"bai-1": {"published": "2017-05-20"}, str(src / "bai-2.txt"): {"published": "2016-05-20",
                                                                           "outlet": "Báo B"}}
    out = tmp_path / "out.jsonl"
    summary = run_batch([src], out, exclude=["entities"], jobs=jobs, chunk_size=1, meta=meta)
    assert summary.articles == 3 and not summary.failures
    recs = {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    # doc_ids are relative to the input folder (a/bai-1); a meta key may be the doc_id or its stem
    assert recs["a/bai-1"]["dates"][0]["value"] == "2017-05-17"
    assert (recs["bai-2"]["published"], recs["bai-2"]["outlet"]) == ("2016-05-20", "Báo B")
    assert recs["bai-3"]["published"] is None and recs["bai-3"]["dates"][0]["value"] == "XXXX-05-17"

"""The Dask engine gives the same records as the local pool."""

from __future__ import annotations

import json
import os

import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402

from cchc_extract import ArticleRecord  # noqa: E402
from cchc_extract.batch import Failure, run_batch  # noqa: E402
from cchc_extract.distributed import extract_bag  # noqa: E402

from conftest import CORPUS  # noqa: E402


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("dask_in")
    for i in range(3):
        for src in sorted(CORPUS.glob("*.txt")):
            (root / f"{src.stem}_{i}.txt").write_bytes(src.read_bytes())
    (root / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


@pytest.fixture(scope="module")
def client():
    # Threads in this process: a real scheduler and workers, started in a
    # fraction of the time of worker processes.
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def local(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("dask_ref") / "local.jsonl"
    summary = run_batch([folder], out, jobs=1, exclude=["entities"])
    assert summary.articles == 15 and len(summary.failures) == 1
    return out


def test_bag_gives_the_local_records(client, folder, local):
    bag = extract_bag([folder], exclude=["entities"], partition_size=4)
    assert bag.npartitions == 4
    records = bag.compute()
    expected = [ArticleRecord.model_validate_json(x) for x in local.read_text(encoding="utf-8").splitlines()]
    assert records == expected


def test_bag_can_include_failures_or_dicts(client, folder, local):
    items = extract_bag([folder], exclude=["entities"], errors="include", as_dicts=True).compute()
    failures = [x for x in items if isinstance(x, Failure)]
    assert [f.path for f in failures] == [str(folder / "bad.txt")]
    assert [x for x in items if not isinstance(x, Failure)] == [
        json.loads(x) for x in local.read_text(encoding="utf-8").splitlines()]
    with pytest.raises(Exception, match="bad.txt"):
        extract_bag([folder], exclude=["entities"], errors="raise").compute()


def test_engine_dask_writes_the_local_output(client, folder, local, tmp_path):
    out = tmp_path / "dask.jsonl"
    summary = run_batch([folder], out, engine="dask", scheduler=client.scheduler.address,
                        chunk_size=2, exclude=["entities"])
    assert out.read_bytes() == local.read_bytes()
    assert summary.articles == 15 and [f.path for f in summary.failures] == [str(folder / "bad.txt")]
    assert (tmp_path / "dask.jsonl.errors.jsonl").exists()


def test_engine_dask_resumes(client, folder, local, tmp_path):
    out = tmp_path / "dask.jsonl"
    out.write_text("".join(local.read_text(encoding="utf-8").splitlines(keepends=True)[:4]), encoding="utf-8")
    summary = run_batch([folder], out, engine="dask", scheduler=client.scheduler.address, resume=True,
                        exclude=["entities"])
    assert summary.skipped == 4 and summary.articles == 11
    got, expected = (sorted(p.read_text(encoding="utf-8").splitlines()) for p in (out, local))
    assert got == expected


def test_dask_tasks_default_to_larger_chunks_than_the_local_pool(client, folder, local, tmp_path, monkeypatch):
    # Dask costs about a millisecond per task: its chunks are larger by default.
    import cchc_extract.batch as batch

    sizes = []
    real = batch._chunks

    def spy(items, size):
        sizes.append(size)
        return real(items, size)

    monkeypatch.setattr(batch, "_chunks", spy)
    run_batch([folder], tmp_path / "d.jsonl", engine="dask", scheduler=client.scheduler.address,
              exclude=["entities"])
    run_batch([folder], tmp_path / "l.jsonl", jobs=1, exclude=["entities"])
    assert sizes == [batch.DASK_CHUNK_SIZE, batch.DEFAULT_CHUNK_SIZE] and batch.DASK_CHUNK_SIZE > batch.DEFAULT_CHUNK_SIZE
    assert (tmp_path / "d.jsonl").read_bytes() == (tmp_path / "l.jsonl").read_bytes() == local.read_bytes()


def test_engine_dask_keeps_every_good_article_with_undecodable_names(client, tmp_path):
    """File names that are not UTF-8 (byte 0xE9): no lost article, escaped names."""
    folder = tmp_path / "in"
    folder.mkdir()
    srcs = sorted(CORPUS.glob("*.txt"))
    for i, src in enumerate(srcs):
        (folder / f"ok_{i}.txt").write_bytes(src.read_bytes())
    raw = os.fsencode(folder)
    with open(raw + b"/caf\xe9.txt", "wb") as fh:
        fh.write(srcs[0].read_bytes())
    with open(raw + b"/caf\xe9_bad.txt", "wb") as fh:
        fh.write(b"%PDF-1.4")
    out = tmp_path / "dask.jsonl"
    summary = run_batch([folder], out, engine="dask", scheduler=client.scheduler.address, chunk_size=2,
                        exclude=["entities"])
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert summary.articles == len(got) == len(srcs) + 1
    assert "caf\\xe9" in [r["doc_id"] for r in got]
    assert [f.path for f in summary.failures] == [str(folder / "caf\\xe9_bad.txt")]
    items = extract_bag([folder], exclude=["entities"], errors="include", partition_size=2).compute()
    assert len([x for x in items if not isinstance(x, Failure)]) == len(srcs) + 1

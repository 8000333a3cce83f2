"""Shared fixtures: the bundled corpus and its gold."""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "articles"
GOLD = ROOT / "corpus" / "gold"
SHARED = ROOT.parent / "shared"


@functools.cache
def fault_harness():
    """``benchmarks/faults.py`` (the fault suite and its fake scheduler), loaded once for the tests."""
    spec = importlib.util.spec_from_file_location("cchc_faults_benchmark", ROOT / "benchmarks" / "faults.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def corpus_paths() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def pipeline():
    from cchc_extract import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def facts_pipeline():
    from cchc_extract import Pipeline

    return Pipeline(exclude=["entities"])


@pytest.fixture(scope="session")
def corpus_records(pipeline, corpus_paths):
    return {p.stem: pipeline(p) for p in corpus_paths}


@pytest.fixture(scope="session")
def gold_records() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


def pytest_collection_modifyitems(config, items):
    """Tests marked ``slow`` run only when asked: ``-m slow`` or ``CCHC_SLOW=1``."""
    import os

    if "slow" in (config.getoption("markexpr") or "") or os.environ.get("CCHC_SLOW"):
        return
    skip = pytest.mark.skip(reason="slow: opt in with `pytest -m slow` or CCHC_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def to_cp1258(text: str) -> bytes:
    """``text`` in Windows-1258 as Vietnamese software writes it: letters with
    circumflex, breve or horn precomposed, tone marks as combining bytes
    (Python's codec refuses the NFD form and lacks most precomposed toned vowels)."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(out)

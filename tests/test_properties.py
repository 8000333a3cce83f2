"""Property tests (hypothesis): extraction holds up on any text.

For arbitrary Unicode text, for texts built from the pieces the patterns
look for (numbers, codes, ``số``, ``%``, ``hồ sơ``, dashes, quotes, odd
spaces), and for corpus articles mutated at random (characters inserted,
deleted, swapped, case changed, NFC/NFD flipped, pieces duplicated):

* extraction never raises;
* every item reads its own text: ``text[start:end] == item.text``;
* the record validates against the schema and round-trips through JSON;
* extraction is deterministic (same record twice, and after other articles).

A few hundred cases run by default.  The long run is opt-in::

    CCHC_SLOW=1 pytest -m slow tests/test_properties.py --hypothesis-show-statistics

runs ``CCHC_PROPERTY_EXAMPLES`` cases per property (default 4,000; four
properties, so over 10,000 in all).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings, example
from hypothesis import strategies as st

from cchc_extract import ArticleRecord, ReadError
from cchc_extract.reading import Article

from conftest import CORPUS, ROOT

LONG = int(os.environ.get("CCHC_PROPERTY_EXAMPLES", "4000"))
ARTICLES = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
WILD = ROOT.parent / "shared" / "wild"
ARTICLES += [p.read_text(encoding="utf-8") for p in sorted(WILD.glob("*.txt"))[:12]] if WILD.is_dir() else []

try:
    import jsonschema

    _VALIDATOR = jsonschema.Draft202012Validator(ArticleRecord.model_json_schema())
except ImportError:  # pragma: no cover - jsonschema is a dev dependency
    _VALIDATOR = None

# Pieces the fact patterns react to, and the spellings that trip patterns up.
FRAGMENTS = [
    "số ", "Số ", "%", " %", "phần trăm", "hồ sơ", " hồ sơ", "Nghị quyết", "Quyết định", "Kế hoạch", "Luật",
    "Chỉ thị", "Thông tư", "Nghị định", " ngày ", "tháng ", "năm ", "quý I", "quý IV", "6 tháng đầu năm",
    "giai đoạn ", "từ năm ", " đến ", " đến nay", "trên ", "hơn ", "khoảng ", "gần ", "đạt ", "tăng ", "giảm ",
    "tiếp nhận ", "giải quyết ", "đúng hạn", "trước hạn", "quá hạn", "trực tuyến", "trực tiếp", "bưu chính",
    "UBND tỉnh ", "Ủy ban nhân dân ", "Bộ Chính trị", "Thủ tướng Chính phủ", "HĐND", "/QĐ-TTg", "-NQ/TU",
    "/NQ-HĐND", "/2021/NĐ-CP", "TCVN ISO 9001:2015",
    "0", "1", "2", "9", "12", "30", "79.094", "1.234.567", "98,2", "2023", "2019", "1/", "/2023", "15/6/2021",
    "17:34", "30 - 50", "30–50", "30—50", ".", ",", "/", "-", "–", "—", "(", ")", "“", "”", '"', "'", ":",
    ";", "…", "./.", " ", "  ", "\n", "\r\n", "\r", "\n\n", "\t", "\u00a0", "\u200b", "\u2060", "\ufeff",
    "\u0300", "\u0323", "\u0301", "Ư", "ơ", "đ", "Đ", "I", "V", "X", "http://", "https://a.vn/b?c=1",
    "Thành phố Vinh", "Toàn Thịnh", "(Dân trí) - ", "Bài và ảnh: ", "Từ khóa:", "Bình luận",
]

domain_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=120).map("".join)
any_text = st.text(max_size=1500)


@st.composite
def mutated_article(draw):
    """A corpus article with a few random edits."""
    text = draw(st.sampled_from(ARTICLES))
    for _ in range(draw(st.integers(1, 8))):
        n = len(text)
        i = int(draw(st.floats(0, 1, exclude_max=True)) * n) if n else 0
        span = draw(st.integers(1, 40))
        op = draw(st.sampled_from(["insert", "delete", "swap", "upper", "lower", "swapcase", "nfd", "nfc",
                                   "duplicate", "fragment"]))
        if op == "insert":
            text = text[:i] + draw(st.text(min_size=1, max_size=5)) + text[i:]
        elif op == "fragment":
            text = text[:i] + draw(st.sampled_from(FRAGMENTS)) + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + span:]
        elif op == "swap" and i + 1 < n:
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        elif op in ("upper", "lower", "swapcase"):
            text = text[:i] + getattr(text[i:i + span], op)() + text[i + span:]
        elif op in ("nfd", "nfc"):
            text = text[:i] + unicodedata.normalize(op.upper(), text[i:i + span]) + text[i + span:]
        elif op == "duplicate":
            text = text[:i + span] + text[i:i + span] + text[i + span:]
    return text


def check(pipe, text: str) -> ArticleRecord:
    """Every property on one text; returns the record."""
    # an Article, not a str: a generated one-line text like `số .TXT` looks like a file name,
    # which a str given to the pipeline is refused for (extract_text/extract_file)
    article = Article.from_text(text)
    record = pipe(article, check=False)  # the pipeline's own check is what is being tested
    article = article.text
    for item in record.spans():
        assert 0 <= item.start <= item.end <= len(article), item
        assert article[item.start:item.end] == item.text, item
    for check_ in record.checks:
        assert all(0 <= k < len(record.dossier_counts) for k in check_.parts)
    data = json.loads(record.model_dump_json())
    assert ArticleRecord.model_validate(data) == record
    if _VALIDATOR is not None:
        _VALIDATOR.validate(data)
    assert pipe(Article.from_text(text), check=False) == record, "not deterministic"
    return record


COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- default suite: a few hundred cases ----------------------------------------------------------------

@given(any_text)
@settings(max_examples=150, **COMMON)
def test_arbitrary_unicode(facts_pipeline, text):
    check(facts_pipeline, text)


@given(domain_text)
@example("số .TXT")  # a text that looks like a file name (CI found it)
@settings(max_examples=200, **COMMON)
def test_pattern_pieces(facts_pipeline, text):
    check(facts_pipeline, text)


@given(mutated_article())
@settings(max_examples=120, **COMMON)
def test_mutated_articles(facts_pipeline, text):
    check(facts_pipeline, text)


@given(st.one_of(domain_text, mutated_article()))
@settings(max_examples=30, **COMMON)
def test_full_pipeline_with_entities(pipeline, text):
    check(pipeline, text)


@given(st.binary(max_size=2000))
@settings(max_examples=100, **COMMON)
def test_any_file_gives_a_record_or_a_read_error(facts_pipeline, tmp_path_factory, data):
    from cchc_extract import read_article

    p = tmp_path_factory.mktemp("bytes") / "x.txt"
    p.write_bytes(data)
    try:
        article = read_article(p)
    except ReadError as exc:
        assert str(exc).startswith(f"{p}: ")
        return
    record = check(facts_pipeline, article.text)
    assert facts_pipeline(p, check=False).model_dump(exclude={"doc_id", "source", "encoding"}) == \
        record.model_dump(exclude={"doc_id", "source", "encoding"})


def test_state_does_not_leak_between_articles(facts_pipeline):
    first = [facts_pipeline(t) for t in ARTICLES[:5]]
    for t in reversed(ARTICLES[:5]):
        facts_pipeline(t + "\n\nPhụ lục: Nghị quyết số 12-NQ/TU, 45% và 3.456 hồ sơ.")
    assert [facts_pipeline(t) for t in ARTICLES[:5]] == first


def test_same_output_under_another_hash_seed(tmp_path):
    """Set and dict order must not leak into records: two processes with
    different ``PYTHONHASHSEED`` give byte-identical JSONL."""
    code = ("import sys; from pathlib import Path; from cchc_extract import Pipeline\n"
            "pipe = Pipeline(exclude=['entities'])\n"
            "for p in sorted(Path(sys.argv[1]).glob('*.txt')):\n"
            "    sys.stdout.write(pipe(p).model_dump_json() + '\\n')\n")
    outs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
        run = subprocess.run([sys.executable, "-c", code, str(CORPUS)], capture_output=True, text=True, env=env,
                             timeout=600)
        assert run.returncode == 0, run.stderr[-2000:]
        outs.append(run.stdout)
    assert outs[0] == outs[1] and outs[0].count("\n") == len(list(CORPUS.glob("*.txt")))


# --- the long run: pytest -m slow ------------------------------------------------------------------------

@pytest.mark.slow
@given(any_text)
@settings(max_examples=LONG, **COMMON)
def test_long_arbitrary_unicode(facts_pipeline, text):
    check(facts_pipeline, text)


@pytest.mark.slow
@given(domain_text)
@settings(max_examples=LONG, **COMMON)
def test_long_pattern_pieces(facts_pipeline, text):
    check(facts_pipeline, text)


@pytest.mark.slow
@given(mutated_article())
@settings(max_examples=LONG, **COMMON)
def test_long_mutated_articles(facts_pipeline, text):
    check(facts_pipeline, text)


@pytest.mark.slow
@given(st.one_of(domain_text, mutated_article()))
@settings(max_examples=max(LONG // 4, 100), **COMMON)
def test_long_full_pipeline_with_entities(pipeline, text):
    check(pipeline, text)

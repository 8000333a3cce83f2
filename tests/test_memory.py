"""Memory on one huge line (issue 18: 64 MB inputs under 600 MB).

An article dumped on one line (an aggregator's export) used to be held
several times over: as its title, in the tuples of the dates anchor scan, as
a copied paragraph in the sentence splitter; and each of its 170,000 items
carried its own set of field names, the legal anchor cache kept every anchor
until the scan ended, the percentages stage folded a whole copy of the text.
These tests keep each of those bounded on a small text, fast;
``benchmarks/linear.py`` measures the peak RSS at 1 to 64 MB.
"""

from __future__ import annotations

import pickle
import sys
import tracemalloc
from pathlib import Path

import pytest

from cchc_extract import Pipeline
from cchc_extract.batch import record_line
from cchc_extract.engine import scan
from cchc_extract.facts import link_stage
from cchc_extract.facts.dates import find_dates
from cchc_extract.facts.metadata import MAX_TITLE_CHARS, extract_metadata
from cchc_extract.reading import Article
from cchc_extract.segment import sentences

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"

# Our own wording: a paragraph of an ordinary report on administrative reform.
PARAGRAPH = ("Theo Quyết định số 1291/QĐ-UBND ngày 15/6/2021 của UBND tỉnh, trong quý I/2023 Bộ phận một cửa "
             "huyện đã tiếp nhận 1.234 hồ sơ, trong đó 1.200 hồ sơ giải quyết đúng hạn, đạt tỷ lệ 97,2%; "
             "giai đoạn 2021 - 2025 tỉnh phấn đấu 100% thủ tục được tiếp nhận trực tuyến. "
             "Sở Nội vụ cho biết năm 2022 có 45,5% hồ sơ nộp qua mạng. ")


@pytest.fixture(scope="module")
def facts_only() -> Pipeline:
    pipe = Pipeline(exclude=["entities"])
    pipe(PARAGRAPH)  # lazy tables and first imports, outside the measure
    pipe("UBND tỉnh Hà Giang và huyện Châu Thành, TP Vinh.")  # the province tables load at a first unit
    return pipe


def _one_line_corpus(nbytes: int) -> str:
    """The bundled corpus articles on one line, repeated to about ``nbytes``
    (benchmarks/linear.py's ``single-line`` text)."""
    unit = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sorted(CORPUS.glob("*.txt"))) + " "
    return unit * max(1, round(nbytes / len(unit.encode("utf-8"))))


def test_one_line_article_peak_memory_is_bounded(facts_only):
    """Extracting about 500 KB of articles written on one line, and making the
    JSON line, allocates at its peak less than 8 times the text's UTF-8 size
    (it was over 14 times: the title, the dates anchor scan and the sentence
    splitter each held a copy of the text; then 10 times, see the next test)."""
    text = _one_line_corpus(500_000)
    size = len(text.encode("utf-8"))
    article = Article.from_text(text)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        line = record_line(facts_only(article))
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert '"percentages":[{' in line
    assert peak < 8 * size, f"peak {peak / 1e6:.1f} MB for {size / 1e6:.1f} MB of text"


def test_sentences_of_one_line_hold_no_copy_of_it():
    text = _one_line_corpus(300_000)
    sentences(text[:100])
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        sents = sentences(text)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert len(sents) > 100 and sents[-1].end <= len(text)
    assert peak < sys.getsizeof(text) // 2, f"peak {peak} for a text of {sys.getsizeof(text)} bytes"


def test_a_first_line_that_is_the_whole_text_is_not_kept_as_title():
    one_line = "Tỉnh đẩy mạnh cải cách hành chính " + "và số hóa hồ sơ " * 5000
    title = extract_metadata(one_line)["title"]
    assert len(title) <= MAX_TITLE_CHARS and title.endswith("…")
    assert one_line.startswith(title[:-1]) and not title[:-1].endswith(" ")
    # an ordinary headline, or one just under the cap, is kept whole (stripped)
    assert extract_metadata("  Huyện tiếp nhận hồ sơ trực tuyến \n\nNội dung.")["title"] == "Huyện tiếp nhận hồ sơ trực tuyến"
    near = "hồ sơ " * (MAX_TITLE_CHARS // 6)
    assert extract_metadata(near)["title"] == near.strip()


def test_dates_found_window_by_window_equal_one_scan(monkeypatch):
    """The anchor scan over windows (a huge text) finds what one scan finds, also
    for anchors and digit runs cut by a window's edge."""
    text = ("Ngày 15/6/2021 và quý I/2023; năm 2022, giai đoạn 2021 - 2025, tháng 12 năm 2019, "
            "từ ngày 1/1/2020 đến ngày 31/12/2020. ") * 40
    whole = [(d.start, d.end, d.kind, d.value) for d in find_dates(text)]
    assert len(text) > 4000 and len(whole) > 200
    for size in (97, 211, 1000):  # edges fall inside words, numbers and dates
        monkeypatch.setattr(scan, "WINDOW", size)
        assert [(d.start, d.end, d.kind, d.value) for d in find_dates(text)] == whole, size


def test_agency_from_nearby_mentions_equals_agency_from_all(monkeypatch, facts_only):
    """The link stage hands office_before only the document mentions near a
    figure's sentence: the agencies are those that every mention gives."""
    text = PARAGRAPH * 30
    near = [(p.start, p.agency) for p in facts_only(text).percentages]
    assert any(a for _, a in near)
    monkeypatch.setattr(link_stage._Near, "__call__", lambda self, lo, hi: self.spans)
    assert [(p.start, p.agency) for p in facts_only(text).percentages] == near


def _traced_peak(fn) -> int:
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        fn()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_peak_memory_per_byte_of_one_line_text_is_bounded(facts_only):
    """What one more byte of a one-line article costs at the peak of extracting it and
    making its JSON line, measured between two sizes so that fixed costs cancel: under
    5 bytes a byte of UTF-8 (it was 6.5: every item held its own 728-byte set of field
    names, the legal anchor cache outlived its scan, the percentages stage folded a
    whole copy of the text).  The text itself (1.5 bytes a byte, as a str) is made
    before the measure, as the batch reads it before extracting."""
    peaks, sizes = [], []
    for nbytes in (250_000, 750_000):
        article = Article.from_text(_one_line_corpus(nbytes))
        sizes.append(article.utf8_size)
        peaks.append(_traced_peak(lambda: record_line(facts_only(article))))
    per_byte = (peaks[1] - peaks[0]) / (sizes[1] - sizes[0])
    assert per_byte < 5, f"{per_byte:.2f} bytes at the peak per byte of text"


def test_items_share_their_set_field_names_and_keep_them_apart():
    """Items with the same fields set share one frozenset (no 728-byte set each), yet
    model_fields_set reads and grows as pydantic's own set: per item, in place."""
    from pydantic import BaseModel

    from cchc_extract.records import DateMention, mark_set

    a, b, c = (DateMention(text="năm 2022", start=i, end=i + 8, kind="year", value="2022") for i in (0, 20, 40))
    slot = BaseModel.__dict__["__pydantic_fields_set__"]  # where pydantic keeps it
    assert slot.__get__(a) is slot.__get__(b) is slot.__get__(c)
    mark_set(c, "id")  # as the stages note a field they set with object.__setattr__
    assert type(slot.__get__(c)) is frozenset and slot.__get__(c) is not slot.__get__(b)
    assert c.model_fields_set == {"text", "start", "end", "kind", "value", "id"}
    assert a.model_fields_set == {"text", "start", "end", "kind", "value"}
    a.model_fields_set.add("id")  # as a caller may: a's own set from now on
    assert "id" in a.model_fields_set and "id" not in b.model_fields_set
    a.value = "2023"  # validate_assignment adds the name to a's set only
    assert b.model_dump(exclude_unset=True) == {"text": "năm 2022", "start": 20, "end": 28, "kind": "year",
                                                "value": "2022"}
    assert pickle.loads(pickle.dumps(c)).model_fields_set == c.model_fields_set
    assert c.model_copy(update={"value": "2024"}).model_fields_set == c.model_fields_set
    assert b == c.model_copy(update={"start": 20, "end": 28}) and a != b

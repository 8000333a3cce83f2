"""Threads extracting at once get what one thread gets.

The stages keep small caches across calls (the last texts case-folded, the
anchor read last); each is keyed by the identity of its text and replaced
whole, so threads working on different articles never take each other's.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cchc_extract import Pipeline
from cchc_extract.reading import read_article

TEXTS = [
    "Ngày 15/6/2021, UBND tỉnh ban hành Kế hoạch số 120/KH-UBND về cải cách hành chính.",
    "Trong quý I/2023, Bộ phận một cửa tiếp nhận 1.234 hồ sơ, tỷ lệ đúng hạn đạt 98,2%.",
    "Các quyết định của Thủ tướng nói trên; những kế hoạch này của tỉnh Nghệ An.",
    "Đội bóng xếp thứ 3, tăng 2 bậc; doanh thu đạt 2,5 tỷ đồng trên 120 ha ở huyện Đông Anh.",
    "",
]


def _articles() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    files = sorted((root / "corpus" / "articles").glob("*.txt"))
    assert files
    return [read_article(f).text for f in files]


def test_threads_extracting_at_once_get_what_one_thread_gets() -> None:
    texts = (TEXTS + _articles()) * 3
    pipe = Pipeline(exclude=["entities"])
    want = [pipe(t).model_dump_json() for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: pipe(t).model_dump_json(), texts))
    assert got == want

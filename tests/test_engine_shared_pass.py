"""The pipeline's registries and the provinces find their anchors in one shared pass.

:class:`~cchc_extract.engine.scan.SharedPass` runs one automaton over the needles
of every member and splits the hits by member.  What a member gets must be what
its own automaton gives, hit for hit and in the same order, whatever other texts
were scanned in between (the stages look at titles and agencies between two
looks at the article).
"""

from __future__ import annotations

from pathlib import Path

import ahocorasick_rs
import pytest

from cchc_extract.engine import Anchor, Registry, Rule
from cchc_extract.reading import read_article
from cchc_extract.engine.scan import SHARED, AnchorScan, SharedPass, fold, find_few
from cchc_extract.facts import dates, dossiers, legal, percentages, quantities

from oracle import Item

SHARED_REGISTRIES = [dates.REGISTRY, legal.REGISTRY, legal.rules.ANAPHORS, dossiers.REGISTRY,
                     dossiers.ABBREVIATED, percentages.REGISTRY, quantities.REGISTRY]

TEXTS = [
    "Ngày 15/6/2021, UBND tỉnh ban hành Kế hoạch số 120/KH-UBND về cải cách hành chính.",
    "Trong quý I/2023, Bộ phận một cửa tiếp nhận 1.234 hồ sơ, tỷ lệ đúng hạn đạt 98,2%.",
    "Các quyết định của Thủ tướng nói trên; những kế hoạch này của tỉnh Nghệ An. Khi không nhất thiết.",
    "Đội bóng xếp thứ 3, tăng 2 bậc; doanh thu đạt 2,5 tỷ đồng trên 120 ha ở huyện Đông Anh.",
    "",
    "ẤT ất nhất chất KH kh không TP.HCM tp. Hồ Chí Minh",
]


def _own_hits(scan: AnchorScan, folded: str) -> list:
    """What the scan's needles give in an automaton (or ``str.find``) of their own."""
    if not scan.needles:
        return []
    if len(scan.needles) <= 4:
        return find_few(scan.needles, folded)
    return ahocorasick_rs.AhoCorasick(scan.needles).find_matches_as_indexes(folded, overlapping=True)


def _articles() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    files = sorted((root / "corpus" / "articles").glob("*.txt")) + sorted((root.parent / "shared" / "wild").glob("*.txt"))[:5]
    assert files
    return [read_article(f).text for f in files]


@pytest.mark.parametrize("registry", SHARED_REGISTRIES, ids=lambda r: r.name)
def test_each_shared_registry_gets_what_its_own_automaton_gives(registry: Registry) -> None:
    assert registry.shared and registry.scan.shared is registry
    for text in TEXTS + _articles():
        folded = fold(text)
        assert registry.scan.find_needles(folded) == _own_hits(registry.scan, folded)


def test_hits_stay_right_when_other_texts_are_scanned_in_between() -> None:
    texts = TEXTS + _articles()
    want = {(r.name, i): r.find(t, *((2017,) if r is dates.REGISTRY else ()))
            for r in SHARED_REGISTRIES for i, t in enumerate(texts)}
    # interleaved: each registry on each text, the texts in a different order each time
    for r in SHARED_REGISTRIES:
        for i in reversed(range(len(texts))):
            got = r.find(texts[i], *((2017,) if r is dates.REGISTRY else ()))
            assert [(x.start, x.end, x.rule) for x in got] == [(x.start, x.end, x.rule) for x in want[(r.name, i)]]


def test_a_member_that_joins_again_replaces_its_needles() -> None:
    shared = SharedPass()
    shared.join("a", ["năm", "ngày"])
    shared.join("b", ["năm", "hồ"])
    folded = fold("ngày 5 năm 2020, hồ sơ")
    assert shared.find("a", folded) == [(1, 0, 4), (0, 7, 10)]
    assert shared.find("b", folded) == [(0, 7, 10), (1, 17, 19)]
    shared.join("a", ["hồ"])             # a rule changed: the member's needles are new
    assert shared.find("a", folded) == [(0, 17, 19)]
    assert shared.find("b", folded) == [(0, 7, 10), (1, 17, 19)]


def test_a_changed_shared_registry_finds_its_new_rule() -> None:
    seen: list = []

    def resolve(m, *args):
        seen.append(m.group())
        return [Item(m.start(), m.end())]

    reg = Registry("shared-probe", [Rule("plan", Anchor(words=("kế",)), r"kế hoạch", resolve)], shared=True)
    try:
        text = "Kế hoạch và đề án."
        assert [(i.start, i.end) for i in reg.find(text)] == [(0, 8)]
        reg.add(Rule("project", Anchor(words=("đề",)), r"đề án", resolve))
        assert [(i.start, i.end, i.rule) for i in reg.find(text)] == [(0, 8, "plan"), (12, 17, "project")]
    finally:
        SHARED.join(reg, ())   # leave no needles of the probe in the pipeline's pass


def test_threads_extracting_at_once_get_what_one_thread_gets() -> None:
    """Each article's hits are kept by the identity of its folded text, so threads
    scanning different articles at the same time never take each other's hits."""
    from concurrent.futures import ThreadPoolExecutor

    from cchc_extract import Pipeline

    texts = (TEXTS + _articles()) * 3
    pipe = Pipeline(exclude=["entities"])
    want = [pipe(t).model_dump_json() for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: pipe(t).model_dump_json(), texts))
    assert got == want

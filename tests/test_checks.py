"""Sum checks between dossier counts: relations found, arithmetic, robustness."""

from __future__ import annotations

import pytest

import cchc_extract
from cchc_extract.errors import ConfigError
from cchc_extract.context import ArticleContext
from cchc_extract.facts.checks import checks_stage, find_checks
from cchc_extract.facts.dossiers import find_dossier_counts
from cchc_extract.reading import Article
from cchc_extract.records import DossierCount


def _checks(text: str):
    counts = find_dossier_counts(text)
    return counts, find_checks(counts, text)


def test_received_equals_online_plus_in_person():
    text = "Sở tiếp nhận 79.094 hồ sơ (1.374 hồ sơ trực tuyến, 77.720 hồ sơ trực tiếp, giải quyết 78.993 hồ sơ)."
    counts, checks = _checks(text)
    assert [(c.kind, c.total, c.parts, c.holds) for c in checks] == [("sum", 0, [1, 2], True)]


def test_resolved_equals_early_on_time_overdue_and_a_false_check_is_kept():
    text = "Xã giải quyết 500 hồ sơ, trong đó trước hạn 120 hồ sơ, đúng hạn 377 hồ sơ, quá hạn 4 hồ sơ."
    _, checks = _checks(text)
    assert len(checks) == 1
    assert checks[0].parts == [1, 2, 3]
    assert checks[0].holds is False  # 120 + 377 + 4 = 501: a typo worth seeing


def test_received_equals_resolved_plus_pending():
    text = "Huyện tiếp nhận 1.000 hồ sơ, đã giải quyết 950 hồ sơ, đang giải quyết 50 hồ sơ."
    _, checks = _checks(text)
    assert [(c.total, c.parts, c.holds) for c in checks] == [(0, [1, 2], True)]


def test_one_part_or_unrelated_counts_give_no_check():
    assert _checks("Sở tiếp nhận 300 hồ sơ, trong đó trực tuyến 120 hồ sơ.")[1] == []
    assert _checks("Xã A tiếp nhận 300 hồ sơ. Xã B tiếp nhận 200 hồ sơ. Xã C tiếp nhận 100 hồ sơ.")[1] == []
    # a total that already has a channel is not split by channel again
    assert _checks("Tiếp nhận 900 hồ sơ trực tuyến (600 hồ sơ trực tuyến, 300 hồ sơ trực tiếp).")[1] == []


def test_approximate_totals_compare_with_slack():
    text = "Tỉnh tiếp nhận hơn 1,2 nghìn hồ sơ (1.000 hồ sơ trực tuyến, 230 hồ sơ trực tiếp)."
    _, checks = _checks(text)
    assert checks and checks[0].holds is True
    text = "Tỉnh tiếp nhận trên 2.000 hồ sơ (1.000 hồ sơ trực tuyến, 230 hồ sơ trực tiếp)."
    _, checks = _checks(text)
    assert checks and checks[0].holds is False


def test_indexes_refer_to_the_list_given_even_unsorted():
    text = "Sở tiếp nhận 900 hồ sơ (600 hồ sơ trực tuyến, 300 hồ sơ trực tiếp)."
    counts = find_dossier_counts(text)
    shuffled = [counts[2], counts[0], counts[1]]
    checks = find_checks(shuffled, text)
    assert [(c.total, c.parts) for c in checks] == [(1, [0, 2])]


def test_counts_that_do_not_read_the_text_are_ignored():
    text = "Sở tiếp nhận 900 hồ sơ (600 hồ sơ trực tuyến, 300 hồ sơ trực tiếp)."
    counts = find_dossier_counts(text)
    broken = counts[:2] + [counts[2].model_copy(update={"start": 0, "end": 5})]
    assert find_checks(broken, text) == []
    assert find_checks(counts, "") == []
    assert find_checks([], text) == []


def test_duplicate_and_overlapping_counts_do_not_break_anything():
    text = "Sở tiếp nhận 900 hồ sơ (600 hồ sơ trực tuyến, 300 hồ sơ trực tiếp)."
    counts = find_dossier_counts(text)
    checks = find_checks(counts + counts, text)
    assert [(c.total, c.parts) for c in checks] == [(0, [1, 2])]


def test_stage_never_fails_the_article(monkeypatch):
    text = "Sở tiếp nhận 900 hồ sơ (600 hồ sơ trực tuyến, 300 hồ sơ trực tiếp)."
    ctx = ArticleContext(article=Article.from_text(text))
    ctx.dossier_counts = find_dossier_counts(text)
    import cchc_extract.facts.checks as mod

    def boom(*a, **k):
        raise RuntimeError("linker bug")

    monkeypatch.setattr(mod, "find_checks", boom)
    checks_stage(ctx)
    assert ctx.checks == []


def test_stage_with_counts_from_elsewhere():
    text = "Tổng 10 hồ sơ, gồm 4 hồ sơ trực tuyến, 6 hồ sơ trực tiếp."
    ctx = ArticleContext(article=Article.from_text(text))
    def span(t):
        return {"text": t, "start": text.index(t), "end": text.index(t) + len(t)}

    ctx.dossier_counts = [
        DossierCount(**span("10 hồ sơ"), count=10, status="received"),
        DossierCount(**span("4 hồ sơ"), count=4, status="received", channel="online"),
        DossierCount(**span("6 hồ sơ"), count=6, status="received", channel="in_person"),
    ]
    checks_stage(ctx)
    assert [(c.total, c.parts, c.holds) for c in ctx.checks] == [(0, [1, 2], True)]


def test_pipeline_without_the_dossiers_stage_is_refused_or_has_no_checks():
    text = "Sở tiếp nhận 900 hồ sơ (600 hồ sơ trực tuyến, 300 hồ sơ trực tiếp)."
    with pytest.raises(ConfigError, match="'dossiers' is excluded.*'checks'"):
        cchc_extract.extract(text, exclude=["entities", "dossiers"])
    record = cchc_extract.extract(text, exclude=["entities", "dossiers", "quantities", "link", "checks"])
    assert record.dossier_counts == [] and record.checks == []


@pytest.mark.parametrize("path_stem,expected", [
    ("000_c4378611185b4ba3", [(0, [1, 2], True), (4, [5, 6], True)]),
    ("002_502bbab6a0374952", [(0, [1, 2], True)]),
    ("004_24751afbafc3f8c5", []),
])
def test_corpus_checks(facts_pipeline, path_stem, expected):
    from conftest import CORPUS

    record = facts_pipeline(CORPUS / f"{path_stem}.txt")
    assert [(c.total, c.parts, c.holds) for c in record.checks] == expected

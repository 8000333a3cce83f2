"""``cchc_extract.explain``: every item with the rule that made it; near misses."""

from __future__ import annotations

import doctest
import sys

import typer
from typer.testing import CliRunner

import cchc_extract
from cchc_extract import explain as _explain_function

E = sys.modules["cchc_extract.explain"]

TEXT = ("Trong quý I/2023, huyện tiếp nhận 12 hồ sơ. Hồ sơ nộp ngày 2023/03/15 đã được duyệt "
        "theo Quyết định số 12/QĐ-UBND ngày 3/4/2023.")


def test_items_name_their_rule_span_and_value():
    items = E.explain(TEXT, exclude=["entities"]).items
    got = {(i.fact, i.rule, i.text, i.value) for i in items}
    assert ("dates", "quarter", "quý I/2023", "2023-Q1") in got
    assert ("dates", "date_numeric", "3/4/2023", "2023-04-03") in got
    assert ("dossier_counts", "count_before_noun", "12 hồ sơ", "12") in got
    assert all(TEXT[i.start:i.end] == i.text for i in items)


def test_near_shows_the_anchor_where_no_rule_fired():
    ex = E.explain(TEXT, near=True, exclude=["entities"])
    near = {(n.anchor, TEXT[n.start:n.start + 10]) for n in ex.near}
    assert ("word:ngày", "ngày 2023/") in near      # the known gap of year-first dates
    assert not any(n.fact == "dates" and n.start == TEXT.index("3/4/2023") for n in ex.near)  # a date was found there
    assert E.explain(TEXT, exclude=["entities"]).near == []


def test_near_covers_every_fact_type_on_the_engine():
    """Legal documents, percentages and dossier counts show their near misses too: a
    type word with no number after it, a sign with no figure, the noun with no count."""
    text = "Theo Quyết định số của tỉnh, tỷ lệ % hồ sơ còn thấp; xã nhận 12 hồ sơ, đạt 95%."
    near = {(n.fact, n.anchor): n for n in E.explain(text, near=True, exclude=["entities"]).near}
    legal = near[("legal_documents", "word:quyết")]
    assert legal.start == text.index("Quyết") and ("numbered", True) in legal.tried   # matched, then rejected
    assert near[("percentages", "mark:%")].start == text.index("%")
    assert ("dossier_counts", "word:hồ") in near and near[("dossier_counts", "word:hồ")].start == text.index("hồ sơ")
    # where an item was found, its own anchors are not near misses
    assert not any(n.fact == "percentages" and n.start == text.index("95%") + 2 for n in near.values())
    assert not any(n.fact == "dossier_counts" and n.start == text.rindex("hồ sơ") for n in near.values())


def test_quantities_name_their_rule_and_show_near_misses():
    """Quantities are on the engine too: each item names its rule; a change verb whose
    number has no unit after it (``tăng 3 lần``) and a bare ordinal that is no ranking
    (``lần thứ 5``) are near misses."""
    text = "Tỉnh xếp hạng 15/63, tăng 3 bậc; vốn 2,5 tỷ đồng; giá tăng 3 lần; hội nghị lần thứ 5."
    ex = E.explain(text, near=True, exclude=["entities"])
    got = {(i.rule, i.text) for i in ex.items if i.fact == "quantities"}
    assert got == {("rank", "xếp hạng 15/63"), ("rank_change", "3 bậc"), ("money", "2,5 tỷ đồng")}
    near = {(n.anchor, n.start): n for n in ex.near if n.fact == "quantities"}
    assert near[("word:tăng", text.index("tăng 3 lần"))].tried == (("rank_change", True),)
    assert near[("word:thứ", text.index("thứ 5"))].tried == (("rank", True),)
    assert not any(s == text.index("xếp") for _, s in near)     # where a quantity was read


def test_near_leaves_out_an_excluded_stage():
    """An excluded stage found nothing, so its anchors are no near misses (every hit would be)."""
    text = "Xã nhận 12 hồ sơ, tỷ lệ % cao; ngày 2023/03/15."
    facts = {n.fact for n in E.explain(text, near=True, exclude=["entities"]).near}
    assert {"dates", "percentages", "dossier_counts"} <= facts
    without = ["entities", "dossiers", "link", "quantities", "checks"]
    facts = {n.fact for n in E.explain(text, near=True, exclude=without).near}
    assert "dossier_counts" not in facts and {"dates", "percentages"} <= facts
    assert E.explain(text, near=True, exclude=["entities"]).items == \
        E.explain(text, near=False, exclude=["entities"]).items


def test_command():
    app = typer.Typer()
    E.register(app)

    @app.command("noop")
    def noop() -> None:  # a second command, so typer keeps `explain` as a subcommand name
        pass

    result = CliRunner().invoke(app, ["explain", TEXT, "--near", "--exclude", "entities"])
    assert result.exit_code == 0, result.output
    assert "quarter" in result.output and "anchors hit where no rule fired" in result.output


def test_public_function():
    assert cchc_extract.explain is _explain_function is E.explain


def test_doctest():
    assert doctest.testmod(E).failed == 0

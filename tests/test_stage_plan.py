"""Stages declare what they require and assign; the pipeline orders and checks them."""

from __future__ import annotations

import pytest

import cchc_extract
from cchc_extract.context import SPECS, plan_stages, stage
from cchc_extract.errors import ConfigError
from cchc_extract.pipeline import DEFAULT_STAGES, check_exclude, load


def test_every_builtin_stage_runs_after_the_stages_it_reads():
    position = {name: i for i, name in enumerate(DEFAULT_STAGES)}
    assigner = {f: n for n in DEFAULT_STAGES for f in SPECS[n].assigns}
    for name in DEFAULT_STAGES:
        for f in SPECS[name].requires:
            assert position[assigner[f]] < position[name], (name, f)


def test_every_required_field_is_assigned_by_some_stage():
    assigned = {f for n in DEFAULT_STAGES for f in SPECS[n].assigns}
    for name in DEFAULT_STAGES:
        assert set(SPECS[name].requires) <= assigned, name


def test_excluding_dates_names_every_stage_that_reads_them():
    with pytest.raises(ConfigError) as err:
        load(exclude=["dates"])
    msg = str(err.value)
    for reader in ("percentages", "legal", "dossiers", "quantities", "link"):
        assert repr(reader) in msg
    assert "'dates' is excluded" in msg


def test_disabling_a_required_stage_is_refused_too():
    with pytest.raises(ConfigError, match="'dossiers' is disabled"):
        load(disable=["dossiers"])


def test_excluding_a_stage_with_its_readers_is_fine_and_keeps_the_order():
    nlp = load(exclude=["dossiers", "quantities", "link", "checks"])
    assert nlp.pipe_names == [n for n in DEFAULT_STAGES if n not in ("dossiers", "quantities", "link", "checks")]
    record = cchc_extract.Pipeline(nlp)("Năm 2023, tỉnh tiếp nhận 1.234 hồ sơ, đạt 98,5%.")
    assert record.dossier_counts == [] and [p.text for p in record.percentages] == ["98,5%"]


def test_a_plain_string_is_one_stage_name_not_its_letters():
    assert "entities" not in load(exclude="entities").pipe_names
    assert check_exclude("entities") == ("entities",)
    with pytest.raises(ConfigError, match="unknown stage"):
        load(exclude="entitie")


def test_order_follows_declarations_not_registration():
    # a reader registered before the stage that fills its field still runs after it
    @stage("zz_reader", requires=("quantities",), assigns=("checks",))
    def _reader(ctx):  # pragma: no cover - only planned, never run
        pass

    assert plan_stages(["zz_reader", "metadata", "dates", "percentages", "legal", "dossiers", "quantities"]) == [
        "metadata", "dates", "percentages", "legal", "dossiers", "quantities", "zz_reader"]


def test_a_stage_declaring_an_unknown_field_is_refused():
    with pytest.raises(ConfigError, match="unknown field"):
        stage("zz_bad", requires=("datse",))


def test_batch_and_dask_share_the_pipeline_check():
    from cchc_extract.batch import run_batch

    with pytest.raises(ConfigError, match="'dates' is excluded"):
        run_batch([], None, exclude=["dates"])

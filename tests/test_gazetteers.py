"""Gazetteers: each file is what its build script makes, names its source, and is read as intended."""

from __future__ import annotations

from importlib import resources

import pytest

from cchc_extract.facts.entities import find_entities
from cchc_extract.gazetteers import build_orgs, orgs, units


def _file(name: str) -> str:
    return (resources.files("cchc_extract.gazetteers") / name).read_text(encoding="utf-8")


def test_orgs_file_is_the_build_output():
    rows = [line.split("\t") for line in _file("orgs.tsv").splitlines() if not line.startswith("#")]
    assert [tuple(r) for r in rows] == build_orgs.build()


@pytest.mark.parametrize("name,source", [("orgs.tsv", "build_orgs.py"), ("units.tsv", "vietnam-provinces"),
                                         ("places.tsv", "vietnam-provinces"), ("provinces.tsv", "vietnam-provinces")])
def test_every_file_names_its_source(name, source):
    assert source in _file(name).splitlines()[0]


def test_units_hold_both_administrative_maps():
    u = units()
    kinds = set().union(*u.values())
    assert kinds == {"district", "commune", "ward2025"}
    assert len(u) > 7000
    assert "district" in u["Thanh Oai"] and "ward2025" in u["Hoàn Kiếm"]
    assert not any(n[:1].isdigit() for n in u)  # numbered wards are read by the rules


def test_abbreviations_are_spelt_every_common_way():
    o = orgs()
    for v in ("Bộ NN&PTNT", "Bộ NN-PTNT", "Bộ NN - PTNT", "Bộ NN và PTNT", "Sở TN&MT", "Bộ LĐ-TB&XH"):
        assert o[v][1] == "exact", v
    assert o["Bộ Lao động-Thương binh và Xã hội"][0] == "ministry"  # ``Lao động - Thương binh`` closed up


def test_case_rules():
    # acronyms exactly as written; full names with any case after the first letter
    assert [e.text for e in find_entities("Ông nói về who và Who.")] == []
    assert [(e.text, e.label) for e in find_entities("Báo cáo của Ngân hàng phát triển châu Á được công bố.")] \
        == [("Ngân hàng phát triển châu Á", "ORG")]
    # a name inside a longer word is not a match
    assert all(e.text != "EU" for e in find_entities("Cơ quan EUROSTAT công bố số liệu."))


def test_provinces_map_every_old_province_into_one_of_the_34():
    from vietnam_provinces import Province

    current = {int(p.code) for p in Province.iter_all()}
    rows = [line.split("\t") for line in _file("provinces.tsv").splitlines() if not line.startswith("#")]
    levels = {r[0] for r in rows}
    assert levels == {"province", "district", "commune", "ward2025"}
    old = {r[2]: int(r[3]) for r in rows if r[0] == "province"}
    assert len(old) == 63 and set(old.values()) == current  # 63 provinces of 2008-2025 into the 34
    assert old["Hà Giang"] == old["Tuyên Quang"] == 8 and old["Quảng Nam"] == old["Đà Nẵng"] == 48
    assert all(int(r[3]) in current for r in rows)

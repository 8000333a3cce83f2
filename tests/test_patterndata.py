"""Language data is checked when it is read: a typo names its file and entry."""

from __future__ import annotations

import typing

import pytest

from cchc_extract import patterndata
from cchc_extract.errors import ConfigError
from cchc_extract.records import DocType, LegalDocument

#: The doc_type slugs of the output contract (shared/spec/records.md).
CONTRACT_DOC_TYPES = {
    "hien_phap", "luat", "bo_luat", "phap_lenh", "nghi_quyet", "nghi_dinh", "quyet_dinh", "chi_thi",
    "thong_tu", "thong_tu_lien_tich", "ke_hoach", "chuong_trinh", "de_an", "du_an", "ket_luan",
    "thong_bao", "cong_van", "huong_dan", "bao_cao", "to_trinh", "quy_che", "quy_dinh",
    "van_ban_hop_nhat", "tieu_chuan", "other",
}


@pytest.fixture
def fake_patterns(tmp_path, monkeypatch):
    """Point the loader at a folder of our own YAML files."""
    root = tmp_path / "cchc_extract"
    (root / "patterns").mkdir(parents=True)

    class Files:
        def __truediv__(self, part):
            return root / part

    monkeypatch.setattr(patterndata.resources, "files", lambda pkg: Files())
    patterndata.raw_entries.cache_clear()
    patterndata.entries.cache_clear()
    yield root / "patterns"
    patterndata.raw_entries.cache_clear()
    patterndata.entries.cache_clear()


def _write(folder, text):
    (folder / "demo.yaml").write_text(text, encoding="utf-8")


def test_every_shipped_pattern_file_loads_and_validates():
    for f in ("dates", "dossiers", "entities", "legal", "metadata", "numbers", "percentages", "quantities"):
        assert patterndata.entries(f), f


def test_doc_types_come_from_the_data_and_cover_the_contract():
    slugs = set(typing.get_args(DocType))
    assert slugs == set(patterndata.doc_types())
    assert CONTRACT_DOC_TYPES <= slugs
    LegalDocument(doc_type="tieu_chuan", type_name="TCVN")


@pytest.mark.parametrize("yaml_text,message", [
    ("- name: a\n  words: [x]\n- name: a\n  words: [y]\n", "entry 'a': name used twice"),
    ("- words: [x]\n", "item 0 has no name"),
    ("- name: a\n  words: [x, '']\n", "entry 'a': words\\[1\\]: empty string"),
    ("- name: a\n  define: '(unclosed'\n", "entry 'a': define: not a valid regular expression"),
    ("- name: a\n  examples:\n    - text: 'quý 3/2024'\n      expect: {dates: [{kind: quater}]}\n",
     "entry 'a': examples\\[0\\].expect.dates\\[0\\].kind: 'quater' is not allowed"),
    ("- name: a\n  examples:\n    - text: 'x'\n      expect: {datez: []}\n", "records have no field 'datez'"),
    ("- name: a\n  examples:\n    - text: 'x'\n      expect: {dates: [{valeu: '2024'}]}\n",
     "DateMention has no field 'valeu'"),
    ("- name: a\n  examples:\n    - expect: {dates: []}\n", "examples\\[0\\]: needs a text"),
    ("- name: a\n  not:\n    - text: 'năm 2024'\n      field: dates\n      span: '2025'\n",
     "not\\[0\\]: span '2025' is not in its text"),
    ("- name: a\n  not:\n    - text: 'x'\n      field: date\n", "field 'date' is not a record field"),
    ("name: a\n", "must be a list of entries"),
    ("- name: a\n  words: [x\n", "not valid YAML"),
])
def test_a_typo_is_an_error_naming_file_and_entry(fake_patterns, yaml_text, message):
    _write(fake_patterns, yaml_text)
    with pytest.raises(ConfigError, match=r"patterns/demo\.yaml.*" + message):
        patterndata.entries("demo")


def test_a_good_file_loads(fake_patterns):
    _write(fake_patterns, "- name: a\n  words: [x, \"\\t\"]\n  examples:\n    - text: 'quý 3/2024'\n"
                          "      expect: {dates: [{kind: quarter, value: 2024-Q3}], title: null}\n")
    assert patterndata.entries("demo")["a"]["words"] == ["x", "\t"]


def test_a_missing_file_is_named(fake_patterns):
    with pytest.raises(ConfigError, match="patterns/nothere.yaml: no such pattern file"):
        patterndata.entries("nothere")

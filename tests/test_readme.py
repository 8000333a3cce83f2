"""Every snippet in the README runs, and the Quick start is what CI runs."""

from __future__ import annotations

import os
import re

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", README, flags=re.S)
PYTHON = [code for lang, code in BLOCKS if lang == "python"]


def test_quick_start_is_two_one_line_bash_blocks():
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    bash = re.findall(r"```bash\n(.*?)```", section, flags=re.S)
    assert len(bash) >= 2
    run_cmd, test_cmd = (b.strip() for b in bash[:2])
    assert "\n" not in run_cmd and "\n" not in test_cmd
    assert "corpus" in run_cmd and "pytest" in test_cmd
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd in ci.splitlines(), "the README's test command must be exactly the one .ci/run runs"


@pytest.mark.parametrize("code", PYTHON, ids=[f"snippet{i}" for i in range(len(PYTHON))])
def test_python_snippet_runs(code, monkeypatch):
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})


def test_readme_has_python_snippets():
    assert len(PYTHON) >= 3


def test_every_block_names_its_language():
    """``text`` blocks are synopses and printed output; every other kind is run below."""
    assert all(lang for lang, _ in BLOCKS), [code[:60] for lang, code in BLOCKS if not lang]
    assert {lang for lang, _ in BLOCKS} <= {"bash", "python", "json", "yaml", "text"}


def _shell_lines():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    quick_blocks = re.findall(r"```bash\n(.*?)```", quick, flags=re.S)
    # The Quick start's first command installs, then runs the CLI: run the CLI part.
    lines = [quick_blocks[0].strip().split(" && ")[-1]]
    for lang, code in BLOCKS:
        if lang == "bash" and code not in quick_blocks:
            lines += [ln.strip() for ln in code.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return lines


@pytest.mark.parametrize("line", _shell_lines())
def test_shell_snippet_runs(line, tmp_path):
    """Each command line of the README's bash blocks, with the installed CLI, in a scratch folder."""
    import shlex
    import subprocess
    import sys

    args = shlex.split(line)
    assert args[0] in ("cchc-extract", ".venv/bin/cchc-extract"), line
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    if "--pred" in args:  # the eval line reads what the extract line of its block wrote
        pred = args[args.index("--pred") + 1]
        subprocess.run([sys.executable, "-m", "cchc_extract", "extract", "corpus/articles", "-o", pred, "-q"],
                       cwd=tmp_path, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-m", "cchc_extract", *args[1:]], cwd=tmp_path, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    if "extract" in args:
        written = tmp_path / args[args.index("-o") + 1]
        assert len(written.read_text(encoding="utf-8").splitlines()) == len(list((ROOT / "corpus" / "articles").glob("*.txt")))
    if "eval" in args:
        assert "mission F1" in out.stdout


def test_yaml_snippet_is_a_pattern_entry_whose_cases_pass():
    import yaml
    from test_pattern_examples import test_pattern_case

    blocks = [code for lang, code in BLOCKS if lang == "yaml"]
    assert blocks
    for code in blocks:
        for entry in yaml.safe_load(code):
            assert entry["name"] and (entry.get("examples") or entry.get("not"))
            for case in entry.get("examples") or []:
                test_pattern_case("example", case)
            for case in entry.get("not") or []:
                test_pattern_case("not", case)


def test_json_snippet_is_a_record_with_the_contract_fields():
    import json

    from cchc_extract import ArticleRecord

    blocks = [code for lang, code in BLOCKS if lang == "json"]
    assert blocks
    for code in blocks:
        shown = json.loads(code)
        assert set(shown) == set(ArticleRecord.model_fields), set(shown) ^ set(ArticleRecord.model_fields)


def test_yaml_snippet_names_an_existing_pattern_entry():
    """The README once named ``quarter_roman``, an entry that does not exist."""
    import yaml

    names = {entry["name"] for path in (ROOT / "src" / "cchc_extract" / "patterns").glob("*.yaml")
             for entry in yaml.safe_load(path.read_text(encoding="utf-8")) if isinstance(entry, dict)}
    shown = [entry["name"] for lang, code in BLOCKS if lang == "yaml" for entry in yaml.safe_load(code)]
    assert shown and set(shown) <= names, set(shown) - names


def test_readme_documents_exit_statuses_and_the_explicit_api():
    table = {int(m.group(1)) for m in re.finditer(r"^\| (\d+) \| ", README, flags=re.M)}
    assert table == {0, 1, 2, 3, 130, 143}
    for name in ("extract_text", "extract_file", "--meta", "--version", "extractor_version", "UsageError"):
        assert name in README, name
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert "## [0.2.0]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")

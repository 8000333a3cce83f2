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

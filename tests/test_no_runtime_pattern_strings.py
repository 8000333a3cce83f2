"""No fact pass hands a pattern string to ``regex``'s or ``re``'s module functions at run time.

``regex.search(pattern, text)`` looks ``pattern`` up in the module's cache at
every call; that cache also holds every pattern the library compiles at
import, and once past 500 entries it is shrunk, so such a call compiles its
pattern again and again (0.3 ms an article of full mode went to that).  A
fixed pattern is compiled once beside its use; one built around a word the
article names goes through :func:`cchc_extract.rx.compiled`.  Functions that
only build pattern text when the rules load are listed in ``BUILD_TIME``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cchc_extract
from cchc_extract.facts.entities.names import whole_occurrences
from cchc_extract.facts.entities.people import _placed_elsewhere
from cchc_extract.facts.entities.rules import _NA, _NB
from cchc_extract.rx import compiled

FACTS = Path(cchc_extract.__file__).parent / "facts"
FUNCTIONS = {"search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn", "splititer"}
#: (module, function): called only while the rules are built, never per article
BUILD_TIME = {("quantities/rules.py", "_phrase"), ("quantities/rules.py", "_phrases_lead")}



def _module_calls(path: Path, root: Path = FACTS) -> list[str]:
    """``regex.f(...)`` / ``re.f(...)`` calls inside functions of ``path``, as ``module:line function``."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("regex", "re") \
                    and node.func.attr in FUNCTIONS:
                found.append((str(path.relative_to(root)), fn.name, node.lineno))
    return found


def test_no_fact_function_passes_a_pattern_string_to_the_module_functions() -> None:
    calls = [c for p in sorted(FACTS.rglob("*.py")) for c in _module_calls(p)]
    left = sorted({f"{m}:{line} {fn}" for m, fn, line in calls if (m, fn) not in BUILD_TIME})
    assert left == []


def test_the_build_time_list_names_only_calls_still_there() -> None:
    calls = {(m, fn) for p in sorted(FACTS.rglob("*.py")) for m, fn, _ in _module_calls(p)}
    assert BUILD_TIME <= calls


def test_the_check_finds_such_a_call(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("import re, regex\nP = regex.compile('a')\nX = re.sub('a', 'b', 'c')\n"
                     "def f(text, name):\n    P.search(text)\n    return regex.finditer(regex.escape(name), text)\n",
                     encoding="utf-8")
    assert _module_calls(probe, tmp_path) == [("probe.py", "f", 6)]   # module level and compiled patterns pass


def test_compiled_keeps_one_pattern_per_text_and_flags() -> None:
    a = compiled(r"(?<!\p{L})" + regex.escape("Hà Nội") + r"(?!\p{L})")
    assert a is compiled(r"(?<!\p{L})" + regex.escape("Hà Nội") + r"(?!\p{L})")
    assert [m.span() for m in a.finditer("Về Hà Nội, rồi Hà Nộii.")] == [(3, 9)]
    assert compiled("hà", regex.I) is not compiled("hà")
    assert compiled("hà", regex.I).search("HÀ") and not compiled("hà").search("HÀ")


# ---------------------------------------------------------------- the str.find rewrites

_PIECES = ["Lan", "Lana", "aLan", "Syria", "Syrian", "ở", "tại", "nước", "quốc gia", "miền Bắc", "phía Đông",
           "Xở", "1", "é", "\u0301", " ", "\u00a0", "\n", ", ", "-"]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["Lan", "Lan Lan", "Syria", "a-b", "Lan\u00a0Anh"]),
       st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_whole_occurrences_is_the_bounded_literal(literal: str, text: str) -> None:
    old = [m.span() for m in regex.finditer(_NB + regex.escape(literal) + _NA, text)]
    assert whole_occurrences(text, literal) == old


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["Syria", "Lana", "Paris"]), st.lists(st.sampled_from(_PIECES + ["Paris"]), max_size=30).map("".join))
def test_placed_elsewhere_is_the_old_search(word: str, text: str) -> None:
    old = regex.search(r"(?<![\p{L}\p{M}])(?:tại|ở|nước|quốc gia|khắp|(?:miền|phía)[ \u00a0](?:Bắc|Nam|Đông|Tây))[ \u00a0]"
                       + regex.escape(word) + r"(?![\p{L}\p{M}\p{N}])", text)
    assert _placed_elsewhere(text, word) == bool(old)


def test_placed_elsewhere_examples() -> None:
    assert _placed_elsewhere("Giao tranh nổ ra ở Syria hôm qua.", "Syria")
    assert _placed_elsewhere("Quân đội đóng ở phía Đông\u00a0Syria.", "Syria")
    assert not _placed_elsewhere("Người Syria chạy sang nước Syrian khác.", "Syria")   # ``Syrian`` goes on
    assert not _placed_elsewhere("Giao tranh ở \nSyria.", "Syria")                      # a line break is no space
    assert not _placed_elsewhere("Anh ở lại. Syria yên.", "Syria")

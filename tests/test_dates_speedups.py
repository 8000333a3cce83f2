"""The speed-ups of facts/dates.py never change what is found.

``_candidates`` tries a rule only where it can match: at a word, only the rules
whose ``follow`` allows the next word (``_gated``); at a day/month digit spot,
only the rules its sub-shape allows (``_dm_shape``); a back window is read only
where it does not overlap the previous one.  These tests check each shortcut
against the plain way: every rule at every word start of every window.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from cchc_extract.facts import dates as D

from conftest import CORPUS

#: the rules each digit spot's shape named before the shapes were split further
_OLD_SHAPE_RULES = {
    "#year": (), "#ydash": ("_period_dash", "_date_iso"), "#time": ("_datetime_time_first",),
    "#dm": ("_datetime_time_first", "_datetime_date_first", "_date_numeric", "_period_days", "_date_iso"),
    "#thang": ("_date_words", "_months_of_year"), "#range": ("_period_days",),
}


def _plain_shape(token: str) -> str:
    """A spot's shape as the plain scan names it (day/month, `tháng`, year-dash not split)."""
    for shape in ("#dm", "#thang", "#ydash"):
        if token.startswith(shape):
            return shape
    return token

# Hand-written forms that stress the shortcuts: case, odd blanks, cut words,
# close spots, numbers with non-ASCII digits, ranges and lists.
_TEXTS = [
    "NĂM 2023 và Năm 2024; năm nay, năm học 2022-2023, năm 1890.",
    "Từ  năm 2019 đến năm 2022, kể từ đầu năm 2024 đến hết tháng 9/2024.",
    "giai đoạn 2021 – 2025, khóa 2020-2025, khoá 2015 - 2020, trong các năm 2019-2021.",
    "ngày 15 tháng 3, ngày 5 và 6/7/2023, ngày 1-2/3, ngày 10 đến 12/4, ngày 1٥/3/2023.",
    "ngày 1٥/3 - 20/3, ngày 15và16/3, ngày 15và16 tháng 3, từ 29/4/2021 đến 5/5/2021, từ 1/4/2017,",
    "ngày 29/4/2021 08:30, sáng 15/3/2023 - 16/3/2023, đến 30/6/2023 - 1/7/2023, trong 3/2023 đến 5/2023.",
    "tháng Ba, tháng mười một năm 2022, T12/2023, Q1/2024, Q3 2023, quý IV/2023, QUÝ II.",
    "nửa đầu năm nay, Nửa cuối năm 2023, mười hai tháng năm 2022, 6 tháng đầu năm.",
    "năm2023, tháng3/2023, abc_tháng 3/2023, x_năm 2020, (15/3) và (1/3), 1/2 số hộ.",
    "Sáng 15/3, chiều nay 16/3, rạng sáng 17/3, hôm qua 18-3, tối 19/3 năm 2023.",
    "đến 30/6, đến hết 31/12/2023, trước 15/10, sau 1/1, vào 5/5, dịp 2/9, lễ 30/4.",
    "15/3/2023 - 20/3/2023, 15/3 đến 20/3, 15 - 20/3, 15/03/2023 08:30, 08:30 15/03/2023.",
    "2024-03-15 07:00, 2024-03-15T07:00+07:00, Mon, 06 May 2024 14:00:00 +0700.",
    "tầm nhìn đến 2030, định hướng đến năm 2045, trong năm 2023, đầu 2023, mùa 2022.",
    "từ tháng 1 đến tháng 6/2023, từ quý I đến quý III/2023, từ ngày 1/3 đến nay.",
    "Giáp Thìn 2024, Quý Mão 2023, thứ Hai, 15/3/2023, chủ nhật 20/3/2023 lúc 8h30.",
    "năm 2021, 2022 và 2023; ngày 17/5 và 20/5; tháng 10, 11 và tháng 12/2023.",
    "Luật Đất đai 2024, TCVN 2020, ISO 9001:2015, hằng năm vào ngày 15/3.",
    "x " * 30 + "năm 2023 " + "y" * 60 + " 2024 tháng 5 " + "z " * 20 + "ngày 1/5",
    "a\nnăm\n2023\n15/3\n(\n1/3)",
    # a window (48 characters back from `15/3`) starting inside `x_năm`, reading `năm 2023`
    "x_năm 2023 " + "b" * 38 + " 15/3",
    "1990 2020- 1 2019 –2020 5h 5H30 5 giờ 5giờ 5 GIỜ 5g30 12%, 98,2 5. 3-4 5—6/7 7 và 8/9 9 ĐẾN 10/11 1 Tới 2/3",
    "5Tới 6/7, 8tới 9/10, 1Đến 2/3, 3Và 4/5, 5,6/7, 8h, 9G30, 1:30, 2\u00a0giờ, 3—4/5, 6–7.8.2023, 9.10.2023",
    "2023-03-15, 2023-13-01, 2021-2025, 2021 - 2025, 15 tháng 3, 15 tháng ba, 6 tháng đầu năm, 30 tháng.",
    "(15/3), (3/2023), (a), (١٥/3), (1٥/3), ( 15/3), (", "từ 1/3 đến nay, từ 1/3 - hiện nay, 1/3 đến ngày 5/3,",
    "Thứ 2, 15/3/2023; thứ 7 20/3; CN, 21/3/2023; T2, 22/3; THỨ HAI 23/3/2023 08:00; quý 1 năm 2023; quý I, quý 4/2023.",
    "từ 2019 đến 2022, đến 2030, từ 44 hồ sơ, ngày 2023, ngày 15, 16 và 17/3, từ 15 đến 20/3, trong 2023, đầu 2024.",
    "10-11-2021, 15/3/2023 lúc 8:30, 15/3/2023, 08:30, 15/3/2023 - 08h, 15/3/2023 ٠٨:30, ngày 10 - 11/3.",
]


def _yaml_texts() -> list[str]:
    out = []
    pdir = resources.files("cchc_extract") / "patterns"
    for name in ("dates.yaml", "percentages.yaml", "dossiers.yaml", "quantities.yaml", "legal.yaml"):
        path = pdir / name
        if not path.is_file():
            continue
        for entry in yaml.safe_load(path.read_text("utf-8")) or []:
            for ex in (entry.get("examples") or []) + (entry.get("not") or []):
                if isinstance(ex, dict) and isinstance(ex.get("text"), str):
                    out.append(ex["text"])
    return out


def _corpus_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt"))][:12]


ALL_TEXTS = _TEXTS + _yaml_texts()


def _reference_hot_spots(text: str) -> list[tuple[int, str]]:
    """Every digit run the shape regex reads (day/month spots not split), and each
    spelling of the hot words found one by one."""
    spots = []
    for m in re.finditer(r"[0-9]++", text):
        shape = D._DIGIT_SHAPE_RE.match(text, m.start())
        if shape is not None:
            kind = "ydash" if shape.group("ydash") else shape.lastgroup
            spots.append((m.start(), "#" + kind))
    for w in [v for w in ("quý", "tháng", "nửa") for v in (w, w.capitalize(), w.upper())]:
        for m in re.finditer(re.escape(w), text):
            i, j = m.span()
            if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                spots.append((i, w))
    return sorted(spots)


def test_hot_spots_match_the_plain_way():
    for text in ALL_TEXTS + _corpus_texts():
        new = [(p, _plain_shape(t)) for p, t in D._hot_spots(text)]
        assert new == _reference_hot_spots(text), text[:80]


def _reference_candidates(text: str, pub_year):
    """The plain way: read every window whole, try every rule each word may start
    and every rule a digit spot's shape names, no ``follow`` gate."""
    by_shape = {shape: [i for i in D._BY_DIGIT if D._RULES[i][2].__name__ in names]
                for shape, names in _OLD_SHAPE_RULES.items()}
    cands, tried = [], set()
    for pos, token in _reference_hot_spots(text):
        line_start = text.rfind("\n", max(0, pos - D._BACK_CHARS), pos) + 1
        starts = []
        for t in D._BACK_TOKEN_RE.finditer(text, max(line_start, pos - D._BACK_CHARS), pos):
            g = t.group()
            if g[0].isdigit():
                continue
            rules = D._rules_at(text, t.start(), g)
            if rules:
                starts.append((t.start(), rules))
        rules = by_shape[token] if token[0] == "#" else D._rules_at(text, pos, token)
        starts.append((pos, rules))
        for s, rules in starts:
            for i in rules:
                if (s, i) in tried:
                    continue
                tried.add((s, i))
                m = D._RULES[i][0].match(text, s, s + D._MAX_SPAN)
                if m is not None:
                    for c in D._RULES[i][2](m, pub_year):
                        c.order = i
                        cands.append(c)
    return cands


def _key(cands):
    return sorted((c.start, c.end, c.kind, c.parts, c.explicit_year, c.order) for c in cands)


def test_candidates_match_the_plain_way():
    for text in ALL_TEXTS + _corpus_texts():
        for pub_year in (2023, None):
            assert _key(D._candidates(text, pub_year)) == _key(_reference_candidates(text, pub_year)), text[:80]


def test_the_reference_can_tell_a_difference():
    """The comparison is not vacuous: the texts yield candidates, and dropping a
    rule's attempts would show."""
    total = sum(len(_reference_candidates(t, 2023)) for t in _TEXTS)
    assert total > 60
    gated = [c for t in _TEXTS for c in _reference_candidates(t, 2023) if D._RULES[c.order][1].follow]
    assert len(gated) > 20


def test_follow_gate_keeps_every_rule_that_matches():
    """At every word, a rule that matches there survives ``_gated``."""
    for text, t in ((text, t) for text in ALL_TEXTS for t in re.finditer(r"\w+", text)):
        g = t.group()
        rules = D._rules_at(text, t.start(), g)
        follows = D._FOLLOW_BY_WORD.get(g.lower())
        if not rules or not follows:
            continue
        kept = D._gated(text, t.end(), t.start() + D._MAX_SPAN, g, rules, follows)
        for i in rules:
            if D._RULES[i][0].match(text, t.start(), t.start() + D._MAX_SPAN):
                assert i in kept, (D._RULES[i][2].__name__, text[t.start():t.start() + 40])


def test_follow_gate_drops_rules_that_cannot_continue():
    text = "năm nay tỉnh tiếp nhận hồ sơ"
    rules = D._rules_at(text, 0, "năm")
    kept = D._gated(text, 3, D._MAX_SPAN, "năm", rules, D._FOLLOW_BY_WORD["năm"])
    assert kept == []
    text = "năm 2021-2025"
    kept = D._gated(text, 3, D._MAX_SPAN, "năm", rules, D._FOLLOW_BY_WORD["năm"])
    assert {D._RULES[i][2].__name__ for i in kept} == {"_year", "_period_dash"}


def test_digit_shapes_keep_every_rule_that_matches():
    for text, (pos, token) in ((text, spot) for text in ALL_TEXTS for spot in D._hot_spots(text)):
        if token[0] != "#":
            continue
        for i in [i for i in D._BY_DIGIT if D._RULES[i][2].__name__ in _OLD_SHAPE_RULES[_plain_shape(token)]]:
            if D._RULES[i][0].match(text, pos, pos + D._MAX_SPAN):
                assert i in D._BY_SHAPE[token], (D._RULES[i][2].__name__, text[pos:pos + 30])


@pytest.mark.parametrize("text,shape", [
    ("15/3/2023", "dm_full"), ("15.3.2023", "dm_full"), ("1/3 số hộ", "dm"), ("3/2023", "dm"),
    ("15/3 đến 20/3", "dm_range"), ("15/3/2023 - 20/3/2023", "dm_fulltime_range"), ("15/3 , tới 18/3", "dm"),
    ("15/3/2023 lúc 8:30", "dm_fulltime"), ("15/3/2023, 8:30", "dm_fulltime"), ("15/3/2023 - 08h", "dm_fulltime"),
    ("15/3/2023, tỉnh", "dm_full"), ("15/3/2023 tỉnh", "dm_full"), ("15/3/2023.", "dm_full"), ("15/3/2023)", "dm_full"),
    ("10-11-2021, Ban", "dm_full"), ("15/3 - 20/3", "dm_range"), ("15 - 20/3", "dm_range"), ("1/3 đến nay", "dm_range"),
])
def test_day_month_shapes(text, shape):
    assert D._dm_shape(text, 0) == shape


@pytest.mark.parametrize("word", ["quý", "Quý", "QUÝ", "tháng", "Tháng", "THÁNG", "nửa", "Nửa", "NỬA"])
def test_hot_words_found_in_each_spelling(word):
    text = f"xử lý {word} I, quản lý ({word}) và {word}x, {word}"
    expected = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    assert len(expected) == 3
    assert [p for p, t in D._hot_spots(text) if t == word] == expected

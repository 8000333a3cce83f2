"""Speed-only shortcuts of percentages, quantities and numbers give the same results
as the plain regex scans they replace (str pre-checks, word scans, backward searches).
Quantities have no hand-written shortcut left: tests/test_quantity_oracle.py."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from cchc_extract import numbers
from cchc_extract.facts import percentages as pct
from cchc_extract.facts.percentages import metric as pct_metric, vocab as pct_vocab

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    """Corpus articles cut in pieces, and the same pieces upper-cased, with no-break
    spaces, doubled spaces, newlines for commas, and a letter whose case folding
    is two characters (`İ`)."""
    arts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:6]]
    rnd = random.Random(7)
    out = []
    for art in arts:
        for _ in range(25):
            a = rnd.randrange(max(1, len(art) - 50))
            out.append(art[a:a + rnd.randrange(50, 700)])
    variants = []
    for s in out[::3]:
        variants += [s.upper(), s.replace(" ", "\u00a0"), s.replace(" ", "  "), s.replace(", ", "\n"),
                     s.replace("i", "İ", 2)]
    return out + variants + [
        "Mục tiêu đến năm 2030 đạt 95%; hiện ĐÃ đạt 80%, tăng 5% so với Kế hoạch 70%.",
        "Phấn đấu hoàn thành chỉ tiêu 100%, vượt chỉ tiêu 5%, tỷ lệ giảm còn 2%.",
        "GİẢM 3 bậc, xếp thứ 5/63, tối thiểu 50 hồ sơ, khoảng 1,2 tỷ đồng, 30 ha.",
    ]


TEXTS = _texts()


def test_the_texts_hold_what_the_shortcuts_skip_and_keep():
    assert any("İ" in t for t in TEXTS) and any(t != t.lower() for t in TEXTS)
    assert sum(1 for t in TEXTS if pct._VERB_RE.search(t)) > 50


@pytest.mark.parametrize("name", ["_VERBS", "_TARGETS", "_WEAKS", "_ACHIEVEDS", "_DONES", "_DEADLINES"])
def test_word_scan_finds_what_the_pattern_finds(name):
    scan = getattr(pct_vocab, name)
    found = 0
    for text in TEXTS:
        low = pct._casefold(text)
        for pos, endpos in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            want = [(m.span(), m.group()) for m in scan.pattern.finditer(text, pos, endpos)]
            got = [(m.span(), m.group()) for m in scan.finditer(text, low, pos, endpos)]
            assert got == want, (name, text[:80])
            first = scan.pattern.search(text, pos, endpos)
            second = scan.search(text, low, pos, endpos)
            assert (first and first.span()) == (second and second.span())
            found += len(want)
    assert found > 0


def test_casefold_is_refused_when_it_moves_offsets():
    assert pct._casefold("TĂNG 5%") == "tăng 5%"
    assert pct._casefold("GİẢM 5%") is None


def test_backward_clause_and_sentence_starts_match_forward_scans():
    for text in TEXTS:
        starts = pct._SentenceStarts(text)
        upto = last = 0
        for pos in sorted({m.start() for m in numbers.NUMBER_RE.finditer(text)}):
            for m in pct._SENT_BREAK_RE.finditer(text, upto, pos):
                last = m.end()
            upto = max(upto, pos)
            want = last if pos - last <= pct._SENT_WINDOW else None
            got = starts(pos)
            if want is not None:
                assert got == want
            floor = max(0, pos - 300)
            forward = floor
            for m in pct._CLAUSE_BREAK_RE.finditer(text, floor, pos):
                forward = m.end()
            assert pct._clause_start(text, pos, floor) == forward


def test_list_glue_fullmatch_is_glue_only():
    glue = regex.compile(r"(?i)(?<!\p{L})(?:và|hoặc|lần lượt|đến|tới)(?!\p{L})|[\s\-–,/]")
    samples = [" và ", ", ", " - ", "hoặc", " lần lượt ", "và đạt", "tăng", "", " vàng ", " ĐẾN "]
    samples += [t[:n] for t in TEXTS[:40] for n in (3, 8, 20)]
    for s in samples:
        assert (pct._LIST_GLUE_ONLY_RE.fullmatch(s) is not None) == (not glue.sub("", s)), repr(s)


def test_clean_metric_checks_only_skip_regexes_that_would_not_match(monkeypatch):
    pieces = [t[a:a + 60] for t in TEXTS[:80] for a in range(0, max(1, len(t) - 60), 90)]
    pieces += ["tỷ lệ hồ sơ năm 2023 đạt trên", "số hồ sơ quý II tối thiểu", "Kết quả THÁNG 5 xấp xỉ", "tỷ lệ TỪ"]
    fast = [pct._clean_metric(s) for s in pieces]
    monkeypatch.setattr(pct_metric, "_DATE_UNITS", ("",))      # every string "holds" the empty word
    monkeypatch.setattr(pct_metric, "_QUAL_TAIL_LAST", ("",))  # and ends with it
    assert [pct._clean_metric(s) for s in pieces] == fast
    assert pct._clean_metric("số hồ sơ năm 2023 tối thiểu") == "số hồ sơ"


def test_qualifier_before_equals_the_forward_search():
    rnd = random.Random(11)
    phrases = [p for p, _, side in numbers._QUALIFIERS if side == "before"]
    words = phrases + ["đạt", "là", "tỷ lệ", "x", "5", ":", "(", "-", "ít", "nhất", "mức"]
    hits = 0
    for _ in range(4000):
        s = ""
        for _ in range(rnd.randint(1, 5)):
            w = rnd.choice(words)
            if rnd.random() < 0.2:
                w = w.upper()
            if rnd.random() < 0.3:
                w = w.replace(" ", rnd.choice(["  ", "\u00a0"]))
            s += w + rnd.choice(["", " ", " ", "\u00a0", ":", " : ", "\n"])
        text = s + "95%"
        m = numbers._Q_BEFORE_RE.search(text[max(0, len(s) - 40):len(s)])
        want = (None, len(s))
        if m:
            q = numbers._Q_CLASS[(" ".join(m.group("q").lower().split()), "before")]
            want = (None if q == "none" else q, max(0, len(s) - 40) + m.start("q"))
            hits += 1
        assert numbers.qualifier_before(text, len(s)) == want, repr(s)
    assert hits > 1000

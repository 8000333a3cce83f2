"""Dossier counts: periods from date mentions, inheritance, exclusions, speed.

The YAML examples in ``patterns/dossiers.yaml`` cover the language forms
through the whole pipeline; these tests drive :func:`find_dossier_counts`
directly, with date mentions and documents built by hand so that the period
logic is tested apart from the dates stage.
"""

from __future__ import annotations

import time

import pytest

from cchc_extract.facts.dossiers import defined_abbreviations, find_dossier_counts, link_parts
from cchc_extract.records import DateMention, LegalDocument, Span


def _date(text: str, phrase: str, kind: str, value: str, nth: int = 0) -> DateMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return DateMention(text=phrase, start=start, end=start + len(phrase), kind=kind, value=value)


def _counts(text, **kw):
    return {d.count: d for d in find_dossier_counts(text, **kw)}


def test_period_from_a_date_in_the_same_sentence():
    text = "Trong quý I/2024, Bộ phận một cửa huyện tiếp nhận 2.000 hồ sơ."
    got = _counts(text, dates=[_date(text, "quý I/2024", "quarter", "2024-Q1")])
    assert got[2000].period == "2024-Q1"


def test_period_after_the_count_but_not_a_comparison():
    text = "Xã tiếp nhận 640 hồ sơ trong 6 tháng đầu năm 2024, tăng so với năm 2023."
    dates = [_date(text, "6 tháng đầu năm 2024", "half_year", "2024-H1"), _date(text, "năm 2023", "year", "2023")]
    assert _counts(text, dates=dates)[640].period == "2024-H1"
    text = "Xã tiếp nhận 640 hồ sơ, nhiều hơn so với năm 2023."
    assert _counts(text, dates=[_date(text, "năm 2023", "year", "2023")])[640].period is None


def test_no_period_from_an_earlier_sentence_the_count_does_not_belong_to():
    # annotation.md: the period comes from the figure's own sentence or the list head or
    # total it belongs to, never guessed from a topic sentence paragraphs before
    text = ("Năm 2022 là năm bản lề của giai đoạn. Thành phố tập trung chuyển đổi số.\n\n"
            "Kết quả: tiếp nhận trên 12.400 hồ sơ, giải quyết đúng hạn 99%.")
    got = _counts(text, dates=[_date(text, "Năm 2022", "year", "2022")])
    assert got[12400].period is None
    assert got[12400].qualifier == "over"


def test_no_period_from_a_document_issue_date_or_a_far_paragraph():
    text = ("Ngày 15/6/2021, thành phố ban hành Kế hoạch số 120 ngày 15/6/2021 về cải cách.\n\n"
            "Thành phố đã làm nhiều việc.\n\nMột đoạn khác nói về con người.\n\n"
            "Bộ phận một cửa tiếp nhận 5.000 hồ sơ.")
    doc = LegalDocument(doc_type="ke_hoach", type_name="Kế hoạch", number="120",
                        mentions=[Span(text="Kế hoạch số 120", start=text.index("Kế hoạch"),
                                       end=text.index("Kế hoạch") + len("Kế hoạch số 120"))])
    dates = [_date(text, "15/6/2021", "date", "2021-06-15"), _date(text, "15/6/2021", "date", "2021-06-15", 1)]
    assert _counts(text, dates=dates, legal_documents=[doc])[5000].period is None


def test_document_issue_date_in_the_sentence_is_not_the_period():
    text = "Thực hiện Kế hoạch số 120 ngày 15/6/2021, xã tiếp nhận 50 hồ sơ."
    start = text.index("Kế hoạch")
    doc = LegalDocument(doc_type="ke_hoach", type_name="Kế hoạch", number="120",
                        mentions=[Span(text="Kế hoạch số 120", start=start, end=start + 15)])
    dates = [_date(text, "15/6/2021", "date", "2021-06-15")]
    assert _counts(text, dates=dates, legal_documents=[doc])[50].period is None


def test_parts_in_the_next_sentence_inherit_period_and_agency():
    text = ("Trong năm 2023, Trung tâm Phục vụ hành chính công tỉnh đã giải quyết 8.000 hồ sơ. "
            "Trong đó, trước hạn 6.000 hồ sơ, đúng hạn 1.990 hồ sơ, quá hạn 10 hồ sơ.")
    got = _counts(text, dates=[_date(text, "năm 2023", "year", "2023")])
    for n, status in ((6000, "early"), (1990, "on_time"), (10, "overdue")):
        assert got[n].status == status
        assert got[n].period == "2023"
        assert got[n].agency == "Trung tâm Phục vụ hành chính công tỉnh"


def test_years_and_document_numbers_are_not_counts():
    text = "Năm 2023 hồ sơ tăng mạnh; theo Nghị định 61 hồ sơ được số hóa; mức độ 4 hồ sơ nộp qua mạng."
    assert find_dossier_counts(text) == []
    text = "Trong quý I/2023 hồ sơ tăng."
    dates = [_date(text, "quý I/2023", "quarter", "2023-Q1")]
    assert find_dossier_counts(text, dates=dates) == []


def test_percent_spans_from_the_percentages_stage_are_respected():
    text = "Có 98 hồ sơ đúng hạn."
    assert find_dossier_counts(text, percent_spans=[(3, 5)]) == []


def test_spans_read_their_text_and_end_at_the_noun():
    text = "Huyện tiếp nhận 79.094 hồ sơ thủ tục hành chính (1.374 hồ sơ trực tuyến, 77.720 hồ sơ trực tiếp)."
    for d in find_dossier_counts(text):
        assert text[d.start:d.end] == d.text
        assert d.text.endswith("hồ sơ")


def test_defined_abbreviation():
    assert defined_abbreviations("giải quyết hồ sơ thủ tục hành chính (HSTT) cho dân") == {"HSTT"}
    assert defined_abbreviations("hồ sơ (TTHC)") == set()


def test_link_parts_without_statuses():
    text = "Sở tiếp nhận 900 hồ sơ (600 hồ sơ trực tuyến, 300 hồ sơ trực tiếp)."
    spans = [(d.start, d.end) for d in find_dossier_counts(text)]
    assert link_parts(text, spans) == [None, 0, 0]
    assert link_parts(text, []) == []


def test_count_of_zero_and_leading_zero():
    got = _counts("Không có hồ sơ trễ hạn; số hồ sơ quá hạn là 0, đã trả 01 hồ sơ cho dân.")
    assert got[0].status == "overdue"
    assert 1 in got


@pytest.mark.parametrize("text", [
    "1." * 50_000 + " hồ sơ",
    "9" * 100_000 + " hồ sơ",
    ("tiếp nhận 12 hồ sơ (" * 3_000) + ")" * 3_000,
    "hồ sơ " * 20_000 + "là 5",
    ("Bộ phận một cửa UBND " * 5_000) + "tiếp nhận 5 hồ sơ.",
])
def test_adversarial_input_stays_fast(text):
    started = time.process_time()
    find_dossier_counts(text, sentences=[])
    assert time.process_time() - started < 5.0


@pytest.mark.parametrize("text", [
    ("tiếp nhận 12 hồ sơ (" * 3_000) + ")" * 3_000,
    "Xã tiếp nhận 5 hồ sơ, trong đó: " + "trực tuyến 2 hồ sơ, " * 5_000 + "trực tiếp 3 hồ sơ.",
    "Sở giải quyết 9 hồ sơ (" + "trước hạn 1, " * 10_000 + ").",
])
def test_adversarial_long_sentences_with_real_sentence_split(text):
    from cchc_extract.segment import sentences

    sents = sentences(text)
    started = time.process_time()
    find_dossier_counts(text, sentences=sents)
    assert time.process_time() - started < 8.0


_PIECES = ["tiếp nhận", "giải quyết", "đúng hạn", "quá hạn", "trực tuyến", "hồ sơ", "HS", "(", ")", ",", ";", ".",
           ":", "trong đó", "Bộ phận một cửa", "UBND", "huyện", "2/3", "4.572/4.572", "79.094", "1,2 nghìn", "0",
           "trên", "số", "là", "%", "\n", "hồ sơ (HS)", "năm 2023", "tăng", "trở lên", "từ"]


def test_any_mix_of_pieces_gives_valid_spans():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.lists(st.sampled_from(_PIECES), max_size=40))
    def check(pieces):
        text = " ".join(pieces)
        counts = find_dossier_counts(text, sentences=None)
        for d in counts:
            assert text[d.start:d.end] == d.text
            assert d.count >= 0
        from cchc_extract.facts.checks import find_checks

        for c in find_checks(counts, text):
            assert 0 <= c.total < len(counts) and all(0 <= p < len(counts) for p in c.parts)

    check()


# ---------------------------------------------------------------- counts before the noun (the engine's rule)


@pytest.mark.parametrize("text, n", [
    ("Xã tiếp nhận 1.234 hồ sơ, giải quyết 1.200 hồ sơ và 34 hồ sơ quá hạn.", 3),
    ("Cổng nhận 1,5 triệu bộ hồ sơ; 4.572/4.572 hồ sơ đúng hạn; 2/3 hồ sơ trực tuyến.", 3),
    ("Tổng số 12\n/ 15 hồ sơ, 7 /\n8 HỒ SƠ, 9 lượt Hồ  sơ, 3 hồ\nsơ, năm 2023 UBND 5 hồ sơ.", 5),
    ("hồ sơ hồ sơ 12 hồ sơ12 hồ sơ 1.234.567 nghìn lượt hồ sơn 8 hồ sơ", 1),
    ("Không có con số nào trước hồ sơ ở đây, chỉ 15 ngày.", 0),
])
def test_counts_before_nouns_match_a_full_scan(text, n):
    """The rule `count_before_noun`, tried only at numbers its anchor and lead admit, then
    chosen left to right, finds what scanning the whole text with its pattern finds."""
    from cchc_extract.facts.dossiers import _BEFORE_NOUN_RE, REGISTRY
    from cchc_extract.facts.dossiers.candidate import _SpanSet
    from cchc_extract.facts.dossiers.rules import leftmost

    full = [m.span() for m in _BEFORE_NOUN_RE.finditer(text) if not m.group("abbr")]
    fast = [h.match.span() for h in leftmost([h for h in REGISTRY.find(text, _SpanSet(()))
                                              if h.rule == "count_before_noun"])]
    assert fast == full
    assert len(full) == n


def test_counts_before_nouns_keep_defined_abbreviations():
    text = "Hồ sơ (HS) được số hóa. Xã nhận 291 HS, 12 UBND, 40 hồ sơ."
    assert [d.text for d in find_dossier_counts(text)] == ["291 HS", "40 hồ sơ"]


def test_abbreviation_definitions_admit_every_blank_of_the_pattern():
    for b in ("", " ", "\u00a0", "\u2003", "\n"):
        text = f"Hồ sơ ({b}HS{b}) được số hóa."
        assert defined_abbreviations(text) == {"HS"}
    assert defined_abbreviations("Hồ sơ (hồ sơ điện tử) và 12 HS.") == set()


def test_backward_patterns_find_what_a_forward_search_finds():
    """_ID_BEFORE_RE and _CHANGE_RE are searched from the end (`(?r)`); the same
    pattern searched forwards must agree on every text."""
    import random

    import regex

    from cchc_extract.facts import dossiers as d

    pieces = ["năm", "Năm", "nhiệm", "kỳ", "giai", "đoạn", "mức", "độ", "điều", ":", " ", "  ", "\n", "/", "-",
              ".", "1", "a", "A", "tăng", "giảm", "thêm", "bớt", "Tăng", "đ", "\t", "mã", "số hiệu", "lần", "\u00a0"]
    rnd = random.Random(7)
    found = 0
    for pat in (d._ID_BEFORE_RE, d._CHANGE_RE):
        forward = regex.compile(pat.pattern.replace("(?ri)", "(?i)", 1))
        assert forward.pattern != pat.pattern
        for _ in range(10000):
            t = "".join(rnd.choice(pieces) + rnd.choice(["", " "]) for _ in range(rnd.randint(1, 8)))
            lo = rnd.randint(0, len(t))
            hi = rnd.randint(lo, len(t))
            assert bool(pat.search(t, lo, hi)) == bool(forward.search(t, lo, hi)), (t, lo, hi)
            found += bool(forward.search(t, lo, hi))
    assert found > 500  # the texts do hit both patterns


def test_the_count_lead_admits_every_scale_word_and_classifier():
    """The lead of `count_before_noun` (tried before its pattern at every number) must let
    through every scale word and classifier of the data: it allows _HEAD_WORDS words."""
    from cchc_extract.facts.dossiers import REGISTRY, _DATA
    from cchc_extract.numbers import SCALE_WORDS

    rule = REGISTRY["count_before_noun"]
    for scale in ["", *SCALE_WORDS]:
        for classifier in ["", *_DATA["dossier_noun"]["classifiers"]]:
            text = " ".join(w for w in ("12", scale, classifier, "Hồ sơ") if w)
            assert rule.compiled.match(text), text
            assert rule.lead(text), text

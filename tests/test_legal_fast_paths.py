"""The shortcuts facts/legal/ takes for speed give the same answers as the slow way,
and its anchors come from the data they anchor (no prefilter kept by hand: the
scans of type words, abbreviations, standards and plural anaphors are the rule
engine's, see tests/test_legal_oracle.py; the former look-ahead prechecks of
titles, periods and issuers before a mention are gone)."""

from __future__ import annotations

import regex

from cchc_extract.facts.legal import rules, vocab

SAMPLE = (
    "Theo Kế hoạch số 12/KH-UBND ngày 3/2/2023 của UBND tỉnh về cải cách hành chính giai đoạn 2021-2025, "
    "các quyết định của Thủ tướng Chính phủ; NQ 03, QĐ số 45, TCVN ISO 9001:2015, ISO 9001, CTr số 7.\n"
    "Sở Kế hoạch và Đầu tư đã ban hành \nNghị quyết chuyên đề về “Chuyển đổi số”, Luật Đất đai 2013, "
    "pháp luật, kỷ luật, Đề án 06 và Chương trình hành động số 5-CTr/TU; CỦA, Của, VỀ việc, kế hoạch - tài chính."
)


def _flat_words_re(words, *, ignore_case: bool = True) -> str:
    """The plain alternation _words_re groups by first letter."""
    parts = sorted(set(words), key=len, reverse=True)
    body = "|".join(regex.escape(w).replace(r"\ ", vocab._S1) for w in parts)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def test_words_grouped_by_first_letter_match_like_the_flat_alternation():
    lists = [vocab._TITLE_STOPS, vocab._TITLED["generic_heads"], list(vocab._WORD_TO_TYPE), vocab._TITLED["body_words"],
             ["c", "củ", "của", "Của", "cho", "b"]]
    for words in lists:
        for ignore_case in (True, False):
            grouped = regex.compile(vocab._words_re(words, ignore_case=ignore_case) + vocab._NOT_WORD_AFTER)
            flat = regex.compile(_flat_words_re(words, ignore_case=ignore_case) + vocab._NOT_WORD_AFTER)
            text = SAMPLE + " " + " ".join(words) + " " + " ".join(w.upper() for w in words)
            for i in range(len(text)):
                a, b = grouped.match(text, i), flat.match(text, i)
                assert (a and a.span()) == (b and b.span()), (words[:3], i, text[i:i + 20])


# --- anchors derived from the data they anchor (the engine scans for them) -----

def test_a_new_standard_prefix_reaches_the_anchor_and_the_pattern():
    """The issue's silent failure: `QCVN` added to the anchor pattern matched
    `QCVN 7957:2008`, but the hand-kept head scan (_CASED_HEAD) was not updated,
    so nothing was found and the tests stayed green.  Now the rule's marks and
    its pattern come from one list of prefixes: adding QCVN to it is enough."""
    from cchc_extract.engine import Registry

    text = "Công trình phải đạt QCVN 7957:2008 về thoát nước."
    today = Registry("today", [rules.standard_rule(vocab._STANDARDS["national"], vocab._STANDARDS["international"])])
    assert today.find(text) == []   # QCVN is not a prefix in patterns/legal.yaml (yet)
    national = [*vocab._STANDARDS["national"], "QCVN"]
    registry = Registry("qcvn", [rules.standard_rule(national, vocab._STANDARDS["international"])])
    found = registry.find(text)
    assert [(text[m.start:m.end], m.type_name, m.rule) for m in found] == [("QCVN 7957:2008", "QCVN", "standard")]
    assert [repr(m) for m in found] == [repr(m) for m in registry.find_everywhere(text)]


def test_a_type_word_glued_to_the_word_before_is_an_anchor():
    """A lost space (`ĐảngNghị quyết`, `xây dựngđề án`): the engine's glued
    words find these, as the old whole-text scan did."""
    from cchc_extract.facts.legal import find_legal_documents

    docs = find_legal_documents("Sự lãnh đạo của ĐảngNghị quyết số 09-NQ/TU được quán triệt.")
    assert [(d.code, d.mentions[0].text) for d in docs] == [("09-NQ/TU", "Nghị quyết số 09-NQ/TU")]
    assert find_legal_documents("Công tác ĐảngNghị luận số 09.") == []


def test_each_mention_knows_its_rule():
    from cchc_extract.facts.legal import find_legal_mentions

    text = ("Theo Quyết định số 12/QĐ-UBND, Luật Đất đai 2013, Nghị quyết Đại hội XIII, NQ số 03, "
            "TCVN ISO 9001:2015 và Đề án phát triển du lịch giai đoạn 2021-2025.")
    assert [(text[m.start:m.end], m.rule) for m in find_legal_mentions(text)] == [
        ("Quyết định số 12/QĐ-UBND", "numbered"), ("Luật Đất đai 2013", "named_law"),
        ("Nghị quyết Đại hội XIII", "congress"), ("NQ số 03", "numbered_abbreviation"),
        ("TCVN ISO 9001:2015", "standard"), ("Đề án phát triển du lịch giai đoạn 2021-2025", "titled")]


def test_dotted_capital_i_does_not_change_how_type_words_are_found():
    """`İ` lower-cases to two characters; the scan used to switch to a twin that
    bounded spaces differently, so a mention found in one article was lost
    in the same article holding `İ` anywhere."""
    from cchc_extract.facts.legal import find_legal_documents

    text = "Nghị         quyết số 12/NQ-HĐND được thông qua."
    plain = [m.text for d in find_legal_documents(text) for m in d.mentions]
    dotted = [m.text for d in find_legal_documents(text + " Đoàn khách từ İzmir tới thăm.") for m in d.mentions]
    assert plain == dotted == ["Nghị         quyết số 12/NQ-HĐND"]
    # offsets stay exact after the İ
    text2 = "Đoàn İzmir. Theo Nghị quyết số 03 ngày 29/4/2021 của HĐND tỉnh."
    doc = find_legal_documents(text2)[0]
    assert text2[doc.mentions[0].start:doc.mentions[0].end] == doc.mentions[0].text == "Nghị quyết số 03"
    assert doc.issued_date == "2021-04-29"


def test_an_impossible_issue_date_is_no_issue_date():
    """The dates stage refuses 31/2/2023; the issue date of a document is read
    with the same calendar check (cchc_extract.dateparts)."""
    from cchc_extract.facts.legal import find_legal_documents

    bad = find_legal_documents("Quyết định số 12/QĐ-UBND ngày 31/2/2023 của UBND tỉnh.")[0]
    good = find_legal_documents("Quyết định số 12/QĐ-UBND ngày 28/2/2023 của UBND tỉnh.")[0]
    assert bad.issued_date is None and good.issued_date == "2023-02-28"
    leap = find_legal_documents("Quyết định số 5/QĐ-UBND ngày 29/2/2024.")[0]
    assert leap.issued_date == "2024-02-29"

"""Unnumbered documents identified by their title, subject, period or name (`Đề án ... giai đoạn 2021-2025`)."""

from __future__ import annotations

import regex

from .vocab import _NOT_WORD_AFTER, _S1, _TITLED_RULES, _VERB_LIKE, _at
from .grammar_titles import (
    _ANAPHORIC_SUBJECT,
    _GENERIC_BEFORE, _GENERIC_HEAD, _GENERIC_LIST_BEFORE, _HEAD_AT, _INDEFINITE_BEFORE, _ISSUING_BEFORE,
    _JOINER_WORD, _KIND_BEFORE_SUBJECT, _KIND_WORD, _NAME_HEAD, _NAME_STOP_RE, _OF_BODIES_THEN_TIME, _OF_BODY,
    _OF_ISSUER_ABOUT, _PERIOD_ANCHOR, _PERIOD_STOP_RE, _PHRASE_STOP_RE, _QUOTED, _REPORT_CLOSE, _REPORT_HEAD,
    _REPORT_TIME, _SUBJECT_BEFORE, _TITLE_STOP_RE, _TYPE_AT, _VE, _WORD, _holds_span, _quote_is_title,
)
from .mention import _Mention, _fold, _norm, _sentence_start
from .resolve import _read_phrase, _read_subject
from .find_objects import each_their_own, issued_later


#: Inside a name read after a type word: a verb of setting out a plan (the name was its maker).
_SETS_OUT = regex.compile(r"(?<![\p{L}\d])(?:đề|đặt|vạch|đưa)" + _S1 + r"ra" + _NOT_WORD_AFTER)
#: After a programme's fixed name: its subject, its issuer or what it carries out.
_NAME_GOES_ON = regex.compile(_S1 + r"(?i:về|của|để|nhằm|thực" + _S1 + r"hiện|triển" + _S1 + r"khai)" + _NOT_WORD_AFTER)


def _titled(text: str, a, doc_type: str, type_name: str) -> _Mention | None:
    rules = _TITLED_RULES.get(_fold(a.group("word") or type_name)) or _TITLED_RULES.get(doc_type)
    if not rules:
        return None
    m = _read_titled(text, a, doc_type, type_name, rules)
    # A generic determiner before the type word (các kế hoạch; nhiều văn bản,
    # Chỉ thị về ...) rules the mention out.  It is tested only once a mention
    # is read, since most type words read none (the reading has no side effects).
    if m is not None and (_GENERIC_BEFORE.search(text[max(0, a.start() - 20):a.start()])
                          or _GENERIC_LIST_BEFORE.search(text, max(0, a.start() - 40), a.start())):
        return None
    return m


def _read_titled(text: str, a, doc_type: str, type_name: str, rules) -> _Mention | None:
    """The unnumbered document that ``_titled`` reads at anchor ``a``, by ``rules``."""
    pos = a.end()
    capital = type_name[0].isupper() and not type_name.isupper() or type_name.isupper()
    before = text[max(0, a.start() - 20):a.start()]

    def indefinite() -> bool:  # a regex search, so made only where a rule asks
        return bool(_INDEFINITE_BEFORE.search(before))

    def make(end, title):
        m = _Mention(start=a.start(), end=end, doc_type=doc_type, type_name=type_name, title=title,
                     key=("title", _norm(title)))
        m.tail = end
        return m

    o = _at(_OF_ISSUER_ABOUT, text, pos) if "issuer_subject" in rules and capital else None
    if o:
        # Nghị quyết của Đảng ủy xã về ... giai đoạn 2021-2025: the body that
        # issued it, then its subject; the span of years makes it one document
        # (not `Nghị quyết của Đảng về công tác cán bộ`, resolutions in general)
        end, words, anchors = _read_phrase(text, o.end() - 1, _TITLE_STOP_RE, max_words=30)
        if words and any(not plain for _, plain in anchors):
            m = make(end, text[words[0][0]:end])
            m.issuer = o.group("iss").strip()
            return m
    k = _at(_KIND_BEFORE_SUBJECT, text, pos)
    if k:  # Nghị quyết chuyên đề về ...: the kind word stays in type_name
        type_name = text[a.start():k.end("kind")]
        pos = k.end("kind")
    q = _at(_QUOTED, text, pos)
    if q and ("quoted" in rules or "quoted_period" in rules and _holds_span(q.group("t"))) \
            and (q.group("lead").strip() or q.start("q") - pos <= 1) \
            and _quote_is_title(q.group("t"), verb=doc_type in _VERB_LIKE and not type_name[0].isupper(),
                                verb_titles="quoted_after_verb" in rules):
        return make(q.end(), q.group("t").strip())
    v = _at(_VE, text, pos)
    if v and "subject" in rules:
        if _at(_ANAPHORIC_SUBJECT, text, v.end()):
            return None  # ban hành Nghị quyết về vấn đề này: a document called for, not named
        end, words, anchors = _read_phrase(text, v.end() - 1, _TITLE_STOP_RE, max_words=30)
        if words and (capital or any(not plain for _, plain in anchors)):
            return make(end, text[words[0][0]:end])
        return None
    mixed_case = type_name[0].isupper() and not type_name.isupper()
    if not mixed_case and not rules & {"period", "span_period", "name", "head_name"}:
        return None  # the rules below need a capitalised type word, or a period or name rule
    w = _at(_WORD, text, pos)
    if not w:
        return None
    if rules & {"period", "span_period"} and not _at(_GENERIC_HEAD, text, w.start("w")):
        end, words, anchors = _read_phrase(text, pos, _PERIOD_STOP_RE, max_words=16)
        # a plain year (năm 2017) dates an event as well as a plan: `span_period`
        # types need the span a plan covers (giai đoạn 2021-2025, đến năm 2030)
        plain_ok = capital and "period" in rules
        usable = [(e, plain) for e, plain in anchors if not plain or plain_ok]
        if usable and words and words[0][1] < usable[-1][0] and not _at(_PERIOD_ANCHOR, text, pos):
            end = usable[-1][0]
            return make(end, text[words[0][0]:end])
    head = _at(_NAME_HEAD, text, pos) if "head_name" in rules else None
    if head:
        # fixed names written in small letters: Chương trình tổng thể ..., mục tiêu quốc gia ...
        end, words, anchors = _read_phrase(text, pos, _PERIOD_STOP_RE, max_words=14)
        if anchors:
            end = anchors[-1][0]
        if end <= head.end():
            # the head alone (vốn Chương trình mục tiêu quốc gia là ...) is the kind, every
            # such programme, or a repeat of one already named; a subject after `về`, the body
            # after `của` or the span it covers names one (... quốc gia về giảm nghèo bền vững,
            # ... tổng thể của Chính phủ giai đoạn 2021-2030: the mention stays the name, so
            # two wordings of the subject still join)
            m = make(end, text[words[0][0]:end])
            m.needs_antecedent = not (_at(_NAME_GOES_ON, text, head.end()) or _at(_PERIOD_ANCHOR, text, head.end()))
            return m
        return make(end, text[words[0][0]:end])
    first_upper = text[w.start("w")].isupper()
    if "name" in rules and first_upper and not _at(_HEAD_AT, text, w.start("w")) \
            and not _at(_TYPE_AT, text, pos) and not w.group("w").isupper() \
            and not (doc_type in _VERB_LIKE and (not mixed_case or _sentence_start(text, a.start())
                                                 or "report" in rules and _at(_REPORT_HEAD, text, w.start("w")))):
        # a verb-like word before a name is the verb and its object when written
        # small or opening a sentence (báo cáo Thường trực HĐND = report to ...;
        # Báo cáo Tổng cục ...); a report title opening with a report word is
        # read by the report rule below
        end, words, _ = _read_phrase(text, pos, _NAME_STOP_RE, max_words=10)
        if not words and doc_type in _VERB_LIKE:
            # a capitalised first word is a name's, even when its small form is a
            # function word (Báo cáo Chỉ số ...: chỉ = only)
            end, words, _ = _read_phrase(text, w.end(), _NAME_STOP_RE, max_words=9)
            words = [w.span("w")] + words
            end = max(end, w.end())
        if words and _SETS_OUT.search(text, words[0][0], end + 4):
            return None  # kế hoạch Mourinho đề ra: a person and the verb of making the plan
        if words:
            return make(end, text[words[0][0]:end])
    opening = _sentence_start(text, a.start())
    phrase_rule = mixed_case and not first_upper and not w.group("w")[0].isdigit() and ("verb_phrase" in rules or (
        "issued_phrase" in rules and _ISSUING_BEFORE.search(text, max(0, a.start() - 40), a.start())))
    if phrase_rule and not indefinite() and not each_their_own(text, a.start()) \
            and not _at(_PHRASE_STOP_RE, text, w.start("w")) and not _at(_GENERIC_HEAD, text, w.start("w")) \
            and (opening or not _SUBJECT_BEFORE.search(text, max(0, a.start() - 30), a.start())):
        # the type word as an object (... thông qua Đề án sắp xếp ...), not the
        # subject of a clause (Theo đó, Nghị quyết tập trung vào ...)
        end, words = _read_subject(text, pos, stops=_PHRASE_STOP_RE, max_words=12, stop_at_types=True,
                                   list_of_verbs=True)
        only_kind = _at(_KIND_WORD, text, words[0][0]) if words else None
        if len(words) >= 2 and not (only_kind and only_kind.end() >= end):
            later = issued_later(text, end)
            if later is not None:
                # ... sắp xếp lại hệ thống (ĐVSNCL) sẽ được trình: a plan submitted is one plan
                end = later
            m = make(end, text[words[0][0]:end])
            # opening a sentence it is the subject: only a repeat of a plan already named
            m.needs_antecedent = opening and later is None
            return m
    if "report" in rules and mixed_case and not indefinite() and _at(_REPORT_HEAD, text, w.start("w")):
        # Báo cáo tình hình kinh tế - xã hội 11 tháng năm 2024: a report is
        # named by what it reports on and the time it covers.  At a sentence
        # start `Báo cáo kết quả năm 2023, ông A cho biết` is the verb, so
        # there the title must close the clause (an agenda item) or be followed
        # by the passive `do ... trình bày`, `được ...`.
        end, words = _read_subject(text, pos, stops=_TITLE_STOP_RE, max_words=30, stop_at_types=True)
        of = _OF_BODY.search(text, pos, end)
        if of:  # ... năm 2022 của UBND huyện: the issuer, read after the mention
            end = of.start()
            words = [x for x in words if x[1] <= end]
            later = _at(_OF_BODIES_THEN_TIME, text, end)
            if later and words and not _REPORT_TIME.search(text, words[0][0], end):
                # ... điều hành của Chính phủ, Thủ tướng của 6 tháng đầu năm 2024: the
                # time comes after the bodies reported on, and the title runs through it
                end = later.end()
                words.append((later.start("time"), end))
        last = None
        for last in _REPORT_TIME.finditer(text, words[0][0] if words else pos, end):
            pass
        if last is not None:  # the title ends with the time it covers
            end = last.end()
            words = [x for x in words if x[0] < end]
        # or it reports on a document named right after (Báo cáo thẩm tra dự thảo Luật ...)
        about = last is None and words and _at(_TYPE_AT, text, end)
        if about and len(words) > 2 and _at(_JOINER_WORD, text, words[-1][0]):
            words = words[:-1]  # ... tác động môi trường của | Dự án ...: the joiner is not the title's
            end = words[-1][1]
        if (last is not None or about) and len(words) >= 2 \
                and (not _sentence_start(text, a.start()) or _at(_REPORT_CLOSE, text, end)):
            return make(end, text[words[0][0]:end])
    return None

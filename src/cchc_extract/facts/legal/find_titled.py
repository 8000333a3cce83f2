"""Unnumbered documents identified by their title, subject, period or name (`Đề án ... giai đoạn 2021-2025`)."""

from __future__ import annotations

import regex

from .vocab import _NOT_WORD_AFTER, _S1, _TITLED_RULES, _VERB_LIKE, _at
from .grammar_titles import (
    _ANAPHORIC_SUBJECT,
    _GENERIC_BEFORE, _GENERIC_HEAD, _GENERIC_LIST_BEFORE, _HEAD_AT, _INDEFINITE_BEFORE, _ISSUING_BEFORE,
    _JOINER_WORD, _KIND_BEFORE_SUBJECT, _KIND_WORD, _NAME_HEAD, _NAME_STOP_RE, _OF_BODIES_THEN_TIME, _OF_BODY,
    _OF_ISSUER_ABOUT, _PERIOD_ANCHOR, _PERIOD_STOP_RE, _PHRASE_STOP_RE, _QUOTED, _REPORT_CLOSE, _REPORT_HEAD,
    _REPORT_TIME, _SUBJECT_BEFORE, _TITLE_STOP_RE, _TYPE_AT, _TYPE_WORD_AT, _VE, _WORD, _holds_span, _quote_is_title,
)
from .mention import _Mention, _fold, _norm, _sentence_start
from .resolve import _read_phrase, _read_subject
from .find_objects import _HORIZON, each_their_own, issued_later


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


class _Site:
    """One type word being read: the text, the anchor and what the readers share."""

    __slots__ = ("text", "a", "pos", "doc_type", "type_name", "rules", "capital", "mixed_case", "w")

    def __init__(self, text: str, a, doc_type: str, type_name: str, rules) -> None:
        self.text, self.a, self.pos, self.doc_type, self.rules = text, a, a.end(), doc_type, rules
        self.type_name = type_name
        self.capital = type_name[0].isupper() and not type_name.isupper() or type_name.isupper()
        self.mixed_case = False
        self.w = None

    def make(self, end: int, title: str) -> _Mention:
        j = _JOINER_AT_END.search(title)
        if j and j.start() > 0:  # ... của các tổ chức tín dụng và | dự án Luật ...: the joiner opens the next item
            title, end = title[:j.start()], end - (len(title) - j.start())
        h = _at(_HORIZON, self.text, end) if _holds_span(title) else None
        if h:  # ... giai đoạn 2021-2025, định hướng đến năm 2030: the horizon is part of the name
            title, end = title + self.text[end:h.end()], h.end()
        m = _Mention(start=self.a.start(), end=end, doc_type=self.doc_type, type_name=self.type_name,
                     title=title, key=("title", _norm(title)))
        m.tail = end
        return m

    def indefinite(self) -> bool:  # a regex search, so made only where a reader asks
        return bool(_INDEFINITE_BEFORE.search(self.text[max(0, self.a.start() - 20):self.a.start()]))


#: A joiner left at a title's end, where a reader stopped before the next item of a list.
_JOINER_AT_END = regex.compile(r"(?<![ \t\xa0])[ \t\xa0]++(?:và|hoặc|cùng)\Z")  # (from a run's start: linear)
#: Where a subject closes: punctuation other than a comma, a line end or the text's end, or
#: the predicate of the sentence it is the subject of (`... đã được thông qua`), not a
#: purpose (`để`, `nhằm`), which follows a verb phrase as well.
_CLAUSE_CLOSE = regex.compile(
    r"[ \t\xa0]*+(?:[;.:!?…()\n“”\"]|\Z)"
    r"|[ \t\xa0]++(?:đã|được|sẽ|đang|vừa|cũng|là|có" + _S1 + r"hiệu" + _S1 + r"lực)" + _NOT_WORD_AFTER)

#: A reader's answer that rules the mention out: no later reader is tried.
_STOP = object()


def _issuer_then_subject(s: _Site):
    """Nghị quyết của Đảng ủy xã về ... giai đoạn 2021-2025: the body that issued
    it, then its subject; the span of years makes it one document (not `Nghị
    quyết của Đảng về công tác cán bộ`, resolutions in general)."""
    o = _at(_OF_ISSUER_ABOUT, s.text, s.pos) if "issuer_subject" in s.rules and s.capital else None
    if not o:
        return None
    end, words, anchors = _read_phrase(s.text, o.end() - 1, _TITLE_STOP_RE, max_words=30)
    if words and any(not plain for _, plain in anchors):
        m = s.make(end, s.text[words[0][0]:end])
        m.issuer = o.group("iss").strip()
        return m
    return None


def _kind_before_subject(s: _Site) -> None:
    """Nghị quyết chuyên đề về ...: the kind word stays in type_name."""
    k = _at(_KIND_BEFORE_SUBJECT, s.text, s.pos)
    if k:
        s.type_name = s.text[s.a.start():k.end("kind")]
        s.pos = k.end("kind")


def _quoted_title(s: _Site):
    """A title in quotes right after the type word (or after a short lead)."""
    text, rules = s.text, s.rules
    q = _at(_QUOTED, text, s.pos)
    if q and ("quoted" in rules or "quoted_period" in rules and _holds_span(q.group("t"))) \
            and (q.group("lead").strip() or q.start("q") - s.pos <= 1) \
            and _quote_is_title(q.group("t"), verb=s.doc_type in _VERB_LIKE and not s.type_name[0].isupper(),
                                verb_titles="quoted_after_verb" in rules):
        return s.make(q.end(), q.group("t").strip())
    return None


def _subject(s: _Site):
    """Kế hoạch về ...: named by its subject (not `về vấn đề này`, a document called for)."""
    v = _at(_VE, s.text, s.pos)
    if not (v and "subject" in s.rules):
        return None
    if _at(_ANAPHORIC_SUBJECT, s.text, v.end()):
        return _STOP
    end, words, anchors = _read_phrase(s.text, v.end() - 1, _TITLE_STOP_RE, max_words=30)
    if words and (s.capital or any(not plain for _, plain in anchors)):
        # over a comma into a list of small words, as the subject of a numbered one
        # (Nghị quyết về xây dựng, chỉnh đốn Đảng), where the list closes the clause
        # (not `về chất vấn, làm cơ sở để ...`: a new clause after the comma)
        more = _read_subject(s.text, v.end() - 1, stop_at_types=True)[0]
        if more > end and _at(_CLAUSE_CLOSE, s.text, more):
            end = more
        kind = _at(_TYPE_WORD_AT, s.text, words[0][0])
        q = _at(_QUOTED, s.text, end) if kind and kind.end() >= end else None
        if q and not q.group("lead").strip():
            end = q.end()  # Nghị quyết về Đề án “...”: the subject is the scheme its quoted title names
        return s.make(end, s.text[words[0][0]:end])
    return _STOP


def _first_word(s: _Site):
    """The readers below need a capitalised type word, or a period or name rule, and a word after it."""
    s.mixed_case = s.type_name[0].isupper() and not s.type_name.isupper()
    if not s.mixed_case and not s.rules & {"period", "span_period", "name", "head_name"}:
        return _STOP
    s.w = _at(_WORD, s.text, s.pos)
    return None if s.w else _STOP


def _period(s: _Site):
    """Named by the span it covers: a plain year (năm 2017) dates an event as well
    as a plan, so `span_period` types need a span (giai đoạn 2021-2025, đến năm 2030)."""
    text, pos = s.text, s.pos
    if not (s.rules & {"period", "span_period"}) or _at(_GENERIC_HEAD, text, s.w.start("w")):
        return None
    end, words, anchors = _read_phrase(text, pos, _PERIOD_STOP_RE, max_words=16)
    plain_ok = s.capital and "period" in s.rules
    usable = [(e, plain) for e, plain in anchors if not plain or plain_ok]
    if usable and words and words[0][1] < usable[-1][0] and not _at(_PERIOD_ANCHOR, text, pos):
        end = usable[-1][0]
        return s.make(end, text[words[0][0]:end])
    return None


def _head_name(s: _Site):
    """Fixed names written in small letters: Chương trình tổng thể ..., mục tiêu quốc gia ..."""
    head = _at(_NAME_HEAD, s.text, s.pos) if "head_name" in s.rules else None
    if not head:
        return None
    end, words, anchors = _read_phrase(s.text, s.pos, _PERIOD_STOP_RE, max_words=14)
    if anchors:
        end = anchors[-1][0]
    m = s.make(end, s.text[words[0][0]:end])
    if end <= head.end():
        # the head alone (vốn Chương trình mục tiêu quốc gia là ...) is the kind, every
        # such programme, or a repeat of one already named; a subject after `về`, the body
        # after `của` or the span it covers names one (... quốc gia về giảm nghèo bền vững,
        # ... tổng thể của Chính phủ giai đoạn 2021-2030: the mention stays the name, so
        # two wordings of the subject still join)
        m.needs_antecedent = not (_at(_NAME_GOES_ON, s.text, head.end()) or _at(_PERIOD_ANCHOR, s.text, head.end()))
    return m


def _name(s: _Site):
    """A capitalised name after the type word (Chương trình Nông thôn mới)."""
    text, pos, w, doc_type = s.text, s.pos, s.w, s.doc_type
    if not ("name" in s.rules and text[w.start("w")].isupper() and not _at(_HEAD_AT, text, w.start("w"))
            and not _at(_TYPE_AT, text, pos) and not w.group("w").isupper()):
        return None
    if doc_type in _VERB_LIKE and (not s.mixed_case or _sentence_start(text, s.a.start())
                                   or "report" in s.rules and _at(_REPORT_HEAD, text, w.start("w"))):
        # a verb-like word before a name is the verb and its object when written
        # small or opening a sentence (báo cáo Thường trực HĐND = report to ...;
        # Báo cáo Tổng cục ...); a report title opening with a report word is
        # read by the report reader below
        return None
    end, words, _ = _read_phrase(text, pos, _NAME_STOP_RE, max_words=10)
    if not words and doc_type in _VERB_LIKE:
        # a capitalised first word is a name's, even when its small form is a
        # function word (Báo cáo Chỉ số ...: chỉ = only)
        end, words, _ = _read_phrase(text, w.end(), _NAME_STOP_RE, max_words=9)
        words = [w.span("w")] + words
        end = max(end, w.end())
    if words and _SETS_OUT.search(text, words[0][0], end + 4):
        return _STOP  # kế hoạch Mourinho đề ra: a person and the verb of making the plan
    return s.make(end, text[words[0][0]:end]) if words else None


def _verb_phrase(s: _Site):
    """The type word as an object (... thông qua Đề án sắp xếp ...), not the
    subject of a clause (Theo đó, Nghị quyết tập trung vào ...)."""
    text, a, w, rules = s.text, s.a, s.w, s.rules
    if not (s.mixed_case and not text[w.start("w")].isupper() and not w.group("w")[0].isdigit()
            and ("verb_phrase" in rules or "issued_phrase" in rules
                 and _ISSUING_BEFORE.search(text, max(0, a.start() - 40), a.start()))):
        return None
    opening = _sentence_start(text, a.start())
    if s.indefinite() or each_their_own(text, a.start()) \
            or _at(_PHRASE_STOP_RE, text, w.start("w")) or _at(_GENERIC_HEAD, text, w.start("w")) \
            or not opening and _SUBJECT_BEFORE.search(text, max(0, a.start() - 30), a.start()):
        return None
    end, words = _read_subject(text, s.pos, stops=_PHRASE_STOP_RE, max_words=12, stop_at_types=True,
                               list_of_verbs=True)
    only_kind = _at(_KIND_WORD, text, words[0][0]) if words else None
    if len(words) < 2 or only_kind and only_kind.end() >= end:
        return None
    later = issued_later(text, end)
    if later is not None:
        # ... sắp xếp lại hệ thống (ĐVSNCL) sẽ được trình: a plan submitted is one plan
        end = later
    m = s.make(end, text[words[0][0]:end])
    # opening a sentence it is the subject: only a repeat of a plan already named
    m.needs_antecedent = opening and later is None
    return m


def _report_title(s: _Site):
    """Báo cáo tình hình kinh tế - xã hội 11 tháng năm 2024: a report is named by
    what it reports on and the time it covers.  At a sentence start `Báo cáo kết
    quả năm 2023, ông A cho biết` is the verb, so there the title must close the
    clause (an agenda item) or be followed by the passive `do ... trình bày`, `được ...`."""
    text, pos, w = s.text, s.pos, s.w
    if not ("report" in s.rules and s.mixed_case and not s.indefinite() and _at(_REPORT_HEAD, text, w.start("w"))):
        return None
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
            and (not _sentence_start(text, s.a.start()) or _at(_REPORT_CLOSE, text, end)):
        return s.make(end, text[words[0][0]:end])
    return None


#: The readers of an unnumbered document, in order: the first that reads a
#: mention (or rules it out with ``_STOP``) decides; one that returns None
#: passes to the next.  ``_kind_before_subject`` and ``_first_word`` read
#: nothing themselves: they move the position past a kind word, and find the
#: first word the later readers look at.
_READERS = (_issuer_then_subject, _kind_before_subject, _quoted_title, _subject, _first_word,
            _period, _head_name, _name, _verb_phrase, _report_title)


def _read_titled(text: str, a, doc_type: str, type_name: str, rules) -> _Mention | None:
    """The unnumbered document that ``_titled`` reads at anchor ``a``, by ``rules``."""
    site = _Site(text, a, doc_type, type_name, rules)
    for reader in _READERS:
        m = reader(site)
        if m is not None:
            return None if m is _STOP else m
    return None

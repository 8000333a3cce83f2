"""Around a mention: its issue date, year, issuer and title, read after it (:func:`_read_tail`)
and in the clause that issues it (:func:`_read_before`)."""

from __future__ import annotations

from functools import lru_cache

import regex

from ...gazetteers import orgs, places, units
from ...patterndata import entries
from .vocab import _DATA, _ISSUER, _S0, _S1, _WORD_TO_TYPE, _at, _words_re
from .grammar import (
    _COMMA, _DATE_AFTER, _DATE_BEFORE, _DATE_IN_BEFORE, _DATE_ISSUED, _DATE_WORD_AFTER, _ISSUER_BARE, _ISSUER_BEFORE, _ISSUER_BY, _ISSUER_IN,
    _ISSUER_OF, _KHOA_PAREN, _NUMREF, _NUM_BAD_AFTER, _PASSIVE, _SUBJECT_VERB, _YEAR_AFTER, _YEAR_BEFORE,
)
from .grammar_titles import (
    _CLAUSE_SUBJECT, _HEAD_AT, _LAW_NOT_BEFORE, _NAME_STOP_RE, _QUOTED, _STEP_FOR_STOPS, _TITLE_COMMA,
    _TITLE_STOP_RE, _TITLE_VERB, _TYPE_WORD_AT, _VE, _WORD,
)
from .mention import _Mention, _code_issuer
from .issue_dates import IssueDays


# ------------------------------------------------------------------ reading around a mention


def _probe(step, end: int) -> int:
    """Where _WORD would match the word of a phrase step read from ``end``:
    the space before it after a dash connector, else ``end``."""
    return step.start("w") - 1 if step.group("dash") else end


def _read_phrase(text: str, pos: int, stops, *, max_words: int, stop_at_types: bool = True):
    """Words from ``pos`` up to a stop word, punctuation or another document type.

    Returns ``(end, words, anchors)``: where the phrase ends, the
    ``(start, end)`` of each word and the ends of period anchors met
    (``giai đoạn 2021-2025``, ``đến năm 2030``, ``năm 2024``).
    """
    words: list[tuple[int, int]] = []
    anchors: list[tuple[int, bool]] = []
    end = pos
    step_re = _STEP_FOR_STOPS[stops]
    while len(words) < max_words:
        if words and _next_document_at(text, end):
            break  # ... và Công văn số 12: the next document of a list, not more of this title
        step = _at(step_re, text, end)
        if not step:
            paren = _at(_PAREN_ABBREVIATION, text, end) if words else None
            if paren:  # nuôi trồng thủy sản (NTTS) thời kỳ ...: the short name goes on with the title
                words.append((paren.start("p"), paren.end()))
                end = paren.end()
                continue
            break  # no word, or a stop word
        if step.group("period"):
            anchors.append((step.end(), bool(step.group("plainyear"))))
            words.append((step.start("period"), step.end()))
            end = step.end()
            continue
        ws, we = step.span("w")
        # a type word at the word itself: what _TYPE_AT finds from the spaces
        # before it, as both read the spaces alike
        if stop_at_types and words and _at(_TYPE_WORD_AT, text, ws) \
                and not (step.group("w").casefold() == "luật" and _LAW_NOT_BEFORE.search(
                    text, max(0, _probe(step, end) - 30), _probe(step, end) + 1)):
            break  # another document starts (but kỷ luật, pháp luật are words)
        if stops is _NAME_STOP_RE and words and text[ws].isupper() and _at(_HEAD_AT, text, ws):
            break
        if text[ws].isdigit():
            n = _at(_NUMREF, text, ws)
            if n and n.group("code"):  # ... bổ sung Nghị định 61/2018/NĐ-CP: the whole code
                words.append((ws, n.end()))
                end = n.end()
                continue
            if _at(_NUM_BAD_AFTER, text, we):
                break  # a figure (100%, 1,5) starts a new clause
        words.append((ws, we))
        end = we
    return end, words, anchors


#: `và` (maybe with a verb) before a numbered document: the next item of a list
#: (... về X và Công văn số 12; ... về Y và thực hiện Chỉ thị 05).
_NEXT_DOCUMENT = regex.compile(
    _S1 + r"(?:và|hoặc)(?:" + _S1 + r"\p{Ll}++){0,2}?" + _S1 + _words_re(_WORD_TO_TYPE) + r"(?:" + _S1
    + r"(?i:số))?" + _S0 + r":?" + _S0 + r"\d"
)
#: A short name in brackets inside a title, before more of it: `(NTTS)`.
_PAREN_ABBREVIATION = regex.compile(_S0 + r"(?P<p>\(\p{Lu}[\p{Lu}\d&\-]{1,11}+\))(?=" + _S1 + r"\p{Ll})")


#: A type word with its subject or number: another document (`quy định về ...`, `Thông tư số 5`).
_OTHER_DOCUMENT_AFTER = regex.compile(
    _words_re(_WORD_TO_TYPE) + _S1 + r"(?:(?i:về|số)(?![\p{L}\d])|\d)")

#: `của` opens whose document it is, never its subject.
_OF_WORD = regex.compile(r"(?i:của)(?![\p{L}\d])")
#: `và`, `hoặc` go on with a list (`... của Chính phủ và Khoản 4 Điều 11 ...`), never open a subject.
_AND_WORD = regex.compile(r"(?i:và|hoặc)(?![\p{L}\d])")


def _next_document_at(text: str, pos: int) -> bool:
    """Whether a list goes on at ``pos`` with another numbered document."""
    return _at(_NEXT_DOCUMENT, text, pos) is not None


def _read_title(text: str, pos: int) -> tuple[str | None, int]:
    """A quoted title or a subject after ``về`` starting at ``pos``."""
    q = _at(_QUOTED, text, pos)
    if q and (q.group("lead").strip() or q.start("q") == pos or text[pos:q.start("q")].strip() == ""):
        return q.group("t").strip(), q.end()
    v = _at(_VE, text, pos)
    if v:
        q = _at(_QUOTED, text, v.end() - 1) if v.end() > 0 else None
        if q and q.start("q") - v.end() <= 1:
            return q.group("t").strip(), q.end()
        end, words = _read_subject(text, v.end() - 1)
        if words:
            return text[words[0][0]:end], end
    return None, pos


def _read_subject(text: str, pos: int, *, stops=None, max_words: int = 30,
                  stop_at_types: bool = False, list_of_verbs: bool = False) -> tuple[int, list]:
    """A subject phrase; it runs on over a comma into a list of small-letter
    words (`kinh tế, văn hóa vùng ...`) unless a clause word follows the comma.
    With ``list_of_verbs`` only a short part runs on (`sắp xếp, kiện toàn bộ
    máy`; not `sắp xếp bộ máy cấp xã, tỉnh giảm 60 xã`)."""
    stops = stops if stops is not None else _TITLE_STOP_RE
    end, words, _ = _read_phrase(text, pos, stops, max_words=max_words, stop_at_types=stop_at_types)
    part = len(words)
    for _ in range(3):
        c = _at(_TITLE_COMMA, text, end)
        if not words or not c or (list_of_verbs and _at(_CLAUSE_SUBJECT, text, c.end() - 1)) \
                or stop_at_types and _at(_OTHER_DOCUMENT_AFTER, text, c.end()):
            break  # (..., quy định về ...: another document after the comma; not ..., kế hoạch năm 2025)
        more_end, more, _ = _read_phrase(text, c.end() - 1, stops, max_words=max_words,
                                         stop_at_types=stop_at_types)
        if not more or (list_of_verbs and part > 2 and len(more) > 3):
            break  # a long phrase after a long one: a new clause, not a list
        end = more_end
        words = words + more
        part = len(more)
    return end, words


def _read_tail(text: str, m: _Mention, pos: int, days: IssueDays, *, title_after_date: bool) -> int:
    """Fill date, year, issuer and title from the words right after a mention."""
    after_date = False
    for _ in range(6):
        p = pos
        k = _at(_KHOA_PAREN, text, p)
        if k:  # Nghị quyết Hội nghị ... Trung ương Đảng (Khóa XI) về ...: the term, then the rest
            pos = p = k.end()
        comma = _at(_COMMA, text, p)
        q = comma.end() if comma else p
        if (end := _tail_date(text, m, q, days, comma)) is not None:
            pos, after_date = end, True
        elif (end := _tail_year(text, m, p, comma)) is not None or (end := _tail_issuer(text, m, q, comma)) is not None:
            pos = end
        else:
            if m.title is None:
                end = _tail_title(text, m, p, comma, days, subject=title_after_date, after_date=after_date)
                pos = pos if end is None else end
            break
    return pos


def _tail_date(text: str, m: _Mention, q: int, days: IssueDays, comma=None) -> int | None:
    """`ngày 29/4/2021` after the mention: its issue date (and year); after a comma,
    not a `ngày ...` that opens the next clause (`Kế hoạch số 16 của UBND TP, ngày 2-2
    (tức mùng 6 Tết), đoàn kiểm tra ...`: the day of the inspection; `theo Nghị định 67,
    ngày 25/8/2014, Bộ ... có thông tư 26`: the day of the circular; `ban hành ngày 3/2,
    UBND ...` stays an issue date)."""
    d = _at(_DATE_AFTER, text, q) if m.issued_date is None else None
    if not d:
        return None
    if _DRAFT_BEFORE.search(text, max(0, m.start - 16), m.start):
        return None  # `dự án luật X ngày 25/5`: a bill is not issued yet; the day is the session's
    if (comma is not None and "," in comma.group() and d.group().lower().startswith("ngày")
            and _at(_CLAUSE_AFTER_DATE, text, d.end())):
        return None
    iso, year = days.read(d)
    if iso:  # a date without its year stays XXXX-MM-DD until the record is made
        m.issued_date = iso
        m.year = m.year or year
    return d.end()


#: a draft before the mention (`dự án`, `dự thảo` = bill, draft): it has no issue date yet
_DRAFT_BEFORE = regex.compile(r"(?<![\p{L}\d])(?i:dự" + _S1 + r"(?:án|thảo))" + _S1 + r"\Z")
#: after a day set off by a comma: (a bracketed note, then) a comma and a word that
#: no issue date is followed by, i.e. the next clause's subject (not `về`, `của`, ...)
_CLAUSE_AFTER_DATE = regex.compile(
    r"(?:[ \t\xa0]*+\([^()\n]{1,40}\))?[ \t\xa0]*+,[ \t\xa0]*+(?!"
    + _words_re(_DATA["issued_date"]["clause_after_words"]) + r"(?![\p{L}\d]))\p{L}")


def _tail_year(text: str, m: _Mention, p: int, comma) -> int | None:
    """`năm 2021` right after the mention (or after a comma only where the mention ends)."""
    y = _at(_YEAR_AFTER, text, p) if m.year is None else None
    if y and not comma or (y and p == m.end):
        m.year = int(y.group()[-4:])
        return y.end()
    return None


def _tail_issuer(text: str, m: _Mention, q: int, comma) -> int | None:
    """The issuer: `của X` (and a closing `(khóa ...)`), `, X` before no verb of its own, or `do X ban hành`."""
    if m.issuer is not None:
        return None
    i = _at(_ISSUER_OF, text, q)
    if i:
        m.issuer = i.group("iss").strip()
        k = _at(_KHOA_PAREN, text, i.end())
        return k.end() if k else i.end()
    i = _at(_ISSUER_BARE, text, q) if comma and not comma.group().strip() else None
    if i and (not _at(_SUBJECT_VERB, text, i.end()) or _at(_PASSIVE, text, i.end())):
        m.issuer = i.group("iss").strip()
        return i.end()
    i = _at(_ISSUER_BY, text, q)
    if i:
        m.issuer = i.group("iss").strip()
        return i.end()
    return None


def _tail_title(text: str, m: _Mention, p: int, comma, days: IssueDays, *, subject: bool,
                after_date: bool) -> int | None:
    """The title after the mention (``về ...``, quoted; then an issue date after it), or
    a subject without ``về``: right after the date (Nghị quyết số 03 ngày 29/4/2021 đẩy
    mạnh ...), or opened by a verb that names what a document does (... của Thủ tướng
    phê duyệt Đề án ...).  Returns where the title ends, or None."""
    t, e = _read_title(text, p)
    if t:
        m.title = t
        if m.issued_date is None:
            c2 = _at(_COMMA, text, e)
            d = _at(_DATE_ISSUED, text, c2.end() if c2 else e)
            if d:
                iso, year = days.read(d)
                if iso:
                    m.issued_date, m.year = iso, m.year or year
                    return d.end()
        return e
    w = _at(_WORD, text, p) if comma and not comma.group().strip() else None
    if not (w and subject and (after_date or _at(_TITLE_VERB, text, w.start("w")))):
        return None
    if text[w.start("w")].islower() and not _at(_TITLE_STOP_RE, text, w.start("w")) \
            and not _at(_DATE_WORD_AFTER, text, p) and not _next_document_at(text, p) \
            and not _at(_OF_WORD, text, w.start("w")) and not _at(_AND_WORD, text, w.start("w")):
        end, words = _read_subject(text, p)
        if len(words) >= 2:
            m.title = text[words[0][0]:end]
            return end
    return None


def _read_before(text: str, m: _Mention, days: IssueDays, taken: int = 0) -> None:
    """An issuer (and a date or year) in the clause that issues the mention; a date
    before ``taken`` was read already as the issue date of the mention before
    (`theo Quyết định số 12 ngày 2/3/2016, Sở đã xây dựng Kế hoạch ...`: the day is the
    decision's, not the plan's)."""
    lo = max(_clause_window_start(text, m.start), m.start - _BEFORE_REACH, 0)
    window = text[lo:m.start]
    if m.issuer is None and (i := _ISSUER_IN.search(window, max(0, len(window) - 140))) \
            and _code_issuer(m.code) in (None, i.group("iss").strip()):
        m.issuer = i.group("iss").strip()  # (not where the code names another body: ... tại Công văn số 4/VPCP-NN)
    if m.issued_date is None and (d := _DATE_IN_BEFORE.search(window, max(0, len(window) - 40))) \
            and lo + d.start() >= taken:
        iso, year = days.read(d, lo)
        if iso:
            m.issued_date, m.year = iso, m.year or year
    b = _ISSUER_BEFORE.search(window)
    if not b or _submits(b, m.doc_type):
        return
    if m.issuer is None:
        m.issuer = b.group("iss").strip()
        m.issuer_before = True
    if b.group("between") and m.issued_date is None and lo + b.start("between") >= taken:
        iso, year = days.read(b, lo)
        if iso:
            m.issued_date, m.year = iso, m.year or year
            return
    before = window[:b.start()]
    d = _DATE_BEFORE.search(before[-40:])
    d_base = lo + max(0, len(before) - 40)
    if d and m.issued_date is None and d_base + d.start() >= taken:
        iso, year = days.read(d, d_base)
        if iso:
            m.issued_date, m.year = iso, m.year or year
        return
    y = _YEAR_BEFORE.search(before[-20:])
    if y and m.year is None:
        m.year = int(y.group("y"))





#: `trình` (submit) before a document that a higher body issues: the body that
#: submits the draft (Bộ ... trình dự thảo Nghị định) is not its issuer.
_SUBMIT = regex.compile(r"(?<![\p{L}\d])(?i:trình)(?![\p{L}\d])")
_ISSUED_ABOVE = frozenset({"luat", "bo_luat", "phap_lenh", "nghi_dinh", "nghi_quyet", "quyet_dinh", "chi_thi"})


def _submits(b, doc_type: str) -> bool:
    """Whether the clause before a mention (``_ISSUER_BEFORE``'s match ``b``)
    submits it rather than issues it: `trình` before a law, decree, resolution,
    decision or directive (a ministry submits, the Government issues)."""
    return doc_type in _ISSUED_ABOVE and bool(_SUBMIT.search(b.string, b.end("iss"), b.end()))


#: A full stop, unless it ends an abbreviation that prefixes names (TP. Hải Phòng).
_SENTENCE_END = regex.compile(
    r"(?<!(?<![\p{L}])(?:TP|Tp|TX|P|Q|ThS|TS|PGS|GS|BS|Th|St))[.!?](?=[ \t\xa0]{1,8}+[\p{Lu}“\"]|[ \t\xa0]{0,8}+\n)|\n"
)


#: How far before a mention :func:`_read_before` reads.
_BEFORE_REACH = 200


def _clause_window_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, as far as :func:`_read_before`
    needs it: the last sentence end in the ``_BEFORE_REACH`` characters
    before ``pos``, else 0 (every sentence end is one character, so a window
    finds the same ones as a scan of the whole text; it runs on a little
    past ``pos`` for the look-ahead)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - _BEFORE_REACH), pos + 16):
        if m.end() > pos:
            break
        start = m.end()
    return start


# ------------------------------------------------------------------ the signer after a body


@lru_cache(maxsize=1)
def _signer_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Family names (``patterns/entities.yaml``), known places and units, the level words and known bodies."""
    surnames = frozenset(entries("entities")["surnames"]["words"])
    known = frozenset(places()) | frozenset(units())
    levels = frozenset(w for w in _ISSUER["levels"] if " " not in w)
    return surnames, known, levels, frozenset(orgs())


_TOKEN = regex.compile(r"\S++")


def _without_signer(issuer: str | None) -> str | None:
    """The body without the name of the person who signed for it, written after it:
    `Chủ tịch UBND quận Hải Châu Lê Văn B` → `Chủ tịch UBND quận Hải Châu`,
    `Phó Giám đốc Sở Tài chính Trần Thị C` → `Phó Giám đốc Sở Tài chính`.

    The name is the last two to four capitalised syllables, opening with a family name,
    not a known place itself; what stays before it in the capitalised run must end in a
    known place or body (`... quận Hải Châu`, `Bộ Công Thương`), or the name follows a small word that is no level
    word (`Sở Tài chính`; not `tỉnh Lâm Đồng`, where the run is the place)."""
    if not issuer:
        return issuer
    toks = list(_TOKEN.finditer(issuer))
    n = len(toks)
    run = 0
    while run < n and toks[n - 1 - run].group()[:1].isupper() and toks[n - 1 - run].group().isalpha():
        run += 1
    if run < 2:
        return issuer
    surnames, known, levels, bodies = _signer_words()
    words = [t.group() for t in toks]
    for k in (3, 2, 4):
        if k > run or k == n:
            continue
        name = words[n - k:]
        if name[0] not in surnames or " ".join(name) in known or any(not w[1:].islower() for w in name if len(w) > 1):
            continue
        rest = words[n - run:n - k]
        if rest:
            if not any(" ".join(rest[-j:]) in known or " ".join(rest[-j:]) in bodies
                       for j in range(1, min(4, len(rest)) + 1)):
                continue
        elif words[n - k - 1] in levels:
            continue
        return issuer[:toks[n - k - 1].end()]
    return issuer

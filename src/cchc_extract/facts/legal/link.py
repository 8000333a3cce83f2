"""Mentions into documents: a mention joins the latest compatible document; records; shared issuers."""

from __future__ import annotations

import bisect

from ...records import LegalDocument, Span
from .grammar_titles import _ADOPTS, _holds_span
from .rules import ANAPHORS
from .mention import _Doc, _LIST_GAP, _Mention, _code_issuer, _code_parts, _codes_compatible, _fold, _norm, _norm_number


# ------------------------------------------------------------------ linking


def _compatible(doc: _Doc, m: _Mention) -> bool:
    """Whether mention ``m`` can be a further mention of ``doc``: the same identity
    (number, name or key), and no attribute written with both that differs."""
    same = _same_identity(doc, m)
    if same is not None:
        return same
    f = doc.first
    code = doc.get("code")
    if code and m.code and f.key is None and not _codes_compatible(code, m.code):
        return False
    year = doc.get("year")
    if year and m.year and year != m.year:
        return False
    date = doc.get("issued_date")
    if date and m.issued_date and not _same_date(date, m.issued_date):
        return False
    issuer = doc.get("issuer")
    if issuer and m.issuer:
        a, b = _norm(issuer), _norm(m.issuer)
        if a not in b and b not in a:
            return False
    return True


def _same_identity(doc: _Doc, m: _Mention) -> bool | None:
    """False where the type, number or key differ; True for a bare mention that only
    points back (``Đại hội``, ``Hội nghị``); None where the attributes must decide."""
    f = doc.first
    if f.doc_type != m.doc_type and not (m.number is not None and _fold(m.type_name) == "văn bản"
                                         and _fold(f.type_name) == "văn bản"):
        return False  # (but `văn bản số 119` after `văn bản số 119/BC-BCT`, a report by its code)
    if f.key and m.key and f.key[0] == m.key[0] == "name":
        # laws by name; a number written with one mention must not clash
        number = doc.number
        if f.key != m.key or number and m.number and _norm_number(number) != _norm_number(m.number):
            return False
    elif m.number is not None:
        if f.number is None or _norm_number(f.number) != _norm_number(m.number):
            return False
    elif f.number is not None or f.key is None or m.key is None or f.key[0] != m.key[0]:
        return False
    elif f.key[0] in ("congress", "plenum"):
        if m.needs_antecedent:
            return True
        if any(f.key[i] is not None and m.key[i] is not None and f.key[i] != m.key[i] for i in (1, 2)):
            return False
    elif f.key[0] == "title":
        return None if _title_repeats(f, m) else False
    elif f.key != m.key:
        return False
    return None


def _title_repeats(f: _Mention, m: _Mention) -> bool:
    """A shorter title is a further mention of a longer one (Chương trình tổng thể ... /
    Chương trình tổng thể ... giai đoạn 2021-2030); a bare word that only names
    documents (Quy tắc ứng xử) repeats the last one it named."""
    a, b = f.key[1], m.key[1]
    if not b and m.needs_antecedent:
        return _norm(f.type_name) == _norm(m.type_name)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short == long or long.startswith(short + " ") or long.startswith(short + ",")


def _identity(m: _Mention) -> tuple:
    """Mentions that may name the same document share this."""
    if m.key and m.key[0] == "name":
        return (m.doc_type, m.key)
    if m.number is not None:
        return (m.doc_type, "number", _norm_number(m.number))
    kind = m.key[0] if m.key else None
    if kind in ("congress", "plenum", "title"):
        return (m.doc_type, kind)
    return (m.doc_type, m.key)


def _link(mentions: list[_Mention]) -> list[_Doc]:
    docs: list[_Doc] = []
    by_identity: dict[tuple, list[_Doc]] = {}
    for m in mentions:
        candidates = by_identity.setdefault(_identity(m), [])
        # `văn bản số 119` takes its kind from a code (119/BC-BCT) that a later mention may leave
        # out: numbered `văn bản` mentions are also found under a kind of their own
        loose = by_identity.setdefault(("văn bản", "number", _norm_number(m.number)), []) \
            if m.number is not None and _fold(m.type_name) == "văn bản" else None
        match = next((doc for doc in reversed(candidates) if _compatible(doc, m)), None)
        if match is None and loose:
            match = next((doc for doc in reversed(loose) if _compatible(doc, m)), None)
        if match is None:
            if m.needs_antecedent:
                continue
            doc = _Doc()
            doc.add(m)
            docs.append(doc)
            candidates.append(doc)
            if loose is not None:
                loose.append(doc)
        else:
            match.add(m)
    return docs


def _same_date(a: str, b: str) -> bool:
    """ISO dates, where XXXX (a year not written) matches any year."""
    if a.startswith("XXXX") or b.startswith("XXXX"):
        return a[4:] == b[4:]
    return a == b


def _record(doc: _Doc, text: str, pub_year: int | None = None) -> LegalDocument:
    f = doc.first
    number = next((m.number for m in doc.mentions if m.number), None)
    codes = [m.code for m in doc.mentions if m.code]
    # the fullest reference written: 61/2018/NĐ-CP rather than an earlier 61/2018
    code = max(codes, key=lambda c: tuple(bool(x) for x in _code_parts(c))) if codes else None
    year = doc.get("year")
    issued = doc.get("issued_date")
    if issued and issued.startswith("XXXX"):
        # a day and month written alone: the document's year, else the article's,
        # else the year stays XXXX (the convention of date values: nothing is lost)
        fill = year or pub_year
        if fill:
            issued = f"{fill:04d}{issued[4:]}"
    if year is None and issued and not issued.startswith("XXXX"):
        year = int(issued[:4])
    written = [m.issuer for m in doc.mentions if m.issuer]
    issuer = next((i for i in written if not i.isupper()), written[0] if written else None)
    title = doc.get("title")
    mentions = [Span(text=text[m.start:m.end], start=m.start, end=m.end) for m in doc.mentions]
    return LegalDocument(doc_type=f.doc_type, type_name=f.type_name, number=number, code=code, year=year,
                         issued_date=issued, issuer=issuer, issuer_from_code=_code_issuer(code), title=title,
                         mentions=mentions)



def _share_issuer_back(text: str, mentions: list[_Mention]) -> None:
    """``Quyết định số 12/QĐ-UBND, Quyết định số 13/QĐ-UBND của UBND tỉnh``: the
    issuer written after the last of a list of documents of one type issued
    them all.  A mention takes it from the next one when only a list joiner
    (``,``, ``và``) stands between them, both are of one type, it has no
    issuer of its own, and its code (if any) has the same suffix."""
    for prev, nxt in zip(reversed(mentions[:-1]), reversed(mentions)):
        if (prev.issuer is not None or nxt.issuer is None or nxt.issuer_before
                or prev.doc_type != nxt.doc_type or not _LIST_GAP.fullmatch(text[prev.tail:nxt.start])):
            continue
        if prev.code and (not nxt.code or _code_parts(prev.code)[0] != _code_parts(nxt.code)[0]):
            continue
        if prev.key and prev.key[0] in ("plenum", "congress") and not (nxt.key and nxt.key[0] == prev.key[0]):
            continue  # Nghị quyết Trung ương 8 (...), Nghị quyết số 28-NQ/TW của Bộ Chính trị: its name says who
        prev.issuer = nxt.issuer


def _share_title_back(text: str, mentions: list[_Mention]) -> None:
    """``Nghị quyết số 12/NQ-X ngày 5/5/2015 và Nghị quyết số 13/NQ-X ngày
    6/6/2015 của Ủy ban ... về phân bổ vốn``: the subject written after the
    issuer that the list shares (see :func:`_share_issuer_back`) is the
    subject of both documents that `và` joins; only a mention without a title
    of its own takes it."""
    for prev, nxt in zip(reversed(mentions[:-1]), reversed(mentions)):
        if (prev.title is not None or nxt.title is None or nxt.issuer is None or prev.issuer != nxt.issuer
                or nxt.issuer_before or prev.doc_type != nxt.doc_type
                or not _LIST_GAP.fullmatch(text[prev.tail:nxt.start]) or "và" not in text[prev.tail:nxt.start]):
            continue  # (a comma alone may open a new item of a longer enumeration)
        prev.title = nxt.title


def _absorb_adopted(text: str, mentions: list[_Mention]) -> None:
    """A plan or scheme that a numbered document adopts is that document's
    subject, not a document of its own: in `Nghị quyết 60/NQ-CP thông qua
    Phương án đơn giản hóa ...` the title read after the resolution covers the
    plan.  Its later mentions join it and are dropped with it."""
    owner: _Mention | None = None
    for m in mentions:
        if m.number is not None:
            owner = m
            continue
        if owner is None or not m.key or m.key[0] != "title" or not (owner.end <= m.start < owner.tail):
            continue
        if not owner.title or not _ADOPTS.search(text, max(owner.end, m.start - 40), m.start):
            continue
        if not _holds_span(m.key[1]):
            m.absorbed = True
            if m.issuer is None:
                # dropped with its document, unless it repeats one named before (the code of
                # conduct a decision issues, named earlier in the lead): that one's issuer
                m.issuer, m.issuer_before = owner.issuer, owner.issuer_before
        elif m.issuer is None:
            # a programme for a span of years is referred to on its own for that
            # span (`Chính phủ có Nghị quyết 30c/NQ-CP ban hành Chương trình tổng
            # thể ... giai đoạn 2011-2020` names two documents), issued by the
            # body that issued the document adopting it
            m.issuer, m.issuer_before = owner.issuer, owner.issuer_before



def _plural_anaphors(text: str, docs: list[_Doc]) -> None:
    """``các quyết định của Thủ tướng`` names the issuer of the decisions just listed."""
    if not docs:
        return
    placed = sorted((m.start, i) for i, d in enumerate(docs) for m in d.mentions)
    starts = [s for s, _ in placed]
    # an anaphor names documents mentioned in the 600 characters before it
    for p in sorted(ANAPHORS.find(text), key=lambda p: p.start):
        lo = bisect.bisect_left(starts, p.start - 600)
        hi = bisect.bisect_left(starts, p.start)
        for _, i in placed[lo:hi]:
            doc = docs[i]
            if doc.first.doc_type == p.doc_type and doc.get("issuer") is None:
                doc.first.issuer = doc.known["issuer"] = p.issuer

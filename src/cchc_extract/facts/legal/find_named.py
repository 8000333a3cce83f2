"""Laws named by their name (`Luật Đất đai 2013`), the Constitution and charters, amending laws."""

from __future__ import annotations

from .vocab import _CHARTER_WORDS, _PLACES, _PLACE_KINDS, _at
from .grammar import _NUMREF, _NUM_LEAD
from .grammar_titles import (
    _AMENDING_LEAD, _LAWS_BY_SUBJECT, _DAY_MONTH_AFTER, _HEAD_AT, _LAW_AND, _LAW_COMMA_CONT, _LAW_LIST_SEP, _LAW_NOT_AFTER,
    _LAW_NOT_BEFORE, _LAW_PAREN, _LAW_WORD_AT, _LAW_YEAR, _NAME_STOP_RE, _NUMBER_AFTER, _PERSON_WORD,
    _PREVIOUS_WORD, _TYPE_AT, _TYPE_WORD_AT, _WORD,
)
from .anchors import _Anchor
from .mention import _Mention, _code_year, _fold, _norm, _sentence_start


def _named_law(text: str, a, doc_type: str, type_name: str, *, amending: bool = True) -> _Mention | None:
    pos = a.end()
    if doc_type == "hien_phap":
        y = _at(_LAW_YEAR, text, pos)
        if not y and not type_name[0].isupper():
            return None
        end = y.end() if y else pos
        m = _Mention(start=a.start(), end=end, doc_type=doc_type, type_name=type_name,
                     year=int(y.group("y")) if y else None, key=("name", "hiến pháp"))
        m.tail = end
        return m
    if not type_name[0].isupper():
        # a small-letter law word (pháp luật, kỷ luật ...) names a law only
        # before a capital (see first_cap below): tested first, as the tests
        # in between only rule mentions out
        w = _at(_WORD, text, pos)
        if not w or not text[w.start("w")].isupper():
            return None
    if amending and doc_type == "luat" and type_name[0].isupper():
        # (first: `thi hành Luật sửa đổi, bổ sung ...` names the amending law, though
        # `thi hành luật` alone is enforcing the law)
        amending = _amending_law(text, a, type_name)
        if amending:
            return amending
    if _LAW_NOT_BEFORE.search(text[max(0, a.start() - 30):a.start()]):
        return None
    if _at(_LAW_NOT_AFTER, text, pos):
        return None
    # "Luật" is also a given name (ông Luật, Lê Văn Luật): a law is not
    # introduced by a person word or glued to a capitalised name before it
    prev = _PREVIOUS_WORD.search(text, max(0, a.start() - 30), a.start())
    if prev and (_at(_PERSON_WORD, text, prev.start("w"))
                 or (prev.group("w")[0].isupper() and not _sentence_start(text, prev.start("w"))
                     and not _at(_HEAD_AT, text, prev.start("w")))):
        return None
    w = _at(_WORD, text, pos)
    if not w:
        return None
    first_cap = text[w.start("w")].isupper()
    if not first_cap and (not type_name[0].isupper() or _sentence_start(text, a.start())):
        return None
    if _at(_NAME_STOP_RE, text, w.start("w")) or w.group("w").isdigit() or _at(_TYPE_AT, text, pos):
        return None
    if first_cap and _place_at(text, w.start("w")):
        return None  # Luật Hàn Quốc, luật Việt Nam: a country's law in general, not a law's name
    end = pos
    n_words = 0
    while n_words < 10:
        w = _at(_WORD, text, end)
        if w and n_words and _at(_LAW_AND, text, end):
            # Luật Khoa học và Công nghệ: `và` before a capitalised word that
            # starts no other document or body joins one name
            nxt = _at(_WORD, text, _at(_LAW_AND, text, end).end() - 1)
            if nxt and text[nxt.start("w")].isupper() and not _at(_TYPE_WORD_AT, text, nxt.start("w")) \
                    and not _at(_HEAD_AT, text, nxt.start("w")) and not _at(_NUMBER_AFTER, text, nxt.end()):
                end = nxt.end()
                n_words += 2
                continue
        if not w or _at(_NAME_STOP_RE, text, w.start("w")) or w.group("w")[0].isdigit():
            c = _at(_LAW_COMMA_CONT, text, end)
            if c and n_words:
                w = _at(_WORD, text, c.end() - 1)
                if w:
                    end = w.end()
                    n_words += 1
                    continue
            break
        if n_words and _at(_TYPE_AT, text, end):
            break
        if n_words and (_at(_DAY_MONTH_AFTER, text, w.end()) or text[w.start("w")].isupper()
                        and not first_cap and n_words == 1 and _at(_HEAD_AT, text, w.start("w"))):
            # one small word before a body is a verb and its object (dự thảo Bộ
            # luật trình Quốc hội; but Luật tổ chức Quốc hội), and no name runs
            # into a sentence whose full stop was lost (... Luật Quản lý thuế Chiều 12/6, ...)
            break
        end = w.end()
        n_words += 1
    if not n_words or not first_cap and n_words < 2:
        # one small word after `Luật` is the verb of `the Law` (Luật giao, Luật vừa
        # được thông qua); a small-letter name has two words or more (Luật an toàn thực phẩm)
        return None
    name = text[pos:end].strip()
    year = None
    full_end = end
    paren = _at(_LAW_PAREN, text, full_end)
    if paren:
        full_end = paren.end()
        name += " (sửa đổi)"
    y = _at(_LAW_YEAR, text, full_end)
    if y:
        year = int(y.group("y"))
        full_end = y.end()
    m = _Mention(start=a.start(), end=full_end, doc_type=doc_type, type_name=type_name, year=year,
                 title=text[pos:end].strip(), key=("name", _norm(name)))
    if _fold(type_name) in _CHARTER_WORDS:
        m.issuer = m.title  # Điều lệ Đảng: the charter of the body it names
    # Luật Đất đai số 31/2024/QH15: the name, then its number and code
    lead = _at(_NUM_LEAD, text, full_end)
    if lead and "ố" in lead.group("so").casefold():
        n = _at(_NUMREF, text, lead.end())
        if n and n.group("code"):
            m.number, m.code = n.group("num"), n.group("num") + n.group("code")
            m.year = m.year or _code_year(m.code)
            m.end = n.end()
    m.tail = m.end
    return m


def _place_at(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` are a country, province, city or district
    of the place gazetteer (up to four words: Hàn Quốc, Bà Rịa - Vũng Tàu)."""
    words = text[pos:pos + 40].split()
    return any(_PLACES.get(" ".join(words[:k]).rstrip(",.;:)")) in _PLACE_KINDS for k in range(1, min(4, len(words)) + 1))


def _amending_law(text: str, a, type_name: str) -> _Mention | None:
    """`Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật
    Viên chức` is the name of one law: the amending law, through the names of
    the laws it amends (which are not mentioned as documents of their own)."""
    lead = _at(_AMENDING_LEAD, text, a.end())
    if not lead:
        return None
    end = name_end = lead.end()
    year = None
    for _ in range(6):
        inner = _at(_LAW_WORD_AT, text, end)
        if not inner:
            break
        one = _named_law(text, _Anchor(inner.start("w"), inner.end(), word=inner.group("w")), "luat",
                         inner.group("w"), amending=False)
        w = _at(_WORD, text, inner.end())
        if one is None or not one.title or not w:
            break
        name_end = w.start("w") + len(one.title)
        end, year = one.end, one.year  # a year after the last name is the amending law's
        more = _at(_LAW_LIST_SEP, text, end)
        if year or not more or not _at(_LAW_WORD_AT, text, more.end()):
            break
        end = more.end()
    if name_end == lead.end():
        subject = _at(_LAWS_BY_SUBJECT, text, lead.end())
        if subject:  # ... một số điều của các Luật về thuế: the laws it amends, by subject
            from .resolve import _read_phrase
            end, words, _ = _read_phrase(text, subject.end(), _NAME_STOP_RE, max_words=8)
            name_end = end if words else name_end
    if name_end == lead.end():
        return None
    title = text[a.end():name_end].strip()
    m = _Mention(start=a.start(), end=max(end, name_end), doc_type="luat", type_name=type_name, year=year,
                 title=title, key=("name", _norm(title)))
    m.tail = m.end
    return m

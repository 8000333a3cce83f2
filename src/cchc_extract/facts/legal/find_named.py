"""Laws named by their name (`Luật Đất đai 2013`), the Constitution and charters, amending laws."""

from __future__ import annotations

import regex

from .vocab import (_CHARTER_WORDS, _DATA, _LAW, _NOT_WORD_AFTER, _PLACES, _PLACE_KINDS, _S0, _S1, _SP,
                    _WORD_TO_TYPE, _at, _words_re)
from .grammar import _HEAD, _LEVEL, _NUMREF, _NUM_LEAD
from .grammar_titles import (
    _AMENDING_LEAD, _LAWS_BY_SUBJECT, _DAY_MONTH_AFTER, _HEAD_AT, _LAW_AND, _LAW_COMMA_CONT, _LAW_LIST_SEP, _LAW_NOT_AFTER,
    _LAW_NOT_BEFORE, _LAW_PAREN, _LAW_WORD_AT, _LAW_YEAR, _NAME_STOP_RE, _NUMBER_AFTER, _PERSON_WORD,
    _PREVIOUS_WORD, _TYPE_AT, _TYPE_WORD_AT, _WORD,
)
from .anchors import _Anchor
from ...gazetteers import orgs
from ...patterndata import entries
from .mention import _Mention, _code_year, _fold, _norm, _sentence_start


def _named_law(text: str, a, doc_type: str, type_name: str, *, amending: bool = True) -> _Mention | None:
    """A law, code, charter or ordinance named after its type word (Luật Đất đai 2024)."""
    pos = a.end()
    if doc_type == "hien_phap":
        return _constitution(text, a, doc_type, type_name)
    if not type_name[0].isupper():
        # a small-letter law word (pháp luật, kỷ luật ...) names a law only
        # before a capital (see first_cap below): tested first, as the tests
        # in between only rule mentions out
        w = _at(_WORD, text, pos)
        if not w or not text[w.start("w")].isupper():
            return None
    if _in_excluded_list(text, a.start()) or _NAME_DASH_BEFORE.search(text, max(0, a.start() - 30), a.start()) \
            or _FIELD_ITEM_BEFORE.search(text, max(0, a.start() - 12), a.start()):
        return None
    if amending and doc_type == "luat" and type_name[0].isupper():
        # (first: `thi hành Luật sửa đổi, bổ sung ...` names the amending law, though
        # `thi hành luật` alone is enforcing the law)
        amending = _amending_law(text, a, type_name)
        if amending:
            return amending
    if _no_law_around(text, a):
        return None
    w = _at(_WORD, text, pos)
    if not w or _no_name_at(text, a, w, doc_type, type_name):
        return None
    first_cap = text[w.start("w")].isupper()
    end, n_words = _law_name_end(text, pos, first_cap=first_cap, type_name=type_name)
    if not n_words or not first_cap and n_words < 2:
        # one small word after `Luật` is the verb of `the Law` (Luật giao, Luật vừa
        # được thông qua); a small-letter name has two words or more (Luật an toàn thực phẩm)
        return None
    return _law_mention(text, a, doc_type, type_name, end)


def _constitution(text: str, a, doc_type: str, type_name: str) -> _Mention | None:
    """Hiến pháp, Hiến pháp 2013, Hiến pháp nước Cộng hòa ... năm 2013: one document, by its year."""
    pos = a.end()
    y = _at(_LAW_YEAR, text, pos)
    if not y and not type_name[0].isupper():
        return None
    end = y.end() if y else _constitution_end(text, pos)
    if not y and end > pos:
        y = _at(_LAW_YEAR, text, end)
        end = y.end() if y else end
    m = _Mention(start=a.start(), end=end, doc_type=doc_type, type_name=type_name,
                 year=int(y.group("y")) if y else None, key=("name", "hiến pháp"))
    m.tail = end
    return m


def _no_law_around(text: str, a) -> bool:
    """The words before or after the law word show it names no law."""
    if _LAW_NOT_BEFORE.search(text[max(0, a.start() - 30):a.start()]) or _at(_LAW_NOT_AFTER, text, a.end()):
        return True
    # "Luật" is also a given name (ông Luật, Lê Văn Luật): a law is not
    # introduced by a person word or glued to a capitalised name before it
    prev = _PREVIOUS_WORD.search(text, max(0, a.start() - 30), a.start())
    return bool(prev and (_at(_PERSON_WORD, text, prev.start("w"))
                          or (prev.group("w")[0].isupper() and not _sentence_start(text, prev.start("w"))
                              and not _at(_HEAD_AT, text, prev.start("w")))))


def _no_name_at(text: str, a, w, doc_type: str, type_name: str) -> bool:
    """The first word ``w`` after the law word opens no law's name."""
    pos, at = a.end(), w.start("w")
    first_cap = text[at].isupper()
    if not first_cap and (not type_name[0].isupper() or _sentence_start(text, a.start())):
        return True
    if _at(_NAME_STOP_RE, text, at) or w.group("w").isdigit() or _at(_TYPE_AT, text, pos):
        return True
    if first_cap and _place_at(text, at):
        return True  # Luật Hàn Quốc, luật Việt Nam: a country's law in general, not a law's name
    if first_cap and doc_type in _LAW_TYPES and (_rules_of_a_body_at(text, at) or _person_at(text, at)):
        return True  # luật Hồi giáo, luật WTO: a body of rules; luật Phạm Văn A: luật sư lost a syllable
    if first_cap and not type_name[0].isupper() and _agent_at(text, at):
        return True  # dự thảo luật Chính phủ trình: the body submits the draft, it is no part of a name
    # a capitalised sentence opener after `luật`: a full stop was lost (nghề luật Bên cạnh ...)
    return bool(_at(_OPENER_AT, text, at))


def _law_mention(text: str, a, doc_type: str, type_name: str, end: int) -> _Mention:
    """The mention of the law named ``text[a.end():end]``, with (sửa đổi), its year, number and code after."""
    pos = a.end()
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
    # `của Nhà nước` ends an official name that writers also give without it: one key for both
    m = _Mention(start=a.start(), end=full_end, doc_type=doc_type, type_name=type_name, year=year,
                 title=text[pos:end].strip(), key=("name", _norm(_OF_STATE_END.sub("", name))))
    if _fold(type_name) in _CHARTER_WORDS and m.title and (_at(_CHARTER_BODY, m.title, 0) or m.title.isupper()):
        # Điều lệ Đảng, Điều lệ ASEAN: the charter of the body it names (not Điều lệ Giải, an award's)
        m.issuer = m.title
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


#: Laws (not charters, ordinances or the constitution): the words after them may name a
#: faith, an organisation or a person instead.
_LAW_TYPES = frozenset({"luat", "bo_luat"})
_FAITH_AT = regex.compile(_words_re(_LAW["faiths"], ignore_case=False) + _NOT_WORD_AFTER)
_INTERNATIONAL = frozenset(name for name, (kind, _) in orgs().items() if kind == "international")
#: Surnames (the entity tagger's list) but `Văn`, a middle name that opens names of things too.
_SURNAMES = frozenset(entries("entities")["surnames"]["words"]) - {"Văn"}
#: A full name: a capitalised syllable and two or three more, then no other capitalised word.
_FULL_NAME = regex.compile(r"(?P<s>\p{Lu}\p{Ll}*+)(?:" + _SP + r"\p{Lu}\p{Ll}*+){2,3}+(?![\p{L}\d])(?!" + _SP
                           + r"++\p{Lu})")
_AGENT_VERB = regex.compile(_S1 + _words_re(_LAW["agent_verbs"]) + _NOT_WORD_AFTER)
#: `Luật, ` right before: a list of fields of study (ngành Kế toán, Luật, Luật kinh tế).
_FIELD_ITEM_BEFORE = regex.compile(r"(?<![\p{L}\d])(?i:luật)" + _S0 + "," + _S0 + r"$")


def _rules_of_a_body_at(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` name a faith (luật Hồi giáo) or an international
    organisation of the gazetteer (luật WTO): its rules in general, no one law."""
    if _at(_FAITH_AT, text, pos):
        return True
    words = text[pos:pos + 80].split()
    return any(" ".join(words[:k]).rstrip(",.;:)”\"") in _INTERNATIONAL for k in range(1, min(6, len(words)) + 1))


def _person_at(text: str, pos: int) -> bool:
    """Whether a person's full name starts at ``pos``: a surname, then two or three
    capitalised syllables and no more (a law's name is written in sentence case,
    or in title case without a surname first: Luật Đất Đai)."""
    n = _FULL_NAME.match(text, pos, pos + 60)
    return n is not None and n.group("s") in _SURNAMES


def _agent_at(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` are a body and a verb of drafting or submitting."""
    h = _at(_HEAD_AT, text, pos)
    return h is not None and _at(_AGENT_VERB, text, h.end()) is not None


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
        # a year after the last name is the amending law's; not the year in the amended
        # law's own number (... của Bộ luật Hình sự số 100/2015/QH13: a 2015 code, amended in 2017)
        end, year = one.end, (None if one.number or one.code else one.year)
        more = _at(_LAW_LIST_SEP, text, end)
        if year or one.number or one.code or not more or not _at(_LAW_WORD_AT, text, more.end()):
            break  # (a numbered law ends the list of amended laws, as a year does)
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


# ------------------------------------------------------------------ where a law's name ends
#
# A law's name is `Luật` + a head word + small words; commas, `và` and `của`
# inside an official name are common (Luật Quản lý, sử dụng ...; Luật Phòng,
# chống ...; Luật Chất lượng sản phẩm và hàng hóa; Luật Phòng, chống tác hại
# của ...).  The name goes on over them only where what follows is more of a
# name: a pair word (``comma_continuations``), the head word repeated (Luật
# Thuế xuất khẩu, thuế nhập khẩu), or a few small nouns that end where a name
# ends (punctuation, a year, `số`, the next document); a verb, an adverb or a
# clause (``name_stops``) ends it.

_TYPES = _words_re(_WORD_TO_TYPE) + _NOT_WORD_AFTER
_CHARTER_BODY = regex.compile(_words_re(_DATA["charters"]["charter_bodies"], ignore_case=False) + _NOT_WORD_AFTER)
#: Where a name can end: punctuation, the end, the next document, its year or number.
_NAME_HARD_END = regex.compile(
    _S0 + r"(?:[;.:!?…()\n“”\"]|\Z)"
    + "|" + _S0 + "," + _S0 + "(?=" + _TYPES + ")"
    + "|" + _S1 + r"(?:và|hoặc)" + _S1 + "(?=" + _TYPES + ")"
    + "|" + _S1 + r"(?:(?i:năm)" + _S1 + r")?(?:19|20)\d\d(?![\d/])"
    + "|" + _S1 + r"(?i:số)" + _S0 + r"\d"
    + "|" + _S1 + _words_re(_LAW["after_name"]) + _NOT_WORD_AFTER
)
#: After a short list of small words: a comma before a clause word (..., đó là ...; ..., trong đó ...)
#: ends a name too (Luật Hỗ trợ doanh nghiệp nhỏ và vừa, trong đó ...; but not `Luật Lao động
#: và đóng góp ý kiến, ...`, four words: a verb phrase joined to the law)
_COMMA_CLAUSE = regex.compile(
    _S0 + "," + _S1 + _words_re(_DATA["titles"]["comma_stops"] + _DATA["titles"]["title_stops"]) + _NOT_WORD_AFTER)
_COMMA_AT = regex.compile(_S0 + "," + _S1)
_AMENDED_AFTER = regex.compile(_S0 + r"\(" + _S0 + r"(?i:sửa" + _S1 + r"đổi)")
#: After a comma these open a clause (the titles' comma stops: cụ thể, đồng thời, trong đó ...)
#: or say how a law is applied (công khai, minh bạch).
_CLAUSE_AFTER_COMMA = regex.compile(_words_re(_DATA["titles"]["comma_stops"] + _DATA["titles"]["title_stops"]
                                              + _LAW["manner_words"]) + _NOT_WORD_AFTER)
_OF_AT = regex.compile(_S1 + r"(?i:của)" + _S1)
_OF_NOT_NAME = regex.compile(_words_re(_LAW["of_not_in_name"]) + _NOT_WORD_AFTER)
#: `của Quốc hội và Hội đồng nhân dân`: two bodies after a law's name are part of it (one body issues a law).
_TWO_BODIES = regex.compile("(?:" + _HEAD + ")" + _S1 + "và" + _S1 + "(?:" + _HEAD + r")(?!" + _S1 + r"(?:\p{Lu}|"
                            + _LEVEL + _NOT_WORD_AFTER + "))")
_OPENER_AT = regex.compile(_words_re(_LAW["sentence_openers"], ignore_case=False) + _NOT_WORD_AFTER)
#: `của Nhà nước` where a name ends: the State is no issuer of a law, so it is part of the
#: name (Luật Trách nhiệm bồi thường của Nhà nước).
_OF_STATE = regex.compile(r"Nhà" + _S1 + r"(?i:nước)" + _NOT_WORD_AFTER)
_OF_STATE_END = regex.compile(_S1 + r"của" + _S1 + r"Nhà" + _S1 + r"(?i:nước)(?=(?:" + _S1 + r"\(sửa đổi\))?\Z)")


def _law_name_end(text: str, pos: int, *, first_cap: bool, type_name: str) -> tuple[int, int]:
    """Where the name of a law read from ``pos`` (after `Luật`) ends, and its number of words.

    A name in capitals (Luật BHYT) is that word; otherwise it runs over words to
    a stop word, a digit, another document, a capitalised body after one small
    word, or a sentence opener, going on over `và`, `của` and commas where
    :func:`_and_continuation`, :func:`_of_continuation` and
    :func:`_comma_continuation` find more of the name."""
    first = _at(_WORD, text, pos)
    head = first.group("w")
    if first_cap and len(head) >= 2 and head.isupper():
        return first.end(), 1  # an abbreviation is the whole name (Luật BHXH)
    end = pos
    n_words = 0
    while n_words < 14:
        w = _at(_WORD, text, end)
        if w and n_words and (joined := _joined_part(text, end)) is not None:
            end, more_words, bodies_end = joined
            n_words += more_words
            if bodies_end:
                break  # the bodies end the name
            continue
        if not w or _at(_NAME_STOP_RE, text, w.start("w")) or w.group("w")[0].isdigit():
            more = _comma_continuation(text, end, pos) if n_words else None
            if more:
                end, n_words = more, n_words + 1
                continue
            break
        if n_words and _name_ends_before(text, w, end, n_words, first_cap):
            break
        end = w.end()
        n_words += 1
    return end, n_words


def _joined_part(text: str, end: int) -> tuple[int, int, bool] | None:
    """More of a law's name joined by `và` or `của` at ``end``: ``(its end, words
    added, whether bodies end the name)``, or None."""
    and_ = _at(_LAW_AND, text, end)
    if and_:
        # Luật Khoa học và Công nghệ: `và` before a capitalised word that
        # starts no other document or body joins one name
        nxt = _at(_WORD, text, and_.end() - 1)
        if nxt and text[nxt.start("w")].isupper() and not _at(_TYPE_WORD_AT, text, nxt.start("w")) \
                and not _at(_HEAD_AT, text, nxt.start("w")) and not _at(_NUMBER_AFTER, text, nxt.end()):
            return nxt.end(), 2, False
        more = _and_continuation(text, end)
        if more:
            return more, 2, False
    if _at(_OF_AT, text, end):
        more = _of_continuation(text, end)
        if more:
            return more[0], 2, bool(more[1])
    return None


def _name_ends_before(text: str, w, end: int, n_words: int, first_cap: bool) -> bool:
    """Whether a law's name ends before word ``w``: another document; one small word
    before a body is a verb and its object (dự thảo Bộ luật trình Quốc hội; but Luật
    tổ chức Quốc hội); no name runs into a sentence whose full stop was lost (...
    Luật Quản lý thuế Chiều 12/6, ...) or into a sentence opener."""
    if _at(_TYPE_AT, text, end):
        return True
    if _at(_DAY_MONTH_AFTER, text, w.end()) or text[w.start("w")].isupper() \
            and not first_cap and n_words == 1 and _at(_HEAD_AT, text, w.start("w")):
        return True
    return bool(_at(_OPENER_AT, text, w.start("w")))


def _small_words(text: str, pos: int, most: int) -> tuple[int, int]:
    """The small-letter words from ``pos`` that may be part of a name (no stop
    word, digit or document type): where they end and how many."""
    end, n = pos, 0
    while n < most:
        w = _at(_WORD, text, end)
        if not w or not text[w.start("w")].islower() or _at(_NAME_STOP_RE, text, w.start("w")) \
                or _at(_TYPE_AT, text, end):
            break
        end, n = w.end(), n + 1
    return end, n


def _comma_continuation(text: str, end: int, head_at: int) -> int | None:
    """Where a name goes on after a comma at ``end``, or None where the comma ends it.

    After the comma: a pair word (Luật Phòng, chống ...; Luật Quản lý, sử dụng
    ...), the name's head word again (Luật Thuế xuất khẩu, thuế nhập khẩu), or
    a few small nouns, maybe more after commas and `và` a few more, that end where a name ends (Luật
    Chất lượng sản phẩm, hàng hóa; ...; vũ khí, vật liệu nổ và công cụ hỗ
    trợ;).  A clause after the comma (Luật Đất đai, người dân được ...) does not."""
    c = _at(_COMMA_AT, text, end)
    if not c:
        return None
    w = _at(_WORD, text, c.end() - 1)
    if not w or not text[w.start("w")].islower():
        return None
    if _at(_LAW_COMMA_CONT, text, end) or _head_again(text, w, head_at):
        return w.end()
    if _at(_CLAUSE_AFTER_COMMA, text, w.start("w")):
        return None  # Luật Điện lực, cụ thể: ...: a clause opens after the comma
    run_end, n = _small_words(text, c.end() - 1, 4)
    if not n:
        return None
    for _ in range(3):  # more items of an enumeration: vũ khí, vật liệu nổ và công cụ hỗ trợ
        c = _at(_COMMA_AT, text, run_end)
        more_end, more = _small_words(text, c.end() - 1, 4) if c else (run_end, 0)
        if not more or _at(_CLAUSE_AFTER_COMMA, text, c.end()):
            break
        run_end = more_end
    joined = _at(_LAW_AND, text, run_end)
    if joined:
        more_end, more = _small_words(text, joined.end() - 1, 4)
        if more:
            run_end = more_end
    return run_end if _at(_NAME_HARD_END, text, run_end) or _at(_COMMA_CLAUSE, text, run_end) else None


def _head_again(text: str, w, head_at: int) -> bool:
    """Whether the word ``w`` after a comma repeats the head word of the name at
    ``head_at`` with another word after it (Thuế xuất khẩu, thuế nhập khẩu;
    Thể dục, thể thao), not the name itself again (Luật Viên chức, viên chức được ...)."""
    head = _at(_WORD, text, head_at)
    if w.group("w").casefold() != head.group("w").casefold():
        return False
    a, b = _at(_WORD, text, head.end()), _at(_WORD, text, w.end())
    return bool(b) and (a is None or a.group("w").casefold() != b.group("w").casefold())


def _and_continuation(text: str, end: int) -> int | None:
    """`và` + up to four small words that end where a name ends: Luật Chất
    lượng sản phẩm và hàng hóa. | Luật Hỗ trợ doanh nghiệp nhỏ và vừa (...)."""
    joined = _at(_LAW_AND, text, end)
    run_end, n = _small_words(text, joined.end() - 1, 4)
    return run_end if n and (_at(_NAME_HARD_END, text, run_end) or n <= 2 and _at(_COMMA_CLAUSE, text, run_end)) \
        else None


def _of_continuation(text: str, end: int) -> tuple[int, bool] | None:
    """`của` inside a name: before small words that end where a name ends (Luật
    Phòng, chống tác hại của rượu bia.), or before two bodies joined by `và`
    (Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân): a law has one
    issuer, so two are part of its name, and its end.  `của ta`, `của mình` say whose law it is.
    Returns where the name goes on to and whether it ends there."""
    o = _at(_OF_AT, text, end)
    at = o.end()
    two = _at(_TWO_BODIES, text, at)
    if two:
        return two.end(), True
    state = _at(_OF_STATE, text, at)
    if state and (_at(_NAME_HARD_END, text, state.end()) or _at(_COMMA_AT, text, state.end())
                  or _at(_AMENDED_AFTER, text, state.end())):
        return state.end(), True
    if _at(_OF_NOT_NAME, text, at):
        return None
    run_end, n = _small_words(text, at - 1, 4)
    return (run_end, False) if n and _at(_NAME_HARD_END, text, run_end) else None


#: `nước Cộng hòa xã hội chủ nghĩa Việt Nam` after `Hiến pháp`: the country is part of its name.
_COUNTRY_AFTER = regex.compile(
    _S1 + r"(?:(?i:của)" + _S1 + r")?(?i:nước)" + _S1 + r"(?:CHXHCN|Cộng" + _S1 + r"(?i:hòa|hoà))"
    + r"(?:" + _S1 + r"(?!" + _NAME_STOP_RE.pattern + r")\p{Ll}++){0,4}+(?:" + _S1 + r"\p{Lu}\p{L}*+){1,3}+"
    + _NOT_WORD_AFTER
)


def _constitution_end(text: str, pos: int) -> int:
    """Where `Hiến pháp` ends: after the country it names (Hiến pháp nước Cộng
    hòa xã hội chủ nghĩa Việt Nam), else right there."""
    c = _at(_COUNTRY_AFTER, text, pos)
    return c.end() if c else pos


#: `Kinh tế - Luật`: the second half of a school's or faculty's name joined by a dash.
_NAME_DASH_BEFORE = regex.compile(r"(?<![\p{L}\d])(?:" + _words_re(["đại học", "trường", "khoa", "học viện", "ĐH"]) + r")(?:"
                                  + _S1 + r"\p{L}++){1,3}+" + _S0 + r"[\-–]" + _S0 + r"$")

#: Items of a comma list of laws right before a position: `Luật A, Luật B, `.
_LAW_LIST_BEFORE = regex.compile(
    r"(?<![\p{L}\d])(?:(?:Luật|Bộ" + _S1 + r"luật)(?:" + _S1 + r"\p{L}++){1,6}+" + _S0 + "," + _S0 + r"){1,10}+$"
)


def _in_excluded_list(text: str, start: int) -> bool:
    """Whether a law at ``start`` continues a comma list whose first item is a
    field, not a law (các môn học Luật dân sự, Luật hình sự, ...): each item is."""
    m = _LAW_LIST_BEFORE.search(text, max(0, start - 300), start)
    return bool(m) and bool(_LAW_NOT_BEFORE.search(text[max(0, m.start() - 30):m.start()]))

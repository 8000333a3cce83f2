"""The quantity rules: each a named :class:`~cchc_extract.engine.Rule` in one registry.

``money``        ``2,5 tỷ đồng``, ``75 USD``, ``20.000 đồng``: an amount with a currency
``bare_money``   ``1,2 nghìn tỷ``, ``15.000 tỷ``: ``tỷ`` and no currency (news writes VND so)
``area``         ``2,4 ha``, ``1.200 m2``, ``512 km²``
``count``        ``320 hộ dân``, ``45 dự án``, ``1.845 thủ tục hành chính``
``rank``         ``xếp thứ 5/63``, ``đứng thứ 12 cả nước``, ``vị trí 48/190``: a ranking
                 verb or a bare ordinal (``thứ``, ``vị trí``) and the number after it
``rank_change``  ``tăng 3 bậc`` (+3), ``giảm 2 bậc`` (−2): a change verb and the number after it

The first four are anchored at a number (a digit with no letter or digit
before it); each one's lead is its beginning, built from the same vocabulary
as its pattern (:func:`_amount_lead`): the number, no longer than an amount
can be read (:data:`_LONGEST_NUMBER`), blanks, and the first word of a scale
word, currency, unit or noun.  The ranking rules are anchored at the first words of
their verbs and ordinals, as written in ``patterns/quantities.yaml``, and read
the number after them (their lead: the verb, blanks and a digit).  No
prefilter is kept by hand: the engine derives them from these anchors, and
``tests/test_quantity_oracle.py`` runs every rule at every position.

Each rule's ``resolve`` returns a :class:`Match` (or nothing: the rule rejects
what it matched); which matches become quantities is chosen after the engine,
number by number in text order, by :func:`cchc_extract.facts.quantities.select`.
Examples live in the YAML, each naming its rule (``tests/test_quantity_rules.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ...engine import Anchor, Registry, Rule
from ...engine.words import WORD_CHAR, WORD_END, WORD_START
from ...numbers import NUMBER_RE, SCALE_WORDS, apply_scale, parse_number
from ...patterndata import entries

_DATA = entries("quantities")
_L, _B, _E = WORD_CHAR, WORD_START, WORD_END
#: a printed number, read as :data:`~cchc_extract.numbers.NUMBER_RE` reads it at that
#: place (atomic: a rule does not read a shorter or longer number there, ``12.5 đồng``
#: is the number ``12`` followed by ``.``, as a scan of the numbers sees it)
_NUM = f"(?>{NUMBER_RE.pattern})"
#: no amount is read from a number of more characters (and ``int()`` refuses huge strings)
_LONGEST_NUMBER = 24
#: a ranking's verb or ordinal begins at most this many characters before its number
RANK_REACH = 30
#: no match is longer; the rules' own shapes (a number, its words and blanks) end them
MAX_SPAN = 4096


def _phrase(p: str) -> str:
    return r"[\s\-]++".join(regex.escape(w) for w in regex.split(r"[\s\-]+", p))


def _alt(phrases) -> str:
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


def _spaced(phrases) -> str:
    """Phrases as one alternation, in the order given, any blanks between their words."""
    return "|".join(r"\s++".join(regex.escape(w) for w in p.split()) for p in phrases)


_KEY_SPLIT_RE = regex.compile(r"[\s\-]+")


def _key(s: str) -> str:
    return " ".join(_KEY_SPLIT_RE.split(s.lower()))


def _lookup(groups: dict[str, list[str]]) -> dict[str, str]:
    return {_key(p): unit for unit, ps in groups.items() for p in ps}


def _first_words(phrases) -> tuple[str, ...]:
    return tuple(sorted({_KEY_SPLIT_RE.split(p)[0].casefold() for p in phrases}))


_SCALE = rf"(?P<scale>(?:{_alt(SCALE_WORDS)})(?:\s++(?:{_alt(SCALE_WORDS)}))?+){_E}"
_AMOUNT = rf"(?P<num>{_NUM})(?:\s++{_SCALE})?+"

_CURRENCY = _lookup(_DATA["money"]["currencies"])
_BARE = {_key(x) for x in _DATA["money"]["bare_scales"]}
_AREA = _lookup(_DATA["area"]["units"])
_NOUNS = _lookup(_DATA["counted_things"]["nouns"])

# `5 đồng chí` (comrades), `đồng thời` (at the same time) are not money
_NOT_CURRENCY = _alt(_DATA["money"]["not_currency_after"])
_MONEY = rf"(?i){_AMOUNT}\s*+(?P<cur>{_alt(_CURRENCY)}){_E}(?!\s++(?:{_NOT_CURRENCY}){_E})"
_BARE_MONEY = rf"(?i)(?P<num>{_NUM})\s++{_SCALE}"
_AREA_PATTERN = rf"(?i)(?P<num>{_NUM})\s*+(?P<unit>{_alt(_AREA)})(?![\p{{L}}\p{{N}}])"
_COUNT = rf"{_AMOUNT}\s++(?P<noun>(?i:{_alt(_NOUNS)})){_E}"
_COUNT_AT = regex.compile(_COUNT)


def _words_lead(phrases) -> str:
    """The first words of ``phrases`` as one ``re`` alternation (a lead: a beginning of a match)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(_first_words(phrases), key=len, reverse=True)) + ")"


def _phrases_lead(phrases) -> str:
    """``phrases`` as one ``re`` alternation, blanks or ``-`` between words, as :func:`_phrase` writes them."""
    return "(?:" + "|".join(r"[\s\-]+".join(re.escape(w) for w in regex.split(r"[\s\-]+", p))
                            for p in sorted(set(phrases), key=len, reverse=True)) + ")"


def _amount_lead(*vocabularies, blanks: str = "*") -> str:
    """Where an amount rule's match begins (``re`` syntax, its lead at a number): the
    number, no longer than is read, blanks, then the first word of a phrase of the
    rule's own vocabularies (scale words, currencies, units, counted nouns: the same
    lists as its pattern) in any case, and no letter after that word (`đ` is no `đơn`).
    The words' first letters come first, as a class: most numbers fail there (`2017,`,
    `15/63`), and a class is several times cheaper than the words in any case."""
    words = _first_words([p for v in vocabularies for p in v])
    first = "".join(sorted({w[0] for w in words}))
    return r"[\d.,]{1,%d}+\s%s+(?=(?i:[%s]))(?i:%s)(?![^\W\d_])" % (
        _LONGEST_NUMBER, blanks, re.escape(first), _words_lead(words))


_RANK = _DATA["rank"]
_RANK_VERBS = _alt(_RANK["verbs"])
# `thứ 5 về Chỉ số SIPAS`, `vị trí 91/189`, `xuống thứ 60`: a bare ordinal that
# the words around show to be a ranking (not `lần thứ 5`, `phiên họp thứ hai`).
_BARE_ORDINALS = _RANK["bare_ordinals"]
_RANK_OF_RE = regex.compile(r"\s*+/\s*+(?P<of>\d{1,3}+)(?![\d\p{L}])|\s++trên\s++(?P<of2>\d{1,3}+)(?![\d\p{L}])")
_RANK_CONTEXT_RE = regex.compile(rf"(?i)\s++(?:{_alt(_RANK['ordinal_context'])}){_E}")
_RANK_NOT_BEFORE_RE = regex.compile(rf"(?i){_B}(?:{_alt(_RANK['not_after'])})\s++$")
_CHANGE_UP = {w.casefold() for w in _RANK["change_verbs"]["up"]}
_CHANGE_VERBS = [*_RANK["change_verbs"]["up"], *_RANK["change_verbs"]["down"]]
#: where a ranking and a move begin (``re`` syntax): the verb or ordinal, blanks and a digit
_RANK_LEAD = rf"{_phrases_lead([*_RANK['verbs'], *_BARE_ORDINALS])}\s+\d"
_CHANGE_LEAD = rf"{_phrases_lead(_CHANGE_VERBS)}\s+\d"
_RANK_CHANGE_UNIT_RE = regex.compile(rf"(?i)\s++(?:{_spaced(_RANK['change_units'])}){_E}")

# A number right after these words is an identifier or a date part, not an amount.
_ID_BEFORE_RE = regex.compile(
    r"(?i)(?:" + _B + r"(?:năm|tháng|quý|ngày|mức\s++độ|mức|độ|điều|khoản|điểm|chương|lần|kỳ|khóa|khoá|"
    r"nghị\s++định|nghị\s++quyết|quyết\s++định|thông\s++tư|luật|chỉ\s++thị|công\s++văn|quận|phường)\s*+"
    r"|[\p{L}\p{N}][/\-.]|[/\-])$"
)
# After a bare `tỷ`, these words show the amount counts something else (`8 tỷ người`).
_NOT_MONEY_AFTER_RE = regex.compile(r"\s++(?!(?:và|với|so|trong|của|cho|để|là|đã|thì|nhưng|từ|đến|mỗi|năm|tháng|,))\p{Ll}")


@dataclass
class Match:
    """What a rule read: the quantity's span and value, and for the choice after the engine
    the number it stands on (``num``, ``num_end``), where a ranking's verb or ordinal
    begins (``lead``; the number's start for the others) and whether that is a bare ordinal."""

    start: int
    end: int
    kind: str
    value: float
    unit: str | None
    num: int
    num_end: int
    lead: int
    bare: bool = False
    order: int = 0
    rule: str = ""


def _value(num: str, scale: str | None) -> float | None:
    if len(num) > _LONGEST_NUMBER:  # no real amount has that many digits (and int() refuses huge strings)
        return None
    v = parse_number(num)
    if v is None:
        return None
    for word in (scale or "").split():
        v = apply_scale(v, word)
    return float(v)


def is_identifier(text: str, num_start: int) -> bool:
    """``Điều 15``, ``năm 2023``, ``12/2023``: a number that names or dates, not an amount."""
    return bool(_ID_BEFORE_RE.search(text, max(0, num_start - 24), num_start))


def _amount(kind: str, unit_of, scale: bool = True):
    """A resolve of an amount rule: the value of ``num`` (times ``scale`` words), its unit
    ``unit_of(m)``; nothing for an unreadable number.  (Whether the number is an
    identifier, :func:`is_identifier`, is asked once per number, after the engine.)"""
    def resolve(m) -> list[Match]:
        value = _value(m.group("num"), m.group("scale") if scale else None)
        if value is None:
            return []
        return [Match(m.start(), m.end(), kind, value, unit_of(m), m.start(), m.end("num"), m.start())]
    return resolve


_money = _amount("money", lambda m: _CURRENCY[_key(m.group("cur"))])


def _read_money(m) -> list[Match]:
    """``2,5 tỷ đồng``, ``75 USD``; ``đ`` alone only after a scale word or a grouped number
    (``5 đ`` is no amount, ``20.000 đ`` is)."""
    if m.group("cur") == "đ" and m.group("scale") is None and "." not in m.group("num"):
        return []
    return _money(m)


_bare_money = _amount("money", lambda m: "VND")


def _read_bare_money(m) -> list[Match]:
    """``1,2 nghìn tỷ``: VND, unless a lower-case word after it says what is counted
    (``8 tỷ người``) or ``count`` reads a counted noun there (``2 tỷ TTHC``)."""
    text = m.string
    if _key(m.group("scale").split()[-1]) not in _BARE or _NOT_MONEY_AFTER_RE.match(text, m.end()) \
            or _COUNT_AT.match(text, m.start()):
        return []
    return _bare_money(m)


def _read_rank(m) -> list[Match]:
    """``xếp thứ 5/63``; ``thứ 7 về Chỉ số SIPAS`` (a bare ordinal: ``/63`` or a word of
    ranking after the number, no ``lần``, ``phiên``... before the ordinal)."""
    text, start, pos = m.string, m.start(), m.end()
    n = NUMBER_RE.match(text, pos)
    if n is None or not n.group().isdigit() or len(n.group()) > 3 or start < pos - RANK_REACH:
        return []
    num, end = int(n.group()), n.end()
    of_m = _RANK_OF_RE.match(text, end)
    of = (of_m.group("of") or of_m.group("of2")) if of_m else None
    bare = m.group("verb") is None
    if of and num > int(of) or bare and (_RANK_NOT_BEFORE_RE.search(text, max(0, start - 20), start)
                                         or not (of or _RANK_CONTEXT_RE.match(text, end))):
        return []
    return [Match(start, of_m.end() if of_m else end, "rank", float(num), f"/{of}" if of else None,
                  pos, end, start, bare)]


def _read_rank_change(m) -> list[Match]:
    """``tăng 3 bậc`` (+3), ``giảm 2 bậc`` (−2): the item runs from the number to the unit."""
    text, start, pos = m.string, m.start(), m.end()
    n = NUMBER_RE.match(text, pos)
    if n is None or not n.group().isdigit() or len(n.group()) > 3 or start < pos - RANK_REACH:
        return []
    u = _RANK_CHANGE_UNIT_RE.match(text, n.end())
    if not u:
        return []
    sign = 1 if m.group("dir").casefold() in _CHANGE_UP else -1
    return [Match(pos, u.end(), "rank_change", float(sign * int(n.group())), "bậc", pos, n.end(), start)]


def _digit_rule(name: str, lead: str, pattern: str, resolve, doc: str) -> Rule:
    """A rule at a number; its pattern says where case does not matter (``(?i)``)."""
    return Rule(name, Anchor(digit=True, lead=lead), pattern, resolve, 0, doc=doc)


#: The quantity rules, in the order a number is read by them (see the module docstring).
REGISTRY = Registry("quantities", [
    _digit_rule("money", _amount_lead(SCALE_WORDS, _CURRENCY), _MONEY, _read_money, _read_money.__doc__),
    _digit_rule("bare_money", _amount_lead(SCALE_WORDS, blanks=""), _BARE_MONEY, _read_bare_money, _read_bare_money.__doc__),
    _digit_rule("area", _amount_lead(_AREA), _AREA_PATTERN, _amount("area", lambda m: _AREA[_key(m.group("unit"))], scale=False),
                "`2,4 ha`, `1.200 m2`, `512 km²`."),
    _digit_rule("count", _amount_lead(SCALE_WORDS, _NOUNS, blanks=""), _COUNT, _amount("count", lambda m: _NOUNS[_key(m.group("noun"))]),
                "`320 hộ dân`, `45 dự án`, `56 TTHC`: a number and the thing it counts (a scale word as written)."),
    Rule("rank", Anchor(words=_first_words([*_RANK["verbs"], *_BARE_ORDINALS]), lead=_RANK_LEAD),
         rf"(?i){_B}(?:(?P<verb>{_RANK_VERBS})|(?P<bare>{_spaced(_BARE_ORDINALS)}))\s++(?=\d)", _read_rank,
         doc=_read_rank.__doc__),
    Rule("rank_change", Anchor(words=_first_words(_CHANGE_VERBS), lead=_CHANGE_LEAD),
         rf"(?i){_B}(?P<dir>{_spaced(_CHANGE_VERBS)})\s++(?=\d)", _read_rank_change, doc=_read_rank_change.__doc__),
], max_span=MAX_SPAN)

#: the rules read at a number, in order, after the rankings
AMOUNT_RULES = ("money", "bare_money", "area", "count")

__all__ = ["AMOUNT_RULES", "MAX_SPAN", "RANK_REACH", "REGISTRY", "Match", "is_identifier"]

"""The signature after the last sentence of an article's body.

Aggregator dumps glue it to the one-line body: names, the outlet or both
(``Tên - Tên``, ``Tên (TTXVN)``, ``TTXVN/Tin Tức``, ``Theo Tên/Outlet``,
``Tên / Theo Outlet``, ``Tên Theo Outlet``), before footnotes (``---- [1] …``),
after a flattened table's numbers.  :func:`signature` reads it; outlet
vocabulary is ``signature_at_the_end`` in ``patterns/metadata.yaml``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

import ahocorasick_rs
import regex

from ..patterndata import entries
from .bylines import _OUTLET_HEAD, _glued_pair, _is_name, _split_names, _surnames

#: what may stand right before a signature: the end of a sentence, a bracket, a
#: number (a flattened table), or the start of the line; a closing quote too
#: before an outlet (before names alone it may close a title inside the
#: sentence: ``… “Tên giải” Tên người.``)
_QUOTE_START = r"(?:(?<=[”\"»])\s*+)"
_SIG_START = r"(?:^|(?<=[!?…)\]])|(?<=(?<!(?:^|[\s.])\p{Lu})\.)|(?<=(?:^|[\s(])[\d.,%/]{0,12}\d))\s*+"
#: one word of a signature name: ``Hoàng``, ``LAN``, or initials (``T.Lê``, ``B.B.Đ``)
_SIG_WORD = r"(?!Theo\s)\p{Lu}[\p{L}\p{M}]*+"
_SIG_INITIALS = r"\p{Lu}\.\s?+(?:\p{Lu}\.)*+\p{Lu}[\p{L}\p{M}]*+"
_SIG_NAME = r"(?:" + _SIG_INITIALS + r"|" + _SIG_WORD + r"(?:[ ]" + _SIG_WORD + r"){0,4}+)"
_SIG_NAMES = r"(?P<n>" + _SIG_NAME + r"(?:\s*+(?:[-–—,&]|và)\s*+" + _SIG_NAME + r")?+)"
#: one outlet: words that may carry dots, dashes, digits (``VOV.VN``, ``VOV-Tây Bắc``, ``Kenh14``)
_SIG_OUT_WORD = r"(?![Tt]heo\s)[\p{L}\d](?:[\p{L}\p{M}\d&+]|[.\-](?=[\p{L}\d]))*+"
_SIG_OUTS = (r"(?P<o>" + _SIG_OUT_WORD + r"(?:[ ]" + _SIG_OUT_WORD + r"){0,6}+(?:\s*+/\s*+" + _SIG_OUT_WORD
             + r"(?:[ ]" + _SIG_OUT_WORD + r"){0,6}+)?+)")
_THEO = r"(?:[Tt]heo\s++)"
_SIG_END = r"\s*+[.\-–]?+\s*+$"
#: the forms, tried in order: (regex, how the outlet is cued)
_SIGNATURES = [(regex.compile((_SIG_START if cue is None else r"(?:" + _QUOTE_START + "|" + _SIG_START + ")") + f + _SIG_END), cue)
               for f, cue in (
    (_THEO + r"?+" + _SIG_NAMES + r"\s*+/\s*+" + _THEO + r"?+" + _SIG_OUTS
     + r"(?:\s*+\([^()]{2,30}\)|\s++[Tt]heo\s++[^()/\n]{2,30})?+", "slash"),
    (_SIG_NAMES + r"\s*+,?\s*+\(?\s*+" + _THEO + _SIG_OUTS + r"\)?+", "theo"),
    (_THEO + r"?+" + _SIG_NAMES + r"\s*+\((?P<o>[^()\n]{2,40})\)", "paren"),
    (_THEO + _SIG_OUTS, "theo"),
    (_SIG_OUTS, "bare"),
    (_THEO + r"?+" + _SIG_NAMES, None),
)]
#: footnotes or a source list after the signature (``---- [1] …``)
_FOOTNOTES = regex.compile(r"\s-{3,}+\s*+\[\d{1,2}\].*$")
#: a signature printed twice at the end of the line
_TWICE = regex.compile(r"(?<=\s)(?P<x>\p{L}[^\n]{4,60}?)\s++(?P=x)\s*+$")
#: the signatory of a document quoted at the end (``(đã ký)``), no author
_SIGNED = regex.compile(r"(?i)ký\s*+\)\s*+$")
#: a photo or clip credit in the signature: no author there
_CREDIT = regex.compile(r"(?i)(?<!\p{L})(?:ảnh|clip|video|nguồn)\s*+:")
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}&]{1,6}")
_DOMAIN = regex.compile(r"[\p{L}\d\-]++(?:\.[\p{L}\d\-]++)*?\.(?:vn|VN|com|net|org)")
#: a Vietnamese syllable written without its marks (``Minh``, ``Nguyen``): a name, no outlet
_BARE_SYLLABLE = regex.compile(r"(?i)(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?+[aeiouy]{1,3}+(?:ng|nh|ch|[cmnpt])?+")

_SLASH = regex.compile(r"\s*+/\s*+")
_DASH_OR_DOT = regex.compile(r"[-–.]")
_OUTLET_HEAD_RE = regex.compile(_OUTLET_HEAD + r"\s")
_LATIN_WORD = regex.compile(r"[A-Za-z\d]+")
#: one word in sentence case: a pen name before a slash and the outlet
_PEN_NAME = regex.compile(r"\p{Lu}\p{Ll}{2,}+")
_INITIALS_RE = regex.compile(_SIG_INITIALS)


class _SigVocab(NamedTuple):
    known: frozenset[str]          # known outlets, in lower case
    not_outlets: frozenset[str]    # words that open no outlet
    english: frozenset[str]        # English words of outlets' names (``Daily``)
    name_prefixes: frozenset[str]  # posts written before a signed name (``CTV``)


@lru_cache(maxsize=1)
def _sig_vocab() -> _SigVocab:
    ent = entries("entities")
    sig = entries("metadata")["signature_at_the_end"]
    known = [*ent["outlets"]["bare"], *ent["companies_and_press"]["outlets"], *sig["outlets"]]
    return _SigVocab(frozenset(k.lower() for k in known), frozenset(sig["not_outlet_words"]),
                     frozenset(ent["outlets"]["english_words"]), frozenset(sig["name_prefixes"]))


def _sig_outlet(o: str, cue: str) -> str | None:
    """The outlet a signature names, or None when ``o`` does not have an outlet's
    shape for its cue (``bare``: a known outlet only; ``paren``: also an
    acronym or a web address; after ``Theo`` or a slash: also a ``Báo …``
    name, a foreign one-word brand, a sentence-case title or English outlet words)."""
    o = " ".join(o.split()).strip(" .")
    v = _sig_vocab()
    known, stop = v.known, v.not_outlets
    if o.lower() in known:
        return o
    first = _SLASH.split(o)[0]
    base = _DASH_OR_DOT.split(first)[0].strip()
    if first.lower() in known or (base.lower() in known and base == base.upper()):
        return first
    words = first.split()
    prefix = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)
                   if " ".join(words[:k]).lower() in known), None)
    if cue == "bare" or first in stop:
        return None
    if prefix and cue != "paren":
        return prefix
    if _OUTLET_HEAD_RE.match(first) or _DOMAIN.fullmatch(first):
        return first
    if len(words) == 1:
        w = words[0]
        foreign = cue != "paren" and len(w) >= 4 and not _BARE_SYLLABLE.fullmatch(w) and _LATIN_WORD.fullmatch(w)
        return first if _ACRONYM.fullmatch(w) or foreign else None
    return _sig_title(first, words, cue) if cue != "paren" else None


def _sig_title(first: str, words: list[str], cue: str) -> str | None:
    """An outlet of several words after ``Theo`` or a slash: English outlet words
    (``China Daily``), a sentence-case title (``Thể thao và Xã hội``), or, after
    a slash, capitalised words that do not open with a family name."""
    v = _sig_vocab()
    stop, english = v.not_outlets, v.english
    if words[0] in stop or not words[0][:1].isupper() and cue != "slash" or len(words) > 6:
        return None
    if any(w in english for w in words):
        return first
    if any(w[:1].islower() for w in words[1:]) and all(w not in stop for w in words):
        return first
    return first if cue == "slash" and words[0] not in _surnames() else None


def _vietnamese_word(w: str) -> bool:
    """Whether ``w`` is written as one Vietnamese syllable (a name's word: ``Nguyễn``, ``LAN``)."""
    if not (w[1:].islower() or w.isupper() or len(w) == 1):
        return False
    bare = "".join(c for c in unicodedata.normalize("NFD", w.replace("Đ", "D").replace("đ", "d"))
                   if unicodedata.category(c) != "Mn")
    return bool(_BARE_SYLLABLE.fullmatch(bare))


def _sig_names(n: str | None, cue: str | None = None) -> list[str]:
    """The names of a signature: each Vietnamese words (``_is_name``) or initials
    and a name (``T.Lê``), a post before it dropped (``CTV Minh Anh``); before a
    slash and the outlet, one word is a pen name (``Lanvy / Theo …``)."""
    if not n:
        return []
    if cue == "slash" and _PEN_NAME.fullmatch(n) and n.lower() not in _sig_vocab().known:
        return [n]
    names = []
    prefixes = _sig_vocab().name_prefixes
    for part in _split_names(n):
        words = part.split()
        while len(words) > 2 and words[0] in prefixes:
            words = words[1:]
        part = " ".join(words)
        initials = _INITIALS_RE.fullmatch(part)
        if not initials and not (_is_name(part) and all(_vietnamese_word(w) for w in words)):
            return []
        if part.lower() in _sig_vocab().known or part.replace(".", "") in prefixes:
            return []
        names.extend(_glued_pair(part))
    return names


#: the last run of non-spaces of a line
_LAST_RUN = regex.compile(r"(?r)\S++")


def signature(line: str) -> tuple[list[str], str | None]:
    """``(authors, outlet)`` of the signature closing ``line`` (the last line of
    the body), ``([], None)`` when it has none.  A signature printed twice
    (``Tên/VOV Tên/VOV``) is read once."""
    names, outlet = _signature(line)
    return list(names), outlet


@lru_cache(maxsize=64)
def _signature(line: str) -> tuple[tuple[str, ...], str | None]:
    """:func:`signature`, kept for the line: the outlet and the authors read the same last line."""
    t = _FOOTNOTES.sub("", line.rstrip()) if "---" in line else line.rstrip()
    t = t[-200:]
    last = _LAST_RUN.search(t)
    # a signature printed twice holds the line's last run of non-spaces twice: most lines
    # do not, and the search for a repeat costs more than the rest of the reading
    m = _TWICE.search(t) if last and t.count(last.group()) >= 2 else None
    if m:
        t = t[:m.end("x")]
    return _read(t)


@lru_cache(maxsize=1)
def _outlet_needles() -> tuple[str, ...]:
    """What :func:`_known_outlets` looks for: each known outlet, and the first part of one
    written with a slash (matched as written in the text)."""
    known = _sig_vocab().known
    return tuple(sorted(known | {k.split("/")[0].strip() for k in known}))


@lru_cache(maxsize=1)
def _longest_outlet() -> int:
    return max(map(len, _outlet_needles()), default=0)


@lru_cache(maxsize=1)
def _known_outlets() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(_outlet_needles())


def _read(t: str) -> tuple[tuple[str, ...], str | None]:
    # an outlet alone is read only when it is a known one (:func:`_sig_outlet`, ``bare``):
    # without one in the line, its form is not tried (the costliest of the forms)
    known = bool(_known_outlets().find_matches_as_indexes(t.lower()))
    for rx, cue in _SIGNATURES:
        if cue == "bare" and not known:
            continue
        m = rx.search(t)
        if m is None or _CREDIT.search(m.group()) or _SIGNED.search(t, max(0, m.start() - 12), m.start()):
            continue
        names = _sig_names(m.groupdict().get("n"), cue)
        o = m.groupdict().get("o")
        outlet = _sig_outlet(o, cue) if o else None
        if (cue is None and names) or (cue and outlet and (names or "n" not in m.groupdict() or not m.group("n"))):
            return tuple(names), outlet
        if cue == "paren" and names and o and _sig_outlet(o, "paren") is None:
            return tuple(names), None
    return (), None


def _is_outlet_name(name: str) -> bool:
    """Whether a byline's ``name`` names an outlet (``Theo Dân trí``, ``Theo Báo X``)."""
    return name.lower() in _sig_vocab().known or bool(_OUTLET_HEAD_RE.match(name))

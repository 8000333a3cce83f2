"""The metric a percentage measures: the noun phrase after it or the clause subject before it."""

from __future__ import annotations


from .vocab import (_ACRONYM_RE, _AFTER_END_RE, _DATE_BITS_RE, _DATE_UNITS, _QUAL_TAIL_LAST, _QUAL_TAIL_RE,
                    _SHARE_VERB_RE, _STOP_AFTER, _STRIP_LEAD, _casefold)
from .resolve import _last_verb


def _clean_metric(s: str) -> str | None:
    # The str checks only skip a regex that cannot match: a date bit needs its unit word,
    # a qualifier tail ends with one of its words (case folding that keeps the length
    # maps every letter the regex takes for one of its words to that word's letter).
    low = _casefold(s)
    if low is None or any(w in low for w in _DATE_UNITS):
        s = _DATE_BITS_RE.sub(" ", s)
    s = " ".join(s.split()).strip(" ,-–:")
    lead = _STRIP_LEAD.match(s)
    if lead:
        s = s[lead.end():]
    low = _casefold(s)
    if low is None or low.endswith(_QUAL_TAIL_LAST):
        s = _QUAL_TAIL_RE.sub("", " " + s)
    s = s.strip(" ,-–:")
    return s or None


def _metric_after(text: str, end: int) -> str | None:
    rest = text[end:end + 160]
    if not rest[:1].isspace():
        return None
    body = rest.lstrip(" \u00a0")
    if not body or not body[0].isalpha() or _STOP_AFTER.match(body):
        return None
    if not body[0].islower() and not _ACRONYM_RE.match(body):
        return None  # a capitalised word starts a new clause; an acronym (TTHC) is a noun
    stop = _AFTER_END_RE.search(body)
    phrase = body[:stop.start()] if stop else body
    words = phrase.split()
    if len(words) > 14:
        phrase = " ".join(words[:14])
    return _clean_metric(phrase)


_UNKNOWN = object()


def _rstripped_end(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())``, walking back over the spaces only (no copy of the prefix)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _metric_before(text: str, clause_start: int, qstart: int, verb=_UNKNOWN) -> str | None:
    """``verb``: the last verb of ``text[clause_start:qstart]`` when already known."""
    segment = text[clause_start:qstart]
    if verb is _UNKNOWN:
        verb = _last_verb(segment)
    if verb is None:
        return _clean_metric(segment)
    after = _clean_metric(segment[verb.end():])
    if after and verb.group("ch"):
        return after
    subject = _clean_metric(segment[:verb.start()])
    if subject and _SHARE_VERB_RE.fullmatch(verb.group(0)):
        return f"{verb.group(0).split()[-2]} lệ {subject}"
    return subject or after

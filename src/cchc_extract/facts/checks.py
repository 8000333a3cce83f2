"""Arithmetic checks between dossier counts: parts that sum to a total.

Where an article gives a total and its breakdown, the parts should add up:

* received = online + in person (+ postal):
  ``tiếp nhận 79.094 hồ sơ (1.374 hồ sơ trực tuyến, 77.720 hồ sơ trực tiếp)``;
* resolved = early + on time + overdue:
  ``giải quyết 299 hồ sơ; trong đó, trước hạn 288 hồ sơ, đúng hạn 11 hồ sơ``;
* received = resolved + pending:
  ``tiếp nhận 100 hồ sơ, trong đó đã giải quyết 92 hồ sơ, đang giải quyết 8 hồ sơ``;
* a total = its shares by office:
  ``tiếp nhận 900 hồ sơ, trong đó Cục A tiếp nhận 500 hồ sơ; các đơn vị được Cục giao 400 hồ sơ``.

Each count belongs to one total (``DossierCount.part_of``), so a breakdown is
never added to the total it breaks down: sum only counts whose ``part_of`` is null.

Each relation found becomes a :class:`~cchc_extract.records.Check` whose
``holds`` says whether the figures agree.  A false check is kept: it points
at a typo in the article or an extraction error, and both are worth seeing.
Approximate figures (``trên 90.400``, ``1,2 nghìn``) are compared with the
slack their wording allows.
"""

from __future__ import annotations

import logging

import regex

from ..context import ArticleContext, stage
from ..numbers import SCALE_WORDS
from ..records import Check, DossierCount
from ..segment import Sentence, sentences as split_sentences

log = logging.getLogger(__name__)

#: Breakdowns of a total: (total status, what the parts are, kinds of parts needed).
_CHANNEL_PARTS = {"online", "in_person", "postal"}
_TIMELINESS = {"early", "on_time", "overdue"}
_BACKLOG = {"resolved", "pending"}

_DECIMALS_RE = regex.compile(r"\d,(\d++)")
_SCALE_RE = regex.compile(r"(?i)(?<!\p{L})(" + "|".join(sorted(SCALE_WORDS, key=len, reverse=True)) + r")(?!\p{L})")


def _slack(c: DossierCount) -> float:
    """How far the true figure may be from ``c.count`` given how it is written."""
    m = _SCALE_RE.search(c.text)
    if not m:
        return 0.0
    scale = SCALE_WORDS[m.group(1).lower()]
    d = _DECIMALS_RE.search(c.text)
    decimals = len(d.group(1)) if d else 0
    return 0.5 * scale / (10 ** decimals)


def _holds(total: DossierCount, parts: list[DossierCount]) -> bool:
    s = sum(p.count for p in parts)
    slack = _slack(total) + sum(_slack(p) for p in parts)
    if any(p.qualifier for p in parts) or total.qualifier == "approx":
        slack = max(slack, 0.05 * max(total.count, 1))
    q = total.qualifier
    if q in ("over", "at_least"):
        return s + slack >= total.count if q == "at_least" else s + slack > total.count
    if q in ("under", "at_most"):
        return s - slack <= total.count if q == "at_most" else s - slack < total.count
    return abs(s - total.count) <= slack


def _dimension_res() -> dict[str, list[tuple[regex.Pattern, str]]]:
    from .dossiers import _DATA as DOSSIER_DATA

    out: dict[str, list[tuple[regex.Pattern, str]]] = {}
    for dim, values in DOSSIER_DATA["breakdowns"]["dimensions"].items():
        words = sorted(((w, v) for v, ws in values.items() for w in ws), key=lambda t: -len(t[0]))
        out[dim] = [(regex.compile(r"(?i)(?<![\p{L}\p{M}])" + r"\s++".join(map(regex.escape, w.split()))
                                   + r"(?![\p{L}\p{M}])"), v) for w, v in words]
    return out


_DIMENSIONS = _dimension_res()


def _share(text: str, c: DossierCount, dim: str) -> str | None:
    """The share of ``dim`` a part names in the words before it (``cấp huyện 30.000 hồ sơ``)."""
    from .dossiers import _before_text

    before = _before_text(text, c.start)
    best, at = None, -1
    for rx, value in _DIMENSIONS[dim]:
        for m in rx.finditer(before):
            if m.start() > at:
                best, at = value, m.start()
    return best


def _relations(total: DossierCount, children: list[tuple[int, DossierCount]], text: str = "") -> list[list[int]]:
    groups = []
    if text:
        same = [(i, c) for i, c in children if c.status == total.status and c.channel == total.channel]
        for dim in _DIMENSIONS:
            shares = [(i, _share(text, c, dim)) for i, c in same]
            shares = [(i, v) for i, v in shares if v]
            if len({v for _, v in shares}) >= 2:
                groups.append([i for i, _ in shares])
    if total.channel is None:
        chan = [(i, c) for i, c in children if c.channel in _CHANNEL_PARTS and c.status == total.status]
        if len({c.channel for _, c in chan}) >= 2:
            groups.append([i for i, _ in chan])
    if total.status == "resolved":
        timely = [(i, c) for i, c in children if c.status in _TIMELINESS]
        if len({c.status for _, c in timely}) >= 2:
            groups.append([i for i, _ in timely])
    if total.status == "received":
        backlog = [(i, c) for i, c in children if c.status in _BACKLOG
                   and (c.channel is None or c.channel == total.channel)]
        if {c.status for _, c in backlog} == _BACKLOG:
            groups.append([i for i, _ in backlog])
    grouped = {i for g in groups for i in g}
    offices = [(i, c) for i, c in children if i not in grouped and c.status == total.status
               and c.channel == total.channel and c.agency is not None]
    if len({c.agency for _, c in offices}) >= 2:
        # `tiếp nhận 900 hồ sơ, trong đó Sở A tiếp nhận 500 hồ sơ; Sở B tiếp nhận 400 hồ sơ`
        groups.append([i for i, _ in offices])
    return groups


def find_checks(counts: list[DossierCount], text: str = "", *,
                sentences: list[Sentence] | None = None) -> list[Check]:
    """Sum checks between ``counts`` (indexes into that list), read from ``text``.

    Counts whose span does not read its text are left out of every check;
    without the text no relation can be found and the result is empty.
    """
    from .dossiers import parents_of
    from ..segment import sentence_index

    if not text or len(counts) < 3:
        return []
    usable = [i for i, c in enumerate(counts)
              if 0 <= c.start <= c.end <= len(text) and text[c.start:c.end] == c.text and c.count >= 0]
    # one count per span, in text order
    seen: set[tuple[int, int]] = set()
    order = []
    for i in sorted(usable, key=lambda i: (counts[i].start, counts[i].end)):
        key = (counts[i].start, counts[i].end)
        if key in seen or (order and counts[order[-1]].end > counts[i].start):
            continue
        seen.add(key)
        order.append(i)
    if len(order) < 3:
        return []
    ordered = [counts[i] for i in order]
    sents = sentences if sentences is not None else split_sentences(text)
    parents = parents_of(text, ordered, sents)
    sidx = [sentence_index(sents, c.start) for c in ordered]
    children_of: dict[int, list[tuple[int, DossierCount]]] = {}
    for k, p in enumerate(parents):
        if p is not None:
            children_of.setdefault(p, []).append((order[k], ordered[k]))
    groups: list[tuple[int, list[int]]] = []
    for t, children in sorted(children_of.items()):
        if len(children) < 2:
            continue
        for group in _relations(ordered[t], children, text):
            groups.append((order[t], sorted(group)))
    found = {(t, tuple(g)) for t, g in groups}
    for t, group in _backlog_runs(ordered, parents, sidx):
        key = (order[t], tuple(sorted(order[k] for k in group)))
        if key not in found:
            found.add(key)
            groups.append((key[0], list(key[1])))
    return [Check(kind="sum", total=t, parts=parts, holds=_holds(counts[t], [counts[i] for i in parts]))
            for t, parts in sorted(groups)]


def _backlog_runs(ordered: list[DossierCount], parents: list[int | None], sidx: list[int]):
    """``tiếp nhận 3.456 hồ sơ; đã giải quyết 3.400 hồ sơ …; đang giải quyết 56 hồ sơ``:
    one sentence that reports what came in, what was resolved and what is pending."""
    for t, total in enumerate(ordered):
        if total.status != "received" or total.channel is not None or parents[t] is not None or sidx[t] < 0:
            continue
        resolved, pending = [], []
        for k in range(t + 1, len(ordered)):
            c = ordered[k]
            if sidx[k] != sidx[t] or (c.status == "received" and parents[k] is None):
                break
            if parents[k] not in (None, t) or c.channel not in (None, total.channel):
                continue
            if c.status == "resolved":
                resolved.append(k)
            elif c.status == "pending":
                pending.append(k)
        if len(resolved) == 1 and pending:
            yield t, resolved + pending


@stage("checks", requires=("dossier_counts",), assigns=("checks",))
def checks_stage(ctx: ArticleContext) -> None:
    """Sum checks between the dossier counts (optional field: never fails the article)."""
    if len(ctx.dossier_counts) < 3:
        ctx.checks = []
        return
    try:
        ctx.checks = find_checks(ctx.dossier_counts, ctx.text, sentences=ctx.sentences)
    except Exception:  # noqa: BLE001 - an optional field must not cost the article its facts
        log.warning("%s: checks skipped", ctx.article.doc_id, exc_info=True)
        ctx.checks = []

"""Traced entity extraction for the confidence study (no change to the project).

extract_traced(path) -> (text, record, ents) where ents is a list of dicts:
  start, end, label, text, pass_first, pass_last, n_props (how many passes proposed the
  exact span+label), n_cands_overlap (candidates overlapping the span), n_cands_otherlabel,
  prio.
The entity stage's find_entities is replaced by a copy that records which pass added each
candidate; the output is asserted equal to the untraced find_entities.
"""
import cchc_extract.facts.entities as E
from cchc_extract.facts.entities import (_Found, _run, _people, _resolve, rules, _BODIES_AND_PLACES, _SHAPES,
                                         _PEOPLE_CHECKS, _LAST_CHECKS, _LAST_CHECKS_AGAIN)
from cchc_extract.facts.entities import introduced_people, _glued_authors, repeated_names, foreign_short_names
from cchc_extract.records import Entity
from cchc_extract.reading import read_article
from cchc_extract.pipeline import _default_pipeline

_orig = E.find_entities
LAST = {}


def _name(p):
    return getattr(p, "__name__", repr(p))


def traced_find_entities(text, authors=()):
    r = rules()
    f = _Found(text, r)
    first, last, nprop = {}, {}, {}

    def step(name, fn):
        before = set(f.items)
        fn()
        for it in set(f.items) - before:
            k = it[:3]
            first.setdefault(k, name)
            last[k] = name
            nprop[k] = nprop.get(k, 0) + 1

    def runp(passes, tag=""):
        for p in passes:
            step(_name(p) + tag, lambda p=p: p(text, r, f))

    authors = list(authors)
    runp(_BODIES_AND_PLACES)
    step("_people", lambda: _people(authors)(text, r, f))
    runp(_SHAPES)
    box = {}
    step("introduced_people", lambda: box.setdefault("i", introduced_people(text, r, f)))
    introduced = box["i"]
    step("_glued_authors", lambda: _glued_authors(text, f, authors))
    runp(_PEOPLE_CHECKS)
    runp(_LAST_CHECKS)
    kept = _resolve(f.items)
    n = len(f.items)
    step("repeated_names", lambda: repeated_names(text, kept, r, f))
    step("foreign_short_names", lambda: foreign_short_names(text, kept, r, f, introduced))
    if len(f.items) > n:
        runp(_LAST_CHECKS_AGAIN, "#2")
        kept = _resolve(f.items)
    items = set(f.items)
    info = {}
    for s, e, label in kept:
        ov = [it for it in items if it[0] < e and it[1] > s and it[:3] != (s, e, label)]
        prios = [it[3] for it in items if it[:3] == (s, e, label)]
        info[(s, e, label)] = dict(pass_first=first.get((s, e, label), "?"), pass_last=last.get((s, e, label), "?"),
                                   n_props=nprop.get((s, e, label), 0), n_cands_overlap=len(ov),
                                   n_cands_otherlabel=sum(1 for it in ov if it[2] != label),
                                   n_cands_longer=sum(1 for it in ov if it[1] - it[0] > e - s),
                                   prio=min(prios) if prios else -1)
    LAST.clear()
    LAST.update(info)
    out = [Entity(text=text[s:e], start=s, end=e, label=label) for s, e, label in kept]
    return out


def extract_traced(path, check=False):
    E.find_entities = traced_find_entities
    try:
        art = read_article(path)
        rec = _default_pipeline(())(art)
    finally:
        E.find_entities = _orig
    info = dict(LAST)
    ents = []
    for e in rec.entities:
        d = dict(start=e.start, end=e.end, label=e.label, text=e.text)
        d.update(info.get((e.start, e.end, e.label), dict(pass_first="?", pass_last="?")))
        ents.append(d)
    if check:
        rec2 = _default_pipeline(())(read_article(path))
        assert [(e.start, e.end, e.label) for e in rec2.entities] == [(d["start"], d["end"], d["label"]) for d in ents]
    return art.text, rec, ents

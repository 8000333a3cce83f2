"""People (PER), places (LOC) and organisations (ORG) of Vietnamese public administration.

One flat layer of mentions, outermost span, exact offsets.  The tagger is
rules over the language's own vocabulary (``patterns/entities.yaml``) and a
place gazetteer (``gazetteers/places.tsv``), with no statistical model:

* **LOC**: a type word and a capitalised name (``tỉnh Nghệ An``, ``TP. Long
  Xuyên``, ``TP.HCM``, ``Phường 3``), names coordinated with it
  (``quận Lê Chân và Ngô Quyền``) or in parentheses after it, bare
  gazetteer names (provinces before and after the 2025 merger, provincial
  cities, regions, countries), and named places (``Quảng trường Ba Đình``).
* **ORG**: administrative bodies with a level word or locality (``UBND
  tỉnh``, ``Bộ phận một cửa UBND Thành phố Vinh``), party committees with a
  name or an organ (``Thành ủy Vinh``, ``Ban Thường vụ Tỉnh ủy``), national
  bodies (``Chính phủ``), ministries and departments (``Sở Nội vụ``),
  institutions (``Trường mầm non Hoa Sen``), outlets and brands.
* **PER**: a capitalised run after an honorific or a post (``ông``,
  ``Tổng Bí thư``), a run that starts with a family name, photo credits
  and byline lines.

Candidates from all rules are resolved longest-first, so the outermost span
wins (``UBND Thành phố Vinh`` is one ORG, not ORG + LOC).  Every pattern is
a linear scan: possessive repetition, no nested unbounded groups.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...context import ArticleContext, stage
from ...records import Entity
from .rules import rules
from .names import _Found, _at, _next_is_lower, _honorific
from .orgs import _typed_places, _bodies, _party, _national, _institutions, _outlets, _coordinated_paren
from .named_places import _named_places, places_after_prepositions
from .people import _persons, _source_pairs, _coordinated_people, _bylines, _runs, _glued_authors
from .people import schools_named_after_people, streets_in_lists, last_person_checks
from .gazscan import gazetteer_orgs, shared_heads, counted_bodies, addresses, acronyms, repeated_names, drop_places_after_kin
from .orgplace import orgs_ending_in_places, streets_after_numbers, abbreviation_and_place, branches, news_agencies
from .unitlists import unit_lists, phong_chong, offices_of_bodies, steering_bodies
from .sports import match_reports
from .credits import _credits
from .clubs import clubs
from .given_names import anh_given_names, given_names_spelling_places, truong_given_names
from .foreign import introduced_people, foreign_short_names
from .states import state_forms
from .fixtures import fixtures
from .continuations import sentence_case_fields, dotted_abbreviations, names_before_acronyms, lowercase_tails, school_fields, tails_closed_by_places
from .continuations import police_branches
from .titles import drop_quoted_titles
from .commonuses import common_uses
from .nested import dashed_bodies, units_in_bodies, lowercase_units, numbered_hamlets, gardens
from .compounds import compound_cuts, lowercase_cuts
from .notnames import drop_things, sponsor_clubs
from .companies import companies, press_names, tong_bodies
from .lowerbodies import lowercase_bodies, departments_and_chambers
from .byuse import honorific_places, uses_not_entities
from .runons import field_labels, people_after_places
from .located import bodies_located_at, parents_with_bodies, armed_groups
from .nameends import cut_time_phrases, foreign_chairs, hyphen_places, two_ended_areas
from .events import drop_events, credited_towns, lakes, drop_bare_abbreviations, streets_after_tuyen

__all__ = ["find_entities", "entities_stage", "rules"]


def _resolve(items: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str]]:
    """Longest first, then by label priority; drop anything overlapping a kept span."""
    items = sorted(set(items), key=lambda x: (-(x[1] - x[0]), x[3], x[0]))
    taken: list[tuple[int, int]] = []
    out = []
    import bisect
    starts: list[int] = []
    for s, e, label, _ in items:
        i = bisect.bisect_left(starts, s)
        if i > 0 and taken[i - 1][1] > s:
            continue
        if i < len(taken) and taken[i][0] < e:
            continue
        taken.insert(i, (s, e))
        starts.insert(i, s)
        out.append((s, e, label))
    out.sort()
    return out


def _ends_and_events(text: str, r, f: _Found) -> None:
    """The last checks on every candidate: time phrases cut, events, credits, lakes, bare kinds of bodies."""
    two_ended_areas(text, r, f)
    hyphen_places(text, r, f)
    foreign_chairs(text, r, f)
    cut_time_phrases(text, r, f)
    drop_events(text, f)
    credited_towns(text, r, f)
    lakes(text, r, f)
    drop_bare_abbreviations(text, f)


def find_entities(text: str, authors: Iterable[str] = ()) -> list[Entity]:
    """Every PER, LOC and ORG mention in ``text``, one flat layer, in text order.

    ``authors`` are byline names found elsewhere (the metadata stage); their
    occurrences are PER too.

    >>> [(e.text, e.label) for e in find_entities("Ông Lê Văn Hải, Chủ tịch UBND tỉnh Nghệ An, cho biết.")]
    [('Lê Văn Hải', 'PER'), ('UBND tỉnh Nghệ An', 'ORG')]
    """
    r = rules()
    f = _Found(text, r)
    _typed_places(text, r, f)
    _bodies(text, r, f)
    _party(text, r, f)
    _national(text, r, f)
    _institutions(text, r, f)
    _outlets(text, r, f)
    _named_places(text, r, f)
    state_forms(text, r, f)
    sentence_case_fields(text, r, f)
    police_branches(text, r, f)
    gazetteer_orgs(text, f)
    shared_heads(text, r, f)
    counted_bodies(text, r, f)
    # org/loc spans by start, for posts followed by a body and a name
    spans_at: dict[int, int] = {}
    for s, e, label, _ in f.items:
        if label in ("ORG", "LOC") and e > spans_at.get(s, -1):
            spans_at[s] = e
    # a typed place or a body may be followed by a coordinated / parenthesised place
    for s, e in list(spans_at.items()):
        _coordinated_paren(text, e, r, f)
    _persons(text, r, f, spans_at)
    _credits(text, r, f)
    _source_pairs(text, r, f)
    _bylines(text, r, f, authors)
    _runs(text, r, f)
    places_after_prepositions(text, r, f)
    _coordinated_people(text, r, f)
    schools_named_after_people(text, r, f)
    for m in _at(r.gaz_re, text, f.at.get("gaz", ())):
        name = m.group()
        if " " not in name and (name in r.break_before_lower and _next_is_lower(text, m.end(), name, r)
                                or _honorific(text, m.end(), name, r)):
            continue  # ``Pháp chế`` (legal affairs), not France; ``Đức Phật``, not Germany
        f.add(m.start(), m.end(), "LOC", 1)
    for m in _at(r.gaz_upper_re, text, f.at.get("gazup", ())):
        if any(s <= m.start() < e for s, e, _, _ in f.items):
            continue
        # ``UBND TỈNH NGHỆ AN``: the level word before it takes the name
        typed = r.type_before_re.search(text, max(0, m.start() - 12), m.start())
        if not typed:
            f.add(m.start(), m.end(), "LOC", 1)
            continue
        before = [it for it in f.items if it[1] == typed.end() - 1 and it[0] <= typed.start()]
        if before:
            s, _, label, prio = max(before, key=lambda it: it[1] - it[0])
            f.add(s, m.end(), label, prio)
        else:
            f.add(typed.start(), m.end(), "LOC", 1)
    companies(text, r, f)
    lowercase_bodies(text, r, f)
    departments_and_chambers(text, r, f)
    press_names(text, r, f)
    streets_in_lists(text, r, f)
    orgs_ending_in_places(text, r, f)
    abbreviation_and_place(text, r, f)
    branches(text, r, f)
    news_agencies(text, r, f)
    streets_after_numbers(text, r, f)
    addresses(text, r, f)
    acronyms(text, f)
    phong_chong(text, r, f)
    unit_lists(text, r, f)
    steering_bodies(text, r, f)
    offices_of_bodies(text, f)
    tong_bodies(text, r, f)
    match_reports(text, r, f)
    sponsor_clubs(text, r, f)
    fixtures(text, r, f)
    clubs(text, r, f)
    dotted_abbreviations(text, r, f)
    names_before_acronyms(text, r, f)
    lowercase_tails(text, r, f)
    tails_closed_by_places(text, r, f)
    school_fields(text, f)
    dashed_bodies(text, r, f)
    units_in_bodies(text, r, f)
    lowercase_units(text, r, f)
    numbered_hamlets(text, r, f)
    gardens(text, r, f)
    bodies_located_at(text, r, f)
    parents_with_bodies(text, r, f)
    armed_groups(text, r, f)
    streets_after_tuyen(text, r, f)
    introduced = introduced_people(text, r, f)
    _glued_authors(text, f, list(authors))
    last_person_checks(text, f)
    drop_places_after_kin(text, r, f)
    anh_given_names(text, r, f)
    given_names_spelling_places(text, r, f)
    truong_given_names(text, r, f)
    drop_quoted_titles(text, f)
    common_uses(text, f)
    compound_cuts(text, r, f)
    lowercase_cuts(text, r, f)
    field_labels(text, f)
    people_after_places(text, r, f)
    _ends_and_events(text, r, f)
    drop_things(text, f)
    honorific_places(text, r, f)
    uses_not_entities(text, r, f)
    kept = _resolve(f.items)
    n = len(f.items)
    repeated_names(text, kept, r, f)
    foreign_short_names(text, kept, r, f, introduced)
    if len(f.items) > n:
        drop_quoted_titles(text, f)  # the names repeated late are no title's either
        common_uses(text, f)
        compound_cuts(text, r, f)
        lowercase_cuts(text, r, f)
        field_labels(text, f)
        people_after_places(text, r, f)
        _ends_and_events(text, r, f)
        drop_things(text, f)
        uses_not_entities(text, r, f)
        kept = _resolve(f.items)
    return [Entity(text=text[s:e], start=s, end=e, label=label) for s, e, label in kept]


@stage("entities", requires=("boilerplate", "authors"), assigns=("entities",))
def entities_stage(ctx: ArticleContext) -> None:
    """PER, LOC and ORG mentions (see :func:`find_entities`)."""
    ctx.entities = [e for e in find_entities(ctx.text, ctx.authors) if not ctx.in_boilerplate(e.start)]

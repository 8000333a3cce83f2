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
from .orgs import _typed_places, _bodies, _party, _national, _outlets, _coordinated_paren
from .institutions import _institutions
from .named_places import _named_places, places_after_prepositions, numbered_roads
from .people import _persons, _source_pairs, _coordinated_people, _bylines, _runs, _glued_authors
from .people import schools_named_after_people, streets_in_lists, last_person_checks
from .gazscan import gazetteer_orgs, shared_heads, counted_bodies, addresses, acronyms, repeated_names, drop_places_after_kin
from .orgplace import orgs_ending_in_places, streets_after_numbers, abbreviation_and_place, branches, news_agencies
from .unitlists import unit_lists, phong_chong, offices_of_bodies, steering_bodies
from .sports import match_reports
from .credits import _credits
from .clubs import clubs
from .given_names import anh_given_names, given_names_spelling_places, truong_given_names, bare_given_names
from .foreign import introduced_people, foreign_short_names
from .states import state_forms
from .fixtures import fixtures
from .continuations import sentence_case_fields, dotted_abbreviations, names_before_acronyms, lowercase_tails, school_fields, tails_closed_by_places
from .continuations import police_branches
from .titles import drop_quoted_titles
from .commonuses import common_uses
from .nested import dashed_bodies, units_in_bodies, lowercase_units, numbered_hamlets, gardens, units_after_posts
from .compounds import compound_cuts, lowercase_cuts
from .notnames import drop_things, sponsor_clubs, codes_not_bodies
from .companies import companies, press_names, tong_bodies
from .lowerbodies import lowercase_bodies, departments_and_chambers
from .byuse import honorific_places, uses_not_entities
from .runons import field_labels, people_after_places
from .located import bodies_located_at, parents_with_bodies, armed_groups
from .nameends import cut_time_phrases, foreign_chairs, hyphen_places, two_ended_areas
from .events import drop_events, credited_towns, lakes, drop_bare_abbreviations, streets_after_tuyen
from .ethnic import ethnic_groups, country_given_names
from .bylinetails import byline_outlets, reported_from, clubs_after_players
from .bodytails import hospital_tails, lowercase_names, landmark_cities

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


def _without_rules(fn):
    """A pass that reads only the text and the candidates, called like the others."""
    def run(text: str, r, f: _Found) -> None:
        fn(text, f)
    run.__name__ = fn.__name__
    return run


def _people(authors: Iterable[str]):
    """People after the bodies and places: posts before a body and a name, credits,
    bylines (``authors`` found by the metadata stage), capitalised runs."""
    def _find_people(text: str, r, f: _Found) -> None:
        # org/loc spans by start, for posts followed by a body and a name
        spans_at = f.longest_at("ORG", "LOC")
        # a typed place or a body may be followed by a coordinated / parenthesised place
        for s, e in list(spans_at.items()):
            _coordinated_paren(text, e, r, f)
        _persons(text, r, f, spans_at)
        _credits(text, r, f)
        _source_pairs(text, r, f)
        _bylines(text, r, f, authors)
    return _find_people


def _gazetteer_places(text: str, r, f: _Found) -> None:
    """Bare gazetteer places, in title case and in capitals."""
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


#: Passes that propose bodies and places first (a later pass sees what the earlier ones found).
_BODIES_AND_PLACES = (
    _typed_places, _bodies, _party, _national, _institutions, _outlets, _named_places, numbered_roads, state_forms,
    sentence_case_fields, police_branches, _without_rules(gazetteer_orgs), shared_heads, counted_bodies)

#: After the people: more runs, bare gazetteer places, then the named shapes of bodies and places.
_SHAPES = (
    _runs, places_after_prepositions, _coordinated_people, schools_named_after_people, _gazetteer_places,
    companies, lowercase_bodies, departments_and_chambers, press_names, streets_in_lists, orgs_ending_in_places,
    abbreviation_and_place, branches, news_agencies, streets_after_numbers, addresses, _without_rules(acronyms),
    phong_chong, unit_lists, steering_bodies, _without_rules(offices_of_bodies), tong_bodies, match_reports,
    sponsor_clubs, fixtures, clubs, dotted_abbreviations, names_before_acronyms, lowercase_tails,
    tails_closed_by_places, _without_rules(school_fields), dashed_bodies, units_in_bodies, units_after_posts, lowercase_units,
    numbered_hamlets, gardens, bodies_located_at, parents_with_bodies, armed_groups, streets_after_tuyen)

#: Checks of people once every candidate is in (after ``introduced_people`` and the byline names).
_PEOPLE_CHECKS = (
    _without_rules(last_person_checks), country_given_names, drop_places_after_kin, anh_given_names, given_names_spelling_places,
    truong_given_names)

#: The last checks on every candidate: cuts, run-ons, time phrases, events, credits, lakes,
#: bare kinds of bodies, things and uses that name no entity.  Run again over the names
#: repeated late (without ``honorific_places``, which only the first run needs).
_LAST_CHECKS = (
    _without_rules(drop_quoted_titles), _without_rules(common_uses), compound_cuts, lowercase_cuts,
    _without_rules(field_labels), people_after_places, two_ended_areas, hyphen_places, foreign_chairs,
    cut_time_phrases, _without_rules(drop_events), credited_towns, lakes, _without_rules(drop_bare_abbreviations),
    _without_rules(drop_things), _without_rules(codes_not_bodies), _without_rules(ethnic_groups), _without_rules(byline_outlets), reported_from,
    _without_rules(clubs_after_players), _without_rules(hospital_tails),
    _without_rules(lowercase_names), landmark_cities, honorific_places, uses_not_entities)
_LAST_CHECKS_AGAIN = tuple(p for p in _LAST_CHECKS if p is not honorific_places)


def _run(passes, text: str, r, f: _Found) -> None:
    for run in passes:
        run(text, r, f)


def find_entities(text: str, authors: Iterable[str] = ()) -> list[Entity]:
    """Every PER, LOC and ORG mention in ``text``, one flat layer, in text order.

    ``authors`` are byline names found elsewhere (the metadata stage); their
    occurrences are PER too.  The passes run in the order of
    :data:`_BODIES_AND_PLACES`, people, :data:`_SHAPES`, :data:`_PEOPLE_CHECKS`
    and :data:`_LAST_CHECKS`; candidates are then resolved longest-first.

    >>> [(e.text, e.label) for e in find_entities("Ông Lê Văn Hải, Chủ tịch UBND tỉnh Nghệ An, cho biết.")]
    [('Lê Văn Hải', 'PER'), ('UBND tỉnh Nghệ An', 'ORG')]
    """
    r = rules()
    f = _Found(text, r)
    _run(_BODIES_AND_PLACES, text, r, f)
    _people(authors)(text, r, f)
    _run(_SHAPES, text, r, f)
    introduced = introduced_people(text, r, f)
    _glued_authors(text, f, list(authors))
    _run(_PEOPLE_CHECKS, text, r, f)
    _run(_LAST_CHECKS, text, r, f)
    kept = _resolve(f.items)
    n = len(f.items)
    repeated_names(text, kept, r, f)
    foreign_short_names(text, kept, r, f, introduced)
    bare_given_names(text, kept, r, f)
    if len(f.items) > n:  # the names repeated late go through the last checks too
        _run(_LAST_CHECKS_AGAIN, text, r, f)
        kept = _resolve(f.items)
    return [Entity(text=text[s:e], start=s, end=e, label=label) for s, e, label in kept]


@stage("entities", requires=("boilerplate", "authors"), assigns=("entities",))
def entities_stage(ctx: ArticleContext) -> None:
    """PER, LOC and ORG mentions (see :func:`find_entities`)."""
    ctx.entities = [e for e in find_entities(ctx.text, ctx.authors) if not ctx.in_boilerplate(e.start)]

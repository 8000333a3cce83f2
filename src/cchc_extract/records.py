"""Pydantic v2 models: the JSON output contract (``../shared/spec/records.md``).

Field names and value formats here are fixed by the contract; fields may be
added, never renamed or dropped.  Every extracted item carries ``start``/``end``
offsets into the article text (NFC-normalised file content) and ``text`` equal
to ``article_text[start:end]``; :meth:`ArticleRecord.check_offsets` verifies it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ._version import __version__
from .errors import OffsetError
from .patterndata import doc_types

#: ``doc_type`` slugs, from the language data (``patterns/legal.yaml``), so
#: a type the rules can give is always a type the record accepts.
DocType = Literal[doc_types()]  # type: ignore[valid-type]
DateKind = Literal["datetime", "date", "month", "quarter", "half_year", "year", "period"]
Qualifier = Literal["over", "under", "approx", "at_least", "at_most"]
DossierStatus = Literal["received", "resolved", "on_time", "early", "overdue", "pending", "unknown"]
Channel = Literal["online", "in_person", "postal"]
MetricKind = Literal["on_time_rate", "overdue_rate", "online_rate", "online_payment_rate", "digitisation_rate",
                     "satisfaction_rate", "index_score", "completion_rate", "growth_rate", "other"]
EntityLabel = Literal["PER", "LOC", "ORG"]


#: Item ids: a letter per fact list and the item's 1-based position in it (``p3`` is
#: the third percentage, ``d1`` the first dossier count), unique within a record and
#: stable for a given output; tables and checks refer to items by them.
ITEM_PREFIX: dict[str, str] = {"legal_documents": "l", "dates": "t", "percentages": "p", "dossier_counts": "d",
                               "entities": "e", "quantities": "q", "checks": "c"}


def item_id(field: str, index: int) -> str:
    """The id of item ``index`` (0-based) of the record list ``field``: ``item_id("percentages", 2) == "p3"``."""
    return f"{ITEM_PREFIX[field]}{index + 1}"

_FROM_ARTICLE = "; null when it is the article's province (an agency named by its level alone: UBND tỉnh)"
_ARTICLE = "that the article is about (the one its title names, else two thirds of the units it names)"


def _agency_key():
    """One key for one body however it is spelt (keys.agency_key)."""
    return Field(None, description="The agency normalised so that spellings and abbreviations of one body give "
                                   "one key (TP Vinh, Thành phố Vinh: thành phố vinh; Sở TT&TT: sở thông tin và "
                                   "truyền thông).")


def _province_code(what: str):
    return Field(None, description=f"The code of the current province (after the 2025 merger; vietnam-provinces "
                                   f"and GSO code: 40 Nghệ An, 8 Tuyên Quang) {what}; null when the text does "
                                   f"not determine it.")


def _province_name():
    return Field(None, description="The current name of that province, from vietnam-provinces (Tuyên Quang, "
                                   "Thành phố Hà Nội).")


def _province_as_written(note: str):
    return Field(None, description=f"The province under the name of the unit's own time: as the text writes it "
                                   f"when it names one (Hà Giang, merged into Tuyên Quang in 2025), else the "
                                   f"province of 2008-2025 of the named district or commune (Nghệ An for TP "
                                   f"Vinh){note}.")


#: BaseModel's own slot for the names of the fields set (``model_fields_set``).
_FIELDS_SET_SLOT = BaseModel.__dict__["__pydantic_fields_set__"]
#: One frozenset per distinct set of field names, shared by every item that has it.
_SHARED_FIELDS_SETS: dict[frozenset, frozenset] = {}


def _shared(names) -> frozenset:
    key = frozenset(names)
    return _SHARED_FIELDS_SETS.setdefault(key, key)


def _get_fields_set(model: BaseModel) -> set[str]:
    """The model's own ``set`` of field names, made from its shared frozenset on first
    use: pydantic, and callers of ``model_fields_set``, add names to it in place."""
    names = _FIELDS_SET_SLOT.__get__(model)
    if type(names) is frozenset:
        names = set(names)
        _FIELDS_SET_SLOT.__set__(model, names)
    return names


def _set_fields_set(model: BaseModel, names) -> None:
    # pydantic sets a new set for every item it validates: keep a shared frozenset instead
    _FIELDS_SET_SLOT.__set__(model, _shared(names) if type(names) is set else names)


def mark_set(item: BaseModel, *names: str) -> None:
    """Add ``names`` to ``item.model_fields_set`` (after ``object.__setattr__``, which skips
    validate_assignment) without giving the item a set of its own."""
    have = _FIELDS_SET_SLOT.__get__(item)
    if type(have) is frozenset:
        if not have.issuperset(names):
            _FIELDS_SET_SLOT.__set__(item, _shared(have.union(names)))
    else:
        have.update(names)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    # Memory (issue 18: a 64 MB article holds some 180,000 items): pydantic gives
    # every instance its own set of the names of the fields set, a 728-byte hash
    # table for five fields or more, over half of a date mention's size.  Items with
    # the same names share one frozenset instead; reading the attribute (as
    # pydantic does on assignment, and ``model_fields_set``) gives the item its
    # own ``set`` of the same names, so what it holds and how it is mutated are
    # unchanged.  The JSON serializer does not read it.
    __pydantic_fields_set__ = property(_get_fields_set, _set_fields_set)  # type: ignore[assignment]


class Span(_Model):
    """A piece of the article text: ``text == article_text[start:end]``."""

    text: str = Field(description="The text as written: always article_text[start:end].")
    start: int = Field(ge=0, description="Start offset in the article text (Unicode code points, NFC text).")
    end: int = Field(ge=0, description="End offset in the article text (exclusive).")


class LegalDocument(_Model):
    """One distinct legal, administrative or party document, with all its mentions."""

    doc_type: DocType = Field(description="The document type as a slug (nghi_quyet, quyet_dinh, ke_hoach, ...; "
                                          "tieu_chuan for standards, other otherwise).")
    type_name: str = Field(description="The type as written in the first mention (Nghị quyết).")
    number: str | None = Field(None, description="The number as written, without 'số' (03, 93, 30c); null for an "
                                                 "unnumbered document.")
    code: str | None = Field(None, description="The full official reference when written (93/2007/QĐ-TTg, "
                                               "02-NQ/TU, 04/NQ-HĐND).")
    year: int | None = Field(None, description="The year in the code, or of the issue date.")
    issued_date: str | None = Field(None, description="The issue date, ISO 8601 (2021-04-29).")
    issuer: str | None = Field(None, description="The issuing body as written (Ban chấp hành Đảng bộ Thành phố, "
                                                 "Bộ Chính trị, Thủ tướng Chính phủ).")
    #: The one body a code suffix names (``NĐ-CP`` → ``Chính phủ``, ``TT-BYT``
    #: → ``Bộ Y tế``), whatever the text writes: inferred, so kept apart from
    #: ``issuer``, which is only ever the issuer as written.
    issuer_from_code: str | None = Field(None, description="The one body a code suffix names (NĐ-CP: Chính phủ), "
                                                           "inferred, whatever the text writes; apart from issuer.")
    title: str | None = Field(None, description="The subject or quoted title of the document.")
    mentions: list[Span] = Field(default_factory=list, description="Every mention of the document in the text.")
    id: str | None = Field(None, description="The item's id in its record (see item_id): l1, t3, p2, d1, e5, q1, c1.")
    #: The same document in every article (``nghi_quyet:19/2017/NQ-CP``,
    #: ``luat:dat-dai:2013``); null when the text does not identify it nationally.
    key: str | None = Field(None, description="The same document in every article (nghi_quyet:19/2017/NQ-CP, "
                                              "luat:dat-dai:2013); null when the text does not identify it nationally.")


class DateMention(Span):
    """A date, month, quarter, half year, year or period written in the article."""

    kind: DateKind = Field(description="datetime, date, month, quarter, half_year, year or period.")
    value: str = Field(description="The normalised value: 2019-05-27T17:34, 2021-04-29, 2023-03, 2023-Q1, 2023-H1, "
                                   "2022, 2021/2025 (a period; 2021/.. open-ended); XXXX for a year that neither "
                                   "the text nor the publication date gives.")
    id: str | None = Field(None, description="The item's id in its record (see item_id): l1, t3, p2, d1, e5, q1, c1.")


class Percentage(Span):
    """A percentage, the span running from the number through '%' (98,2%, 30 - 50%)."""

    value: float | None = Field(None, description="The value of a single figure (98.2); null for a range.")
    low: float = Field(description="The lower bound; equals value for a single figure.")
    high: float = Field(description="The upper bound; equals value for a single figure.")
    qualifier: Qualifier | None = Field(None, description="over (trên, hơn, vượt), under (dưới, chưa đến), approx "
                                                          "(khoảng, gần, ước, xấp xỉ), at_least, at_most, or null.")
    is_change: bool = Field(False, description="An increase or decrease (tăng 1,4%) rather than a level.")
    is_target: bool = Field(False, description="A goal or plan figure (phấn đấu, mục tiêu, chỉ tiêu) rather than "
                                               "an achieved one.")
    metric: str | None = Field(None, description="What it measures, as written nearby (tỷ lệ đúng hạn).")
    # Linked by the link stage (facts/link.py): what kind of figure, whose, for when.
    metric_kind: MetricKind = Field("other", description="What kind of figure it is: on_time_rate, overdue_rate, "
                                                         "online_rate, online_payment_rate, digitisation_rate, "
                                                         "satisfaction_rate, index_score, completion_rate, "
                                                         "growth_rate or other.")
    agency: str | None = Field(None, description="Whose figure it is: the body or named locality it describes, as "
                                                 "written (tỉnh Quảng Nam); null when the text does not say.")
    period: str | None = Field(None, description="A DateMention value for the period the figure covers (2023-Q1).")
    id: str | None = Field(None, description="The item's id in its record (see item_id): l1, t3, p2, d1, e5, q1, c1.")
    agency_key: str | None = _agency_key()
    # Where it lies (cchc_extract.provinces): the current province, from vietnam-provinces.
    province_code: int | None = _province_code("that the agency lies in")
    province_name: str | None = _province_name()
    province_as_written: str | None = _province_as_written(_FROM_ARTICLE)


class DossierCount(Span):
    """A count of administrative dossiers (hồ sơ), the span running from the number through 'hồ sơ'."""

    count: int = Field(description="The number of dossiers (79.094 hồ sơ: 79094).")
    qualifier: Qualifier | None = Field(None, description="As for percentages (trên 90.400 hồ sơ: over).")
    status: DossierStatus = Field("unknown", description="received (tiếp nhận), resolved (giải quyết, trả kết quả), "
                                                         "on_time (đúng hạn), early (trước hạn), overdue (quá hạn, "
                                                         "trễ hạn), pending (đang giải quyết) or unknown.")
    channel: Channel | None = Field(None, description="online (trực tuyến, qua mạng), in_person (trực tiếp), "
                                                      "postal (bưu chính), or null.")
    agency: str | None = Field(None, description="The office that handled them, as written (Bộ phận một cửa UBND "
                                                 "Thành phố Vinh).")
    period: str | None = Field(None, description="A DateMention value for the period counted (2023-Q1).")
    id: str | None = Field(None, description="The item's id in its record (see item_id): l1, t3, p2, d1, e5, q1, c1.")
    #: The id of the total this count breaks down (``d1`` for the parts of
    #: ``tiếp nhận 900 hồ sơ, trong đó …``): sum only counts without one.
    part_of: str | None = Field(None, description="The id of the total this count breaks down (d1 for the parts "
                                                  "of 'tiếp nhận 900 hồ sơ, trong đó ...'): sum only counts "
                                                  "without one.")
    agency_key: str | None = _agency_key()
    # Where it lies (cchc_extract.provinces): the current province, from vietnam-provinces.
    province_code: int | None = _province_code("that the agency lies in")
    province_name: str | None = _province_name()
    province_as_written: str | None = _province_as_written(_FROM_ARTICLE)


class Entity(Span):
    """A person, place or organisation named in the article."""

    label: EntityLabel = Field(description="PER, LOC or ORG.")
    id: str | None = Field(None, description="The item's id in its record (see item_id): l1, t3, p2, d1, e5, q1, c1.")
    # Where it lies (cchc_extract.provinces): the current province, from vietnam-provinces.
    province_code: int | None = _province_code("that the place or body lies in")
    province_name: str | None = _province_name()
    province_as_written: str | None = _province_as_written("")


class Quantity(Span):
    """Another measured amount: money, area, households, projects, services, rankings."""

    kind: str = Field(description="money, area, count, rank, ...")
    value: float = Field(description="The number.")
    unit: str | None = Field(None, description="VND, USD, ha, hộ, dự án, ...")
    id: str | None = Field(None, description="The item's id in its record (see item_id): l1, t3, p2, d1, e5, q1, c1.")


class Check(_Model):
    """An arithmetic relation found between dossier counts (parts that sum to a total)."""

    kind: Literal["sum"] = Field("sum", description="The relation: sum.")
    total: int = Field(description="Index of the total in dossier_counts.")
    parts: list[int] = Field(description="Indexes of the parts in dossier_counts.")
    holds: bool = Field(description="Whether the parts add up to the total.")
    id: str | None = Field(None, description="The item's id in its record (see item_id): l1, t3, p2, d1, e5, q1, c1.")
    #: ``total`` and ``parts`` as dossier-count ids (``d1``, ``d2`` …)
    total_id: str | None = Field(None, description="The total as a dossier-count id (d1).")
    part_ids: list[str] = Field(default_factory=list, description="The parts as dossier-count ids.")


class ArticleRecord(_Model):
    """Everything extracted from one article (one JSON line in the CLI output)."""

    doc_id: str = Field(description="The article's identifier: the file name without its extension "
                                    "(000_c4378611185b4ba3).")
    source: str = Field(description="The path as given to the tool (<text> for a text).")
    title: str | None = Field(None, description="The headline.")
    authors: list[str] = Field(default_factory=list, description="Byline names (Bài và ảnh: Thu Vui gives Thu Vui).")
    outlet: str | None = Field(None, description="The publishing outlet when the text names it (Dân trí from "
                                                 "'(Dân trí) -'), or as given from outside.")
    url: str | None = Field(None, description="A source URL printed in the text, or given from outside.")
    published: str | None = Field(None, description="Publication date or date-time printed in the text (or given "
                                                    "from outside), ISO 8601 (2019-05-27T17:34).")
    legal_documents: list[LegalDocument] = Field(default_factory=list,
                                                 description="One per distinct document, with all its mentions.")
    dates: list[DateMention] = Field(default_factory=list, description="One per mention.")
    percentages: list[Percentage] = Field(default_factory=list, description="One per mention.")
    dossier_counts: list[DossierCount] = Field(default_factory=list, description="One per mention.")
    entities: list[Entity] = Field(default_factory=list, description="One per mention.")
    quantities: list[Quantity] = Field(default_factory=list, description="Other measured amounts (money, area, "
                                                                         "households, projects, services, rankings).")
    checks: list[Check] = Field(default_factory=list, description="Arithmetic relations found between facts "
                                                                  "(parts that sum to a total).")
    # Added fields (allowed by the contract): provenance of the text.
    encoding: str | None = Field(None, description="The encoding the file was decoded from (utf-8, utf-16, "
                                                   "windows-1258, ...); null for a text.")
    text_source: Literal["plain", "html"] = Field("plain", description="html when the text was extracted from a "
                                                                       "saved web page (offsets index that text).")
    #: SHA-1 of the article text (UTF-8), set by the batch runner so that
    #: ``--resume`` can tell an unchanged article from an edited one.
    content_hash: str | None = Field(None, description="SHA-1 of the article text (UTF-8), set by the batch runner "
                                                       "so that --resume can tell an edited article.")
    #: The version of cchc-extract that made the record: records of
    #: different versions may differ, so a corpus can be re-run selectively.
    extractor_version: str | None = Field(default_factory=lambda: __version__,
                                          description="The version of cchc-extract that made the record.")
    # Where it lies (cchc_extract.provinces): the current province, from vietnam-provinces.
    province_code: int | None = _province_code(_ARTICLE)
    province_name: str | None = _province_name()
    province_as_written: str | None = _province_as_written("")

    @model_validator(mode="after")
    def _item_ids(self) -> "ArticleRecord":
        """Give every item without one its id (:func:`item_id`)."""
        for field in ITEM_PREFIX:
            for i, item in enumerate(getattr(self, field)):
                if item.id is None:
                    # a plain str needs no validation: skip validate_assignment's
                    # re-validation of the whole item (a tenth of a facts-only run)
                    object.__setattr__(item, "id", item_id(field, i))
                    mark_set(item, "id")
        for c in self.checks:
            if c.total_id is None:
                c.total_id = item_id("dossier_counts", c.total)
            if not c.part_ids and c.parts:
                c.part_ids = [item_id("dossier_counts", i) for i in c.parts]
        return self

    def spans(self) -> list[Span]:
        """Every span in the record, document mentions included."""
        items: list[Span] = [m for d in self.legal_documents for m in d.mentions]
        for name in ("dates", "percentages", "dossier_counts", "entities", "quantities"):
            items.extend(getattr(self, name))
        return items

    def check_offsets(self, text: str) -> None:
        """Raise :class:`OffsetError` unless every span reads its own text."""
        for item in self.spans():
            if not (0 <= item.start <= item.end <= len(text)) or text[item.start:item.end] != item.text:
                raise OffsetError(
                    f"{self.doc_id}: span {item.text!r} at {item.start}:{item.end} "
                    f"reads {text[item.start:item.end]!r}"
                )

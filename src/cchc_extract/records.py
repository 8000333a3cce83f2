"""Pydantic v2 models: the JSON output contract (``../shared/spec/records.md``).

Field names and value formats here are fixed by the contract; fields may be
added, never renamed or dropped.  Every extracted item carries ``start``/``end``
offsets into the article text (NFC-normalised file content) and ``text`` equal
to ``article_text[start:end]``; :meth:`ArticleRecord.check_offsets` verifies it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .errors import OffsetError

DocType = Literal[
    "hien_phap", "luat", "bo_luat", "phap_lenh", "nghi_quyet", "nghi_dinh",
    "quyet_dinh", "chi_thi", "thong_tu", "thong_tu_lien_tich", "ke_hoach",
    "chuong_trinh", "de_an", "du_an", "ket_luan", "thong_bao", "cong_van",
    "huong_dan", "bao_cao", "to_trinh", "quy_che", "quy_dinh",
    "van_ban_hop_nhat", "tieu_chuan", "other",
]
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


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Span(_Model):
    """A piece of the article text: ``text == article_text[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class LegalDocument(_Model):
    """One distinct legal, administrative or party document, with all its mentions."""

    doc_type: DocType
    type_name: str
    number: str | None = None
    code: str | None = None
    year: int | None = None
    issued_date: str | None = None
    issuer: str | None = None
    #: The one body a code suffix names (``NĐ-CP`` → ``Chính phủ``, ``TT-BYT``
    #: → ``Bộ Y tế``), whatever the text writes: inferred, so kept apart from
    #: ``issuer``, which is only ever the issuer as written.
    issuer_from_code: str | None = None
    title: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    id: str | None = None
    #: The same document in every article (``nghi_quyet:19/2017/NQ-CP``,
    #: ``luat:dat-dai:2013``); null when the text does not identify it nationally.
    key: str | None = None


class DateMention(Span):
    kind: DateKind
    value: str
    id: str | None = None


class Percentage(Span):
    value: float | None = None
    low: float
    high: float
    qualifier: Qualifier | None = None
    is_change: bool = False
    is_target: bool = False
    metric: str | None = None
    # Linked by the link stage (facts/link.py): what kind of figure, whose, for when.
    metric_kind: MetricKind = "other"
    agency: str | None = None
    period: str | None = None
    id: str | None = None


class DossierCount(Span):
    count: int
    qualifier: Qualifier | None = None
    status: DossierStatus = "unknown"
    channel: Channel | None = None
    agency: str | None = None
    period: str | None = None
    id: str | None = None
    #: The id of the total this count breaks down (``d1`` for the parts of
    #: ``tiếp nhận 900 hồ sơ, trong đó …``): sum only counts without one.
    part_of: str | None = None


class Entity(Span):
    label: EntityLabel
    id: str | None = None


class Quantity(Span):
    kind: str
    value: float
    unit: str | None = None
    id: str | None = None


class Check(_Model):
    kind: Literal["sum"] = "sum"
    total: int
    parts: list[int]
    holds: bool
    id: str | None = None
    #: ``total`` and ``parts`` as dossier-count ids (``d1``, ``d2`` …)
    total_id: str | None = None
    part_ids: list[str] = Field(default_factory=list)


class ArticleRecord(_Model):
    """Everything extracted from one article (one JSON line in the CLI output)."""

    doc_id: str
    source: str
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    legal_documents: list[LegalDocument] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    dossier_counts: list[DossierCount] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    # Added fields (allowed by the contract): provenance of the text.
    encoding: str | None = None
    text_source: Literal["plain", "html"] = "plain"
    #: SHA-1 of the article text (UTF-8), set by the batch runner so that
    #: ``--resume`` can tell an unchanged article from an edited one.
    content_hash: str | None = None

    @model_validator(mode="after")
    def _item_ids(self) -> "ArticleRecord":
        """Give every item without one its id (:func:`item_id`)."""
        for field in ITEM_PREFIX:
            for i, item in enumerate(getattr(self, field)):
                if item.id is None:
                    item.id = item_id(field, i)
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

"""The output schema: the one definition of every record the extractor writes.

The JSON Schema (`extractor schema`), the JSONL writer, the gold reader and the scorer all
use these models; nothing else describes the shape of a record.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.0"

Direction = Literal["entry", "exit", "internal"]
Qualifier = Literal["exact", "approx", "more_than", "less_than"]
Per = Literal["day", "week", "month"]
AnchorHow = Literal["metadata", "html", "inferred", "none"]
EventType = Literal[
    "MOBILIZATION",
    "ENTRY_RESTRICTION",
    "EXIT_RESTRICTION",
    "BORDER_CLOSURE",
    "BORDER_CONTROL",
    "INTERNAL_MOVEMENT_RESTRICTION",
    "ENTRY_FACILITATION",
    "RETURN_OR_EXPULSION",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]


class Evidence(BaseModel):
    """Character offsets of the sentence a record came from, in the article text as read."""

    model_config = ConfigDict(frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: Optional[str] = None  # the sentence itself, for readers of the output


class Anchor(BaseModel):
    date: Optional[dt.date] = None
    how: AnchorHow = "none"


class Movement(BaseModel):
    model_config = ConfigDict(extra="allow")

    country: list[str]
    direction: Direction
    origin: list[str] = Field(default_factory=list)
    group: Optional[str] = None
    count: int
    count_high: Optional[int] = None
    qualifier: Qualifier = "exact"
    per: Optional[Per] = None
    date_start: Optional[dt.date] = None
    date_end: Optional[dt.date] = None
    source: Optional[str] = None
    evidence: Optional[Evidence] = None

    @field_validator("country", "origin")
    @classmethod
    def _sorted_codes(cls, codes: list[str]) -> list[str]:
        return sorted(set(codes))


class PolicyEvent(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: EventType
    actor: str
    actor_name: str
    target: Optional[str] = None
    date_start: Optional[dt.date] = None
    date_end: Optional[dt.date] = None
    source: Optional[str] = None
    evidence: Optional[Evidence] = None


class ArticleResult(BaseModel):
    """One line of the output JSONL: everything extracted from one article."""

    model_config = ConfigDict(extra="allow")

    article_id: str
    anchor: Anchor
    movements: list[Movement] = Field(default_factory=list)
    policy_events: list[PolicyEvent] = Field(default_factory=list)
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    input: Optional[str] = None  # the file (and line) the article was read from


class GoldMovement(Movement):
    source_alt: list[str] = Field(default_factory=list)


class GoldPolicyEvent(PolicyEvent):
    source_alt: list[str] = Field(default_factory=list)


class GoldArticle(ArticleResult):
    movements: list[GoldMovement] = Field(default_factory=list)  # type: ignore[assignment]
    policy_events: list[GoldPolicyEvent] = Field(default_factory=list)  # type: ignore[assignment]

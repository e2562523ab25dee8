"""The registry (claims.yaml): sources, people and organisations, sourced figures."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.json_schema import SkipJsonSchema

from claimcheck.models.quantities import PERIOD_SECONDS, Interval, Kind, Model

# --------------------------------------------------------------------------- registry
# Field-by-field documentation: docs/registry.md and registry/schema.py (the JSON schema).

#: Ids are lowercase kebab-case starting with a letter, so a formula tells ``a-b`` (one
#: name) from ``a - b`` (a subtraction).
ID_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD
RECORD_KINDS = ("count", "percent", "money", "rate", "ratio", "change", "range", "vague", "duration")


def _date_text(value: object) -> object:
    """YAML reads 2018-01-31 as a date and 2017 as an int; both mean text here."""
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _one_of(allowed: tuple[str, ...] | dict[str, float]) -> AfterValidator:
    def check(value: str) -> str:
        if str(value) not in allowed:
            raise ValueError(f"should be one of {', '.join(allowed)}, got {str(value)!r}")
        return value
    return AfterValidator(check)


RegistryId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
def _real_date(value: str) -> str:
    """'2018-13' has the shape of a date but names no month."""
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a calendar date ({exc})") from None
    return value


DateText = Annotated[str, StringConstraints(pattern=DATE_PATTERN), BeforeValidator(_date_text),
                     AfterValidator(_real_date)]
PeriodText = Annotated[str, BeforeValidator(_date_text)]
LineNo = SkipJsonSchema[int | None]  # loader bookkeeping, not part of the file format


class Source(Model):
    id: RegistryId
    title: str
    aliases: list[str] = Field(default_factory=list)
    publisher: str | None = None
    kind: Literal[
        "report", "dataset", "statement", "speech", "foi", "parliamentary-answer",
        "press-release", "survey", "article",
    ] = "report"
    date: DateText | None = None
    url: str | None = None
    notes: str | None = None
    line: LineNo = Field(default=None, exclude=True)


class Role(Model):
    title: str
    organisation: RegistryId | None = None
    start: DateText | None = None
    end: DateText | None = None

    def held_on(self, when: str) -> bool:
        """Whether held at ``when`` (date text); a year-only date counts as the whole year."""
        return (self.start is None or self.start[: len(when)] <= when) and (
            self.end is None or when[: len(self.end)] <= self.end
        )


class Person(Model):
    id: RegistryId
    name: str
    kind: Literal["person", "organisation"] = "person"
    aliases: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    member_of: list[RegistryId] = Field(default_factory=list)
    notes: str | None = None
    line: LineNo = Field(default=None, exclude=True)


class Record(Model):
    """A curated, sourced figure in ``claims.yaml``: ``value`` as stated, ``interval`` what
    it allows ('more than 50,000': 50,000 and (50,000, ∞)). Percent 0–100, ratios as
    fractions, money in whole units, changes signed (a fall is negative)."""

    id: RegistryId
    subject: str
    aliases: list[str] = Field(default_factory=list)
    value: float | None = None
    interval: Interval | None = None
    vague: str | None = None
    precision: float | None = Field(default=None, gt=0)
    unit: str | None = None
    kind: Annotated[Kind, _one_of(RECORD_KINDS)] = Kind.COUNT
    per: Annotated[str, _one_of(PERIOD_SECONDS)] | None = None
    per_amount: float | None = Field(default=None, gt=0)
    as_of: PeriodText | None = None
    period: PeriodText | None = None
    place: str | None = None
    source: RegistryId | None = None
    speaker: RegistryId | None = None
    status: Literal["verified", "disputed", "retracted", "unverified"] = "verified"
    derived_from: str | None = None
    same_as: list[RegistryId] = Field(default_factory=list)
    notes: str | None = None
    line: LineNo = Field(default=None, exclude=True)

    @field_validator("interval")
    @classmethod
    def _interval_holds_value(cls, iv: Interval | None, info: ValidationInfo) -> Interval | None:
        if iv is not None and (iv.lo > iv.hi or (iv.lo == iv.hi and not (iv.low_closed and iv.high_closed))):
            raise ValueError(f"interval {iv.describe()} is empty")
        value = info.data.get("value")
        if iv is not None and value is not None and not iv.lo <= value <= iv.hi:
            raise ValueError(f"value {value:,g} is outside interval {iv.describe()}")
        return iv

    @model_validator(mode="after")
    def _coherent(self) -> Record:
        if (self.value, self.interval, self.vague, self.derived_from) == (None, None, None, None):
            raise ValueError("a figure needs one of value, interval, vague or derived_from")
        if self.per_amount is not None and self.per is None:
            raise ValueError("per_amount needs per (the period it counts)")
        if self.id in self.same_as:
            raise ValueError("same_as lists the figure itself")
        return self

    def effective_interval(self) -> Interval:
        if self.interval is not None:
            return self.interval
        return Interval() if self.value is None else Interval.point(self.value)

    def per_day(self) -> Interval | None:
        """The rate per day, like ``Quantity.per_day``; None if the figure is not a rate."""
        if self.per is None:
            return None
        seconds = PERIOD_SECONDS[self.per] * (self.per_amount or 1.0)
        return self.effective_interval().scaled(86400.0 / seconds)

    def per_text(self) -> str | None:
        """The rate period in words: 'per day', or 'every 49 seconds' for one per 49 s."""
        if self.per is None:
            return None
        if self.per_amount and self.per_amount != 1:
            return f"every {self.per_amount:g} {self.per}s"
        return f"per {self.per}"


class Registry(Model):
    version: Literal[1] = 1
    path: SkipJsonSchema[str | None] = Field(default=None, exclude=True)
    constants: dict[RegistryId, float] = Field(default_factory=dict)
    sources: list[Source] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    figures: list[Record] = Field(default_factory=list)

    def figure(self, figure_id: str) -> Record | None:
        return next((f for f in self.figures if f.id == figure_id), None)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def speakers_for(self, figure_id: str) -> list[Person]:
        """The figure's speaker, then the organisations they belong to, nearest first."""
        record, found = self.figure(figure_id), []
        queue = [record.speaker] if record and record.speaker else []
        while queue:
            person = self.person(queue.pop(0))
            if person is not None and person not in found:
                found.append(person)
                queue.extend(person.member_of)
        return found

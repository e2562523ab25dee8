"""Typed models shared by every stage: ingest → nlp → link → checks → report.

Every stage takes and returns these classes, so a stage can be tested on its own with
hand-built models and the JSON output is their serialisation (see ``SCHEMA_VERSION``).
"""

from __future__ import annotations

import math
from datetime import date
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic import StringConstraints, ValidationInfo, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION = "1.0"

#: Seconds in each rate period, so rates compare after conversion to a common period.
PERIOD_SECONDS: dict[str, float] = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 7 * 86400.0,
    "fortnight": 14 * 86400.0,
    "month": 365.25 / 12 * 86400.0,
    "quarter": 365.25 / 4 * 86400.0,
    "year": 365.25 * 86400.0,
    "decade": 3652.5 * 86400.0,
}


class Model(BaseModel):
    """Base: unknown fields are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- intervals


class Interval(Model):
    """A set of values a figure allows; ``None`` ends are unbounded.

    Figures compare as intervals so that rounding, hedges and vague words compare honestly:
    two figures conflict only when their intervals cannot both hold.
    """

    low: float | None = None
    high: float | None = None
    low_closed: bool = True
    high_closed: bool = True

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(low=value, high=value)

    @property
    def lo(self) -> float:
        return -math.inf if self.low is None else self.low

    @property
    def hi(self) -> float:
        return math.inf if self.high is None else self.high

    def contains(self, x: float) -> bool:
        above = x > self.lo or (self.low_closed and x == self.lo)
        below = x < self.hi or (self.high_closed and x == self.hi)
        return above and below

    def overlaps(self, other: Interval) -> bool:
        if self.hi < other.lo or other.hi < self.lo:
            return False
        if self.hi == other.lo:
            return self.high_closed and other.low_closed
        if other.hi == self.lo:
            return other.high_closed and self.low_closed
        return True

    def scaled(self, factor: float) -> Interval:
        """Multiply both ends (factor > 0), e.g. converting a rate to a daily rate."""
        return Interval(
            low=None if self.low is None else self.low * factor,
            high=None if self.high is None else self.high * factor,
            low_closed=self.low_closed,
            high_closed=self.high_closed,
        )

    def gap(self, other: Interval) -> float:
        """Distance between two disjoint intervals (0 when they overlap)."""
        if self.overlaps(other):
            return 0.0
        return max(other.lo - self.hi, self.lo - other.hi)

    def describe(self) -> str:
        left = "[" if self.low_closed and self.low is not None else "("
        right = "]" if self.high_closed and self.high is not None else ")"
        lo = "-inf" if self.low is None else f"{self.low:,.6g}"
        hi = "inf" if self.high is None else f"{self.high:,.6g}"
        return f"{left}{lo}, {hi}{right}"


# --------------------------------------------------------------------------- quantities


class Kind(StrEnum):
    """What a recognised number is. The first group are claims; the rest are not."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    RATE = "rate"
    RATIO = "ratio"
    CHANGE = "change"
    RANGE = "range"
    VAGUE = "vague"
    # not claims: recognised so they are never mistaken for figures
    DATE = "date"
    YEAR = "year"
    AGE = "age"
    DURATION = "duration"
    ORDINAL = "ordinal"
    POSTCODE = "postcode"
    PHONE = "phone"
    LABEL = "label"
    FURNITURE = "furniture"


class Change(Model):
    """A stated change: 'rose by 124 per cent', 'from 26,400 to more than 50,000'."""

    direction: Literal["increase", "decrease", "unknown"] = "unknown"
    from_value: Interval | None = None
    to_value: Interval | None = None
    by: Interval | None = None
    #: unit of ``by``: '%' (relative), 'percentage points', 'x' (multiple) or None (absolute)
    by_unit: str | None = None

    def signed_by(self) -> Interval | None:
        """``by`` with a fall negative, the way the registry records changes."""
        if self.by is None or self.direction != "decrease":
            return self.by
        b = self.by
        return Interval(
            low=None if b.high is None else -b.high,
            high=None if b.low is None else -b.low,
            low_closed=b.high_closed,
            high_closed=b.low_closed,
        )


class Quantity(Model):
    """One recognised number with its normalised meaning.

    ``start``/``end`` are character offsets into the text the NLP pass saw
    (``Article.text``); ``value`` is the value as stated (percent on a 0–100 scale,
    ratios as fractions 0–1, money in whole currency units).
    """

    surface: str
    start: int
    end: int
    kind: Kind
    value: float | None = None
    interval: Interval = Field(default_factory=Interval)
    unit: str | None = None
    per: str | None = None
    per_amount: float | None = None
    qualifier: str | None = None
    precision: float | None = None
    vague: str | None = None
    change: Change | None = None
    is_claim: bool = True
    note: str | None = None

    def per_day(self) -> Interval | None:
        """The rate as an interval per day ('every 49 seconds' → about 1,763 a day)."""
        if self.per is None or self.per not in PERIOD_SECONDS:
            return None
        seconds = PERIOD_SECONDS[self.per] * (self.per_amount or 1.0)
        return self.interval.scaled(86400.0 / seconds)


# --------------------------------------------------------------------------- articles


class ArticleMeta(Model):
    """Metadata from YAML front matter or ``corpus/index.yaml``."""

    title: str | None = None
    publisher: str | None = None
    kind: str | None = None
    #: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; see ``date_range``
    date: str | None = None
    date_note: str | None = None
    url: str | None = None
    extra: dict[str, str] = Field(default_factory=dict)


class Article(Model):
    """A readable article: the text the NLP pass sees plus the way back to the file.

    ``text`` has the same length as ``source`` for text and Markdown (skipped regions are
    blanked, not removed); for HTML ``offsets[i]`` is the source offset of ``text[i]``.
    """

    path: str
    source: str
    text: str
    offsets: list[int] | None = None
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    format: Literal["text", "markdown", "html"] = "text"
    encoding: str = "utf-8"
    #: (start, end, comment text) of comments kept for inline suppressions, source offsets
    comments: list[tuple[int, int, str]] = Field(default_factory=list)
    #: (start, end) regions of ``text`` that are page furniture (menus, job ads, read times)
    furniture: list[tuple[int, int]] = Field(default_factory=list)
    #: (start, end) regions of ``text`` that are the headline and the standfirst
    headline: tuple[int, int] | None = None
    standfirst: tuple[int, int] | None = None
    #: problems met while reading that did not stop it (e.g. a non-UTF-8 encoding guessed)
    warnings: list[str] = Field(default_factory=list)

    def source_offset(self, i: int) -> int:
        if self.offsets is None:
            return i
        if i >= len(self.offsets):
            return len(self.source)
        return self.offsets[i]


class Position(Model):
    """A place in a file: 1-based line and column, 0-based offsets."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int


# --------------------------------------------------------------------------- claims


class TimeRef(Model):
    text: str
    start: date | None = None
    end: date | None = None


class Attribution(Model):
    speaker: str | None = None
    speaker_role: str | None = None
    source: str | None = None
    source_publisher: str | None = None
    #: how the speaker was found
    method: Literal["sentence", "quote", "quote-continuation", "pronoun", "source", "none"] = "none"


class Claim(Model):
    """A figure in its frame: what it counts, when, where, who said it, from what source."""

    id: str
    position: Position
    quantity: Quantity
    sentence: str = ""
    subject: str | None = None
    subject_head: str | None = None
    time: TimeRef | None = None
    place: str | None = None
    attribution: Attribution = Field(default_factory=Attribution)
    part: Literal["headline", "standfirst", "body"] = "body"

    @property
    def path(self) -> str:
        return self.position.path

    @property
    def attributed(self) -> bool:
        a = self.attribution
        return bool(a.speaker or a.source)


# --------------------------------------------------------------------------- registry
# Field-by-field documentation: docs/registry.md and registry/schema.py (the JSON schema).

#: Ids are lowercase kebab-case starting with a letter, so a formula tells ``a-b`` (one
#: name) from ``a - b`` (a subtraction).
ID_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD
RECORD_KINDS = ("count", "percent", "money", "rate", "ratio", "change", "range", "vague")


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
DateText = Annotated[str, StringConstraints(pattern=DATE_PATTERN), BeforeValidator(_date_text)]
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


# --------------------------------------------------------------------------- link, findings


class Link(Model):
    claim_id: str
    record_id: str | None = None
    score: float = 0.0
    reasons: list[str] = Field(default_factory=list)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class Finding(Model):
    rule: str
    code: str
    severity: Severity
    message: str
    explanation: str = ""
    position: Position
    claims: list[str] = Field(default_factory=list)
    records: list[str] = Field(default_factory=list)
    #: stable identity of the finding's content, for baselines and SARIF fingerprints
    fingerprint: str = ""


class Verification(Model):
    """A relation that was checked and held: shown so a fact-checker sees what was confirmed."""

    relation: str
    claims: list[str] = Field(default_factory=list)
    records: list[str] = Field(default_factory=list)
    working: str


class Summary(Model):
    articles: int = 0
    claims: int = 0
    linked: int = 0
    unsourced: int = 0
    findings: dict[str, int] = Field(default_factory=dict)
    skipped: list[str] = Field(default_factory=list)


class Report(Model):
    schema_version: str = SCHEMA_VERSION
    summary: Summary = Field(default_factory=Summary)
    articles: list[Article] = Field(default_factory=list, exclude=True)
    #: the registry the run used, so formatters can show a linked record and its source
    registry: Registry | None = Field(default=None, exclude=True)
    #: findings hidden by inline suppressions or the baseline, kept for counts and audits
    suppressed: list[Finding] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    verifications: list[Verification] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

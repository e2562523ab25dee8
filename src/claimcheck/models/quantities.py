"""Intervals and quantities: a figure as stated and the set of values it allows."""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

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


def _tidy(x: float) -> float:
    """Drop binary floating-point noise (4.1 x 1e9 = 4099999999.9999995 → 4100000000): 15
    significant digits hold every figure a text can state, and reports and JSON show the
    number as written. Whole numbers below 10^15, most values and bounds, have none to drop
    and skip the formatting (every figure's model passes through here)."""
    if x.is_integer() and -1e15 < x < 1e15:
        return x
    return float(f"{x:.15g}")


#: a float stored without floating-point noise
Number = Annotated[float, AfterValidator(_tidy)]


# --------------------------------------------------------------------------- intervals


class Interval(Model):
    """A set of values a figure allows; ``None`` ends are unbounded.

    Figures compare as intervals so that rounding, hedges and vague words compare honestly:
    two figures conflict only when their intervals cannot both hold.
    """

    low: Number | None = None
    high: Number | None = None
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
    value: Number | None = None
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

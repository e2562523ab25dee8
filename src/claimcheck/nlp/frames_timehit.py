"""A time expression found in the text (:class:`TimeHit`) and the spans its parts give: a
preposition's open side ('since June 2022'), a day of a month, N months ending with a month,
the days up to 'the week ending Jan. 18'; kept apart from :mod:`frames_time`, which finds them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from claimcheck.nlp.frames_data import load_data
from claimcheck.nlp.frames_dates import clamp, month_end, month_start

_OPEN_END = ("since", "from")
_OPEN_START = ("by", "until", "till", "up")


@dataclass(frozen=True)
class TimeHit:
    """One time expression in the text, with its normalised span where known."""

    text: str
    start_char: int
    end_char: int
    start: date | None = None
    end: date | None = None
    relative_years: int | None = None
    same_period: bool = False
    #: a month named without its year (1-12), resolved against the article date
    month: int | None = None
    #: months before the article's month: 0 "this month", 1 "last month"
    months_back: int | None = None
    #: months in the span ending at ``month`` ('the year to July' = 12)
    span_months: int = 1
    #: the sentence looks ahead ('a cut is expected in November'): the month is the next one
    ahead: bool = False
    #: a calendar period counted from the article's: ('year', -1) 'last year', ('day', 0) 'today'
    calendar: tuple[str, int] | None = None
    #: a day of the week (0 Monday) placed by the article date, ``calendar`` ('weekday', n)
    #: saying which one: -1 the one before, 0 the latest on or before, 1 the one after
    weekday: int | None = None
    #: 'since'/'from' leave the end open, 'by'/'until' the start (as for financial years)
    bound: str = ""
    #: years to move the span by once known: -1 for 'a year earlier' (with ``same_period``)
    shift_years: int = 0
    #: the day of a month named without its year ('on 1 October')
    day: int | None = None

    @property
    def relative(self) -> bool:
        """Whether the span is only known once the article date is."""
        return self.relative_years is not None or self.month is not None or self.months_back is not None \
            or self.calendar is not None


def bound_of(prep: str | None) -> str:
    """'since' for a preposition that leaves the end open, 'by' for one that leaves the start."""
    first = (prep or "").split()[:1]
    return "since" if first and first[0] in _OPEN_END else ("by" if first and first[0] in _OPEN_START else "")


def bounded(hit: TimeHit, prep: str | None) -> TimeHit:
    """A dated hit with its open side cut ('since June 2022' runs on from June 2022)."""
    bound = bound_of(prep)
    start, end = bounds(hit.start, hit.end, bound)
    return replace(hit, start=start, end=end, bound=bound)


def bounds(start: date | None, end: date | None, bound: str) -> tuple[date | None, date | None]:
    """The span with the side its preposition leaves open cut off."""
    if bound == "since":
        return start, None
    if bound == "by":
        return None, end
    return start, end


def day_of(value: str | None) -> int | None:
    return int(value) if value and 1 <= int(value) <= 31 else None


def on_day(hit: TimeHit, value: str | None) -> TimeHit:
    """'14 January 2025' is that day, not the month."""
    day = day_of(value)
    if day is None or hit.start is None:
        return hit
    one = clamp(hit.start.year, hit.start.month, day)
    return replace(hit, start=one, end=one)


def months_hit(t: str, s: int, e: int, mo: int, span: int, year: str | None) -> TimeHit:
    """The ``span`` months ending with month ``mo``: dated when the text gives the year, else
    left for the article date ('March 2017', 'the year to July', 'the second quarter')."""
    if year:
        y = int(year)
        return TimeHit(t, s, e, month_start(y, mo, span), month_end(y, mo))
    return TimeHit(t, s, e, month=mo, span_months=span)


@lru_cache(maxsize=1)
def ending_periods() -> dict[str, int]:
    return {str(k): int(v) for k, v in load_data("frames_time.yaml")["ending_periods"].items()}


def period_ending(t: str, s: int, e: int, mo: int, day: int | None, year: str | None, days: int) -> TimeHit:
    """'the week ending 10 November 2024' → the seven days to that day; without its year, the
    day is left for the article date to place (as 'on 1 October' is)."""
    if year and day:
        last = clamp(int(year), mo, day)
        return TimeHit(t, s, e, last - timedelta(days=days - 1), last)
    if year:
        return months_hit(t, s, e, mo, 1, year)
    return TimeHit(t, s, e, month=mo, day=day)


def fits_period(own: TimeHit, before: TimeHit) -> bool:
    """Whether the figure before's period may stand for ``own``: 'the same month last year'
    takes only a month, 'the same quarter' only three months (other phrases take any)."""
    named = _same_months().get(next((k for k in _same_months() if k in own.text.lower()), ""))
    if named is None:
        return True
    if before.start and before.end:
        return (before.end.year - before.start.year) * 12 + before.end.month - before.start.month + 1 == named
    return before.month is not None and before.span_months == named


@lru_cache(maxsize=1)
def _same_months() -> dict[str, int]:
    return {str(k): int(v) for k, v in load_data("frames_time.yaml")["same_period_months"].items()}

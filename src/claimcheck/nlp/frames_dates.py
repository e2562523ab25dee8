"""Date arithmetic the time frames share: month ends, periods of N months, whole-year shifts
(kept apart from :mod:`frames_time`, which finds the phrases, and :mod:`frames_calendar`,
which places them by the article date)."""

from __future__ import annotations

import calendar
from datetime import date


def month_end(y: int, mo: int) -> date:
    return date(y, mo, calendar.monthrange(y, mo)[1])


def month_start(y: int, mo: int, span: int) -> date:
    """First day of the ``span``-month period that ends with month ``mo`` of ``y``."""
    first = y * 12 + mo - 1 - (span - 1)
    return date(first // 12, first % 12 + 1, 1)


def clamp(y: int, mo: int, day: int) -> date:
    return date(y, mo, min(day, calendar.monthrange(y, mo)[1]))


def shifted(d: date | None, years: int) -> date | None:
    """``d`` moved by whole years (29 February becomes the 28th)."""
    if d is None or not years:
        return d
    y = d.year + years
    return d.replace(year=y, day=min(d.day, calendar.monthrange(y, d.month)[1]))

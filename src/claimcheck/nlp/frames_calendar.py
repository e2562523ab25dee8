"""Periods placed by the article date: 'last year', 'today', 'last week', 'on Tuesday', 'last
March', 'last summer', a month named without its year, 'over the past decade' (split from
:mod:`frames_time`, which finds them; the nlp pass does not see the article's metadata)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from claimcheck.nlp.frames_dates import clamp, month_end, month_start
from claimcheck.nlp.frames_seasons import season_end
from claimcheck.nlp.frames_timehit import TimeHit


def _article_day(article_date: str) -> tuple[int, int | None, int | None]:
    """Year, month and day of 'YYYY[-MM[-DD]]' (None where the date stops short)."""
    parts = [int(p) for p in article_date.split("-")] + [None, None]  # type: ignore[list-item]
    return parts[0], parts[1], parts[2]  # type: ignore[return-value]


def resolve_calendar(hit: TimeHit, article_date: str | None) -> tuple[date | None, date | None]:
    """Span of 'last year', 'today', 'last week', 'on Tuesday' or 'in September last year'
    placed by the article date (the choices are in ``frames_time.yaml``); (None, None) when
    the date is too coarse for the unit (a day needs the day)."""
    if not article_date or hit.calendar is None:
        return None, None
    unit, offset = hit.calendar
    y, mo, d = _article_day(article_date)
    if unit == "season" and hit.month is not None:  # 'last summer', 'this winter'
        ey, em = season_end(hit.month, hit.span_months, offset, y, mo or 12)
        return month_start(ey, em, hit.span_months), month_end(ey, em)
    if unit == "month" and hit.month is not None:  # 'last March': before the article's month
        y = y if mo is not None and hit.month < mo else y - 1
        return month_start(y, hit.month, 1), month_end(y, hit.month)
    if unit == "year":
        if hit.month is not None:
            return month_start(y + offset, hit.month, 1), month_end(y + offset, hit.month)
        return date(y + offset, 1, 1), date(y + offset, 12, 31)
    if d is None or mo is None:  # a day or week in a story dated only by month or year
        return (date(y, mo or 1, 1), month_end(y, mo or 12)) if unit == "day" and offset == 0 else (None, None)
    day = date(y, mo, d)
    if unit == "day":
        one = day + timedelta(days=offset)
        return one, one
    if unit == "week":
        monday = day - timedelta(days=day.weekday() - 7 * offset)
        return monday, monday + timedelta(days=6)
    assert hit.weekday is not None
    back = (day.weekday() - hit.weekday) % 7
    if offset > 0 or hit.ahead:  # 'next Tuesday', 'the vote is due on Tuesday'
        one = day + timedelta(days=(hit.weekday - day.weekday()) % 7 or (7 if offset > 0 else 0))
    else:  # 'on Tuesday' the latest one, 'last Tuesday' the one before today
        one = day - timedelta(days=back or (7 if offset < 0 else 0))
    return one, one


def resolve_months(hit: TimeHit, article_date: str | None) -> tuple[date | None, date | None]:
    """Span of a month named without its year, "last month" or "the year to July", placed by
    the article date ('YYYY[-MM[-DD]]'): a named month is the latest one on or before it, or
    the next one on or after it when the sentence looks ahead."""
    if not article_date:
        return None, None
    parts = [int(p) for p in article_date.split("-")]
    y, mo = parts[0], parts[1] if len(parts) > 1 else 12
    if hit.months_back is not None:
        back = y * 12 + mo - 1 - hit.months_back
        y, mo = back // 12, back % 12 + 1
    elif hit.month is not None and hit.ahead:
        y, mo = (y if hit.month >= mo else y + 1), hit.month
    elif hit.month is not None:
        y, mo = (y if hit.month <= mo else y - 1), hit.month
    if hit.day is not None:
        one = clamp(y, mo, hit.day)
        return one, one
    return month_start(y, mo, hit.span_months), month_end(y, mo)


def resolve_relative(years: int, article_date: str | None) -> tuple[date | None, date | None]:
    """Span of "over the past N years" ending at the article date ('YYYY[-MM[-DD]]')."""
    if not article_date:
        return None, None
    parts = [int(p) for p in article_date.split("-")]
    y = parts[0]
    mo = parts[1] if len(parts) > 1 else 12
    d = parts[2] if len(parts) > 2 else calendar.monthrange(y, mo)[1]
    end = date(y, mo, d)
    if years == 0:
        return (date(y, 1, 1) if len(parts) == 1 else date(y, mo, 1)), end
    start_year = y - years
    start_day = min(end.day, calendar.monthrange(start_year, mo)[1])
    return date(start_year, mo, start_day), end


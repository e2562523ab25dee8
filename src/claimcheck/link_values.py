"""The figure and time of a claim and of a record, side by side: periods, intervals, distance.

Why a module: the linker scores what a figure *is*, and these are the measurements it uses
(and the provenance rules reuse): what period a time phrase or a record covers, how two
figures compare like with like (shares, money in one currency, rates per day), and how far
apart their values are.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date

from claimcheck.link_index import unit_of
from claimcheck.models import PERIOD_SECONDS, Claim, Interval, Kind, Quantity, Record
from claimcheck.nlp.lexicon import LEX

# --------------------------------------------------------------------------- dates

_YEAR_SPAN = re.compile(r"^(\d{4})\s*(?:[-/–]|to)\s*(\d{2}|\d{4})$")
_FY = re.compile(r"(\d{4})/(\d{2})")


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def date_range(text: str | None) -> tuple[date, date] | None:
    """'2017' → the year; '2017-03' → March; '2017-03-31' → that day; '2015-2016',
    '2015/16' and '2010/11-2015/16' → the span. None when it cannot be read."""
    if not text:
        return None
    t = text.strip()
    try:
        if re.fullmatch(r"\d{4}", t):
            y = int(t)
            return date(y, 1, 1), date(y, 12, 31)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, _last_day(y, mo))
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _YEAR_SPAN.fullmatch(t):
            a, b = int(m[1]), int(m[2])
            b = b if b >= 100 else a // 100 * 100 + b
            return date(a, 1, 1), date(b, 12, 31)
        if spans := _FY.findall(t):
            first, last = spans[0], spans[-1]
            y0 = int(first[0])
            y1 = int(last[0]) // 100 * 100 + int(last[1])
            return date(y0, 4, 1), date(y1, 3, 31)
    except ValueError:
        return None
    return None


def record_time(r: Record) -> tuple[date, date] | None:
    return date_range(r.as_of) or date_range(r.period)


def claim_time(c: Claim) -> tuple[date, date] | None:
    if c.time is None:
        return None
    if c.time.start or c.time.end:
        start = c.time.start or c.time.end
        end = c.time.end or c.time.start
        assert start is not None and end is not None
        return start, end
    return date_range(c.time.text)


def years_apart(a: tuple[date, date], b: tuple[date, date]) -> float:
    """0 when the spans overlap, else the gap in years."""
    if a[1] >= b[0] and b[1] >= a[0]:
        return 0.0
    gap = (b[0] - a[1]).days if a[1] < b[0] else (a[0] - b[1]).days
    return gap / 365.25


# --------------------------------------------------------------------------- values


def record_per_day(r: Record) -> Interval | None:
    if r.per is None or r.per not in PERIOD_SECONDS:
        return None
    seconds = PERIOD_SECONDS[r.per] * (r.per_amount or 1.0)
    return r.effective_interval().scaled(86400.0 / seconds)


def comparable(q: Quantity, r: Record) -> tuple[Interval, Interval, str] | None:
    """The claim's and the record's intervals on one scale, and the unit they share.

    Like is compared with like: percent with percent (a ratio as a percentage), money in
    one currency, rates per day, changes by their ``by`` interval (or a change's end value
    against a plain figure). None when the two cannot be compared honestly.
    """
    cu, ru = unit_of(q.unit), unit_of(r.unit)
    rec = r.effective_interval()
    if q.kind == Kind.DURATION or r.kind == Kind.DURATION:  # times compare in seconds
        qs, rs = _period_seconds(q.unit), _period_seconds(r.unit)
        if q.kind != r.kind or qs is None or rs is None:
            return None
        return q.interval.scaled(qs), rec.scaled(rs), "seconds"
    if r.kind == Kind.CHANGE:
        if q.change is None and q.kind == Kind.PERCENT and ru == "%":
            return q.interval, rec, "%"  # 'a rise of 17 per cent' read as a plain percentage
        if q.change is None or q.change.by is None:
            return None
        bu, rcu = unit_of(q.change.by_unit), ru if ru in {"%", "pp", "x"} else None
        if (bu if bu in {"%", "pp", "x"} else None) != rcu:
            return None
        return q.change.signed_by(), rec, rcu or (ru or "")
    if r.per is not None:
        mine = q.per_day() if q.per in PERIOD_SECONDS else None
        theirs = record_per_day(r)
        if mine is None or theirs is None:
            return None
        return mine, theirs, "per day"
    if q.per in PERIOD_SECONDS:
        return None
    claim_iv = q.interval
    if q.kind == Kind.CHANGE:
        if q.change is None or q.change.to_value is None:
            return None
        claim_iv = q.change.to_value
    if cu == "x" or ru == "x":  # a multiple ('three times as likely') is no share
        return (claim_iv, rec, "x") if cu == ru else None
    if ru in {"GBP", "USD", "EUR", "JPY", "CHF", "AUD", "CAD"} or r.kind == Kind.MONEY:
        if cu != ru and cu is not None and ru is not None:
            return None
        return claim_iv, rec, ru or cu or ""
    if r.kind in (Kind.PERCENT, Kind.RATIO) or ru == "%":
        if q.kind == Kind.RATIO and cu != "%":
            claim_iv = claim_iv.scaled(100.0)
        if r.kind == Kind.RATIO and ru != "%":
            rec = rec.scaled(100.0)
        if q.kind not in (Kind.PERCENT, Kind.RATIO, Kind.RANGE, Kind.VAGUE) and cu != "%":
            return None
        return claim_iv, rec, "%"
    if q.kind in (Kind.PERCENT, Kind.RATIO, Kind.MONEY):
        return None
    return claim_iv, rec, ru if ru and ru not in {"%", "pp", "x"} else ""


def _period_seconds(unit: str | None) -> float | None:
    """Seconds in a period unit as either side spells it ('minute', 'hours', 'mins'), through
    the number grammar's own period table."""
    u = (unit or "").strip().lower()
    return PERIOD_SECONDS.get(LEX.periods.get(u, u)) or PERIOD_SECONDS.get(u.removesuffix("s"))


def midpoint(iv: Interval) -> float | None:
    lo, hi = iv.low, iv.high
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return lo if lo is not None else hi


def value_distance(q: Quantity, r: Record) -> float:
    """|log10| of the ratio between claim and record values (inf when not comparable)."""
    pair = comparable(q, r)
    if pair is None:
        return math.inf
    if pair[0].overlaps(pair[1]):
        return 0.0
    a, b = midpoint(pair[0]), midpoint(pair[1])
    if a is None or b is None or a <= 0 or b <= 0:
        return math.inf
    return abs(math.log10(a / b))

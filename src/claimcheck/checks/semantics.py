"""Number semantics shared by the consistency checks: families, intervals, formatting.

Why a module of its own: every consistency rule must agree on what a figure *allows* (its
interval after rounding and hedges), on which figures are even the same sort of thing
(a count, a share, pounds, a rate per day), and on how to say "by how much" in prose, so
that two rules never explain the same numbers two different ways.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from claimcheck.models import PERIOD_SECONDS, Interval, Kind, Quantity

#: Unit spellings → currency code; money only compares within one currency.
CURRENCIES: dict[str, str] = {
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
}
CURRENCY_SYMBOL: dict[str, str] = {"GBP": "£", "USD": "$", "EUR": "€"}
PERCENT_UNITS: frozenset[str] = frozenset({"%", "percent", "per cent", "pct", "pc"})
#: Scale words for money in explanations (largest first).
SCALES: tuple[tuple[float, str], ...] = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
#: A vague word is soft at its edges: a figure within this factor of its band is not a
#: mismatch ("thousands" for 15,000 is ordinary English). Options may override it.
VAGUE_TOLERANCE = 2.0


def currency(unit: str | None) -> str | None:
    if unit is None:
        return None
    u = unit.strip().lower()
    return CURRENCIES.get(u, unit.upper() if len(u) == 3 and u.isalpha() and u.upper() in
                          CURRENCY_SYMBOL else None)


def is_percent_unit(unit: str | None) -> bool:
    return unit is not None and unit.strip().lower() in PERCENT_UNITS


def in_percent(kind: Kind | None, unit: str | None) -> bool:
    """Whether a figure is stated in per cent ('89 per cent', 'rose 0.4%'): compared as a
    fraction, shown as stated."""
    return kind is Kind.PERCENT or is_percent_unit(unit)


def family(kind: Kind, unit: str | None, per: str | None) -> str:
    """What a figure measures, coarsely: figures of different families never compare.

    Shares (percent and ratio) share a family because both are fractions of a whole;
    rates per period become 'count/day' after conversion; per-unit averages keep the unit
    ('count/local authority'); money keeps its currency.
    """
    cur = currency(unit)
    if kind is Kind.MONEY or cur is not None:
        base = f"money:{cur or '?'}"
    elif kind in (Kind.PERCENT, Kind.RATIO) or is_percent_unit(unit):
        base = "share"
    elif kind is Kind.CHANGE:
        base = "change"
    else:
        base = "count"
    if per is None:
        return base
    return f"{base}/day" if per in PERIOD_SECONDS else f"{base}/{per.strip().lower()}"


def widen(iv: Interval, precision: float | None) -> Interval:
    """A point stated to a precision allows half a step either side ('15,800' → 15,750–15,850)."""
    if precision is None or precision <= 0 or iv.low is None or iv.high is None or iv.low != iv.high:
        return iv
    half = precision / 2
    return Interval(low=iv.low - half, high=iv.high + half, low_closed=True, high_closed=False)


def implied_precision(value: float) -> float | None:
    """The rounding a bare integer implies: trailing zeros (15,800 → 100, 19,640 → 10)."""
    if value != int(value) or value == 0:
        return None
    n, step = int(abs(value)), 1
    while n % 10 == 0 and n >= 10:
        n //= 10
        step *= 10
    return float(step) if step > 1 else None


def interval_of(q: Quantity) -> Interval:
    """What the figure allows: the grammar's interval, or its value widened by its precision."""
    iv = q.interval
    if iv.low is None and iv.high is None:
        if q.value is None:
            return iv
        iv = Interval.point(q.value)
    if iv.low is not None and iv.low == iv.high:
        precision = q.precision if q.precision is not None else implied_precision(iv.low)
        iv = widen(iv, precision)
    return iv


def as_fraction(iv: Interval, kind: Kind, unit: str | None) -> Interval:
    """Shares on one scale: percent (0–100) becomes a fraction like ratios (0–1)."""
    if in_percent(kind, unit):
        return iv.scaled(0.01)
    return iv


#: calendar periods whose length in days depends on the convention a writer uses: pay and
#: benefits reckon a year as 52 weeks (£230.25 a week is £11,973 a year), a month as four
#: weeks or a calendar month; the shortest and longest reading, in seconds
CALENDAR_SPAN: dict[str, tuple[float, float]] = {
    "month": (28 * 86400.0, 31 * 86400.0),
    "quarter": (91 * 86400.0, 92 * 86400.0),
    "year": (364 * 86400.0, 366 * 86400.0),
    "decade": (3640 * 86400.0, 3653 * 86400.0),
}


def rate_per_day(iv: Interval, per: str, per_amount: float | None) -> Interval:
    """Convert a rate to per day, keeping the rounding of the period itself.

    'every 49 seconds' allows 48.5–49.5 seconds, so 1,745–1,781 a day; ignoring that would
    make a correct "1,770 a day" look wrong. Months, quarters and years span the lengths
    their conventions give them (:data:`CALENDAR_SPAN`), for the same reason.
    """
    amount = per_amount or 1.0
    step = implied_precision(amount) or (1.0 if amount == int(amount) and amount > 1 else 0.0)
    short = max(amount - step / 2, 1e-9) if step else amount
    long = amount + step / 2 if step else amount
    fewest, most = CALENDAR_SPAN.get(per, (PERIOD_SECONDS[per], PERIOD_SECONDS[per]))
    low_f, high_f = 86400.0 / (most * long), 86400.0 / (fewest * short)
    return Interval(
        low=None if iv.low is None else iv.low * low_f,
        high=None if iv.high is None else iv.high * high_f,
        low_closed=iv.low_closed, high_closed=iv.high_closed,
    )


# --------------------------------------------------------------------------- formatting


def fmt(x: float, unit: str | None = None, kind: Kind | None = None) -> str:
    """A number as a reader writes it: 15,800 · 1,763 · 89.4 · 0.25 · £200 million · 89.4%."""
    if math.isinf(x):
        return "no limit" if x > 0 else "-no limit"
    cur = currency(unit)
    if cur is not None or kind is Kind.MONEY:
        symbol = CURRENCY_SYMBOL.get(cur or "", "")
        for size, word in SCALES:
            if abs(x) >= size:
                return f"{symbol}{_plain(x / size)} {word}"
        return f"{symbol}{_plain(x)}"
    text = _plain(x)
    if in_percent(kind, unit):
        return f"{text}%"
    return text


def _plain(x: float) -> str:
    if abs(x) >= 100 or x == int(x):
        return f"{round(x):,}"
    if abs(x) >= 10:
        return f"{x:.1f}".rstrip("0").rstrip(".")
    return f"{x:.2f}".rstrip("0").rstrip(".")


def top(iv: Interval, integer: bool = True) -> float:
    """The largest value an interval allows, as a count: [200, 1000) → 999."""
    if integer and not iv.high_closed and iv.high is not None and iv.high == int(iv.high):
        return iv.high - 1
    return iv.hi


def bottom(iv: Interval, integer: bool = True) -> float:
    if integer and not iv.low_closed and iv.low is not None and iv.low == int(iv.low):
        return iv.low + 1
    return iv.lo


def describe(iv: Interval, unit: str | None = None, kind: Kind | None = None,
             integer: bool = True) -> str:
    """An interval in words: 'more than 50,000', 'up to 140,000', '200 to 999', '15,800'."""
    def f(x: float) -> str:
        return fmt(x, unit, kind)

    if iv.low is None and iv.high is None:
        return "any value"
    if iv.low is None or (iv.low == 0 and iv.high is not None and iv.low_closed is False):
        return f"up to {f(iv.high)}" if iv.high_closed else f"less than {f(iv.high)}"
    if iv.high is None:
        return f"at least {f(iv.low)}" if iv.low_closed else f"more than {f(iv.low)}"
    if iv.low == iv.high:
        return f(iv.low)
    is_int = integer and iv.low == int(iv.low) and iv.high == int(iv.high)
    return f"{f(bottom(iv, is_int))} to {f(top(iv, is_int))}"


@dataclass(frozen=True)
class Conflict:
    """Two intervals that cannot both hold, and by how much."""

    direction: str  # 'above' when b lies above a, 'below' when under it
    factor: float  # how many times a's nearest bound b is (≥ 1), inf when a's bound is 0
    gap: float
    text: str


def conflict(a: Interval, b: Interval, a_label: str, b_label: str, b_value: float | None = None,
             unit: str | None = None, kind: Kind | None = None, integer: bool = True,
             ) -> Conflict | None:
    """Whether two intervals cannot both hold; if so, say by how much in one sentence.

    ``a_label`` names what implies ``a`` ("'hundreds'"), ``b_label`` what gives ``b``
    ("the report"); ``b_value`` is b as stated. E.g. "'hundreds' implies at most 999; the
    report gives 15,800, 16 times that".
    """
    if a.overlaps(b):
        return None
    shown = b_value if b_value is not None else (b.lo if b.hi > a.hi else b.hi)
    if b.lo >= a.hi:
        bound = top(a, integer)
        factor = shown / bound if bound > 0 else math.inf
        head = f"{a_label} implies at most {fmt(bound, unit, kind)}"
        direction = "above"
    else:
        bound = bottom(a, integer)
        factor = bound / shown if shown > 0 else math.inf
        head = f"{a_label} implies at least {fmt(bound, unit, kind)}"
        direction = "below"
    gap = abs(shown - bound)
    if factor >= 1.5 and not math.isinf(factor):
        how = f"{_plain(round(factor)) if factor >= 3 else f'{factor:.1f}'} times that"
        if direction == "below":
            how = f"1/{_plain(round(factor)) if factor >= 3 else f'{factor:.1f}'} of that"
    else:
        # two shares differ by points: 20.5% and 14% are 6.5 points apart, not 6.5%
        size = f"{_plain(gap)} percentage points" if unit == "%" else fmt(gap, unit, kind)
        how = f"{size} {'more' if direction == 'above' else 'less'}"
    return Conflict(direction, factor, gap, f"{head}; {b_label} gives {fmt(shown, unit, kind)}, {how}")

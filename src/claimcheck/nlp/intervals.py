"""From a stated figure to an :class:`Interval`: rounding first, then the hedge.

The rules are the table in ``docs/quantities.md``; keep the two in step.
"""

from __future__ import annotations

from claimcheck.models import Interval
from claimcheck.nlp.lexicon import LEX

_BANDS = LEX.bands


def rounding(value: float, step: float | None) -> Interval:
    """[v - step/2, v + step/2): every value that rounds to the figure as written."""
    if not step:
        return Interval.point(value)
    half = step / 2
    return Interval(low=value - half, high=value + half, high_closed=False)


def ratio_interval(num: float, den: float) -> Interval:
    """'one in four' allows any share whose denominator rounds to 4: [1/4.5, 1/3.5)."""
    if den <= 0.5:
        return Interval.point(num / den)
    return Interval(low=num / (den + 0.5), high=num / (den - 0.5), low_closed=False,
                    high_closed=False)


def hedged(value: float, base: Interval, rule: str) -> Interval:
    """Apply a hedge rule (see hedges.json) to the rounding interval ``base``."""
    floor = 0.0 if value >= 0 else None
    if rule == "gt":
        return Interval(low=value, high=None, low_closed=False)
    if rule == "ge":
        return Interval(low=value, high=None)
    if rule == "lt":
        return Interval(low=floor, high=value, high_closed=False)
    if rule in ("le", "lt_closed"):
        return Interval(low=floor, high=value)
    if rule == "nearly":
        lo = value * (1 - _BANDS["nearly_rel"])
        return Interval(low=min(lo, value), high=max(lo, value), high_closed=False)
    if rule == "just_over":
        return Interval(low=value, high=value * (1 + _BANDS["just_over_rel"]), low_closed=False)
    if rule == "around":
        rel = abs(value) * _BANDS["around_rel"]
        return Interval(low=min(base.lo, value - rel), high=max(base.hi, value + rel))
    if rule == "exact":
        return Interval.point(value)
    return base


def combine(low: Interval, high: Interval) -> Interval:
    """A range 'between A and B': from A's lower end to B's upper end."""
    return Interval(low=low.low, high=high.high, low_closed=low.low_closed,
                    high_closed=high.high_closed)

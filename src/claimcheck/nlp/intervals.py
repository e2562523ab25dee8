"""From a stated figure to an :class:`Interval`: rounding first, then the hedge.

The rules are the table in ``docs/quantities.md``; keep the two in step.
"""

from __future__ import annotations

from claimcheck.models import Interval
from claimcheck.nlp.lexicon import LEX
from claimcheck.nlp.trusted import interval, point

_BANDS = LEX.bands
#: the fields each form names, as ``model_fields_set`` records them
_LOW_HIGH_HC = ("low", "high", "high_closed")
_LOW_HIGH_LC = ("low", "high", "low_closed")
_ALL = ("low", "high", "low_closed", "high_closed")


def rounding(value: float, step: float | None) -> Interval:
    """[v - step/2, v + step/2): every value that rounds to the figure as written."""
    if not step:
        return point(value)
    half = step / 2
    return interval(value - half, value + half, True, False, _LOW_HIGH_HC)


def ratio_interval(num: float, den: float, step: float = 1.0) -> Interval:
    """'one in four' allows any share whose denominator rounds to 4: [1/4.5, 1/3.5); 'one in
    3.5' one whose denominator rounds to 3.5 (``step`` 0.1)."""
    half = step / 2
    if den <= half:
        return point(num / den)
    return interval(num / (den + half), num / (den - half), False, False, _ALL)


def hedged(value: float, base: Interval, rule: str) -> Interval:
    """Apply a hedge rule (see hedges.json) to the rounding interval ``base``."""
    floor = 0.0 if value >= 0 else None
    if rule == "gt":
        return interval(value, None, False, True, _LOW_HIGH_LC)
    if rule == "ge":
        return interval(value, None)
    if rule == "lt":
        return interval(floor, value, True, False, _LOW_HIGH_HC)
    if rule in ("le", "lt_closed"):
        return interval(floor, value)
    if rule == "nearly":
        lo = value * (1 - _BANDS["nearly_rel"])
        return interval(min(lo, value), max(lo, value), True, False, _LOW_HIGH_HC)
    if rule == "just_over":
        return interval(value, value * (1 + _BANDS["just_over_rel"]), False, True, _LOW_HIGH_LC)
    if rule == "around":
        rel = abs(value) * _BANDS["around_rel"]
        return interval(min(base.lo, value - rel), max(base.hi, value + rel))
    if rule == "exact":
        return point(value)
    return base


def combine(low: Interval, high: Interval) -> Interval:
    """A range 'between A and B': from A's lower end to B's upper end."""
    return interval(low.low, high.high, low.low_closed, high.high_closed, _ALL)

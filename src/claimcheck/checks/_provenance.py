"""Helpers shared by the provenance rules (CC101, CC102, CC201, CC401, CC501).

Why a module: every provenance rule names a record the same way ("record
babies-at-home-2017 (A Crying Shame)") and compares a claim with its record the same way,
so a user never sees two rules describe one record or one comparison differently.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.checks.base import CheckContext
from claimcheck.checks.semantics import (
    describe,
    fmt,
    implied_precision,
    interval_of,
    rate_per_day,
    widen,
)
from claimcheck.link_index import is_figure, unit_of
from claimcheck.link_values import comparable
from claimcheck.models import Claim, Interval, Kind, Position, Record, Registry


def record_label(registry: Registry, record: Record) -> str:
    """'record babies-at-home-2017 (A Crying Shame)': id for the file, title for the reader."""
    src = registry.source(record.source) if record.source else None
    name = (src.aliases[0] if src and src.aliases else src.title) if src else None
    return f"record {record.id}" + (f" ({name})" if name else "")


def record_position(registry: Registry, record: Record) -> Position:
    """Where a record is in claims.yaml, for findings about the registry itself."""
    line = record.line or 1
    return Position(path=registry.path or "claims.yaml", line=line, column=1, end_line=line,
                    end_column=1, start=0, end=0)


def record_interval(record: Record) -> Interval:
    """What a record allows: its interval, or its value widened by its (implied) rounding."""
    if record.interval is not None:
        return record.interval
    if record.value is None:
        return Interval()
    precision = record.precision or implied_precision(record.value)
    return widen(Interval.point(record.value), precision)


@dataclass(frozen=True)
class Pair:
    """A claim and its record on one scale: what each allows, and how to say it."""

    claim: Interval
    record: Interval
    unit: str
    claim_text: str
    record_text: str


def compare_with_record(c: Claim, r: Record) -> Pair | None:
    """Claim vs record like with like (see ``link_values.comparable``), rounding honoured."""
    q = c.quantity
    base = comparable(q, r)
    if base is None:
        return None
    _, _, unit = base
    kind = Kind.MONEY if unit_of(r.unit) in {"GBP", "USD", "EUR"} else None
    if r.per is not None and q.per is not None:
        mine = rate_per_day(interval_of(q), q.per, q.per_amount)
        theirs = r.per_day() or record_interval(r)
        shown = f"{q.surface} (about {fmt(_mid(mine))} a day)" if q.per != "day" or (
            q.per_amount or 1) != 1 else q.surface
        return Pair(mine, theirs, unit, shown, f"{_stated(r, kind)} a day" if r.per == "day"
                    else f"{_stated(r, kind)} per {r.per} ({fmt(_mid(theirs))} a day)")
    if r.kind == Kind.CHANGE:
        return Pair(base[0], record_interval(r), unit, q.surface, _stated(r, kind, unit))
    mine = interval_of(q) if q.kind != Kind.CHANGE else base[0]
    if base[2] == "%" and q.kind == Kind.RATIO and unit_of(q.unit) != "%":
        mine = mine.scaled(100.0)
    theirs = record_interval(r)
    if base[2] == "%" and r.kind == Kind.RATIO and unit_of(r.unit) != "%":
        theirs = theirs.scaled(100.0)
    return Pair(mine, theirs, unit, q.surface, _stated(r, kind, unit))


def _mid(iv: Interval) -> float:
    if iv.low is not None and iv.high is not None:
        return (iv.low + iv.high) / 2
    return iv.low if iv.low is not None else (iv.high or 0.0)


def _stated(r: Record, kind: Kind | None, unit: str = "") -> str:
    if r.value is None:
        iv = r.effective_interval()
        return iv.describe()
    text = fmt(r.value, r.unit, kind)
    return f"{text}%" if unit == "%" and not text.endswith("%") else text


def how_far(pair: Pair, claim_value: float | None = None,
            record_value: float | None = None) -> str:
    """'700 more (4.4% above)', '1,000 times the record', '1/4 of the record'.

    Stated values are compared when both are known (the article's £200 million against
    the record's £200 billion is 1,000 times, whatever the rounding); else nearest bounds.
    """
    a, b = pair.claim, pair.record
    above = a.lo >= b.hi
    near_a, near_b = (a.lo, b.hi) if above else (a.hi, b.lo)
    if claim_value is not None and record_value is not None:
        near_a, near_b = claim_value, record_value
    gap = abs(near_a - near_b)
    money = Kind.MONEY if pair.unit in {"GBP", "USD", "EUR"} else None
    if near_b > 0 and near_a > 0 and not math.isinf(near_a) and not math.isinf(near_b):
        big, small = max(near_a, near_b), min(near_a, near_b)
        factor = big / small
        if factor >= 3:
            times = f"{factor:,.0f}"
            if near_a < near_b:
                return f"the record is {times} times the article's figure"
            return f"{times} times the record"
        pct = 100.0 * gap / near_b
        amount = f"{fmt(gap, pair.unit if money else None, money)}"
        amount += " points" if pair.unit == "%" else ""
        return f"{amount} {'more' if above else 'less'} ({pct:.1f}% {'above' if above else 'below'})"
    return f"{fmt(gap, pair.unit if money else None, money)} {'more' if above else 'less'}"


def allows(iv: Interval, unit: str) -> str:
    """An interval as words, in the pair's unit ('15,750 to 15,849', 'more than £200 billion')."""
    money = Kind.MONEY if unit in {"GBP", "USD", "EUR"} else None
    return describe(iv, unit if money or unit == "%" else None, money, integer=unit != "%")


def unlinked_figures(ctx: CheckContext, attributed: bool) -> Iterator[tuple[Claim, str]]:
    """Figures with no record, attributed in the text or not, with the linker's reasons:
    CC101 and CC102 split this one population by attribution."""
    for c in ctx.claims:
        if not is_figure(c) or (c.attribution.method != "none") != attributed:
            continue
        if ctx.record_for(c) is not None:
            continue
        link = ctx.links.get(c.id)
        yield c, "; ".join(link.reasons) if link and link.reasons else "no record scored"

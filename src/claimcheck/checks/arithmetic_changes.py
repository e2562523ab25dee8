"""Changes against their own endpoints: 'from 26,400 to more than 50,000 - an increase of
more than 23,000', 'a rise of 50 per cent' after 'from 20,000 to 25,000'.

Why a module of its own: a change is the one relation whose figures are read as a pair
(both ends, rounded alike) and whose percentage form may sit in another article of the same
speaker; the shared sentence layout and cue handling live in ``arithmetic_relations``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.checks.arithmetic_relations import (
    ABS_CHANGE_CUES,
    FROM_CUES,
    Relation,
    _cue,
    _heads_agree,
    _lohi,
    _overlap,
    stated,
    windows,
)
from claimcheck.checks.base import CheckContext
from claimcheck.checks.compare import Fig, same_office, times_compatible
from claimcheck.checks.identity import subject_score
from claimcheck.checks.semantics import describe, fmt, implied_precision, widen
from claimcheck.models import Claim, Interval, Kind


@dataclass
class Endpoints:
    claims: list[Claim]
    start: Fig | None
    frm: Interval
    to: Interval
    frm_value: float
    to_value: float
    anchor: Fig  # the figure whose subject and time the change has


def _stated(iv: Interval) -> float:
    """The figure as written: the middle of a rounding band, or the bound of a hedge."""
    if iv.low is not None and iv.high is not None:
        return (iv.low + iv.high) / 2
    return iv.lo if iv.low is not None else iv.hi


def _rounding_band(iv: Interval, value: float) -> bool:
    """The interval is just the rounding of ``value`` (not a hedge such as 'around')."""
    step = implied_precision(value)
    return (iv.low is not None and iv.high is not None and step is not None
            and math.isclose(iv.high - iv.low, step) and iv.low <= value <= iv.high)


def common_bands(frm: Interval, frm_v: float, to: Interval, to_v: float) -> tuple[Interval, Interval]:
    """Both ends of 'from 20,000 to 25,000' rounded alike: a writer states a change's ends
    to one precision, the finer of the two (1,000 here), not 20,000 as 15,000–25,000."""
    ends = [(frm, frm_v), (to, to_v)]
    bands = [_rounding_band(iv, v) or (iv.low == iv.high and iv.low is not None) for iv, v in ends]
    steps = [implied_precision(v) or 1.0 for (_, v), band in zip(ends, bands) if band]
    if not steps:
        return frm, to
    step = min(steps)
    out = [widen(Interval.point(v), step) if band else iv for (iv, v), band in zip(ends, bands)]
    return out[0], out[1]


def endpoints(ctx: CheckContext, article: list[Fig]) -> Iterator[Endpoints]:
    """'from 26,400 to more than 50,000': a Change on one quantity, or two figures cued."""
    win = windows(article)
    for n, f in enumerate(article):
        ch = f.claim.quantity.change
        if ch is not None and ch.from_value is not None and ch.to_value is not None:
            frm_v, to_v = _stated(ch.from_value), _stated(ch.to_value)
            yield Endpoints([f.claim], f, *common_bands(ch.from_value, frm_v, ch.to_value, to_v),
                            frm_v, to_v, f)
            continue
        if n + 1 >= len(article) or f.family != "count":
            continue
        g = article[n + 1]
        if (g.family == f.family and win[f.id][2] == win[g.id][2]
                and _cue(win[f.id][0], FROM_CUES) and re.match(r"^\s*to\b", win[f.id][1])):
            frm_v, to_v = stated(f.claim), stated(g.claim)
            yield Endpoints([f.claim, g.claim], f, *common_bands(f.interval, frm_v, g.interval, to_v),
                            frm_v, to_v, g)


def _change_by(f: Fig, window: str) -> tuple[Interval, str | None, int] | None:
    """A stated change amount: the Change's ``by``, or a figure after 'an increase of'."""
    ch = f.claim.quantity.change
    if ch is not None and ch.by is not None and ch.from_value is None:
        sign = -1 if ch.direction == "decrease" else 1
        unit = ch.by_unit or ("%" if f.claim.quantity.kind is Kind.PERCENT else None)
        return ch.by, unit, sign
    cue = _cue(window, ABS_CHANGE_CUES)
    if cue is not None and f.family == "count":
        return f.interval, None, ABS_CHANGE_CUES[cue]
    return None


def changes(ctx: CheckContext, article: list[Fig], everything: list[Fig]) -> Iterator[Relation]:
    """A change against its endpoints: in the same sentence, or (for a percentage) anywhere
    the same speaker talks about the same subject over the same period."""
    win = windows(article)
    for ep in endpoints(ctx, article):
        sent = win[ep.anchor.id][2]
        for f in article:
            by = _change_by(f, win[f.id][0]) if f.claim not in ep.claims else None
            if by is None or win[f.id][2] != sent or not _heads_agree(f, ep.anchor):
                continue
            if by[1] in (None, "absolute"):
                yield _absolute(ep, f, by[0], by[2])
            elif by[1] == "%" and (f.claim.subject is None or subject_score(f, ep.anchor) >= 60):
                # no subject of its own: 'a rise of 50 per cent' is in apposition to the change
                yield _relative(ep, f, by[0], by[2])
        for f in everything:
            if f.claim.path == ep.anchor.claim.path and win.get(f.id, ("", "", -1))[2] == sent:
                continue
            by = _change_by(f, "")
            if by is None or by[1] != "%" or not _heads_agree(f, ep.anchor):
                continue
            if f.when.weak or ep.anchor.when.weak or not same_office(f.offices, ep.anchor.offices):
                continue
            if subject_score(f, ep.anchor) >= 70 and times_compatible(f.when, ep.anchor.when, False)[0]:
                yield _relative(ep, f, by[0], by[2])


def _absolute(ep: Endpoints, f: Fig, by: Interval, sign: int) -> Relation:
    diff = (ep.to.lo - ep.frm.hi, ep.to.hi - ep.frm.lo)
    got = (-by.hi, -by.lo) if sign < 0 else _lohi(by)
    point = ep.to_value - ep.frm_value
    to_text = describe(ep.to) if ep.to.high is None or ep.to.low is None else fmt(ep.to_value)
    working = (f"{to_text} − {fmt(ep.frm_value)} = {'more than ' if ep.to.high is None else ''}"
               f"{fmt(point)}; '{f.claim.quantity.surface}' "
               f"{'holds' if _overlap(diff, got) else 'does not fit'}")
    return Relation("change", [f.claim, *ep.claims], _overlap(diff, got), working)


def _relative(ep: Endpoints, f: Fig, by: Interval, sign: int) -> Relation:
    lo = (ep.to.lo / ep.frm.hi - 1) * 100 if ep.frm.hi > 0 else -math.inf
    hi = (ep.to.hi / ep.frm.lo - 1) * 100 if ep.frm.lo > 0 else math.inf
    got = (-by.hi, -by.lo) if sign < 0 else _lohi(by)
    at = (ep.to_value / ep.frm_value - 1) * 100
    surface = f.claim.quantity.surface
    base = (f"{fmt(ep.frm_value)} → {fmt(ep.to_value)} is a change of {fmt(at)}%")
    claims = [f.claim, *ep.claims]
    if not _overlap((lo, hi), got):
        return Relation("percent-change", claims, False, f"{base}; '{surface}' cannot hold")
    if got[0] <= at <= got[1]:
        return Relation("percent-change", claims, True, f"{base}; '{surface}' holds")
    need = ep.frm_value * (1 + got[0] / 100) if at < got[0] else ep.frm_value * (1 + got[1] / 100)
    word = "above" if at < got[0] else "below"
    cond = (f"'{surface}' holds only if the end figure is {word} about {fmt(need)} "
            f"(at exactly {fmt(ep.to_value)} the change is {fmt(at)}%)")
    return Relation("percent-change", claims, True, base, only_if=cond)

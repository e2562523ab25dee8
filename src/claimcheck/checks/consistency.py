"""Pairwise conflict between two figures, with the words to explain it.

Why: magnitude-mismatch, self-contradiction and cross-claim-conflict ask the same question
("can both hold?") and must answer it, and explain it, identically; they differ only in
which pairs they own. This module holds that shared answer and the rule for who owns a pair,
so that no pair is reported twice by two rules for the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.checks.base import CheckContext
from claimcheck.checks.compare import (
    Fig,
    key_match,
    partners,
    same_office,
    subject_tokens,
)
from claimcheck.checks.identity import Verdict, clause_text, comparable, similarity
from claimcheck.checks.semantics import (
    VAGUE_TOLERANCE,
    Conflict,
    conflict,
    currency,
    fmt,
    in_percent,
)
from claimcheck.models import Interval

#: One-sided hedges that, for a judgement of scale, still claim the order of the figure:
#: a writer who meant 5,000 does not say "up to 140,000".
UPPER_HEDGES = ("up to", "as many as", "as much as", "at most", "a maximum of")
#: Subject similarity (of clauses) a vague word needs against a figure of its own article
#: when it is the headline or lead: a lead summarises its article in loose words.
LEAD_SCORE = 40.0
#: ... and against a figure of the same office: a speaker characterising her own office's
#: report names its subject loosely ("the most vulnerable young children" for "babies under
#: one considered vulnerable"), but the heads must still agree.
OFFICE_SCORE = 55.0
#: Candidates within this many points of the best subject match are weighed together.
MARGIN = 10.0


def tolerance(ctx: CheckContext) -> float:
    value = ctx.options.get("vague_tolerance", VAGUE_TOLERANCE)
    return float(value) if isinstance(value, (int, float)) else VAGUE_TOLERANCE


def stretched(iv: Interval, factor: float) -> Interval:
    """A vague band, soft at its edges: [low / factor, high × factor)."""
    return Interval(low=None if iv.low is None else iv.low / factor,
                    high=None if iv.high is None else iv.high * factor,
                    low_closed=iv.low_closed, high_closed=iv.high_closed)


def scale_interval(f: Fig) -> Interval:
    """The interval a figure claims for judging scale: 'up to 140,000' → 70,000–140,000."""
    iv, q = f.interval, f.claim.quantity
    hedge = (q.qualifier or q.surface).lower()
    if iv.high is not None and (iv.low is None or iv.low <= 0) and any(h in hedge for h in UPPER_HEDGES):
        return Interval(low=iv.high / 2, high=iv.high)
    return iv


def display(f: Fig) -> tuple[float, str | None, float]:
    """(factor back to the stated scale, unit for formatting, stated value on the compared scale)."""
    q = f.claim.quantity
    if f.family.startswith("share") or in_percent(q.kind, q.unit):
        unit, factor = "%", 100.0  # compared as fractions ('rose 0.4%' included), shown as stated
    elif f.family.startswith("money"):
        unit, factor = currency(q.unit) or q.unit, 1.0
    else:
        unit, factor = None, 1.0
    iv = f.interval
    mid = iv.lo if iv.high is None else iv.hi if iv.low is None else (iv.lo + iv.hi) / 2
    return factor, unit, mid


def who(f: Fig, other: Fig) -> str:
    a = f.claim.attribution
    label = a.speaker or a.source
    if label:
        return label[0].lower() + label[1:] if label.split()[0] in ("A", "An", "The") else label
    return "the article" if f.claim.path == other.claim.path else f.claim.path


def shown(f: Fig) -> str:
    """A figure as the reader saw it, with its daily rate when it is a rate."""
    q = f.claim.quantity
    if f.family.endswith("/day") and (q.per != "day" or (q.per_amount or 1) != 1):
        factor, unit, mid = display(f)
        return f"'{q.surface}' (about {fmt(mid * factor, unit)} a day)"
    return f"'{q.surface}'"


@dataclass(frozen=True)
class Clash:
    a: Fig
    b: Fig
    verdict: Verdict
    conflict: Conflict


def clash(a: Fig, b: Fig, ctx: CheckContext, min_score: float | None = None,
          use_scale: bool = False, verdict: Verdict | None = None) -> Clash | None:
    """a and b are comparable (or ``verdict`` says so) and cannot both hold (vague bands
    soft at the edges)."""
    if a.vague and b.vague:
        return None
    verdict = verdict or comparable(a, b, min_score)
    if not verdict.ok:
        return None
    tol = tolerance(ctx)
    ia = stretched(a.interval, tol) if a.vague else (scale_interval(a) if use_scale else a.interval)
    ib = stretched(b.interval, tol) if b.vague else (scale_interval(b) if use_scale else b.interval)
    if ia.overlaps(ib):
        return None
    factor, unit, _ = display(b)
    b_iv = scale_interval(b) if use_scale else b.interval
    value = b.claim.quantity.value
    b_value = _scaled_value(b, value) if value is not None else None
    if b_value is None or not b_iv.contains(b_value):
        b_value = b_iv.lo if b_iv.lo > a.interval.hi else b_iv.hi
    c = conflict(a.interval.scaled(factor), b_iv.scaled(factor), f"'{a.claim.quantity.surface}'",
                 who(b, a), b_value * factor, unit, integer=factor == 1.0)
    return None if c is None else Clash(a, b, verdict, c)


def _scaled_value(f: Fig, value: float) -> float:
    """The stated value on the compared scale (percent → fraction; rates per day)."""
    q = f.claim.quantity
    if in_percent(q.kind, q.unit):
        return value / 100
    if f.family.endswith("/day"):
        return display(f)[2]
    return value


def outlet_voice(f: Fig) -> bool:
    """Headline, standfirst, or a vague word in the opening sentence ("THOUSANDS of children
    ... a charity has said"): the outlet's summary, whoever it paraphrases. A precise figure
    the lead cites from a report keeps the report's voice."""
    return f.lead or (f.opening and f.vague)


def office_tie(a: Fig, b: Fig) -> bool:
    """Same speaker or the same office (person ↔ role ↔ organisation), neither in the
    outlet's own voice."""
    return not outlet_voice(a) and not outlet_voice(b) and bool(a.offices) and bool(b.offices) \
        and same_office(a.offices, b.offices)


def vague_score(v: Fig, p: Fig) -> float:
    """0–100 subject similarity for a vague word against a figure: a shared record is 100,
    disagreeing heads 0, else how alike their clauses read."""
    if v.record_ids & p.record_ids:
        return 100.0
    if v.head and p.head and v.head != p.head:
        return 0.0
    return similarity(subject_tokens(clause_text(v)), subject_tokens(clause_text(p)))


def weighed(v: Fig, ctx: CheckContext) -> list[tuple[Fig, Verdict]]:
    """The precise figures a vague word is held against, best subject match first: those
    within ``MARGIN`` of the best. Shared by magnitude-mismatch and self-contradiction so
    both rules hold 'hundreds' against the same 15,800."""
    return ctx.memo(("weighed", v.id), lambda: _weigh(v, ctx))


def _weigh(v: Fig, ctx: CheckContext) -> list[tuple[Fig, Verdict]]:
    scored: list[tuple[float, Fig, Verdict]] = []
    for p in partners(ctx, v):
        if p.vague or p.family != v.family:
            continue
        score = vague_score(v, p)
        same = p.claim.path == v.claim.path
        need = (LEAD_SCORE if outlet_voice(v) and same and v.head and p.head
                else OFFICE_SCORE if office_tie(v, p) else None)
        verdict = comparable(v, p, need, score)
        if verdict.ok:
            scored.append((score, p, verdict))
    best = max((s for s, _, _ in scored), default=0.0)
    kept = [(p, vd) for s, p, vd in sorted(scored, key=lambda x: -x[0]) if s >= best - MARGIN]
    return kept


def tie_text(a: Fig, b: Fig) -> str:
    """'Anne Longfield and a report both speak for Children's Commissioner for England'."""
    shared = [(x, y) for x in a.offices for y in b.offices if key_match(x, y)]
    if not shared:
        return "same office"
    x, y = min(shared, key=lambda p: len(min(p, key=len)))
    name = a.office_names.get(x, x) if len(x) <= len(y) else b.office_names.get(y, y)
    wa, wb = who(a, b), who(b, a)
    if wa == wb:
        return f"both figures come from {wa}"
    return f"{wa} and {wb} both speak for the {name.removeprefix('the ')}" \
        if not name.lower().startswith("the ") else f"{wa} and {wb} both speak for {name}"


def subject_text(v: Verdict, a: Fig, b: Fig) -> str:
    if a.record_ids and a.record_ids & b.record_ids:
        return f"both link to registry record {min(a.record_ids & b.record_ids)}"
    head = a.claim.subject_head or b.claim.subject_head or "subject"
    return f"same subject ({head}, similarity {v.score:.0f})"

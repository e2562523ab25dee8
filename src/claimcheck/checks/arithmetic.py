"""CC301 arithmetic: stated parts, totals, changes, shares, averages and rates that do not add up.

Why: the cheapest error to catch is the one an article makes against itself. Relations come
from the frames (change endpoints, rates, per-unit averages) and from cue words kept as
data in ``arithmetic_relations`` ("This leaves", "a further", "of these", "an increase
of", "per"). Every relation checked is reported: a failure as an error with the working and
a diagnosis, a success as a verification, and "holds only if" as an info note.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from claimcheck.checks.arithmetic_breakdowns import breakdowns
from claimcheck.checks.arithmetic_changes import changes
from claimcheck.checks.arithmetic_relations import (
    Relation,
    in_article,
    per_unit,
    remainders,
    shares,
)
from claimcheck.checks.base import CheckContext, Example, RuleInfo, finding
from claimcheck.checks.compare import Fig, figs
from claimcheck.checks.identity import comparable
from claimcheck.checks.semantics import describe, fmt
from claimcheck.models import Finding, Severity, Verification

MESSAGES: dict[str, str] = {
    "remainder": "'{s}' does not follow from the stated parts",
    "change": "'{s}' does not fit the change's own endpoints",
    "percent-change": "'{s}' does not fit the change's own endpoints",
    "share": "'{s}' does not fit the share of its base",
    "per-unit": "'{s}' is not the total over the number of units",
    "rate": "'{s}' does not match the same rate over another period",
    "breakdown": "'{s}' and the other shares listed with it add up to more than the whole",
    "parts": "'{s}' is less than the parts listed after it",
}


def _rate_text(f: Fig) -> str:
    q = f.claim.quantity
    if q.per and q.per in q.surface.lower():
        return f"'{q.surface}'"
    every = f"every {fmt(q.per_amount)} {q.per}s" if q.per_amount and q.per_amount != 1 else f"each {q.per}"
    return f"'{q.surface}' {every}"


def rates(everything: list[Fig]) -> Iterator[Relation]:
    """A rate against the same rate over another period: 'every 49 seconds' vs '1,770 a day'."""
    rated = [f for f in everything if f.family.endswith("/day") and not f.vague]
    for a, b in itertools.combinations(rated, 2):
        qa, qb = a.claim.quantity, b.claim.quantity
        if (qa.per, qa.per_amount or 1) == (qb.per, qb.per_amount or 1) or not comparable(a, b).ok:
            continue
        if not a.interval.overlaps(b.interval):
            continue  # a conflict: self-contradiction or cross-claim-conflict report it
        working = (f"{_rate_text(a)} is {describe(a.interval)} a day; {_rate_text(b)} is "
                   f"{describe(b.interval)} a day; they agree")
        yield Relation("rate", [a.claim, b.claim], True, working)


def relations(ctx: CheckContext) -> list[Relation]:
    """Every arithmetic relation in the scan, once per run (other rules skip these pairs)."""
    return ctx.memo("arithmetic-relations", lambda: _relations(ctx))


def _relations(ctx: CheckContext) -> list[Relation]:
    everything = figs(ctx)
    found: list[Relation] = []
    for path in sorted({f.claim.path for f in everything}):
        article = in_article(ctx, path)
        found += [*remainders(ctx, article), *changes(ctx, article, everything),
                  *shares(ctx, article), *per_unit(ctx, article), *breakdowns(article)]
    found += list(rates(everything))
    seen: set[tuple[str, frozenset[str]]] = set()
    unique = []
    for r in found:
        key = (r.kind, frozenset(c.id for c in r.claims))
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique


def related_pairs(ctx: CheckContext) -> set[frozenset[str]]:
    """Pairs of claims an arithmetic relation ties: parts and totals are different subjects."""
    return {frozenset(p) for r in relations(ctx)
            for p in itertools.combinations([c.id for c in r.claims], 2)}


def _records(ctx: CheckContext, r: Relation) -> list[str]:
    ids = [ctx.links[c.id].record_id for c in r.claims if c.id in ctx.links]
    return sorted({i for i in ids if i})


class Arithmetic:
    info = RuleInfo(
        code="CC301",
        name="arithmetic",
        severity=Severity.ERROR,
        summary="Stated parts, totals, changes, shares or averages that do not add up.",
        help=(
            "Within an article: a remainder against its total and parts ('This leaves ...'), "
            "a change against its endpoints ('from 26,400 to more than 50,000 - an increase "
            "of more than 23,000'), a percentage change against its endpoints, a share "
            "against its base ('one in four of these'), a per-unit average against the total "
            "and the number of units (a registry constant such as 152 local authorities), and "
            "a rate against the same rate over another period ('every 49 seconds' = 1,763 a "
            "day), shares of one whole listed in a sentence ('45% came from police, 30% from "
            "schools and 35% from health services' = 110%) and parts listed after their total "
            "('Of 1,047 referrals, 452 came from ...'). Rounding and hedges are allowed for. Failures are errors with the working "
            "and a diagnosis; relations that hold only for part of a hedge get an info note; "
            "relations that hold are listed as verifications."
        ),
        examples=(
            Example("19,640 babies were in need. 3,820 of these were looked after, with a "
                    "further 640 placed elsewhere. This leaves 15,800.", flags=True,
                    note="19,640 − 3,820 − 640 = 15,180"),
            Example("Plans rose from 26,400 to more than 50,000 - an increase of more than "
                    "23,000.", flags=False, note="50,000 − 26,400 = 23,600"),
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        for r in relations(ctx):
            ids, records = [c.id for c in r.claims], _records(ctx, r)
            surface = r.label or r.claims[0].quantity.surface
            if r.holds:
                working = f"{r.working}; {r.only_if}" if r.only_if else r.working
                yield Verification(relation=r.kind, claims=ids, records=records, working=working)
                if r.only_if:
                    yield finding(self.info, r.claims, r.only_if[0].upper() + r.only_if[1:],
                                  explanation=r.working + ". " + r.only_if[0].upper()
                                  + r.only_if[1:] + ".", records=records, severity=Severity.INFO)
                continue
            explanation = r.working + (f". Diagnosis: {r.diagnosis}." if r.diagnosis else ".")
            yield finding(self.info, r.claims, MESSAGES[r.kind].format(s=surface) + f": {r.working}",
                          explanation=explanation, records=records)


CHECK = Arithmetic()

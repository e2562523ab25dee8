"""CC203 self-contradiction: one speaker or office gives figures that cannot both hold.

Why: when the Children's Commissioner says "hundreds" of young children are at risk and her
own office's report counts 15,800, one of the two is wrong, and the speaker is the one person
who should know. The tie is the same speaker, or a person and the role or organisation the
registry (roles, member_of, a linked record's source) or the text (speaker_role, cited
source's publisher) ties them to. Headlines and standfirsts are the outlet's voice and are
left to the other rules; pairs an arithmetic relation ties (parts and totals) are not the
same subject, and two precise figures must be able to be one statistic
(``compare.one_statistic``: a shared record, or subjects specific enough, and never two
figures of one sentence that do not restate each other).
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.checks.arithmetic import related_pairs
from claimcheck.checks.base import CheckContext, Example, RuleInfo, finding
from claimcheck.checks.compare import Fig, fig_pairs
from claimcheck.checks.consistency import (
    Clash,
    clash,
    office_tie,
    shown,
    subject_text,
    tie_text,
    weighed,
)
from claimcheck.checks.identity import one_statistic
from claimcheck.models import Finding, Severity, Verification


def anchor_first(a: Fig, b: Fig) -> tuple[Fig, Fig]:
    """Report at the vague figure, else at the later one (it contradicts what came before)."""
    if b.vague and not a.vague:
        return b, a
    if a.vague and not b.vague:
        return a, b
    return (b, a) if (b.claim.path, b.claim.quantity.start) > (a.claim.path, a.claim.quantity.start) else (a, b)


def office_clashes(ctx: CheckContext) -> list[Clash]:
    """Every conflicting same-office pair, anchored, once per run (shared with
    cross-claim-conflict)."""
    return ctx.memo("office-clashes", lambda: _office_clashes(ctx))


def _office_clashes(ctx: CheckContext) -> list[Clash]:
    skip = related_pairs(ctx)
    out: list[Clash] = []
    for a, b in fig_pairs(ctx):
        if frozenset((a.id, b.id)) in skip or not office_tie(a, b):
            continue
        x, y = anchor_first(a, b)
        if x.vague:
            # a vague word is held against the figures magnitude-mismatch weighs it against
            verdict = ctx.memo(("weighed-by-id", x.id),
                               lambda: {p.id: vd for p, vd in weighed(x, ctx)}).get(y.id)
            c = clash(x, y, ctx, verdict=verdict) if verdict is not None else None
        elif one_statistic(x, y):
            c = clash(x, y, ctx)
        else:
            c = None
        if c is not None:
            out.append(c)
    return out


class SelfContradiction:
    info = RuleInfo(
        code="CC203",
        name="self-contradiction",
        severity=Severity.ERROR,
        summary="The same speaker or office gives figures for one subject that cannot both hold.",
        help=(
            "Two figures for the same subject (a shared registry record, or subjects that "
            "read alike with compatible unit, time and place) whose intervals cannot both "
            "hold, given by one speaker or by a person and the office or organisation they "
            "speak for (registry roles and member_of, the speaker's stated role, a cited "
            "report's publisher). Vague words count as their band, soft at the edges."
        ),
        examples=(
            Example("A report by the Commissioner counts 15,800 babies at risk. The "
                    "Commissioner said: 'hundreds of young children are at risk.'", flags=True),
            Example("The Commissioner's report counts 15,800 babies; she spoke of 'many "
                    "thousands of babies'.", flags=False),
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        by_anchor: dict[str, list[Clash]] = {}
        for c in office_clashes(ctx):
            by_anchor.setdefault(c.a.id, []).append(c)
        for group in by_anchor.values():
            a = group[0].a
            if a.vague:  # the order magnitude-mismatch weighs them in, so both cite one figure
                rank = {p.id: n for n, (p, _) in enumerate(weighed(a, ctx))}
                group.sort(key=lambda c: rank.get(c.b.id, len(rank)))
            first = group[0]
            speaker = a.claim.attribution.speaker or a.claim.attribution.source or "the speaker"
            rest = ", ".join(shown(c.b) for c in group[1:])
            explanation = (f"{first.conflict.text}. {subject_text(first.verdict, a, first.b).capitalize()}; "
                           f"{tie_text(a, first.b)}" + (f". Also against {rest}" if rest else "") + ".")
            records = sorted({r for c in group for r in c.b.record_ids} | set(a.record_ids))
            yield finding(
                self.info, [a.claim, *(c.b.claim for c in group)],
                f"{shown(a)} and {shown(first.b)}, both from {speaker} or the same office, "
                f"cannot both hold for the same subject",
                explanation=explanation, records=records,
            )


CHECK = SelfContradiction()

"""CC202 magnitude-mismatch: a vague amount against a precise figure for the same subject.

Why: "hundreds of children" where the report counts 15,800, or "thousands" where the same
article says 140,000, misleads by an order of magnitude even though no digit is wrong. A
vague word is an interval (the vague table), soft at its edges (×2 either way); a headline
or lead summarises its article, so it is held against the article's own figures even when
its subject is worded loosely. Figures that agree are listed as verifications.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.checks._provenance import (
    allows,
    compare_with_record,
    how_far,
    record_label,
)
from claimcheck.checks.base import CheckContext, Example, RuleInfo, finding
from claimcheck.checks.compare import Fig, figs
from claimcheck.checks.consistency import (
    Clash,
    clash,
    office_tie,
    outlet_voice,
    scale_interval,
    shown,
    stretched,
    subject_text,
    tie_text,
    tolerance,
    weighed,
)
from claimcheck.checks.offices import speaks_for_record
from claimcheck.checks.semantics import describe
from claimcheck.models import Finding, Severity, Verification


class MagnitudeMismatch:
    info = RuleInfo(
        code="CC202",
        name="magnitude-mismatch",
        severity=Severity.WARNING,
        summary="A vague amount ('hundreds', 'thousands') far from a precise figure for the same subject.",
        help=(
            "A vague word allows a band (the vague table: 'hundreds' 200–999, 'thousands' "
            "2,000–9,999, ...), taken as soft at its edges (×2). When a precise figure for the "
            "same subject - in the article, another article or the registry - lies beyond "
            "that, the vague word understates or overstates it. 'up to 140,000' counts as "
            "claiming the order of 140,000. A warning; an error when the same person or "
            "office gives both."
        ),
        examples=(
            Example("The report counts 15,800 babies at risk. 'Hundreds of babies are at risk,' "
                    "she said.", flags=True, note="hundreds implies at most 999"),
            Example("Many thousands of babies are at risk: the report counts 15,800.",
                    flags=False),
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        tol = tolerance(ctx)
        for v in (f for f in figs(ctx) if f.vague):
            kept = weighed(v, ctx)
            if not kept:
                yield from self._against_record(v, ctx, tol)
                continue
            clashes = [c for p, verdict in kept if (c := clash(v, p, ctx, use_scale=True, verdict=verdict))]
            if not clashes or clashes[0].b is not kept[0][0]:
                listed = list(dict.fromkeys(f"{shown(p)} ({describe(scale_interval(p))})" for p, _ in kept))
                yield Verification(
                    relation=self.info.name, claims=[v.id, *(p.id for p, _ in kept)],
                    records=sorted({r for p, _ in kept for r in p.record_ids}),
                    working=(f"'{v.claim.quantity.surface}' allows {describe(v.interval)} "
                             f"({describe(stretched(v.interval, tol))} read loosely); "
                             f"{', '.join(listed)} {'is' if len(listed) == 1 else 'are'} within that"),
                )
                continue
            # the same office's figure first: it is what makes the mismatch an error
            clashes.sort(key=lambda c: not office_tie(v, c.b))
            yield self._finding(v, clashes, outlet_voice(v))

    def _finding(self, v: Fig, clashes: list[Clash], lead: bool) -> Finding:
        first = clashes[0]
        under = first.conflict.direction == "above"
        word = "understates" if under else "overstates"
        tied = [c for c in clashes if office_tie(v, c.b)]
        severity = Severity.ERROR if tied and not lead else Severity.WARNING
        others = ", ".join(shown(c.b) for c in clashes[1:])
        explanation = (
            f"{first.conflict.text}. {subject_text(first.verdict, v, first.b).capitalize()}"
            + (f"; also {others}" if others else "")
            + (f". Same office: {tie_text(v, tied[0].b)}, so this is an error." if severity is Severity.ERROR
               else ". A headline or lead speaks for the outlet." if lead else ".")
        )
        factor = first.conflict.factor
        how = f"by a factor of about {factor:.0f}" if factor >= 3 else "beyond its range"
        records = sorted({r for c in clashes for r in c.b.record_ids} | set(v.record_ids))
        return finding(
            self.info, [v.claim, *(c.b.claim for c in clashes)],
            f"'{v.claim.quantity.surface}' {word} {shown(first.b)} {how}",
            explanation=explanation, records=records, severity=severity,
        )


    def _against_record(self, v: Fig, ctx: CheckContext, tol: float) -> Iterable[Finding | Verification]:
        """A vague word with no precise figure beside it, held against its linked record:
        'hundreds' linked to a record of 15,800."""
        r = ctx.record_for(v.claim)
        pair = compare_with_record(v.claim, r) if r is not None else None
        if r is None or pair is None:
            return
        label, surface = record_label(ctx.registry, r), v.claim.quantity.surface
        loose = stretched(pair.claim, tol)
        if loose.overlaps(pair.record):
            yield Verification(relation=self.info.name, claims=[v.id], records=[r.id],
                               working=f"'{surface}' allows {describe(pair.claim)} ({describe(loose)} "
                                       f"read loosely); {label} gives {pair.record_text}, within that")
            return
        tied = speaks_for_record(v.claim, r, ctx)
        word = "understates" if pair.record.lo >= loose.hi else "overstates"
        yield finding(
            self.info, [v.claim],
            f"'{surface}' {word} {label}, which gives {pair.record_text}",
            explanation=(f"'{surface}' allows {describe(pair.claim)} ({describe(loose)} read loosely); "
                         f"the record allows {allows(pair.record, pair.unit)}: {how_far(pair)}"
                         + (". The speaker speaks for the record's own office, so this is an error."
                            if tied else ".")),
            records=[r.id], severity=Severity.ERROR if tied else Severity.WARNING,
        )


CHECK = MagnitudeMismatch()

"""CC201 record-mismatch: a figure that cannot be the linked record's figure.

Why: a figure that links to a sourced record (same subject, unit, time, speaker) but whose
value the record rules out is misquoted, mistyped or out of date. Claim and record are
compared like with like (percent with percent, money in one currency, rates per day,
changes by their ``by``), with rounding and hedges as intervals, so "about 16,000" for a
record of 15,800 passes and "£200 million" for a record of £200 billion does not.
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
from claimcheck.link_index import is_figure
from claimcheck.models import Claim, Finding, Kind, Record, Severity, Verification


class RecordMismatch:
    info = RuleInfo(
        code="CC201",
        name="record-mismatch",
        severity=Severity.ERROR,
        summary="A figure whose value the linked registry record rules out.",
        help=(
            "The figure links to a registry record (same subject, unit, time and source) but "
            "the two values cannot both hold, even allowing for rounding and hedges such as "
            "'more than' or 'nearly'. Percentages are compared with percentages, money only "
            "in the same currency, rates after conversion to a daily rate ('every 49 seconds' "
            "is about 1,763 a day) and changes by how much they changed. Vague words "
            "('hundreds') are left to magnitude-mismatch (CC202). When the figure is right and "
            "the record wrong, correct claims.yaml; when the link is wrong, improve the "
            "record's subject or aliases."
        ),
        examples=(
            Example("The 2015 Spending Review made available £200 million to councils.",
                    flags=True, note="the record says more than £200 billion"),
            Example("There are 15,800 babies under one still living at home.", flags=False,
                    note="matches the record"),
            Example("A child is referred to children's services every 49 seconds.",
                    flags=False, note="about 1,763 a day, within the rounding of 1,770 a day"),
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        for c in ctx.claims:
            q = c.quantity
            if not is_figure(c) or q.kind == Kind.VAGUE or q.vague is not None:
                continue
            r = ctx.record_for(c)
            if r is None or (r.value is None and r.interval is None):
                continue
            pair = compare_with_record(c, r)
            if pair is None:
                continue
            label = record_label(ctx.registry, r)
            if pair.claim.overlaps(pair.record):
                yield Verification(
                    relation=self.info.name,
                    claims=[c.id],
                    records=[r.id],
                    working=f"the article's {pair.claim_text} (allows "
                    f"{allows(pair.claim, pair.unit)}) is consistent with {label}, which "
                    f"gives {pair.record_text}",
                )
                continue
            yield finding(
                self.info, [c],
                f"the article gives {pair.claim_text}; {label} gives {pair.record_text}",
                explanation=(
                    f"The article's figure allows {allows(pair.claim, pair.unit)}, the record "
                    f"{allows(pair.record, pair.unit)}: {how_far(pair, *_values(c, r))}. "
                    "Linked because: "
                    + "; ".join((ctx.links[c.id].reasons if c.id in ctx.links else [])[:4])
                ),
                records=[r.id],
            )


def _values(c: Claim, r: Record) -> tuple[float | None, float | None]:
    """Stated values for 'how far', when both are plain figures on the same scale."""
    q = c.quantity
    if q.per is not None or r.per is not None or q.kind in (Kind.CHANGE, Kind.RATIO):
        return None, None
    if r.kind in (Kind.CHANGE, Kind.RATIO):
        return None, None
    return q.value, r.value


CHECK = RecordMismatch()

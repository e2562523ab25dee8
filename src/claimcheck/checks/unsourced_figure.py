"""CC101 unsourced-figure: a figure no record supports and the text attributes to no one.

Why an error: a reader cannot check a number that has neither a named source in the text
nor a sourced record in the registry; it is the first thing a fact-checker asks for.

Headlines and standfirsts name no sources: they restate the body. A display-copy figure
that the body of the same article states again, with an attribution, is as sourced as
the body's figure (the body's copy is what CC101 or CC102 then judges), so it is not
flagged twice; one the body never restates is.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.checks._provenance import unlinked_figures
from claimcheck.checks.base import CheckContext, Example, RuleInfo, finding
from claimcheck.models import Claim, Finding, Severity, Verification

_DISPLAY = ("headline", "standfirst")


def _key(c: Claim) -> tuple[str | None, str | None, float | None, float | None, float | None]:
    """What a restatement keeps: unit, period, value and interval. Not the kind: display copy
    reframes ('up by more than £40' heads 'adding more than £40')."""
    q = c.quantity
    return q.unit, q.per, q.value, q.interval.low, q.interval.high


def restated_in_body(ctx: CheckContext, c: Claim) -> bool:
    """Whether a display-copy ``c`` restates an attributed body figure of its article: same
    unit and period, and the same value and interval ('rise by 4.6%' in the headline, 'will
    rise by 4.6% ..., the department said' in the body). The body's figures are indexed once
    per run, so this costs one lookup per claim, not a pass over the corpus."""
    if c.part not in _DISPLAY:
        return False
    return (c.position.path, _key(c)) in ctx.memo("attributed-body-figures", lambda: {
        (b.position.path, _key(b)) for b in ctx.claims
        if b.part == "body" and b.attribution.method != "none"})


class UnsourcedFigure:
    info = RuleInfo(
        code="CC101",
        name="unsourced-figure",
        severity=Severity.ERROR,
        summary="A figure with no registry record and no attribution in the text.",
        help=(
            "Every figure should be traceable: either the sentence (or the quote it sits in) "
            "says who gives it, or a record in claims.yaml holds it with its source. This rule "
            "fires when neither is true. Fix it by naming the source in the text, or by adding "
            "the figure to the registry with the source it comes from; if the number is not a "
            "claim (a page count, a label), suppress it inline."
        ),
        examples=(
            Example("Some 4,000 schools have closed their libraries.", flags=True,
                    note="nobody is named and no record holds the figure"),
            Example("The Department for Education said 4,000 schools have closed their "
                    "libraries.", flags=False, note="attributed in the text (CC102 may apply)"),
            Example("There are 15,800 vulnerable babies still living at home.", flags=False,
                    note="links to a registry record with its source"),
            Example("Ferry fares to rise by 6.2%\n\nFares will rise by 6.2% in April, Western "
                    "Ferries said.", flags=False,
                    note="the headline restates a figure the body attributes"),
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        for c, why in unlinked_figures(ctx, attributed=False):
            if restated_in_body(ctx, c):
                continue
            yield finding(
                self.info, [c],
                f"'{c.quantity.surface}' has no source: no registry record fits it and the "
                "text attributes it to no one",
                explanation=f"Linking: {why}. Name the source in the text or add the figure "
                "to the registry.",
            )


CHECK = UnsourcedFigure()

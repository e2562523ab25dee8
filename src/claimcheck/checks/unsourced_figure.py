"""CC101 unsourced-figure: a figure no record supports and the text attributes to no one.

Why an error: a reader cannot check a number that has neither a named source in the text
nor a sourced record in the registry; it is the first thing a fact-checker asks for.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.checks._provenance import unlinked_figures
from claimcheck.checks.base import CheckContext, Example, RuleInfo, finding
from claimcheck.models import Finding, Severity, Verification


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
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        for c, why in unlinked_figures(ctx, attributed=False):
            yield finding(
                self.info, [c],
                f"'{c.quantity.surface}' has no source: no registry record fits it and the "
                "text attributes it to no one",
                explanation=f"Linking: {why}. Name the source in the text or add the figure "
                "to the registry.",
            )


CHECK = UnsourcedFigure()

"""CC102 unregistered-figure: attributed in the text, but not in the registry.

Why a warning, not an error: the reader is told who gives the figure, but nobody has
checked it against that source yet; adding it to claims.yaml is how it gets checked.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.checks._provenance import unlinked_figures
from claimcheck.checks.base import CheckContext, Example, RuleInfo, finding
from claimcheck.models import Attribution, Finding, Severity, Verification


def who(a: Attribution) -> str:
    """The attribution as a reader would say it: 'Richard Watts (chair of ...), citing X'."""
    parts = []
    if a.speaker:
        parts.append(a.speaker + (f" ({a.speaker_role})" if a.speaker_role else ""))
    elif a.speaker_role:
        parts.append(a.speaker_role)
    if a.source:
        parts.append(("citing " if parts else "") + a.source)
    elif a.source_publisher:
        parts.append(("citing " if parts else "") + a.source_publisher)
    return ", ".join(parts) or "a source"


class UnregisteredFigure:
    info = RuleInfo(
        code="CC102",
        name="unregistered-figure",
        severity=Severity.WARNING,
        summary="A figure the text attributes to someone, but which no registry record holds.",
        help=(
            "The text says who gives this figure, but claims.yaml has no record it links to, "
            "so it has not been checked against its source. Add a record with the source and "
            "speaker, and the scan will compare the figure with it from then on."
        ),
        examples=(
            Example("Action for Children said it sent FoI requests to 152 local authorities.",
                    flags=True, note="attributed, but not in the registry"),
            Example("Anne Longfield said there were 390,000 children in need.", flags=False,
                    note="links to a registry record"),
            Example("Some 4,000 schools have closed their libraries.", flags=False,
                    note="not attributed: that is CC101 unsourced-figure"),
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        for c, why in unlinked_figures(ctx, attributed=True):
            yield finding(
                self.info, [c],
                f"'{c.quantity.surface}' is attributed to {who(c.attribution)} but no "
                "registry record holds it",
                explanation=f"Linking: {why}. Add the figure to claims.yaml with its source.",
            )


CHECK = UnregisteredFigure()

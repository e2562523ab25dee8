"""CC204 cross-claim-conflict: different speakers or articles disagree about one figure.

Why: two outlets quoting the same statistic differently means at least one is wrong, and a
fact-checker wants both in front of them. Same subject is a shared registry record (or
records tied by same_as), else subjects that read alike with compatible unit, time and
place. Only precise figures: a vague word against a figure is magnitude-mismatch's; a pair
one office gives is self-contradiction's; parts and totals an arithmetic relation ties are
not the same subject. Without a shared record, both figures must say what they count in at
least three content words (subject and clause), and the same content words in both subjects
(``identity.narrowed``): "31 people died" in one article and "three people have died" in
another are two events, not one statistic given twice, and "applications for postgraduate
courses" is a part of "applications"; two figures of one sentence are parts, ends or a
comparison unless one restates the other (``identity.one_statistic``).
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.checks.arithmetic import related_pairs
from claimcheck.checks.base import CheckContext, Example, RuleInfo, finding
from claimcheck.checks.compare import Fig, fig_pairs
from claimcheck.checks.consistency import clash, office_tie, shown, subject_text, who
from claimcheck.checks.identity import one_statistic
from claimcheck.checks.self_contradiction import anchor_first
from claimcheck.models import Finding, Severity, Verification


class CrossClaimConflict:
    info = RuleInfo(
        code="CC204",
        name="cross-claim-conflict",
        severity=Severity.WARNING,
        summary="Different speakers or articles give figures for one subject that cannot both hold.",
        help=(
            "Figures for the same subject from different speakers or articles whose intervals "
            "cannot both hold after rounding, hedges and conversion to a common period. Same "
            "subject: both link to one registry record (or records tied by same_as), or their "
            "subjects read alike with the same unit family, time and place; without a shared "
            "record, both must say what they count in at least three content words ('calls "
            "answered late', not 'people'), and in the same ones: 'applications for "
            "postgraduate courses' is a part of 'applications'. At least one of the two is "
            "wrong; the registry record, if any, says which."
        ),
        examples=(
            Example("Outlet A: 1,770 children are referred each day. Outlet B: 2,400 children "
                    "are referred each day.", flags=True),
            Example("A child is referred every 49 seconds; 1,770 children are referred each day.",
                    flags=False, note="49 seconds is about 1,763 a day"),
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        skip = related_pairs(ctx)
        for a, b in fig_pairs(ctx):
            if a.vague or b.vague or frozenset((a.id, b.id)) in skip or office_tie(a, b):
                continue
            if not one_statistic(a, b):
                continue
            x, y = anchor_first(a, b)
            c = clash(x, y, ctx)
            if c is None:
                continue
            records = sorted(x.record_ids | y.record_ids)
            yield finding(
                self.info, [x.claim, y.claim],
                _message(x, y),
                explanation=f"{c.conflict.text}. {subject_text(c.verdict, x, y).capitalize()}.",
                records=records,
            )


CHECK = CrossClaimConflict()


def _message(x: Fig, y: Fig) -> str:
    """Both figures with who gives each; one source named once when both come from it."""
    wx, wy = who(x, y), who(y, x)
    if wx == wy:
        return f"{shown(x)} and {shown(y)}, both from {wx}, cannot both hold for the same subject"
    return f"{shown(x)} ({wx}) and {shown(y)} ({wy}) cannot both hold for the same subject"


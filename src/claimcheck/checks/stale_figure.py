"""CC401 stale-figure: an old figure presented as if it were current.

Why: "there are 15,800 babies at risk" in 2022, citing a March 2017 count, tells readers
something about today that the source only said about 2017. A figure is stale when its
linked record's as-of date is older than the article by more than ``stale_after_days`` and
the sentence speaks of it in the present with no past time attached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.checks._provenance import record_label
from claimcheck.checks.base import CheckContext, Example, RuleInfo, finding
from claimcheck.link_index import is_figure
from claimcheck.link_score import figure_window
from claimcheck.link_values import date_range
from claimcheck.models import Claim, Finding, Severity, Verification

#: Words that present a figure as true now; the nearest tense cue before the figure decides.
PRESENT_CUES: tuple[str, ...] = (
    "there are", "there is", "is", "are", "now", "currently", "today", "at present",
    "presently", "these days", "still", "remain", "remains", "stands at", "has", "have",
)
#: Words that put a figure in the past.
PAST_CUES: tuple[str, ...] = (
    "there were", "there was", "was", "were", "had", "last year", "previously", "at the time",
    "in the year to", "back in", "ago", "then", "used to", "stood at",
)
#: A time phrase with any of these (or a year) is a past-time marker.
PAST_TIME = re.compile(r"\b(1[89]\d\d|20\d\d|last|previous|ago|earlier|former)\b", re.IGNORECASE)
#: A time phrase that means the present is no past-time marker, even when it carries a date.
NOW_TIME = re.compile(r"\b(now|today|currently|at present|this year|these days)\b", re.IGNORECASE)


def _cue_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(cues, key=len, reverse=True)))
                      + r")\b", re.IGNORECASE)


_PRESENT, _PAST = _cue_pattern(PRESENT_CUES), _cue_pattern(PAST_CUES)


def presented_as_current(c: Claim) -> str | None:
    """The present-tense cue that frames the figure, or None (past, or no cue at all)."""
    if c.time is not None and not NOW_TIME.search(c.time.text) and (
        PAST_TIME.search(c.time.text) or c.time.end is not None
    ):
        return None
    i = c.sentence.find(c.quantity.surface)
    before = c.sentence[:i] if i >= 0 else figure_window(c.sentence, c.quantity.surface)
    after = c.sentence[i + len(c.quantity.surface):] if i >= 0 else ""
    cues = [(m.end(), "present", m.group(0)) for m in _PRESENT.finditer(before)]
    cues += [(m.end(), "past", m.group(0)) for m in _PAST.finditer(before)]
    if cues:
        _, tense, cue = max(cues)
        return cue if tense == "present" else None
    m_present, m_past = _PRESENT.search(after), _PAST.search(after)
    if m_present and (not m_past or m_present.start() < m_past.start()):
        return m_present.group(0)
    return None


class StaleFigure:
    info = RuleInfo(
        code="CC401",
        name="stale-figure",
        severity=Severity.WARNING,
        summary="An old registry figure presented as current.",
        help=(
            "The figure links to a record whose as-of date is older than the article by more "
            "than the staleness window (stale_after_days, three years by default), yet the "
            "sentence presents it in the present tense ('there are', 'now', 'currently') "
            "without a past time ('in 2017', 'last year'). Give the figure its date, or find "
            "a newer one."
        ),
        examples=(
            Example("(2022) There are 15,800 vulnerable babies still living at home.",
                    flags=True, note="the record is as of March 2017"),
            Example("(2022) In March 2017 there were 15,800 vulnerable babies living at home.",
                    flags=False, note="dated in the sentence"),
            Example("(2018) There are 15,800 vulnerable babies still living at home.",
                    flags=False, note="within the staleness window"),
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        for c in ctx.claims:
            if not is_figure(c):
                continue
            r = ctx.record_for(c)
            article = ctx.articles.get(c.path)
            if r is None or article is None:
                continue
            held = date_range(r.as_of) or date_range(r.period)
            published = date_range(article.meta.date)
            if held is None or published is None:
                continue
            age = (published[0] - held[1]).days
            if age <= ctx.stale_after_days:
                continue
            cue = presented_as_current(c)
            if cue is None:
                continue
            when = r.as_of or r.period
            yield finding(
                self.info, [c],
                f"'{c.quantity.surface}' is presented as current ('{cue}'), but "
                f"{record_label(ctx.registry, r)} is as of {when}, {_age(age)} before the "
                f"article ({article.meta.date})",
                explanation=(
                    f"The record holds for {when}; the article is dated {article.meta.date}. "
                    "Date the figure in the sentence ('in March 2017 there were ...') or use "
                    "a newer figure."
                ),
                records=[r.id],
            )


def _age(days: int) -> str:
    years = days / 365.25
    return f"{years:.1f} years" if years >= 2 else f"{round(days / 30.44)} months"


CHECK = StaleFigure()

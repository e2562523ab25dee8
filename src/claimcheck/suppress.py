"""Inline suppressions written in the article itself, as HTML comments.

Lets an editor record, next to the sentence, that a figure was checked by hand::

    <!-- claimcheck-disable-next-line unsourced-figure -- council press office, by phone -->
    <!-- claimcheck-disable CC101, stale-figure -->  ...  <!-- claimcheck-enable CC101 -->
    <!-- claimcheck-disable-line CC203 -->
    <!-- claimcheck-disable-file -->

Rules may be named by code or name (``resolve`` maps either to the canonical name, so this
module does not depend on the checks package); no rule list means every rule; text after
``--`` is a reason and is ignored. A suppression that silences nothing is itself reported
(CC901 ``unused-suppression``) so stale comments do not pile up and hide future problems.
Scopes are line-based, so they survive the HTML text-to-source offset mapping.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from claimcheck.checks.base import Example, RuleInfo
from claimcheck.models import Article, Claim, Finding, Position, Severity

UNUSED_SUPPRESSION = RuleInfo(
    code="CC901",
    name="unused-suppression",
    severity=Severity.WARNING,
    summary="A claimcheck suppression comment silences nothing.",
    help=(
        "An inline `claimcheck-disable…` comment did not match any finding, or names a rule "
        "that does not exist. Either the figure was fixed or moved, or the comment is "
        "misspelt; delete or correct it, so that it cannot hide a future problem."
    ),
    examples=(
        Example(
            "<!-- claimcheck-disable-next-line unsourced-figure -->\nThe sky is blue.",
            flags=True,
            note="the next line has no figure, so nothing is suppressed",
        ),
        Example(
            "<!-- claimcheck-disable-next-line unsourced-figure -- checked by phone -->\n"
            "Some 4,000 people attended.",
            flags=False,
            note="the unsourced figure on the next line is suppressed",
        ),
    ),
)

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(
    r"^\s*claimcheck-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$",
    re.DOTALL,
)
ALL = "*"


@dataclass
class Suppression:
    """One directive comment: its kind, the rules it names and the lines it covers."""

    path: str
    kind: str
    rules: list[str]  # canonical names; [ALL] for every rule
    position: Position
    first_line: int
    last_line: int
    text: str
    #: names that are no rule, quoted, each with "; did you mean ..." when one is close
    unknown: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    #: for a disable region: the line where each of its rules was enabled again
    ends: dict[str, int] = field(default_factory=dict)

    def covers(self, line: int, rule: str) -> str | None:
        """The rule entry that silences ``rule`` at ``line``, if any."""
        entry = rule if rule in self.rules else ALL if ALL in self.rules else None
        if entry is None:
            return None
        return entry if self.first_line <= line <= self.ends.get(entry, self.last_line) else None


@dataclass
class SuppressionResult:
    kept: list[Finding]
    suppressed: list[Finding]
    unused: list[Finding]


class _Lines:
    """Offset → 1-based line/column for one source text."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def column(self, offset: int) -> int:
        return offset - self.starts[self.line(offset) - 1] + 1

    def count(self) -> int:
        return len(self.starts)

    def blank(self, line: int) -> bool:
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.source)
        return not self.source[start:end].strip()


def _comments(article: Article) -> list[tuple[int, int, str]]:
    """Comments from ingest for Markdown/HTML; text files (or none given) are scanned here."""
    if article.format != "text" and article.comments:
        return list(article.comments)
    return [(m.start(), m.end(), m.group(0)) for m in _COMMENT.finditer(article.source)]


def _parse_rules(raw: str, resolve: Callable[[str], str]) -> tuple[list[str], list[str]]:
    body = raw.split("--", 1)[0] if "--" in raw else raw
    names = [n for n in re.split(r"[\s,]+", body) if n]
    rules, unknown = [], []
    for name in names:
        try:
            rules.append(resolve(name))
        except (KeyError, ValueError, LookupError) as exc:
            hint = str(exc.args[0]).partition(";")[2] if exc.args else ""
            unknown.append(f"{name!r}{';' + hint if hint else ''}")
    if not names:
        rules = [ALL]
    return rules, unknown


def parse_suppressions(article: Article, resolve: Callable[[str], str]) -> list[Suppression]:
    """Every directive in an article, with disable/enable pairs closed into line ranges."""
    lines = _Lines(article.source)
    found: list[Suppression] = []
    open_regions: list[Suppression] = []
    for start, end, text in sorted(_comments(article)):
        inner = _COMMENT.fullmatch(text.strip())
        m = _DIRECTIVE.match(inner.group(1) if inner else text)
        if m is None:
            continue
        kind, raw = m.group(1), m.group(2).rstrip().removesuffix("-->")
        rules, unknown = _parse_rules(raw, resolve)
        first, last = lines.line(start), lines.line(max(start, end - 1))
        pos = Position(
            path=article.path, line=first, column=lines.column(start),
            end_line=last, end_column=lines.column(max(start, end - 1)) + 1,
            start=start, end=end,
        )
        if kind == "enable":
            for region in open_regions:
                for r in region.rules:
                    if r not in region.ends and (ALL in rules or r in rules):
                        region.ends[r] = first
            open_regions = [r for r in open_regions if len(r.ends) < len(r.rules)]
            continue
        if kind == "disable-next-line":
            nxt = last + 1
            while nxt < lines.count() and lines.blank(nxt):
                nxt += 1
            scope = (nxt, nxt)
        elif kind == "disable-line":
            scope = (first, last)
        elif kind == "disable-file":
            scope = (1, lines.count())
        else:
            scope = (first, lines.count())
        sup = Suppression(article.path, kind, rules, pos, scope[0], scope[1], text, unknown)
        if kind == "disable":
            open_regions.append(sup)
        found.append(sup)
    return found


def apply_suppressions(
    findings: Sequence[Finding],
    articles: Iterable[Article],
    resolve: Callable[[str], str],
    claims: Iterable[Claim] = (),
) -> SuppressionResult:
    """Split findings into kept and suppressed, and report suppressions that did nothing.

    A finding is suppressed when its own position or any of its claims' positions lies in a
    suppression's scope for its rule. ``claims`` supplies those positions (by id).
    """
    def canonical(key: str) -> str:
        if key in (UNUSED_SUPPRESSION.code, UNUSED_SUPPRESSION.name):
            return UNUSED_SUPPRESSION.name
        return resolve(key)

    by_path: dict[str, list[Suppression]] = {}
    for article in articles:
        by_path[article.path] = parse_suppressions(article, canonical)
    claim_pos = {c.id: c.position for c in claims}
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for f in findings:
        places = [f.position] + [claim_pos[c] for c in f.claims if c in claim_pos]
        (suppressed if _mark(by_path, f.rule, places) else kept).append(f)
    # a comment may silence the report of another idle comment (e.g. disable-file CC901)
    sups = [s for group in by_path.values() for s in group]
    silenced = {
        id(s) for s in sups
        if (u := _unused(s)) is not None and _mark(by_path, u.rule, [u.position], skip=s)
    }
    unused = [u for s in sups if id(s) not in silenced and (u := _unused(s)) is not None]
    return SuppressionResult(kept, suppressed, unused)


def _mark(
    by_path: dict[str, list[Suppression]], rule: str, places: Sequence[Position],
    skip: Suppression | None = None,
) -> bool:
    """Whether any suppression covers ``rule`` at one of ``places``; marks those that do."""
    hit = False
    for place in places:
        for sup in by_path.get(place.path, ()):
            if sup is skip:
                continue
            entry = sup.covers(place.line, rule)
            if entry is not None:
                sup.used.add(entry)
                hit = True
    return hit


def _unused(sup: Suppression) -> Finding | None:
    idle = [r for r in sup.rules if r not in sup.used]
    problems = [f"unknown rule {name}" for name in sup.unknown]
    if idle:
        what = "any rule" if idle == [ALL] else ", ".join(r for r in idle if r != ALL)
        problems.insert(0, f"claimcheck-{sup.kind} for {what} suppresses nothing")
    if not problems:
        return None
    digest = hashlib.sha256(
        "\0".join((UNUSED_SUPPRESSION.name, sup.path, " ".join(sup.text.split()))).encode()
    ).hexdigest()[:16]
    return Finding(
        rule=UNUSED_SUPPRESSION.name,
        code=UNUSED_SUPPRESSION.code,
        severity=UNUSED_SUPPRESSION.severity,
        message="; ".join(problems),
        explanation="Remove the comment, or correct the rule it names.",
        position=sup.position,
        fingerprint=digest,
    )

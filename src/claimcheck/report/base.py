"""The interface every output format implements; formats are looked up by name.

One formatter per module in this package, each defining ``FORMATTER``. The CLI lists
the choices from ``claimcheck.report.FORMATTERS`` and never branches on a format name.
The small helpers here (path display, lookups, rule metadata) exist so that every format
shows the same path and the same linked record for a finding.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import ClassVar, Literal, Protocol, TextIO

from claimcheck.checks.base import RuleInfo
from claimcheck.models import Claim, Finding, Link, Record, Report, Severity, Source


@dataclass
class RenderOptions:
    verbose: bool = False
    color: Literal["auto", "always", "never"] = "auto"
    width: int | None = None
    #: paths in the output are made relative to this directory (SARIF wants relative URIs)
    root: Path = field(default_factory=Path.cwd)
    #: rules known to the run (code → RuleInfo), for SARIF rule metadata and help text;
    #: empty means "every registered check"
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    tool_version: str = "0.1.0"
    #: environment seen by formatters (NO_COLOR, GITHUB_STEP_SUMMARY); injectable for tests
    env: Mapping[str, str] = field(default_factory=lambda: os.environ)


class Formatter(Protocol):
    name: ClassVar[str]
    description: ClassVar[str]

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None: ...


# --------------------------------------------------------------------------- shared helpers


def display_path(path: str, root: Path) -> str:
    """``path`` relative to ``root`` in POSIX form when it lies under it, else unchanged.

    Every format shows the same path so a reader can match a SARIF result to a text line.
    """
    p = Path(path)
    absolute = p if p.is_absolute() else Path.cwd() / p
    try:
        return absolute.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return PurePosixPath(*p.parts).as_posix() if p.parts else path


def one_line(text: str) -> str:
    """Collapse whitespace so a message fits formats that are one line per finding."""
    return " ".join(text.split())


class ReportIndex:
    """Lookups a formatter needs: claim by id, link by claim, record and source by id."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.claims: dict[str, Claim] = {c.id: c for c in report.claims}
        self.links: dict[str, Link] = {link.claim_id: link for link in report.links}

    def claim(self, claim_id: str) -> Claim | None:
        return self.claims.get(claim_id)

    def finding_claims(self, finding: Finding) -> list[Claim]:
        return [c for cid in finding.claims if (c := self.claims.get(cid)) is not None]

    def link(self, claim_id: str) -> Link | None:
        return self.links.get(claim_id)

    def record(self, record_id: str | None) -> Record | None:
        if record_id is None or self.report.registry is None:
            return None
        return self.report.registry.figure(record_id)

    def source(self, record: Record | None) -> Source | None:
        if record is None or record.source is None or self.report.registry is None:
            return None
        return self.report.registry.source(record.source)

    def finding_record(self, finding: Finding) -> Record | None:
        """The record to show beside a finding: its own first record, else its claim's link."""
        for rid in finding.records:
            if (rec := self.record(rid)) is not None:
                return rec
        for cid in finding.claims:
            link = self.links.get(cid)
            if link is not None and (rec := self.record(link.record_id)) is not None:
                return rec
        return None

    def paths(self) -> list[str]:
        """Every article path in report order, then paths only findings mention."""
        seen: dict[str, None] = {a.path: None for a in self.report.articles}
        for c in self.report.claims:
            seen.setdefault(c.path, None)
        for f in self.report.findings:
            seen.setdefault(f.position.path, None)
        return list(seen)


def severity_counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    """Counts in severity order (error, warning, info), zeros included."""
    counts = Counter(f.severity for f in findings)
    return {s: counts.get(s, 0) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Reading order: by path, then line and column, then code."""
    return sorted(
        findings,
        key=lambda f: (f.position.path, f.position.line, f.position.column, f.code),
    )


def describe_record(record: Record) -> str:
    """'subject: value unit (as of …)' — the human reading of a curated figure."""
    if record.value is not None:
        amount = f"{record.value:,.10g}"
    elif record.interval is not None:
        amount = record.interval.describe()
    else:
        amount = record.vague or "?"
    parts = [f"{record.subject}: {amount}"]
    if record.unit:
        parts.append(record.unit)
    if record.per:
        parts.append(record.per_text() or "")
    text = " ".join(parts)
    when = record.as_of or record.period
    if when:
        text += f" (as of {when})"
    return text


def describe_source(source: Source) -> str:
    """'title — publisher, date' for citing a record's source in one line."""
    extra = ", ".join(x for x in (source.publisher, source.date) if x)
    return f"{source.title} — {extra}" if extra else source.title


def known_rules(options: RenderOptions) -> dict[str, RuleInfo]:
    """Rule metadata by code: the run's rules, else every registered check, plus CC901."""
    rules: dict[str, RuleInfo] = dict(options.rules)
    if not rules:
        from claimcheck.checks import all_rules  # imports every check: only when needed

        rules = {info.code: info for info in all_rules()}
    from claimcheck.suppress import UNUSED_SUPPRESSION

    rules.setdefault(UNUSED_SUPPRESSION.code, UNUSED_SUPPRESSION)
    return rules

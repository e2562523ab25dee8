"""A Markdown pull-request comment: a summary table, findings by article, verifications folded.

Written for a reviewer reading on GitHub or GitLab: the figure is bold inside its sentence,
and what held is collapsed so the problems come first.
"""

from __future__ import annotations

import re
from typing import ClassVar, TextIO

from claimcheck.models import Claim, Finding, Report, Severity
from claimcheck.report.base import (
    RenderOptions,
    ReportIndex,
    describe_record,
    describe_source,
    display_path,
    one_line,
    severity_counts,
    sorted_findings,
)

_ICON = {Severity.ERROR: "🔴", Severity.WARNING: "🟠", Severity.INFO: "🔵"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def escape(text: str) -> str:
    """Escape Markdown and inline-HTML syntax so article text renders as written.

    Only characters that can start markup mid-line are escaped: lines here always begin with
    our own ``-`` or ``>``, so headings and list markers inside text cannot trigger.
    """
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def emphasise(claim: Claim) -> str:
    """The claim's sentence, escaped, with its figure in bold."""
    sentence, surface = one_line(claim.sentence), claim.quantity.surface
    at = sentence.find(surface) if surface else -1
    if at < 0:
        return escape(sentence) if sentence else f"**{escape(surface)}**"
    before, after = sentence[:at], sentence[at + len(surface) :]
    return f"{escape(before)}**{escape(surface)}**{escape(after)}"


def summary_table(report: Report) -> str:
    s, counts = report.summary, severity_counts(report.findings)
    head = "| Articles | Claims | Linked | Unsourced | Errors | Warnings | Info | Suppressed |"
    rule = "|---:|---:|---:|---:|---:|---:|---:|---:|"
    row = (
        f"| {s.articles} | {s.claims} | {s.linked} | {s.unsourced} | "
        f"{counts[Severity.ERROR]} | {counts[Severity.WARNING]} | {counts[Severity.INFO]} | "
        f"{len(report.suppressed)} |"
    )
    return "\n".join((head, rule, row))


def _finding(f: Finding, index: ReportIndex) -> list[str]:
    p = f.position
    lines = [
        f"- {_ICON[f.severity]} **{f.severity.value}** `{f.code}` {f.rule} "
        f"(line {p.line}, col {p.column}): {escape(f.message)}"
    ]
    for claim in index.finding_claims(f):
        lines.append(f"  > {emphasise(claim)}")
    record = index.finding_record(f)
    if record is not None:
        cite = f"  - Record `{record.id}`: {escape(describe_record(record))}"
        source = index.source(record)
        if source is not None:
            cite += f" — source: *{escape(describe_source(source))}*"
        lines.append(cite)
    if f.explanation:
        lines.append(f"  - {escape(f.explanation)}")
    return lines


def render(report: Report, options: RenderOptions) -> str:
    """The comment as a string, so the GitHub step summary can reuse it."""
    index = ReportIndex(report)
    out = ["## claimcheck", "", summary_table(report), ""]
    by_path: dict[str, list[Finding]] = {}
    for f in sorted_findings(report.findings):
        by_path.setdefault(f.position.path, []).append(f)
    if not by_path:
        out += ["No findings. ✅", ""]
    for path, findings in by_path.items():
        out += [f"### `{display_path(path, options.root)}`", ""]
        for f in findings:
            out += _finding(f, index)
        out.append("")
    if report.verifications:
        out += [
            "<details>",
            f"<summary>Verified ({len(report.verifications)})</summary>",
            "",
        ]
        for v in report.verifications:
            out.append(f"- **{escape(v.relation)}**: {escape(v.working)}")
        out += ["", "</details>", ""]
    return "\n".join(out)


class MarkdownFormatter:
    name: ClassVar[str] = "markdown"
    description: ClassVar[str] = "a Markdown summary for a pull-request comment"

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None:
        stream.write(render(report, options))


FORMATTER = MarkdownFormatter()

"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding.

GitHub turns these into annotations on the pull request's diff. Values are escaped as the
runner expects (``%``, CR, LF in the message; also ``:`` and ``,`` in properties) — a figure
like "1,770" in a title would otherwise cut the command short. When the runner provides
``GITHUB_STEP_SUMMARY`` the Markdown report is appended to it for the job's summary page.
"""

from __future__ import annotations

from typing import ClassVar, TextIO

from claimcheck.models import Finding, Report, Severity
from claimcheck.report import markdown
from claimcheck.report.base import RenderOptions, display_path, sorted_findings

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding, options: RenderOptions) -> str:
    """One workflow command line for a finding."""
    p = finding.position
    props = {
        "file": display_path(p.path, options.root),
        "line": str(p.line),
        "col": str(p.column),
        "endLine": str(p.end_line),
        "endColumn": str(p.end_column),
        "title": f"{finding.code} {finding.rule}",
    }
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    message = finding.message
    if finding.explanation:
        message += "\n" + finding.explanation
    return f"::{_LEVEL[finding.severity]} {joined}::{escape_data(message)}"


class GithubFormatter:
    name: ClassVar[str] = "github"
    description: ClassVar[str] = "GitHub Actions annotations (plus the job summary when available)"

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None:
        stream.writelines(command(finding, options) + "\n" for finding in sorted_findings(report.findings))
        summary_path = options.env.get("GITHUB_STEP_SUMMARY")
        if summary_path:
            with open(summary_path, "a", encoding="utf-8") as summary:
                summary.write(markdown.render(report, options) + "\n")


FORMATTER = GithubFormatter()

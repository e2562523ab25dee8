"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, VS Code).

Follows what GitHub's ingestion relies on: URIs relative to ``%SRCROOT%`` (declared in
``originalUriBaseIds``), ``columnKind`` set because columns count code points, rule metadata
with help text, and ``partialFingerprints`` taken from the content fingerprint so that an
alert survives lines moving above it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, ClassVar, TextIO
from urllib.parse import quote

from claimcheck.checks.base import RuleInfo
from claimcheck.models import Finding, Position, Report, Severity
from claimcheck.report.base import RenderOptions, ReportIndex, known_rules

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
FINGERPRINT_KEY = "claimcheck/v1"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_location(path: str, root: Path) -> dict[str, str]:
    """A URI relative to %SRCROOT% when the file lies under the root, else an absolute one."""
    p = Path(path)
    absolute = (p if p.is_absolute() else Path.cwd() / p).resolve()
    try:
        relative = absolute.relative_to(root.resolve())
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": "%SRCROOT%"}


def region(pos: Position) -> dict[str, int]:
    """SARIF regions are 1-based with an exclusive end column, as ``Position`` is."""
    out = {"startLine": pos.line, "startColumn": pos.column}
    if pos.end_line >= pos.line:
        out["endLine"] = pos.end_line
        if pos.end_column >= 1 and (pos.end_line > pos.line or pos.end_column >= pos.column):
            out["endColumn"] = pos.end_column
    return out


def rule_descriptor(info: RuleInfo) -> dict[str, Any]:
    examples = "".join(
        f"\n- {'flags' if ex.flags else 'passes'}: {ex.text}" + (f" ({ex.note})" if ex.note else "")
        for ex in info.examples
    )
    markdown = f"**{info.code} {info.name}**: {info.summary}\n\n{info.help}"
    if examples:
        markdown += "\n\nExamples:" + examples
    return {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.help or info.summary},
        "help": {"text": f"{info.summary}\n\n{info.help}".strip(), "markdown": markdown},
        "defaultConfiguration": {"level": _LEVEL[info.severity]},
        "properties": {"tags": ["claimcheck"]},
    }


def _fallback_rule(finding: Finding) -> RuleInfo:
    """A finding of a rule the run did not list still needs a descriptor to point at."""
    return RuleInfo(finding.code, finding.rule, finding.severity, finding.rule, "")


def _fingerprint(finding: Finding) -> str:
    if finding.fingerprint:
        return finding.fingerprint
    h = hashlib.sha256("\0".join((finding.rule, finding.position.path, finding.message)).encode())
    return h.hexdigest()[:16]


def build(report: Report, options: RenderOptions) -> dict[str, Any]:
    index = ReportIndex(report)
    rules = known_rules(options)
    for f in report.findings:
        rules.setdefault(f.code, _fallback_rule(f))
    codes = sorted(rules)
    rule_index = {code: i for i, code in enumerate(codes)}
    results = []
    for f in report.findings:
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": rule_index[f.code],
            "level": _LEVEL[f.severity],
            "message": {"text": f.message + (f"\n\n{f.explanation}" if f.explanation else "")},
            "locations": [_location(f.position, options.root)],
            "partialFingerprints": {FINGERPRINT_KEY: _fingerprint(f)},
        }
        related = [
            {
                "id": i,
                **_location(c.position, options.root),
                "message": {"text": f"{c.quantity.surface}: {c.sentence}".strip()},
            }
            for i, c in enumerate(index.finding_claims(f)[1:], start=1)
        ]
        if related:
            result["relatedLocations"] = related
        results.append(result)
    run = {
        "tool": {
            "driver": {
                "name": "claimcheck",
                "version": options.tool_version,
                "semanticVersion": options.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(rules[code]) for code in codes],
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": options.root.resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _location(pos: Position, root: Path) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": artifact_location(pos.path, root),
            "region": region(pos),
        }
    }


class SarifFormatter:
    name: ClassVar[str] = "sarif"
    description: ClassVar[str] = "SARIF 2.1.0 for code-scanning dashboards"

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None:
        json.dump(build(report, options), stream, indent=2, ensure_ascii=False)
        stream.write("\n")


FORMATTER = SarifFormatter()

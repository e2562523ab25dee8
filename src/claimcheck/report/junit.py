"""JUnit XML: one test suite per article, one failing test case per finding.

CI systems (GitLab, Jenkins, Azure) already display JUnit; a clean article gets one passing
case so it shows up as checked rather than absent. Built with ``xml.etree`` so every
attribute and text node is escaped by the library, not by hand.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import ClassVar, TextIO

from claimcheck.models import Finding, Report
from claimcheck.report.base import (
    RenderOptions,
    ReportIndex,
    describe_record,
    display_path,
    one_line,
    sorted_findings,
)


def _failure_text(f: Finding, index: ReportIndex, path: str) -> str:
    p = f.position
    lines = [f"{path}:{p.line}:{p.column}: {f.code} {f.rule} {one_line(f.message)}"]
    lines += [f"sentence: {one_line(c.sentence)}" for c in index.finding_claims(f) if c.sentence]
    record = index.finding_record(f)
    if record is not None:
        lines.append(f"record {record.id}: {describe_record(record)}")
    if f.explanation:
        lines.append(f.explanation)
    return "\n".join(lines)


def build(report: Report, options: RenderOptions) -> ET.Element:
    index = ReportIndex(report)
    by_path: dict[str, list[Finding]] = {path: [] for path in index.paths()}
    for f in sorted_findings(report.findings):
        by_path.setdefault(f.position.path, []).append(f)
    root = ET.Element(
        "testsuites",
        name="claimcheck",
        tests=str(sum(max(1, len(fs)) for fs in by_path.values())),
        failures=str(len(report.findings)),
        errors="0",
    )
    for raw_path, findings in by_path.items():
        path = display_path(raw_path, options.root)
        suite = ET.SubElement(
            root,
            "testsuite",
            name=path,
            tests=str(max(1, len(findings))),
            failures=str(len(findings)),
            errors="0",
            skipped="0",
        )
        if not findings:
            ET.SubElement(suite, "testcase", name="claimcheck", classname=path)
        for f in findings:
            p = f.position
            case = ET.SubElement(
                suite,
                "testcase",
                name=f"{f.code} {f.rule} at {p.line}:{p.column}",
                classname=path,
                file=path,
                line=str(p.line),
            )
            failure = ET.SubElement(
                case, "failure", message=one_line(f.message), type=f"{f.code} {f.severity.value}"
            )
            failure.text = _failure_text(f, index, path)
    return root


class JunitFormatter:
    name: ClassVar[str] = "junit"
    description: ClassVar[str] = "JUnit XML: a test suite per article, a failure per finding"

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None:
        tree = ET.ElementTree(build(report, options))
        ET.indent(tree)
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        tree.write(stream, encoding="unicode")
        stream.write("\n")


FORMATTER = JunitFormatter()

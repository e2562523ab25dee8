"""JSON Lines (``--format jsonl``): one finding per line, the summary last.

For streaming consumers (log shippers, ``jq -c``) that want to act on each finding
without parsing a whole document; each line carries a ``type`` so they can dispatch.
"""

from __future__ import annotations

import json
from typing import ClassVar, TextIO

from claimcheck.models import Report
from claimcheck.report.base import RenderOptions, ReportIndex
from claimcheck.report.json_format import finding_to_dict, summary_to_dict


class JsonLinesFormatter:
    name: ClassVar[str] = "jsonl"
    description: ClassVar[str] = "one JSON object per finding per line, then a summary line"

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None:
        index = ReportIndex(report)
        for finding in report.findings:
            line = {"type": "finding", **finding_to_dict(finding, index, options.root)}
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
        summary = {
            "type": "summary",
            "schema_version": report.schema_version,
            **summary_to_dict(report),
        }
        stream.write(json.dumps(summary, ensure_ascii=False) + "\n")


FORMATTER = JsonLinesFormatter()

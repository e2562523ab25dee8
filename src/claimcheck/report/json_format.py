"""The versioned JSON document (``--format json``), and the claim shape ``extract`` prints.

The document is a wire format other tools parse, so its keys are spelt out here rather
than left to whatever the models dump; ``schema_version`` changes when they change.
``docs/output-formats.md`` documents every field.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, ClassVar, TextIO

from claimcheck.models import Claim, Finding, Link, Report, Verification
from claimcheck.report.base import RenderOptions, ReportIndex, display_path


def _number(x: float | None) -> float | int | None:
    """JSON has no infinity; an unbounded end is null. Whole floats print as integers."""
    if x is None or math.isinf(x) or math.isnan(x):
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else x


def claim_to_dict(
    claim: Claim, link: Link | None = None, root: Path | None = None
) -> dict[str, Any]:
    """One claim as ``claimcheck extract`` and the JSON report print it.

    ``record`` is the linked record id (or null); ``root`` makes ``path`` relative to it.
    """
    pos, q, a = claim.position, claim.quantity, claim.attribution
    time = None
    if claim.time is not None:
        time = {
            "text": claim.time.text,
            "start": claim.time.start.isoformat() if claim.time.start else None,
            "end": claim.time.end.isoformat() if claim.time.end else None,
        }
    return {
        "id": claim.id,
        "path": display_path(pos.path, root) if root is not None else pos.path,
        "line": pos.line,
        "column": pos.column,
        "end_line": pos.end_line,
        "end_column": pos.end_column,
        "start": pos.start,
        "end": pos.end,
        "surface": q.surface,
        "kind": q.kind.value,
        "value": _number(q.value),
        "low": _number(q.interval.low),
        "high": _number(q.interval.high),
        "low_closed": q.interval.low_closed,
        "high_closed": q.interval.high_closed,
        "unit": q.unit,
        "per": q.per,
        "per_amount": _number(q.per_amount),
        "qualifier": q.qualifier,
        "is_claim": q.is_claim,
        "sentence": claim.sentence,
        "subject": claim.subject,
        "subject_head": claim.subject_head,
        "time": time,
        "place": claim.place,
        "change": q.change.model_dump(mode="json") if q.change is not None else None,
        "speaker": a.speaker,
        "speaker_role": a.speaker_role,
        "source": a.source,
        "attribution": a.method,
        "part": claim.part,
        "record": link.record_id if link is not None else None,
    }


def finding_to_dict(
    finding: Finding, index: ReportIndex, root: Path | None = None
) -> dict[str, Any]:
    """One finding with its claims inlined, so a consumer needs no second lookup."""
    pos = finding.position
    return {
        "rule": finding.rule,
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "explanation": finding.explanation,
        "path": display_path(pos.path, root) if root is not None else pos.path,
        "line": pos.line,
        "column": pos.column,
        "end_line": pos.end_line,
        "end_column": pos.end_column,
        "claims": [
            claim_to_dict(c, index.link(c.id), root) for c in index.finding_claims(finding)
        ],
        "records": list(finding.records),
        "fingerprint": finding.fingerprint,
    }


def verification_to_dict(verification: Verification) -> dict[str, Any]:
    return {
        "relation": verification.relation,
        "claims": list(verification.claims),
        "records": list(verification.records),
        "working": verification.working,
    }


def summary_to_dict(report: Report) -> dict[str, Any]:
    s = report.summary
    return {
        "articles": s.articles,
        "claims": s.claims,
        "linked": s.linked,
        "unsourced": s.unsourced,
        "findings": dict(s.findings),
        "suppressed": len(report.suppressed),
        "skipped": list(s.skipped),
    }


def report_to_dict(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The whole document; shared by ``json`` and (per line) ``jsonl``."""
    index = ReportIndex(report)
    root = options.root
    return {
        "schema_version": report.schema_version,
        "tool": {"name": "claimcheck", "version": options.tool_version},
        "summary": summary_to_dict(report),
        "claims": [claim_to_dict(c, index.link(c.id), root) for c in report.claims],
        "findings": [finding_to_dict(f, index, root) for f in report.findings],
        "verifications": [verification_to_dict(v) for v in report.verifications],
        "warnings": list(report.warnings),
    }


class JsonFormatter:
    name: ClassVar[str] = "json"
    description: ClassVar[str] = "one versioned JSON document (schema in docs/output-formats.md)"

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None:
        json.dump(report_to_dict(report, options), stream, indent=2, ensure_ascii=False)
        stream.write("\n")


FORMATTER = JsonFormatter()

"""``path:line:col: CODE name message``, one finding per line.

The shape editors, ``grep`` and compiler-error parsers already understand.
"""

from __future__ import annotations

from typing import ClassVar, TextIO

from claimcheck.models import Report
from claimcheck.report.base import (
    RenderOptions,
    display_path,
    one_line,
    sorted_findings,
)


class ConciseFormatter:
    name: ClassVar[str] = "concise"
    description: ClassVar[str] = "one line per finding: path:line:col: CODE name message"

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None:
        for f in sorted_findings(report.findings):
            p = f.position
            path = display_path(p.path, options.root)
            stream.write(f"{path}:{p.line}:{p.column}: {f.code} {f.rule} {one_line(f.message)}\n")


FORMATTER = ConciseFormatter()

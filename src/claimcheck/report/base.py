"""The interface every output format implements; formats are looked up by name.

One formatter per module in this package, each defining ``FORMATTER``. The CLI lists
the choices from ``claimcheck.report.FORMATTERS`` and never branches on a format name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Literal, Protocol, TextIO

from claimcheck.models import Report


@dataclass
class RenderOptions:
    verbose: bool = False
    color: Literal["auto", "always", "never"] = "auto"
    width: int | None = None
    #: paths in the output are made relative to this directory (SARIF wants relative URIs)
    root: Path = field(default_factory=Path.cwd)
    #: rules known to the run (code → RuleInfo), for SARIF rule metadata and help text
    rules: dict[str, object] = field(default_factory=dict)
    tool_version: str = "0.1.0"


class Formatter(Protocol):
    name: ClassVar[str]
    description: ClassVar[str]

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None: ...

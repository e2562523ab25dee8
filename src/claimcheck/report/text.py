"""The default report: what a fact-checker reads in a terminal.

A summary line, then per article each finding with its sentence (the figure highlighted),
the record it was checked against and that record's source, the one-line verdict and the
working. ``--verbose`` adds every claim with its link score and reasons, and what held.
Colour is rich's decision from ``--color`` and the environment (``NO_COLOR``, not a tty).
"""

from __future__ import annotations

import os
from typing import ClassVar, TextIO

from rich.console import Console
from rich.text import Text

from claimcheck.models import Claim, Finding, Report, Severity
from claimcheck.report.base import (
    RenderOptions,
    ReportIndex,
    describe_record,
    describe_source,
    display_path,
    severity_counts,
    sorted_findings,
)

DEFAULT_WIDTH = 100
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
_FIGURE = "bold reverse"


def _width(stream: TextIO, env: dict[str, str]) -> int:
    """The terminal's width when writing to one, else $COLUMNS, else ``DEFAULT_WIDTH``:
    colour being forced on or off says nothing about how wide the reader's screen is."""
    try:
        if stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        pass
    columns = env.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 20 else DEFAULT_WIDTH


def make_console(stream: TextIO, options: RenderOptions) -> Console:
    """A console on ``stream`` whose colour follows ``options.color`` and the environment."""
    env = dict(options.env)
    width = options.width or _width(stream, env)
    if options.color == "always":
        env.pop("NO_COLOR", None)
        return Console(file=stream, force_terminal=True, no_color=False, color_system="standard",
                       width=width, _environ=env, highlight=False)
    if options.color == "never":
        return Console(file=stream, force_terminal=False, no_color=True, color_system=None,
                       width=width, _environ=env, highlight=False)
    return Console(file=stream, width=width, _environ=env, highlight=False)


def highlight(claim: Claim, *more: Claim) -> Text:
    """The claim's sentence with its figure (and those of ``more`` claims in the same
    sentence) highlighted; the figure alone if there is no sentence."""
    sentence = " ".join(claim.sentence.split())
    if not sentence:
        return Text(claim.quantity.surface, style=_FIGURE)
    text = Text(sentence, style="italic")
    for c in (claim, *more):
        surface = c.quantity.surface
        at = sentence.find(surface) if surface else -1
        if at >= 0:
            text.stylize(_FIGURE, at, at + len(surface))
    return text


def _by_sentence(claims: list[Claim]) -> list[list[Claim]]:
    """Claims grouped by sentence, first appearance first, so a sentence is quoted once."""
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        groups.setdefault(" ".join(c.sentence.split()) or c.id, []).append(c)
    return list(groups.values())


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def summary_line(report: Report) -> Text:
    s, counts = report.summary, severity_counts(report.findings)
    text = Text()
    text.append(f"{_count(s.articles, 'article')} · {_count(s.claims, 'claim')} · {s.linked} linked · ")
    text.append(f"{s.unsourced} unsourced", style="yellow" if s.unsourced else "")
    text.append(" · findings: ")
    for i, (severity, n) in enumerate(counts.items()):
        if i:
            text.append(", ")
        text.append(f"{n} {severity.value}", style=_STYLE[severity] if n else "dim")
    if report.suppressed:
        text.append(f" · {len(report.suppressed)} suppressed", style="dim")
    return text


def hang(console: Console, label: str | Text, body: Text, carry: str | Text | None = None) -> None:
    """``label`` then ``body`` wrapped to the console, each further line indented under the
    body (or led by ``carry``, as a quote's '│'), so a wrapped line never runs back to the
    margin and the next label still stands out."""
    lead = Text(label) if isinstance(label, str) else label
    rest = Text(" " * lead.cell_len) if carry is None else (Text(carry) if isinstance(carry, str) else carry)
    room = max(console.width - lead.cell_len, 20)
    for k, line in enumerate(body.wrap(console, room)):
        line.rstrip()
        console.print(Text.assemble(lead if k == 0 else rest, line), soft_wrap=True)


def _finding(console: Console, f: Finding, index: ReportIndex) -> None:
    p = f.position
    head = Text("  ")
    head.append(f" {f.severity.value.upper()} ", style=_STYLE[f.severity] + " reverse")
    head.append(f" {f.code} ", style="bold")
    head.append(f.rule, style="dim")
    head.append(f"  {p.line}:{p.column}")
    console.print(head)
    hang(console, "  ", Text(f.message, style="bold"))
    quote = Text("  │ ", style="dim")
    for group in _by_sentence(list(index.finding_claims(f))):
        hang(console, quote, highlight(*group), quote)
    record = index.finding_record(f)
    if record is not None:
        line = Text.assemble((record.id, "cyan"), f"  {describe_record(record)}")
        hang(console, Text("  record  ", style="dim"), line)
        source = index.source(record)
        if source is not None:
            hang(console, Text("  source  ", style="dim"), Text(describe_source(source)))
    if f.explanation:
        hang(console, Text("  working ", style="dim"), Text(f.explanation))
    console.print()


def _claims_block(console: Console, claims: list[Claim], index: ReportIndex) -> None:
    """Every claim with its link: figure, record and score on one line, then its subject and
    the linker's reasons, each wrapped under itself. A table squeezed the reasons into a
    column a word wide at 80 columns; a block reads the same at any width."""
    at_width = max(len(f"{c.position.line}:{c.position.column}") for c in claims) + 4
    indent = " " * at_width
    for c in claims:
        link = index.link(c.id)
        head = Text.assemble((c.quantity.surface, "bold"))
        if link is not None and link.record_id:
            head.append("  → ")
            head.append(link.record_id, style="cyan")
        else:
            head.append("  → no record", style="yellow")
        hang(console, f"  {c.position.line}:{c.position.column}".ljust(at_width), head)
        hang(console, Text(f"{indent}subject ", style="dim"), Text(c.subject or "—"))
        if link is not None and (link.reasons or link.record_id):
            score = [f"score {link.score:.2f}"] if link.record_id else []
            hang(console, Text(f"{indent}reasons ", style="dim"), Text("; ".join([*score, *link.reasons])))


def _verifications(console: Console, report: Report, index: ReportIndex) -> None:
    console.rule(Text("held", style="green"), align="left")
    for v in report.verifications:
        line = Text.assemble((v.relation, "bold"))
        figures = [c.quantity.surface for cid in v.claims if (c := index.claim(cid))]
        if figures or v.records:
            line.append(f"  ({', '.join([*figures, *v.records])})", style="dim")
        hang(console, Text("  ✓ ", style="green"), line)
        hang(console, "    ", Text(v.working))


class TextFormatter:
    name: ClassVar[str] = "text"
    description: ClassVar[str] = "a readable report for a terminal (colour when it is one)"

    def write(self, report: Report, stream: TextIO, options: RenderOptions) -> None:
        console = make_console(stream, options)
        index = ReportIndex(report)
        console.print(summary_line(report))
        console.print()
        if not report.findings:
            console.print(Text("✓ no findings", style="green"))
        by_path: dict[str, list[Finding]] = {}
        for f in sorted_findings(report.findings):
            by_path.setdefault(f.position.path, []).append(f)
        claims_by_path: dict[str, list[Claim]] = {}
        for c in report.claims:
            claims_by_path.setdefault(c.path, []).append(c)
        for path in index.paths():
            findings = by_path.get(path, [])
            if not findings and not options.verbose:
                continue
            title = Text(display_path(path, options.root), style="bold underline")
            if not findings:
                title.append("  no findings", style="green")
            console.print(title)
            for f in findings:
                _finding(console, f, index)
            if options.verbose and claims_by_path.get(path):
                console.print(Text("  claims", style="dim underline"))
                _claims_block(console, claims_by_path[path], index)
                console.print()
        if options.verbose and report.verifications:
            _verifications(console, report, index)


FORMATTER = TextFormatter()

"""Rich renderables for the commands that are not reports: extract tables and rule help.

They return renderables; only cli.py prints them.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimcheck.checks.base import RuleInfo
from claimcheck.models import Claim, Interval


def fmt_number(x: float | None) -> str:
    if x is None:
        return "—"
    if abs(x) >= 1e9 and x == int(x):
        return f"{x / 1e9:,.6g}bn"
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.6g}"


def fmt_interval(iv: Interval) -> str:
    left = "[" if iv.low_closed and iv.low is not None else "("
    right = "]" if iv.high_closed and iv.high is not None else ")"
    lo = "-∞" if iv.low is None else fmt_number(iv.low)
    hi = "∞" if iv.high is None else fmt_number(iv.high)
    return f"{left}{lo}, {hi}{right}"


def _figure_cell(c: Claim) -> Text:
    q = c.quantity
    text = Text(q.surface, style="bold cyan" if q.is_claim else "dim")
    meta = [str(q.kind)]
    if q.unit and q.unit != q.kind:  # 'ratio', not 'ratio · ratio'
        meta.append(q.unit)
    if q.per and q.per_amount not in (None, 1):
        meta.append(f"every {fmt_number(q.per_amount)} {q.per}s")
    elif q.per:
        meta.append(f"per {q.per}")
    text.append(f"\n{' · '.join(meta)}", style="dim")
    return text


def _who_cell(c: Claim) -> Text:
    a = c.attribution
    text = Text(a.speaker or "—", style="green" if a.speaker else "red")
    if a.speaker_role:
        text.append(f"\n{a.speaker_role}", style="dim")
    if a.source:
        text.append(f"\n“{a.source}”", style="italic")
    if a.method == "none" and c.quantity.is_claim:
        text = Text("unattributed", style="bold red")
    return text


def claims_table(path: str, claims: Iterable[Claim], title: str | None = None) -> Table:
    """One article's claims: figure, interval, subject, speaker and source; fits 100 columns."""
    table = Table(
        title=Text(path + (f" — {title}" if title else ""), style="bold"),
        title_justify="left",
        expand=False,
        show_lines=True,
    )
    table.add_column("line", justify="right", style="dim", no_wrap=True)
    table.add_column("figure", max_width=24)
    table.add_column("interval", max_width=18)
    table.add_column("subject · time · place", max_width=30)
    table.add_column("who · source", max_width=26)
    for c in claims:
        q = c.quantity
        subject = Text(c.subject or "—")
        if c.time:
            subject.append(f"\n{c.time.text}", style="magenta")
        if c.place:
            subject.append(f"\n{c.place}", style="blue")
        interval = Text(fmt_interval(q.interval) if q.is_claim else "—")
        if q.qualifier:
            interval.append(f"\n{q.qualifier}", style="yellow")
        if not q.is_claim:
            subject = Text(q.note or "not a claim", style="dim")
        table.add_row(str(c.position.line), _figure_cell(c), interval, subject, _who_cell(c))
    return table


def rules_table(rules: Iterable[RuleInfo]) -> Table:
    table = Table(title="claimcheck rules", title_justify="left")
    table.add_column("code", style="bold", no_wrap=True)
    table.add_column("name", style="cyan", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("summary")
    colours = {"error": "red", "warning": "yellow", "info": "blue"}
    for r in rules:
        sev = str(r.severity)
        table.add_row(r.code, r.name, Text(sev, style=colours.get(sev, "")), r.summary)
    return table


def rule_help(rule: RuleInfo) -> RenderableType:
    parts: list[RenderableType] = [
        Text(f"{rule.code} {rule.name}", style="bold"),
        Text(f"default severity: {rule.severity}", style="dim"),
        Text(rule.summary),
        Markdown(rule.help),
    ]
    for ex in rule.examples:
        mark, style = ("✗ flagged", "red") if ex.flags else ("✓ passes", "green")
        body = Text(ex.text)
        if ex.note:
            body.append(f"\n{ex.note}", style="dim")
        parts.append(Panel(body, title=Text(mark, style=style), title_align="left"))
    return Group(*parts)

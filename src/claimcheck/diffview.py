"""Renderers for a FigureDiff: side by side, inline, and plain wdiff-style text.

They draw into a given rich Console (or return a string for the plain form); only cli.py
decides where output goes. The plain form has no colour and no markup so it survives pipes,
``NO_COLOR`` and ``--color never``.
"""

from __future__ import annotations

from typing import Literal

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from claimcheck.diff import FigureChange, FigureDiff, SentenceDiff, Sourcing
from claimcheck.tokendiff import Segment

View = Literal["side-by-side", "inline", "plain"]

#: console width from which the two-column view has room for a sentence per column
SIDE_BY_SIDE_MIN_WIDTH = 120

_STYLE = {
    ("delete", True): "bold red",
    ("insert", True): "bold green",
    ("delete", False): "red",
    ("insert", False): "green",
}


def choose_view(console_width: int, inline_flag: bool, color_enabled: bool) -> View:
    """Plain without colour; inline when asked or narrow; otherwise side by side."""
    if not color_enabled:
        return "plain"
    if inline_flag or console_width < SIDE_BY_SIDE_MIN_WIDTH:
        return "inline"
    return "side-by-side"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(diff: FigureDiff) -> str:
    """'2 figures changed, 1 added, 0 removed, 14 unchanged; 1 finding introduced, 0 resolved'."""
    figures = (
        f"{_plural(diff.count('changed'), 'figure')} changed, {diff.count('added')} added, "
        f"{diff.count('removed')} removed, {diff.unchanged} unchanged"
    )
    findings = (
        f"{_plural(len(diff.findings_introduced), 'finding')} introduced, "
        f"{len(diff.findings_resolved)} resolved"
    )
    return f"{figures}; {findings}"


def render_summary(diff: FigureDiff) -> Text:
    """The summary header with the counts coloured by direction."""
    text = Text()
    if diff.old_path or diff.new_path:
        if diff.old_path == diff.new_path:
            text.append(f"{diff.new_path}\n", style="bold")
        else:
            text.append(f"{diff.old_path} → {diff.new_path}\n", style="bold")
    parts = [
        (_plural(diff.count("changed"), "figure") + " changed", "yellow"),
        (f"{diff.count('added')} added", "green"),
        (f"{diff.count('removed')} removed", "red"),
        (f"{diff.unchanged} unchanged", "dim"),
    ]
    for k, (label, style) in enumerate(parts):
        text.append(", " if k else "")
        text.append(label, style=style)
    text.append("; ")
    text.append(_plural(len(diff.findings_introduced), "finding") + " introduced", style="red")
    text.append(", ")
    text.append(f"{len(diff.findings_resolved)} resolved", style="green")
    return text


# --------------------------------------------------------------------------- pieces


def _segment_text(seg: Segment, side: Literal["old", "new", "both"]) -> Text:
    """One segment, figures bold; equal text dim; struck-through deletions in the inline view."""
    if seg.op == "equal":
        return Text(seg.text, style="dim")
    strike = " strike" if side == "both" and seg.op == "delete" else ""
    text = Text(seg.text, style=_STYLE[(seg.op, False)] + strike)
    for s, e in seg.figures:
        text.stylize(_STYLE[(seg.op, True)] + strike, s, e)
    return text


def _sentence_text(sd: SentenceDiff, side: Literal["old", "new", "both"]) -> Text:
    skip = {"old": "insert", "new": "delete", "both": ""}[side]
    out = Text()
    pending = False  # a space owed by a segment this side does not show
    last = ""
    for seg in sd.segments:
        if seg.op == skip:
            pending = pending or seg.space_before
            continue
        # a struck old figure and its replacement side by side need a space between them:
        # many terminals draw no strike-through, and '4.2 million4.5 million' reads as one
        replaces = side == "both" and seg.op == "insert" and last == "delete"
        if (seg.space_before or pending or replaces) and out.plain and not out.plain.endswith(" "):
            out.append(" ")
        pending, last = False, seg.op
        out.append_text(_segment_text(seg, side))
    return out


def _sourcing(s: Sourcing | None) -> str:
    return s.describe() if s is not None else "—"


def _notes(change: FigureChange) -> list[str]:
    """What an editor should know about one change beyond the words."""
    notes: list[str] = []
    if change.kind == "changed":
        notes.append(f"{change.old_surface} → {change.new_surface}")
        if change.old_sourcing and change.new_sourcing and change.old_sourcing != change.new_sourcing:
            notes.append(f"sourcing: {_sourcing(change.old_sourcing)} → {_sourcing(change.new_sourcing)}")
    elif change.kind == "added":
        notes.append(f"added {change.new_surface} ({_sourcing(change.new_sourcing)})")
    else:
        notes.append(f"removed {change.old_surface} ({_sourcing(change.old_sourcing)})")
    if change.link_change:
        notes.append(change.link_change)
    notes += [f"introduces {f.code} {f.rule}: {f.message}" for f in change.findings_introduced]
    notes += [f"resolves {f.code} {f.rule}: {f.message}" for f in change.findings_resolved]
    return notes


def _notes_grid(diff: FigureDiff, sd: SentenceDiff) -> Table | None:
    """The notes of a sentence's changes as bullets whose wrapped lines stay under their text."""
    notes = [note for k in sd.changes for note in _notes(diff.changes[k])]
    if not notes:
        return None
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column()
    for note in notes:
        style = "italic red" if note.startswith(("introduces", "the new figure no longer")) else "italic"
        grid.add_row(Text("  • ", style=style), Text(note, style=style))
    return grid


def _with_notes(head: RenderableType, diff: FigureDiff, sd: SentenceDiff) -> RenderableType:
    notes = _notes_grid(diff, sd)
    return head if notes is None else Group(head, notes)


def _location(sd: SentenceDiff) -> str:
    if sd.old_line and sd.new_line and sd.old_line != sd.new_line:
        return f"line {sd.old_line} → {sd.new_line}"
    if sd.new_sentence is None and sd.old_line:
        return f"old line {sd.old_line}"
    return f"line {sd.new_line or sd.old_line}" if sd.new_line or sd.old_line else ""


def _other_findings(diff: FigureDiff) -> tuple[list, list]:
    """Findings not tied to a figure change (e.g. about figures whose text did not change)."""
    tied = {id(f) for c in diff.changes for f in (*c.findings_introduced, *c.findings_resolved)}
    return (
        [f for f in diff.findings_introduced if id(f) not in tied],
        [f for f in diff.findings_resolved if id(f) not in tied],
    )


def _findings_block(diff: FigureDiff) -> Text | None:
    introduced, resolved = _other_findings(diff)
    if not introduced and not resolved:
        return None
    text = Text()
    for f in introduced:
        text.append(f"+ {f.position.path}:{f.position.line}: {f.code} {f.rule}: {f.message}\n", style="red")
    for f in resolved:
        text.append(f"- {f.code} {f.rule}: {f.message} (resolved)\n", style="green")
    text.rstrip()
    return text


# --------------------------------------------------------------------------- views


def side_by_side(diff: FigureDiff) -> RenderableType:
    """Old | new, one row per sentence with a figure change, notes under the new sentence."""
    table = Table(box=box.SIMPLE_HEAVY, expand=True, show_lines=True)
    table.add_column("old", ratio=1)
    table.add_column("new", ratio=1)
    for sd in diff.sentences:
        old = _sentence_text(sd, "old") if sd.old_sentence is not None else Text("(new sentence)", style="dim italic")
        new = _sentence_text(sd, "new") if sd.new_sentence is not None else Text("(removed)", style="dim italic")
        left = Text(f"line {sd.old_line}\n", style="dim") if sd.old_line else Text()
        right = Text()
        if sd.new_line:
            right.append(f"line {sd.new_line}\n", style="dim")
        right.append_text(new)
        table.add_row(Text.assemble(left, old), _with_notes(right, diff, sd))
    parts: list[RenderableType] = [render_summary(diff)]
    if diff.sentences:
        parts.append(table)
    block = _findings_block(diff)
    if block is not None:
        parts.append(block)
    return Group(*parts)


def inline(diff: FigureDiff) -> RenderableType:
    """One column: each sentence with old figures struck in red and new ones in green."""
    parts: list[RenderableType] = [render_summary(diff)]
    for sd in diff.sentences:
        line = Table.grid()
        line.add_column(no_wrap=True)
        line.add_column()
        loc = _location(sd)
        line.add_row(Text(f"{loc}: " if loc else "", style="dim"), _sentence_text(sd, "both"))
        parts.append(Text(""))
        parts.append(_with_notes(line, diff, sd))
    block = _findings_block(diff)
    if block is not None:
        parts += [Text(""), block]
    return Group(*parts)


def render_side_by_side(diff: FigureDiff, console: Console) -> None:
    console.print(side_by_side(diff))


def render_inline(diff: FigureDiff, console: Console) -> None:
    console.print(inline(diff))


def plain_sentence(sd: SentenceDiff) -> str:
    """The wdiff form: unchanged words as they are, ``[-old-]`` and ``{+new+}`` runs."""
    out: list[str] = []
    for seg in sd.segments:
        if seg.space_before:
            out.append(" ")
        if seg.op == "equal":
            out.append(seg.text)
        elif seg.op == "delete":
            out.append(f"[-{seg.text}-]")
        else:
            out.append(f"{{+{seg.text}+}}")
    return "".join(out)


def render_plain(diff: FigureDiff) -> str:
    """The whole diff as plain text: summary, then one block per changed sentence."""
    lines = []
    if diff.old_path or diff.new_path:
        same = diff.old_path == diff.new_path
        lines.append(f"{diff.new_path}" if same else f"{diff.old_path} -> {diff.new_path}")
    lines.append(summary_line(diff))
    for sd in diff.sentences:
        lines.append("")
        loc = _location(sd).replace("→", "->")
        lines.append(f"{loc}: {plain_sentence(sd)}" if loc else plain_sentence(sd))
        for k in sd.changes:
            lines += [f"  * {n}".replace("→", "->") for n in _notes(diff.changes[k])]
    introduced, resolved = _other_findings(diff)
    if introduced or resolved:
        lines.append("")
    lines += [f"+ {f.position.path}:{f.position.line}: {f.code} {f.rule}: {f.message}" for f in introduced]
    lines += [f"- {f.code} {f.rule}: {f.message} (resolved)" for f in resolved]
    return "\n".join(lines) + "\n"


def color_enabled(console: Console) -> bool:
    """Whether the console will show colour: not piped, not NO_COLOR, not --color never."""
    return console.color_system is not None and not console.no_color


def render(
    diff: FigureDiff, console: Console, view: View | None = None, *, inline: bool = False,
    old_name: str | None = None, new_name: str | None = None,
) -> None:
    """Draw ``diff`` in ``view``, or the view the console suits (see ``choose_view``).

    ``old_name``/``new_name`` label the versions (e.g. 'draft.md@HEAD' and 'draft.md').
    """
    if old_name or new_name:
        diff = diff.model_copy(update={"old_path": old_name or diff.old_path, "new_path": new_name or diff.new_path})
    view = view or choose_view(console.width, inline, color_enabled(console))
    if view == "plain":
        # unwrapped, as diff tools print: a pipe or a pager wraps (or not) as its reader likes
        console.print(render_plain(diff), markup=False, highlight=False, end="", style=None, soft_wrap=True)
    elif view == "inline":
        render_inline(diff, console)
    else:
        render_side_by_side(diff, console)

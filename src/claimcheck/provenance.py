"""Where a registry figure comes from and where it went: ``trace`` and ``show``.

A fact-checker following a number wants its source, the figures it was computed from and
feeds, and every appearance in the corpus in date order with how it mutated on the way
(rounded, hedged, a thousand times too big, pinned on the wrong person).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz
from rich.console import Console
from rich.tree import Tree

from claimcheck.diff import matches_record
from claimcheck.errors import UsageError
from claimcheck.models import (
    Article,
    Claim,
    Kind,
    Link,
    Person,
    Record,
    Registry,
    Source,
    article_map,
    link_map,
)
from claimcheck.registry import formula

Mutation = Literal["exact", "rounded", "hedged", "changed-scale", "vague", "contradicted"]

#: rapidfuzz score (0–100) above which a speaker's name counts as a person's name or alias
NAME_MATCH = 85.0


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Appearance(_Model):
    """One claim in the corpus that stands for the record (or a same_as record)."""

    claim: Claim
    record_id: str
    path: str
    line: int
    date: str | None = None
    speaker: str | None = None
    surface: str
    sentence: str = ""
    matches: bool
    mutation: Mutation
    misattributed: bool = False

    @property
    def labels(self) -> list[str]:
        return [self.mutation, *(["misattributed"] if self.misattributed else [])]


class Provenance(_Model):
    record: Record
    source: Source | None = None
    speaker: Person | None = None
    #: names in the record's formula (figure ids and constants), in order of first use
    formula_inputs: list[str] = Field(default_factory=list)
    derives_from: list[Record] = Field(default_factory=list)
    #: formula names that are neither a figure nor a constant (a dangling reference)
    missing_inputs: list[str] = Field(default_factory=list)
    derived: list[Record] = Field(default_factory=list)
    same_as: list[Record] = Field(default_factory=list)
    appearances: list[Appearance] = Field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def formula_names(expr: str) -> list[str]:
    """Names a ``derived_from`` formula uses, via the registry's own parser."""
    return formula.parse(expr).names()


def date_key(date: str | None) -> tuple[int, int, int, int]:
    """Sort key for 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; unknown dates sort last."""
    m = re.match(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", date or "")
    if not m:
        return (1, 9999, 99, 99)
    return (0, int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0))


def _same_as_ids(record: Record, registry: Registry) -> list[str]:
    """same_as both ways: a record listed by another counts as the same figure."""
    ids = list(dict.fromkeys(record.same_as))
    ids += [f.id for f in registry.figures if record.id in f.same_as and f.id not in ids and f.id != record.id]
    return ids


def _norm(text: str) -> str:
    text = re.sub(r"[’']s\b", "", text.lower())
    return " ".join(re.sub(r"\b(the|of|for|and)\b|[^\w\s]", " ", text).split())


def _name_matches(name: str, candidates: Iterable[str]) -> bool:
    a = _norm(name)
    for cand in candidates:
        if not cand:
            continue
        b = _norm(cand)
        if fuzz.token_set_ratio(a, b) >= NAME_MATCH or fuzz.partial_ratio(a, b) >= 95:
            return True
    return False


def speaker_names(record: Record, registry: Registry) -> list[str]:
    """Every name under which the record's figure may fairly be attributed."""
    names: list[str] = []
    person = registry.person(record.speaker) if record.speaker else None
    if person is not None:
        names += [person.name, *person.aliases]
        for role in person.roles:
            names.append(role.title)
            if role.organisation:
                names += [f"{role.title} {role.organisation}", role.organisation]
        for org_id in person.member_of:
            org = registry.person(org_id)
            if org is not None:
                names += [org.name, *org.aliases]
    elif record.speaker:
        names.append(record.speaker)
    source = registry.source(record.source) if record.source else None
    if source is not None:
        names += [n for n in (source.publisher, source.title) if n]
        publisher = next((p for p in registry.people if source.publisher and p.name == source.publisher), None)
        if publisher is not None:
            names += publisher.aliases
    return names


def _comparable(claim: Claim, record: Record) -> tuple[float | None, float | None]:
    """Stated values on one scale: percent vs ratio and rates per day reconciled."""
    q = claim.quantity
    value, target = q.value, record.value
    if record.interval is not None and target is None:
        iv = record.interval
        target = iv.low if iv.high is None else iv.high if iv.low is None else (iv.lo + iv.hi) / 2
    if q.kind == Kind.RATIO and record.kind == Kind.PERCENT and value is not None:
        value *= 100
    if q.kind == Kind.PERCENT and record.kind == Kind.RATIO and value is not None:
        value /= 100
    return value, target


def _is_scale_slip(value: float | None, target: float | None) -> bool:
    if not value or not target:
        return False
    ratio = abs(value / target)
    return any(abs(math.log10(ratio) - k) < 0.15 for k in (3, 6, -3, -6))


def classify(claim: Claim, record: Record) -> tuple[bool, Mutation]:
    """(matches, mutation): how the figure as printed relates to the record."""
    q = claim.quantity
    matches = matches_record(q, record)
    value, target = _comparable(claim, record)
    if not matches:
        return False, "changed-scale" if _is_scale_slip(value, target) else "contradicted"
    if q.vague or q.kind == Kind.VAGUE:
        return True, "vague"
    if q.qualifier:
        return True, "hedged"
    if value is not None and target is not None and math.isclose(value, target, rel_tol=1e-9):
        return True, "exact"
    return True, "rounded"


def _misattributed(claim: Claim, names: Sequence[str]) -> bool:
    a = claim.attribution
    said = [n for n in (a.speaker, a.speaker_role, a.source, a.source_publisher) if n]
    if not said or not names:
        return False
    return not any(_name_matches(s, names) for s in said)




# --------------------------------------------------------------------------- trace


def trace(
    record_id: str, registry: Registry, claims: Iterable[Claim] = (),
    links: Mapping[str, Link] | Iterable[Link] | None = None,
    articles: Mapping[str, Article] | Iterable[Article] | None = None,
) -> Provenance:
    """The record's source, formula inputs and outputs, twins, and appearances oldest first."""
    record = registry.figure(record_id)
    if record is None:
        raise UsageError(f"no figure {record_id!r} in the registry")
    by_path = article_map(articles)
    by_claim = link_map(links)
    inputs = formula_names(record.derived_from) if record.derived_from else []
    twins = _same_as_ids(record, registry)
    prov = Provenance(
        record=record,
        source=registry.source(record.source) if record.source else None,
        speaker=registry.person(record.speaker) if record.speaker else None,
        formula_inputs=inputs,
        derives_from=[f for n in inputs if (f := registry.figure(n)) is not None],
        missing_inputs=[n for n in inputs if registry.figure(n) is None and n not in registry.constants],
        derived=[f for f in registry.figures if f.derived_from and record.id in _safe_names(f.derived_from)],
        same_as=[f for i in twins if (f := registry.figure(i)) is not None],
    )
    wanted = {record.id: record, **{f.id: f for f in prov.same_as}}
    names = speaker_names(record, registry)
    appearances: list[tuple[tuple, Appearance]] = []
    for claim in claims:
        link = by_claim.get(claim.id)
        if link is None or link.record_id not in wanted:
            continue
        target = wanted[link.record_id]
        matches, mutation = classify(claim, target)
        article = by_path.get(claim.path)
        date = article.meta.date if article else None
        app = Appearance(
            claim=claim, record_id=target.id, path=claim.path, line=claim.position.line,
            date=date, speaker=claim.attribution.speaker or claim.attribution.source,
            surface=claim.quantity.surface, sentence=claim.sentence, matches=matches,
            mutation=mutation,
            misattributed=_misattributed(claim, names or speaker_names(target, registry)),
        )
        appearances.append(((date_key(date), claim.path, claim.position.start), app))
    prov.appearances = [a for _, a in sorted(appearances, key=lambda p: p[0])]
    return prov


def _safe_names(expr: str) -> list[str]:
    """Formula names of another record; a broken formula is the validator's business, not ours."""
    try:
        return formula_names(expr)
    except formula.FormulaError:
        return []


# --------------------------------------------------------------------------- rendering


def fmt_value(record: Record) -> str:
    """'15,800 babies', '(50,000, ∞)', 'thousands' — the record's figure as a person reads it."""
    if record.value is not None:
        v = record.value
        text = f"{int(v):,}" if v == int(v) else f"{v:,.6g}"
    elif record.interval is not None:
        iv = record.interval
        text = iv.describe().replace("-inf", "-∞").replace("inf", "∞")
    elif record.vague:
        text = record.vague
    else:
        text = "(derived)" if record.derived_from else "(no value)"
    if record.unit == "%" or record.kind == Kind.PERCENT:
        text += "%"
    elif record.unit:
        text = f"{text} {record.unit}"
    if record.per:
        text += f" {record.per_text()}"
    return text


def _record_label(record: Record, bold: bool = False) -> str:
    when = f" (as of {record.as_of})" if record.as_of else f" ({record.period})" if record.period else ""
    rid = f"[bold]{_esc(record.id)}[/bold]" if bold else f"[cyan]{_esc(record.id)}[/cyan]"
    status = "" if record.status == "verified" else f" [yellow]{record.status}[/yellow]"
    return f"{rid}  {_esc(record.subject)} = {_esc(fmt_value(record))}{_esc(when)}{status}"


def _esc(text: str) -> str:
    return text.replace("[", r"\[")


def _source_label(source: Source | None, record: Record) -> str:
    if source is None:
        return f"[red]source: {_esc(record.source or 'none')}[/red]"
    bits = [f"“{_esc(source.title)}”"]
    bits += [_esc(b) for b in (source.publisher, source.date) if b]
    label = "source: " + ", ".join(bits)
    if source.url:
        label += f"\n[link={source.url}]{_esc(source.url)}[/link]"
    return label


_MUTATION_STYLE = {
    "exact": "green", "rounded": "green", "hedged": "yellow", "vague": "yellow",
    "changed-scale": "bold red", "contradicted": "bold red",
}


def _add_relations(tree: Tree, prov: Provenance) -> None:
    rec = prov.record
    if prov.speaker is not None:
        tree.add(f"speaker: {_esc(prov.speaker.name)}")
    elif rec.speaker:
        tree.add(f"speaker: {_esc(rec.speaker)}")
    if rec.derived_from:
        node = tree.add(f"derived from: [italic]{_esc(rec.derived_from)}[/italic]")
        for part in prov.derives_from:
            node.add(_record_label(part))
        for name in prov.missing_inputs:
            node.add(f"[red]{_esc(name)}: no such figure[/red]")
    if prov.derived:
        node = tree.add("feeds")
        for part in prov.derived:
            node.add(_record_label(part))
    if prov.same_as:
        node = tree.add("same as")
        for part in prov.same_as:
            node.add(_record_label(part))


def trace_tree(prov: Provenance) -> Tree:
    """The full trace as a rich Tree (returned so callers can nest or print it)."""
    rec = prov.record
    tree = Tree(_record_label(rec, bold=True))
    tree.add(_source_label(prov.source, rec))
    _add_relations(tree, prov)
    node = tree.add(f"appearances ({len(prov.appearances)})")
    for app in prov.appearances:
        style = _MUTATION_STYLE[app.mutation]
        labels = f"[{style}]{app.mutation}[/{style}]"
        if app.misattributed:
            labels += " [bold red]misattributed[/bold red]"
        who = f" — {_esc(app.speaker)}" if app.speaker else ""
        via = f" (via {app.record_id})" if app.record_id != rec.id else ""
        leaf = node.add(
            f"{app.date or 'undated'}  {_esc(app.path)}:{app.line}  “{_esc(app.surface)}”{who}  {labels}{via}"
        )
        if app.sentence:
            leaf.add(f"[dim]{_esc(app.sentence)}[/dim]")
    return tree


def render_trace(prov: Provenance, console: Console) -> None:
    console.print(trace_tree(prov))


def show_tree(record: Record | str, registry: Registry) -> Tree:
    """The record card: value, source, formula and relations, without corpus appearances."""
    if isinstance(record, str):
        found = registry.figure(record)
        if found is None:
            raise UsageError(f"no figure {record!r} in the registry")
        record = found
    prov = trace(record.id, registry) if registry.figure(record.id) else Provenance(record=record)
    tree = Tree(_record_label(record, bold=True))
    if record.aliases:
        tree.add("also: " + ", ".join(_esc(a) for a in record.aliases))
    if record.place:
        tree.add(f"place: {_esc(record.place)}")
    tree.add(_source_label(prov.source, record))
    _add_relations(tree, prov)
    if record.notes:
        tree.add(f"[dim]{_esc(record.notes)}[/dim]")
    return tree


def render_show(record: Record | str, registry: Registry, console: Console) -> None:
    """Print the record card (``record`` may be the Record or its id)."""
    console.print(show_tree(record, registry))

"""Commands for editors: diff, show, trace, record add, baseline, export."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.common import (
    ColorOpt,
    ConfigOpt,
    OutputOpt,
    RegistryOpt,
    _config,
    _console,
    _err,
    _input,
    _output,
    _registry,
    _shown,
    _warn_all,
    app,
    baseline_app,
    check_output,
    export_app,
    fail_level_of,
    handle_errors,
    record_app,
)
from claimcheck.config import Config
from claimcheck.errors import InputError, UsageError
from claimcheck.models import Registry, Report


def _scan(cfg: Config, reg: Registry, paths: list[str] | None) -> Report:
    """Scan the given articles, or the configured corpus when none are given."""
    from claimcheck.engine import scan

    return scan(_input(cfg, paths, None), reg, cfg)


def _scan_text(text: str, name: str, reg: Registry, cfg: Config) -> Report:
    from claimcheck.engine import Input, scan

    return scan(Input(stdin_text=text, stdin_name=name), reg, cfg)


def _read(path: Path) -> str:
    from claimcheck.ingest.decode import read_text_file

    return read_text_file(path)


@app.command()
@handle_errors
def diff(
    old: Annotated[Path, typer.Argument(help="The old version (or the file to compare with --rev).")],
    new: Annotated[Path | None, typer.Argument(help="The new version.")] = None,
    rev: Annotated[str | None, typer.Option(help="Compare PATH with this git revision (default HEAD).")] = None,
    inline: Annotated[bool, typer.Option("--inline", help="One column instead of side by side.")] = False,
    color: ColorOpt = "auto",
    registry: RegistryOpt = None,
    config: ConfigOpt = None,
    fail_level: Annotated[str | None, typer.Option(help="error, warning, info or never.")] = None,
) -> None:
    """Figure-level diff of two drafts: figures added, removed and changed, and their findings."""
    from claimcheck.diff import diff_reports
    from claimcheck.diffview import render
    from claimcheck.engine import exit_code_for
    from claimcheck.gitrev import read_at_revision

    cfg = _config(config)
    level = fail_level_of(fail_level, cfg)
    console = _console(color)
    warnings: list[str] = []
    reg = _registry(cfg, registry, warnings)
    if new is None:
        new_path, new_text = old, _read(old)
        old_text = read_at_revision(old, rev or "HEAD")
        old_name, new_name = f"{old}@{rev or 'HEAD'}", str(old)
    else:
        if rev is not None:
            raise UsageError("give either two files or one file with --rev, not both")
        new_path, new_text, old_text = new, _read(new), _read(old)
        old_name, new_name = str(old), str(new)
    before = _scan_text(old_text, str(new_path), reg, cfg)
    after = _scan_text(new_text, str(new_path), reg, cfg)
    result = diff_reports(before, after)
    _warn_all(warnings)
    render(result, console, inline=inline, old_name=old_name, new_name=new_name)
    raise typer.Exit(exit_code_for(result.introduced, level))


def _known_figure(reg: Registry, record: str) -> None:
    """A UsageError for an id the registry does not hold, with the nearest id it does."""
    if reg.figure(record) is None:
        from claimcheck.registry.positions import suggest

        hint = suggest(record, [f.id for f in reg.figures])
        raise UsageError(f"no figure {record!r} in {_shown(Path(reg.path)) if reg.path else 'the registry'}{hint}")


@app.command()
@handle_errors
def show(
    record: Annotated[str, typer.Argument(help="A figure id from claims.yaml.")],
    registry: RegistryOpt = None, config: ConfigOpt = None, color: ColorOpt = "auto",
) -> None:
    """Show one registry figure: its value, source and derivations."""
    from claimcheck.provenance import render_show

    cfg = _config(config)
    reg = _registry(cfg, registry, [])
    _known_figure(reg, record)
    render_show(record, reg, _console(color))


@app.command()
@handle_errors
def trace(
    record: Annotated[str, typer.Argument(help="A figure id from claims.yaml.")],
    paths: Annotated[list[str] | None, typer.Argument(help="Articles (default: the corpus).")] = None,
    registry: RegistryOpt = None, config: ConfigOpt = None, color: ColorOpt = "auto",
) -> None:
    """The provenance of a figure: its source, derivations and every appearance, oldest first."""
    from claimcheck.provenance import render_trace
    from claimcheck.provenance import trace as build_trace

    cfg = _config(config)
    warnings: list[str] = []
    reg = _registry(cfg, registry, warnings)
    _known_figure(reg, record)
    report = _scan(cfg, reg, paths)
    _warn_all([*warnings, *report.warnings])
    prov = build_trace(record, reg, report.claims, {l.claim_id: l for l in report.links}, report.articles)
    render_trace(prov, _console(color))


def _can_prompt() -> bool:
    """Whether a person can answer prompts (stdin is a terminal)."""
    return sys.stdin.isatty()


@record_app.command("add")
@handle_errors
def record_add(
    where: Annotated[str, typer.Argument(help="PATH:LINE[:COL] of the figure, or a claim id.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Accept the proposal without prompting.")] = False,
    registry: RegistryOpt = None, config: ConfigOpt = None, color: ColorOpt = "auto",
) -> None:
    """Propose a registry entry from a figure's frame, confirm or edit it, write it atomically."""
    from claimcheck.engine import Input, extract
    from claimcheck.link import link_claims
    from claimcheck.proposal import (
        edit_fields,
        existing_record,
        find_claim,
        parse_location,
        propose_record,
    )
    from claimcheck.registry.writer import add_figure, record_text

    cfg = _config(config)
    path = registry or cfg.resolve(cfg.registry)
    # the first record of a new project starts the registry (the writer creates the file)
    reg = _registry(cfg, path, []) if path.exists() else Registry()
    target, line, col = parse_location(where)
    if not line and Path(target).is_file():
        raise UsageError(f"give the figure's line: {target}:LINE or {target}:LINE:COL")
    source = Input(paths=[Path(target)]) if line else _input(cfg, None, None)
    try:
        claims = [c for item in extract(source, model=cfg.model) for c in item.claims]
    except InputError as exc:
        if line:
            raise
        raise UsageError(f"{exc}; a claim id is looked up in the articles the config's `paths` name, "
                         "so give PATH:LINE[:COL] instead") from None
    claim = find_claim(claims, target if line else None, line, col, claim_id=None if line else target)
    proposal = propose_record(claim, reg)
    console = _console(color)
    at = f"{claim.path}:{claim.position.line}:{claim.position.column} “{claim.quantity.surface}”"
    same = existing_record(proposal, reg, link_claims([claim], reg)[claim.id].record_id)
    if same is not None:
        _err(f"{at} is already in {_shown(path)} as figure {same.id!r} (line {same.line}: same value, "
             f"subject and time); use that id rather than a duplicate")
    if not yes:
        if not _can_prompt():
            raise UsageError("record add needs --yes when stdin is not a terminal")
        if same is not None and not typer.confirm("Add a second record of it anyway?", default=False):
            raise typer.Exit(0)
        console.print(f"Proposed from {at}. Enter keeps each value, '-' clears one.")
        proposal = edit_fields(proposal, lambda label, default: typer.prompt(label, default=default),
                               registry=reg, tell=lambda message: _err(f"  {message}"))
        typer.echo(record_text(proposal), nl=False)
        if not typer.confirm(f"Add figure {proposal.id!r} to {path}?", default=True):
            raise typer.Exit(1)
    elif same is not None:
        _err("nothing written")
        raise typer.Exit(0)
    created = not path.exists()
    add_figure(path, proposal, comment=f"added by claimcheck record add from {claim.path}:{claim.position.line}")
    console.print(f"added figure [bold]{proposal.id}[/bold] ({at}) to {_shown(path)}{' (new file)' if created else ''}")


@baseline_app.command("write")
@handle_errors
def baseline_write(
    file: Annotated[Path, typer.Argument(help="The baseline file to write.")] = Path(".claimcheck-baseline.json"),
    paths: Annotated[list[str] | None, typer.Argument(help="Articles (default: the corpus).")] = None,
    registry: RegistryOpt = None, config: ConfigOpt = None,
) -> None:
    """Record today's findings so that only new ones are reported from now on."""
    from claimcheck.baseline import write_baseline

    check_output(file)
    cfg = _config(config)
    report = _scan(cfg, _registry(cfg, registry, []), paths)
    write_baseline(file, report.findings, report.claims)
    n = len(report.findings)
    typer.echo(f"wrote {n} finding{'s' if n != 1 else ''} to {file}")


@baseline_app.command("prune")
@handle_errors
def baseline_prune(
    file: Annotated[Path, typer.Argument(help="The baseline file.")] = Path(".claimcheck-baseline.json"),
    paths: Annotated[list[str] | None, typer.Argument(help="Articles (default: the corpus).")] = None,
    registry: RegistryOpt = None, config: ConfigOpt = None,
) -> None:
    """Drop baseline entries whose findings no longer occur."""
    from claimcheck.baseline import load_baseline, prune, write_baseline_entries

    cfg = _config(config)
    known = load_baseline(file)
    reg = _registry(cfg, registry, [])
    report = _scan(cfg, reg, paths)
    scanned = [a.path for a in report.articles] + ([reg.path] if reg.path else [])
    kept, dropped = prune(known, report.findings, scanned)
    write_baseline_entries(file, kept)
    typer.echo(f"dropped {dropped} entr{'ies' if dropped != 1 else 'y'}; {len(kept.entries)} remain in {file}")


@export_app.command("claimreview")
@handle_errors
def export_claimreview(
    paths: Annotated[list[str] | None, typer.Argument(help="Articles (default: the corpus).")] = None,
    output: OutputOpt = None, base_url: Annotated[str | None, typer.Option(help="URL the reviews are published under.")] = None,
    registry: RegistryOpt = None, config: ConfigOpt = None,
) -> None:
    """schema.org ClaimReview JSON-LD, one document per finding worth publishing."""
    from claimcheck.export.claimreview import claimreview_documents

    check_output(output)
    cfg = _config(config)
    reg = _registry(cfg, registry, [])
    report = _scan(cfg, reg, paths)
    docs = claimreview_documents(report, reg, report.articles, base_url=base_url)
    with _output(output) as stream:
        json.dump(docs, stream, indent=2, ensure_ascii=False)
        stream.write("\n")


@export_app.command("prov")
@handle_errors
def export_prov(
    paths: Annotated[list[str] | None, typer.Argument(help="Articles (default: the corpus).")] = None,
    output: OutputOpt = None, registry: RegistryOpt = None, config: ConfigOpt = None,
) -> None:
    """The provenance graph (sources, records, appearances, derivations) as W3C PROV-JSON."""
    from claimcheck.export.prov import prov_document

    check_output(output)
    cfg = _config(config)
    reg = _registry(cfg, registry, [])
    report = _scan(cfg, reg, paths)
    links = {l.claim_id: l for l in report.links}
    with _output(output) as stream:
        json.dump(prov_document(reg, report.claims, links, report.articles), stream, indent=2, ensure_ascii=False)
        stream.write("\n")

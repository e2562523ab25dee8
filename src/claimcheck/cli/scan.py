"""Commands of the main job: scan, extract, rules, formats and registry check/schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from claimcheck import __version__
from claimcheck.cli.common import (
    ColorOpt,
    ConfigOpt,
    OutputOpt,
    RegistryOpt,
    _config,
    _console,
    _input,
    _output,
    _registry,
    _shown,
    _warn_all,
    app,
    check_color,
    check_output,
    fail_level_of,
    handle_errors,
    load_registry_shown,
    registry_app,
)
from claimcheck.errors import UsageError
from claimcheck.models import SCHEMA_VERSION


@app.command()
@handle_errors
def scan(
    paths: Annotated[list[str] | None, typer.Argument(help="Articles or folders; '-' reads stdin.")] = None,
    registry: RegistryOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format (see `claimcheck formats`).")] = "text",
    output: OutputOpt = None,
    fail_level: Annotated[str | None, typer.Option(help="error, warning, info or never.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even with findings.")] = False,
    config: ConfigOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Every claim, its link and the verified relations.")] = False,
    color: ColorOpt = "auto",
    baseline: Annotated[Path | None, typer.Option(help="Report only findings not in this baseline.")] = None,
    stdin_filename: Annotated[str | None, typer.Option(help="Path to report for stdin input.")] = None,
    model: Annotated[str | None, typer.Option(help="An installed trained spaCy pipeline to use.")] = None,
    force_exclude: Annotated[bool, typer.Option(
        "--force-exclude", help="Apply the config's ignore globs to files named one by one too.")] = False,
) -> None:
    """Scan articles: link every figure to claims.yaml and run every check."""
    from claimcheck.engine import exit_code_for
    from claimcheck.engine import scan as run_scan
    from claimcheck.report import get_formatter
    from claimcheck.report.base import RenderOptions

    check_output(output)
    cfg = _config(config)
    if model:
        cfg = cfg.model_copy(update={"model": model})
    level = fail_level_of(fail_level, cfg)
    check_color(color)
    formatter = get_formatter(fmt)
    warnings: list[str] = []
    reg = _registry(cfg, registry, warnings)
    base = baseline or (cfg.resolve(cfg.baseline) if cfg.baseline else None)
    source = _input(cfg, paths, stdin_filename)
    source.force_exclude = force_exclude
    report = run_scan(source, reg, cfg, baseline=base)
    _warn_all([*warnings, *report.warnings])
    options = RenderOptions(
        verbose=verbose, color=color if output is None else ("always" if color == "always" else "never"),
        root=Path.cwd(), tool_version=__version__,
    )
    with _output(output) as stream:
        formatter.write(report, stream, options)
    code = 0 if exit_zero else exit_code_for(report.findings, level)
    raise typer.Exit(code)


@app.command()
@handle_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Articles or folders; '-' reads stdin.")],
    include_all: Annotated[bool, typer.Option("--all", help="Include dates and other non-figures.")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or jsonl.")] = "table",
    output: OutputOpt = None,
    color: ColorOpt = "auto",
    stdin_filename: Annotated[str | None, typer.Option(help="Path to report for stdin input.")] = None,
    config: ConfigOpt = None,
) -> None:
    """List every figure the NLP pass finds, with its value, interval, frame and speaker."""
    from claimcheck.engine import extract as run_extract
    from claimcheck.report.json_format import claim_to_dict
    from claimcheck.views import claims_table

    if fmt not in ("table", "json", "jsonl"):
        raise UsageError(f"--format must be table, json or jsonl, not {fmt!r}")
    check_output(output)
    cfg = _config(config)
    warnings: list[str] = []
    items = run_extract(_input(cfg, paths, stdin_filename), model=cfg.model, include_all=include_all, warnings=warnings)
    with _output(output) as stream:
        if fmt == "table":
            console = _console(color if output is None else "never", stream)
            for item in items:
                rows = sorted([*item.claims, *item.others], key=lambda c: c.quantity.start)
                console.print(claims_table(item.article.path, rows, item.article.meta.title))
        elif fmt == "jsonl":
            for item in items:
                for c in sorted([*item.claims, *item.others], key=lambda c: c.quantity.start):
                    stream.write(json.dumps(claim_to_dict(c), ensure_ascii=False) + "\n")
        else:
            claims = [
                claim_to_dict(c) for item in items
                for c in sorted([*item.claims, *item.others], key=lambda c: c.quantity.start)
            ]
            json.dump({"schema_version": SCHEMA_VERSION, "claims": claims}, stream, indent=2, ensure_ascii=False)
            stream.write("\n")
    _warn_all(warnings)


@app.command()
@handle_errors
def rules(color: ColorOpt = "auto") -> None:
    """List every rule: code, name, default severity and summary."""
    from claimcheck.checks import all_rules
    from claimcheck.views import rules_table

    _console(color).print(rules_table(all_rules()))


@app.command()
@handle_errors
def rule(name: Annotated[str, typer.Argument(help="A rule code (CC101) or name (unsourced-figure).")], color: ColorOpt = "auto") -> None:
    """Explain one rule, with examples that it flags and that pass."""
    from claimcheck.checks import get_rule
    from claimcheck.views import rule_help

    try:
        info = get_rule(name)
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from None
    _console(color).print(rule_help(info))


@app.command()
def formats() -> None:
    """List the output formats of `scan --format`."""
    from claimcheck.report import FORMATTERS

    for name, formatter in FORMATTERS.items():
        typer.echo(f"{name:10} {formatter.description}")


@registry_app.command("check")
@handle_errors
def registry_check(registry: RegistryOpt = None, config: ConfigOpt = None) -> None:
    """Validate claims.yaml: every problem with file:line:col, exit 2 if any."""
    cfg = _config(config)
    path = registry or cfg.resolve(cfg.registry)
    reg = load_registry_shown(path)
    typer.echo(f"{_shown(path)}: ok — {len(reg.sources)} sources, {len(reg.people)} people and organisations, {len(reg.figures)} figures")


@registry_app.command("schema")
def registry_schema() -> None:
    """Print the JSON Schema of claims.yaml (for editor autocompletion)."""
    from claimcheck.registry import registry_json_schema

    typer.echo(json.dumps(registry_json_schema(), indent=2))

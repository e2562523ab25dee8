"""Shared pieces of the command line: the typer apps, options, error handling, I/O.

The cli package is the only layer that prints and exits. Every ClaimcheckError becomes a
readable message on stderr and exit code 2; findings at or above the fail level give 1.
"""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO, TypeVar

import typer
from rich.console import Console

from claimcheck.config import Config, discover_config, load_config
from claimcheck.errors import ClaimcheckError, ExitCode, UsageError
from claimcheck.models import Registry

app = typer.Typer(
    name="claimcheck",
    help="Find, link and check the numbers in news articles.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
registry_app = typer.Typer(help="Validate claims.yaml and print its JSON Schema.", no_args_is_help=True)
record_app = typer.Typer(help="Add figures to claims.yaml.", no_args_is_help=True)
baseline_app = typer.Typer(help="Adopt claimcheck on an existing archive.", no_args_is_help=True)
export_app = typer.Typer(help="Export for the fact-checking ecosystem.", no_args_is_help=True)


def _version(value: bool) -> None:
    if value:
        from claimcheck import __version__

        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False) -> None:
    """Find, link and check the numbers in news articles."""


app.add_typer(registry_app, name="registry")
app.add_typer(record_app, name="record")
app.add_typer(baseline_app, name="baseline")
app.add_typer(export_app, name="export")

F = TypeVar("F", bound=Callable[..., Any])

ColorOpt = Annotated[str, typer.Option("--color", help="auto, always or never (NO_COLOR is honoured).")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Config file (else the nearest .claimcheck.toml or pyproject.toml).")]
RegistryOpt = Annotated[Path | None, typer.Option("--registry", "-r", help="The registry (default: from config, else claims.yaml).")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the output to this file.")]


def check_color(color: str) -> str:
    if color not in ("auto", "always", "never"):
        raise UsageError(f"--color must be auto, always or never, not {color!r}")
    return color


def fail_level_of(given: str | None, cfg: Config) -> str:
    """``--fail-level``, else the config's; a UsageError before any work for a bad one."""
    level = given or cfg.fail_level
    if level not in ("error", "warning", "info", "never"):
        raise UsageError(f"--fail-level must be error, warning, info or never, not {level!r}")
    return level


def _console(color: str, stream: TextIO | None = None, stderr: bool = False) -> Console:
    check_color(color)
    kwargs: dict[str, Any] = {"stderr": stderr} if stream is None else {"file": stream}
    if color == "always":
        kwargs["force_terminal"] = True
    elif color == "never":
        kwargs["no_color"] = True
        kwargs["color_system"] = None
    return Console(**kwargs)


def _err(message: str) -> None:
    """Plain stderr lines: never wrapped, so paths and file:line:col stay greppable."""
    typer.echo(message, err=True)


def _shown(path: Path) -> str:
    """A path as a user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def handle_errors(func: F) -> F:
    """Turn the error family into a message and exit code 2, so no user sees a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ClaimcheckError as exc:
            _err(f"error: {exc}")
            raise typer.Exit(int(ExitCode.ERROR)) from None

    return wrapper  # type: ignore[return-value]


def _config(path: Path | None) -> Config:
    return load_config(path) if path else discover_config()


def load_registry_shown(path: Path) -> Registry:
    """Load the registry naming it as a user would type it, so every problem's file:line:col
    and every finding in it reads 'claims.yaml:4:12', not the config's absolute path."""
    from claimcheck.registry.loader import load_registry

    return load_registry(Path(_shown(path)))


def _registry(cfg: Config, path: Path | None, warnings: list[str]) -> Registry:
    if path is not None:
        return load_registry_shown(path)
    default = cfg.resolve(cfg.registry)
    explicit = cfg.source is not None and cfg.registry != Config().registry
    if not default.exists() and not explicit:
        warnings.append(f"no registry at {_shown(default)}: every figure counts as unregistered")
        return Registry()
    return load_registry_shown(default)


def _input(cfg: Config, paths: list[str] | None, stdin_filename: str | None) -> Any:
    from claimcheck.engine import Input

    given = paths or [_shown(cfg.resolve(p)) for p in cfg.paths]
    stdin_text = sys.stdin.read() if "-" in given else None
    files = [Path(p) for p in given if p != "-"]
    return Input(
        paths=files, stdin_text=stdin_text, stdin_name=stdin_filename or "<stdin>",
        ignore=cfg.ignore,
    )


def check_output(path: Path | None) -> None:
    """Refuse an ``--output`` that cannot be written before any work is done, so a typo in
    CI fails at once rather than after the whole corpus has been scanned."""
    if path is None:
        return
    if path.is_dir():
        raise UsageError(f"cannot write {path}: it is a folder")
    if not path.parent.is_dir():
        raise UsageError(f"cannot write {path}: folder {path.parent} does not exist")


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a buffer written to ``path`` atomically when the output is complete: a
    failure while rendering leaves the previous file whole, never half a report."""
    if path is None:
        yield sys.stdout
        return
    check_output(path)
    from claimcheck.atomic import atomic_write

    buffer = io.StringIO()
    yield buffer
    try:
        atomic_write(path, buffer.getvalue())
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None


def _warn_all(warnings: list[str]) -> None:
    for w in warnings:
        _err(f"warning: {w}")



"""Configuration: ``[tool.claimcheck]`` in pyproject.toml or ``.claimcheck.toml``.

Discovery walks up from the working directory and takes the nearest file that has a
claimcheck table; ``--config`` names one directly. Paths in a config resolve relative to
the config file, so a config works from any working directory. CLI flags override it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError

from claimcheck.errors import ConfigError, Problem
from claimcheck.models import Model, Severity
from claimcheck.registry.loader import plain_message
from claimcheck.registry.positions import suggest

FailLevel = Literal["error", "warning", "info", "never"]
CONFIG_NAMES = (".claimcheck.toml", "pyproject.toml")


#: fields the loader fills in, never written in a config file
_INTERNAL = ("root", "source")


class Config(Model):
    """Settings for a run; every field has a default so no config file is needed."""

    paths: list[str] = Field(default_factory=lambda: ["corpus"])
    registry: str = "claims.yaml"
    fail_level: FailLevel = "error"
    #: per-rule severity by code or name; "off" disables the rule
    severity: dict[str, Severity | Literal["off"]] = Field(default_factory=dict)
    #: glob patterns of article paths to skip
    ignore: list[str] = Field(default_factory=list)
    stale_after_days: int = 3 * 365
    baseline: str | None = None
    #: an installed trained spaCy pipeline to use instead of the blank one
    model: str | None = None
    #: processes for the nlp pass (1 = in process)
    jobs: int = 1
    #: directory paths resolve against (the config file's directory, or the cwd)
    root: Path = Field(default_factory=Path.cwd, exclude=True)
    #: the config file this came from, if any
    source: Path | None = Field(default=None, exclude=True)

    def resolve(self, path: str) -> Path:
        p = Path(path)
        return p if p.is_absolute() else self.root / p


def _table(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("claimcheck")
    return data.get("tool", {}).get("claimcheck", data)


def _parse_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(
            f"{path} is not valid TOML", [Problem(str(path), line, col, msg)]
        ) from exc


def _key_line(text: str, key: str) -> tuple[int, int]:
    """Where a key is written, so a config error points at it (TOML keeps no positions)."""
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(rf"\s*({re.escape(key)})\s*=", line)
        if m:
            return n, m.start(1) + 1
    return 0, 0


def _config_errors(exc: ValidationError) -> list[tuple[str, str]]:
    """(setting, plain message) per problem; the branches of a union ('error', 'warning',
    'info' or 'off') are merged into one message listing every value the setting takes."""
    out: dict[tuple[str, str], str] = {}
    choices: dict[tuple[str, str], list[str]] = {}
    for err in exc.errors():
        key = str(err["loc"][0]) if err["loc"] else ""
        group = (key, repr(err.get("input")))
        if err["type"] == "extra_forbidden":
            out[group] = "unknown setting" + suggest(key, [f for f in Config.model_fields if f not in _INTERNAL])
        elif err["type"] in ("enum", "literal_error"):
            expected = str((err.get("ctx") or {}).get("expected", ""))
            choices.setdefault(group, []).extend(re.findall(r"'([^']*)'", expected))
            out[group] = plain_message(err, tuple(choices[group]))
        else:
            out.setdefault(group, plain_message(err))
    return [(key, what) for (key, _), what in out.items()]


def load_config(path: Path) -> Config:
    """Load one config file; every problem is reported with its line and column."""
    data = _parse_toml(path)
    table = _table(path, data)
    if table is None:
        raise ConfigError(f"{path} has no [tool.claimcheck] table")
    try:
        cfg = Config.model_validate({**table, "root": path.parent.resolve(), "source": path})
    except ValidationError as exc:
        text = path.read_text(encoding="utf-8")
        problems = [Problem(str(path), *_key_line(text, key), f"{key}: {what}") for key, what in _config_errors(exc)]
        raise ConfigError(f"{path}: invalid claimcheck configuration", problems) from exc
    return cfg


def discover_config(start: Path | None = None) -> Config:
    """The nearest config walking up from ``start``; defaults rooted at ``start`` if none."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and _table(candidate, _parse_toml(candidate)) is None:
                continue
            return load_config(candidate)
    return Config(root=here)

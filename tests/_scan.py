"""Scan texts of a test end to end, as the CLI would: each text is an article file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.config import Config
from claimcheck.engine import Input, scan
from claimcheck.models import Registry, Report

#: the day the scans run on, so stale-figure findings do not move with the calendar
TODAY = date(2026, 12, 1)


def write_articles(folder: Path, *texts: str) -> list[Path]:
    """``texts`` as ``story0.md``, ``story1.md``, ... in ``folder``."""
    paths = []
    for n, text in enumerate(texts):
        path = folder / f"story{n}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def scan_texts(folder: Path, *texts: str, registry: Registry | None = None) -> Report:
    """The report of a scan of ``texts`` (written to ``folder``) against ``registry``."""
    paths = write_articles(folder, *texts)
    return scan(Input(paths=paths), registry or Registry(), Config(), today=TODAY)

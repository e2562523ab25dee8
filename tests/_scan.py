"""Scan or extract texts of a test end to end, as the CLI would: each text is an article file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.config import Config
from claimcheck.engine import Extracted, Input, extract, scan
from claimcheck.models import Claim, Registry, Report

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


def extract_text(folder: Path, text: str, *, day: str | None = None, include_all: bool = False) -> Extracted:
    """What ``claimcheck extract`` reads in one article: plain text, or with ``day`` a Markdown
    file whose front matter dates it (so 'last month' and 'this year' have a date to go by)."""
    if day is None:
        path = folder / "a.txt"
        path.write_text(text + "\n", encoding="utf-8")
    else:
        path = folder / "a.md"
        path.write_text(f"---\ntitle: T\ndate: \"{day}\"\n---\n\n{text}\n", encoding="utf-8")
    (item,) = list(extract(Input(paths=[path]), include_all=include_all))
    return item


def claim_in(folder: Path, text: str, surface: str, *, day: str | None = None) -> Claim:
    """The claim whose figure reads ``surface`` in the article ``text``."""
    return next(c for c in extract_text(folder, text, day=day).claims if c.quantity.surface == surface)

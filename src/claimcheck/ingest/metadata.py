"""Article metadata: YAML front matter in Markdown, and a sidecar ``index.yaml`` per folder.

The sidecar exists because most captured articles are plain text with nowhere to put a
date, and staleness checks need the publication date. Sidecar format (see
``corpus/index.yaml``)::

    file-name.txt:            # the article's file name in this folder
      title: "..."
      publisher: ...          # or null
      kind: news report
      date: "2018-10"         # YYYY, YYYY-MM or YYYY-MM-DD (quote it, or YAML makes a date)
      date_note: "..."        # where the date comes from when the text does not say
      url: https://...
      extra: {asked: "2018-01-17"}   # any further string fields

Keys that are not fields of ``ArticleMeta`` are kept in ``extra`` (with a warning), so a
typo is visible but never fatal. Front matter wins over the sidecar, field by field: it sits
in the article itself, so it is the more specific statement.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from functools import lru_cache
from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from claimcheck.models import ArticleMeta
from claimcheck.registry.positions import lenient_dates, suggest

SIDECAR_NAMES = ("index.yaml", "index.yml")
_FIELDS = ("title", "publisher", "kind", "date", "date_note", "url")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_FRONT_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


def _yaml() -> YAML:
    return lenient_dates(YAML(typ="safe", pure=True))


def split_front_matter(source: str) -> tuple[int, dict[str, Any] | None, list[str]]:
    """(end offset of the front matter block or 0, its mapping, warnings).

    Only a block that opens on the very first line counts, as in Jekyll and Hugo, so a
    ``---`` rule later in an article is never mistaken for metadata.
    """
    opened = _FRONT_OPEN.match(source)
    if not opened:
        return 0, None, []
    closed = _FRONT_CLOSE.search(source, opened.end())
    if not closed:
        return 0, None, []  # an opening thematic break, not front matter
    body = source[opened.end():closed.start()]
    try:
        data = _yaml().load(StringIO(body))
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or _one_line(exc)
        return closed.end(), None, [f"{where}front matter is not valid YAML: {problem}"]
    if data is None:
        return closed.end(), {}, []
    if not isinstance(data, dict):
        return closed.end(), None, ["front matter is not a mapping; ignored"]
    return closed.end(), data, []


@lru_cache(maxsize=256)
def _load_sidecar(path: str, mtime: float) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The parsed sidecar (cached per file version: one folder holds many articles)."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = _yaml().load(fh)
    except (OSError, UnicodeDecodeError, YAMLError) as exc:
        return {}, (f"{path}: cannot read article metadata: {_one_line(exc)}",)
    if data is None:
        return {}, ()
    if not isinstance(data, dict):
        return {}, (f"{path}: article metadata must be a mapping of file names",)
    return data, ()


def sidecar_entry(article_path: Path) -> tuple[dict[str, Any] | None, list[str]]:
    """The sidecar mapping for one article file, looked up by its file name."""
    for name in SIDECAR_NAMES:
        sidecar = article_path.parent / name
        if sidecar.is_file():
            data, warnings = _load_sidecar(str(sidecar), sidecar.stat().st_mtime)
            entry = data.get(article_path.name)
            if entry is not None and not isinstance(entry, dict):
                problem = f"{sidecar}: entry for {article_path.name} is not a mapping"
                return None, [*warnings, problem]
            return entry, list(warnings)
    return None, []


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def to_meta(*mappings: dict[str, Any] | None, where: str) -> tuple[ArticleMeta, list[str]]:
    """Merge mappings into ``ArticleMeta``; later mappings win field by field."""
    fields: dict[str, Any] = {}
    extra: dict[str, str] = {}
    warnings: list[str] = []
    for mapping in mappings:
        for key, value in (mapping or {}).items():
            key = str(key)
            if key in _FIELDS:
                if value is not None:
                    fields[key] = _text(value)
            elif key == "extra" and isinstance(value, dict):
                extra.update({str(k): _text(v) or "" for k, v in value.items()})
            else:
                # front matter carries the site's own fields (author, tags, layout): only a
                # near miss of a field claimcheck reads is worth a warning on every article
                hint = suggest(key, _FIELDS)
                if hint:
                    warnings.append(f"{where}: unknown metadata field {key!r} kept in 'extra'{hint}")
                extra[key] = _text(value) or ""
    if fields.get("date") and not _DATE.match(fields["date"]):
        warnings.append(f"{where}: date {fields['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    elif fields.get("date") and not _real_date(fields["date"]):
        warnings.append(f"{where}: date {fields.pop('date')!r} is not a calendar date; the article is read undated")
    return ArticleMeta(**fields, extra=extra), warnings


def _real_date(text: str) -> bool:
    """'2025-02-30' has the shape of a date but names no day; every later stage would fail on it."""
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


_MONTH_NUMBER = {name: n for n in range(1, 13) for name in (calendar.month_name[n], calendar.month_abbr[n])}
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
#: 'Published 14 March 2025', 'Updated: Tuesday 3 June 2024', 'Posted on March 14, 2025'
_PUBLISHED = re.compile(
    r"\b(?:First published|Published|Last updated|Updated|Posted)(?:\s+on)?:?\s+(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\.?|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r",?\s+(?P<year>(?:19|20)\d\d)\b")


def published_date(text: str) -> str | None:
    """The date of a 'Published ...' line near the top or the end of the text, as YYYY-MM-DD:
    a plain .txt article often carries its date only there."""
    for part in (text[:3000], text[-2000:]):
        m = _PUBLISHED.search(part)
        if m:
            month = _MONTH_NUMBER[m.group("m1") or m.group("m2")]
            try:
                return date(int(m.group("year")), month, int(m.group("d1") or m.group("d2"))).isoformat()
            except ValueError:
                return None
    return None
    return None


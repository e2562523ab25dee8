"""Read articles: bytes → decoded text → format reader → metadata, furniture, layout.

An unreadable file becomes a ``Skipped`` record rather than an exception in
``iter_articles``, so one bad file never stops a run over a folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from claimcheck.errors import InputError
from claimcheck.ingest.decode import read_decoded
from claimcheck.ingest.discover import Format, discover, format_for
from claimcheck.ingest.extracted import Extracted, read_text
from claimcheck.ingest.furniture import find_furniture, merge
from claimcheck.ingest.html_reader import read_html
from claimcheck.ingest.layout import detect_layout
from claimcheck.ingest.markdown_reader import read_markdown
from claimcheck.ingest.metadata import published_date, sidecar_entry, to_meta
from claimcheck.models import Article

READERS: dict[Format, Callable[[str], Extracted]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
}


class Skipped(BaseModel):
    """A file that could not be read; ``reason`` says why ("binary file ..."), without the path."""

    model_config = ConfigDict(extra="forbid")

    path: str
    reason: str


def build_article(
    source: str,
    path: str,
    fmt: Format,
    *,
    encoding: str = "utf-8",
    warnings: Sequence[str] = (),
    file: Path | None = None,
) -> Article:
    """Make an ``Article`` from decoded source; ``file`` locates the sidecar index.yaml."""
    extracted = READERS[fmt](source)
    notes = list(warnings) + [f"{path}: {w}" for w in extracted.warnings]
    entry, sidecar_notes = sidecar_entry(file) if file is not None else (None, [])
    meta, meta_notes = to_meta(extracted.page_meta, entry, extracted.meta, where=path)
    notes += sidecar_notes + meta_notes
    text = extracted.text
    if meta.date is None and (found := published_date(text)) is not None:
        meta = meta.model_copy(update={"date": found, "date_note": "from the text's 'Published' line"})
    furniture = [(a, b) for a, b, _ in find_furniture(text)]
    layout = detect_layout(text, furniture, meta.title, extracted.headline, extracted.standfirst)
    return Article(
        path=path,
        source=source,
        text=text,
        offsets=extracted.offsets,
        meta=meta,
        format=fmt,
        encoding=encoding,
        comments=extracted.comments,
        furniture=merge(furniture + layout.furniture),
        headline=layout.headline,
        standfirst=layout.standfirst,
        warnings=notes,
    )


def read_article(path: Path, display_path: str | None = None) -> Article:
    """Read one file; raises ``InputError`` (``UndecodableError`` for binary) naming it."""
    shown = display_path or str(path)
    decoded = read_decoded(path, shown)
    return build_article(
        decoded.text, shown, format_for(path),
        encoding=decoded.encoding, warnings=decoded.warnings, file=path,
    )


def read_text_article(text: str, path: str) -> Article:
    """An article given as text (stdin); ``path`` (``--stdin-filename``) picks the format and,
    when its folder exists, the sidecar metadata."""
    file = Path(path)
    return build_article(
        text, path, format_for(path), file=file if file.parent.is_dir() else None
    )


def iter_articles(paths: list[Path], ignore: Sequence[str] = (),
                  force_exclude: bool = False) -> Iterator[Article | Skipped]:
    """Every article under ``paths`` in stable order; unreadable ones yield ``Skipped``.

    A path that does not exist raises ``InputError`` before anything is yielded.
    """
    for path in discover(paths, list(ignore), force_exclude):
        try:
            yield read_article(path)
        except InputError as exc:
            yield Skipped(path=str(path), reason=exc.message.removeprefix(f"{path}: "))

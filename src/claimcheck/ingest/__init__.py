"""Ingest: find and read articles into ``Article`` models that map back to line:column.

Public API: ``read_article``, ``read_text_article``, ``iter_articles`` (with ``Skipped``),
``discover``, ``position_for`` / ``LineIndex`` and ``is_furniture``.
"""

from claimcheck.ingest.article import (
    Skipped,
    build_article,
    iter_articles,
    read_article,
    read_text_article,
)
from claimcheck.ingest.decode import UndecodableError, read_text_file
from claimcheck.ingest.discover import FORMATS, discover, format_for
from claimcheck.ingest.furniture import is_furniture
from claimcheck.ingest.positions import (
    LineIndex,
    line_index,
    position_for,
    position_of,
    source_span,
)

__all__ = [
    "FORMATS",
    "LineIndex",
    "Skipped",
    "UndecodableError",
    "build_article",
    "discover",
    "format_for",
    "is_furniture",
    "iter_articles",
    "line_index",
    "position_for",
    "position_of",
    "read_article",
    "read_text_article",
    "read_text_file",
    "source_span",
]

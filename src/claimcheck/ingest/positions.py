"""Offsets → 1-based line and column, so every finding points into the file the user edits.

Columns count characters (Unicode code points), not bytes: that is what editors and
SARIF's ``columnKind: unicodeCodePoints`` mean. End positions are exclusive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from claimcheck.models import Article, Position

_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


class LineIndex:
    """Start offset of every line of a text; ``position`` is a binary search, O(log lines)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based; offsets past the end clamp to the end."""
        offset = max(0, min(offset, self.length))
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """Inverse of ``position`` (1-based line and column)."""
        return self.starts[line - 1] + column - 1

    def line_span(self, line: int) -> tuple[int, int]:
        """(start, end) of a 1-based line, without its newline."""
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else self.length
        return start, end


@lru_cache(maxsize=64)
def line_index(text: str) -> LineIndex:
    """A cached index: many positions are asked of the same article source."""
    return LineIndex(text)


def source_span(article: Article, start: int, end: int) -> tuple[int, int]:
    """Map a (start, end) span of ``article.text`` to the source.

    For HTML the last character may come from an entity (``&pound;``), so the end extends
    over the whole entity rather than stopping after its ``&``.
    """
    if article.offsets is None:
        return start, end
    src_start = article.source_offset(start)
    if end <= start:
        return src_start, src_start
    last = article.source_offset(end - 1)
    m = _ENTITY.match(article.source, last)
    return src_start, (m.end() if m else last + 1)


def position_for(article: Article, start: int, end: int) -> Position:
    """The ``Position`` in the original file of ``article.text[start:end]``."""
    src_start, src_end = source_span(article, start, end)
    index = line_index(article.source)
    line, column = index.position(src_start)
    end_line, end_column = index.position(src_end)
    return Position(
        path=article.path, line=line, column=column, end_line=end_line,
        end_column=end_column, start=src_start, end=src_end,
    )


#: the name the engine uses
position_of = position_for

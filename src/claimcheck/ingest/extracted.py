"""What a format reader hands on: the NLP text, its way back to the source, and hints."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

#: an HTML/Markdown comment; the inner text is what suppression directives are parsed from
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


@dataclass
class Extracted:
    """A reader's result. ``offsets`` is None when ``text`` lines up with the source 1:1.

    ``headline``/``standfirst`` are spans of ``text`` the markup itself marks (an ``<h1>``,
    a ``class="standfirst"``); the layout heuristic uses them before guessing from lines.
    ``meta`` is metadata the file states (front matter: beats the sidecar); ``page_meta`` is
    what the markup implies (``<title>``, ``<meta>`` tags: only fills gaps).
    """

    text: str
    offsets: list[int] | None = None
    comments: list[tuple[int, int, str]] = field(default_factory=list)
    headline: tuple[int, int] | None = None
    standfirst: tuple[int, int] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    page_meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def find_comments(
    source: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, inner text stripped) of every ``<!-- -->`` comment in a slice of source."""
    end = len(source) if end is None else end
    return [(m.start(), m.end(), m.group(1).strip()) for m in COMMENT.finditer(source, start, end)]


def read_text(source: str) -> Extracted:
    """Plain text is its own NLP text; comments are still noted so suppressions work in .txt."""
    return Extracted(text=source, comments=find_comments(source))

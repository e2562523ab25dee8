"""Headline and standfirst: where they are, so claims in them can be judged as display copy.

Heuristic, in order (captured pages rarely mark their structure, so lines are judged by
shape):

Headline
  1. what the markup marks: an HTML ``<h1>`` in the article, a leading Markdown ``# ``;
  2. else a line among the first ``SEARCH_LINES`` non-blank ones equal to ``meta.title``
     (after folding case, curly quotes, dashes and spaces), since the sidecar or front
     matter title is the editor's own statement of the headline;
  3. else the first substantive non-furniture line: 2–30 words, at most 200 characters, not
     ending in '.', ':' or ','. Chrome-like lines before it (a single word such as a section
     label "News", run-together link text such as "TrainingBerkeley", or a menu of section
     names such as "Home News Sport Business", listed in ``furniture.yaml``) are skipped; the
     search stops with no headline at the first line that reads like body prose (too long or
     ending in a full stop), as when a page was captured without its headline.

Lines before the headline become furniture (mastheads, section labels, advert strips), and
a short line repeated on the next line is furniture (an image caption and its alt text).

Standfirst
  1. what the markup marks (a ``class="standfirst"``/``dek``/``summary`` element; a wholly
     emphasised Markdown paragraph right after the headline);
  2. else the first non-furniture line after the headline when it is 4–60 words, at most 300
     characters, holds no furniture, does not open with a quotation mark or bracket, is no
     byline ("By Tom Eddery | 10 February 2026") and does not end in '.' or ':' (a full stop
     means a lead paragraph, a colon an introduction), and body text follows it.
     Only one line is taken: a two-line standfirst is rare and the cost of swallowing the
     first body paragraph is higher.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from claimcheck.ingest.furniture import Region, is_navigation, lines

SEARCH_LINES = 15
HEADLINE_MAX_CHARS = 200
STANDFIRST_MAX_CHARS = 300
REPEAT_MAX_CHARS = 200
#: run-together link text ("TrainingBerkeley"); strict enough to let "YouTube" through
_GLUED = re.compile(r"[a-z]{3}[A-Z][a-z]{3}")
#: a byline ("By Tom Eddery | 10 February 2026"): the author's name, never the standfirst;
#: one capitalised word and a comma ("By Christmas, prices will ...") opens a sentence instead
_BYLINE = re.compile(r"^(?i:by|words by|written by|reporting by|reported by)\s+[A-Z][\w'’.-]*\b(?!,)")
_OPEN_QUOTE = "\"'“‘«"
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass
class Layout:
    headline: Region | None = None
    standfirst: Region | None = None
    #: furniture found from layout: lines before the headline, repeated lines
    furniture: list[Region] = field(default_factory=list)


def fold(s: str) -> str:
    """Compare titles the way a reader would: ignoring case, quote style, dashes, spacing."""
    s = unicodedata.normalize("NFKC", s).translate(_FOLD).casefold()
    return " ".join(s.split())


def _inside(span: Region, regions: list[Region]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in regions)


def _headline_shape(line: str) -> bool:
    words = len(line.split())
    return 2 <= words <= 30 and len(line) <= HEADLINE_MAX_CHARS and line[-1] not in ".:,"


def _chrome_shape(line: str) -> bool:
    return len(line.split()) == 1 or bool(_GLUED.search(line)) or is_navigation(line)


def _standfirst_shape(line: str) -> bool:
    words = len(line.split())
    return (
        4 <= words <= 60 and len(line) <= STANDFIRST_MAX_CHARS
        and line[0] not in _OPEN_QUOTE + "([" and line[-1] not in ".:"
        and not _BYLINE.match(line)
    )


def repeated_lines(text: str) -> list[Region]:
    """Short non-blank lines equal to the next non-blank line (both copies)."""
    spans = list(lines(text))
    out: list[Region] = []
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if b - a <= REPEAT_MAX_CHARS and text[a:b] == text[c:d]:
            out += [(a, b), (c, d)]
    return out


def detect_layout(
    text: str,
    furniture: list[Region],
    title: str | None = None,
    headline_hint: Region | None = None,
    standfirst_hint: Region | None = None,
) -> Layout:
    """Find headline and standfirst; see the module docstring for the rules."""
    layout = Layout(furniture=repeated_lines(text))
    skip = furniture + layout.furniture
    spans = [s for s in lines(text) if not _inside(s, skip)]
    head_index = _find_headline(text, spans, title, headline_hint)
    if head_index is None:
        return layout
    layout.headline = headline_hint or spans[head_index]
    layout.furniture += [s for s in spans[:head_index] if s[1] <= layout.headline[0]]
    if standfirst_hint:
        layout.standfirst = standfirst_hint
    elif head_index + 2 < len(spans):  # a candidate line, and body text after it
        candidate = spans[head_index + 1]
        touches_furniture = any(a < candidate[1] and candidate[0] < b for a, b in furniture)
        if _standfirst_shape(text[candidate[0]:candidate[1]]) and not touches_furniture:
            layout.standfirst = candidate
    return layout


def _find_headline(
    text: str, spans: list[Region], title: str | None, hint: Region | None
) -> int | None:
    """Index into ``spans`` of the headline line (for a hint: the line holding it)."""
    if hint is not None:
        for i, (a, b) in enumerate(spans):
            if a <= hint[0] < b or hint[0] <= a < hint[1]:
                return i
        return None
    head = spans[:SEARCH_LINES]
    if title:
        wanted = fold(title)
        for i, (a, b) in enumerate(head):
            if fold(text[a:b]) == wanted:
                return i
    for i, (a, b) in enumerate(head):
        line = text[a:b]
        if _headline_shape(line) and not _GLUED.search(line) and not is_navigation(line):
            return i
        if not _chrome_shape(line):
            return None
    return None

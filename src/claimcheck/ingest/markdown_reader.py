"""Markdown → NLP text of the same length: markup is blanked to spaces, never removed.

Keeping the length means offsets are the identity, so positions need no map. Blanked:
front matter, code (fenced, indented, inline), HTML comments and tags, link and image
destinations (URLs are full of digits that would read as figures), images with their alt
text, footnote markers (``[^1]``), reference definitions, heading/list/quote/table markers
and emphasis delimiters.
Entities (``&pound;``) become spaces then their character, which sits where the
``;`` was so that it still touches the figure after it. markdown-it-py finds the
blocks (``token.map`` line ranges); small regexes handle inline markup inside them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from markdown_it import MarkdownIt
from markdown_it.token import Token

from claimcheck.ingest.extracted import Extracted, find_comments
from claimcheck.ingest.metadata import split_front_matter
from claimcheck.ingest.positions import LineIndex

_MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])

_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[(?P<label>[^\]]*)\](?P<dest>\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])")
#: a footnote marker, in the text or opening its note: '[^1]', '[^ons-2026]:'
_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,64}\]")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>]*[^\s<>.,;:!?'\")\]]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_EMPH_OPEN = re.compile(r"(?<![\w*~\\])(?:\*{1,3}|_{1,3}|~~)(?=[^\s*_~])")
_EMPH_CLOSE = re.compile(r"(?<=[^\s*_~\\])(?:\*{1,3}|_{1,3}|~~)(?![\w*~])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~]|\r?\n)")
_ATX_OPEN = re.compile(r"^[ \t]*#{1,6}(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_LIST_MARKER = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)")
_QUOTE_MARKERS = re.compile(r"^(?:[ \t]*>)+")
_RAW_HTML_BLOCK = re.compile(r"\s*<(?:script|style|pre|textarea)\b", re.IGNORECASE)
_WHOLLY_EMPHASISED = re.compile(r"^\s*([*_]{1,2})\S.*\S\1\s*$", re.DOTALL)


class _Blanker:
    """Collects the characters to blank and the replacements, then renders the text."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.chars = list(source)
        self.lines = LineIndex(source)

    def blank(self, start: int, end: int) -> None:
        for i in range(start, min(end, len(self.chars))):
            if self.chars[i] not in "\r\n":
                self.chars[i] = " "

    def span(self, first_line: int, last_line: int) -> tuple[int, int]:
        """Source range of 0-based lines [first_line, last_line)."""
        starts = self.lines.starts
        end = starts[last_line] if last_line < len(starts) else len(self.source)
        return starts[min(first_line, len(starts) - 1)], end

    def line(self, n: int) -> tuple[int, str]:
        start, end = self.span(n, n + 1)
        return start, self.source[start:end].rstrip("\r\n")

    def text(self) -> str:
        return "".join(self.chars)


def read_markdown(source: str) -> Extracted:
    """Extract a Markdown article; see the module docstring for what is blanked and why."""
    out = _Blanker(source)
    fm_end, front, warnings = split_front_matter(source)
    out.blank(0, fm_end)
    tokens = _MD.parse(out.text())

    code: list[tuple[int, int]] = [(0, fm_end)] if fm_end else []
    covered: set[int] = set()
    for tok in tokens:
        if tok.map is None:
            continue
        if tok.level == 0:
            covered.update(range(*tok.map))
        if tok.type in ("fence", "code_block") or (
            tok.type == "html_block" and _RAW_HTML_BLOCK.match(tok.content)
        ):
            code.append(out.span(*tok.map))
    comments = [c for c in find_comments(source) if not _inside(c[0], code)]
    for start, end in code:
        out.blank(start, end)
    for start, end, _ in comments:
        out.blank(start, end)

    for tok in tokens:
        if tok.map is not None:
            _block_markup(out, tok)
        if tok.type == "inline" and tok.map is not None:
            _inline_markup(out, *out.span(*tok.map))
    for n in range(len(out.lines.starts)):
        if n not in covered:
            start, line = out.line(n)
            if line.strip() and start >= fm_end:
                out.blank(start, start + len(line))  # a link reference definition

    text = out.text()
    headline, standfirst = _hints(tokens, out, text)
    return Extracted(
        text=text, comments=comments, headline=headline, standfirst=standfirst,
        meta=front or {}, warnings=warnings,
    )


def _inside(offset: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in ranges)


def _block_markup(out: _Blanker, tok: Token) -> None:
    """Blank the markers a block token owns: '#', setext underlines, list bullets, '>', pipes."""
    first, last = tok.map or (0, 0)
    if tok.type == "heading_open":
        start, line = out.line(first)
        if tok.markup in ("=", "-"):
            under_start, under = out.line(last - 1)
            out.blank(under_start, under_start + len(under))
        else:
            if m := _ATX_OPEN.match(line):
                out.blank(start, start + m.end())
            if m := _ATX_CLOSE.search(line):
                out.blank(start + m.start(), start + m.end())
    elif tok.type == "list_item_open":
        start, line = out.line(first)
        if m := _LIST_MARKER.match(line):
            out.blank(start, start + m.end())
    elif tok.type == "blockquote_open":
        for n in range(first, last):
            start, line = out.line(n)
            if m := _QUOTE_MARKERS.match(line):
                out.blank(start, start + m.end())
    elif tok.type == "hr":
        out.blank(*out.span(first, last))
    elif tok.type == "table_open":
        for n in range(first, last):
            start, line = out.line(n)
            if n == first + 1:
                out.blank(start, start + len(line))  # the |---|:---:| delimiter row
            for i, ch in enumerate(line):
                if ch == "|" and (i == 0 or line[i - 1] != "\\"):
                    out.blank(start + i, start + i + 1)
    elif tok.type == "html_block":
        start, end = out.span(first, last)
        for m in _TAG.finditer(out.source, start, end):
            out.blank(m.start(), m.end())


def _inline_markup(out: _Blanker, start: int, end: int) -> None:
    """Blank inline markup in a paragraph/heading/table range of the source."""
    src = out.source
    for pattern in (_CODE_SPAN, _IMAGE, _FOOTNOTE, _AUTOLINK, _TAG):
        for m in pattern.finditer(src, start, end):
            out.blank(m.start(), m.end())
    for m in _LINK.finditer(src, start, end):
        out.blank(m.start(), m.start() + 1)
        out.blank(m.end("label"), m.end())
    for m in _BARE_URL.finditer(src, start, end):
        out.blank(m.start(), m.end())
    for pattern in (_EMPH_OPEN, _EMPH_CLOSE, _ESCAPE):
        for m in pattern.finditer(src, start, end):
            if out.chars[m.start()] != " ":
                out.blank(m.start(), m.end())
    for m in _ENTITY.finditer(src, start, end):
        char = html.unescape(m.group())
        if len(char) == 1 and char != m.group() and out.chars[m.start()] == "&":
            out.blank(m.start(), m.end())
            out.chars[m.end() - 1] = char  # last, so '&pound;5' reads '£5' with no gap


def _hints(tokens: list[Token], out: _Blanker, text: str) -> tuple[tuple[int, int] | None, ...]:
    """A leading level-1 heading is the headline; a wholly emphasised paragraph after it the
    standfirst (the usual Markdown idiom for a dek)."""
    blocks = [t for t in tokens if t.level == 0 and t.map and not t.type.endswith("_close")]
    blocks = [t for t in blocks if t.type not in ("html_block",) or "<!--" not in t.content]
    if not blocks or blocks[0].type != "heading_open" or blocks[0].tag != "h1":
        return None, None
    headline = _trim(text, *out.span(*blocks[0].map))  # type: ignore[misc]
    standfirst = None
    if len(blocks) > 1 and blocks[1].type == "paragraph_open":
        start, end = out.span(*blocks[1].map)  # type: ignore[misc]
        if _WHOLLY_EMPHASISED.match(out.source[start:end]):
            standfirst = _trim(text, start, end)
    return headline, standfirst


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return None
    lead = len(chunk) - len(chunk.lstrip())
    return start + lead, start + lead + len(stripped)

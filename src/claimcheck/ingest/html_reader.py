"""HTML → article text with an exact map from every text character to its source offset.

The stdlib ``html.parser`` with ``convert_charrefs=False`` hands over text exactly as it
sits in the source and reports entities separately, each with its position, so the map is
exact without re-parsing. The article is the largest ``<article>`` (else ``<main>``, else
the whole page); chrome elements (script, style, nav, aside, form, ...) are dropped, and
``<header>`` too unless it sits inside the chosen article, where it holds the headline (an
``<h1>`` and standfirst that a page header holds before the article are read with it); so
is any element whose class, id or ARIA role names it as chrome (a share bar, an advert, a
cookie banner: ``furniture.yaml`` lists the words).
Block elements become line breaks (paragraph-like ones a blank line), whitespace runs
collapse to one space, and synthetic characters map to the tag that caused them.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

from claimcheck.ingest.extracted import Extracted
from claimcheck.ingest.furniture import is_chrome_element
from claimcheck.ingest.positions import LineIndex

DROP = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg",
    "template", "iframe", "head", "button", "select", "canvas", "object", "math", "dialog",
})
PARAGRAPH = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "ul", "ol", "dl", "table", "pre", "figure", "figcaption", "address", "hr",
    "header", "details", "summary", "fieldset", "body",
})
LINE = frozenset({"li", "tr", "dt", "dd", "br", "caption", "thead", "tbody"})
CELL = frozenset({"td", "th"})
VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
})
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|sub-?title|subhead(?:ing)?|summary|lede|strap(?:line)?"
    r"|intro|excerpt)(?:$|[\s_-])",
    re.IGNORECASE,
)
#: elements kept whatever their class says: the page itself and the article's own containers
_NEVER_CHROME = frozenset({"html", "body", "main", "article", "h1"})
_REFERENCE = re.compile(r"&#?[A-Za-z0-9]+;?")
_SPACE = re.compile(r"\s+")
_RUNS = re.compile(r"\s+|\S+")
_META_KEYS = {
    "og:title": "title", "twitter:title": "title", "og:site_name": "publisher",
    "article:published_time": "date", "date": "date", "dc.date": "date", "pubdate": "date",
    "og:url": "url",
}

Event = tuple[str, Any, Any]


class _Collector(HTMLParser):
    """Flatten the document into (kind, payload, source offset) events and comments."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.lines = LineIndex(source)
        self.events: list[Event] = []
        self.comments: list[tuple[int, int, str]] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.lines.starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", (tag, dict(attrs)), self._offset()))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        off = self._offset()
        self.events.append(("start", (tag, dict(attrs)), off))
        if tag not in VOID:
            self.events.append(("end", tag, off))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag, self._offset()))

    def handle_data(self, data: str) -> None:
        off = self._offset()
        self.events.append(("text", data, off))

    def _reference(self, off: int) -> None:
        m = _REFERENCE.match(self.source, off)
        raw = m.group() if m else "&"
        decoded = html.unescape(raw)
        if decoded == raw:
            self.events.append(("text", raw, off))  # not a reference after all: plain text
        else:
            self.events.append(("ref", decoded, off))

    def handle_entityref(self, name: str) -> None:
        self._reference(self._offset())

    def handle_charref(self, name: str) -> None:
        self._reference(self._offset())

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end = self.source.find("-->", start)
        end = start + len(data) + 7 if end < 0 else end + 3
        self.comments.append((start, end, data.strip()))


class _Emitter:
    """Build text + offsets, collapsing whitespace and turning blocks into line breaks."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offs: list[int] = []
        self.pending_break = 0
        self.break_off = 0
        self.pending_space: int | None = None

    def brk(self, n: int, off: int) -> None:
        if self.chars and n > self.pending_break:
            self.pending_break, self.break_off = n, off
        self.pending_space = None

    def space(self, off: int) -> None:
        if self.chars and not self.pending_break and self.pending_space is None:
            self.pending_space = off

    def word(self, s: str, off: int, *, one_offset: bool = False) -> None:
        """Emit non-space text from ``off`` (every character at ``off`` for a reference)."""
        if self.pending_break:
            self._put("\n" * self.pending_break, self.break_off)
        elif self.pending_space is not None:
            self._put(" ", self.pending_space)
        self.pending_break, self.pending_space = 0, None
        self.chars.extend(s)
        self.offs.extend([off] * len(s) if one_offset else range(off, off + len(s)))

    def _put(self, s: str, off: int) -> None:
        self.chars.extend(s)
        self.offs.extend([off] * len(s))


def read_html(source: str) -> Extracted:
    """Extract the article text of an HTML page; see the module docstring."""
    parser = _Collector(source)
    parser.feed(source)
    parser.close()
    events = parser.events
    lo, hi, container = _container(events)
    chosen = [*_display_before(events, lo, hi), *events[lo:hi]] if container else events[lo:hi]
    out = _Emitter()
    dropping: list[str] = []
    pre = 0
    spans: dict[str, tuple[int, int] | None] = {"h1": None, "standfirst": None}
    open_marks: dict[str, tuple[str, int, int]] = {}  # role → (tag, depth, start index)
    depth = 0
    for kind, payload, off in chosen:
        if kind == "start":
            tag, attrs = payload
            if tag == "body":
                dropping.clear()  # '</head>' is optional in HTML; the body ends it
            if dropping or (tag in DROP and not (tag == "header" and container)) or (
                    tag not in _NEVER_CHROME and is_chrome_element(attrs)):
                if tag not in VOID:
                    dropping.append(tag)
                continue
            depth += tag not in VOID
            if tag in PARAGRAPH or tag in LINE:
                out.brk(2 if tag in PARAGRAPH else 1, off)
            elif tag in CELL:
                out.space(off)
            pre += tag == "pre"
            _mark_roles(tag, attrs, depth, len(out.chars), spans, open_marks)
        elif kind == "end":
            tag = payload
            if dropping:
                if tag in dropping:
                    del dropping[len(dropping) - 1 - dropping[::-1].index(tag):]
                continue
            for role, (mtag, mdepth, mstart) in list(open_marks.items()):
                if mtag == tag and depth <= mdepth:
                    spans[role] = (mstart, len(out.chars))
                    del open_marks[role]
            depth = max(0, depth - 1)
            pre -= tag == "pre" and pre > 0
            if tag in PARAGRAPH or tag in LINE:
                out.brk(2 if tag in PARAGRAPH else 1, off)
            elif tag in CELL:
                out.space(off)
        elif not dropping:
            _emit_text(out, payload, off, ref=kind == "ref", pre=pre > 0)
    text = "".join(out.chars)
    return Extracted(
        text=text,
        offsets=out.offs,
        comments=parser.comments,
        headline=_trim(text, spans["h1"]),
        standfirst=_trim(text, spans["standfirst"]),
        page_meta=_page_meta(events),
    )


def _emit_text(out: _Emitter, data: str, off: int, *, ref: bool, pre: bool) -> None:
    """Emit a text event: whitespace runs collapse, except inside <pre> where lines stay."""
    if ref:
        if _SPACE.fullmatch(data):  # &nbsp; and friends are spaces to the NLP
            out.space(off)
        else:
            out.word(data, off, one_offset=True)
        return
    for m in _RUNS.finditer(data):
        run, at = m.group(), off + m.start()
        if not run[0].isspace():
            out.word(run, at)
        elif not pre:
            out.space(at)
        else:
            for i, c in enumerate(run):
                if c == "\n":
                    out.brk(1, at + i)
                elif c != "\r":
                    out.word(c, at + i)


def _mark_roles(
    tag: str, attrs: dict[str, str | None], depth: int, at: int,
    spans: dict[str, tuple[int, int] | None], open_marks: dict[str, tuple[str, int, int]],
) -> None:
    """Start capturing the first <h1> and the first standfirst-classed element."""
    if tag == "h1" and spans["h1"] is None and "h1" not in open_marks:
        open_marks["h1"] = (tag, depth, at)
    classes = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    if (
        spans["standfirst"] is None and "standfirst" not in open_marks
        and tag not in VOID and _STANDFIRST_CLASS.search(classes)
    ):
        open_marks["standfirst"] = (tag, depth, at)


def _container(events: list[Event]) -> tuple[int, int, bool]:
    """Event range of the largest <article>, else the largest <main>, else everything."""
    for wanted in ("article", "main"):
        ranges: list[tuple[int, int]] = []
        stack: list[int] = []
        for i, (kind, payload, _) in enumerate(events):
            if kind == "start" and payload[0] == wanted:
                stack.append(i)
            elif kind == "end" and payload == wanted and stack:
                ranges.append((stack.pop(), i + 1))
        ranges += [(i, len(events)) for i in stack]
        if ranges:
            def size(r: tuple[int, int]) -> int:
                return sum(len(p) for k, p, _ in events[r[0]:r[1]] if k in ("text", "ref"))
            lo, hi = max(ranges, key=size)
            return lo, hi, True
    return 0, len(events), False


def _element(events: list[Event], i: int) -> tuple[int, int]:
    """Event range of the element whose start tag is ``events[i]``."""
    tag, level = events[i][1][0], 0
    for j in range(i, len(events)):
        kind, payload, _ = events[j]
        if kind == "start" and payload[0] == tag:
            level += 1
        elif kind == "end" and payload == tag:
            level -= 1
            if level == 0:
                return i, j + 1
    return i, len(events)


def _display_before(events: list[Event], lo: int, hi: int) -> list[Event]:
    """The headline (last <h1>) and standfirst-classed element that stand before the chosen
    article, as a page header often holds them: without them the most-read figures of the
    page would be lost. Nothing when the article holds its own <h1>."""
    starts = [i for i, (k, p, _) in enumerate(events[:hi]) if k == "start" and p[0] == "h1"]
    before = [i for i in starts if i < lo]
    if not before or len(before) < len(starts):
        return []
    a, b = _element(events, before[-1])
    if b > lo:
        return []
    out = events[a:b]
    for i in range(b, lo):
        kind, payload, _ = events[i]
        if kind == "start" and payload[0] not in VOID and _STANDFIRST_CLASS.search(
                f"{payload[1].get('class') or ''} {payload[1].get('id') or ''}"):
            c, d = _element(events, i)
            if d <= lo:
                out += events[c:d]
            break
    return out


def _page_meta(events: list[Event]) -> dict[str, str]:
    """Title, publisher, date and URL the page states in <title>, <meta> and <link>."""
    meta: dict[str, str] = {}
    in_title = False
    title: list[str] = []
    for kind, payload, _ in events:
        if kind == "start":
            tag, attrs = payload
            in_title = tag == "title"
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if tag == "meta" and key in _META_KEYS and attrs.get("content"):
                meta.setdefault(_META_KEYS[key], str(attrs["content"]).strip())
            canonical = (attrs.get("rel") or "").lower() == "canonical"
            if tag == "link" and canonical and attrs.get("href"):
                meta.setdefault("url", str(attrs["href"]))
        elif kind == "end":
            in_title = False
        elif in_title:
            title.append(payload)
    if "title" not in meta and "".join(title).strip():
        meta["title"] = " ".join("".join(title).split())
    if "date" in meta:
        m = re.match(r"\d{4}(-\d{2}(-\d{2})?)?", meta["date"])
        if m:
            meta["date"] = m.group()
        else:
            del meta["date"]
    return meta


def _trim(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    chunk = text[span[0]:span[1]]
    if not chunk.strip():
        return None
    lead = len(chunk) - len(chunk.lstrip())
    return span[0] + lead, span[0] + lead + len(chunk.strip())

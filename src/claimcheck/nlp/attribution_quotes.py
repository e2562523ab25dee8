"""Direct quotes across paragraphs, for the attribution component.

British news copy opens every paragraph of a long quote with a quotation mark and closes it
only on the last, and sometimes drops the opening mark of a middle paragraph; so a quote
"run" continues into the next paragraph while the last mark seen is an opener. Straight
double quotes are told apart by context (an opener follows a space or starts a line and
precedes a non-space); single quotes are left alone, since they mark scare quotes and
apostrophes far more often than speech. A title in quotation marks is no quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

#: the quotation marks read (single quotes are left alone: see above)
_MARKS = ('"', "“", "”")
#: a title in quotation marks ('the annual "Energy Transition Review"', 'its report "Growing Up
#: Short"'): two to twelve capitalised words (small words between), no speech
_TITLE = re.compile(r"[A-Z0-9][\w'’&-]*:?(?:\s+(?:[A-Z0-9][\w'’&-]*:?|of|for|and|the|a|an|in|on|to|at|by|with|or|from)){1,11}")


@dataclass
class QuoteRun:
    """A quote over one or more paragraphs: its quoted spans and the paragraphs it covers."""

    spans: list[tuple[int, int]] = field(default_factory=list)
    paras: list[int] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class Quotes:
    """All quote runs of a text with a bisect lookup from offset to run."""

    runs: list[QuoteRun]
    _starts: list[int] = field(default_factory=list)
    _spans: list[tuple[int, int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._spans = sorted((s, e, r) for r, run in enumerate(self.runs) for s, e in run.spans)
        self._starts = [s for s, _, _ in self._spans]

    def run_at(self, offset: int) -> int | None:
        """Index of the run whose quoted text holds ``offset``, if any."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0:
            s, e, r = self._spans[i]
            if s <= offset < e:
                return r
        return None

    def mask(self, text: str, start: int, end: int) -> str:
        """``text[start:end]`` with quoted characters blanked (offsets kept)."""
        # slices and runs of blanks, not a per-character loop: this runs for every cue sentence
        parts: list[str] = []
        pos = start
        i = max(0, bisect_right(self._starts, start) - 1)
        while i < len(self._spans) and self._spans[i][0] < end:
            s, e, _ = self._spans[i]
            a, b = max(s, start, pos), min(e, end)
            if b > a:
                parts.append(text[pos:a])
                parts.append(" " * (b - a))
                pos = b
            i += 1
        parts.append(text[pos:end])
        return "".join(parts)


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    if ch == "“":
        return True
    if ch == "”":
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{:—–-") and not after.isspace()


def _marks(text: str) -> list[int]:
    """Offsets of the marks in ``text``, in order: ``str.find`` per mark runs at C speed,
    where a regex class of them (non-ASCII characters) tests each character, ~8x slower."""
    found: list[int] = []
    for mark in _MARKS:
        i = text.find(mark)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1)
    found.sort()
    return found


def find_quotes(text: str, paras: list[tuple[int, int]]) -> Quotes:
    """Quote runs of ``text`` given its paragraphs (sorted (start, end) spans)."""
    runs: list[QuoteRun] = []
    current: QuoteRun | None = None
    # the marks of the whole text, handed out to paragraphs by bisect
    marks = _marks(text)
    for p, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        if current is not None:
            open_at = ps  # an unclosed quote carries into this paragraph
            current.paras.append(p)
        for k in range(bisect_left(marks, ps), bisect_left(marks, pe)):
            i = marks[k]
            if _is_opener(text, i):
                if open_at is None:
                    open_at = i + 1
                    if current is None:
                        current = QuoteRun(paras=[p])
                elif open_at == ps:
                    open_at = i + 1  # the paragraph's own opening mark of a continued quote
            elif open_at is not None and current is not None:
                if current.paras == [p] and not current.spans and _TITLE.fullmatch(text, open_at, i):
                    open_at, current = None, None  # a title names a source; nobody speaks it
                    continue
                current.spans.append((open_at, i))
                open_at = None
                current_closed = current
                runs.append(current_closed)
                current = None
        if open_at is not None and current is not None:
            current.spans.append((open_at, pe))
    if current is not None and current.spans:
        runs.append(current)
    return Quotes([r for r in runs if r.spans])


#: the specification of :func:`inverted`
_INVERTED = re.compile(r"[\"”][,.!?]?\s*$|[,!?][\"”]\s*$")


def inverted(left: str) -> bool:
    """``_INVERTED.search(left)``: a closing quote (and a stop) before the verb, then space.

    Asked for every speech verb; the pattern search tries every offset of the text before
    it, while the answer only depends on its last two non-space characters.
    """
    t = left.rstrip()
    return t[-1:] in ('"', "”") or (len(t) >= 2 and t[-1] in ",.!?" and t[-2] in '"”')


def touches(span: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    """Whether a sentence span overlaps one of a quote's spans."""
    return any(s < span[1] and span[0] < e for s, e in quoted)

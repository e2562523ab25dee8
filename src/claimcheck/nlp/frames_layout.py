"""Subjects that the page layout gives: a bullet's label and a table's row and column.

"- Cancellations: 1,640 on Tuesday" counts cancellations, and a table row
"| London | 32 | -24% |" under "| City | NO2 in 2024 | Change since 2019 |" gives 32 the
column's subject and time and the row's place. The readers blank list markers and pipes, so
a table row reaches the nlp pass as one line whose cells are set apart by runs of spaces
(or tabs, in plain text); its header is the first line of the run of such lines above it.
Both rules are tried only on their cue (a colon right before the figure; two spaces inside
the figure's sentence), so ordinary prose pays nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from claimcheck.nlp.frames_index import START, TEXT, DocIndex, Word
from claimcheck.nlp.frames_lexicon import lexicon
from claimcheck.nlp.frames_phrase import head_of, noun_phrase
from claimcheck.nlp.frames_scan import place_patterns
from claimcheck.nlp.frames_time import find_times
from claimcheck.nlp.frames_timehit import TimeHit

#: cells of a table row: runs of text between two or more spaces or a tab
_CELL = re.compile(r"[^\t ](?:[^\t ]| (?! ))*")
#: a label before a colon has at most this many words ('Share of the population above ...')
_MAX_LABEL = 10
#: characters no label holds: it is a sentence, not a label
_NOT_LABEL = frozenset(".,;!?\"“”")
#: list markers a plain-text bullet keeps ('- Courses closed: 1,120')
BULLETS = frozenset("-*•–·")
#: a year alone or ending a cell ('| 2024 | £138bn |', 'Share of residents 2021') dates it
_YEAR_END = re.compile(r"(?<![\w/-])(?:19|20)\d\d\Z")


def label_span(words: list[Word], qi: int) -> tuple[int, int] | None:
    """Words before a colon right before the figure, at the sentence's start (a bullet or a
    key-figures line) after any list marker: the label's [start, end) indexes, else None."""
    c = qi - 1
    s = 1 if words and words[0][TEXT] in BULLETS else 0
    if c - s < 1 or c - s > _MAX_LABEL or words[c][TEXT] != ":":
        return None
    if any(ch in _NOT_LABEL for w in words[s:c] if not w[TEXT][0].isdigit() for ch in w[TEXT]):
        return None  # 'PM2.5' may stand in a label, a full stop may not
    return s, c


@dataclass(frozen=True)
class Cell:
    """The row label's and the column header's character spans for a figure in a table."""

    label: tuple[int, int]
    header: tuple[int, int] | None
    header_sentence: int


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CELL.finditer(text, s, e)]


def _prose(text: str, cell: tuple[int, int]) -> bool:
    """Whether a 'cell' is a sentence: a liveblog's '**11:00** Analysis found that 61 per cent
    ...' reaches the nlp pass as '  11:00   Analysis ...', which is two runs of text, not a
    row, and a table's cell holding a figure is a few words."""
    return text.count(" ", *cell) >= _MAX_LABEL


def _adjacent(text: str, a_end: int, b_start: int) -> bool:
    """Whether two lines follow each other with nothing between (a blanked rule row at most)."""
    gap = text[a_end:b_start]
    return not gap.strip() and gap.count("\n") <= 2


def table_cell(ix: DocIndex, si: int, start: int, end: int) -> Cell | None:
    """Row label and column header of the figure at text[start:end] when sentence ``si`` is
    a table row (two or more cells, the figure inside one that is not the first)."""
    text = ix.text
    ss, se = ix.sents[si]
    row = _cells(text, ss, se)
    k = next((i for i, (a, b) in enumerate(row) if a <= start and end <= b), None)
    if len(row) < 2 or not k or text.count("\n", ss, se) or _prose(text, row[k]):
        return None
    first = si
    while first > 0:
        ps, pe = ix.sents[first - 1]
        if not _adjacent(text, pe, ix.sents[first][0]) or len(_cells(text, ps, pe)) < 2:
            break
        first -= 1
    header: tuple[int, int] | None = None
    if first < si:
        cells = _cells(text, *ix.sents[first])
        header = cells[k] if len(cells) == len(row) else None
    return Cell(row[0], header, first)


def span_words(words: list[Word], span: tuple[int, int]) -> tuple[int, int]:
    """Word indexes [s, e) of ``words`` inside the character ``span``."""
    idx = [i for i, w in enumerate(words) if span[0] <= w[START] < span[1]]
    return (idx[0], idx[-1] + 1) if idx else (0, 0)


def _cell_time(text: str, span: tuple[int, int]) -> TimeHit | None:
    """The time a cell names: '2023/24', 'NO2 in 2024', or a year alone or ending a header
    ('2024', 'Share of residents 2021')."""
    a, b = span
    hits = find_times(text, a, b)
    if hits:
        return hits[0]
    last = _YEAR_END.search(text, a, b)
    if last is None:
        return None
    y = int(last.group())
    return TimeHit(last.group(), last.start(), last.end(), date(y, 1, 1), date(y, 12, 31))


def _cell_subject(ix: DocIndex, si: int, span: tuple[int, int]) -> tuple[str, str | None]:
    """A cell's text as the subject, its noun phrase's head as the head."""
    words = ix.words(si)
    s, e = span_words(words, span)
    hs, he = noun_phrase(words, s, lexicon()) if e > s else (s, s)
    cell = ix.text[span[0]:span[1]]
    if he > hs:
        return cell, head_of(words, hs, min(he, e), lexicon())
    return cell, cell.split()[0].lower()  # 'NO2 in 2024': a formula or code names it


def _names_a_thing(ix: DocIndex, si: int, span: tuple[int, int]) -> bool:
    """Whether a row label opens with a noun phrase ('Assaults per 1,000'; not 'Under 18')."""
    words = ix.words(si)
    s, e = span_words(words, span)
    hs, he = noun_phrase(words, s, lexicon(), skip_determiners=False) if e > s else (s, s)
    return hs == s and he > hs


def table_frame(ix: DocIndex, si: int, cell: Cell, frame: tuple[str | None, str | None, TimeHit | None, str | None]
                ) -> tuple[str | None, str | None, TimeHit | None, str | None]:
    """(subject, head, time, place) of a figure in a table: the row label is the subject
    unless it is a time, a place or no noun phrase ('2024', 'Under 18'), which then date or place the row and leave the
    subject to the column header; a time in the header ('NO2 in 2024') dates the column, and a
    header that names a place ('| Measure | England and Wales | Leeds |') places it."""
    text = ix.text
    subject, head, time, place = frame
    label = text[cell.label[0]:cell.label[1]]
    label_time = _cell_time(text, cell.label)
    places = place_patterns()[0]
    named = places.search(label)
    header_time = _cell_time(text, cell.header) if cell.header else None
    header_place = places.search(text, *cell.header) if cell.header else None
    if label_time is None and named is None and _names_a_thing(ix, si, cell.label):
        subject, head = _cell_subject(ix, si, cell.label)
    elif cell.header is not None:
        subject, head = _cell_subject(ix, cell.header_sentence, cell.header)
    where = named or header_place
    return subject, head, label_time or header_time or time, where.group() if where else place

"""Claim frames (factory ``claimcheck_frames``): subject, time, place and change per figure.

For every claim quantity in ``Doc._.quantities`` the component writes a :class:`Frame` into
``Doc._.frames`` keyed by the quantity's start offset. It works sentence by sentence from the
shared :mod:`~claimcheck.nlp.frames_index` (words cut once per sentence, time and place
matches once per sentence), so the cost grows with the number of figures, not the doc size.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import Any, Literal

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.models import Change, Quantity
from claimcheck.nlp.frames_asides import more_of_the_same, respondent_share, surveyed
from claimcheck.nlp.frames_data import load_data
from claimcheck.nlp.frames_index import LOW, START, DocIndex, Word, doc_index
from claimcheck.nlp.frames_layout import table_cell, table_frame
from claimcheck.nlp.frames_lexicon import SubjectLexicon, lexicon
from claimcheck.nlp.frames_links import (
    compared,
    compared_only,
    comparison_time,
    event_time,
    looks_ahead,
    said_between,
    statement_time,
)
from claimcheck.nlp.frames_opening import clause_opening, points_back
from claimcheck.nlp.frames_scan import figure_regions, place_patterns, scan
from claimcheck.nlp.frames_subject import is_rate, subject_of
from claimcheck.nlp.frames_timehit import TimeHit, fits_period

for _name, _default in (("quantities", None), ("frames", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

_start = itemgetter(START)
_by_start = attrgetter("start")
_SEP = re.compile(r"[,;:()–—]|\s-\s|\b(?:and|while|whereas|but)\b")
#: a "same period" phrase inherits from a figure at most this many paragraphs back
_SAME_PERIOD_REACH = 2
#: how many paragraphs after a survey's 'of 2,014 adults' a share of those asked may stand
_ASKED_REACH = 6
#: from one figure's end to the next one's start in a list: its noun (two words at most), then
#: a comma, 'and', 'or', or a change's 'to', or its 'from' with no comma before ('picked up to
#: 3.7%, from 2.5% in May': the month dates the old level alone)
_LIST_STEP = re.compile(r"(?:\s+[\w'’-]+){0,2}?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*,?\s+to\s+|\s+from\s+)")
#: between two figures of one quantity (a restatement or a comparison's other end), so the
#: second takes the first's whole subject: '0.4%, or 4.0% on a year earlier', '39.2p, up from 36.4p'
_SAME_QUANTITY = re.compile(r"[\s,]*(?:or|up from|down from|from|compared with|compared to|against|than)"
                            r"(?:\s+(?:about|around|some|nearly|almost|just))?\s*\Z", re.IGNORECASE)
#: how far a comparison link reaches: 'a third fewer than in 2019', 'up from 980 in March'
_LINK_REACH = 40


@dataclass
class Frame:
    """What a figure is about; ``time`` may still hold a relative span (see frames_time)."""

    subject: str | None = None
    subject_head: str | None = None
    time: TimeHit | None = None
    place: str | None = None
    change: Change | None = None
    sentence: tuple[int, int] = (0, 0)
    paragraph: int = 0


@lru_cache(maxsize=1)
def _decrease_words() -> frozenset[str]:
    return frozenset(load_data("frames_subject.yaml")["decrease_words"])


def claim_quantities(doc: Doc) -> list[Quantity]:
    """The doc's claim quantities in text order ([] before the number grammar has run)."""
    qs = doc._.quantities or []
    return sorted((q for q in qs if q.is_claim), key=_by_start)


def _separated(text: str, a: int, b: int, skip: tuple[int, int]) -> bool:
    """Whether a clause separator lies in text[a:b] outside the ``skip`` span."""
    for m in _SEP.finditer(text, a, b):
        if not (skip[0] <= m.start() < skip[1]):
            return True
    return False


def _blocked(starts: list[int], own: int, a: int, b: int) -> bool:
    """Whether a figure other than the one starting at ``own`` starts in [a, b) (``starts``
    sorted: two bisections instead of a pass over every figure of the doc)."""
    i, j = bisect_left(starts, a), bisect_left(starts, b)
    return i < j and (starts[i] != own or starts[j - 1] != own)


def _listed(text: str, starts: list[int], ends: list[int], own: int, a: int, b: int) -> bool:
    """Whether the figures starting in [a, b) stand in one list with the figure starting at
    ``own`` ('24 million illnesses, 310,000 hospitalizations and 13,000 deaths', 'rose 9 cents,
    or 0.3%, to $35.62'): a list's figures share the time it is given."""
    members = sorted({*range(bisect_left(starts, a), bisect_left(starts, b)), bisect_left(starts, own)})
    return all(y == x + 1 and _LIST_STEP.fullmatch(text, ends[x], starts[y]) is not None
               for x, y in pairwise(members))


#: a comma, then a time that closes its sentence: 'from $471m, or 76 cents, a year earlier.'
_COMMA_ONLY = re.compile(r"\s*,\s*")
_CLOSES = re.compile(r"\s*(?:[.!?\"”’)]|$)")


def _closing(text: str, ends: list[int], hs: int, he: int) -> bool:
    """Whether the time at [hs, he) follows the figure ending last before it with only a comma
    between and ends its sentence: it dates that figure (and a list it closes), not a clause
    of its own."""
    k = bisect_left(ends, hs + 1) - 1
    return k >= 0 and _COMMA_ONLY.fullmatch(text, ends[k], hs) is not None and _CLOSES.match(text, he) is not None


def _pick(text: str, spans: list[Any], q: Quantity, starts: list[int], ends: list[int],
          start_of: Any, end_of: Any, datable: Any) -> Any:
    """The time or place a figure takes from its sentence.

    Nearest span in the figure's clause; else the nearest datable one before it, else after
    it; a span is out of reach when another figure (``starts``/``ends``: every figure's
    offsets, sorted) lies between (that figure owns it), unless the figures between stand in
    one list with this one.
    """
    if not spans:
        return None
    own = _new_level_end(q)
    if own:  # '2.1% in March from 2.6%': a span between the new level and 'from' is its own
        inside = [h for h in spans if q.start < start_of(h) and end_of(h) <= own]
        if inside:
            return inside[0]
    same: list[tuple[int, Any]] = []
    before: list[tuple[int, Any]] = []
    after: list[tuple[int, Any]] = []
    for h in spans:
        hs, he = start_of(h), end_of(h)
        if hs < q.end and he > q.start:
            continue
        a, b = (he, q.start) if he <= q.start else (q.end, hs)
        if _blocked(starts, q.start, a, b) and not _listed(text, starts, ends, q.start, a, b):
            continue
        if not _separated(text, a, b, (hs, he)) or (hs >= q.end and _closing(text, ends, hs, he)):
            same.append((b - a, h))
        elif datable(h):
            (before if he <= q.start else after).append((b - a, h))
    for group in (same, before, after):
        if group:
            return min(group, key=lambda x: x[0])[1]
    return None


def _word_span(words: list[Word], q: Quantity) -> tuple[int, int]:
    qi = bisect_left(words, q.start, key=_start)
    qe = bisect_left(words, q.end, key=_start)
    return qi, max(qe, qi)


def _change_of(q: Quantity, words: list[Word], qi: int) -> Change | None:
    """Complete a change whose verb sits before the figure ("has increased by almost 9%")."""
    if q.change is not None:
        return None
    lex = lexicon()
    j = qi - 1
    while j >= 0 and qi - j <= 5 and words[j][LOW] in ("by", "more", "than", "almost", "nearly",
                                                         "around", "about", "over", "some", "just"):
        j -= 1
    if j < 0 or words[j][LOW] not in lex.change_verbs or words[j + 1][LOW] != "by":
        return None
    direction: Literal["increase", "decrease"] = "decrease" if words[j][LOW] in _decrease_words() else "increase"
    unit = "%" if q.kind == "percent" else ("percentage points" if q.unit == "percentage points" else None)
    return Change(direction=direction, by=q.interval, by_unit=unit)


def _never(h: TimeHit) -> bool:
    return False


def _target_before(text: str, start: int) -> bool:
    """'the Scottish Government target of 95%': a figure a target sets."""
    return _target_of().search(text, max(0, start - 24), start) is not None


@lru_cache(maxsize=1)
def _target_of() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(load_data('frames_time.yaml')['target_nouns'])})\s+of\s+$", re.IGNORECASE)


def _datable(h: TimeHit) -> bool:
    """A time a figure may take from another clause: not 'a year earlier', which dates its
    own clause's (compared) figure."""
    return bool(h.start or h.end or h.relative or (h.same_period and not h.shift_years))


def _new_level_end(q: Quantity) -> int:
    """Where the new level's part of a change ends when the figure closes on its old level
    ('2.1% in March from 2.6%': the offset of ' from'), else 0."""
    if q.change is None or q.change.from_value is None:
        return 0
    k = q.surface.rfind(" from ")
    return q.start + k if k > 0 and " to " not in q.surface[k:] else 0


def _own_times(text: str, q: Quantity, hits: list[TimeHit]) -> list[TimeHit]:
    """The sentence's times less those that date what ``q`` is compared with: after a
    'than' or 'up from' between the figure and the time ('a third fewer than in 2019'), or
    inside the figure ('1,450, up from 980 in March'), and a year-earlier phrase after 'on'
    ('down 3.9% on a year earlier')."""
    if not hits:
        return hits
    digit = next((k for k, ch in enumerate(q.surface) if ch.isdigit()), len(q.surface))
    inside = compared(q.surface, digit, len(q.surface))  # after its number: not 'more than 50'

    out = []
    for h in hits:
        if said_between(text, h, q.start):
            continue
        if event_time(text, h) and _separated(text, min(h.end_char, q.end), max(h.start_char, q.start),
                                              (h.start_char, h.end_char)):  # the rare test first
            continue  # 'was founded in 1968 and works with around 250 projects'

        gap = h.start_char - q.end
        if 0 <= gap <= _LINK_REACH and (
                (inside and gap <= 2) or compared(text, q.end, h.start_char, base=h.shift_years != 0)):
            continue
        out.append(h)
    return out


def frame_doc(doc: Doc) -> dict[int, Frame]:
    """Frames for every claim quantity of ``doc``, keyed by quantity start."""
    ix: DocIndex = doc_index(doc)
    text = ix.text
    _, _, per_places = place_patterns()
    frames: dict[int, Frame] = {}
    lex = lexicon()
    times_cache: dict[int, list[TimeHit]] = {}
    places_cache: dict[int, list[tuple[int, int, str]]] = {}
    last_time: tuple[int, TimeHit] | None = None
    last_subject: tuple[int, str | None, str] | None = None  # paragraph, phrase, head
    asked: tuple[int, str | None, str] | None = None  # the last group a survey asked, likewise
    prev: tuple[int, str | None, str | None, int] = (-1, None, None, 0)  # sentence, head, subject, end
    quantities = claim_quantities(doc)
    if not quantities:
        return frames
    starts = [q.start for q in quantities]  # sorted: claim_quantities orders by start
    ends = [q.end for q in quantities]
    sent_of = [ix.sent_of(q.start) for q in quantities]  # each figure's sentence
    # scan only the sentences that hold figures (without sentences: the whole text)
    low = ix.low
    if ix.sents and ix.paras:
        regions = figure_regions(ix, sorted(set(sent_of)), text, low)
    else:
        regions = [(0, len(text), len(text))]
    all_times, para_places, para_scopes = scan(text, low, regions)
    for q, si in zip(quantities, sent_of):
        ss, se = ix.sents[si] if ix.sents else (0, len(text))
        words = ix.words(si) if ix.sents else []
        qi, qe = _word_span(words, q)
        prev_head = prev[1] if prev[0] == si else None
        rate = is_rate(words, qi, qe, q.kind.value, q.per)
        if si not in times_cache:
            times_cache[si] = [h for h in all_times if ss <= h.start_char < se
                               and not comparison_time(text, h) and not statement_time(text, h)
                               and not compared_only(text, h)]
        opening = clause_opening(words, qi)  # rule 6 and points_back read it
        subject, head = subject_of(words, qi, qe, q.kind.value, text, prev_head, rate,
                                   [h.start_char for h in times_cache[si]], opening)
        if subject is None and head is not None and head == prev_head and _SAME_QUANTITY.match(text, prev[3], q.start):
            subject = prev[2]  # the same quantity again: 'rose 0.4%, or 4.0% on a year earlier', 'up from 980'

        para = ix.sent_para[si] if ix.sents else 0
        # 'The figures show 926 households ...': a figure with its own noun restates nothing
        own_noun = subject is not None and qe < len(words) and subject.lower().startswith(words[qe][LOW])
        if (head is not None and head in lex.back_references and _bare(subject, lex)) or (
                words and not own_noun and points_back(words, qi, opening)) or (
                head is None and more_of_the_same(words, qi)):
            if last_subject is not None and para - last_subject[0] <= 1:
                subject, head = last_subject[1], last_subject[2]  # 'that figure fell by 80%'
        elif head is not None:
            last_subject = (para, subject, head)
        if head is not None and surveyed(words, qi, qe, q.kind.value):
            asked = (para, subject, head)  # 'a poll of 2,014 adults'
        elif head is None and asked is not None and para - asked[0] <= _ASKED_REACH \
                and respondent_share(words, qe, q.kind.value):
            subject, head = asked[1], asked[2]  # 'Nearly half (48%) said ...': of those asked
        prev = (si, head, subject, q.end)
        time = _pick(text, _own_times(text, q, times_cache[si]), q, starts, ends, lambda h: h.start_char,
                     lambda h: h.end_char, _never if _target_before(text, q.start) else _datable)
        if time is not None and (time.month is not None or time.weekday is not None) and looks_ahead(text, ss, max(time.start_char, q.end)):
            time = replace(time, ahead=True)  # 'a cut is expected in November'
        if time is not None and time.same_period:
            time = _inherit(time, last_time, para)
        elif time is not None and (time.start or time.end or time.relative) \
                and not compared(text, max(ss, q.start - _LINK_REACH // 2), q.start):
            last_time = (para, time)  # not a compared figure's: 'up from 389 million in Q3 2023'
        if si not in places_cache:
            # named places first, then scope words: the order the pick falls back on
            places_cache[si] = [h for h in para_places if ss <= h[0] < se] + \
                [h for h in para_scopes if ss <= h[0] < se]
        place = None
        if q.per and q.per.lower() in per_places:
            place = f"per {q.per}"
        else:
            own = [h for h in places_cache[si]  # not 'compared with 26.2% across England'
                   if not (q.end <= h[0] <= q.end + 2 * _LINK_REACH and compared(text, q.end, h[0]))]
            hit = _pick(text, own, q, starts, ends, lambda h: h[0], lambda h: h[1], lambda h: True)
            if hit is None and own:
                hit = own[0]
            place = hit[2] if hit else None
        if ix.sents and text.find("  ", ss, se) >= 0:  # cells of a table row are set apart by spaces
            cell = table_cell(ix, si, q.start, q.end)
            if cell is not None:
                subject, head, time, place = table_frame(ix, si, cell, (subject, head, time, place))
        frames[q.start] = Frame(subject, head, time, place, _change_of(q, words, qi), (ss, se), para)
    return frames


def _bare(subject: str | None, lex: SubjectLexicon) -> bool:
    """Whether a subject phrase is one word after determiners ('the figure', 'that figure')."""
    words = (subject or "").lower().split()
    return len([w for w in words if w not in lex.determiners]) <= 1


def _inherit(own: TimeHit, last: tuple[int, TimeHit] | None, para: int) -> TimeHit:
    """"over the same period" takes the period of the figure before it, nearby; "a year
    earlier" that period a year back, under its own words."""
    if last is None or para - last[0] > _SAME_PERIOD_REACH or not fits_period(own, last[1]):
        return own
    if own.shift_years:
        return replace(last[1], text=own.text, start_char=own.start_char, end_char=own.end_char,
                       shift_years=last[1].shift_years + own.shift_years)
    return replace(last[1], start_char=own.start_char, end_char=own.end_char)


@Language.component("claimcheck_frames")
def claimcheck_frames(doc: Doc) -> Doc:
    """Pipeline component: see the module docstring."""
    doc._.frames = frame_doc(doc)
    return doc

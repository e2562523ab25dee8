"""Which of a sentence's times are a figure's own, and which date something else.

A time after a superlative's "since" ("the highest since 2008"), after a statement verb ("Ofcom
said on Thursday"), or after a comparison link ("a third fewer than in 2019", "down 3.9% on a
year earlier") dates the comparison or the statement; a sentence that looks ahead ("a cut is
expected in November") makes a month or weekday the next one. Cue words are data
(``frames_time.yaml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.nlp.frames_data import alternation, load_data
from claimcheck.nlp.frames_timehit import TimeHit

_DAYS = (("day", 0), ("day", -1))
_WEEKS = (("week", 0), ("week", -1))
#: how far before a time a comparison link is looked for
_LINK_BEFORE = 30


@lru_cache(maxsize=8)  # one entry per (list, tail) pair asked for: a miss rebuilds the pattern
def _cues(key: str, tail: str = "") -> re.Pattern[str]:
    """A data file's cue list as one case-insensitive whole-word pattern."""
    return re.compile(rf"\b(?:{alternation(load_data('frames_time.yaml')[key])})\b{tail}", re.IGNORECASE)


def looks_ahead(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a sentence up to a month) speaks of the future."""
    return _cues("future_cues").search(text, start, end) is not None


@lru_cache(maxsize=1)
def _links() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Comparison links ('than', 'up from'), the same or a change's base ('on'), and a
    statement verb ending a stretch of text (not after a passive auxiliary)."""
    d = load_data("frames_time.yaml")
    compare = alternation(d["comparison_links"])
    said = (rf"(?:\b(?P<aux>{alternation(d['passive_auxiliaries'])})\s+)?"
            rf"\b(?:{alternation(d['statement_verbs'])})"
            rf"(?:\s+(?:the\s+)?(?-i:[A-Z])[\w'’]*)?\s+\Z")  # 'told MPs yesterday', 'told the BBC on Monday'
    return (re.compile(rf"\b(?:{compare})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{compare}|{alternation(d['change_base_links'])})\b", re.IGNORECASE),
            re.compile(said, re.IGNORECASE))


def compared(text: str, start: int, end: int, *, base: bool = False) -> bool:
    """Whether text[start:end] holds a comparison link (with ``base``, a change's 'on' too)."""
    return _links()[1 if base else 0].search(text, start, end) is not None


def compared_only(text: str, hit: TimeHit) -> bool:
    """'4.6% below their level than in November last year', 'about 3% less than last year':
    a time right after a comparison link, with no figure between, dates only the comparison."""
    start = max(0, hit.start_char - _LINK_BEFORE)
    last = None
    for last in _links()[0].finditer(text, start, hit.start_char):
        pass
    return last is not None and not any(ch.isdigit() for ch in text[last.end():hit.start_char])


def _day_or_month(hit: TimeHit) -> bool:
    """A day or a month named alone: the grain at which a time dates a statement (a year,
    'the NAO said last year the plan ...', or a quarter, 'reported Q3 revenue', is the figure's)."""
    return hit.weekday is not None or hit.calendar in _DAYS or (
        hit.month is not None and hit.span_months == 1 and hit.calendar is None)


def _recent(hit: TimeHit) -> bool:
    """'last week', 'this week', 'last month': right after a verb of publishing ('analysis
    published last month found ...') these date the publication too."""
    return hit.calendar in _WEEKS or (hit.months_back is not None and hit.span_months == 1
                                      and hit.calendar is None)


def statement_time(text: str, hit: TimeHit) -> bool:
    """'Ofcom said on Thursday', 'figures published on Thursday', 'told MPs yesterday': when
    it was said."""
    if not (_day_or_month(hit) or _recent(hit)):
        return False
    m = _links()[2].search(text, max(0, hit.start_char - 40), hit.start_char)
    return m is not None and m.group("aux") is None


def said_between(text: str, hit: TimeHit, start: int) -> bool:
    """'A report to be discussed on Monday says 312 households ...': a day before a verb of
    saying that stands between it and the figure at ``start`` dates the saying."""
    return _day_or_month(hit) and hit.end_char <= start and \
        _says().search(text, hit.end_char, start) is not None


@lru_cache(maxsize=1)
def _says() -> re.Pattern[str]:
    d = load_data("frames_time.yaml")
    return re.compile(rf"\b(?:{alternation([*d['statement_verbs'], *d['present_statement_verbs']])})\b",
                      re.IGNORECASE)


def event_time(text: str, hit: TimeHit) -> bool:
    """'founded in 1968', 'became chief in March 2022', 'starting January 1, 2026': a time
    right after a verb of a one-off event (and at most two words of its object) dates the event."""
    return _cues("event_verbs", r"(?:\s+[a-z][\w-]*){0,2}\s+$").search(
        text, max(0, hit.start_char - 40), hit.start_char) is not None


def comparison_time(text: str, hit: TimeHit) -> bool:
    """'the highest since 2008': a 'since' time after a superlative or 'not met', or the year
    records began, is what the figure is compared with, not when it holds."""
    if _RECORDS_BEGAN.search(text, max(0, hit.start_char - 24), hit.start_char):
        return True  # 'their lowest level since records began in 1996'
    return hit.text.lower().startswith("since") and bool(
        _cues("comparison_cues", r"[^.;:]{0,30}$").search(text, max(0, hit.start_char - 40), hit.start_char))


_RECORDS_BEGAN = re.compile(r"\brecords\s+(?:began|started|begin)\s+$", re.IGNORECASE)

"""Whether two figures speak of one quantity: the subject tests and the one gate.

Why a module of its own: ``comparable`` is the gate every consistency rule passes through
(unit family, subject, time, place), and the subject tests behind it (a shared record, a
restatement, subjects and clauses that read alike, enough words to say what is counted) are
where a corpus of unrelated stories is kept from being set against itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.checks.compare import (
    CROSS_ARTICLE_SCORE,
    SAME_ARTICLE_SCORE,
    Fig,
    _office_norm,
    subject_tokens,
    times_compatible,
)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str
    score: float = 0.0


def same_subject(a: Fig, b: Fig) -> float:
    """0–100: 100 for a shared record; 0 when two precise records or the heads disagree;
    else how alike the subjects read. A vague figure's record (the registry keeps "hundreds"
    as its own entry so it links to its speaker) does not make it a different subject."""
    if a.record_ids and b.record_ids:
        if a.record_ids & b.record_ids:
            return 100.0
        if a.precise_record and b.precise_record:
            return 0.0
    if restated(a, b):
        return 100.0
    return subject_score(a, b)


#: between a figure and its restatement in other terms ('every 49 seconds, or 1,763 a day')
_RESTATING = re.compile(r"^\s*(?:,\s*)?(?:or|i\.e\.|that is|equivalent to|the equivalent of|which is)\s+"
                        r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)


#: periods a change may be measured over: after the second figure, one of these gives it a
#: base of its own ('rose 0.4%, or 4.0% from a year earlier': a month's and a year's change)
CHANGE_BASES = ("a year earlier", "a year ago", "a year before", "the year before", "last year",
                "the previous year", "the same month", "the same period", "the same quarter",
                "year on year", "year-on-year", "on the year", "over the year", "annually",
                "on an annual basis", "in the past year", "over the past year", "in the year")
_OWN_BASE = re.compile(rf"\s*(?:(?:from|on|than|compared with|against|over)\s+)?"
                       rf"(?:{'|'.join(re.escape(b) for b in CHANGE_BASES)})\b", re.IGNORECASE)


def restated(a: Fig, b: Fig) -> bool:
    """Whether one figure restates the other in the same sentence ('X, or Y'): one quantity;
    not when the second is measured against a base of its own ('0.4%, or 4.0% from a year
    earlier')."""
    if a.claim.path != b.claim.path or a.claim.sentence != b.claim.sentence:
        return False
    first, second = sorted((a.claim.quantity, b.claim.quantity), key=lambda q: q.start)
    text = a.claim.sentence
    i, j = text.find(first.surface), text.find(second.surface)
    return 0 <= i < j and bool(_RESTATING.match(text[i + len(first.surface):j])) \
        and not _OWN_BASE.match(text, j + len(second.surface))


#: Where a figure's clause ends: punctuation, the next figure, or a conjunction.
CLAUSE_END = r"[,;:.()\u2013\u2014]|\d|\b(?:but|while|and|although|whereas|which)\b"


def clause_text(f: Fig) -> str:
    """The subject with the rest of its clause: the nlp subject of "15,800 babies under the
    age of one year considered ... to be vulnerable" stops at "year", and a vague word's
    subject ("vulnerable young children are at risk of harm") needs its predicate too."""
    c = f.claim
    return _clause(c.sentence, c.subject or "", c.quantity.surface)


@lru_cache(maxsize=65536)
def _clause(s: str, subj: str, surface: str) -> str:
    at = max(s.find(surface), 0)
    j = s.find(subj, at) if subj else -1
    start = j + len(subj) if j >= 0 else at + len(surface)
    return f"{subj} {re.split(CLAUSE_END, s[start:], maxsplit=1)[0]}"


def subject_score(a: Fig, b: Fig) -> float:
    """How alike two subjects read, 0 when their heads disagree (records not consulted:
    a change and its endpoints are different records about one subject).

    A bare head ('stores', 'members', 'homes') says what is counted but not which: '90
    stores will close' and '40 stores were refurbished' share it. Where either subject is
    one word, the clauses must read alike too, so the predicate can tell them apart (it
    never makes two subjects more alike than they read)."""
    if a.head and b.head and a.head != b.head:
        return 0.0
    ta, tb = subject_tokens(a.subject), subject_tokens(b.subject)
    score = similarity(ta, tb)
    if score and (len(ta.split()) <= 1 or len(tb.split()) <= 1):
        score = min(score, similarity(subject_tokens(clause_text(a)), subject_tokens(clause_text(b))))
    return score


#: content words a subject (with its clause) needs before two speakers' or outlets' figures
#: can be held to be one statistic: 'calls answered late' can, 'people died' and 'passengers'
#: name too little to say that two texts count the same thing
SPECIFIC_WORDS = 3


def specific(f: Fig) -> bool:
    """Whether the figure says enough of what it counts to be matched with no shared record."""
    return _words(f.subject) >= SPECIFIC_WORDS or _words(clause_text(f)) >= SPECIFIC_WORDS


@lru_cache(maxsize=65536)
def _words(text: str) -> int:
    return len(subject_tokens(text).split())


#: words that make a figure an increment on some level, not the level itself: '14 more
#: charts' (after the figure), 'a further 640 babies', 'another 2,000 jobs' (before it)
INCREMENT_AFTER = ("more", "fewer", "less", "extra", "additional", "further", "new")
INCREMENT_BEFORE = ("a further", "another", "an extra", "an additional")
_INCREMENT_AFTER = re.compile(rf"\s+(?:{'|'.join(INCREMENT_AFTER)})\b", re.IGNORECASE)
_INCREMENT_BEFORE = re.compile(rf"\b(?:{'|'.join(INCREMENT_BEFORE)})\s*$", re.IGNORECASE)


def increment(f: Fig) -> bool:
    """Whether the figure counts an addition ('14 more charts') rather than a level."""
    return _increment(f.claim.sentence, f.claim.quantity.surface)


@lru_cache(maxsize=65536)
def _increment(s: str, surface: str) -> bool:
    i = s.find(surface)
    return i >= 0 and bool(_INCREMENT_AFTER.match(s, i + len(surface)) or _INCREMENT_BEFORE.search(s, 0, i))


def one_statistic(a: Fig, b: Fig) -> bool:
    """Whether two precise figures may be one statistic given twice, before their subjects
    are compared: a shared record says so; else both must be specific, and two figures of
    one sentence must restate each other ('every 49 seconds, or 1,763 a day'), since a
    sentence that gives two values for one thing is giving parts, ends or a comparison
    ('two of the five frigates', '42.4m 41.2m' in a table row); and an addition ('14 more
    charts') is never the level it adds to."""
    if a.record_ids & b.record_ids:
        return True
    if increment(a) != increment(b):
        return False  # 'five charts' and '14 more charts' are a level and an addition
    if a.claim.path == b.claim.path and a.claim.sentence == b.claim.sentence:
        return restated(a, b)
    if not (a.claim.subject and b.claim.subject):
        return False  # a figure that does not say what it counts cannot be matched to another
    return specific(a) and specific(b) and not narrowed(a, b)


def narrowed(a: Fig, b: Fig) -> bool:
    """Whether the subjects name different parts of a population: one adds words the other
    lacks ('households in temporary accommodation in Harlow' against 'households in temporary
    accommodation', 'applications for postgraduate courses' against 'applications'), or each
    qualifies the head its own way ('food price inflation', 'shop price inflation'). Such
    figures differ because they count different things, not because one of them is wrong."""
    ta, tb = set(subject_tokens(a.subject).split()), set(subject_tokens(b.subject).split())
    return bool(ta) and bool(tb) and ta != tb


def similarity(ta: str, tb: str) -> float:
    # token_set_ratio alone scores a bare head ('babies') 100 against any longer subject
    return (fuzz.token_set_ratio(ta, tb) + fuzz.token_sort_ratio(ta, tb)) / 2


def comparable(a: Fig, b: Fig, min_score: float | None = None,
               score: float | None = None) -> Verdict:
    """Whether a and b speak of the same quantity: unit family, subject, time and place.

    ``score`` replaces the subject similarity when the caller reads subjects another way
    (a vague word's terse subject is weighed with its clause, see ``consistency.vague_score``).
    """
    if a.id == b.id:
        return Verdict(False, "same claim")
    if a.family != b.family:
        return Verdict(False, f"different units ({a.family} vs {b.family})")
    same_article = a.claim.path == b.claim.path
    score = same_subject(a, b) if score is None else score
    need = min_score if min_score is not None else (
        SAME_ARTICLE_SCORE if same_article else CROSS_ARTICLE_SCORE)
    if score < need:
        return Verdict(False, f"different subjects (similarity {score:.0f})", score)
    if not same_article and score < 100 and not (a.head and a.head == b.head):
        return Verdict(False, "across articles the subject heads must agree", score)
    ok, why = times_compatible(a.when, b.when, same_article)
    if not ok:
        return Verdict(False, why, score)
    pa, pb = (_office_norm(x.claim.place or "") for x in (a, b))
    if pa and pb and pa != pb and pa not in pb and pb not in pa:
        return Verdict(False, f"different places ({a.claim.place} vs {b.claim.place})", score)
    return Verdict(True, "", score)

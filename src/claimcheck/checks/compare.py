"""When two figures can be compared at all, and who stands behind them.

Why: the consistency rules are only as good as their refusals. "almost 9%" of referrals and
"124 per cent" more inquiries, "£200 billion" and "£200 million", "390,000 at any one time"
and "750,000 in any year", a rise "between 2010/11 and 2015/16" and one "over the past
decade" must never be set against each other. This module reads each claim into a ``Fig``
(normalised interval, unit family, subject words, time, offices) and says when two times
are compatible; ``identity.comparable`` is the one gate every rule passes through.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache

from claimcheck.checks.base import CheckContext
from claimcheck.checks.offices import (  # noqa: F401  (re-exported: the rules import them here)
    _office_norm,
    key_match,
    office_keys,
    same_office,
)
from claimcheck.checks.semantics import as_fraction, family, interval_of, rate_per_day
from claimcheck.models import PERIOD_SECONDS, Claim, Interval, Kind

#: Kinds that are figures at all; the rest (dates, ages, labels) never compare.
FIGURE_KINDS = frozenset({Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.RATE, Kind.RATIO,
                          Kind.CHANGE, Kind.RANGE, Kind.VAGUE})
#: Ordinals are positions, not amounts ('a first choice', 'the 3rd time'); the number grammar
#: should not make them claims, and if it does they never compare.
ORDINALS = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                      r"|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)
#: Subject heads that name the same population; a head outside every group matches itself.
#: Babies are not children here: "19,640 babies in need" must not meet "390,000 children in need".
HEAD_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"baby", "infant", "newborn", "young child", "toddler"}),
    frozenset({"child", "youngster", "kid", "minor"}),
    frozenset({"family", "household"}),
)
#: Words that carry no subject meaning for similarity.
STOP = frozenset(
    ["the", "a", "an", "of", "to", "in", "on", "for", "by", "and", "or", "as", "at", "with", "number", "numbers", "that", "who", "which", "were", "was", "are", "is", "be", "being", "been", "their", "these", "those", "this", "its", "it", "from", "than", "more", "most", "there", "some", "any", "such", "has", "have", "had", "still", "also", "up", "out", "about", "around", "estimated", "each", "every", "per", "average", "day", "week", "month", "year", "daily", "weekly"]
)
#: Cues after a figure that say whether it is a snapshot or a flow over a period.
ASPECT_CUES: dict[str, str] = {
    "at any one time": "stock", "at any time": "stock", "at any given time": "stock",
    "on any given day": "stock", "at a time": "stock", "at one time": "stock",
    "in any year": "flow", "each year": "flow", "every year": "flow", "a year": "flow",
    "over the year": "flow", "during the year": "flow", "in a year": "flow", "per year": "flow",
}
#: Time phrases that point back to the previous figure's period.
SAME_PERIOD_CUES = ("same period", "same time", "same years", "that period", "the same decade")
SAME_ARTICLE_SCORE = 70.0
CROSS_ARTICLE_SCORE = 75.0
NEAR_DAYS = 400


def _norm_words(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("'s ", " ").replace("s' ", "s ")
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text)


def singular(word: str) -> str:
    irregular = {"children": "child", "people": "person", "babies": "baby", "women": "woman",
                 "men": "man", "families": "family", "kids": "kid", "youngsters": "youngster"}
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _group_of(key: str) -> str | None:
    return next((f"group{n}" for n, g in enumerate(HEAD_GROUPS) if key in g), None)


@lru_cache(maxsize=4096)
def subject_tokens(text: str) -> str:
    """Content words, singular, sorted, population nouns as their group ('young children'
    and 'babies' both become one token): the form subjects are compared in."""
    words = [singular(w) for w in _norm_words(text)]
    out: set[str] = set()
    for i, w in enumerate(words):
        phrase = _group_of(f"{words[i - 1]} {w}") if i else None
        if phrase:
            out.discard(words[i - 1])
        group = phrase or _group_of(w)
        if w not in STOP:
            out.add(group or w)
    return " ".join(sorted(out))


def head_key(subject: str | None, head: str | None) -> str | None:
    """The head noun, widened to its group ('young children' → 'baby' group)."""
    if not head:
        return None
    words = _norm_words(subject or "")
    h = singular(head.lower().split()[-1])
    phrase = h
    for i, w in enumerate(words):
        if singular(w) == h and i > 0:
            phrase = f"{words[i - 1]} {h}"
    return _group_of(phrase) or _group_of(h) or h


# --------------------------------------------------------------------------- time


@dataclass(frozen=True)
class When:
    """A figure's time: stated text and dates, or only the article date (``weak``)."""

    text: str | None = None
    start: date | None = None
    end: date | None = None
    aspect: str | None = None
    weak: bool = True


def _meta_date(text: str | None) -> date | None:
    if not text:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if not m:
        return None
    return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))


def _aspect(text: str) -> str | None:
    low = text.lower()
    found = [(low.find(cue), kind) for cue, kind in ASPECT_CUES.items() if cue in low]
    return min(found)[1] if found else None


def after_text(c: Claim, ctx: CheckContext, limit: int = 60) -> str:
    """Text after the figure up to the next figure or sentence end: where 'in any year' sits."""
    s = c.sentence
    i = s.find(c.quantity.surface)
    tail = s[i + len(c.quantity.surface):] if i >= 0 else ""
    tail = re.split(r"[.;]|\d", tail, maxsplit=1)[0]
    return tail[:limit]


def when_of(c: Claim, ctx: CheckContext) -> When:
    """The claim's time, with 'over the same period' resolved to the previous figure's."""
    t = c.time
    if t is not None and any(cue in t.text.lower() for cue in SAME_PERIOD_CUES):
        earlier = [o for o in ctx.claims if o.path == c.path and o.time is not None
                   and o.quantity.start < c.quantity.start
                   and not any(cue in o.time.text.lower() for cue in SAME_PERIOD_CUES)]
        t = max(earlier, key=lambda o: o.quantity.start).time if earlier else t
    aspect = _aspect((t.text if t else "") + " " + after_text(c, ctx))
    if t is not None and (t.start or t.text):
        return When(t.text, t.start, t.end, aspect, weak=False)
    article = ctx.articles.get(c.path)
    d = _meta_date(article.meta.date if article else None)
    return When(None, d, d, aspect, weak=True)


def _norm_time(text: str | None) -> str:
    return " ".join(w for w in _norm_words(text or "") if w not in {"over", "the", "in", "during"})


def times_compatible(a: When, b: When, same_article: bool) -> tuple[bool, str]:
    if a.aspect and b.aspect and a.aspect != b.aspect:
        return False, "one is a count at a point in time, the other a count over a year"
    if not a.weak and not b.weak:
        if a.start and b.start and a.end and b.end:
            # periods that share no day are two periods ('2023/24' and '2024/25'), however
            # close; overlapping ones are one when their ends are near ('2017' and '2016/17')
            near = (a.start <= b.end and b.start <= a.end
                    and abs((a.start - b.start).days) <= NEAR_DAYS
                    and abs((a.end - b.end).days) <= NEAR_DAYS)
            return near, "" if near else f"different periods ('{a.text}' vs '{b.text}')"
        same = _norm_time(a.text) == _norm_time(b.text)
        return same, "" if same else f"different periods ('{a.text}' vs '{b.text}')"
    if same_article:
        return True, ""
    d1, d2 = a.start or a.end, b.start or b.end
    if d1 and d2 and abs((d1 - d2).days) > NEAR_DAYS:
        return False, "dated more than a year apart"
    return True, ""


# --------------------------------------------------------------------------- figures


@dataclass
class Fig:
    """A claim seen by the consistency rules: normalised interval, family, subject, time."""

    claim: Claim
    family: str
    interval: Interval  # shares as fractions, rates per day
    subject: str
    head: str | None
    when: When
    offices: frozenset[str]
    record_ids: frozenset[str] = field(default_factory=frozenset)
    office_names: dict[str, str] = field(default_factory=dict)
    #: linked to a registry record with a figure (not a vague word)
    precise_record: bool = False
    #: in the article's opening body sentence with a figure: the lead, the outlet's summary
    opening: bool = False

    @property
    def id(self) -> str:
        return self.claim.id

    @cached_property
    def vague(self) -> bool:
        q = self.claim.quantity
        return q.kind is Kind.VAGUE or q.vague is not None

    @property
    def lead(self) -> bool:
        """Headline and standfirst are the outlet's voice, whoever they paraphrase."""
        return self.claim.part != "body"


def _linked_group(c: Claim, ctx: CheckContext) -> frozenset[str]:
    """The linked record and everything tied to it by same_as, in either direction."""
    link = ctx.links.get(c.id)
    if link is None or link.record_id is None:
        return frozenset()
    group, todo = set(), [link.record_id]
    while todo:
        rid = todo.pop()
        if rid in group:
            continue
        group.add(rid)
        rec = ctx.registry.figure(rid)
        todo.extend(rec.same_as if rec else [])
        todo.extend(r.id for r in ctx.registry.figures if rid in r.same_as)
    return frozenset(group)


def normalised_interval(c: Claim) -> Interval:
    q = c.quantity
    iv = as_fraction(interval_of(q), q.kind, q.unit)
    if q.per in PERIOD_SECONDS:
        iv = rate_per_day(iv, q.per, q.per_amount)
    return iv


def subject_text(c: Claim, ctx: CheckContext) -> str:
    return c.subject or (c.quantity.surface + after_text(c, ctx))


def fig_of(c: Claim, ctx: CheckContext) -> Fig | None:
    q = c.quantity
    if not q.is_claim or q.kind not in FIGURE_KINDS or ORDINALS.search(q.surface):
        return None
    subject = subject_text(c, ctx)
    by_unit = q.change.by_unit if q.change else None
    fam = family(q.kind, q.unit, q.per)
    if q.kind is Kind.CHANGE or (q.change is not None and q.change.by is not None):
        fam = f"change:{by_unit or 'absolute'}"
    offices = office_keys(c, ctx)
    record = ctx.record_for(c)
    precise = record is not None and record.vague is None
    return Fig(c, fam, normalised_interval(c), subject, head_key(subject, c.subject_head),
               when_of(c, ctx), frozenset(offices), _linked_group(c, ctx), offices, precise)


def figs(ctx: CheckContext) -> list[Fig]:
    """Every claim the consistency rules consider, computed once per run."""
    return ctx.memo("consistency-figs", lambda: _figs(ctx))


def _figs(ctx: CheckContext) -> list[Fig]:
    out = [f for f in (fig_of(c, ctx) for c in ctx.claims) if f is not None]
    first: dict[str, Fig] = {}
    for f in out:
        if f.claim.part == "body" and (f.claim.path not in first or
                                       f.claim.quantity.start < first[f.claim.path].claim.quantity.start):
            first[f.claim.path] = f
    for f in out:
        lead = first.get(f.claim.path)
        f.opening = lead is not None and lead.claim.sentence == f.claim.sentence
    return out


# --------------------------------------------------------------------------- pairing


class _Partners:
    """Positions of the figures each figure could be one quantity with, by blocking keys."""

    def __init__(self, fs: list[Fig]) -> None:
        self.fs = fs
        self.keys: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for n, f in enumerate(fs):
            for key in self._keys(f):
                self.keys[key].append(n)

    @staticmethod
    def _exact(f: Fig) -> list[tuple[str, ...]]:
        """Keys a partner must share exactly: the same sentence, a shared record."""
        return [("sentence", f.family, f.claim.path, f.claim.sentence),
                *(("record", f.family, r) for r in f.record_ids)]

    @classmethod
    def _keys(cls, f: Fig) -> list[tuple[str, ...]]:
        head = ("nohead", f.family) if f.head is None else ("head", f.family, f.head)
        return [*cls._exact(f), ("family", f.family), head]

    def positions(self, f: Fig) -> list[int]:
        # a figure with no head may match any head of its family; one with a head, its own
        # head and the headless
        heads = [("family", f.family)] if f.head is None else [("head", f.family, f.head),
                                                               ("nohead", f.family)]
        found: set[int] = set()
        for key in [*heads, *self._exact(f)]:
            found.update(self.keys.get(key, ()))
        return sorted(found)


def _partners(ctx: CheckContext) -> _Partners:
    return ctx.memo("fig-partners", lambda: _Partners(figs(ctx)))


def partners(ctx: CheckContext, f: Fig) -> list[Fig]:
    """The figures ``identity.comparable`` could hold to be one quantity with ``f``, in
    corpus order: the same unit family, and a shared record, the same sentence, or heads
    that do not disagree (every other pair scores 0 on subject). Pairing only these keeps
    the consistency rules from comparing every figure of a corpus with every other."""
    index = _partners(ctx)
    return [index.fs[n] for n in index.positions(f)]


def fig_pairs(ctx: CheckContext) -> Iterator[tuple[Fig, Fig]]:
    """``itertools.combinations(figs(ctx), 2)`` restricted to partners, in the same order."""
    index = _partners(ctx)
    for i, f in enumerate(index.fs):
        for j in index.positions(f):
            if j > i:
                yield f, index.fs[j]

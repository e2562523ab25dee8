"""Arithmetic relations between figures, found from structure and cue words kept as data.

Why: a careful reader checks that "This leaves 15,800" really is what the stated parts
leave, that "an increase of more than 23,000" fits "from 26,400 to more than 50,000", and
that "around 100 per local authority" is the total over 152 authorities. Each finder here
returns :class:`Relation` objects with the figures and the working; ``arithmetic.py`` turns
them into findings (when a relation fails) or verifications (when it holds).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from claimcheck.checks.base import CheckContext
from claimcheck.checks.compare import (
    Fig,
    figs,
    singular,
    subject_tokens,
)
from claimcheck.checks.semantics import (
    fmt,
    interval_of,
)
from claimcheck.models import PERIOD_SECONDS, Claim, Interval, Kind

#: Cue words as data: what a phrase right before (or after) a figure says about its role.
REMAINDER_CUES = ("this leaves", "that leaves", "which leaves", "leaving", "leaves",
                  "the remaining", "the rest", "remaining")
PART_CUES = ("of these", "of them", "of whom", "of which", "of those", "a further", "another",
             "an additional", "plus")
FURTHER_CUES = ("a further", "another", "an additional")
BASE_CUES = ("of these", "of them", "of whom", "of which", "of those")
ABS_CHANGE_CUES: dict[str, int] = {
    "an increase of": 1, "a rise of": 1, "increase of": 1, "rise of": 1, "up by": 1,
    "a jump of": 1, "a fall of": -1, "a drop of": -1, "a decrease of": -1, "a reduction of": -1,
    "a cut of": -1, "down by": -1, "fall of": -1, "drop of": -1,
}
FROM_CUES = ("from",)
PER_CUES = ("per", "for each", "for every", "in each", "in every")
NEGATIONS = frozenset({"not", "n't", "never", "no", "without"})
#: How far back (in sentences) a remainder, share or average looks for its total or base.
LOOKBACK_SENTENCES = 2


@dataclass
class Relation:
    """One arithmetic relation: the figures, what was computed, and whether it held."""

    kind: str  # remainder | change | percent-change | share | per-unit | rate
    claims: list[Claim]
    holds: bool
    working: str
    diagnosis: str = ""
    only_if: str = ""  # non-empty: holds only under this condition ('holds only if')
    records: list[str] = field(default_factory=list)
    label: str = ""  # the figure with its cue, as written: 'This leaves 15,800'


# --------------------------------------------------------------------------- interval maths


def _lohi(iv: Interval) -> tuple[float, float]:
    return iv.lo, iv.hi


def _overlap(a: tuple[float, float], b: tuple[float, float], slack: float = 1e-9) -> bool:
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def stated(c: Claim) -> float:
    """The figure as written: its value, else the finite end of its interval."""
    q = c.quantity
    if q.value is not None:
        return q.value
    iv = q.interval
    return iv.low if iv.low is not None else (iv.high if iv.high is not None else math.nan)


# --------------------------------------------------------------------------- sentence layout


def in_article(ctx: CheckContext, path: str) -> list[Fig]:
    return sorted((f for f in figs(ctx) if f.claim.path == path), key=lambda f: f.claim.quantity.start)


def windows(article: list[Fig]) -> dict[str, tuple[str, str, int]]:
    """Per claim id: (text before it since the previous figure, text after it until the
    next figure, index of its sentence in the article), all lowercase."""
    out: dict[str, tuple[str, str, int]] = {}
    sentences: list[str] = []
    for sentence, group in itertools.groupby(article, key=lambda f: f.claim.sentence):
        members = list(group)
        sentences.append(sentence)
        low, cursor, spans = sentence.lower(), 0, []
        for f in members:
            i = low.find(f.claim.quantity.surface.lower(), cursor)
            i = cursor if i < 0 else i
            spans.append((i, i + len(f.claim.quantity.surface)))
            cursor = spans[-1][1]
        for n, f in enumerate(members):
            start = spans[n - 1][1] if n else 0
            end = spans[n + 1][0] if n + 1 < len(members) else len(low)
            before = low[start:spans[n][0]] + " " + f.claim.quantity.surface.lower()
            out[f.id] = (" ".join(before.split()), " ".join(low[spans[n][1]:end].split()),
                         len(sentences) - 1)
    return out


def _cue(text: str, cues: tuple[str, ...] | dict[str, int], at_end: bool = True) -> str | None:
    """The cue that ends (or, with ``at_end=False``, starts) a window, as a whole phrase."""
    for cue in sorted(cues, key=len, reverse=True):
        pat = rf"\b{re.escape(cue)}\b(\s+\S+){{0,3}}\s*$" if at_end else rf"^\s*\S*\s*\b{re.escape(cue)}\b"
        if re.search(pat, text):
            return cue
    return None


def _with_cue(c: Claim, cue: str) -> str:
    """The figure with the cue before it, as written ('This leaves 15,800')."""
    s, surface = c.sentence, c.quantity.surface
    end = s.find(surface)
    start = s.lower().rfind(cue, 0, end) if end >= 0 and cue else -1
    return s[start:end + len(surface)] if start >= 0 else surface


def _is_count(f: Fig) -> bool:
    return f.family == "count" and not f.vague


def _as_count(f: Fig, before: str) -> Fig | None:
    """A count, or a figure the frame read as a rate that a part cue reads as one more of the
    same ('a further 1,900 offered a second choice'): in a chain of parts the cue wins."""
    if _is_count(f):
        return f
    if f.family.startswith("count/") and not f.vague and _cue(before, FURTHER_CUES):
        return replace(f, family="count", interval=interval_of(f.claim.quantity))
    return None


def _heads_agree(a: Fig, b: Fig) -> bool:
    return a.head is None or b.head is None or a.head == b.head


# --------------------------------------------------------------------------- remainders


def remainders(ctx: CheckContext, article: list[Fig]) -> Iterator[Relation]:
    """'19,640 ... 3,820 of these ... a further 640 ... a further 300 ... This leaves 15,800'."""
    win = windows(article)
    for n, r in enumerate(article):
        if not _is_count(r) or _cue(win[r.id][0], REMAINDER_CUES) is None:
            continue
        # no head test: the cues tie the chain ('12,400 applications ... 9,300 of these ...
        # This leaves 1,200 children' counts applications and children alike)
        earlier = [g for f in article[:n] if win[r.id][2] - win[f.id][2] <= LOOKBACK_SENTENCES
                   and (g := _as_count(f, win[f.id][0])) is not None]
        parts_at = [i for i, f in enumerate(earlier) if _cue(win[f.id][0], PART_CUES)
                    or _cue(win[f.id][1], BASE_CUES, at_end=False)]
        if not parts_at or parts_at[0] == 0:
            continue
        total, parts = earlier[parts_at[0] - 1], [earlier[i] for i in parts_at]
        rel = _remainder(total, parts, r)
        rel.label = _with_cue(r.claim, _cue(win[r.id][0], REMAINDER_CUES) or "")
        yield rel


def _remainder(total: Fig, parts: list[Fig], r: Fig) -> Relation:
    def left(subset: list[Fig]) -> tuple[tuple[float, float], float]:
        lo, hi = _lohi(total.interval)
        point = stated(total.claim)
        for p in subset:
            plo, phi = _lohi(p.interval)
            lo, hi, point = lo - phi, hi - plo, point - stated(p.claim)
        return (lo, hi), point

    rng, point = left(parts)
    sums = " − ".join(fmt(stated(c.claim)) for c in [total, *parts])
    r_text = r.claim.quantity.surface
    ok = _overlap(rng, _lohi(r.interval))
    claims = [r.claim, total.claim, *(p.claim for p in parts)]
    if ok:
        return Relation("remainder", claims, True,
                        f"{sums} = {fmt(point)}; '{r_text}' agrees within rounding")
    diff = stated(r.claim) - point
    working = (f"{sums} = {fmt(point)}, not {fmt(stated(r.claim))} "
               f"({fmt(abs(diff))} {'more' if diff > 0 else 'fewer'} than the parts leave)")
    diagnosis = ""
    for size in range(len(parts) - 1, -1, -1):
        fits = [s for s in itertools.combinations(parts, size) if _overlap(left(list(s))[0], _lohi(r.interval))]
        if fits:
            s = list(fits[0])
            shown = " − ".join(fmt(stated(c.claim)) for c in [total, *s])
            skipped = " and ".join(fmt(stated(p.claim)) for p in parts if p not in s)
            diagnosis = (f"only {shown} = {fmt(left(s)[1])} rounds to {fmt(stated(r.claim))}: "
                         f"the {skipped} appear not to have been subtracted")
            break
    return Relation("remainder", claims, False, working, diagnosis)


# --------------------------------------------------------------------------- shares, averages, rates


def _share_text(f: Fig) -> str:
    q = f.claim.quantity
    v = q.value if q.value is not None else f.interval.lo
    if q.kind is Kind.RATIO and v and abs(1 / v - round(1 / v)) < 1e-6:
        return f"1/{round(1 / v)}"
    return fmt(v * 100 if q.kind is Kind.RATIO else v, "%")


def _share_value(f: Fig) -> float:
    q = f.claim.quantity
    v = q.value if q.value is not None else (f.interval.lo + f.interval.hi) / 2
    return v / 100 if q.kind is Kind.PERCENT else v


def _negated_before(words: list[str], token: str) -> bool | None:
    for i, w in enumerate(words):
        if singular(w) == token:
            return any(x in NEGATIONS for x in words[max(0, i - 3):i])
    return None


def shares(ctx: CheckContext, article: list[Fig]) -> Iterator[Relation]:
    """'one in four of these families were referred' against its base, and a later figure
    for those who were (or were not) referred."""
    win = windows(article)
    for n, s in enumerate(article):
        if s.family != "share" or s.claim.quantity.kind is Kind.CHANGE:
            continue
        if not (_cue(win[s.id][0], BASE_CUES) or _cue(win[s.id][1], BASE_CUES, at_end=False)):
            continue
        bases = [f for f in article[:n] if _is_count(f) and win[s.id][2] - win[f.id][2] <= LOOKBACK_SENTENCES]
        if not bases:
            continue
        base = bases[-1]
        pred_words = re.findall(r"[a-z']+", win[s.id][1])
        pred = {singular(w) for w in pred_words} - set(subject_tokens(base.subject).split())
        pred = {w for w in pred if w in subject_tokens(" ".join(pred_words)).split() and len(w) > 3}
        share_neg = {t: _negated_before(pred_words, t) for t in pred}
        for t in article:
            if t is base or t is s or not _is_count(t) or t.interval.lo > base.interval.hi \
                    or not _plausible_part(t, base, s):
                continue
            words = re.findall(r"[a-z']+", t.claim.sentence.lower())
            shared = [w for w in pred if _negated_before(words, w) is not None]
            if len(shared) < 3:
                continue
            key = next(w for w in pred_words if singular(w) in shared)
            complement = _negated_before(words, singular(key)) != share_neg.get(singular(key))
            yield _share(base, s, t, complement)


def _plausible_part(t: Fig, base: Fig, s: Fig) -> bool:
    """Whether t counts what the share divides: its head is the base's or the share's, or the
    population the base is about ('children' in "children's needs assessments"). A bare
    count with no subject ('the three most common concerns') is nobody's part."""
    if t.head is None:
        return False
    words = set(subject_tokens(base.subject).split()) | set(subject_tokens(s.subject).split())
    return t.head in {base.head, s.head} | words


def _share(base: Fig, s: Fig, t: Fig, complement: bool) -> Relation:
    frac = s.interval
    lo_f, hi_f = (1 - frac.hi, 1 - frac.lo) if complement else (frac.lo, frac.hi)
    rng = (base.interval.lo * lo_f, base.interval.hi * hi_f)
    v = _share_value(s)
    point = stated(base.claim) * ((1 - v) if complement else v)
    factor = f"(1 − {_share_text(s)})" if complement else _share_text(s)
    ok = _overlap(rng, _lohi(t.interval))
    working = (f"{fmt(stated(base.claim))} × {factor} = {fmt(point)}"
               f"{' not in the share' if complement else ''}; '{t.claim.quantity.surface}' "
               f"{'agrees' if ok else 'does not fit'} (the share allows {fmt(rng[0])} to {fmt(rng[1])})")
    return Relation("share", [t.claim, s.claim, base.claim], ok, working)


def per_unit(ctx: CheckContext, article: list[Fig]) -> Iterator[Relation]:
    """'around 100 babies per local authority' against the total over the number of units."""
    win = windows(article)
    for n, u in enumerate(article):
        q = u.claim.quantity
        noun = q.per if q.per and q.per not in PERIOD_SECONDS else None
        if noun is None:
            m = re.match(rf"^\s*(?:\w+\s+)?(?:{'|'.join(PER_CUES)})\s+([a-z]+(?:\s[a-z]+)?)", win[u.id][1])
            noun = m.group(1) if m else None
        if noun is None or u.vague:
            continue
        # the units are counted before the average or in its sentence, nearest first: a
        # later 'Americans made 5.1m visits' is a part of them, not their number
        units = _unit_count(ctx, noun, [f for f in reversed(article) if win[f.id][2] <= win[u.id][2]])
        if units is None:
            continue
        count, count_from, count_claim = units
        # the total is of what the average is of: babies for babies per authority, pounds
        # for pounds per screen; never the count of units itself
        whole = u.family.split("/")[0]
        totals = [f for f in article[:n] if f.family == whole and not f.vague
                  and f.claim is not count_claim and f.claim.quantity.per is None
                  and _heads_agree(f, u) and win[u.id][2] - win[f.id][2] <= LOOKBACK_SENTENCES]
        if not totals:
            continue
        total = totals[-1]
        rng = (total.interval.lo / count, total.interval.hi / count)
        ok = _overlap(rng, _lohi(u.interval))
        point = stated(total.claim) / count
        working = (f"{fmt(stated(total.claim))} / {fmt(count)} ({count_from}) = {fmt(point)} per "
                   f"{noun}; '{q.surface}' {'agrees' if ok else 'does not fit'}")
        claims = [u.claim, total.claim] + ([count_claim] if count_claim else [])
        yield Relation("per-unit", claims, ok, working)


def _unit_count(ctx: CheckContext, noun: str, article: list[Fig]) -> tuple[float, str, Claim | None] | None:
    """How many units there are: a registry constant whose name holds the noun, else the
    first of ``article`` (figures of the same article, in the order to try them) whose subject
    head is that noun (another story's count of 'visits' or 'screens' is not this one's)."""
    want = {singular(w) for w in noun.split()}
    for key, value in sorted(ctx.registry.constants.items()):
        if want <= {singular(w) for w in key.split("-")}:
            return value, f"registry constant {key}", None
    for f in article:
        if _is_count(f) and f.head and singular(f.head.split()[-1]) == singular(noun.split()[-1]) \
                and want <= set(subject_tokens(f.subject).split()):
            return stated(f.claim), f"'{f.claim.quantity.surface} {noun}'", f.claim
    return None

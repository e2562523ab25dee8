"""Breakdowns of one whole: shares listed in one sentence, and parts listed after "Of N ...".

Why: "45% came from police, 30% from schools and 35% from health services" names three
parts of one whole, so they cannot add up to more than 100%; "Of 1,000 referrals, 450 came
from police, 300 from schools and 350 from health services" lists parts that cannot exceed
their total. A list is recognised by its structure only: three or more percentages (or two or
more counts after "Of N"), each followed by where it came from or what it was (`PART_AFTER`).
Rounding is allowed for: only the parts' lower bounds are summed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from claimcheck.checks.arithmetic_relations import (
    Relation,
    _is_count,
    _lohi,
    stated,
    windows,
)
from claimcheck.checks.compare import Fig
from claimcheck.checks.semantics import fmt

#: what a listed part is followed by: where it came from or what it was. Shares of other
#: wholes ('45% of men'), rates ('5% in London') and multi-answer questions ('38% named
#: the NHS') are followed by other words, and are left alone.
PART_AFTER = frozenset({"from", "came", "come", "were", "was", "are", "is", "went", "voted", "backed",
                        "supported", "opposed", "undecided"})
_OF_TOTAL = re.compile(r"(?:^|[.;:]\s*)of\s+(?:the\s+)?[\d,.]+(?:\s+\S+){0,3}$")
_SMALL = 1e-9


def breakdowns(article: list[Fig]) -> Iterator[Relation]:
    """Share lists and part lists of each sentence that cannot come from one whole."""
    win = windows(article)
    for _, group in itertools.groupby(article, key=lambda f: win[f.id][2]):
        figures = list(group)
        shares = [f for f in figures if _listed_share(f, win[f.id][1])]
        if len(shares) >= 3:
            yield _shares(shares)
        for n, total in enumerate(figures):
            if _opens_of(total, win[total.id][0]):
                parts = [f for f in figures[n + 1:] if _listed_count(f, win[f.id][1])]
                if len(parts) >= 2:
                    yield _parts(total, parts)
                break


def _listed_share(f: Fig, after: str) -> bool:
    q = f.claim.quantity
    return q.unit == "%" and q.kind.value == "percent" and not f.vague and _part_after(after)


def _listed_count(f: Fig, after: str) -> bool:
    return _is_count(f) and _part_after(after)


def _part_after(after: str) -> bool:
    words = after.split()
    return bool(words) and words[0] in PART_AFTER


def _opens_of(f: Fig, before: str) -> bool:
    """'Of 1,000 referrals, ...': the total opens its sentence after 'of'."""
    return _is_count(f) and bool(_OF_TOTAL.search(before))


def _sum(parts: list[Fig], suffix: str = "") -> tuple[float, float, str]:
    """The parts' lowest possible sum (rounding allowed for), their stated sum, and the sum
    written out ('45% + 30% + 35%')."""
    low = sum(_lohi(f.claim.quantity.interval)[0] for f in parts)
    point = sum(stated(f.claim) for f in parts)
    return low, point, " + ".join(f"{fmt(stated(f.claim))}{suffix}" for f in parts)


def _shares(shares: list[Fig]) -> Relation:
    low, point, sums = _sum(shares, "%")
    claims = [f.claim for f in shares]
    if low <= 100 + _SMALL:
        return Relation("breakdown", claims, True, f"{sums} = {fmt(point)}%, within the whole")
    return Relation("breakdown", claims, False,
                    f"{sums} = {fmt(point)}%, more than the whole ({fmt(point - 100)} points over)",
                    "the listed shares of one whole add up to more than 100%: one of them, or the "
                    "whole they are shares of, is misstated")


def _parts(total: Fig, parts: list[Fig]) -> Relation:
    low, point, sums = _sum(parts)
    claims = [total.claim, *(p.claim for p in parts)]
    top = _lohi(total.claim.quantity.interval)[1]
    if low <= top + _SMALL:
        return Relation("parts", claims, True, f"{sums} = {fmt(point)}, within {fmt(stated(total.claim))}")
    return Relation("parts", claims, False,
                    f"{sums} = {fmt(point)}, more than the {fmt(stated(total.claim))} they are part of",
                    "the listed parts exceed their stated total")

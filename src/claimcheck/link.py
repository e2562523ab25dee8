"""Link each claim to at most one registry record, keeping the score and the reasons.

Why a claim links where it does must be visible to a fact-checker, so every link carries
human-readable reasons ("unit GBP = GBP", "speaker Anne Longfield = record speaker").

How: the index proposes candidates of a compatible family (blocking by unit/kind and
subject tokens); each candidate is scored on what the figure *is* (``link_score``); the
claims of one article then lend each other context (a source its other figures link to);
the best candidate above ``THRESHOLD`` wins, and only among candidates within
``TIE_MARGIN`` of the best does value closeness decide: a record whose value *disagrees*
must still link, so that record-mismatch can report it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from claimcheck.link_index import Entry, LinkIndex, is_figure
from claimcheck.link_score import WEIGHTS, ClaimView, evidence, view
from claimcheck.link_values import value_distance
from claimcheck.models import Claim, Link, Registry

#: below this score nothing links (the claim is then unregistered or unsourced)
THRESHOLD = 58.0
#: candidates this close to the best are a tie, broken by value closeness
TIE_MARGIN = 4.0
#: a record scoring at least this share of the threshold is a near miss the report names
NEAR_MISS = 0.5
#: from a large family, at most this many candidates (best by token overlap) are scored
TOP_K = 10
#: links at least this strong tell the other claims of the article which source it cites
CONTEXT_SCORE = 62.0
#: subject similarity = blend of a rapidfuzz scorer and IDF-weighted token overlap
SUBJECT_SCORER = fuzz.token_set_ratio
CONTEXT_SCORER = fuzz.partial_ratio
FUZZY_SHARE = 0.5
#: candidates (best by subject) that get the full evidence weighed
FULL_SCORE = 5


@dataclass
class Scored:
    pos: int
    score: float
    reasons: list[str] = field(default_factory=list)


def _overlap(index: LinkIndex, qw: dict[str, float], q_total: float, e: Entry) -> float:
    """IDF-weighted F2 of shared tokens: recall of the claim's words matters most."""
    if not q_total or not e.idf_total:
        return 0.0
    shared = [t for t in e.token_set if t in qw]
    if not shared:
        return 0.0
    rec = sum(qw[t] for t in shared) / q_total
    prec = sum(index.weight(t) for t in shared) / e.idf_total
    return 5 * prec * rec / (4 * prec + rec)


def score_candidates(cv: ClaimView, positions: list[int], index: LinkIndex) -> list[Scored]:
    """Score candidates for one claim, best first.

    Subject similarity for all of them comes from two vectorised cdist calls; the full
    evidence (unit, time, place, speaker, source) is weighed only for the ``FULL_SCORE``
    best by subject, since the rest cannot win on the subject they lack.
    """
    texts: list[str] = []
    starts: list[int] = []
    for pos in positions:
        starts.append(len(texts))
        texts.extend(index.entries[pos].texts)
    probe = cv.subject or cv.context
    subj = process.cdist([probe], texts, scorer=SUBJECT_SCORER, dtype=np.float32)[0]
    ctx = process.cdist([cv.context], texts, scorer=CONTEXT_SCORER, dtype=np.float32)[0]
    subj_best = np.maximum.reduceat(subj, starts)
    ctx_best = np.maximum.reduceat(ctx, starts)
    qw = {t: w * index.weight(t) for t, w in cv.query.items()}
    q_total = sum(qw.values())
    pre: list[tuple[float, int, float]] = []
    for i, pos in enumerate(positions):
        ov = 100.0 * _overlap(index, qw, q_total, index.entries[pos])
        sim = FUZZY_SHARE * float(subj_best[i]) + (1 - FUZZY_SHARE) * ov
        pre.append((WEIGHTS["subject"] * sim + WEIGHTS["context"] * float(ctx_best[i]), i, sim))
    pre.sort(key=lambda x: (-x[0], positions[x[1]]))
    out: list[Scored] = []
    for _, i, sim in pre[:FULL_SCORE]:
        pos = positions[i]
        e = index.entries[pos]
        n = len(e.texts)
        best = int(np.argmax(subj[starts[i]:starts[i] + n]))
        score, reasons = evidence(cv, e, sim, float(ctx_best[i]), _display(e, best))
        out.append(Scored(pos, score, reasons))
    out.sort(key=lambda s: (-s.score, s.pos))
    return out


def _display(e: Entry, i: int) -> str:
    texts = [e.record.subject, *e.record.aliases]
    return texts[i] if i < len(texts) else e.record.subject


def _choose(cv: ClaimView, ranked: list[Scored], index: LinkIndex,
            threshold: float) -> Link:
    cid = cv.claim.id
    if not ranked or ranked[0].score < threshold:
        reasons = ["no record scored above the threshold"]
        if ranked and ranked[0].score >= threshold * NEAR_MISS:  # worth a look: name it
            top = index.entries[ranked[0].pos].record.id
            reasons.append(f"best was {top} at {ranked[0].score:.0f} < {threshold:.0f}")
        elif ranked:  # naming a record about something else would only mislead
            reasons.append(f"none comes near (best {ranked[0].score:.0f} of {threshold:.0f} needed)")
        return Link(claim_id=cid, record_id=None,
                    score=round(ranked[0].score, 1) if ranked else 0.0, reasons=reasons)
    tied = [s for s in ranked if s.score >= ranked[0].score - TIE_MARGIN]
    pick = ranked[0]
    extra: list[str] = []
    if len(tied) > 1:
        q = cv.claim.quantity
        dist = {s.pos: value_distance(q, index.entries[s.pos].record) for s in tied}
        pick = min(tied, key=lambda s: (dist[s.pos], -s.score, s.pos))
        others = ", ".join(index.entries[s.pos].record.id for s in tied if s is not pick)
        if pick is not ranked[0] or dist[pick.pos] < min(
            (d for p, d in dist.items() if p != pick.pos), default=float("inf")
        ):
            extra.append(f"tie with {others} broken by value closeness")
    return Link(claim_id=cid, record_id=index.entries[pick.pos].record.id,
                score=round(pick.score, 1), reasons=[*pick.reasons, *extra])


def link_claims(claims: list[Claim], registry: Registry, *, threshold: float = THRESHOLD,
                index: LinkIndex | None = None) -> dict[str, Link]:
    """Claim id → Link (``record_id`` None when nothing fits). Deterministic."""
    index = index or LinkIndex(registry)
    links: dict[str, Link] = {}
    ranked: dict[str, list[Scored]] = {}
    views: dict[str, ClaimView] = {}
    for claim in claims:
        if not is_figure(claim):
            links[claim.id] = Link(claim_id=claim.id,
                                   reasons=[f"not a figure ({claim.quantity.kind.value})"])
            continue
        cv = view(claim, index)
        positions = index.candidates(cv.families, cv.query, TOP_K)
        if not positions:
            links[claim.id] = Link(claim_id=claim.id,
                                   reasons=["no record of a compatible kind and unit"])
            continue
        views[claim.id] = cv
        ranked[claim.id] = score_candidates(cv, positions, index)[:8]
    _article_context(claims, ranked, index)
    for cid, cv in views.items():
        links[cid] = _choose(cv, ranked[cid], index, threshold)
    return {c.id: links[c.id] for c in claims}


def _article_context(claims: list[Claim], ranked: dict[str, list[Scored]],
                     index: LinkIndex) -> None:
    """Give a bonus to records from a source the same article is confidently linked to.

    An article that reports one report mostly quotes that report; a claim whose own words
    are ambiguous ('hundreds of the most vulnerable young children') borrows the article's.
    A claim's own link is left out of its context, so it cannot vote for itself.
    """
    by_article: dict[str, Counter[str]] = defaultdict(Counter)
    own: dict[str, str] = {}
    for c in claims:
        top = ranked.get(c.id)
        if top and top[0].score >= CONTEXT_SCORE:
            src = index.entries[top[0].pos].record.source
            if src:
                by_article[c.path][src] += 1
                own[c.id] = src
    bonus = WEIGHTS["article_source"]
    for c in claims:
        counts = by_article.get(c.path)
        if not counts or c.id not in ranked:
            continue
        for s in ranked[c.id]:
            e = index.entries[s.pos]
            src = e.record.source
            n = counts.get(src, 0) - (1 if own.get(c.id) == src else 0) if src else 0
            if n >= 1 and not any("record source" in r for r in s.reasons):
                s.score += bonus
                figures = "figure" if n == 1 else "figures"
                s.reasons.append(f"{n} other {figures} in this article link to '{e.source_display or src}'")
        ranked[c.id].sort(key=lambda s: (-s.score, s.pos))

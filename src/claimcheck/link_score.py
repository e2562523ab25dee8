"""Evidence that a claim and a record are the same figure, each piece with a readable reason.

The score is built from what the figure *is* (subject, unit, kind, period, time, place, who
said it, from what source), never from whether its value agrees: a record that disagrees
must still be linked, because that is how contradictions are found. Value closeness is
computed (in ``link_values``) only so ``claimcheck.link`` can break ties with it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from claimcheck.link_index import (
    Entry,
    LinkIndex,
    aspect_of,
    content,
    head_tokens,
    normalise,
    tokens,
    unit_of,
)
from claimcheck.link_values import (
    claim_time,
    record_time,
    value_distance,
    years_apart,
)
from claimcheck.models import Claim, Kind

# --------------------------------------------------------------------------- weights (data)

#: How much each piece of evidence adds to a 0–100 score; tuned on the seed corpus.
WEIGHTS: dict[str, float] = {
    "subject": 0.62,  # × subject similarity (0–100)
    "context": 0.18,  # × words around the figure vs record subject (0–100)
    "unit_exact": 4.0,
    "kind_exact": 3.0,
    "family_secondary": -6.0,  # e.g. a change linked to a plain count via its end value
    "time_match": 8.0,
    "time_gap_per_year": -4.0,
    "time_gap_max": -16.0,
    "place_match": 3.0,
    "place_mismatch": -4.0,
    "speaker": 14.0,
    "speaker_role": 9.0,
    "speaker_org": 8.0,
    "source": 14.0,
    "source_in_sentence": 8.0,
    "attribution_mismatch": -14.0,  # the text names another speaker or publisher (as "speaker" adds)
    "article_source": 6.0,
    "head_missing": -10.0,  # the claim counts something the record does not
    "aspect_match": 4.0,
    "aspect_mismatch": -14.0,  # 'at any one time' vs 'in any year'
    "scale_apart": -15.0,  # 1,000× apart with only a middling subject match
    "order_apart": -10.0,  # 10× apart with only a middling subject match
    "no_subject": -6.0,  # only the words around the figure to go on
}
#: below this subject similarity a 1,000× gap in value says 'different record'
STRONG_SUBJECT = 75.0
#: |log10| of the value ratio that counts as a different scale
SCALE_APART = 2.5
#: |log10| of the ratio that counts as a different order of magnitude: with only a middling
#: subject match, '£3.7 billion for social care' is another figure than a £200 million
#: programme, not a misquote of it
ORDER_APART = 1.0
#: below this subject similarity a 10× gap in value says 'different record'
ORDER_SUBJECT = 85.0
_ASPECT_WORDS = {"stock": "a snapshot at one time", "flow": "a total over a period"}
#: rapidfuzz similarity at or above which two names or titles are the same
NAME_MATCH = 88.0
#: subject similarity from which attribution evidence starts to count, and counts in full
SUPPORT_FROM, SUPPORT_FULL = 20.0, 70.0
#: words either side of the figure that describe it, when the claim has no subject
WINDOW_BEFORE, WINDOW_AFTER = 8, 14


# --------------------------------------------------------------------------- claim view


@dataclass
class ClaimView:
    """A claim's text prepared once for matching against many records."""

    claim: Claim
    families: list[str]
    subject: str
    context: str
    query: dict[str, float]
    time: tuple[date, date] | None
    place: str
    speaker: str
    role: str
    source: str
    publisher: str
    sentence: str
    head: frozenset[str] = frozenset()
    aspect: str | None = None
    speaker_orgs: list[str] = field(default_factory=list)


def figure_window(sentence: str, surface: str) -> str:
    """The words just around the figure, which describe it better than the whole sentence."""
    i = sentence.find(surface) if surface else -1
    if i < 0:
        return sentence
    before = sentence[:i].split()[-WINDOW_BEFORE:]
    after = sentence[i + len(surface):].split()[:WINDOW_AFTER]
    return " ".join([*before, *after])


def _after_figure(claim: Claim) -> str:
    """Text right after the figure up to the next figure or clause end ('in any year')."""
    s, surface = claim.sentence, claim.quantity.surface
    i = s.find(surface) if surface else -1
    tail = s[i + len(surface):] if i >= 0 else ""
    return re.split(r"[.;,]|\d", tail, maxsplit=1)[0]


def view(claim: Claim, index: LinkIndex) -> ClaimView:
    a = claim.attribution
    subject = content(claim.subject)
    window = content(figure_window(claim.sentence, claim.quantity.surface))
    query: dict[str, float] = {}
    for t in tokens(claim.subject_head):
        query[t] = max(query.get(t, 0.0), 1.0)
    for t in subject.split():
        query[t] = max(query.get(t, 0.0), 1.0)
    for t in window.split():
        query[t] = max(query.get(t, 0.0), 0.4 if subject else 0.8)
    orgs: list[str] = []
    if a.speaker and (p := index.person_by_name.get(normalise(a.speaker))):
        for m in [*(r.organisation for r in p.roles if r.organisation), *p.member_of]:
            org = index.people.get(m)
            orgs.extend(normalise(x) for x in ([org.name, *org.aliases] if org else [m]))
    return ClaimView(
        claim=claim,
        families=index.families_for(claim),
        subject=subject,
        context=window,
        query=query,
        time=claim_time(claim),
        place=normalise(claim.place),
        speaker=normalise(a.speaker),
        role=normalise(a.speaker_role),
        source=normalise(a.source),
        publisher=normalise(a.source_publisher),
        sentence=normalise(claim.sentence),
        head=head_tokens(claim.subject, claim.subject_head),
        aspect=aspect_of(" ".join([_after_figure(claim), claim.time.text if claim.time else ""])),
        speaker_orgs=[o for o in orgs if o],
    )


# --------------------------------------------------------------------------- evidence


def _same(a: str, names: list[str]) -> bool:
    return bool(a) and any(fuzz.token_set_ratio(a, n) >= NAME_MATCH for n in names if n)


def evidence(cv: ClaimView, e: Entry, subject_sim: float, context_sim: float,
             subject_text: str) -> tuple[float, list[str]]:
    """Score (without subject terms' weighting applied elsewhere) and reasons for one pair."""
    w = WEIGHTS
    q, r = cv.claim.quantity, e.record
    reasons: list[str] = []
    score = w["subject"] * subject_sim + w["context"] * context_sim
    shown = cv.claim.subject or figure_window(cv.claim.sentence, q.surface)
    reasons.append(f"subject '{_clip(shown)}' ~ '{_clip(subject_text)}' {subject_sim:.0f}")
    if not cv.subject:
        score += w["no_subject"]
        reasons.append("no subject found: matched on the words around the figure")
    if cv.head and not cv.head & e.counted:
        score += w["head_missing"]
        reasons.append(f"counts '{cv.claim.subject_head}', which the record does not")
    if e.family == (cv.families[0] if cv.families else None):
        cu, ru = unit_of(q.unit), unit_of(r.unit)
        if cu and cu == ru:
            score += w["unit_exact"]
            reasons.append(f"unit {q.unit} = {r.unit}")
        if e.family == "rate":
            reasons.append(f"rate per {q.per or '?'} ~ per {r.per or '?'} (compared per day)")
        elif q.kind == r.kind:
            score += w["kind_exact"]
            reasons.append(f"kind {q.kind.value} = {r.kind.value}")
        else:
            reasons.append(f"kind {q.kind.value} ~ {r.kind.value}")
    else:
        score += w["family_secondary"]
        reasons.append(f"kind {q.kind.value} ~ {r.kind.value} (a weaker pairing)")
    aspect = e.aspect
    if cv.aspect and aspect:
        if cv.aspect == aspect:
            score += w["aspect_match"]
            reasons.append(f"both {'at one time' if aspect == 'stock' else 'over a period'}")
        else:
            score += w["aspect_mismatch"]
            reasons.append(f"the claim counts {_ASPECT_WORDS[cv.aspect]}, the record "
                           f"{_ASPECT_WORDS[aspect]}")
    # a vague word against a figure is magnitude-mismatch's question, not the link's
    vague = q.kind is Kind.VAGUE or q.vague is not None
    apart = value_distance(q, r) if subject_sim < ORDER_SUBJECT and not vague else 0.0
    if apart >= SCALE_APART and subject_sim < STRONG_SUBJECT:
        score += w["scale_apart"]
        reasons.append(f"value {q.surface} is 1,000× or more from the record's and the "
                       f"subject only {subject_sim:.0f}")
    elif apart >= ORDER_APART:
        score += w["order_apart"]
        reasons.append(f"value {q.surface} is 10× or more from the record's and the "
                       f"subject only {subject_sim:.0f}")
    rt = record_time(r)
    if cv.time is not None and rt is not None:
        gap = years_apart(cv.time, rt)
        when = f"as_of {r.as_of}" if r.as_of else f"period {r.period}"
        text = cv.claim.time.text if cv.claim.time else ""
        if gap == 0:
            score += w["time_match"]
            reasons.append(f"time {text} matches {when}")
        else:
            score += max(w["time_gap_max"], w["time_gap_per_year"] * math.ceil(gap))
            reasons.append(f"time {text} is {gap:.1f} years from {when}")
    if cv.place and r.place:
        if fuzz.token_set_ratio(cv.place, normalise(r.place)) >= NAME_MATCH:
            score += w["place_match"]
            reasons.append(f"place {cv.claim.place} = {r.place}")
        else:
            score += w["place_mismatch"]
            reasons.append(f"place {cv.claim.place} ≠ {r.place}")
    # who said it supports a link only as far as the subject does: a speaker states many
    # figures, and a strong speaker match must not carry a claim to the wrong one
    support = min(1.0, max(0.0, (subject_sim - SUPPORT_FROM) / (SUPPORT_FULL - SUPPORT_FROM)))
    score += support * _attribution(cv, e, reasons)
    return score, reasons


def _attribution(cv: ClaimView, e: Entry, reasons: list[str]) -> float:
    w, a, bonus = WEIGHTS, cv.claim.attribution, 0.0
    if e.speaker_names and _same(cv.speaker, e.speaker_names):
        bonus += w["speaker"]
        reasons.append(f"speaker {a.speaker} = record speaker")
    elif e.speaker_roles and cv.role and any(
        fuzz.token_set_ratio(cv.role, x) >= NAME_MATCH for x in e.speaker_roles
    ):
        bonus += w["speaker_role"]
        reasons.append(f"speaker role '{a.speaker_role}' = record speaker's role")
    publishers = e.source_publishers
    if e.source_titles and _same(cv.source, e.source_titles):
        bonus += w["source"]
        reasons.append(f"source '{a.source}' = record source")
    elif publishers and (who := _publisher_match(cv, publishers)):
        bonus += w["speaker_org"]
        reasons.append(f"{who} ~ record source publisher {e.source_publisher_display}")
    elif any(len(t) >= 6 and fuzz.partial_ratio(t, cv.sentence) >= 95
             for t in e.source_titles):
        bonus += w["source_in_sentence"]
        reasons.append(f"sentence names record source '{e.source_display}'")
    if not bonus and (cv.publisher or cv.speaker) and (e.speaker_names or publishers):
        # the text names who gives the figure, and it is not the record's speaker or publisher
        bonus += w["attribution_mismatch"]
        reasons.append(f"the text gives it to {a.source_publisher or a.speaker}, not the record's "
                       f"{e.source_publisher_display or 'speaker'}")
    return bonus


def _publisher_match(cv: ClaimView, publishers: list[str]) -> str | None:
    """Which part of the attribution names the record's publisher, said for the reasons."""
    a = cv.claim.attribution
    for label, mine in (("cited publisher", cv.publisher), ("cited source", cv.source),
                        ("speaker", cv.speaker), ("speaker role", cv.role)):
        if _same(mine, publishers):
            shown = {"cited publisher": a.source_publisher, "cited source": a.source,
                     "speaker": a.speaker, "speaker role": a.speaker_role}[label]
            return f"{label} '{shown}'"
    for org in cv.speaker_orgs:
        if _same(org, publishers):
            return f"speaker {a.speaker} (of {org})"
    return None


def _clip(text: str, n: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"

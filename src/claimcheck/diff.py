"""Figure-level diff between two versions of an article.

An editor wants to know which *figures* changed between drafts, not which characters, so the
unit of comparison is the claim: sentences are aligned first (exact runs, then moved
sentences, then fuzzy pairs for edited sentences) and figures are paired inside aligned
sentences. A figure is always one token: "4.2 million" → "4.5 million" is a single change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from claimcheck.diff_findings import diff_findings
from claimcheck.models import (
    Claim,
    Finding,
    Link,
    Quantity,
    Record,
    Registry,
    Report,
    link_map,
)
from claimcheck.tokendiff import (
    Segment,
    Sentence,
    align_sentences,
    group_sentences,
    one_sided,
    sentence_diff,
    tokenize,
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Sourcing(_Model):
    """How a figure is backed: linked to a registry record, attributed in the text, or neither."""

    status: Literal["linked", "attributed", "unsourced"]
    record_id: str | None = None
    speaker: str | None = None
    source: str | None = None

    def describe(self) -> str:
        if self.status == "linked":
            return f"record {self.record_id}"
        if self.status == "attributed":
            return f"attributed to {self.speaker or self.source}"
        return "unsourced"


class FigureChange(_Model):
    kind: Literal["added", "removed", "changed"]
    old: Claim | None = None
    new: Claim | None = None
    old_sentence: str | None = None
    new_sentence: str | None = None
    old_sourcing: Sourcing | None = None
    new_sourcing: Sourcing | None = None
    #: e.g. "the new figure no longer matches record babies-at-home-2017"
    link_change: str | None = None
    findings_introduced: list[Finding] = Field(default_factory=list)
    findings_resolved: list[Finding] = Field(default_factory=list)

    @property
    def old_surface(self) -> str | None:
        return self.old.quantity.surface if self.old else None

    @property
    def new_surface(self) -> str | None:
        return self.new.quantity.surface if self.new else None

    @property
    def line(self) -> int:
        claim = self.new or self.old
        return claim.position.line if claim else 0


class SentenceDiff(_Model):
    """An aligned sentence pair (either side may be missing) with its token-level diff."""

    old_sentence: str | None = None
    new_sentence: str | None = None
    segments: list[Segment] = Field(default_factory=list)
    #: indices into ``FigureDiff.changes`` of the figure changes in this sentence
    changes: list[int] = Field(default_factory=list)
    old_line: int | None = None
    new_line: int | None = None


class FigureDiff(_Model):
    old_path: str | None = None
    new_path: str | None = None
    changes: list[FigureChange] = Field(default_factory=list)
    sentences: list[SentenceDiff] = Field(default_factory=list)
    unchanged: int = 0
    #: sentences with figures that moved but did not change
    moved: int = 0
    findings_introduced: list[Finding] = Field(default_factory=list)
    findings_resolved: list[Finding] = Field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    @property
    def empty(self) -> bool:
        return not self.changes and not self.findings_introduced and not self.findings_resolved

    @property
    def introduced(self) -> list[Finding]:
        return self.findings_introduced

    @property
    def resolved(self) -> list[Finding]:
        return self.findings_resolved


# --------------------------------------------------------------------------- sourcing and links



def sourcing(claim: Claim, links: Mapping[str, Link]) -> Sourcing:
    link = links.get(claim.id)
    a = claim.attribution
    if link is not None and link.record_id:
        return Sourcing(status="linked", record_id=link.record_id, speaker=a.speaker, source=a.source)
    if claim.attributed:
        return Sourcing(status="attributed", speaker=a.speaker, source=a.source)
    return Sourcing(status="unsourced")


def matches_record(q: Quantity, record: Record) -> bool:
    """Whether a figure's interval can hold the record's (rates compared per day)."""
    rec = record.effective_interval()
    mine = q.interval
    if q.per and record.per:
        mine_day = q.per_day()
        rec_day = Quantity(
            surface="", start=0, end=0, kind=q.kind, interval=rec, per=record.per,
            per_amount=record.per_amount,
        ).per_day()
        if mine_day is not None and rec_day is not None:
            mine, rec = mine_day, rec_day
    return mine.overlaps(rec)


def link_change(
    old: Claim, new: Claim, old_links: Mapping[str, Link], new_links: Mapping[str, Link],
    registry: Registry | None,
) -> str | None:
    """One sentence on how the figure's tie to the registry changed, or None if it did not."""
    ol, nl = old_links.get(old.id), new_links.get(new.id)
    o_id = ol.record_id if ol else None
    n_id = nl.record_id if nl else None
    o_rec = registry.figure(o_id) if registry and o_id else None
    if o_id and n_id and o_id != n_id:
        return f"the new figure links to record {n_id} instead of {o_id}"
    if o_id and not n_id:
        if o_rec is not None and not matches_record(new.quantity, o_rec):
            return f"the new figure no longer matches record {o_id}"
        return f"the new figure is no longer linked to record {o_id}"
    if n_id and not o_id:
        return f"the new figure now matches record {n_id}"
    if o_rec is not None:
        was, now = matches_record(old.quantity, o_rec), matches_record(new.quantity, o_rec)
        if was and not now:
            return f"the new figure no longer matches record {o_id}"
        if now and not was:
            return f"the new figure now matches record {o_id}"
    return None


# --------------------------------------------------------------------------- alignment


def _figure_score(a: Claim, b: Claim, ia: int, ib: int) -> float:
    score = 2.0 if a.quantity.kind == b.quantity.kind else 0.0
    score += 1.0 if (a.quantity.unit or "") == (b.quantity.unit or "") else 0.0
    if a.subject and b.subject:
        score += fuzz.token_set_ratio(a.subject, b.subject) / 50.0
    elif a.subject_head and a.subject_head == b.subject_head:
        score += 2.0
    return score - 0.5 * abs(ia - ib)


def _same_surface_pairs(old: Sequence[Claim], new: Sequence[Claim]) -> list[tuple[Claim | None, Claim | None]]:
    """Figures printed identically in both sentences are the same figure, in order."""
    sm = SequenceMatcher(
        a=[(c.quantity.surface, c.quantity.kind) for c in old],
        b=[(c.quantity.surface, c.quantity.kind) for c in new], autojunk=False,
    )
    return [(old[m.a + k], new[m.b + k]) for m in sm.get_matching_blocks() for k in range(m.size)]


def match_figures(old: Sentence, new: Sentence) -> list[tuple[Claim | None, Claim | None]]:
    """Pair figures of two aligned sentences: in place (token diff), then by kind/subject/order."""
    a, b = tokenize(old.text, old.spans), tokenize(new.text, new.spans)
    by_id_a = {c.id: c for c in old.claims}
    by_id_b = {c.id: c for c in new.claims}
    sm = SequenceMatcher(a=[t.key for t in a], b=[t.key for t in b], autojunk=False)
    pairs = _same_surface_pairs(old.claims, new.claims)
    done = {c.id for p in pairs for c in p if c is not None}
    left = [c for c in old.claims if c.id not in old.spans and c.id not in done]
    right = [c for c in new.claims if c.id not in new.spans and c.id not in done]
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        fa = [by_id_a[t.claim_id] for t in a[i1:i2] if t.claim_id in by_id_a and t.claim_id not in done]
        fb = [by_id_b[t.claim_id] for t in b[j1:j2] if t.claim_id in by_id_b and t.claim_id not in done]
        if op in ("equal", "replace"):
            n = min(len(fa), len(fb))
            pairs += list(zip(fa[:n], fb[:n], strict=True))
            left += fa[n:]
            right += fb[n:]
        else:
            left += fa
            right += fb
    order_a = {c.id: k for k, c in enumerate(old.claims)}
    order_b = {c.id: k for k, c in enumerate(new.claims)}
    cands = sorted(
        ((_figure_score(x, y, order_a[x.id], order_b[y.id]), x.id, y.id) for x in left for y in right),
        reverse=True,
    )
    used_a: set[str] = set()
    used_b: set[str] = set()
    for score, xa, yb in cands:
        if score >= 2.0 and xa not in used_a and yb not in used_b:
            pairs.append((by_id_a[xa], by_id_b[yb]))
            used_a.add(xa)
            used_b.add(yb)
    pairs += [(c, None) for c in left if c.id not in used_a]
    pairs += [(None, c) for c in right if c.id not in used_b]
    return sorted(pairs, key=lambda p: (p[1] or p[0]).position.start)  # type: ignore[union-attr]


def _same(a: Claim, b: Claim) -> bool:
    return a.quantity.surface == b.quantity.surface and a.quantity.kind == b.quantity.kind


def _for_claim(findings: Iterable[Finding], claim: Claim | None) -> list[Finding]:
    return [f for f in findings if claim is not None and claim.id in f.claims]


def diff_claims(
    old: Sequence[Claim], new: Sequence[Claim], *,
    old_links: Mapping[str, Link] | Iterable[Link] | None = None,
    new_links: Mapping[str, Link] | Iterable[Link] | None = None,
    old_findings: Iterable[Finding] = (), new_findings: Iterable[Finding] = (),
    registry: Registry | None = None,
    old_text: str | None = None, new_text: str | None = None,
) -> FigureDiff:
    """Align two versions' claims (of one article) and report figures added, removed, changed.

    With the texts (``Article.text``), sentences that lost or gained all their figures are
    paired with their edited versions instead of showing as wholly removed or added.
    """
    ol, nl = link_map(old_links), link_map(new_links)
    so, sn = group_sentences(old, old_text), group_sentences(new, new_text)
    moved: set[int] = set()
    aligned = []
    for i, j in align_sentences(so, sn, moved):
        os_, ns = (so[i] if i is not None else None), (sn[j] if j is not None else None)
        if os_ is not None and ns is not None:
            pairs = match_figures(os_, ns)
        elif os_ is not None:
            pairs = [(c, None) for c in os_.claims]
        else:
            pairs = [(None, c) for c in ns.claims]  # type: ignore[union-attr]
        aligned.append((i, os_, ns, pairs))
    same = {b.id: a.id for *_, pairs in aligned for a, b in pairs if a and b and _same(a, b)}
    introduced, resolved = diff_findings(old_findings, new_findings, old, new, same)
    result = FigureDiff(
        old_path=old[0].path if old else None, new_path=new[0].path if new else None,
        findings_introduced=introduced, findings_resolved=resolved,
    )
    for i, os_, ns, pairs in aligned:
        start = len(result.changes)
        for a, b in pairs:
            if a is not None and b is not None and _same(a, b):
                result.unchanged += 1
                continue
            kind = "changed" if a and b else ("removed" if a else "added")
            result.changes.append(FigureChange(
                kind=kind, old=a, new=b,  # type: ignore[arg-type]
                old_sentence=os_.text if a and os_ else None,
                new_sentence=ns.text if b and ns else None,
                old_sourcing=sourcing(a, ol) if a else None,
                new_sourcing=sourcing(b, nl) if b else None,
                link_change=link_change(a, b, ol, nl, registry) if a and b else None,
                findings_introduced=_for_claim(introduced, b),
                findings_resolved=_for_claim(resolved, a),
            ))
        indices = list(range(start, len(result.changes)))
        if not indices:
            result.moved += int(i in moved and bool(os_ and os_.claims))
            continue
        result.sentences.append(_sentence_diff(os_, ns, indices))
    return result


def _sentence_diff(os_: Sentence | None, ns: Sentence | None, indices: list[int]) -> SentenceDiff:
    if os_ is not None and ns is not None:
        segments = sentence_diff(os_.text, os_.spans, ns.text, ns.spans)
    elif os_ is not None:
        segments = one_sided("delete", os_.text, os_.claims)
    else:
        segments = one_sided("insert", ns.text, ns.claims)  # type: ignore[union-attr]
    return SentenceDiff(
        old_sentence=os_.text if os_ else None,
        new_sentence=ns.text if ns else None,
        segments=segments,
        changes=indices,
        old_line=os_.line if os_ else None,
        new_line=ns.line if ns else None,
    )


def diff_reports(old: Report, new: Report, registry: Registry | None = None) -> FigureDiff:
    """Diff two scans, article by article (paired by path; a lone article each pairs anyway).

    Links, findings and texts come from the reports, so the result says how sourcing and
    findings changed as well as the figures.
    """
    reg = registry or new.registry or old.registry
    old_paths = list(dict.fromkeys([a.path for a in old.articles] + [c.path for c in old.claims]))
    new_paths = list(dict.fromkeys([a.path for a in new.articles] + [c.path for c in new.claims]))
    if len(old_paths) <= 1 and len(new_paths) <= 1:
        pairs = [(old_paths[0] if old_paths else None, new_paths[0] if new_paths else None)]
    else:
        pairs = [(p if p in old_paths else None, p if p in new_paths else None)
                 for p in dict.fromkeys([*old_paths, *new_paths])]
    merged = FigureDiff()
    for op, np_ in pairs:
        one = diff_claims(
            [c for c in old.claims if c.path == op], [c for c in new.claims if c.path == np_],
            old_links=old.links, new_links=new.links, registry=reg,
            old_findings=[f for f in old.findings if f.position.path == op],
            new_findings=[f for f in new.findings if f.position.path == np_],
            old_text=_text(old, op), new_text=_text(new, np_),
        )
        one.old_path, one.new_path = op, np_
        if len(pairs) == 1:
            return one
        offset = len(merged.changes)
        merged.changes += one.changes
        merged.sentences += [sd.model_copy(update={"changes": [k + offset for k in sd.changes]})
                             for sd in one.sentences]
        merged.unchanged += one.unchanged
        merged.moved += one.moved
        merged.findings_introduced += one.findings_introduced
        merged.findings_resolved += one.findings_resolved
    return merged


def _text(report: Report, path: str | None) -> str | None:
    return next((a.text for a in report.articles if a.path == path), None)

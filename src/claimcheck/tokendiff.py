"""Sentence alignment and a token-level sentence diff in which every figure is one token.

A figure such as "4.2 million" spans several words; diffing word by word would report
"4.[-2-]{+5+} million". Each claim's character span is therefore one token, so a changed
figure is always shown whole: "[-4.2 million-]{+4.5 million+}".

Sentences are aligned before figures: unchanged runs (difflib), then sentences moved
verbatim, then edited sentences paired by rapidfuzz similarity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from claimcheck.models import Claim

#: similarity (see ``similarity``) above which two sentences count as one edited sentence
SENTENCE_SIMILARITY = 55.0
_WORD = re.compile(r"\w+(?:['’.,]\w+)*|[^\w\s]")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Segment(_Model):
    """A run of a token-level sentence diff; ``figures`` are (start, end) spans within ``text``."""

    op: Literal["equal", "delete", "insert"]
    text: str
    space_before: bool = False
    figures: list[tuple[int, int]] = Field(default_factory=list)


class Token(_Model):
    text: str
    start: int
    end: int
    claim_id: str | None = None

    @property
    def key(self) -> str:
        return self.text.lower().replace("’", "'")


def claim_spans(sentence: str, claims: Sequence[Claim]) -> dict[str, tuple[int, int]]:
    """Where each claim's surface sits in its sentence.

    Claims carry file offsets but not the sentence's own offset, so the offset is inferred by
    voting over the surfaces' occurrences; a claim that does not fit the vote is found by search.
    """
    votes: dict[int, int] = {}
    for c in claims:
        surface = c.quantity.surface
        for m in re.finditer(re.escape(surface), sentence):
            base = c.quantity.start - m.start()
            votes[base] = votes.get(base, 0) + 1
    base = max(votes, key=lambda b: (votes[b], -b)) if votes else None
    spans: dict[str, tuple[int, int]] = {}
    cursor = 0
    for c in sorted(claims, key=lambda c: c.quantity.start):
        surface = c.quantity.surface
        if base is not None:
            s = c.quantity.start - base
            if sentence[s : s + len(surface)] == surface and s >= cursor:
                spans[c.id] = (s, s + len(surface))
                cursor = s + len(surface)
                continue
        found = sentence.find(surface, cursor)
        if found >= 0:
            spans[c.id] = (found, found + len(surface))
            cursor = found + len(surface)
    return spans


def tokenize(sentence: str, spans: Mapping[str, tuple[int, int]] | None = None) -> list[Token]:
    """Words and punctuation, except that each claim span is one token."""
    tokens: list[Token] = []
    ordered = sorted((spans or {}).items(), key=lambda kv: kv[1][0])
    pos = 0
    for claim_id, (s, e) in [*ordered, (None, (len(sentence), len(sentence)))]:
        for m in _WORD.finditer(sentence, pos, s):
            tokens.append(Token(text=m.group(), start=m.start(), end=m.end()))
        if claim_id is not None:
            tokens.append(Token(text=sentence[s:e], start=s, end=e, claim_id=claim_id))
        pos = max(pos, e)
    return tokens


def _segment(op: str, sentence: str, toks: Sequence[Token], first: bool) -> Segment:
    s, e = toks[0].start, toks[-1].end
    figures = [(t.start - s, t.end - s) for t in toks if t.claim_id]
    space = s > 0 and sentence[s - 1].isspace()
    return Segment(op=op, text=sentence[s:e], space_before=space and not first, figures=figures)  # type: ignore[arg-type]


def sentence_diff(
    old: str, old_spans: Mapping[str, tuple[int, int]],
    new: str, new_spans: Mapping[str, tuple[int, int]],
) -> list[Segment]:
    """Token-level diff of two sentences in which every figure is a whole token."""
    a, b = tokenize(old, old_spans), tokenize(new, new_spans)
    sm = SequenceMatcher(a=[t.key for t in a], b=[t.key for t in b], autojunk=False)
    out: list[Segment] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out.append(_segment("equal", new, b[j1:j2], not out))
            continue
        if i2 > i1:
            out.append(_segment("delete", old, a[i1:i2], not out))
        if j2 > j1:
            seg = _segment("insert", new, b[j1:j2], not out)
            if i2 > i1:
                seg.space_before = False
            out.append(seg)
    return out


def one_sided(op: Literal["delete", "insert"], sentence: str, claims: Sequence[Claim]) -> list[Segment]:
    toks = tokenize(sentence, claim_spans(sentence, claims))
    return [_segment(op, sentence, toks, True)] if toks else []




_SENTENCE = re.compile(r"\S[^\n]*?(?:[.!?][\"'”’)]*(?=\s|$)|(?=\n)|$)")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) by a plain punctuation rule: only used for sentences with no figure,
    where the nlp pass's own boundaries are not available."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if any(ch.isalpha() for ch in m.group())]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


# --------------------------------------------------------------------------- sentence alignment


class Sentence:
    """Claims sharing one sentence, in reading order; ``start`` is its offset in the text."""

    def __init__(self, text: str, claims: list[Claim], start: int | None = None) -> None:
        self.text = text
        self.claims = claims
        self.key = normalise(text)
        self.spans = claim_spans(text, claims)
        self.start = start if start is not None else self._start()
        self.line = claims[0].position.line if claims else 0

    def _start(self) -> int:
        c = self.claims[0]
        span = self.spans.get(c.id)
        return c.quantity.start - (span[0] if span else 0)


def group_sentences(claims: Iterable[Claim], text: str | None = None) -> list[Sentence]:
    """Sentences with figures, plus (given the text) those without, as partners for edits."""
    ordered = sorted(claims, key=lambda c: (c.path, c.position.start))
    groups: list[Sentence] = []
    for c in ordered:
        sentence = c.sentence or c.quantity.surface
        if groups and groups[-1].text == sentence and _close(groups[-1].claims[-1], c, sentence):
            groups[-1].claims.append(c)
            groups[-1].spans = claim_spans(sentence, groups[-1].claims)
        else:
            groups.append(Sentence(sentence, [c]))
    if text is None:
        return groups
    taken = [(g.start, g.start + len(g.text)) for g in groups]
    bare = []
    for s, t in split_sentences(text):
        if not any(s < e2 and s + len(t) > s2 for s2, e2 in taken):
            bare.append(Sentence(t, [], start=s))
            bare[-1].line = text.count("\n", 0, s) + 1
    return sorted([*groups, *bare], key=lambda g: g.start)


def _close(a: Claim, b: Claim, sentence: str) -> bool:
    """Two claims with the same sentence text are in one sentence if they are near each other."""
    return a.path == b.path and b.position.start - a.position.start <= len(sentence)


def similarity(a: Sentence, b: Sentence) -> float:
    """0–100+: word overlap in any order, plus a bonus for each figure the sentences share."""
    words = max(fuzz.ratio(a.key, b.key), fuzz.token_sort_ratio(a.key, b.key))
    shared = {c.quantity.surface for c in a.claims} & {c.quantity.surface for c in b.claims}
    return words + 10.0 * len(shared)


def align_sentences(
    old: Sequence[Sentence], new: Sequence[Sentence], moved: set[int] | None = None,
) -> list[tuple[int | None, int | None]]:
    """Pairs (old index, new index): exact runs, then moved sentences, then edited ones.

    Old indices of sentences found verbatim elsewhere are added to ``moved``.
    """
    sm = SequenceMatcher(a=[s.key for s in old], b=[s.key for s in new], autojunk=False)
    pairs: dict[int, int] = {}
    blocks: list[tuple[range, range]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            pairs.update({i1 + k: j1 + k for k in range(i2 - i1)})
        else:
            blocks.append((range(i1, i2), range(j1, j2)))
    free_old = [i for i in range(len(old)) if i not in pairs]
    taken = set(pairs.values())
    free_new = [j for j in range(len(new)) if j not in taken]
    # moved: identical sentence text anywhere
    for i in free_old:
        j = next((j for j in free_new if new[j].key == old[i].key), None)
        if j is not None:
            pairs[i] = j
            free_new.remove(j)
            if moved is not None:
                moved.add(i)
    # edited: best fuzzy partner, local (same replace block) candidates first
    for local in (True, False):
        cands = []
        for i in range(len(old)):
            if i in pairs:
                continue
            for j in free_new:
                if local and not any(i in bo and j in bn for bo, bn in blocks):
                    continue
                score = similarity(old[i], new[j])
                if score >= SENTENCE_SIMILARITY:
                    cands.append((score, -abs(i - j), i, j))
        for _, _, i, j in sorted(cands, reverse=True):
            if i not in pairs and j in free_new:
                pairs[i] = j
                free_new.remove(j)
    out: list[tuple[int | None, int | None]] = [(i, j) for i, j in pairs.items()]
    out += [(i, None) for i in range(len(old)) if i not in pairs]
    out += [(None, j) for j in free_new]
    return sorted(out, key=lambda p: (p[1] if p[1] is not None else _anchor(p[0], pairs), p[0] or 0))


def _anchor(i: int | None, pairs: Mapping[int, int]) -> float:
    """Place a removed sentence just after the new sentence its predecessor became."""
    prev = [pairs[k] for k in pairs if i is not None and k < i]
    return (max(prev) if prev else -1) + 0.5

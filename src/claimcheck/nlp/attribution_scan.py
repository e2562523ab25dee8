"""Cue matches per sentence from one scan of the whole doc, for the attribution pass.

The attribution pass reads each cue sentence with its quotes blanked (``Quotes.mask``) and
used to scan that masked copy again for speech verbs, report nouns and "answered by"; those
scans cost more than everything else it does. The doc is scanned once anyway to find the cue
sentences, and a match in a masked sentence is exactly a doc match that starts in the
sentence outside a quote, because quoted spans are bounded by quotation marks (or the
sentence's own edges) and no cue phrase contains a mark. :meth:`CueScan.of` returns those
matches, or ``None`` where the equivalence is not guaranteed and the caller must scan:

* a match runs over a sentence edge ("pointed\\nout"), which a per-sentence scan cannot see;
* a word character touches the sentence's edge (boundaries made by a trained parser), so
  ``\\b`` differs between the sentence alone and the doc;
* the text holds "ı" or "ſ", which case-insensitive patterns match to "i"/"s" but
  lowercasing does not change (the doc is scanned lowercased).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from claimcheck.nlp.attribution_quotes import Quotes
from claimcheck.nlp.attribution_speakers import cues
from claimcheck.nlp.frames_index import DocIndex

#: characters a case-insensitive pattern matches to an ASCII letter that ``lower`` keeps
_FOLD_ONLY = ("ı", "ſ")


@dataclass
class SentenceCues:
    """Unquoted cue matches of one sentence, as offsets relative to its start."""

    verbs: list[tuple[int, int, bool]] = field(default_factory=list)  # (start, end, is a verb)
    reports: list[tuple[int, int]] = field(default_factory=list)
    doc_speaker: list[tuple[int, int]] = field(default_factory=list)


class CueScan:
    """Speech verbs, report nouns and document-speaker cues of a doc, grouped by sentence."""

    def __init__(self, ix: DocIndex, quotes: Quotes) -> None:
        text = ix.text
        self.text, self.ix = text, ix
        self.todo: set[int] = set()
        self._found: dict[int, SentenceCues] = {}
        self._unsafe: set[int] = set()
        self._exact = not any(ch in text for ch in _FOLD_ONLY)
        low = ix.low
        sents = ix.sents
        run_at = quotes.run_at
        for kind, s, e, is_verb in (_one_pass(low) if self._exact else _three_passes(low)):
            si = ix.sent_of(s)
            self.todo.add(si)
            if not sents:
                continue
            ss, se = sents[si]
            if s < ss or e > se:  # over a sentence edge: mark every sentence it touches
                sj = si
                while sj < len(sents) and sents[sj][0] < e:
                    self._unsafe.add(sj)
                    sj += 1
                continue
            if run_at(s) is not None:
                continue  # quoted: blanked in the sentence the caller reads
            found = self._found.get(si)
            if found is None:
                found = self._found[si] = SentenceCues()
            if kind == 0:
                found.verbs.append((s - ss, e - ss, is_verb))
            elif kind == 1:
                found.reports.append((s - ss, e - ss))
            else:
                found.doc_speaker.append((s - ss, e - ss))

    def of(self, si: int) -> SentenceCues | None:
        """Sentence ``si``'s unquoted matches, or ``None`` when the caller must scan it."""
        if not self._exact or si in self._unsafe or not self.ix.sents:
            return None
        ss, se = self.ix.sents[si]
        text = self.text
        if (ss > 0 and _is_word(text[ss - 1])) or (se < len(text) and _is_word(text[se])):
            return None
        return self._found.get(si) or SentenceCues()


def _is_word(ch: str) -> bool:
    """``\\w`` for one character, as ``re`` decides it for ``str`` patterns."""
    return ch.isalnum() or ch == "_"


#: (kind, group of ``cues().all_low``) of the verbs, report nouns and "answered by"
_GROUPS = ((0, 1), (1, 3), (2, 4))
_Hit = tuple[int, int, int, bool]  # kind (0 verb, 1 report, 2 "answered by"), start, end, is a verb


def _three_passes(low: str) -> Iterator[_Hit]:
    """The three cue patterns' matches, one ``finditer`` each (the specification)."""
    c = cues()
    for m in c.verbs.finditer(low):
        yield 0, m.start(), m.end(), m.group("verb") is not None
    for m in c.report_low.finditer(low):
        yield 1, m.start(), m.end(), True
    for m in c.doc_speaker.finditer(low):
        yield 2, m.start(), m.end(), True


def _one_pass(low: str) -> Iterator[_Hit]:
    """What :func:`_three_passes` yields (for text without "ı"/"ſ"), from one regex scan.

    ``cues().all_low`` tries the three patterns as lookaheads at each word start, so a
    position where several match is seen once; each pattern's matches are then kept as its
    own ``finditer`` would (none starting inside its previous match). Every scan over the
    doc costs a fixed amount per character, so one scan instead of three saves two of them.
    The scan reads ``" " + low``: a match is the non-word character before a word, which
    stands at the word's own offset in ``low``, and every other offset is one more there.
    """
    ends = [0, 0, 0]
    for m in cues().all_low.finditer(" " + low):
        s = m.start()
        for kind, group in _GROUPS:
            e = m.end(group) - 1
            if e >= 0 and s >= ends[kind]:
                ends[kind] = e
                yield kind, s, e, kind != 0 or m.group("verb") is not None

"""A per-doc index shared by the frame and attribution components.

Both components ask "which sentence / paragraph holds this offset?" and "what are the words of
this sentence?" for every figure; building the answer once per doc (bisect over sorted
offsets, words cut lazily and cached per sentence, one lowercased copy of the text for their
scans) keeps the whole pass linear and does no per-doc work twice.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from operator import sub
from typing import Final

from spacy.attrs import IDX, SENT_START  # type: ignore[import-not-found]  # Cython, no stubs
from spacy.tokens import Doc

from claimcheck.nlp.doctext import doc_text

#: words, possessive 's, numbers (with , and .), then any other single character
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|['’]s\b|\d+(?:[,.]\d+)*|\S")
#: the same words with the whitespace before each: ``\S`` leaves no other gap, so one
#: ``findall`` gives every word (stripped of its whitespace) and, adding up lengths, its end
_SPACED_WORD = re.compile(rf"\s*(?:{_WORD.pattern})")
_LINE = re.compile(r"[^\n]+")

if not Doc.has_extension("cc_index"):
    Doc.set_extension("cc_index", default=None)


#: A word of a sentence: (text, lowercase text, start, end), offsets into ``doc.text``, read
#: as ``w[LOW]`` etc. A plain tuple rather than a named tuple or dataclass: sentences with
#: figures are cut into words for every doc, and ``zip`` makes plain tuples at C speed while
#: a tuple subclass costs an extra copy per word.
Word = tuple[str, str, int, int]
TEXT: Final = 0
LOW: Final = 1
START: Final = 2
END: Final = 3


def lowered(text: str) -> str:
    """``text.lower()`` with every offset kept (lowercasing can grow a few characters).

    Patterns run on lowercased text because case-insensitive alternations are far slower.
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower()[:1] or ch for ch in text)
    return low


@dataclass
class DocIndex:
    """Sentences and paragraphs of one doc as sorted character spans."""

    text: str
    sents: list[tuple[int, int]]
    paras: list[tuple[int, int]]
    sent_para: list[int]
    _sent_starts: list[int] = field(default_factory=list)
    _para_starts: list[int] = field(default_factory=list)
    _words: dict[int, list[Word]] = field(default_factory=dict)
    _low: str | None = None

    def __post_init__(self) -> None:
        self._sent_starts = [s for s, _ in self.sents]
        self._para_starts = [s for s, _ in self.paras]

    @property
    def low(self) -> str:
        """``lowered(text)``, made once per doc for the frame and attribution scans."""
        if self._low is None:
            self._low = lowered(self.text)
        return self._low

    def sent_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the last one starting at or before it)."""
        return max(0, bisect_right(self._sent_starts, offset) - 1)

    def para_of(self, offset: int) -> int:
        return max(0, bisect_right(self._para_starts, offset) - 1)

    def para_sents(self, p: int) -> range:
        """Indexes of the sentences from the one holding paragraph ``p``'s start to its end."""
        ps, pe = self.paras[p]
        first = self.sent_of(ps)
        return range(first, max(first, bisect_left(self._sent_starts, pe)))

    def sent_text(self, i: int) -> str:
        s, e = self.sents[i]
        return self.text[s:e]

    def words(self, i: int) -> list[Word]:
        """The words of sentence ``i`` (cut on first use, then cached).

        Built without a Python step per word (``findall``, ``accumulate`` and ``map`` run in
        C): sentences with figures are cut for every doc. Same words as ``_WORD.finditer``.
        """
        cached = self._words.get(i)
        if cached is None:
            s, e = self.sents[i]
            spaced = _SPACED_WORD.findall(self.text, s, e)
            texts = list(map(str.lstrip, spaced))  # a word never opens on whitespace
            ends = list(accumulate(map(len, spaced), initial=s))
            del ends[0]
            cached = list(zip(texts, map(str.lower, texts), map(sub, ends, map(len, texts)), ends))
            self._words[i] = cached
        return cached


def _spans(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """Sentence spans from start offsets, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    bounds = sorted(set(starts))
    bounds.append(len(text))
    for s, e in pairwise(bounds):
        stripped = text[s:e].rstrip()
        if stripped:
            spans.append((s + len(stripped) - len(stripped.lstrip()), s + len(stripped)))
    return spans


def build_index(text: str, sent_starts: list[int]) -> DocIndex:
    """The index of a text given the character offsets where its sentences start."""
    if not sent_starts or sent_starts[0] != 0:
        sent_starts = [0, *sent_starts]
    sents = _spans(text, sent_starts)
    paras = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    index = DocIndex(text, sents, paras, [])
    index.sent_para = [index.para_of(s) for s, _ in sents]
    return index


def doc_index(doc: Doc) -> DocIndex:
    """The doc's index: made by the segmenter, else built here from ``SENT_START``."""
    cached = doc._.cc_index
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    if len(doc) == 0:
        index = build_index(doc_text(doc), [])
    else:
        arr = doc.to_array([SENT_START, IDX]).tolist()
        index = build_index(doc_text(doc), [int(i) for flag, i in arr if int(flag) == 1])
    doc._.cc_index = index
    return index

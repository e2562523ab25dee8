"""Sentence boundaries for a blank pipeline (factory ``claimcheck_segmenter``).

A blank ``English`` has no parser or senter, and every later component reasons per
sentence, so boundaries come from two cheap rules run as C-speed regexes over ``doc.text``:

* a line break always ends a sentence (articles put headlines, standfirsts, datelines and
  paragraphs on their own lines);
* ``.``, ``!`` or ``?`` (plus closing quotes/brackets) followed by whitespace and a capital,
  a digit or an opening quote ends one, unless the word before the stop is an abbreviation
  ("Mr.", "Dr.", "U.S.", "etc.") or a single initial ("J. Smith").

The boundaries are written in one ``Doc.from_array`` call rather than a Python loop over
tokens, which keeps the component far below the tokeniser's own cost.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.nlp.frames_data import load_data
from claimcheck.nlp.frames_index import build_index

_PARA = re.compile(r"\n\s*")
_STOP = re.compile(
    r"(?P<word>[\w.'’-]*)(?P<stop>[.!?]+)[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9£$€])"
)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Words that end in a full stop without ending the sentence (lowercase, no final dot)."""
    return frozenset(w.lower().rstrip(".") for w in load_data("frames_segment.yaml")["abbreviations"])


def _is_abbreviation(word: str, stop: str) -> bool:
    if stop != ".":
        return False
    if not word:
        return False
    low = word.lower().lstrip("'’(\"")
    if low in _abbreviations():
        return True
    # single initials ("J.") and dotted acronyms ("U.S.", "e.g.")
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", low))


def sentence_starts(text: str) -> list[int]:
    """Character offsets where a sentence starts (always including the first non-space)."""
    starts: list[int] = []
    first = len(text) - len(text.lstrip())
    if first < len(text):
        starts.append(first)
    for m in _PARA.finditer(text):
        if m.end() < len(text):
            starts.append(m.end())
    for m in _STOP.finditer(text):
        if not _is_abbreviation(m.group("word"), m.group("stop")):
            starts.append(m.end())
    return sorted(set(starts))


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark sentence starts on ``doc``: 1 at each start token, -1 elsewhere."""
    n = len(doc)
    if n == 0:
        return doc
    text = doc.text  # built by joining every token: read it once
    idx = doc.to_array("IDX").tolist()
    values = numpy.full(n, -1, dtype="int64")
    values[0] = 1
    starts = sentence_starts(text)
    for offset in starts:
        i = bisect_left(idx, offset)
        if i < n:
            values[i] = 1
    doc.from_array([SENT_START], values.reshape(n, 1).astype("uint64"))
    doc._.cc_index = build_index(text, [idx[int(i)] for i in numpy.flatnonzero(values == 1)])
    return doc


@Language.component("claimcheck_segmenter")
def claimcheck_segmenter(doc: Doc) -> Doc:
    """Pipeline component: see the module docstring."""
    return set_sentence_starts(doc)

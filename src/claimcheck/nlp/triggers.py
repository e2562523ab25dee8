"""Where a figure may start: digit runs and whole words from the trigger list.

One compiled regex finds them (over the whole text, or only inside the spans of the spaCy
tokens the component flagged), so no Python runs per ordinary word; the grammar then reads a
small window around each start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from claimcheck.nlp.lexicon import LEX


def trie_regex(words: list[str]) -> str:
    """A regex alternation of ``words`` factored as a prefix trie (the engine then branches on
    each letter instead of trying every word in turn)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        end = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + ("?" if end and len(alts) == 1 else "") if not (end and len(alts) > 1) \
            else "(?:" + "|".join(alts) + ")?"

    return emit(trie)


#: candidate positions, found in one C-level pass: digit runs, or a whole word from
#: LEX.triggers (number words, vague heads, ordinals, multiples, money words). Every other
#: word is skipped by the regex engine itself, so no Python runs per ordinary token. The word
#: list is compiled as a prefix trie so the engine branches on each letter instead of trying
#: every alternative in turn.
_CANDIDATE_SRC = r"\.\d|\d[\d.,]*|\b" + trie_regex(sorted({w.lower() for w in LEX.triggers})) + r"\b"
#: run over ``text.lower()`` (same length for nearly all text); IGNORECASE is the fallback
_CANDIDATE = re.compile(_CANDIDATE_SRC)
_CANDIDATE_CI = re.compile(_CANDIDATE_SRC, re.IGNORECASE)


def holds_candidate(word: str) -> bool:
    """Whether a token's text holds a trigger; spaCy computes this once per vocabulary entry."""
    return _CANDIDATE_CI.search(word) is not None


def candidate_starts(text: str, regions: Iterable[tuple[int, int]] | None = None) -> Iterator[int]:
    """Offsets where a trigger match starts, in order: over all of ``text``, or only within
    ``regions`` (sorted spans; a match may start one character early, at the '.' of '.5')."""
    low = text.lower()
    pattern, subject = (_CANDIDATE, low) if len(low) == len(text) else (_CANDIDATE_CI, text)
    if regions is None:
        for m in pattern.finditer(subject):
            yield m.start()
        return
    last, size = -1, len(text)
    for a, b in regions:
        for m in pattern.finditer(subject, max(a - 1, 0), min(b + 1, size)):
            pos = m.start()
            if pos >= b:
                break
            if pos > last:
                last = pos
                yield pos

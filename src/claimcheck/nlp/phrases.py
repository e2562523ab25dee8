"""Phrase tables matched on the grammar's tokens: the longest phrase at or before a token.

Kept apart from :mod:`claimcheck.nlp.context` (which asks its questions with them); the sets
and lengths a lookup needs are worked out once per table, so a token that ends or opens no
phrase rules the whole table out with one dict or set lookup.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.nlp.lexicon import Phrase
from claimcheck.nlp.numparse import Tok

_FIRST: dict[int, frozenset[str]] = {}
_LAST: dict[int, frozenset[str]] = {}


def _words_at(phrases: Iterable[Phrase], which: int, cache: dict[int, frozenset[str]]) -> frozenset[str]:
    """First (``which`` = 0) or last (-1) words of a phrase table, cached per table: a token
    that is none of them rules the whole table out with one set lookup."""
    words = cache.get(id(phrases))
    if words is None:
        words = cache[id(phrases)] = frozenset(p[which] for p in phrases)
    return words


def first_words(phrases: Iterable[Phrase]) -> frozenset[str]:
    return _words_at(phrases, 0, _FIRST)


def last_words(phrases: Iterable[Phrase]) -> frozenset[str]:
    return _words_at(phrases, -1, _LAST)


def match_at(toks: list[Tok], k: int, phrases: tuple[Phrase, ...]) -> int:
    """Length of the first (longest) phrase matching at token ``k``, else 0."""
    if k >= len(toks) or toks[k].low not in (_FIRST.get(id(phrases)) or first_words(phrases)):
        return 0
    for p in phrases:
        if k + len(p) <= len(toks) and all(toks[k + x].low == w for x, w in enumerate(p)):
            return len(p)
    return 0


_LAST_LENGTHS: dict[int, dict[str, tuple[int, ...]]] = {}


def _lengths_by_last(table: dict[Phrase, str]) -> dict[str, tuple[int, ...]]:
    """The lengths of a table's phrases by their last word, longest first, cached per table:
    only those lengths can match before a token that is that word."""
    lengths = _LAST_LENGTHS.get(id(table))
    if lengths is None:
        by: dict[str, set[int]] = {}
        for p in table:
            by.setdefault(p[-1], set()).add(len(p))
        lengths = _LAST_LENGTHS[id(table)] = {w: tuple(sorted(ns, reverse=True)) for w, ns in by.items()}
    return lengths


def match_before(toks: list[Tok], k: int, table: dict[Phrase, str], longest: int) -> tuple[int, str]:
    """Longest phrase of ``table`` ending just before token ``k``: (its length, its rule)."""
    if k == 0:
        return 0, ""
    lengths = _lengths_by_last(table).get(toks[k - 1].low)
    if lengths is None:
        return 0, ""
    top = min(longest, k)
    for n in lengths:
        if n <= top:
            key = tuple([t.low for t in toks[k - n:k]])
            if key in table:
                return n, table[key]
    return 0, ""

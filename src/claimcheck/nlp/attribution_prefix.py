"""A pattern's matches in the text before an offset, scanned once per doc.

'The charity said', 'the union said' and 'the operator said' look back for the body named
last before the mention, as ``pattern.finditer(text, 0, offset)``; asked for each mention,
that scans the text again from its start every time. For the patterns asked this way a full
stop is a barrier: no element of them consumes '.', so a match attempt starting at or before
a full stop reads nothing past it and has the same outcome whatever follows. The matches
before ``offset`` are therefore the doc's matches starting at or before the last full stop
before it (scanned once, kept) followed by ``finditer(text, stop + 1, offset)``, a scan of
the mention's own sentence; the endpos still cuts that tail exactly as a scan from the
start would. A pattern whose every match holds one word ('the RMT union', 'Shelter, the
charity') finds nothing before the word's first occurrence, which is often the mention.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable


class PrefixMatches:
    """``pattern.finditer(text, 0, offset)`` for any offsets, each stretch scanned once."""

    def __init__(self, pattern: re.Pattern[str], text: str, words: Iterable[str] = (),
                 needle: tuple[str, str] | None = None) -> None:
        self.pattern, self.text = pattern, text
        #: (haystack, word): every match holds ``word`` where it stands in ``haystack`` (the
        #: text, or its lowered copy for a case-insensitive word)
        self.needle = needle
        #: a literal of the pattern holding a full stop would let an attempt read past one
        self.barrier = not any("." in w for w in words)
        self.found: list[re.Match[str]] = []  # the matches starting before ``scanned``
        self.starts: list[int] = []
        self.scanned = 0  # every attempt starting before this offset has been read

    def before(self, offset: int) -> list[re.Match[str]]:
        """The matches ``pattern.finditer(text, 0, offset)`` yields, in order."""
        text, pattern = self.text, self.pattern
        if self.needle is not None and self.needle[0].rfind(self.needle[1], 0, offset) < 0:
            return []
        stop = text.rfind(".", 0, offset) if self.barrier else -1
        if stop < 0:
            return list(pattern.finditer(text, 0, offset))
        if stop >= self.scanned:  # read on to the stop; what starts after it is this call's tail
            tail: list[re.Match[str]] = []
            for m in pattern.finditer(text, self.scanned, offset):
                if m.start() <= stop:
                    self.found.append(m)
                    self.starts.append(m.start())
                else:
                    tail.append(m)
            self.scanned = stop + 1
            return self.found + tail
        return self.found[:bisect_right(self.starts, stop)] + list(pattern.finditer(text, stop + 1, offset))


class Lookbacks:
    """One doc's look-back scans, each pattern's read once (keyed by what it looks for)."""

    def __init__(self, text: str, low: str) -> None:
        self.text, self.low = text, low
        #: "ı" and "ſ" match a case-insensitive 'i' and 's' and lowering keeps them, so a
        #: word matched in any case may then be missing from the lowered text (and a
        #: case-insensitive pattern may not be run on it instead)
        self.folds = any(ch in text for ch in ("ı", "ſ"))
        self._scans: dict[str, PrefixMatches] = {}

    def before(self, key: str, offset: int, pattern: re.Pattern[str], words: Iterable[str],
               word: str | None = None, anycase: bool = False) -> list[re.Match[str]]:
        """``pattern.finditer(text, 0, offset)``; ``words`` are the pattern's literal phrases,
        ``word`` one its every match holds (in any case with ``anycase``)."""
        scan = self._scans.get(key)
        if scan is None:
            needle = None
            if word is not None and not (anycase and self.folds):
                needle = (self.low if anycase else self.text), word
            scan = self._scans[key] = PrefixMatches(pattern, self.text, words, needle)
        return scan.before(offset)

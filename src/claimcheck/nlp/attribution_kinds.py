"""'The party said', 'the union said', 'the charity said': the body of that kind named last.

Without NER a body's kind is read from the text: a name known for the kind (Labour, the RMT),
a name ending in the kind's word ('National Education Union'), or an introduction by the kind
('Shelter, the housing charity'; 'the charity Crisis'; 'the RMT union'). Asked only for a
mention whose noun is one of these kinds, so ordinary text pays nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from claimcheck.nlp.attribution_speakers import is_person_name
from claimcheck.nlp.frames_data import alternation, load_data

_NAME = r"[A-Z][\w'’&-]*(?:[ \t]+(?:of|for|and|[A-Z][\w'’&-]*))*"
_ARTICLES = frozenset({"The", "A", "An", "But", "And"})


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """One pattern per kind: each alternative captures the body's name in group ``name``."""
    kinds: dict[str, list[str]] = load_data("attribution_cues.yaml")["kind_bodies"]
    out = {}
    for kind, names in kinds.items():
        word = re.escape(kind)
        parts = [
            # 'Shelter, the housing charity,': the appositive ends there ('the party leader' is a role)
            rf"(?P<a>{_NAME}),[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?{word}(?=[ \t]*[,.;:)–—-])",
            rf"\b(?i:the|a)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{word}[ \t]+(?P<b>{_NAME})",  # 'the charity Crisis'
            rf"(?P<c>{_NAME})[ \t]+(?i:{word})\b",  # 'the RMT union', 'National Education Union'
        ]
        if names:
            parts.append(rf"\b(?P<d>{alternation(sorted(names, key=len, reverse=True))})\b")
        out[kind] = re.compile("|".join(parts))
    return out


def has_kind(noun: str) -> bool:
    """Whether 'the <noun>' is resolved by the kind of body the text named (a set lookup)."""
    return noun in _patterns()


def kind_pattern(noun: str) -> re.Pattern[str]:
    """The pattern naming a body of kind ``noun`` (see :func:`last_of_kind`)."""
    return _patterns()[noun]


@lru_cache(maxsize=1)
def kind_literals() -> tuple[str, ...]:
    """Every word the kind patterns hold literally: the kinds and the bodies' names."""
    kinds: dict[str, list[str]] = load_data("attribution_cues.yaml")["kind_bodies"]
    return (*kinds, *(n for names in kinds.values() for n in names))


def kind_word(noun: str) -> str | None:
    """The word every match of ``kind_pattern(noun)`` holds (in any case), unless the kind
    has names known for it ('Labour' names a party without the word)."""
    kinds: dict[str, list[str]] = load_data("attribution_cues.yaml")["kind_bodies"]
    return None if kinds[noun] else noun


def last_of_kind(text: str, noun: str, matches: Iterable[re.Match[str]]) -> tuple[str, int] | None:
    """The last body of kind ``noun`` named by ``matches`` (``kind_pattern(noun)``'s matches
    before the mention): its name and where it stands."""
    found = None
    for m in matches:
        group = next(g for g in "abcd" if m.group(g) is not None)
        words = m.group(group).split()
        start = m.start(group)
        while words and words[0] in _ARTICLES:
            start = text.index(words[1], start) if len(words) > 1 else start
            words = words[1:]  # 'The union', 'But the RMT union': no name, or the name after
        if group == "c" and words and text[m.end() - len(noun)].isupper():
            words.append(text[m.end() - len(noun):m.end()])  # the kind's word is part of the name
        name = " ".join(words)
        # 'Trade union leaders ...' opens a sentence with a common noun; 'Mick Lynch, the union'
        if not name or (group != "d" and is_person_name(name)) or (group == "c" and len(words) == 1 and _opens(text, start)):
            continue
        found = name, start
    return found


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence (its capital says nothing about a name)."""
    before = text[max(0, start - 3):start].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?\n"

"""Times, places and scope words of the sentences that hold figures, for the frame component.

A figure takes its time and place from its own sentence. The specification is a scan of each
paragraph holding a figure, from the paragraph's start, keeping the matches that start inside
it while looking up to ``MATCH_REACH`` characters past its end (as a scan of the whole text
would see them). :func:`figure_regions` narrows that to the figure sentences and cuts each
scan at a sentence end, which finds the same matches wherever no match can run over a cut.
Every match starts with a word character, so one running over a cut contains the last
character before it; a cut is therefore safe after a character no pattern can contain (a
closing quote, a bracket, a full stop not after a month name) followed by whitespace, and a
region grows by a sentence wherever a cut is not safe, up to the paragraph's own bounds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.nlp.frames_data import grouped, grouped_alternation, load_data, starts
from claimcheck.nlp.frames_index import DocIndex
from claimcheck.nlp.frames_time import find_times, time_phrases
from claimcheck.nlp.frames_timehit import TimeHit

#: "Commissioner for England", "Bank of England": a place inside a proper name is no scope
_NAMED = re.compile(r"[A-Z][\w'’]*\s+(?:for|of)\s+$")
#: how far past a paragraph's end a time/place match starting inside it may run
MATCH_REACH = 200

Region = tuple[int, int, int]  # scan from, keep matches starting before, text end for the scan
Place = tuple[int, int, str]


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A capitalised word right after or before a place (it is inside a name), and a word that
    leaves the place out ('outside London')."""
    d = load_data("frames_places.yaml")
    after = re.compile(rf"[ \t]+(?!(?:{'|'.join(d['place_followers'])})\b)[A-Z][a-z]")
    before = re.compile(rf"\b(?!(?:{'|'.join(d['place_modifiers'])})\b)[A-Z][a-z]+[ \t]+$")
    excluded = re.compile(rf"\b(?:{'|'.join(d['place_exclusions'])})\s+(?:of\s+)?$", re.IGNORECASE)
    return after, before, excluded


@lru_cache(maxsize=1)
def place_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Named places (original case), scope words (lowercased text) and places after "per"."""
    d = load_data("frames_places.yaml")
    scope_words = [x.lower() for x in d["scopes"]]
    places = re.compile(rf"\b(?={starts(d['places'])})(?:{grouped_alternation(d['places'])})\b")
    scopes = re.compile(rf"\b(?={starts(scope_words)})(?:{grouped_alternation(scope_words)})\b")
    return places, scopes, frozenset(p.lower() for p in d["per_places"])


@lru_cache(maxsize=1)
def _inside_chars() -> tuple[frozenset[str], re.Pattern[str]]:
    """Punctuation a time, place or scope match may contain, and "a month name ends here".

    Letters, digits and whitespace always may; "/" and "-" join financial years; a full stop
    only follows a month name ("Jan. 2017") unless a listed phrase has one.
    """
    months, phrases = time_phrases()
    d = load_data("frames_places.yaml")
    chars = {ch for p in [*months, *phrases, *d["places"], *d["scopes"]] for ch in p}
    punct = frozenset(ch for ch in chars if not (ch.isalnum() or ch.isspace())) | {"/", "-"}
    return punct, re.compile(rf"(?:{grouped(sorted(months, key=len, reverse=True))})\Z")


def _may_contain(text: str, low: str, k: int) -> bool:
    """Whether some match could contain ``text[k]``."""
    ch = text[k]
    punct, month_end = _inside_chars()
    if ch.isalnum() or ch.isspace() or ch in punct:
        return True
    return ch == "." and month_end.search(low, max(0, k - 12), k) is not None


def figure_regions(ix: DocIndex, sents: list[int], text: str, low: str) -> list[Region]:
    """Regions to scan for the sentences ``sents`` (sorted indexes) of a doc with sentences."""
    n = len(text)
    regions: list[Region] = []
    by_para: dict[int, list[int]] = {}
    for si in sents:
        by_para.setdefault(ix.sent_para[si], []).append(si)
    for p, wanted in sorted(by_para.items()):
        ps, pe = ix.paras[p]
        reach = min(n, pe + MATCH_REACH)
        inside = ix.para_sents(p)
        if not inside or ix.sents[inside[0]][0] < ps or ix.sents[inside[-1]][1] > pe:
            regions.append((ps, pe, reach))  # a sentence over a line break: the specification
            continue
        first, last = inside[0], inside[-1]
        runs: list[list[int]] = []
        for si in wanted:
            if runs and si <= runs[-1][1]:
                continue
            i = j = si
            while i > first and _may_contain(text, low, ix.sents[i - 1][1] - 1):
                i -= 1
            while j < last and (j + 1 in wanted or _may_contain(text, low, ix.sents[j][1] - 1)
                                or not text[ix.sents[j][1]].isspace()):
                j += 1
            if runs and i <= runs[-1][1] + 1:
                runs[-1][1] = j
            else:
                runs.append([i, j])
        for i, j in runs:
            a = ps if i == first else ix.sents[i][0]
            if j < last:
                b = ix.sents[j][1]
                regions.append((a, b, b))
            elif pe == n or (not _may_contain(text, low, pe - 1) and text[pe].isspace()):
                regions.append((a, pe, pe))
            else:
                regions.append((a, pe, reach))
    return regions


def scan(text: str, low: str, regions: list[Region]) -> tuple[list[TimeHit], list[Place], list[Place]]:
    """Times, named places and scope words starting in each region, in text order.

    Each region ``(start, end, reach)`` is scanned from ``start`` over ``text[:reach]``,
    stopping at the first match that starts at or after ``end``.
    """
    places, scopes, _ = place_patterns()
    in_name, name_before, excluded = _name_patterns()
    times: list[TimeHit] = []
    found: list[Place] = []
    scoped: list[Place] = []
    same_len = len(low) == len(text)
    for start, end, reach in regions:
        times += find_times(text, start, end, low=low, reach=reach)
        first = len(found)
        for m in places.finditer(text, start, reach):
            if m.start() >= end:
                break
            if not _NAMED.search(text, max(0, m.start() - 40), m.start()) and not in_name.match(text, m.end()) \
                    and not name_before.search(text, max(0, m.start() - 30), m.start()):
                out = excluded.search(text, max(0, m.start() - 12), m.start())
                a = out.start() if out else m.start()  # 'outside London' is not London
                found.append((a, m.end(), text[a:m.end()]))
        if same_len:
            for m in scopes.finditer(low, start, reach):
                if m.start() >= end:
                    break
                if _runs_past(found[first:], m.start(), m.end()):
                    continue  # 'across England and Wales' is the named place, not 'across England'
                scoped.append((m.start(), m.end(), text[m.start():m.end()]))
    return times, found, scoped


def _runs_past(named: list[Place], start: int, end: int) -> bool:
    """Whether a named place starting inside a scope phrase runs on past it: the longer name
    ('England and Wales') is the place the scope only began."""
    return any(start <= a < end < b for a, b, _ in named)

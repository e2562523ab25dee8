"""The speed shortcuts of the segmenter, frame and attribution passes give what they replace.

Each shortcut keeps the slower form it stands for (a pattern, a scan) as its specification;
these tests compare the two on crafted and seeded random text. ``bench/extraction_diff.py``
checks the whole pipeline's output the same way.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import spacy

from claimcheck.nlp.attribution_quotes import _INVERTED, inverted
from claimcheck.nlp.attribution_scan import _one_pass, _three_passes
from claimcheck.nlp.attribution_sources import (
    _CAPS_BACK,
    _CAPS_CHARS,
    _DET_CHARS,
    _DETERMINERS,
    _POSS_CHARS,
    _POSSESSOR,
    _TITLE,
    _search_end,
)
from claimcheck.nlp.attribution_speakers import cues
from claimcheck.nlp.frames_index import _WORD, build_index, lowered
from claimcheck.nlp.frames_scan import MATCH_REACH, Place, figure_regions, scan
from claimcheck.nlp.frames_timehit import TimeHit
from claimcheck.nlp.segment import (
    _PARA,
    _STOP,
    _is_abbreviation,
    sentence_starts,
    set_sentence_starts,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EDGES = [
    "Prices rose in March. 2017/18 saw 300 more cases in London. 2016 had 40.",
    "The minister pointed\nout that 4,000 homes were built in 2019/20.",
    "It happened during September\n2015: 70 families moved, 20 in Yorkshire and the Humber",
    "“The report found 300 cases,” said Jane Smith. She said 40 more in Wales (2018).",
    "According to the council according to the data, 500 families in 2016! Over the same period 9.",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] + EDGES


def _random_text(rng: random.Random, pieces: list[str], n: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, n)))


def test_inverted_is_the_pattern() -> None:
    rng = random.Random(2)
    pieces = ['"', "”", ",", ".", "!", "?", " ", "\n", "a", "\t", "“"]
    for _ in range(20000):
        t = _random_text(rng, pieces, 7)
        assert inverted(t) == bool(_INVERTED.search(t)), repr(t)


def test_backward_searches_start_late_but_find_the_same() -> None:
    rng = random.Random(3)
    pieces = ["the ", "The ", "a ", "new ", "its ", " ", "\n", ", ", "(ONS) ", "Office ", "for ",
              "and ", "hand ", "Smith's ", "’s ", "x", "-", "É", "ı", "."]
    for _ in range(20000):
        head = _random_text(rng, pieces, 10)
        for rx, chars in ((_DETERMINERS, _DET_CHARS), (_CAPS_BACK, _CAPS_CHARS), (_POSSESSOR, _POSS_CHARS)):
            a, b = rx.search(head), _search_end(rx, chars, head, head[::-1])
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (head, rx.pattern)


def test_title_nouns_are_report_nouns() -> None:
    """named_title is tried only at report nouns: each of its nouns must be one."""
    nouns = re.search(r"\(\?:([a-z|]+)\)", _TITLE.pattern)
    assert nouns is not None
    assert set(nouns.group(1).split("|")) <= cues().report_nouns


def test_one_cue_scan_is_three() -> None:
    rng = random.Random(4)
    pieces = ["said ", "says ", "report ", "reports ", "according to ", "answered by ", "estimates ",
              "pointed out ", "points\nout ", "written statement by ", "freedom of information ", "x ", ", "]
    texts = [lowered(t) for t in _texts()] + [_random_text(rng, pieces, 12) for _ in range(5000)]
    for low in texts:
        assert sorted(_one_pass(low)) == sorted(_three_passes(low))


def test_words_are_the_word_pattern() -> None:
    rng = random.Random(1)
    pieces = list("ab C-'’s 12,3.4 \n\t£“”é") + ["İ-x", "  "]
    for _ in range(5000):
        text = _random_text(rng, pieces, 40)
        ix = build_index(text, [0])
        for i, (s, e) in enumerate(ix.sents):
            want = [(m.group(), m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text, s, e)]
            assert ix.words(i) == want


def _start(hit: TimeHit | Place) -> int:
    return hit.start_char if isinstance(hit, TimeHit) else hit[0]


def test_sentence_scans_find_the_paragraph_scans_matches() -> None:
    """Scanning figure sentences only gives, in them, what scanning their paragraphs gives."""
    rng = random.Random(6)
    nlp = spacy.blank("en")
    for text in _texts():
        ix = set_sentence_starts(nlp(text))._.cc_index
        low = lowered(text)
        spec = scan(text, low, [(ps, pe, min(len(text), pe + MATCH_REACH)) for ps, pe in ix.paras])
        for _ in range(20):
            chosen = sorted(rng.sample(range(len(ix.sents)), k=rng.randint(1, len(ix.sents))))
            got = scan(text, low, figure_regions(ix, chosen, text, low))
            for si in chosen:
                ss, se = ix.sents[si]
                for want, have in zip(spec, got, strict=True):
                    assert [h for h in want if ss <= _start(h) < se] == [h for h in have if ss <= _start(h) < se]


def test_sentence_starts_are_the_stop_rule() -> None:
    """The stop-first scan finds the boundaries of the word-first rule ``_STOP``."""
    rng = random.Random(5)
    pieces = ["Mr", ". ", "J", "U.S", "etc", "a", "Dr", "word", "’", "'", "(", '"', "!", "?", " ", "\n",
              "X", "1", ".", "e.g", "-", "abc" * 20, "Prof", "St"]
    for _ in range(5000):
        text = _random_text(rng, pieces, 30)
        want: set[int] = set()
        first = len(text) - len(text.lstrip())
        if first < len(text):
            want.add(first)
        want |= {m.end() for m in _PARA.finditer(text) if m.end() < len(text)}
        want |= {m.end() for m in _STOP.finditer(text) if not _is_abbreviation(m.group("word"), m.group("stop"))}
        assert sentence_starts(text) == sorted(want), repr(text)

"""Units of measure after a number: '6 gigawatts', '43GW', '1.5C', '-18 °C', '109 degrees
Fahrenheit'. Kept apart from :mod:`claimcheck.nlp.context` so each module answers one kind of
question; the words are data (``measure_words``, ``degree_names`` in context.json).
"""

from __future__ import annotations

from claimcheck.nlp.lexicon import LEX
from claimcheck.nlp.numparse import Tok

_CX = LEX.ctx
_MEASURE_WORDS: dict[str, str] = _CX["measure_words"]
_DEGREE_NAMES: dict[str, str] = _CX["degree_names"]
_MEASURE_BEFORE: dict[str, str] = _CX["measure_words_before"]
_GLUED_ONLY = frozenset(_CX["measure_words_glued_only"])
_DEGREE_SCALES = frozenset(_CX["degree_scales"])


def measure_word_at(toks: list[Tok], k: int) -> str | None:
    """The unit a measure word at ``k`` names ('gigawatts', '6 GW', '9.6GW', '1.5C'), canonical
    ('GW', '°C'); abbreviations that are also words or letters count only glued to the number."""
    if k >= len(toks) or k == 0:
        return None
    low = toks[k].low
    if low == "light" and k + 1 < len(toks) and toks[k + 1].low in ("years", "year"):
        return "light years"
    if low in ("degree", "degrees") and k + 1 < len(toks) and toks[k + 1].low in _DEGREE_NAMES:
        return _DEGREE_NAMES[toks[k + 1].low]  # '109 degrees Fahrenheit'
    unit = _MEASURE_WORDS.get(low)
    if unit is None or (low in _GLUED_ONLY and toks[k].start != toks[k - 1].end
                        and not (toks[k].text.isupper() and len(low) > 1)):
        return None
    return unit


def measure_before_at(toks: list[Tok], i: int) -> str | None:
    """The scale a word names just before the number at ``i`` ('magnitude 7.4', 'magnitude-6.1')."""
    w = i - 1 - (i > 1 and toks[i - 1].text == "-" and toks[i - 1].start == toks[i - 2].end)
    return _MEASURE_BEFORE.get(toks[w].low) if w >= 0 else None


def measure_at(toks: list[Tok], k: int) -> int:
    """Tokens of a unit of measure at ``k``: 'mg' is one, '°C' or '° F' two, a bare '°' one."""
    if k >= len(toks):
        return 0
    t = toks[k]
    if t.text == "°":
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return 2 if nxt is not None and nxt.low in _DEGREE_SCALES and nxt.start - t.end <= 1 else 1
    return 1 if t.low in LEX.measure_units else 0

"""Spoken forms around number words: denominators and ranks ('thirds', 'twenty-fifth'),
digits read after 'point', simple fractions after 'and' ('and three fifths'), 'of a million'
after a fraction, and the glue tests ('-and-', 'first-time') the value grammar asks about.

Split out of :mod:`claimcheck.nlp.numparse` (as :mod:`claimcheck.nlp.digitforms` is for digit
strings) so the state machine there stays readable; each helper reads the token list and
returns how far its form reaches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.nlp.lexicon import LEX

if TYPE_CHECKING:
    from claimcheck.nlp.numparse import Tok


def denominator(low: str) -> float | None:
    """'thirds' → 3, 'half' → 2; 'second(s)' is never a denominator (it is time)."""
    if low in LEX.fraction_words:
        return LEX.fraction_words[low]
    if low.startswith("second"):
        return None
    base = low[:-1] if low.endswith("s") and low[:-1] in LEX.ordinals else low
    return LEX.ordinals.get(base)


def _small(t: Tok) -> float:
    return LEX.units.get(t.low) or LEX.teens.get(t.low) or LEX.tens.get(t.low) or 0.0


def _decimals(toks: list[Tok], k: int) -> tuple[str, int]:
    """Digits spoken after 'point': 'zero three' → '03', 'seventy-one' → '71'."""
    digits = ""
    while k < len(toks):
        t = toks[k]
        if t.kind == "num" and t.text.isdigit():
            digits += t.text
        elif t.low in LEX.units:
            digits += str(int(LEX.units[t.low]))
        elif t.low in LEX.teens or t.low in LEX.tens:
            v = int(_small(t))
            if k + 2 < len(toks) and t.low in LEX.tens and toks[k + 1].text == "-" \
                    and toks[k + 2].low in LEX.units:
                v += int(LEX.units[toks[k + 2].low])
                k += 2
            elif k + 1 < len(toks) and t.low in LEX.tens and toks[k + 1].low in LEX.units:
                v += int(LEX.units[toks[k + 1].low])
                k += 1
            digits += str(v)
        else:
            break
        k += 1
    return digits, k


def _zero(t: Tok) -> bool:
    """'0', 'zero', 'nought': no cardinal goes on with 'and zero', so it starts a new number."""
    return LEX.units.get(t.low) == 0 or (t.kind == "num" and t.text.isdigit() and not t.text.strip("0"))


def glued(toks: list[Tok], k: int, count: int) -> bool:
    """Do tokens ``k`` .. ``k + count`` exist and touch, with no space between them?"""
    if k < 0 or k + count >= len(toks):
        return False
    for x in range(k, k + count):  # a plain loop: all() over a generator costs more
        if toks[x].end != toks[x + 1].start:
            return False
    return True


def _hyphen_after(toks: list[Tok], k: int) -> bool:
    """Is token ``k`` glued to a following hyphen ('first-time', 'fifth-largest')?"""
    return k + 1 < len(toks) and toks[k + 1].text == "-" and toks[k + 1].start == toks[k].end


def _compound_denominator(toks: list[Tok], k: int) -> tuple[float, int, bool] | None:
    """'twenty-fifth(s)' / 'thirty firsts' at ``k``: (its rank, last token index, plural).

    A tens word and a unit ordinal make one ordinal, as the scanner reads 'twenty fifth'; one
    glued to a following hyphen ('twenty-first-century') is an adjective, not a denominator.
    """
    j = k + 2 if k + 2 < len(toks) and toks[k + 1].text == "-" else k + 1
    if j >= len(toks) or toks[j].low in LEX.fraction_words or _hyphen_after(toks, j):
        return None
    d = denominator(toks[j].low)
    if d is None or d >= 10:
        return None
    return LEX.tens[toks[k].low] + d, j, toks[j].low.endswith("s")


def _of_a_scale(toks: list[Tok], k: int) -> tuple[float, int] | None:
    """'of a million' at ``k`` after a fraction: (the scale, its token index)."""
    j = k + 2
    if j >= len(toks) or toks[k].low != "of" or toks[k + 1].low not in ("a", "an"):
        return None
    sc = LEX.scales.get(toks[j].low)
    return None if sc is None or toks[j].low.endswith("s") else (sc, j)


def _simple_fraction(toks: list[Tok], k: int, tens: bool = False) -> tuple[float, int] | None:
    """'a half' / 'three eighths' at ``k``: its value and last token index.

    With ``tens`` (after a whole below a hundred) the numerator may be a tens word too: 'two and
    fifty-four hundredths'; after 'one hundred and' 'thirty fifths' stays part of the cardinal.
    """
    if k + 1 >= len(toks):
        return None
    t = toks[k]
    if t.low in ("a", "an", "one"):
        num = 1.0
    elif t.low in LEX.units or t.low in LEX.teens or (tens and t.low in LEX.tens):
        num = _small(t)
        u = k + 2 if toks[k + 1].text == "-" else k + 1
        if t.low in LEX.tens and u + 1 < len(toks) and LEX.units.get(toks[u].low):
            num, k = num + LEX.units[toks[u].low], u  # 'two and fifty-four hundredths'
    elif t.kind == "num" and t.text.isdigit():
        num = float(t.text)
    else:
        return None
    nxt = k + 2 if k + 2 < len(toks) and toks[k + 1].text == "-" else k + 1
    d = denominator(toks[nxt].low)
    if d is None or (num > 1 and not toks[nxt].low.endswith("s") and toks[nxt].low not in ("half", "quarter")):
        return None
    return num / d, nxt

"""Digit strings and the forms around a number token: values and rounding steps of digit
strings ('15,800', '1 414 021'), scale abbreviations ('10k', '£800m'), exponents
and powers ('x10^6', '1.1^23'), slash fractions ('3/4') and mixed numbers ('2 1/2').

Split out of :mod:`claimcheck.nlp.numparse` to keep that module readable; each helper reads
the token list the value grammar works on and returns how far the form reaches.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimcheck.nlp.lexicon import LEX

if TYPE_CHECKING:
    from claimcheck.nlp.numparse import Tok

_GROUP_GAP = frozenset({" ", "\u202f", "\u00a0", "\u2009"})


def _counted_after(toks: list[Tok], j: int, abbrev: str) -> bool:
    """'1.5m people', '3m homes': a counted noun after the letter makes it a scale."""
    if abbrev not in LEX.counted_abbrev or j >= len(toks) or toks[j].kind != "word":
        return False
    low = toks[j].low
    if low in LEX.counted_nouns:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith("ss") and low not in LEX.unit_events


#: a million said nearby: 'million', '2bn', or an 'm' with a counted noun ('5.1m visits')
_MILLION_NEAR = re.compile(r"\bmillions?\b|\d(?:bn|m [a-z]{3,}s)\b", re.IGNORECASE)
_NEAR_BACK = 160  # characters before the figure searched for a million


def _millions_near(text: str, toks: list[Tok], k: int) -> bool:
    """'Americans made 5.1m visits, the French (3.5m)', 'Heathrow handled 7.9 million, Gatwick
    4.4m.': an 'm' glued to digits that ends its phrase is a million when a million was said
    just before; 'a 2m wall' and 'jumped 2.4m' (no million near) stay metres."""
    if not text or (k + 2 < len(toks) and toks[k + 2].kind == "word") or (k > 0 and toks[k - 1].low in ("a", "an")):
        return False
    a = toks[k].start
    return _MILLION_NEAR.search(text, max(0, a - _NEAR_BACK), a) is not None


def _abbrev(toks: list[Tok], k: int, money: bool, text: str = "") -> tuple[int, float]:
    """A scale abbreviation right after digits: '10k', '1.2bn', '2.33 k', '£800m'."""
    if k + 1 >= len(toks):
        return k, 0.0
    nxt = toks[k + 1]
    attached = nxt.start == toks[k].end
    if nxt.kind != "word" or nxt.low not in LEX.scale_abbrev:
        return k, 0.0
    if k + 2 < len(toks) and toks[k + 2].start == nxt.end and toks[k + 2].kind in ("word", "num"):
        return k, 0.0
    if attached and toks[k].text + nxt.text in LEX.glued_labels:
        return k, 0.0  # '5G' is a network generation
    if nxt.low in LEX.ambiguous_abbrev:
        decimal = nxt.text in LEX.decimal_abbrev and "." in toks[k].text \
            and not (k > 0 and toks[k - 1].low in LEX.label_before)  # '1.2b', not 'Figure 1.2b'
        if not attached or not (money or nxt.text.isupper() or decimal or _counted_after(toks, k + 2, nxt.low)
                                or (nxt.low in LEX.counted_abbrev and _millions_near(text, toks, k))):
            return k, 0.0
    elif not attached and len(nxt.low) == 1 and nxt.low != "k":
        return k, 0.0
    return k + 1, LEX.scale_abbrev[nxt.low]


def _exponent(toks: list[Tok], k: int) -> tuple[int, int, float, bool] | None:
    """'x10^6', '×10^-4', '×10−5', '8x2^10' or a power '1.1^23' after a mantissa.

    Returns (exponent, last token index, base, is_power); a power raises the mantissa itself.
    """
    n = len(toks)
    if k + 2 < n and toks[k + 1].text == "^" and toks[k + 1].start == toks[k].end:
        e = _signed_int(toks, k + 2)
        return (e[0], e[1], 0.0, True) if e else None
    if k + 3 >= n or toks[k + 1].low not in ("x", "×") or toks[k + 2].kind != "num" \
            or not toks[k + 2].text.isdigit() or toks[k + 2].start != toks[k + 1].end:
        return None
    base = float(toks[k + 2].text)
    if toks[k + 3].text == "^":
        e = _signed_int(toks, k + 4)
    elif base == 10 and toks[k + 3].text in ("-", "−") and toks[k + 3].start == toks[k + 2].end:
        e = _signed_int(toks, k + 3)
    else:
        e = None
    return (e[0], e[1], base, False) if e else None


def _signed_int(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """An attached, optionally signed integer at ``j``: (value, index of its digits)."""
    sign = 1
    while j < len(toks) and toks[j].text in ("-", "−", "+") and toks[j].start == toks[j - 1].end:
        sign = -sign if toks[j].text != "+" else sign
        j += 1
    if j < len(toks) and toks[j].kind == "num" and toks[j].text.isdigit() and toks[j].start == toks[j - 1].end:
        return sign * int(toks[j].text), j
    return None


def _slash(toks: list[Tok], k: int) -> tuple[float, int] | None:
    """A proper fraction written with a slash right after the numerator at ``k``: '3/4'.

    Dates ('5/17/2018'), year ranges and improper forms ('24/7', '9/11') are not fractions.
    """
    n = len(toks)
    if k + 2 >= n or toks[k + 1].text != "/" or toks[k + 1].start != toks[k].end \
            or toks[k + 2].start != toks[k + 1].end or toks[k + 2].kind != "num":
        return None
    a, b = toks[k].text, toks[k + 2].text
    if not (a.isdigit() and b.isdigit()) or (k + 3 < n and toks[k + 3].text in ("/", "-")
                                             and toks[k + 3].start == toks[k + 2].end):
        return None
    if int(b) == 0 or int(a) >= int(b) or len(b) > 4 or f"{a}/{b}" in LEX.not_fractions:
        return None
    return float(b), k + 2


def _mixed(toks: list[Tok], k: int) -> tuple[float, int] | None:
    """'2 1/2': a whole number followed by a spaced proper fraction."""
    if k + 1 >= len(toks) or not toks[k].text.isdigit() or toks[k + 1].kind != "num" \
            or toks[k + 1].start == toks[k].end:
        return None
    sl = _slash(toks, k + 1)
    if sl is None:
        return None
    return float(toks[k + 1].text) / sl[0], sl[1]


def digit_value(s: str) -> tuple[float, float] | None:
    """Value and rounding step of a digit string ('15,800' → 15800, 100), or None if invalid.

    Accepts thousands separators (',' or '.', Indian 2-digit groups), one decimal mark
    (',' when it cannot be a thousands separator) and an exponent.
    """
    if s.isdigit():  # the common case, as the general path below reads it
        return float(s), 10.0 ** (len(s) - len(s.rstrip("0")) if s.strip("0") else 0)
    exp = 0
    if "e" in s or "E" in s:
        s, e = re.split("[eE]", s, maxsplit=1)
        exp = int(e)
    commas, dots = s.count(","), s.count(".")
    intpart, frac = s, ""
    if commas and dots:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        sep = "." if dec == "," else ","
        intpart, frac = s.rsplit(dec, 1)
        if dec == "," and s.count(",") > 1:
            return None
        if not _grouped(intpart.split(sep)):
            return None
        intpart = intpart.replace(sep, "")
    elif commas:
        groups = s.split(",")
        if _grouped(groups):
            intpart = "".join(groups)
        elif commas == 1 and len(groups[1]) != 3:
            intpart, frac = groups
        else:
            return None
    elif dots == 1:
        intpart, frac = s.split(".")
    elif dots > 1:
        groups = s.split(".")
        if not (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
        intpart = "".join(groups)
    value = float(f"{intpart or 0}.{frac or 0}") * 10.0**exp
    if frac:
        step = 10.0 ** (exp - len(frac))
    else:
        tz = len(intpart) - len(intpart.rstrip("0")) if intpart.strip("0") else 0
        step = 10.0 ** (tz + exp)
    return value, step


def _grouped(groups: list[str]) -> bool:
    """Thousands groups: 1-3 digits then 3s, or the Indian 2s then a final 3."""
    if len(groups) < 2 or not 1 <= len(groups[0]) <= 3:
        return False
    if all(len(g) == 3 for g in groups[1:]):
        return True
    return len(groups[-1]) == 3 and all(len(g) == 2 for g in groups[1:-1]) and len(groups[0]) <= 2


def step_of(value: float) -> float:
    """Rounding step implied by an integer's trailing zeros (26,000,000 → 1,000,000)."""
    if value != int(value) or value == 0:
        return 1.0 if value == int(value) else 0.0
    v, step = abs(int(value)), 1.0
    while v % 10 == 0:
        v //= 10
        step *= 10
    return step


def _join_groups(text: str, toks: list[Tok], k: int) -> tuple[str, int]:
    """'1 414 021 100' / '40\u202f000': digit groups split by single spaces, as one string."""
    s, end = toks[k].text, k
    if len(s) > 3 or not s.isdigit() or (k > 0 and toks[k - 1].end == toks[k].start
                                         and toks[k - 1].kind == "word"):
        return s, k  # 'i7 860' is a model name then a number, not 7,860
    while end + 1 < len(toks):
        nxt = toks[end + 1]
        head = nxt.text.split(".")[0]
        if (nxt.kind == "num" and len(head) == 3 and head.isdigit() and nxt.text.count(".") <= 1
                and nxt.start - toks[end].end == 1 and text[toks[end].end] in _GROUP_GAP):
            s += nxt.text
            end += 1
            if "." in nxt.text:
                break
        else:
            break
    return s, end

"""Tokens and the value grammar: digit strings and English number words to a float.

The grammar reads a small token list of its own (one precompiled regex over the text) rather
than spaCy tokens, so "£800m", "10k" and "1,770" split the same way in every pipeline and the
scan needs no per-token Python objects from spaCy.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass

from claimcheck.nlp.digitforms import (
    _abbrev,
    _exponent,
    _join_groups,
    _mixed,
    _slash,
    digit_value,
    step_of,
)
from claimcheck.nlp.lexicon import LEX, TOKEN_RE
from claimcheck.nlp.wordforms import (
    _compound_denominator,
    _decimals,
    _hyphen_after,
    _of_a_scale,
    _simple_fraction,
    _small,
    _zero,
    denominator,
    glued,
)

_PERIOD_DENOMINATORS = frozenset(LEX.ctx["period_denominators"])
_NEED_OF = frozenset(LEX.ctx["multiples_need_of"])
_PERIODS_AFTER = frozenset(LEX.ctx["periods_after"])
_PERIODS_AFTER_IF_NO_OF = frozenset(LEX.ctx["periods_after_if_no_of"])


class Tok:
    """One token: offsets into the text, its text, lower-case form and class."""

    __slots__ = ("end", "kind", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str, kind: str, low: str) -> None:
        self.start, self.end, self.text, self.kind, self.low = start, end, text, kind, low

    def __repr__(self) -> str:
        return f"Tok({self.text!r}@{self.start})"


#: TOKEN_RE with the whitespace before each token captured: one ``findall`` (C speed) yields
#: every token's text and group, and the offsets follow from the lengths, since tokens are
#: cut only at whitespace (every other character belongs to one of the three groups)
_SPACED_TOKEN_RE = re.compile(r"(\s*)(?:" + TOKEN_RE.pattern + ")")


def tokenize_starts(text: str, start: int = 0, end: int | None = None) -> tuple[list[Tok], list[int]]:
    """:func:`tokenize`, with the tokens' start offsets as a list of their own (for bisecting)."""
    vulgar = LEX.vulgar
    out: list[Tok] = []
    starts: list[int] = []
    append, mark = out.append, starts.append
    pos = start
    for ws, word, num, sym in _SPACED_TOKEN_RE.findall(text, start, len(text) if end is None else end):
        pos += len(ws)
        mark(pos)
        if word:
            e = pos + len(word)
            append(Tok(pos, e, word, "vf" if word in vulgar else "word", word.lower()))
        elif num:
            e = pos + len(num)
            append(Tok(pos, e, num, "num", num.lower()))
        else:
            e = pos + 1
            append(Tok(pos, e, sym, "sym", sym.lower()))
        pos = e
    return out, starts


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Split ``text[start:end]`` into number, word and symbol tokens (offsets into ``text``)."""
    return tokenize_starts(text, start, end)[0]


def _counts_periods(toks: list[Tok], i: int, k: int, whole: float) -> bool:
    """'four quarters', 'the last two quarters of 2025', 'in two quarters': a denominator that is
    also a period counts periods when the share would be whole or more, after a word that
    only goes with periods, or after a time preposition with no 'of' following ('in three
    quarters of cases' stays a share, as does 'three-quarters')."""
    if k > 0 and toks[k - 1].text == "-" and toks[k - 1].end == toks[k].start:
        return False
    if whole >= (denominator(toks[k].low) or 0):
        return True
    before = toks[i - 1].low if i > 0 else ""
    return before in _PERIODS_AFTER or (
        before in _PERIODS_AFTER_IF_NO_OF and not (k + 1 < len(toks) and toks[k + 1].low == "of"))


@dataclass
class NumExpr:
    """A parsed number: token span [i, j), value and what the words said about it."""

    i: int
    j: int
    value: float
    step: float
    words: bool = False
    fraction: bool = False
    denominator: float | None = None
    scaled: bool = False
    #: 'one hundred fifth' = 105th: a cardinal completed by an ordinal word is a rank
    ordinal: bool = False
    #: 'a quarter of a million': a share of a scale, so the denominator reads as rounded
    of_scale: bool = False


#: a rank after 'a' that is no share: 'waiting for a first appointment' is not 1/1
_NO_SHARE_AFTER_ARTICLE = frozenset({"first"})

#: word tables in the order the value grammar asks about them, with the class each gives
_WORD_CLASSES: tuple[tuple[Collection[str], str], ...] = (
    (LEX.units, "unit"), (LEX.teens, "teen"), (LEX.tens, "tens"), (LEX.hundred, "hundred"),
    (LEX.scales, "scale"), (LEX.multiples, "mult"), (("a", "an"), "article"))


def _classes() -> dict[str, str]:
    """Every word with a class, the first table asked winning; denominators come last (the
    words :func:`denominator` knows: fraction words, ordinals and their plurals)."""
    out: dict[str, str] = {}
    for table, cls in _WORD_CLASSES:
        for w in table:
            out.setdefault(w, cls)
    for w in (*LEX.fraction_words, *LEX.ordinals, *(o + "s" for o in LEX.ordinals)):
        if denominator(w) is not None:
            out.setdefault(w, "denom")
    return out


#: class by lower-case word, so a token's class is one dict lookup
_CLASS_OF = _classes()


def word_class(t: Tok) -> str | None:
    """Grammar class of a token for the value state machine."""
    kind = t.kind
    if kind == "num":
        return "digit"
    if kind == "vf":
        return "vf"
    return _CLASS_OF.get(t.low)


def parse_number(text: str, toks: list[Tok], i: int, money: bool = False) -> NumExpr | None:
    """Longest number expression starting at token ``i`` (digits, words, fractions, scales)."""
    n = len(toks)
    total, chunk, last = 0.0, 0.0, ""
    last_big = math.inf
    end = -1
    and_seen = False
    words = fraction = scaled = ordinal = of_scale = False
    den: float | None = None
    dstep: float | None = None
    k = i
    #: only a number spelled out in words can run on into an ordinal ('$280 million first' cannot)
    spelled = not money and i < n and toks[i].kind == "word"
    #: digits then a scale end there: '3.9 million five years earlier' is two numbers ('6 crore
    #: and two hundred' is one)
    digits_first = i < n and toks[i].kind == "num"
    while k < n:
        t = toks[k]
        cls = word_class(t)
        after_and, and_seen = and_seen, False
        if cls is None:
            if t.low == "of" and last == "frac" and fraction:
                of_sc = _of_a_scale(toks, k)
                if of_sc is not None:  # 'two thirds of a million', 'a quarter of a billion'
                    total, chunk, fraction, scaled = (total + chunk) * of_sc[0], 0.0, False, True
                    of_scale = True
                    words, last, end = True, "scale", of_sc[1]
                    break
            if t.text == "-" and last and glued(toks, k, 3) and toks[k + 1].low == "and":
                k += 1  # 'four-hundred-and-seventy-three', 'two-and-a-half': a glued 'and'
                t = toks[k]
            nx = k + 2 if t.low == "and" and glued(toks, k - 1, 3) and toks[k - 1].text == "-" else k + 1
            if t.low in ("and", "&") and last and nx < n and word_class(toks[nx]) and not _zero(toks[nx]):
                frac = _simple_fraction(toks, nx, last in ("unit", "teen", "digit"))
                if frac is not None and last not in ("frac", "point"):
                    f_end = frac[1] + 1
                    if last == "scale" and f_end < n and word_class(toks[f_end]) == "scale" \
                            and LEX.scales[toks[f_end].low] < last_big:
                        total += frac[0] * LEX.scales[toks[f_end].low]  # 'a billion and a half million'
                        words, last, end, k = True, "frac", f_end, f_end + 1
                        continue
                    if last == "scale" and chunk == 0:
                        total += frac[0] * last_big  # 'three million and a half' = 3.5m
                    else:
                        chunk += frac[0]
                    words, last, end, k = True, "frac", frac[1], frac[1] + 1
                    continue
                nxt2 = word_class(toks[nx + 1]) if nx + 1 < n else None
                if last == "hundred" and nxt2 == "hundred" and chunk > 100 or last == "scale" and nxt2 == "scale" \
                        and LEX.scales[toks[nx + 1].low] >= last_big:
                    break  # '3 hundred and 2 hundred': two numbers, not 302 hundred
                and_seen = True
                k = nx
                continue
            if t.text == "-" and last and last != "digit" and k + 1 < n \
                    and toks[k + 1].kind == "word" and word_class(toks[k + 1]) not in (None, "article"):
                k += 1
                continue
            if t.text == "," and last == "scale" and k + 1 < n and word_class(toks[k + 1]) in (
                    "unit", "teen", "tens"):
                k += 1
                continue
            if t.low == "point" and last in ("unit", "teen", "tens", "digit", "hundred", "") and k + 1 < n \
                    and "\n" not in text[t.end:toks[k + 1].start]:  # '-1 point |\n| Two children': a table cell
                digits, k2 = _decimals(toks, k + 1)
                if digits and (last != "digit" or "." not in toks[end].text):
                    chunk += float("0." + digits)
                    dstep = 10.0 ** -len(digits)
                    words, last, end, k = True, "point", k2 - 1, k2
                    continue
            break
        if cls == "article":
            if last or k + 1 >= n or word_class(toks[k + 1]) not in ("hundred", "scale", "mult", "denom") \
                    or (toks[k + 1].low in _NEED_OF and not (k + 2 < n and toks[k + 2].low == "of")) \
                    or toks[k + 1].low in _NO_SHARE_AFTER_ARTICLE:
                break
            chunk, last = 1.0, "unit"
        elif cls == "digit":
            if last == "" or (last == "scale" and chunk == 0) or (last == "hundred" and chunk % 100 == 0):
                s, k = _join_groups(text, toks, k)
                dv = digit_value(s)
                if dv is None:
                    break
                v, st = dv
                if last and (v >= 1000 or v != int(v)):
                    break
                if last == "":
                    dstep = st if st < 1 else None
                first_digit = last == ""
                chunk += v
                if first_digit:
                    sl = _slash(toks, k)
                    if sl is not None:  # '3/4', '1/40 of'
                        chunk, fraction, den, end, k = v / sl[0], True, sl[0], sl[1], sl[1]
                        last = "frac"
                        break
                    mixed = _mixed(toks, k)
                    if mixed is not None:  # '2 1/2', '2  1/4'
                        chunk, dstep, end, k = v + mixed[0], 0.0, mixed[1], mixed[1]
                        last = "frac"
                        break
                last = "digit"
                k, sc = _abbrev(toks, k, money, text)
                if sc:
                    chunk *= sc
                    dstep = st * sc if dstep is not None else None
                    scaled, end = True, k
                    last = "scale"
                    total, chunk, last_big = total + chunk, 0.0, sc
                    break
                expo = _exponent(toks, k)
                if expo:
                    try:
                        if expo[3]:
                            chunk, dstep = chunk ** expo[0], 0.0
                        else:
                            factor = expo[2] ** expo[0]
                            dstep = (dstep or step_of(v)) * factor if expo[2] == 10 else 0.0
                            chunk *= factor
                    except (ZeroDivisionError, OverflowError):
                        break
                    end = k = expo[1]
                    break
            else:
                break
        elif cls == "vf":
            if last not in ("", "digit", "unit", "teen", "tens") or (last == "digit" and chunk != int(chunk)):
                break
            chunk += LEX.vulgar[t.text]
            fraction = last == ""
            last = "frac"
        elif cls in ("unit", "teen", "tens", "hundred") and last == "scale" and digits_first and not after_and:
            break
        elif cls == "unit":
            u = LEX.units[t.low]
            if last in ("", "scale") or (last == "hundred") or (last == "tens" and not after_and and u):
                chunk += u
            else:
                rank = parse_number(text, toks, k) if last == "unit" and total + chunk == 1 else None
                if rank is not None and rank.ordinal:  # 'one one hundred fifth' = 1/105
                    chunk, fraction, den, end = 1 / rank.value, True, rank.value, rank.j - 1
                break
            words, last = True, "unit"
        elif cls in ("teen", "tens"):
            od = _compound_denominator(toks, k) if cls == "tens" and not after_and and last in (
                "unit", "teen", "tens", "hundred", "scale", "digit") else None  # 'and' binds it to the cardinal
            if od is not None:  # 'one twenty-fifth', 'three twenty-firsts', 'one hundred thirty-fifths'
                whole, (d, kd, plural) = total + chunk, od
                if plural or (whole == 1 and last != "digit"):
                    total, chunk, fraction, den = 0.0, whole / d, whole < d, d
                    words, last, end, k = True, "frac", kd, kd + 1
                    continue
                if last in ("hundred", "scale") and spelled:  # 'one hundred thirty-fifth' = 135th
                    total, chunk, ordinal, end = whole + d, 0.0, True, kd
                    break
            if last not in ("", "scale", "hundred"):
                break
            chunk += _small(t)
            words, last = True, cls
        elif cls == "hundred":
            if last in ("unit", "teen", "tens", "digit", "") and (
                    chunk < 100 or (last == "digit" and chunk == int(chunk) and chunk < 1000)) \
                    and (last != "" or t.low == "hundred"):  # '322 hundred' = 32,200
                chunk = (chunk or 1.0) * 100
            elif last == "scale":
                chunk = 100.0
            else:
                break
            words, last = True, "hundred"
        elif cls == "scale":
            size = LEX.scales[t.low]
            if last == "" and t.low.endswith("s"):
                break
            if last not in ("", "unit", "teen", "tens", "hundred", "digit", "frac", "point", "scale"):
                break
            if last == "scale" and not (size > last_big and chunk == 0):
                break
            base = chunk if last else 1.0
            if size > last_big:
                total = (total + base) * size
            else:
                total += base * size
            if dstep is not None:
                dstep *= size
            chunk, last, last_big, words, scaled = 0.0, "scale", size, True, True
        elif cls == "mult":
            m = LEX.multiples[t.low]
            if last == "" or (t.low in LEX.multiples_need_article and toks[k - 1].low not in ("a", "an")):
                break
            of = k + 1 < n and toks[k + 1].low == "of"
            if t.low in _NEED_OF and not of:
                break  # 'a couple on median incomes' is two people, not a figure
            total, chunk = (total + chunk) * m, 0.0
            words, last = True, "mult"
            end = k
            if of and k + 2 < n and word_class(toks[k + 2]) in ("scale", "hundred"):
                total *= LEX.scales.get(toks[k + 2].low) or LEX.hundred.get(toks[k + 2].low, 1.0)
                scaled, end = True, k + 2  # 'a couple of hundred', 'a dozen of million'
            break
        elif cls == "denom":
            den_value = denominator(t.low)
            assert den_value is not None
            d = den_value
            whole, plural = total + chunk, t.low.endswith("s")
            if t.low in _PERIOD_DENOMINATORS and _counts_periods(toks, i, k, whole):
                break  # 'the third decline in four quarters': periods, not 4/4
            if last in ("hundred", "scale") and spelled and not plural and d < 100 and whole % 100 == 0 \
                    and t.low not in LEX.fraction_words and not _hyphen_after(toks, k):
                total, chunk, ordinal, end = whole + d, 0.0, True, k  # 'one hundred and fifth'
                break
            if last == "scale" and plural and t.low not in LEX.fraction_words:
                pass  # 'a hundred thousand trillionths': a plural denominator after a scale
            elif last in ("", "scale", "frac", "point", "mult"):
                if last == "" and t.low in ("half", "quarter") and k + 1 < n:
                    nxt = k + 2 if toks[k + 1].low in ("a", "an") and k + 2 < n else k + 1
                    if word_class(toks[nxt]) in ("scale", "mult", "hundred"):
                        chunk, last = 1 / d, "frac"
                        end, k = k, nxt
                        continue
                if last == "" and t.low in LEX.fraction_words:
                    chunk, last, fraction, den = 1 / d, "frac", True, d
                    end = k
                    of_sc = _of_a_scale(toks, k + 1)
                    if of_sc is not None:  # 'half of a million'
                        chunk, fraction, scaled, end = chunk * of_sc[0], False, True, of_sc[1]
                        of_scale = True
                    break
                break
            if t.low in ("half", "halves") and not (last in ("unit", "digit") or toks[k - 1].low in ("a", "an")):
                break
            if not plural and whole != 1 and t.low not in LEX.fraction_words:
                if d >= 100:  # 'two hundredth' = 200th, 'three trillionth'
                    total, chunk, ordinal, end = whole * d, 0.0, True, k
                break  # 'twenty-first', 'the 1988 third quarter': a numerator above one takes a plural
            total, chunk = 0.0, whole / d
            fraction = whole < d
            den = d
            words, last = True, "frac"
        end = k
        k += 1
    if end < i or last in ("", "article"):
        return None
    value = total + chunk
    step = dstep if dstep is not None else (step_of(value) if value == int(value) else 0.0)
    if fraction and den:
        step = 0.0
    return NumExpr(i, end + 1, value, step, words, fraction, den, scaled, ordinal, of_scale)

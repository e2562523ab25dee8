"""One figure with its own markers: sign, currency, hedge before; currency, percent after.

A :class:`Side` is what both ends of a range and the body of a change are made of, so the
scanner can read "from 26,400 to more than 50,000" as two sides joined by "to".
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.nlp import context as cx
from claimcheck.nlp.lexicon import LEX
from claimcheck.nlp.numparse import NumExpr, Tok, parse_number, word_class

_HEDGE_MAX = max(len(p) for p in LEX.hedge_prefix)


@dataclass
class Side:
    """A number and the markers bound to it; ``i``/``j`` is the token span with markers."""

    i: int
    j: int
    expr: NumExpr
    value: float
    step: float | None
    currency: str = ""
    percent: str = ""
    hedge: str = ""
    rule: str = ""
    suffix_rule: str = ""
    suffix: str = ""


def _money_hint(toks: list[Tok], k: int) -> bool:
    """Is there a currency marker just before ``k``? Lets '£800m' read 'm' as million."""
    return k > 0 and (toks[k - 1].text in LEX.symbols or toks[k - 1].text.upper() in LEX.codes)


def _glued_to_word(text: str, pos: int) -> bool:
    """Does a word or number end right at ``pos``? Then a dash there joins ('three-nought',
    '2019-20'); it is a minus sign only after a space, a bracket or the start of the text."""
    return pos > 0 and text[pos - 1].isalnum()


def number_at(text: str, toks: list[Tok], k: int) -> NumExpr | None:
    """The number starting at ``k``, or at ``k - 1`` when that is 'a'/'an' ('a third')."""
    if k > 0 and toks[k - 1].low in ("a", "an") and word_class(toks[k]) in (
            "hundred", "scale", "mult", "denom"):
        e = parse_number(text, toks, k - 1, _money_hint(toks, k - 1))
        if e is not None:
            return e
    return parse_number(text, toks, k, _money_hint(toks, k))


#: 'points' beside a percentage are percentage points up to this size ('the FTSE fell 50 points')
_POINTS_MAX = 30.0


def suffix_words(text: str, toks: list[Tok], k: int, n: int) -> str:
    """The suffix hedge of ``n`` tokens at ``k`` as written, spaces normalised ('or more', '-plus')."""
    return " ".join(text[toks[k].start:toks[k + n - 1].end].lower().split())


def _right_markers(text: str, toks: list[Tok], s: Side) -> None:
    """Currency, percent and suffix hedges after the number; extends ``s`` in place."""
    n, code, factor = cx.currency_after(toks, s.j)
    if n and not s.currency:
        s.currency, s.j = code, s.j + n
        s.value *= factor
        s.step = s.step * factor if s.step else s.step
        if s.j < len(toks) and toks[s.j].low in LEX.scales and not toks[s.j].low.endswith("s") \
                and not s.expr.scaled:  # '75 USD million'
            sc = LEX.scales[toks[s.j].low]
            s.value, s.step, s.j = s.value * sc, (s.step or 1.0) * sc, s.j + 1
        s.j = _minor_continuation(toks, s)
    elif n and code == s.currency and not (s.j + n < len(toks) and toks[s.j + n].kind == "num"):
        s.j += n
    elif not s.currency:
        lead = cx.share_lead(toks, s.j) if s.expr.fraction else 0
        n, unit = cx.percent_after(toks, s.j + lead)
        if not n and s.value <= _POINTS_MAX and not s.expr.scaled:
            n = cx.poll_points_after(text, toks, s.j)  # 'a 12-point lead' beside '42%'
            unit = "percentage points"
        if n:
            s.percent, s.j = unit, s.j + lead + n
    n, rule = cx.hedge_after(toks, s.j)
    if n:
        s.suffix = suffix_words(text, toks, s.j, n)
        s.suffix_rule, s.j = rule, s.j + n


def _minor_continuation(toks: list[Tok], s: Side, explicit: bool = False) -> int:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five cents': add the hundredths."""
    j = s.j
    if j < len(toks) and toks[j].low == "and":
        j += 1
    if j >= len(toks) or s.value != int(s.value):
        return s.j
    e = parse_number("", toks, j)
    if e is None or e.value >= 100 or e.value != int(e.value) or e.fraction:
        return s.j
    after = e.j
    if after < len(toks) and toks[after].low in LEX.minor:
        s.value += e.value / 100
        s.step = 0.01 if e.value else s.step
        return after + 1
    if explicit or (s.i > 0 and toks[s.i - 1].low == "between"):
        return s.j  # 'between 3 dollars and 50' is a range
    if after >= len(toks) or toks[after].text in ".,!?" and (after + 1 >= len(toks)):
        s.value += e.value / 100
        s.step = 0.01 if e.value else s.step
        return after
    return s.j


def _sign(text: str, dash: Tok, first: Tok) -> bool:
    """Whether a dash before a number is its minus sign: glued to digits ('-5'), or spaced
    with nothing before it but an opening mark ('- 10 k', '= - 3'). After a word or number it
    is a dash or a subtraction ('schools - one in 14', '19,640 - 3,820')."""
    if _glued_to_word(text, dash.start):
        return False
    if dash.end == first.start:
        return first.kind == "num"
    before = text[max(0, dash.start - 8):dash.start].rstrip(" \t")
    return not before or before[-1] in "\n([=:"


def _hedge(text: str | None, toks: list[Tok], k: int, floor: int) -> tuple[int, str, str]:
    """(start, words, rule) of the hedge ending at ``k`` that reaches no further left than
    ``floor``; (k, '', '') when there is none."""
    n, rule = cx.hedge_before(toks, k, text)
    if n and k - n >= floor:
        return k - n, " ".join(t.low for t in toks[k - n:k]), rule
    return k, "", ""


def side_at(text: str, toks: list[Tok], k: int, floor: int) -> Side | None:
    """The figure whose number starts at ``k``, with markers reaching left no further than
    ``floor`` (the end of the previous figure)."""
    e = number_at(text, toks, k)
    if e is None:
        return None
    s = Side(e.i, e.j, e, e.value, e.step or None)
    i = e.i
    if i - 1 >= floor and ((toks[i - 1].low in LEX.negators and not (  # not 'plus or minus 3'
            i > 2 and toks[i - 2].low == "or" and toks[i - 3].low == "plus")) or (
            toks[i - 1].text in ("-", "−") and _sign(text, toks[i - 1], toks[i]))):
        s.value, i = -s.value, i - 1
    n, code, scale = cx.currency_before(toks, i)
    if n and i - n >= floor:
        s.currency, i = code, i - n
        s.value *= scale
        s.step = s.step * scale if s.step else s.step
    if s.currency and n and s.j + 2 < len(toks) and toks[s.j].low == "and":
        s.j = _minor_continuation(toks, s, explicit=True)  # '$20 and 43c' ('$15 and 20' is two sums)
    s.i, s.hedge, s.rule = _hedge(text, toks, i, floor)
    _right_markers(text, toks, s)
    i = s.i
    if not s.hedge and (s.percent or s.currency) and i - 1 > floor and toks[i - 1].low in ("a", "an"):
        start, hedge, rule = _hedge(text, toks, i - 1, floor)  # 'roughly a 60% chance', 'about a £2bn cut'
        if hedge:
            s.i, s.hedge, s.rule = start, hedge, rule
    return s


def side_from(text: str, toks: list[Tok], p: int) -> Side | None:
    """A figure read forwards from ``p`` (the far end of a range): hedge, currency, number."""
    hedge, rule = "", ""
    for n in range(_HEDGE_MAX, 0, -1):
        key = tuple(t.low for t in toks[p:p + n])
        if len(key) == n and key in LEX.hedge_prefix:
            hedge, rule, p = " ".join(key), LEX.hedge_prefix[key], p + n
            break
    start = p
    q = p
    while q < len(toks) and q - start < 2 and (toks[q].text in LEX.symbols or toks[q].low in LEX.dollar_prefixes
                                               or toks[q].text.upper() in LEX.codes):
        q += 1
    neg = q < len(toks) and toks[q].text in ("-", "−") and q + 1 < len(toks) and toks[q + 1].kind == "num"
    e = parse_number(text, toks, q + neg, q > start)
    if e is None:
        return None
    s = Side(start, e.j, e, -e.value if neg else e.value, e.step or None, hedge=hedge, rule=rule)
    if q > start:
        _n, code, scale = cx.currency_before(toks, q)
        s.currency = code or ""
        s.value *= scale
    _right_markers(text, toks, s)
    s.i = start - len(hedge.split()) if hedge else start
    return s


def article_money(toks: list[Tok], k: int, floor: int) -> Side:
    """'a dollar', 'a grand', 'a penny' at ``k`` (the article is at ``k - 1``): one unit of money."""
    code = LEX.article_units[toks[k].low]
    factor = 1.0
    if "*" in code:
        code, mult = code.split("*")
        factor = float(mult)
    elif "/" in code:
        code, div = code.split("/")
        factor = 1 / float(div)
    e = NumExpr(k - 1, k + 1, 1.0, 0.0, words=True)
    s = Side(k - 1, k + 1, e, factor, None, currency=code)
    s.j = _minor_continuation(toks, s, explicit=True)  # 'a dollar and 42 cents'
    s.i, s.hedge, s.rule = _hedge(None, toks, k - 1, floor)
    return s

"""Building blocks of the scanner kept apart from its main loop (:mod:`claimcheck.nlp.grammar`):
the Quantity/interval helpers every rule uses, the rarer joined forms — two facing bounds
('more than 10 and less than 20'), spoken fractions ('one over three'), ranges of ranks
('between the tenth and the fifteenth') and number lists ('22,24,26') — and the forms a single
word opens: vague quantities ('hundreds of'), multiples ('doubled') and ordinals ('21st').
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from claimcheck.models import PERIOD_SECONDS, Change, Interval, Kind, Quantity
from claimcheck.nlp import context as cx
from claimcheck.nlp import intervals as iv
from claimcheck.nlp import measures as ms
from claimcheck.nlp import nonclaims as nc
from claimcheck.nlp.figures import Side, side_at, side_from, suffix_words
from claimcheck.nlp.lexicon import LEX
from claimcheck.nlp.numparse import Tok, parse_number
from claimcheck.nlp.trusted import point, quantity

_MEASURED_BEFORE = frozenset(LEX.ctx["duration_measured_before"])
_TARGET_WORDS = frozenset(LEX.ctx["duration_target_words"])
_TOTAL_PERIODS = frozenset(LEX.ctx["duration_total_periods"])
_TOTAL_MIN = float(LEX.ctx["duration_total_min"])
_PER_BASES = frozenset(float(b) for b in LEX.ctx["per_bases"])
_TIMES_NEXT = frozenset(LEX.ctx["times_followers"])
#: one-word multiples ('twice', 'double'): the scanner triggers on them
MULTIPLIER_WORDS: dict[str, float] = LEX.ctx["multiplier_words"]
_AGE_JOIN = frozenset(LEX.ctx["age_band_joiners"])
_AGE_MAX = float(LEX.ctx["age_band_max"])
_LOWER_RULES = frozenset({"gt", "ge", "just_over"})
_UPPER_RULES = frozenset({"lt", "le", "lt_closed"})

def _q(text: str, toks: list[Tok], i: int, j: int, kind: Kind, **kw: object) -> Quantity:
    start, end = toks[i].start, toks[j - 1].end
    return quantity(surface=text[start:end], start=start, end=end, kind=kind, **kw)


def _interval(s: Side) -> Interval:
    e = s.expr
    if (e.fraction or e.of_scale) and e.denominator and not s.percent and not s.currency:
        # a share, or a share of a scale ('a quarter of a million'): the denominator is rounded
        base = iv.ratio_interval(e.value * e.denominator, e.denominator)
    else:
        base = iv.rounding(s.value, s.step)
    out = iv.hedged(s.value, base, s.rule) if s.rule else base
    if s.suffix_rule and s.suffix_rule != "keep":
        if s.rule in ("lt", "gt") and s.suffix_rule in ("ge", "lt_closed"):
            out = out.model_copy(update={"low_closed": True, "high_closed": True})
        else:
            out = iv.hedged(s.value, base, s.suffix_rule)
    elif s.suffix_rule == "keep" and s.rule in ("lt", "gt"):
        out = out.model_copy(update={"low_closed": True, "high_closed": True})
    return out


def _kind_unit(s: Side) -> tuple[Kind, str | None]:
    if s.percent:
        return Kind.PERCENT, s.percent
    if s.currency:
        return Kind.MONEY, s.currency
    if s.expr.fraction:
        return Kind.RATIO, "ratio"
    return Kind.COUNT, None


def _measured_kind_unit(s: Side, toks: list[Tok]) -> tuple[Kind, str | None]:
    """:func:`_kind_unit`, with a count's unit of measure read after it ('6 gigawatts', '43GW')."""
    kind, unit = _kind_unit(s)
    if unit or kind != Kind.COUNT:
        return kind, unit
    return kind, ms.measure_word_at(toks, s.j) or ms.measure_before_at(toks, s.i)


def _qualifier(s: Side) -> str | None:
    """The hedge wording: prefix ('more than'), else a bounding suffix ('or more')."""
    if s.hedge:
        return s.hedge
    return s.suffix if s.suffix_rule and s.suffix_rule != "keep" else None

_REVISION_VERBS = frozenset(LEX.ctx["revision_verbs"])
_UP_DOWN: dict[str, Literal["increase", "decrease"]] = {"up": "increase", "down": "decrease"}


class JoinedForms:
    """Mixin for :class:`claimcheck.nlp.grammar.Scanner`: joined, list and one-word forms."""

    text: str
    toks: list[Tok]
    out: list[Quantity]
    floor: int

    def duration(self, s: Side, period: str) -> int:
        """A number of periods: a measured time ('took an average of 32 minutes and 44 seconds',
        'waited more than 12 hours') is a claim; a time frame ('within 18 weeks', 'over five
        years') is not. The smaller part of a compound time joins the larger one."""
        toks = self.toks
        j, last, parts = s.j + 1, period, 0
        while True:  # '2 hours 16 minutes and 8 seconds': each part a smaller period
            k = j + (j < len(toks) and toks[j].low == "and")
            part = parse_number(self.text, toks, k) if k < len(toks) and toks[k].kind == "num" else None
            small = cx.period_at(toks, part.j) if part is not None else None
            if part is None or not small or PERIOD_SECONDS[small] >= PERIOD_SECONDS[last]:
                break
            share = PERIOD_SECONDS[small] / PERIOD_SECONDS[period]
            s = replace(s, value=s.value + part.value * share, step=(part.step or 1.0) * share)
            j, last, parts = part.j + 1, small, parts + 1
        n, rule = cx.hedge_after(toks, j) if not s.suffix_rule else (0, "")
        if n:  # 'waited 12 hours or more'
            s = replace(s, suffix_rule=rule, suffix=suffix_words(self.text, toks, j, n))
            j += n
        # a total ('3.6 million hours', '12,000 days') or a time to the minute or second is
        # measured, as is one after a verb of taking or an average ('a median follow-up of
        # 2.4 years'), or one a target sets ('a target of 18 minutes')
        measured = s.rule == "average" or (s.i > 0 and toks[s.i - 1].low in _MEASURED_BEFORE) \
            or parts > 0 or s.expr.scaled or (s.value >= _TOTAL_MIN and period in _TOTAL_PERIODS) \
            or nc.statistic_of(toks, s.i) \
            or (s.i > 1 and toks[s.i - 1].low == "of" and toks[s.i - 2].low in _TARGET_WORDS)
        self.out.append(_q(self.text, toks, s.i, j, Kind.DURATION, value=s.value, unit=period,
                           interval=_interval(s), precision=s.step, qualifier=_qualifier(s),
                           is_claim=measured))
        return j

    def per_base(self, s: Side) -> int:
        """'9.33 per 100 pupils', 'around 11 per 10,000': a share of a round base."""
        toks, j = self.toks, s.j
        if j + 2 < len(toks) and toks[j].kind == "word" and toks[j + 1].low == "per" \
                and toks[j].low not in LEX.number_words:
            j += 1  # '240 people per 100,000': the counted noun between
        if s.currency or s.percent or j + 1 >= len(toks) or toks[j].low != "per" or toks[j + 1].kind != "num":
            return 0
        base = parse_number(self.text, toks, j + 1)
        if base is None or base.value not in _PER_BASES:
            return 0
        end, per, timed = cx.rate_after(toks, base.j)  # '... per 100,000 each year'
        self.out.append(_q(self.text, toks, s.i, base.j, Kind.RATIO, value=s.value / base.value,
                           interval=_interval(s).scaled(1 / base.value), unit="ratio",
                           qualifier=_qualifier(s), note=f"per {base.value:,.0f}", per=per if timed else None))
        return end if timed else base.j

    def multiplier(self, s: Side) -> int:
        """'three times as likely', '3 times higher', '3x as many', 'a five-fold rise': a multiple."""
        toks, j = self.toks, s.j
        if s.currency or s.percent or j + 1 >= len(toks):
            return 0
        if (toks[j].low == "times" or (toks[j].low == "x" and toks[j].start == toks[j - 1].end)) \
                and toks[j + 1].low in _TIMES_NEXT:
            end = j + 1  # '3 times as many', '3x as many'
        elif toks[j].text == "-" and toks[j + 1].low == "fold" and toks[j].start == toks[j - 1].end:
            end = j + 2
        else:
            return 0
        self.out.append(_q(self.text, toks, s.i, end, Kind.RATIO, value=s.value, interval=_interval(s),
                           unit="x", qualifier=_qualifier(s)))
        return end

    def multiplier_word(self, k: int) -> int:
        """'twice as likely', 'nearly double the target': a multiple named by one word."""
        toks = self.toks
        fold = toks[k].low.endswith("fold")  # 'rose fivefold', 'a tenfold rise' need no 'as'/'more'
        if not fold and (k + 1 >= len(toks) or toks[k + 1].low not in _TIMES_NEXT):
            return 0
        m = float(MULTIPLIER_WORDS[toks[k].low])
        i, interval, hedge = self._hedged_word(k, m)
        verb = cx.change_verb_near(toks, i) if fold else ""
        change = Change(direction=verb, by=interval, by_unit="x") if verb else None  # type: ignore[arg-type]
        self.out.append(_q(self.text, toks, i, k + 1, Kind.CHANGE if change else Kind.RATIO, value=m, unit="x",
                           interval=interval, qualifier=hedge, change=change))
        return k + 1

    def _hedged_word(self, k: int, m: float) -> tuple[int, Interval, str | None]:
        """A one-word multiple at ``k`` with the hedge before it: (start, interval, hedge)."""
        n, rule = cx.hedge_before(self.toks, k)
        i = k - n if n and k - n >= self.floor else k
        interval = iv.hedged(m, Interval.point(m), rule) if rule else Interval.point(m)
        return i, interval, " ".join(t.low for t in self.toks[i:k]) or None

    def adjective_duration(self, s: Side) -> int:
        """'the 18-minute target', 'a 12-month inquiry': a duration used as an adjective."""
        toks, j = self.toks, s.j
        if j + 1 < len(toks) and toks[j].text == "-" and toks[j - 1].end == toks[j].start \
                and toks[j].end == toks[j + 1].start and toks[j + 1].low in LEX.periods \
                and not (j + 2 < len(toks) and toks[j + 2].text == "-"):  # not '7-year-old'
            self.out.append(_q(self.text, toks, s.i, j + 2, Kind.DURATION, value=s.value,
                               unit=LEX.periods[toks[j + 1].low], is_claim=False, note="adjective"))
            return j + 2
        return 0

    def age_band(self, s: Side) -> int:
        """'aged 18-24', 'ages 18 to 24', 'aged between 25 and 34': one age band, not a claim
        (read as an age and then a count of 24, the upper bound would pass for a figure)."""
        toks, e = self.toks, s.expr
        if s.currency or s.percent or s.i != e.i or e.j + 1 >= len(toks):
            return 0
        n = nc.age_before(toks, e.i)
        join = toks[e.j].low
        if not n or (join not in _AGE_JOIN and not (join == "and" and toks[e.i - 1].low == "between")):
            return 0
        upper = parse_number(self.text, toks, e.j + 1)
        if upper is None or not s.value < upper.value <= _AGE_MAX:
            return 0
        self.out.append(_q(self.text, toks, e.i - n, upper.j, Kind.AGE, value=None, is_claim=False,
                           interval=Interval(low=s.value, high=upper.value), note="age band"))
        return upper.j

    def ordinal_range(self, k: int) -> int:
        """'between the tenth and the fifteenth': a range of ranks (not a claim)."""
        toks = self.toks
        if k < 2 or k - 2 < self.floor or toks[k - 2].low != "between" or toks[k - 1].low != "the" \
                or k + 3 >= len(toks) or toks[k + 1].low != "and" or toks[k + 2].low != "the" \
                or toks[k + 3].low not in LEX.ordinals:
            return 0
        a, b = LEX.ordinals[toks[k].low], LEX.ordinals[toks[k + 3].low]
        if a >= b:
            return 0
        self.out.append(_q(self.text, toks, k - 2, k + 4, Kind.RANGE, value=None, unit="ordinal",
                           interval=Interval(low=a, high=b), is_claim=False, note="ranks"))
        return k + 4

    def number_list(self, k: int) -> int:
        """'22,24,26,31' is a list of numbers; '192.168.1.2' is a dotted label of parts."""
        t = self.toks[k]
        dotted = "," not in t.text
        pos = t.start
        for part in re.split(r"([.,])", t.text):
            if part.isdigit():
                self.out.append(quantity(surface=part, start=pos, end=pos + len(part),
                                         kind=Kind.LABEL if dotted else Kind.COUNT, value=float(part),
                                         interval=point(float(part)), is_claim=not dotted,
                                         note="dotted label" if dotted else "number list"))
            pos += len(part)
        return k + 1

    def over_fraction(self, s: Side) -> int:
        """'one over three', '1 over 20': a spoken fraction, only when the denominator ends the
        clause — otherwise 'over' is the hedge of the next figure ('one, over 20 injured')."""
        toks, text = self.toks, self.text
        j = s.j
        if j + 1 >= len(toks) or toks[j].low != "over" or s.rule or s.suffix_rule or s.currency \
                or s.percent or toks[j].start - toks[j - 1].end != 1:
            return 0
        d = side_from(text, toks, j + 1)
        if d is None or d.rule or d.currency or d.percent or d.suffix_rule or not d.value:
            return 0
        end = toks[d.j - 1].end
        rest = text[end:end + 2].lstrip()
        if rest and rest[0] not in ".,;:!?)":
            return 0
        value = s.value / d.value
        self.out.append(_q(text, toks, s.i, d.j, Kind.RATIO, value=value, unit="ratio",
                           interval=Interval.point(value)))
        return d.j

    def percent_prefix(self, k: int) -> Side | None:
        """'per cent of 210' = 210%: a clause-opening percent phrase ending at ``k``, 'of', a number.

        The number must stand bare (no currency, percent or hyphenated noun after it).
        """
        toks = self.toks
        n = cx.percent_before(self.text, toks, k + 1)
        if not n or k + 1 - n < self.floor:
            return None
        s = side_at(self.text, toks, k + 2, k + 2)
        if s is None or s.currency or s.percent or (
                s.j < len(toks) and toks[s.j].text == "-" and toks[s.j].start == toks[s.j - 1].end):
            return None
        s.percent, s.i = "%", k + 1 - n
        return s

    def bound_pair(self, s: Side) -> int:
        """'more than 10 and less than 20', 'at most 100 and at least 20': one closed range."""
        toks = self.toks
        j = s.j
        if not s.rule or s.rule not in _LOWER_RULES | _UPPER_RULES or j + 1 >= len(toks) \
                or toks[j].low not in LEX.pair_joiners:
            return 0
        d = side_from(self.text, toks, j + 1)
        if d is None or not d.rule:
            return 0
        if s.rule in _LOWER_RULES and d.rule in _UPPER_RULES:
            lo, hi = s, d
        elif s.rule in _UPPER_RULES and d.rule in _LOWER_RULES:
            lo, hi = d, s
        else:
            return 0
        if lo.value >= hi.value or bool(lo.currency) != bool(hi.currency) or bool(lo.percent) != bool(hi.percent):
            return 0
        interval = iv.combine(_interval(lo), _interval(hi))
        _, unit = _kind_unit(s)
        self.out.append(_q(self.text, toks, s.i, d.j, Kind.RANGE, value=None, interval=interval,
                           unit=unit, qualifier=f"{s.hedge} … {d.hedge}"))
        return d.j

    # ------------------------------------------------------------------ one-word forms
    def vague(self, k: int) -> int:
        toks = self.toks
        for phrase, off in LEX.vague_index[toks[k].low]:
            i = k - off
            if i < self.floor or i + len(phrase) > len(toks):
                continue
            if all(toks[i + x].low == w for x, w in enumerate(phrase)):
                lo, hi = LEX.vague[phrase]
                j, unit = i + len(phrase), None
                # 'hundreds of millions of pounds', 'several billion pounds'
                of = 1 if j + 1 < len(toks) and toks[j].low == "of" else 0
                if of or (j < len(toks) and (phrase[-1] in LEX.scales or phrase[-1] in LEX.hundred)):
                    n, code, factor = cx.currency_after(toks, j + of)
                    if n and factor == 1.0:
                        j, unit = j + of + n, code
                self.out.append(_q(self.text, toks, i, j, Kind.VAGUE, vague=" ".join(phrase), unit=unit,
                                   interval=Interval(low=lo, high=hi, high_closed=False)))
                return j
        return 0

    def multiple(self, k: int) -> int:
        toks = self.toks
        m = LEX.change_multiples[toks[k].low]
        i, by, hedge = self._hedged_word(k, m if m >= 1 else 1 / m)
        if m < 1:  # 'more than halved' divides by more than 2: a factor below 0.5, not above it
            by = Interval(low=1 / by.high if by.high else 0.0, high=1 / by.low if by.low else None,
                          low_closed=by.high_closed and by.high is not None, high_closed=by.low_closed)
        direction: Literal["increase", "decrease"] = "increase" if m > 1 else "decrease"
        self.out.append(_q(self.text, toks, i, k + 1, Kind.CHANGE, value=m, interval=by, unit="x",
                           qualifier=hedge, change=Change(direction=direction, by=by, by_unit="x")))
        return k + 1

    def ordinal_digits(self, k: int) -> int:
        toks, text = self.toks, self.text
        j = k + 2
        if nc.month_at(toks, j) or (j + 1 < len(toks) and toks[j].low == "of" and nc.month_at(toks, j + 1)):
            j += 1 if nc.month_at(toks, j) else 2
            if j < len(toks) and nc.is_year(toks[j]):
                j += 1
            self.out.append(_q(text, toks, k, j, Kind.DATE, is_claim=False))
            return j
        i = k - 1 if nc.month_at(toks, k - 1) else k
        kind = Kind.DATE if i < k else Kind.ORDINAL
        self.out.append(_q(text, toks, i, k + 2, kind, value=float(toks[k].text) if toks[k].text.isdigit() else None,
                           is_claim=False))
        return k + 2

    def compound_ordinal(self, k: int) -> int:
        toks = self.toks
        j = k + 1
        if j < len(toks) and toks[j].text == "-":
            j += 1
        if j < len(toks) and toks[j].low in LEX.ordinals and LEX.ordinals[toks[j].low] < 10:
            v = LEX.tens[toks[k].low] + LEX.ordinals[toks[j].low]
            self.out.append(_q(self.text, toks, k, j + 1, Kind.ORDINAL, value=v, is_claim=False))
            return j + 1
        return 0

    def day_range(self, s: Side, d: Side, start: int) -> int:
        """'between 3 and 14 June', '3-5 May 2024': days of a month are a date, not a range."""
        toks = self.toks
        if s.currency or s.percent or d.currency or d.percent or s.hedge or d.hedge \
                or not (1 <= s.value < d.value <= 31) or d.expr.words or not nc.month_at(toks, d.j):
            return 0
        j = d.j + 1 + (d.j + 1 < len(toks) and nc.is_year(toks[d.j + 1]))
        self.out.append(_q(self.text, toks, start, j, Kind.DATE, is_claim=False))
        return j


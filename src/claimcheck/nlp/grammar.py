"""The scanner: walk the tokens once and turn each figure into a :class:`Quantity`.

Order of questions for a number: is it a date, year, age, label, ordinal or page furniture
(not a claim)? Is it part of a range or a change? Is it a ratio ('one in four'), a rate
('90 a day', 'every 49 seconds'), a percentage, money, or a count? Hedges and rounding then
give the interval (:mod:`claimcheck.nlp.intervals`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from claimcheck.models import Change, Interval, Kind, Quantity
from claimcheck.nlp import context as cx
from claimcheck.nlp import intervals as iv
from claimcheck.nlp import measures as ms
from claimcheck.nlp import nonclaims as nc
from claimcheck.nlp.figures import Side, article_money, side_at, side_from
from claimcheck.nlp.lexicon import LEX
from claimcheck.nlp.numparse import Tok, digit_value, tokenize_starts, word_class
from claimcheck.nlp.scan_nonclaims import NonClaimForms
from claimcheck.nlp.scanchanges import ChangeForms
from claimcheck.nlp.scanforms import (
    _UP_DOWN,
    MULTIPLIER_WORDS,
    JoinedForms,
    _interval,
    _measured_kind_unit,
    _q,
    _qualifier,
)
from claimcheck.nlp.triggers import candidate_starts
from claimcheck.nlp.trusted import change, quantity

_CX = LEX.ctx
_SUFFIX_ORD = frozenset(_CX.get("digit_ordinal_suffixes", ["st", "nd", "rd", "th"]))
_RANGE_JOIN = frozenset(_CX["range_joiners"])
_ONE_CLAIM_AFTER = frozenset(_CX["one_claim_after"])
_PART_OF_YEAR = frozenset(_CX["ordinal_parts"])
_PHRASAL = frozenset(_CX["up_down_not_after"])
_BASE = frozenset(_CX["change_base_words"])
_LEVEL_RATIO = float(_CX["change_level_ratio"])
_PERIOD_SHARES = frozenset(_CX["period_denominators"])
_MONEY_NOUNS = frozenset(_CX["money_not_change_nouns"])
_LEFT, _RIGHT = 40, 64
_SPECIAL_KIND = {"postcode": Kind.POSTCODE, "phone": Kind.PHONE, "time": Kind.DATE, "idiom": Kind.LABEL,
                 "date": Kind.DATE, "yearrange": Kind.DATE, "citation": Kind.LABEL}


class Scanner(JoinedForms, NonClaimForms, ChangeForms):
    """Scans one text; holds the tokens so helpers need not pass them around."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks: list[Tok] = []
        self.out: list[Quantity] = []
        self.floor = 0

    def run(self, regions: Iterable[tuple[int, int]] | None = None) -> list[Quantity]:
        """Find trigger positions with one regex pass, then parse a small token window at each.

        Tokenising only around triggers keeps the cost proportional to the figures, not the
        words, which is what lets the component keep up with spaCy's own tokeniser. With
        ``regions`` (character spans known to hold every trigger, such as the spaCy tokens
        flagged by :func:`holds_candidate`) the regex runs only there.
        """
        text = self.text
        blocked: list[tuple[int, int]] = []
        if "://" in text or "www." in text or "@" in text:
            blocked = [(m.start(), m.end()) for m in nc.SKIP.finditer(text)]
        starts = [a for a, _ in blocked]
        size = len(text)
        done = 0
        win: list[Tok] = []
        win_starts: list[int] = []
        win_lo, win_hi = -1, -2
        for pos in candidate_starts(text, regions):
            if pos < done:
                continue
            c = text[pos]
            if c == "." and pos and (text[pos - 1].isalnum() or text[pos - 1] in "._"):
                continue
            digit = c.isdigit() or c == "."
            if blocked:  # links and addresses, in few texts
                b = bisect_right(starts, pos) - 1
                if b >= 0 and blocked[b][1] > pos:
                    done = blocked[b][1]
                    continue
            if digit:
                special = nc.special_at(text, pos)
                if special is not None:
                    a, z, kind = special
                    if a >= done:
                        self.out.append(quantity(surface=text[a:z], start=a, end=z,
                                                 kind=_SPECIAL_KIND[kind], is_claim=False))
                    done = max(done, z)
                    continue
            lo = max(done, pos - _LEFT)
            while lo > done and not text[lo - 1].isspace():
                lo -= 1
            hi = min(size, pos + _RIGHT)
            while hi < size and not text[hi].isspace():
                hi += 1
            # one growing token run serves nearby figures: tokens are cut at whitespace, so a
            # slice of the run is exactly what tokenising [lo, hi) afresh would give
            if not (win_lo <= lo <= win_hi):
                win, win_starts = tokenize_starts(text, lo, hi)
                win_lo, win_hi = lo, hi
            elif hi > win_hi:
                more, more_starts = tokenize_starts(text, win_hi, hi)
                win.extend(more)
                win_starts.extend(more_starts)
                win_hi = hi
            a = bisect_left(win_starts, lo)
            k = bisect_left(win_starts, pos) - a
            self.toks = toks = win[a:bisect_left(win_starts, hi)]
            if k >= len(toks):
                continue
            self.floor = bisect_left(win_starts, done) - a if done > lo else 0
            nk = self.at(k)
            done = max(done, self.toks[max(nk, k + 1) - 1].end)
        self.out.sort(key=lambda q: (q.start, q.end))
        return self.out

    # ------------------------------------------------------------------ one position
    def at(self, k: int) -> int:
        """Recognise what starts at token ``k``; return the next token index (k if nothing)."""
        toks, text = self.toks, self.text
        t = toks[k]
        if t.kind == "num":  # no word table holds a digit, so only the digit forms can apply
            return self.digits_at(k)
        if (t.low in LEX.ordinals or t.low == "half") and nc.hyphen_compound(toks, k) \
                and toks[k + 2].low not in ("a", "an") \
                and word_class(toks[k + 2]) not in ("unit", "teen", "tens", "hundred", "scale"):
            return k + 3  # 'first-time buyer', 'second-hand', 'third-quarter profits', 'half-time'
        if t.low in LEX.vague_index and not (k > 0 and word_class(toks[k - 1]) in (
                "digit", "unit", "teen", "tens", "hundred")):
            j = self.vague(k)
            if j:
                return j
        if t.low in LEX.article_units and k - 1 >= self.floor and toks[k - 1].low in ("a", "an"):
            s = article_money(toks, k, self.floor)
            return self.figure(s)
        if t.low in LEX.change_multiples and t.low not in _CX["multiple_needs_verb_form"]:
            return self.multiple(k)
        if t.low in MULTIPLIER_WORDS:
            j = self.multiplier_word(k)
            if j:
                return j
        if t.low in LEX.ordinals and t.low not in LEX.fraction_words:
            j = self.ordinal_range(k)
            if j:
                return j
        if t.low in LEX.ordinals and t.low not in LEX.fraction_words and (not (
                k > 0 and word_class(toks[k - 1]) in ("article", "unit", "teen", "tens", "digit"))
                or cx.rank_after_article(toks, k)):
            j = k + 1 + (k + 1 < len(toks) and toks[k + 1].low in _PART_OF_YEAR)  # 'second quarter'
            self.out.append(_q(text, toks, k, j, Kind.ORDINAL, value=LEX.ordinals[t.low], is_claim=False))
            return j
        if t.low in LEX.tens:
            j = self.compound_ordinal(k)
            if j:
                return j
        if t.low in cx.PERCENT_PREFIX_ENDS and k + 2 < len(toks) and toks[k + 1].low == "of":
            p = self.percent_prefix(k)
            if p is not None:
                return self.figure(p)
        if t.low in _PERIOD_SHARES and nc.period_share(self.text, toks, k):
            return k + 1  # 'the September quarter', 'fourth-quarter revenue': a period, not a share
        side = side_at(text, toks, k, self.floor)
        if side is None:
            return k
        return self.figure(side)

    def digits_at(self, k: int) -> int:
        """:meth:`at` for a digit token: the questions of its that a digit can answer, in order."""
        toks = self.toks
        t = toks[k]
        if k + 1 < len(toks) and toks[k + 1].low in _SUFFIX_ORD and toks[k + 1].start == t.end:
            return self.ordinal_digits(k)
        if ("," in t.text or t.text.count(".") > 1) and digit_value(t.text) is None:
            return self.number_list(k)
        side = side_at(self.text, toks, k, self.floor)
        if side is None:
            return k
        return self.figure(side)

    # ------------------------------------------------------------------ figures
    def figure(self, s: Side) -> int:
        toks, text = self.toks, self.text
        e = s.expr
        over = self.over_fraction(s)
        if over:
            return over
        band = self.age_band(s)
        if band:
            return band
        nonclaim = self.nonclaim(s)
        if nonclaim is not None:
            kind, i, j = nonclaim
            self.out.append(_q(text, toks, i, j, kind, value=s.value, is_claim=False))
            return j
        joined = self.range_or_ratio(s) or self.per_base(s) or self.multiplier(s)
        if joined:
            return joined
        kind, unit = _measured_kind_unit(s, toks)
        interval = _interval(s)
        change_n, direction = cx.change_before(toks, s.i)
        if change_n and s.currency and toks[s.i - 2].low in _MONEY_NOUNS and toks[s.i - 1].low == "of":
            change_n, direction = 0, ""  # 'a net loss of £113.2m' is a sum lost, not a fall
        if direction and not change_n and s.hedge.split()[:1] in (["below"], ["above"]):
            direction = ""  # 'dipped below 4%', 'rose above £1bn': a level crossed, not the change
        if not direction and (s.percent or s.currency) and s.i > 0 and toks[s.i - 1].low == "by":
            direction = cx.change_verb_near(toks, s.i - 1) or ""
        if not direction and s.percent and s.i > 1 and toks[s.i - 1].low == "or" and toks[s.i - 2].text == ",":
            direction = self.restated(s.i - 2)  # 'down 37 cents, or 1.2%', 'fell 50 points, or 0.7%'
        # "every 49 seconds": one event per N periods
        if s.i > 0 and toks[s.i - 1].low == "every" and cx.period_at(toks, s.j) and kind == Kind.COUNT:
            per = cx.period_at(toks, s.j)
            lo, hi = interval.lo, interval.hi
            riv = Interval(low=s.value / hi if hi > 0 else None, high=s.value / lo if lo > 0 else None,
                           low_closed=False, high_closed=True)
            self.out.append(_q(text, toks, s.i - 1, s.j + 1, Kind.RATE, value=1.0, interval=riv, per=per,
                               per_amount=s.value, precision=s.step, qualifier=_qualifier(s)))
            return s.j + 1
        before = toks[s.i - 1].low if s.i > 0 else ""
        by_cue = before == "by" or (  # 'up 5%', 'down £2bn', 'up 100,000 on the year', not 'making up 24%'
            before in _UP_DOWN and bool(s.percent or s.currency or (s.j < len(toks) and toks[s.j].low in _BASE))
            and not (s.i > 1 and toks[s.i - 2].low in _PHRASAL))
        if by_cue and not direction and before in _UP_DOWN:
            direction = _UP_DOWN[before]  # 'down 12% on a year earlier', 'up £2bn'
        after = 0
        if not direction and (s.percent or s.currency or before in ("a", "an")):
            after, direction = cx.change_after(toks, s.j)  # 'a 25 per cent increase'
        if direction and (kind == Kind.PERCENT or change_n or by_cue or after or self.moved_to(s)):
            i = s.i - (change_n if toks[s.i - 1].low != "by" else 0)
            by_unit = s.percent or None
            _end, per, timed = cx.rate_after(toks, s.j + after)  # 'rise by an average of £123 a year'
            self.out.append(_q(text, toks, i, s.j + after, Kind.CHANGE, value=s.value, interval=interval,
                               unit=unit, qualifier=_qualifier(s), precision=s.step,
                               per=per if timed else None, per_amount=1.0 if timed else None,
                               change=change(direction=direction, by=interval, by_unit=by_unit)))
            return s.j + after
        end, per, timed = cx.rate_after(toks, s.j)
        if end and timed:
            rkind = Kind.RATE if kind == Kind.COUNT else kind
            self.out.append(_q(text, toks, s.i, s.j, rkind, value=s.value, interval=interval, unit=unit,
                               per=per, per_amount=1.0, precision=s.step, qualifier=_qualifier(s)))
            return end  # the period is read: 'megabits per second' holds no ordinal 'second'
        adjective = self.adjective_duration(s) if kind == Kind.COUNT else 0
        if adjective:
            return adjective
        period = cx.period_at(toks, s.j) if kind == Kind.COUNT else None
        if period and not (s.j + 1 < len(toks) and toks[s.j + 1].low in ("old", "olds")):
            return self.duration(s, period)
        is_claim, note = True, None
        if kind == Kind.COUNT and e.words and e.value == 1 and not s.rule and e.j - e.i == 1:
            nxt = toks[s.j].low if s.j < len(toks) else ""
            if nxt not in _ONE_CLAIM_AFTER:
                is_claim, note = False, "'one' as a determiner or pronoun"
        if kind == Kind.COUNT and s.j < len(toks) and toks[s.j].start == toks[s.j - 1].end \
                and toks[s.j].low in LEX.measure_units:
            unit, note = unit or toks[s.j].low, "measure"
        self.out.append(_q(text, toks, s.i, s.j, kind, value=s.value, interval=interval, unit=unit,
                           per=per or None, qualifier=_qualifier(s), precision=s.step,
                           is_claim=is_claim, note=note))
        # the per-unit words are read ('4.9 deaths per billion vehicle miles'): none is a figure
        return end if per and end > s.j else s.j

    def range_or_ratio(self, s: Side) -> int:
        """'one in four', 'between 20 and 30', '1000-5000', 'from 26,400 to more than 50,000'."""
        toks, text = self.toks, self.text
        j, e = s.j, s.expr
        if j >= len(toks):
            return 0
        w = toks[j].low
        mu = ms.measure_at(toks, j)
        rate_end, rate_per, _timed = cx.rate_after(toks, j) if w in cx.RATE_MARKERS and not mu else (0, "", False)
        # the old level may follow the new one's rate: '$5 billion a month, down from $25 billion'
        at = rate_end if _timed and rate_end < len(toks) and toks[rate_end].low in (",", "from", "up", "down") else j
        prev_to = s.i > 0 and toks[s.i - 1].low == "to"
        stated = toks[at].low in (",", "up", "down") or (
            toks[at].kind == "word" and at + 1 < len(toks) and toks[at + 1].text == ",")
        start = nc.from_after(toks, at) if prev_to or stated else 0
        if start and (prev_to or toks[start - 2].low in _UP_DOWN):
            back = self.to_from(s, start, rate_per if at > j else None)  # 'to 9 seats from 48', 'was 4.4%, up from 4.2%'
            if back:
                return back
        link = 2 if w == "out" and j + 1 < len(toks) and toks[j + 1].low == "of" else (1 if w == "in" else 0)
        if w == "-" and nc.glued_in(toks, j):
            link = 3  # 'a one-in-four chance'
        if link and not s.percent and not s.currency and s.value == int(s.value) and s.value >= 0:
            d = side_from(text, toks, j + link)
            # a currency word after the base counts money: 'one in eight pounds spent' is a share
            if d and not d.hedge and not d.percent and d.value >= max(s.value, 1) \
                    and (d.value == int(d.value) or s.value == 1) and not nc.is_year(toks[d.expr.i]):
                # 'one in 3.5 buyers': a decimal base is read to its last digit
                base = iv.ratio_interval(s.value, d.value, 1.0 if d.value == int(d.value) else d.step or 0.1)
                rule = s.rule or (d.suffix_rule if d.suffix_rule != "keep" else "")
                interval = iv.hedged(s.value / d.value, base, rule) if rule else base
                self.out.append(_q(text, toks, s.i, d.j, Kind.RATIO, value=s.value / d.value,
                                   interval=interval, unit="ratio",
                                   qualifier=_qualifier(s) or _qualifier(d)))
                return d.j
        pair = self.bound_pair(s)
        if pair:
            return pair
        if not (0 < rate_end - j <= 2 and rate_end < len(toks) and toks[rate_end].low in ("to", "and")):
            rate_end = 0
        if mu and j + mu < len(toks) and toks[j + mu].low in _RANGE_JOIN:
            j, w = j + mu, toks[j + mu].low  # '44 mg to 50 mg', '-18 °C to -34 °C'
        elif rate_end:
            j, w = rate_end, toks[rate_end].low  # 'from $350 per kg to $680 per kg'
        elif w == "-" and j + 1 < len(toks) and toks[j + 1].low == "to" and toks[j].start == toks[j - 1].end:
            j, w = j + 1, "to"  # suspended hyphen: '8- to 16-metre'
        elif s.i > 0 and toks[s.i - 1].low == "from" and j + 2 < len(toks) and toks[j].kind == "word" \
                and toks[j].text.islower() and toks[j + 1].low == "to" and toks[j + 2].kind == "num" \
                and cx.change_verb_near(toks, s.i - 1):
            j, w = j + 1, "to"  # 'fell from 27 seats to 12': the counted noun after the old level
        if w not in _RANGE_JOIN:
            return 0
        opener = toks[s.i - 1].low if s.i > 0 else ""
        if w == "and" and opener != "between":
            return 0
        if w == "to" and (s.percent or s.currency) and (
                opener == "by" or opener in LEX.increase or opener in LEX.decrease):
            return 0  # 'rose by 5% to 40%', 'fell £2bn to £40bn': a change, then the new level
        if w in ("-", "–", "—", "~") and (s.suffix_rule or toks[j].start - toks[j - 1].end > 1):
            return 0
        d = side_from(text, toks, j + 1)
        if d is None or (w == "to" and opener not in ("from", "between") and not (s.percent or s.currency)
                         and not (d.percent or d.currency) and e.words != d.expr.words):
            return 0
        if w in ("-", "–", "—") and (d.hedge or (s.percent and not d.percent)):
            return 0  # '7% - roughly 320,000 pupils': a dash before an aside, not a range
        if w in ("-", "–") and not (s.percent or s.currency) and (
                nc.score_at(toks, s.i, d.j, s.value, d.value) or nc.tally_at(toks, s.i, d.j, s.value, d.value)):
            self.out.append(_q(text, toks, s.i, d.j, Kind.LABEL, is_claim=False, note="score"))
            return d.j  # "Benfica's 3-0 win", 'a 7-2 vote': a score or a tally, not a range
        start = s.i - (opener in ("from", "between") and s.i > self.floor)
        days = self.day_range(s, d, start)
        if days:
            return days
        if (s.percent and d.currency) or (s.currency and d.percent) or (
                w == "to" and opener == "by" and d.value >= _LEVEL_RATIO * s.value > 0
                and cx.change_verb_near(toks, s.i - 1)):
            return 0  # ... or 'fell by 3,150 to 31,870': the change, then a level too far off for a range
        if mu and j > s.j:
            md = ms.measure_at(toks, d.j)
            if md and [t.low for t in toks[d.j:d.j + md]] != [t.low for t in toks[s.j:s.j + mu]]:
                return 0  # '44 ml to 50 mg': two different measures, not one range
            d.j += md
        if rate_end:
            if [t.low for t in toks[d.j:d.j + j - s.j]] != [t.low for t in toks[s.j:j]]:
                return 0  # '£5 a day to 3 charities': the rate must repeat on the far side
            d.j += j - s.j
        if w == "or" and (s.rule or d.rule):
            return 0  # 'more than 5000 or equal to 6000': two separate bounds
        if w in ("-", "–", "—") and (d.value < s.value and not d.hedge or cx.dash_chain(text, toks, s.i, d.j)):
            return 0
        cur = s.currency or d.currency
        pct = s.percent or d.percent
        if cur and not s.currency and s.expr.value < d.expr.value and d.expr.scaled and not s.expr.scaled:
            s.value *= d.value / d.expr.value if d.expr.value else 1.0
        s.currency, s.percent = cur, pct
        d.currency, d.percent = cur, pct
        lo_s, hi_s = (s, d) if s.value <= d.value else (d, s)
        direction = (cx.change_verb_near(toks, start) or cx.moved_from(toks, start, s.value, d.value)) \
            if opener == "from" else ""
        _, unit = _measured_kind_unit(s, toks)  # '43GW to 50GW'
        unit = unit or _measured_kind_unit(d, toks)[1] or (  # 'gusts of 45 to 55 mph', '48 to 72 hours'
            cx.period_at(toks, d.j) if not (s.percent or s.currency) else None)
        if not rate_end:
            _end, rate_per, _timed = cx.rate_after(toks, d.j)  # 'between £1,000 and £1,500 a year'
            rate_per = rate_per if _timed else ""
        if direction:
            ch = Change(direction=direction, from_value=_interval(s), to_value=_interval(d),  # type: ignore[arg-type]
                        by_unit="%" if pct == "%" else None)
            self.out.append(_q(text, toks, start, d.j, Kind.CHANGE, value=d.value, interval=_interval(d),
                               unit=unit, change=ch, qualifier=d.hedge or None, per=rate_per or None))
            return d.j
        note = None
        if s.rule == "around" and not d.rule:
            # 'about 10-20': the hedge covers the whole range, so both ends get the band
            lo_iv = iv.hedged(lo_s.value, Interval.point(lo_s.value), "around")
            hi_iv = iv.hedged(hi_s.value, Interval.point(hi_s.value), "around")
            note = "around"
        else:
            lo_iv = _interval(lo_s) if lo_s.rule else Interval.point(lo_s.value)
            hi_iv = _interval(hi_s) if hi_s.rule else Interval.point(hi_s.value)
        interval = iv.combine(lo_iv, hi_iv)
        self.out.append(_q(text, toks, start, d.j, Kind.RANGE, value=None, interval=interval, unit=unit,
                           per=rate_per or None, qualifier=_qualifier(s) or d.hedge or None, note=note))
        return d.j


def scan(text: str, regions: Iterable[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every figure in ``text``, sorted by start offset (``regions``: see :meth:`Scanner.run`)."""
    return Scanner(text).run(regions)

"""The scanner's questions about what a number is not: a date, year, age, label, score,
address or page furniture. Kept apart from :mod:`claimcheck.nlp.grammar` as a mixin of
:class:`~claimcheck.nlp.grammar.Scanner`, which supplies ``toks`` and ``text``.
"""

from __future__ import annotations

from claimcheck.models import Kind
from claimcheck.nlp import measures as ms
from claimcheck.nlp import nonclaims as nc
from claimcheck.nlp.figures import Side
from claimcheck.nlp.lexicon import LEX
from claimcheck.nlp.numparse import Tok

_CX = LEX.ctx
_AGE_UNDER = frozenset(_CX["age_under_words"])
_AGE_VALUES = frozenset(float(v) for v in _CX["age_under_values"])
_AGE_FOLLOW = frozenset(_CX["age_under_followers"])
_BASELINE_NOUNS = frozenset(_CX["baseline_year_nouns"])
_CONFIDENCE = frozenset(_CX["confidence_words"])
_POSSESSIVES = frozenset({"their", "his", "her", "its", "our", "my", "your"})
_YEAR_AFTER_BOUND = frozenset(_CX["year_after_bound"])
_SHARE_ENDS = ("%", "cent", "percent", "points", "pc")
_DECADES = frozenset(float(d) for d in range(10, 100, 10))
_DECADE_MODIFIERS = frozenset(_CX["decade_age_modifiers"])
_DESCRIBED_BY_SIZE = frozenset(_CX["described_by_size"])
_OF_TOTAL = frozenset(_CX["label_of_total"])
_GROUP_NAME = frozenset(_CX["group_name_before"])
_BOUND_JOINS = frozenset({"-", "–", "to"})


class NonClaimForms:
    """Non-figures; mixed into the scanner."""

    text: str
    toks: list[Tok]

    def nonclaim(self, s: Side) -> tuple[Kind, int, int] | None:
        """Dates, years, ages, labels and page furniture: (kind, start, end) or None."""
        toks, e = self.toks, s.expr
        if e.ordinal:
            return Kind.ORDINAL, e.i, e.j
        if s.i > 0 and toks[s.i - 1].text == "|" and s.value <= nc.AGE_MAX and not (s.currency or s.percent or e.scaled) \
                and nc.row_start(self.text, toks[s.i - 1].start):
            hedged = s.i < e.i and s.hedge in _AGE_UNDER
            n = nc.age_band_cell(toks, e.j, hedged) if hedged or s.i == e.i else 0
            if n:
                return Kind.AGE, s.i, n  # '| 65 and over | 33% |': the row's label, not a claim
        if s.hedge in _AGE_UNDER and e.words and s.value in _AGE_VALUES and not e.scaled \
                and not s.currency and not s.percent:
            nxt = toks[s.j] if s.j < len(toks) else None
            if (nxt is None or nxt.kind != "word" or nxt.low in _AGE_FOLLOW or nxt.low.endswith(("ed", "ing"))) \
                    and not nc.frame_after_figure(self.text, toks, s.i, s.j) \
                    and not nc.period_frame(toks, s.i, s.j, s.hedge):
                return Kind.AGE, s.i, s.j
            if s.value == 1:
                return Kind.COUNT, s.i + 1, s.j
        if not (s.currency or s.percent or e.scaled) and e.j - e.i == 1 and nc.age_in_context(toks, s.i, e.i, e.j, s.value):
            return Kind.AGE, s.i, e.j  # 'the forward, 24,', 'He is 24.', 'patients under 25'
        if e.words and e.i > 1 and toks[e.i - 1].low in _GROUP_NAME and toks[e.i - 2].low == "the" \
                and not (s.currency or s.percent or e.scaled):
            return Kind.LABEL, e.i - 2, e.j  # 'the best of the big four': a group's name
        if s.percent == "%" and s.j < len(toks) and toks[s.j].low in _CONFIDENCE:
            # '95% confidence interval': the level, not a finding, and with it the interval's
            # bounds ('95% CI 0.72-0.86'), which belong to the estimate before them
            return Kind.LABEL, s.i, _interval_bounds(toks, s.j + 1 + (s.j + 1 < len(toks) and toks[s.j + 1].low == "interval"))
        if s.rule and not (s.currency or s.percent) and e.j - e.i == 1 and nc.is_year(toks[e.i]) \
                and ((e.j < len(toks) and toks[e.j].low in _BASELINE_NOUNS)
                     or _after_share(self.text, toks[s.i].start)):
            return Kind.YEAR, e.i, e.j  # '53% below 1990 levels', 'about 50% below 1990.': a baseline year
        if s.rule and s.i > 0 and e.j - e.i == 1 and not (s.currency or s.percent) and nc.is_year(toks[e.i]) \
                and toks[s.i - 1].low in _YEAR_AFTER_BOUND:
            return Kind.YEAR, e.i, e.j  # 'until at least 2029': a date the hedge bounds
        if e.j - e.i == 1 and toks[e.i].kind == "num" and e.j < len(toks) and toks[e.j].low == "s" \
                and toks[e.j].start == toks[e.i].end and s.value in _DECADES and not (s.currency or s.percent):
            k = e.i - 1 - (e.i > 1 and toks[e.i - 1].low in _DECADE_MODIFIERS)
            k -= k > 0 and toks[k].text == "-" and toks[k - 1].low in _DECADE_MODIFIERS
            if k >= 0 and toks[k].low in _POSSESSIVES:
                return Kind.AGE, e.i, e.j + 1  # 'a man in his 60s', 'in their mid-30s'
            if k >= 0 and toks[k].low == "the":
                return Kind.YEAR, e.i, e.j + 1  # 'in the 90s': a decade
        if e.i > 1 and toks[e.i - 1].low == "of" and toks[e.i - 2].low in _DESCRIBED_BY_SIZE and s.value <= 20 \
                and not (s.currency or s.percent):
            return Kind.LABEL, e.i - 2, e.j  # 'a family of four', 'a mother of two' describe, not count
        if s.value == 0 and e.words and e.i > 0 and toks[e.i - 1].low == "net":
            return Kind.LABEL, e.i - 1, e.j  # 'net zero' names a target, not a count
        if nc.spelled_adjective(toks, e.i, e.j, s.value) and not (s.currency or s.percent or e.fraction):
            return Kind.LABEL, e.i, e.j  # 'zero-carbon', 'a two-bed house', 'the two-child limit'
        plain = not (s.currency or s.percent or s.rule)
        if not plain:
            return None
        if e.j < len(toks) and toks[e.j].low in LEX.periods and nc.whole_period(toks, e.j, s.value):
            return Kind.LABEL, e.i, e.j + 3  # '24 hours a day, seven days a week': always
        first = toks[e.i]
        if first.kind == "num" and nc.bracketed(toks, e.i, e.j):
            return Kind.LABEL, e.i - 1, e.j + 1  # 'What steps ... GDP. [910234]': a question's number
        if e.j - e.i == 1 and first.kind == "num":
            month = nc.month_before(toks, e.i)
            if month >= 0 and (nc.is_year(first) or s.value <= 31):
                end = e.j + 2 * nc.day_after_dash(toks, e.j, s.value)  # 'June 3-5', 'Jan. 27-28'
                j = end + (end < len(toks) and toks[end].text == ",")
                j = j + 1 if j < len(toks) and nc.is_year(toks[j]) else end
                return Kind.DATE, month, j
            if s.value <= 31 and nc.month_at(toks, e.j):
                j = e.j + 1
                if j < len(toks) and nc.is_year(toks[j]):
                    j += 1
                return Kind.DATE, e.i, j
            if nc.dialled(self.text, toks, e.i):
                return Kind.PHONE, e.i, e.j  # 'dial 999', 'text LARDER to 70085'
            if nc.list_marker(self.text, toks, e.i, e.j):
                return Kind.LABEL, e.i, e.j + 1  # '1. Mr Alan Pryce (Con):' numbers a question
            if nc.is_year(first) and not (e.j < len(toks) and toks[e.j].low in ("in", "out")):
                j = e.j + (e.j < len(toks) and toks[e.j].low == "s" and toks[e.j].start == first.end)
                return Kind.YEAR, e.i, j
            if e.i > 0 and toks[e.i - 1].kind == "word" and toks[e.i - 1].end == first.start:
                return Kind.LABEL, e.i - 1, e.j
            if e.j < len(toks) and toks[e.j].start == first.end and first.text + toks[e.j].text in LEX.glued_labels:
                return Kind.LABEL, e.i, e.j + 1
            if e.i > 1 and toks[e.i - 1].text == "-" and toks[e.i - 2].kind == "word" \
                    and toks[e.i - 2].end == toks[e.i - 1].start == first.start - 1 \
                    and not ms.measure_before_at(toks, e.i):  # 'magnitude-6.1' is a reading
                return Kind.LABEL, e.i - 2, e.j
        if e.i > 0 and toks[e.i - 1].low in _OF_TOTAL and e.j + 1 < len(toks) and toks[e.j].low == "of" \
                and toks[e.j + 1].kind == "num" and e.j - e.i == 1:
            return Kind.FURNITURE, e.i - 1, e.j + 2  # 'Page 2 of 3', 'Part 1 of 4'
        if nc.street_number(toks, e.i, e.j):
            return Kind.LABEL, e.i, e.j  # '12 High Street'
        label = nc.label_at(toks, e.i, e.j, s.value) if e.j - e.i <= 2 and not e.scaled else None
        if label is not None:
            return Kind.LABEL, *label
        if (e.i > 0 and toks[e.i - 1].low in LEX.selection_before and s.value < 20
                and not (e.i > 1 and toks[e.i - 2].low in _POSSESSIVES)  # 'their last 10 matches' counts
                and e.j < len(toks) and (toks[e.j].low in LEX.selection_after
                                         or toks[e.i - 1].low != "the")):
            return Kind.LABEL, e.i, e.j
        n = nc.age_after(toks, e.j)
        if n:
            return Kind.AGE, e.i, e.j + n
        n = nc.age_before(toks, e.i)
        if n and not nc.statistic_of(toks, e.i):  # 'an average age of 74' is a finding
            return Kind.AGE, e.i - n, e.j
        n = nc.furniture_after(toks, e.j)
        if n:
            return Kind.FURNITURE, e.i, e.j + n
        return None


def _after_share(text: str, start: int) -> bool:
    """Whether a share ends right before ``start`` ('50% below 1990'): read from the text,
    since the scanner's tokens may start after the previous figure."""
    return text[max(0, start - 12):start].rstrip().lower().endswith(_SHARE_ENDS)


def _interval_bounds(toks: list[Tok], k: int) -> int:
    """Past the two bounds of a confidence interval at ``k`` ('0.72-0.86', ': 18% to 40%'), else ``k``."""
    j = _bound(toks, k + (k < len(toks) and toks[k].text in (":", ",")))
    if j and j < len(toks) and toks[j].low in _BOUND_JOINS:
        return _bound(toks, j + 1) or k
    return k


def _bound(toks: list[Tok], j: int) -> int:
    """Past a number at ``j`` and its per cent sign; 0 when there is none."""
    if j >= len(toks) or toks[j].kind != "num":
        return 0
    return j + 1 + (j + 1 < len(toks) and toks[j + 1].text == "%")

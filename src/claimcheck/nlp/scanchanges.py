"""Changes told by the figures around a level: the old level after the new one ('rose to 7.4%
from 7.3%', 'was 4.4%, up from 4.2%'), a sum before 'to' and its new level ('shares rose 2p to
387p'), and a percentage restating the change before it ('fell 50 points, or 0.7%'). A mixin of
:class:`~claimcheck.nlp.grammar.Scanner`, which supplies ``toks``, ``text`` and ``out``.
"""

from __future__ import annotations

from claimcheck.models import Change, Kind, Quantity
from claimcheck.nlp import context as cx
from claimcheck.nlp.figures import Side, side_from
from claimcheck.nlp.lexicon import LEX
from claimcheck.nlp.numparse import Tok
from claimcheck.nlp.scanforms import (
    _REVISION_VERBS,
    _UP_DOWN,
    _interval,
    _kind_unit,
    _q,
    _qualifier,
)


class ChangeForms:
    """Changes read from a level and its neighbours; mixed into the scanner."""

    text: str
    toks: list[Tok]
    out: list[Quantity]

    def to_from(self, s: Side, start: int, per: str | None = None) -> int:
        """'rose to 7.4% from 7.3%', 'revised to 315,000 from 303,000': the new level first, then
        the old one (from token ``start``); a change between the two when a change verb comes
        before 'to' or the text says 'up from'/'down from'. ``per``: the new level's rate."""
        toks = self.toks
        d = side_from(self.text, toks, start)
        if d is None or bool(d.percent) != bool(s.percent) or bool(d.currency) != bool(s.currency) \
                or d.value == s.value:
            return 0
        moved = s.i > 1 and toks[s.i - 2].low in _UP_DOWN  # 'edged up to 4.4% from 4.2%', 'revised up to'
        verb = cx.change_verb_near(toks, s.i - 1)
        back = s.i - 2 - moved
        revised = back >= 0 and toks[back].low in _REVISION_VERBS
        said = toks[start - 2].low if start >= 2 else ""  # ', down from ...' states it
        if not verb and not revised and not moved and said not in _UP_DOWN:
            return 0
        direction = _UP_DOWN.get(said) or ("increase" if s.value > d.value else "decrease")
        _, unit = _kind_unit(s)
        ch = Change(direction=direction, from_value=_interval(d), to_value=_interval(s),
                    by_unit="%" if s.percent == "%" else None)
        self.out.append(_q(self.text, toks, s.i, d.j, Kind.CHANGE, value=s.value, interval=_interval(s),
                           unit=unit, change=ch, qualifier=_qualifier(s), per=per,
                           per_amount=1.0 if per else None))
        return d.j

    def restated(self, comma: int) -> str:
        """Direction of the change that ends at token ``comma`` of ', or N%' (the percentage
        restates it: 'down 37 cents, or 1.2%'; 'fell 50 points, or 0.7%' after a count and
        its verb), else ''."""
        toks = self.toks
        last = self.out[-1] if self.out else None
        if last is None or last.end > toks[comma].start:
            return ""
        if last.kind == Kind.CHANGE and last.change is not None and last.end == toks[comma].start:
            return last.change.direction or ""
        gap = self.text[last.end:toks[comma].start]  # the count's noun: '50 points'
        if len(gap) > 12 or not gap.replace(" ", "").isalpha() and gap:
            return ""
        if last.kind != Kind.COUNT:
            return ""
        words = self.text[max(0, last.start - 24):last.start].lower().split()  # before the window
        verb = words[-1] if words else ""
        return "increase" if verb in LEX.increase else "decrease" if verb in LEX.decrease else ""

    def moved_to(self, s: Side) -> bool:
        """'shares rose 2p to 387p', 'Brent fell $1.20 to $84.50': a sum right after a change
        verb and before 'to' and a new level in the same currency is the change."""
        toks = self.toks
        if not s.currency or s.j + 1 >= len(toks) or toks[s.j].low != "to":
            return False
        d = side_from(self.text, toks, s.j + 1)
        return d is not None and d.currency == s.currency

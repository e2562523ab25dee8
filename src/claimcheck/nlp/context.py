"""Context around a parsed number: hedges, currency, percent, rates, dates and labels.

Each helper looks at a few tokens either side of a number and answers one question from the
data tables, so the scanner in :mod:`claimcheck.nlp.grammar` stays a short sequence of steps.
"""

from __future__ import annotations

import re

from claimcheck.nlp.lexicon import LEX
from claimcheck.nlp.numparse import Tok
from claimcheck.nlp.phrases import first_words, last_words, match_at, match_before
from claimcheck.nlp.wordforms import glued

_CX = LEX.ctx
_STOP_PUNCT = frozenset(".;:!?()[]\"“”")
_RATE_BLOCK_BEFORE = frozenset(_CX["rate_blockers_before"])
_RATE_BLOCK_AFTER = frozenset(_CX["rate_blockers_after"])
_RATE_GAP_STOP = frozenset(_CX["rate_gap_stop"])
_PER_STOP = frozenset(_CX["per_noun_stop"])
RATE_MARKERS = frozenset(_CX["rate_markers"])
_PER_ARTICLE: dict[str, str] = _CX["per_article_nouns"]
_HEDGE_MAX = max(len(p) for p in LEX.hedge_prefix)
_CUR_WORD_MAX = max(len(p) for p in LEX.currency_words)
_RANK_NOUNS = frozenset(_CX["rank_nouns"])
_PERCENT_PREFIX = {tuple(p): "%" for p in _CX["percent_prefix"]}
_PERCENT_PREFIX_MAX = max(len(p) for p in _PERCENT_PREFIX)
#: last words of those phrases: the scanner triggers on them (lexicon.py adds them)
PERCENT_PREFIX_ENDS = frozenset(p[-1] for p in _PERCENT_PREFIX)
#: what may stand before a clause-opening word: nothing, a line break or sentence punctuation
_CLAUSE_OPEN = frozenset("\n.;:!?(\"“")

#: words that cannot stand between a figure and its change noun ('15% of people increase')
_NOT_CHANGE_NOUN = frozenset(_CX["not_change_nouns"])

_SUFFIX_FIRST = first_words(LEX.hedge_suffix)
_PREFIX_CURRENCY_LAST = last_words(LEX.prefix_currency)
_CURRENCY_WORDS_FIRST = first_words(LEX.currency_words)


def hedge_before(toks: list[Tok], k: int, text: str | None = None) -> tuple[int, str]:
    """A hedge ending at ``k``: (tokens, rule). A word it completes before it makes it none
    ('how about 40', 'jailed for 12 years over £1.3m'); with ``text`` that word is read from
    the text when it lies before the token window."""
    n, rule = match_before(toks, k, LEX.hedge_prefix, _HEDGE_MAX)
    if not n:
        return 0, ""
    if k - n > 0:
        before = toks[k - n - 1].low
    else:
        words = text[max(0, toks[0].start - 24):toks[0].start].split() if text is not None else []
        before = words[-1].strip(".,;:'\"").lower() if words else ""
    if before in LEX.hedge_not_after.get(tuple(t.low for t in toks[k - n:k]), ()):
        return 0, ""
    return n, rule


def hedge_after(toks: list[Tok], k: int) -> tuple[int, str]:
    if k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].low == "plus" and glued(toks, k - 1, 2) \
            and not glued(toks, k + 1, 1):
        return 2, LEX.hedge_suffix[("plus",)]  # '1,000-plus staff'
    if k >= len(toks) or toks[k].low not in _SUFFIX_FIRST:
        return 0, ""
    for n in (3, 2, 1):
        key = tuple(t.low for t in toks[k:k + n])
        if len(key) == n and key in LEX.hedge_suffix:
            if key == ("+",) and toks[k].start != toks[k - 1].end:
                continue
            nxt = toks[k + n] if k + n < len(toks) else None
            if nxt is not None and (nxt.kind == "num" or nxt.low in LEX.number_words or nxt.low == "than"):
                return 0, ""  # '12 and more than 194': the words open the next figure
            return n, LEX.hedge_suffix[key]
    return 0, ""


#: currency codes that also name things by a number glued on ('COP30', the UN climate conference)
_NAMING_CODES = frozenset(_CX["codes_naming_events"])


def currency_before(toks: list[Tok], k: int) -> tuple[int, str, float]:
    """A currency marker ending before token ``k``: (tokens used, ISO code, scale)."""
    if k == 0:
        return 0, "", 1.0
    t = toks[k - 1]
    if t.text in LEX.symbols and "/" not in LEX.symbols[t.text]:
        code = LEX.symbols[t.text]
        if t.text == "$" and k >= 2 and toks[k - 2].low in LEX.dollar_prefixes:
            pre = toks[k - 2]
            if pre.end == t.start or len(pre.low) > 1:
                return 2, LEX.dollar_prefixes[pre.low], 1.0
        return 1, code, 1.0
    up = t.text.upper()
    for n in range(min(3, k) if t.low in _PREFIX_CURRENCY_LAST else 0, 0, -1):
        # 'ringgit 42', 'malaysian ringgit 42'
        key = tuple(x.low for x in toks[k - n:k])
        if key in LEX.prefix_currency:
            return n, LEX.prefix_currency[key], 1.0
    anycase = up in LEX.any_case_codes
    if up in _NAMING_CODES and t.end == toks[k].start and k + 1 < len(toks) and toks[k + 1].kind == "word" \
            and toks[k + 1].start > toks[k].end and toks[k + 1].low not in LEX.scales:
        return 0, "", 1.0  # 'the COP30 summit': the code names a conference, not pesos
    if t.kind == "word" and (t.text.isupper() or t.end == toks[k].start or len(up) == 3 or anycase):
        if up in LEX.codes or up in LEX.code_aliases:
            if up in ("LE",) or (len(up) == 2 and t.text != up and not anycase):
                return 0, "", 1.0
            return 1, LEX.code_aliases.get(up, up), 1.0
        if up.startswith("M") and up[1:] in LEX.codes and t.text.isupper():
            return 1, up[1:], 1e6
    if t.text == "." and k >= 2 and toks[k - 2].low == "rs":
        return 2, "INR", 1.0
    return 0, "", 1.0


def currency_after(toks: list[Tok], k: int) -> tuple[int, str, float]:
    """A currency marker at token ``k`` (after a number): (tokens, ISO code, factor)."""
    if k >= len(toks):
        return 0, "", 1.0
    t = toks[k]
    attached = t.start == toks[k - 1].end
    if t.text == "-" and attached and k + 1 < len(toks) and toks[k + 1].start == t.end \
            and toks[k + 1].kind == "word":  # 'a 12-cent dividend', 'a one-yen bid'
        n, code, factor = currency_after(toks, k + 1)
        return (n + 1, code, factor) if n else (0, "", 1.0)
    if t.kind == "word" and not attached and k + 1 < len(toks) and toks[k + 1].kind == "num" \
            and toks[k + 1].start == t.end:
        return 0, "", 1.0  # '3 USD50': the code belongs to the amount it is glued to
    if t.low in LEX.dollar_prefixes and attached and k + 1 < len(toks) and toks[k + 1].text == "$" \
            and toks[k + 1].start == t.end:  # '3.14US$'
        return 2, LEX.dollar_prefixes[t.low], 1.0
    if t.text in LEX.symbols:
        code = LEX.symbols[t.text]
        if "/" in code:
            return 1, code.split("/")[0], 0.01
        return 1, code, 1.0
    if t.kind != "word":
        return 0, "", 1.0
    up = t.text.upper()
    if up in LEX.codes and (t.text.isupper() or len(up) == 3):
        return 1, LEX.code_aliases.get(up, up), 1.0
    if up in LEX.code_aliases and (t.text.isupper() or (attached and up in LEX.any_case_codes)):
        return 1, LEX.code_aliases[up], 1.0
    if t.low in LEX.coins:
        return 1, "USD", LEX.coins[t.low]
    if up.startswith("M") and up[1:] in LEX.codes and t.text.isupper():
        return 1, up[1:], 1e6
    for n in range(min(_CUR_WORD_MAX, len(toks) - k) if t.low in _CURRENCY_WORDS_FIRST
                   else 0, 0, -1):
        key = tuple(x.low for x in toks[k:k + n])
        if key in LEX.currency_words:
            code = LEX.currency_words[key]
            if "*" in code:
                base, mult = code.split("*")
                return n, base, float(mult)
            return n, code, 1.0
    if t.low in LEX.minor and (attached or len(t.low) > 1) and t.text != "C":  # '-10C' is Celsius
        code = LEX.minor[t.low]
        if "/" in code:
            base, div = code.split("/")
            return 1, base, 1 / float(div)
        return 1, code, 0.01
    return 0, "", 1.0


def percent_after(toks: list[Tok], k: int) -> tuple[int, str]:
    """'%' / 'per cent' / 'percentage points' / 'basis points' at ``k``: (tokens, unit)."""
    n = match_at(toks, k, LEX.points)
    if n:
        return n, "percentage points"
    if k < len(toks) and (toks[k].low in ("bp", "bps") or (
            toks[k].low == "basis" and k + 1 < len(toks) and toks[k + 1].low in ("point", "points"))):
        return (2 if toks[k].low == "basis" else 1), "basis points"
    n = match_at(toks, k, LEX.percent)
    if n == 1 and toks[k].low == "pc" and toks[k].start != toks[k - 1].end and toks[k].text != "pc":
        return 0, ""
    return (n, "%") if n else (0, "")


def poll_points_after(text: str, toks: list[Tok], k: int) -> int:
    """'12 points', '12-point' at ``k`` with a percentage in the text around ('a 12-point
    lead, with 42% of the vote'): poll copy's points are percentage points. Tokens used."""
    n = 1 if k < len(toks) and toks[k].low in ("point", "points") else 0
    if not n and k < len(toks) and toks[k].text == "-" and glued(toks, k - 1, 2) and toks[k + 1].low == "point":
        n = 2
    if n and match_at(toks, k + n, _LEAGUE_POINTS):
        return 0  # 'five points clear at the top', 'three points from safety': a league table
    if n and _PERCENT_NEAR.search(text, max(0, toks[k].start - _NEAR), toks[k].end + _NEAR):
        return n
    return 0


def share_lead(toks: list[Tok], k: int) -> int:
    """'of a', 'of one' or 'a' between a fraction and a percent unit ('a quarter of a
    percentage point', 'half a per cent'): how many tokens to step over."""
    j = k + (k < len(toks) and toks[k].low == "of")
    return j + 1 - k if j < len(toks) and toks[j].low in ("a", "one") else 0


def percent_before(text: str, toks: list[Tok], k: int) -> int:
    """'per cent of 210': length of a percent phrase that ends at ``k - 1`` and opens its clause.

    Only a clause-opening percent word can take the number after 'of' as its own: in
    '40 per cent of 300 MPs' the percent belongs to 40, and 300 is a count.
    """
    n, _ = match_before(toks, k, _PERCENT_PREFIX, _PERCENT_PREFIX_MAX)
    if not n:
        return 0
    a = toks[k - n].start
    while a > 0 and text[a - 1] in " \t":
        a -= 1
    return n if a == 0 or text[a - 1] in _CLAUSE_OPEN else 0


def rank_after_article(toks: list[Tok], k: int) -> bool:
    """'a third dose', 'a fifth term': an article, the ordinal at ``k``, then a noun of rank;
    or a verb of scoring before the article ('added a third in the 78th minute')."""
    if not (0 < k and toks[k - 1].low in ("a", "an")):
        return False
    return (k < len(toks) - 1 and toks[k + 1].low in _RANK_NOUNS) or (k > 1 and toks[k - 2].low in _RANK_VERBS)


def dash_chain(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """'three-nought-four', '3-0-4', '1111-2222-3333': is the dash pair at tokens [i, j) glued
    to a third part? Such a run is a sequence (a score, a code), never a range."""
    a = toks[i].start
    if a >= 2 and text[a - 1] in "-–—" and text[a - 2].isalnum():
        return True
    if j + 1 >= len(toks) or toks[j].text not in ("-", "–", "—") or not (
            toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start):
        return False
    nxt = toks[j + 1]
    return nxt.kind == "num" or nxt.low in LEX.number_words


_BY_FILLERS = frozenset(_CX["change_by_fillers"])
_RANK_VERBS = frozenset(_CX["rank_verbs"])
_LEAGUE_POINTS = tuple(sorted((tuple(p.split()) for p in _CX["league_points_after"]), key=len, reverse=True))
_PERCENT_NEAR = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_NEAR = 300  # characters either side of 'points' searched for a percentage


def period_at(toks: list[Tok], k: int) -> str | None:
    """The rate period named by token ``k`` ('day', 'days', 'annum'), if any."""
    if k >= len(toks):
        return None
    return LEX.periods.get(toks[k].low)


#: what ends a rate's gap: sentence punctuation or a comma, a number word or a clause word
_GAP_STOP_MARKS = _STOP_PUNCT | {","}
_GAP_STOP_WORDS = LEX.number_words | _RATE_GAP_STOP
_RATE_REACH = _CX["rate_max_gap"] + 2


def rate_after(toks: list[Tok], k: int) -> tuple[int, str, bool]:
    """A rate period within a short gap after a figure: '90 a day', '182 plans every day'.

    Returns (index after the period phrase, period or per-noun, is_time_period); index 0 when
    there is none. The gap may hold the counted noun and a verb group ("1,770 children are
    being referred each day") but stops at punctuation, other numbers and clause words.
    """
    if k + 3 < len(toks) and toks[k].text == "-" and toks[k + 1].low in ("a", "an", "per") \
            and toks[k + 2].text == "-" and toks[k + 3].low in LEX.periods and glued(toks, k - 1, 4):
        return k + 4, LEX.periods[toks[k + 3].low], True  # 'a £50,000-a-year job'
    limit = min(len(toks), k + _RATE_REACH)
    j = k
    while j < limit:
        t = toks[j]
        number = t.kind == "num" and not (j > k and toks[j - 1].kind == "word" and toks[j - 1].end == t.start)
        if t.text in _GAP_STOP_MARKS or number or t.low in _GAP_STOP_WORDS \
                or (j > 0 and t.start - toks[j - 1].end > 2):
            return 0, "", False  # ... (a digit glued to a word is a label: 'of NO2 a day'), or a
            # blanked list marker or line indent: another line
        if t.low in LEX.period_adverbs and (j > k or j + 1 >= len(toks) or toks[j + 1].kind != "word"):
            return j + 1, LEX.period_adverbs[t.low], True
        if t.low in RATE_MARKERS:
            before = toks[j - 1].low if j > 0 else ""
            per = period_at(toks, j + 1)
            if per and (j + 1 < len(toks) and not toks[j + 1].low.endswith("s") or toks[j + 1].low == "annum"):
                if t.low in ("a", "an") and (before in _RATE_BLOCK_BEFORE):
                    return 0, "", False
                if j + 2 < len(toks) and toks[j + 2].low in _RATE_BLOCK_AFTER and not _spent_on(toks, j + 2):
                    return 0, "", False
                return j + 2, per, True
            if t.low == "per" and j - k <= 2:
                words: list[str] = []
                m = j + 1
                while m < len(toks) and len(words) < 3 and toks[m].kind == "word" \
                        and toks[m].low not in _PER_STOP:
                    words.append(toks[m].low)
                    m += 1
                if words:
                    return m, " ".join(words), False
            if t.low not in ("a", "an"):
                return 0, "", False
            if j == k and j + 1 < len(toks) and toks[j + 1].low in _PER_ARTICLE:
                return j + 2, _PER_ARTICLE[toks[j + 1].low], False  # '$84.50 a barrel'
        j += 1
    return 0, "", False


def _spent_on(toks: list[Tok], k: int) -> bool:
    """'£4.2m a year on accommodation': 'on' and a word after a rate says what it is spent on;
    'a year on, ...' and 'a year on from' are a time later."""
    return toks[k].low == "on" and k + 1 < len(toks) and toks[k + 1].kind == "word" and toks[k + 1].low != "from"


def change_before(toks: list[Tok], k: int) -> tuple[int, str]:
    """A change cue ending before ``k``: 'increased by', 'an increase of', 'fell'.

    Returns (tokens used, direction) or (0, '').
    """
    if k == 0:
        return 0, ""
    t = toks[k - 1]
    if t.low in _BY_FILLERS and k >= 2 and (toks[k - 2].low == "by" or (
            toks[k - 2].low == "a" and k >= 3 and toks[k - 3].low == "by")):
        _n, direction = change_before(toks, k - 1 - (toks[k - 2].low == "a"))
        return (1 + (toks[k - 2].low == "a"), direction) if direction else (0, "")  # 'fell by only 1%'
    if t.low == "by":  # 'rose by', 'cut the waiting list by'
        for back in range(2, min(k, _CX["change_by_reach"]) + 1):
            w = toks[k - back]
            if w.low in LEX.increase:
                return 1, "increase"
            if w.low in LEX.decrease:
                return 1, "decrease"
            if w.text in _STOP_PUNCT or w.kind == "num":
                break
        return 0, ""
    if t.low == "of" and k >= 2 and toks[k - 2].low in LEX.change_nouns:
        n = 2 + (k >= 3 and toks[k - 3].low in ("a", "an"))
        return n, LEX.change_nouns[toks[k - 2].low]
    if t.low in LEX.increase and t.low not in ("up", "add", "added", "go", "goes", "gone"):
        return 0, "increase" if t.low not in ("up",) else ""
    if t.low in LEX.decrease and t.low not in ("down", "cut", "cuts", "lost", "lose"):
        return 0, "decrease"
    return 0, ""


def change_after(toks: list[Tok], j: int) -> tuple[int, str]:
    """'a 25 per cent increase', 'a £2bn cut': a change noun right after the figure at ``j``.

    Returns (tokens used, direction) or (0, '')."""
    direction = LEX.change_nouns.get(toks[j].low) if j < len(toks) else None
    if direction:
        return 1, direction
    # 'a £40bn tax rise', 'a 5% pay rise': one noun between the figure and the change noun
    # (one space apart, on one line: not 'rate ticks up to 4.1%' and the next paragraph's
    # 'January's gain')
    if j + 1 < len(toks) and toks[j].kind == "word" and toks[j].low not in _NOT_CHANGE_NOUN \
            and toks[j + 1].low in LEX.change_nouns and toks[j].start == toks[j - 1].end + 1 \
            and toks[j + 1].start == toks[j].end + 1:
        return 2, LEX.change_nouns[toks[j + 1].low]
    return 0, ""


def change_verb_near(toks: list[Tok], k: int) -> str:
    """Direction of an increase/decrease verb in the few tokens before ``k`` ('' if none)."""
    for j in range(k - 1, max(-1, k - _CX["change_verb_window"]), -1):
        t = toks[j]
        if t.text in _STOP_PUNCT or t.kind == "num":
            return ""
        if t.low in _UP_OR_DOWN and j > 0 and toks[j - 1].low in _GO_FORMS:
            return _UP_OR_DOWN[t.low]  # 'will go up from', 'have gone down from'
        if t.low in LEX.increase and t.low not in ("up", "add", "added") and t.low not in _GO_FORMS:
            return "increase"
        if t.low in LEX.decrease and t.low != "down":
            return "decrease"
    return ""


def moved_from(toks: list[Tok], k: int, old: float, new: float) -> str:
    """Direction of 'went from X to Y' ('from' at ``k``): the levels give it ('' if none)."""
    if k > 0 and toks[k - 1].low in _MOVED_FROM and old != new:
        return "increase" if new > old else "decrease"
    return ""


_UP_OR_DOWN = {"up": "increase", "down": "decrease"}
_MOVED_FROM = frozenset(_CX["moved_from_verbs"])
#: verbs that move a level only with 'up' or 'down' ('went up', 'are going down')
_GO_FORMS = frozenset(_CX["up_down_verbs"])

"""Context that makes a number no claim: dates, times, postcodes and phone numbers on the raw
text, and ages, page furniture and time frames next to the scanner's tokens.

Kept apart from :mod:`claimcheck.nlp.context` (hedges, currency, percent, rates, changes) so
each module answers one kind of question.
"""

from __future__ import annotations

import re

from claimcheck.models import PERIOD_SECONDS
from claimcheck.nlp.lexicon import LEX
from claimcheck.nlp.numparse import Tok
from claimcheck.nlp.phrases import last_words, match_at
from claimcheck.nlp.wordforms import glued

_CX = LEX.ctx
_AGE_BEFORE = tuple(sorted((tuple(p) for p in _CX["age_before"]), key=len, reverse=True))
_AGE_BEFORE_LAST = last_words(_AGE_BEFORE)
_AGE_AFTER = tuple(sorted((tuple(p) for p in _CX["age_after"]), key=len, reverse=True))
_BAND_TAILS = tuple(sorted((tuple(p) for p in _CX["age_band_tails"]), key=len, reverse=True))
_BAND_JOINS = frozenset(_CX["age_band_joiners"])
AGE_MAX = float(_CX["age_band_max"])
_FURNITURE = tuple(sorted((tuple(p) for p in _CX["furniture_after"]), key=len, reverse=True))
_LABEL_SEPARATORS = frozenset(_CX["label_separators"])
_ID_LABELS = frozenset(_CX["id_labels"])
_ABBREVIATED = frozenset(_CX["abbreviated_labels"])
#: label words that name a label only capitalised: 'Column 312' (Hansard), 'Plan 2 loans'
_LABEL_CASED = frozenset(_CX["label_before_case_sensitive"])
_NOT_LABEL_AFTER = frozenset(("in", "out", "of", "per", "percent"))
_DIGIT_END = re.compile(r"\d[a-z]{0,3}$")  # '20', '£2bn', '40m'

#: time zones after a wire's four-digit clock time ('0902 GMT')
_ZONES = tuple(sorted(_CX["time_zones"], key=len, reverse=True))

#: URLs and e-mail addresses: digits inside them are never figures.
SKIP = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")

#: Digit-bearing forms recognised on the raw text around a digit: (regex, kind).
SPECIALS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"), "postcode"),
    # international, UK ('01632 960 418', '0800 80 70 60') and US ('(202) 555-0143', '1-800-555-0199')
    (re.compile(r"(?<![\w.])\+\d{1,3}(?:[ -]?\(?\d+\)?){2,}|\b0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}\b"
                r"|\b0\d{3,4}(?: \d{2}){3}\b"
                r"|(?:(?<![\w(.-])1[-. ](?:\(\d{3}\) ?|\d{3}[-.])|\(\d{3}\) ?|(?<![\w.(-])\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])"), "phone"),
    (re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d ?(?:[ap]m\b|[ap]\.m\b\.?)|\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\b"
                r"|\b(?:1[0-2]|0?[1-9]) ?(?:[ap]m\b|[ap]\.m\b\.?)", re.IGNORECASE), "time"),
    # figures that are words: 'open 24/7', 'after 9/11', 'a 50-50 chance'
    (re.compile(rf"(?<![\w./-])(?:{'|'.join(re.escape(w) for w in _CX['idiom_numbers'])})(?![\w/-]|[.,]\d)"), "idiom"),
    # a wire's clock time: 'by 0902 GMT', '1430 BST', '09.30 GMT' (then a time zone)
    (re.compile(rf"\b(?:[01]\d|2[0-3])[.]?[0-5]\d ?(?:{'|'.join(_ZONES)})\b"), "time"),
    # a journal citation's year, volume, issue and pages: 'Eur Heart J 2025; 46: 3107-3118'
    (re.compile(r"\b(?:19|20)\d\d\s*;\s*\d{1,4}(?:\s*\(\d{1,3}\))?\s*:\s*[eE]?\d{1,6}(?:\s*[-–]\s*[eE]?\d{1,6})?"),
     "citation"),
    (re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"), "date"),
    (re.compile(r"\b(?:1[89]|20)\d{2} ?[-–/] ?(?:(?:1[89]|20)\d{2}|\d{2})\b(?![.,]\d)"), "yearrange"),
)
_SPECIAL_BACK, _SPECIAL_AHEAD = 4, 40
#: Something every match of a SPECIALS pattern contains (a postcode's inward code, a '+' or
#: leading-zero dialling code, a ':' or 'am'/'pm', a separator between digits, a time zone). Most figures
#: have none of these nearby, so one search rules out every pattern.
_MAYBE_SPECIAL = re.compile(r" \d[A-Z]{2}|\+\d|\b0\d\d|:|\d ?[aApP]\.?[mM]\b|\d ?[-–/.] ?\d"
                            rf"|\d ?(?:{'|'.join(_ZONES)})\b")


def special_at(text: str, pos: int) -> tuple[int, int, str] | None:
    """A postcode, phone number, time or date that covers the digit at ``pos``."""
    lo = max(0, pos - _SPECIAL_BACK)
    hi = min(len(text), pos + _SPECIAL_AHEAD)
    if _MAYBE_SPECIAL.search(text, lo, hi) is None:
        return None
    for rx, kind in SPECIALS:
        m = rx.search(text, lo, hi)
        if m and m.start() <= pos < m.end():
            return m.start(), m.end(), kind
    return None


def age_before(toks: list[Tok], k: int) -> int:
    if k == 0 or toks[k - 1].low not in _AGE_BEFORE_LAST:
        return 0
    for p in _AGE_BEFORE:
        n = len(p)
        if k >= n and tuple(t.low for t in toks[k - n:k]) == p:
            return n
    return 0


def age_after(toks: list[Tok], k: int) -> int:
    return match_at(toks, k, _AGE_AFTER)


def row_start(text: str, pos: int) -> bool:
    """The '|' at ``pos`` opens a table row: only spaces stand between it and the line's start."""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def age_band_cell(toks: list[Tok], j: int, hedged: bool) -> int:
    """End of a table cell that holds only an age band, its number ending at ``j``: 'Under 18',
    '65 and over', '18-24' between '|'s label a row (0 if not). A bare '| 65 |' is no band."""
    n = match_at(toks, j, _BAND_TAILS)
    if not n and j + 1 < len(toks) and toks[j].text in _BAND_JOINS and toks[j + 1].kind == "num":
        n = 2
    k = j + n
    return k if (n or hedged) and k < len(toks) and toks[k].text == "|" else 0


def furniture_after(toks: list[Tok], k: int) -> int:
    """'3 mins read', '2 hours ago', '1.2k shares': page furniture after the number at ``k``.
    A one-word counter ('shares', 'views') is furniture only when nothing goes on after it on
    its line: '812 million shares changed hands' is a figure."""
    n = match_at(toks, k, _FURNITURE)
    m = k + n
    if n == 1 and m < len(toks) and toks[m].kind == "word" and toks[m].start - toks[m - 1].end <= 1:
        return 0
    return n


def month_at(toks: list[Tok], k: int) -> bool:
    """A month name at ``k``; short or ambiguous forms ('May', 'Mar') must be capitalised."""
    if k < 0 or k >= len(toks) or toks[k].low not in LEX.months:
        return False
    t = toks[k]
    return t.text[0].isupper() or len(t.low) > 5


def month_before(toks: list[Tok], i: int) -> int:
    """Index of a month name right before token ``i`` ('June 3'), or of a short month with
    its full stop glued on ('Dec. 3', US wire style); -1 when there is none."""
    if month_at(toks, i - 1):
        return i - 1
    m = i - 2
    if m >= 0 and toks[i - 1].text == "." and toks[i - 1].start == toks[m].end \
            and len(toks[m].low) <= 4 and month_at(toks, m):
        return m
    return -1


def day_after_dash(toks: list[Tok], j: int, day: float) -> bool:
    """'June 3-5': a later day of the same month right after a dash at ``j``."""
    if j + 1 >= len(toks) or toks[j].text not in ("-", "–") or toks[j + 1].kind != "num":
        return False
    later = toks[j + 1].text
    return later.isdigit() and day < int(later) <= 31


def list_marker(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """'1. Mr Alan Pryce (Con):', '2) Bills': a small whole number opening its line with a full
    stop or bracket glued on and a space after numbers a list item or a question, not a count."""
    first = toks[i]
    if j >= len(toks) or toks[j].text not in (".", ")") or toks[j].start != first.end \
            or not first.text.isdigit() or len(first.text) > 2 or text[toks[j].end:toks[j].end + 1] not in (" ", "\t"):
        return False
    head = text[max(0, first.start - 8):first.start]
    line = head[head.rfind("\n") + 1:] if "\n" in head or first.start <= 8 else "x"
    return not line.strip()


_YEAR_LO, _YEAR_HI = _CX["year_range"]


def is_year(t: Tok) -> bool:
    lo, hi = _YEAR_LO, _YEAR_HI
    return t.kind == "num" and len(t.text) == 4 and t.text.isdigit() and lo <= int(t.text) <= hi


def frame_after_figure(text: str, toks: list[Tok], i: int, j: int) -> bool:
    """'rose 20% over five years': "over/under N years" right after another figure is the
    period it covers, not an age ('children over five years old'). The previous figure is
    read from the text, since the scanner's tokens start after it."""
    if j >= len(toks) or toks[j].low not in LEX.periods:
        return False
    before = text[max(0, toks[i].start - 24):toks[i].start].split()
    last = before[-1].lower() if before else ""
    return last.endswith("%") or _DIGIT_END.search(last) is not None or last in LEX.figure_words


def period_frame(toks: list[Tok], i: int, j: int, hedge: str) -> bool:
    """'buy 350 homes over four years', 'Over two years, the firm grew': a bound on a number of
    years or months is the period covered, not an age, unless 'old' or 'of age' follows or a
    group of people comes before ('children under five years')."""
    if hedge == "aged" or j >= len(toks) or toks[j].low not in LEX.periods:
        return False
    after = toks[j + 1].low if j + 1 < len(toks) else ""
    return after not in ("old", "of") and not (i > 0 and toks[i - 1].low in _PEOPLE)


def bracketed(toks: list[Tok], i: int, j: int) -> bool:
    """'[910234]', '[3]': a bare number alone in square brackets is a reference or a footnote."""
    return 0 < i and j < len(toks) and toks[i - 1].text == "[" and toks[j].text == "]" \
        and toks[i - 1].end == toks[i].start and toks[j - 1].end == toks[j].start


def whole_period(toks: list[Tok], j: int, value: float) -> bool:
    """'24 hours a day', 'seven days a week', '365 days a year': as many periods as fill the
    rate's period (the number at ``j - 1``) say 'all the time', not a rate."""
    if j + 2 >= len(toks) or toks[j + 1].low not in ("a", "an", "per", "each", "every"):
        return False
    small, whole = LEX.periods.get(toks[j].low), LEX.periods.get(toks[j + 2].low)
    if small is None or whole is None:
        return False
    return abs(value * PERIOD_SECONDS[small] - PERIOD_SECONDS[whole]) <= 0.01 * PERIOD_SECONDS[whole]


def _letter_glued(toks: list[Tok], j: int) -> bool:
    """A single letter glued to the token before it and ending the word ('3b', '4.1a', not
    the 'F' of '06F6')."""
    return j < len(toks) and toks[j].kind == "word" and len(toks[j].text) == 1 \
        and toks[j].start == toks[j - 1].end \
        and not (j + 1 < len(toks) and toks[j + 1].start == toks[j].end and toks[j + 1].kind != "sym")


_DIAL_FOLLOWERS = frozenset(_CX["dial_followers"])
#: the verb right before the number, or at most three words before 'on'/'to' ('call NHS 24 on',
#: 'text LARDER to'); read on the text, since the scanner's window may start after the verb
_DIALLED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_CX['dial_verbs'])})(?:(?:\s+\S+){{0,3}}?\s+(?:{'|'.join(_CX['dial_links'])}))?\s+\Z",
    re.IGNORECASE)
_DIAL_BACK = 48


def dialled(text: str, toks: list[Tok], i: int) -> bool:
    """'dial 999', 'call NHS 24 on 111', 'text LARDER to 70085': the number at token ``i`` is
    one to call or text, not a count."""
    t = toks[i]
    if not (3 <= len(t.text) <= 6 and t.text.isdigit()):
        return False
    if i + 1 < len(toks) and toks[i + 1].kind == "word" and toks[i + 1].low not in _DIAL_FOLLOWERS:
        return False  # 'phoned 300 voters'
    return _DIALLED_BEFORE.search(text, max(0, t.start - _DIAL_BACK), t.start) is not None


def label_at(toks: list[Tok], i: int, j: int, value: float) -> tuple[int, int] | None:
    """'Table 4', 'Figure 1.2b', 'Written question – 145210': the token span of a label word,
    at most one separator and the number at [i, j), or None.

    A decimal numbers a section when the label word is capitalised or a letter is glued on
    ('the figure 3.2 was' stays a figure); only identifiers ('question', 'UIN') run past 9,999.
    """
    sep = i > 1 and toks[i - 1].text in _LABEL_SEPARATORS and toks[i].start - toks[i - 1].end <= 1 \
        and toks[i - 1].start - toks[i - 2].end <= 1 \
        and (toks[i - 1].text != "." or toks[i - 2].low in _ABBREVIATED)  # 'No. 10', not 'stage.\n\n3'
    w = i - 1 - sep
    if w < 0 or (toks[w].low not in LEX.label_before and toks[w].text not in _LABEL_CASED) or "," in toks[i].text \
            or (j < len(toks) and toks[j].low in _NOT_LABEL_AFTER):
        return None
    if value >= 10000 and toks[w].low not in _ID_LABELS:
        return None
    section = toks[i].kind == "num" and (toks[w].text[:1].isupper() or _letter_glued(toks, i + 1))
    if value != int(value) and not section:
        return None
    if w >= 2 and toks[w - 1].text == "&" and glued(toks, w - 2, 2):
        w -= 2  # 'S&P 500': the index's whole name
    return w, j + _letter_glued(toks, j)  # 'Figure 3b'


_SCORE_AFTER = frozenset(_CX["score_after"])
_SCORE_BEFORE = frozenset(_CX["score_before"])
_SCORE_REACH = 5  # words a result verb may stand before the score ('beat Manchester United 2-1')
_STREETS = frozenset(_CX["street_words"])


def hyphen_compound(toks: list[Tok], k: int) -> bool:
    """An ordinal glued by a hyphen to a word: 'first-time', 'second-hand', 'third-quarter'."""
    return glued(toks, k, 2) and toks[k + 1].text == "-" and toks[k + 2].kind == "word"


_TALLY_AFTER = frozenset(_CX["tally_after"])


def tally_at(toks: list[Tok], i: int, j: int, a: float, b: float) -> bool:
    """'a 7-2 vote', 'an 84-39 decision': two whole numbers glued by a dash before a word of
    voting are one tally (kept out of the figures, as a score is)."""
    return a == int(a) and b == int(b) and j - i == 3 and glued(toks, i, 2) and j < len(toks) \
        and toks[j].low in _TALLY_AFTER


def score_at(toks: list[Tok], i: int, j: int, a: float, b: float) -> bool:
    """'3-0 win', 'won 4-2', "Portugal's 2-1", 'beat their nearest rivals 3-1': two small whole
    numbers glued by a dash with a result word next to them, or a result verb a few words
    before (its opponent between), are a match score."""
    if not (a == int(a) and b == int(b) and 0 <= a <= 20 and 0 <= b <= 20) or j - i != 3 or not glued(toks, i, 2):
        return False
    if (j < len(toks) and toks[j].low in _SCORE_AFTER) or (i > 0 and toks[i - 1].low in _SCORE_BEFORE):
        return True
    for m in range(i - 2, max(-1, i - 1 - _SCORE_REACH), -1):
        t = toks[m]
        if t.kind != "word":
            return False
        if t.low in _SCORE_BEFORE and t.low != "s":
            return True
    return False


def street_number(toks: list[Tok], i: int, j: int) -> bool:
    """'12 High Street', '221 Baker Street': a house number before a street name."""
    if j - i != 1 or not toks[i].text.isdigit():
        return False
    n = len(toks)  # a street word one or two tokens on
    if not ((j + 1 < n and toks[j + 1].text in _STREETS) or (j + 2 < n and toks[j + 2].text in _STREETS)):
        return False
    return all(toks[m].text[:1].isupper() for m in range(j, min(j + 2, len(toks))) if toks[m].kind == "word")


_PEOPLE = frozenset(_CX["person_nouns"])
_AGE_VERBS = frozenset(_CX["age_verbs"])
_BEFORE_AGE = _AGE_VERBS | {",", "under", "over", "aged"}
_PRONOUNS = frozenset(("he", "she", "i", "who", "whom", "they", "we", "you", "oldest", "youngest"))
_AFTER_AGE_GROUP = frozenset(("and", "or", "who", "were", "are", "must", "will", "can", "may", "should",
                              "would", "could", "have", "had", "has", "in", "on", "at", "with", "from"))


def age_in_context(toks: list[Tok], i: int, a: int, b: int, value: float) -> bool:
    """A bare whole number that can only be someone's age: an appositive after a name or a
    person noun ('Silva, 24, said', 'the forward, 24,'), a pronoun's 'is 24.', or a bound
    after a group of people ('patients under 25')."""
    if a == 0 or toks[a - 1].low not in _BEFORE_AGE or value != int(value) or not 1 <= value <= 110 \
            or toks[a].kind != "num":
        return False
    after = toks[b].text if b < len(toks) else "."
    if i == a and a >= 2 and toks[a - 1].text == "," and after in (",", ".", ";", ")") and value >= 16:
        prev = toks[a - 2]
        return prev.low in _PEOPLE or (prev.kind == "word" and prev.text[:1].isupper() and a - 2 > 0
                                       and toks[a - 3].text not in ".!?" and prev.low not in LEX.months)
    if i == a and a >= 2 and toks[a - 1].low in _AGE_VERBS and toks[a - 2].low in _PRONOUNS \
            and after in (",", ".", ";", "!", "?"):
        return True
    return i == a - 1 and toks[i].low in ("under", "over", "aged") and i > 0 and toks[i - 1].low in _PEOPLE \
        and (b >= len(toks) or toks[b].kind != "word" or toks[b].low in _AFTER_AGE_GROUP)


_NOT_ADJECTIVE_AFTER = frozenset(_CX["spelled_adjective_not_before"])


def spelled_adjective(toks: list[Tok], i: int, j: int, value: float) -> bool:
    """A small spelled number hyphen-glued to a noun that it describes: 'zero-carbon',
    'a two-bed house', 'the two-child limit' (a period after it is a duration adjective and a
    number word or 'in' another figure: 'three-year', 'one-in-four', 'twenty-two')."""
    if j - i != 1 or toks[i].kind != "word" or value != int(value) or not 0 <= value <= 10 \
            or not hyphen_compound(toks, i):
        return False
    nxt = toks[i + 2].low
    return nxt not in LEX.number_words and nxt not in LEX.periods and nxt not in _NOT_ADJECTIVE_AFTER


def glued_in(toks: list[Tok], j: int) -> bool:
    """'-in-' glued between two numbers at ``j``: 'one-in-four', '1-in-5'."""
    return glued(toks, j - 1, 4) and toks[j + 1].low == "in" and toks[j + 2].text == "-"


_SHARE_MEASURES = frozenset(_CX["share_measure_nouns"])
_STATISTIC_WORDS = frozenset(_CX["statistic_words"])


def period_share(text: str, toks: list[Tok], k: int) -> bool:
    """Whether a bare 'quarter(s)' at ``k`` (no number before it) names a period: its context
    marks it as one ('the September quarter', 'fourth-quarter revenue', 'Quarter results')
    unless 'a' comes before it or 'of', a scale or a measure after it ('a quarter', 'quarter of
    the vote', 'quarter million', 'quarter pound'). With no context at all it is the number."""
    if toks[k].low.endswith("s"):
        return True
    words = [toks[k - 1].low] if k > 0 else text[max(0, toks[k].start - 24):toks[k].start].lower().split()
    if words and words[-1] in ("a", "an"):
        return False
    if k + 1 < len(toks):
        low = toks[k + 1].low
        return not (low == "of" or low in LEX.scales or low in LEX.measure_units or low in _SHARE_MEASURES)
    return bool(words)


def statistic_of(toks: list[Tok], i: int) -> bool:
    """'an average age of 74', 'a median follow-up of 2.4 years': the figure at ``i`` is a
    measured statistic (an average word, at most two nouns, then 'of'); so is one a label
    names ('Median wait: 13.6 weeks', 'Average stay: 11 nights')."""
    if i >= 2 and toks[i - 1].text == ":":
        return any(toks[m].low in _STATISTIC_WORDS for m in range(max(0, i - 4), i - 1))
    if i < 3 or toks[i - 1].low != "of":
        return False
    return any(toks[m].low in _STATISTIC_WORDS for m in range(max(0, i - 6), i - 1))


def from_after(toks: list[Tok], j: int) -> int:
    """Where the old level starts after a new one ending at ``j``: 'from 48', 'seats from 48',
    ', up from 66.1%'; 0 when no 'from' follows."""
    for gap in ((), ("word",), (",", "up"), (",", "down"), ("up",), ("down",),
                ("word", ",", "up"), ("word", ",", "down"),  # '15% contained, up from 5%'; a time between:
                ("last", "word"), ("this", "word"), ("in", "word"), ("on", "word")):  # 'to 4.4% last month from 4.2%'
        k = j + len(gap)
        if k >= len(toks) or toks[k].low != "from":
            continue
        if all(toks[j + n].low == w or (w == "word" and toks[j + n].kind == "word") for n, w in enumerate(gap)):
            return k + 1
    return 0


"""Subject of a figure from word-level rules (no part-of-speech tags in a blank pipeline).

Rules, tried in order until one gives a head (see :func:`subject_of`):

1. partitive "N of (the|these) X" → X ("one in four of these families");
2. for counts, money, vague amounts and ratios, the noun phrase right after the figure
   ("15,800 babies considered ...", "£800m in bursaries", "300 more referrals", "one in five
   households"); for a change ending in its noun, what follows or precedes that noun ("a 3,000
   rise in referrals", "a £40bn tax rise"); a label before a colon ("- Cancellations: 1,640");
3. a change trigger before the figure: "the number of X has increased by N" → X,
   "X has decreased by N" → X, "a rise in the number of X of N" → X, "cut X by N" → X;
   then a noun before "of" ("a funding gap of £6.2bn");
4. a rate with no noun: "a record number of X at a rate of 90 a day" → X;
5. a surveyed group for shares: "a survey of X ... found that 89 per cent" → X;
6. the noun phrase opening the figure's clause ("a child referred ... every 49 seconds");
7. ellipsis: "a further 300 adopted" takes the previous figure's head in the sentence.

The phrase then ends where a time phrase starts ("knife offences in the year to March").

Heads are lowercase and plural ("a child" → "children") so that figures about the same thing
share a head; a participle in :data:`event_heads` names the event ("referred" → "referrals").
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from claimcheck.nlp.frames_asides import (
    FIGURE_CHARS,
    among_group,
    article_share,
    before_aside,
    past_restatement,
)
from claimcheck.nlp.frames_index import END, LOW, START, TEXT, Word
from claimcheck.nlp.frames_layout import label_span
from claimcheck.nlp.frames_lexicon import SubjectLexicon, lexicon
from claimcheck.nlp.frames_opening import (
    Opening,
    antecedent,
    clause_opening,
    opening_phrase,
    past_participle_opening,
)
from claimcheck.nlp.frames_phrase import (
    LINK_WORDS,
    PERIODS,
    SPEECH,
    clause_start,
    event_head,
    extend,
    head_of,
    is_word,
    noun_phrase,
    phrase_text,
    verb_free_end,
    verbish,
)
from claimcheck.nlp.lexicon import LEX

#: the words before a period that make a figure a rate ('every 49 seconds', 'a day'), and
#: with 'an' those that open the period money is spent over ('£211m a year', '£2 an hour')
_RATE_CUES = frozenset({"each", "every", "a", "per"})
_RATE_OPENERS = _RATE_CUES | {"an"}
#: the prepositions after money that name what it is spent on ('£800m in bursaries')
_SPENT_ON = frozenset({"in", "on", "for", "to", "into"})
#: verbs of reporting that open the clause of a change verb: 'The figures, published on
#: Wednesday, show wages grew 5.9%' (the noun phrase right before the verb is its subject)
_REPORTING = frozenset({"show", "shows", "showed", "suggest", "suggests", "reveal", "reveals", "found", "find",
                        "finds", "say", "says", "said"})
#: participles between money and what it is spent on ('$390bn spent on electricity grids')
_SPENDING = frozenset({"spent", "invested", "allocated", "earmarked", "committed", "paid"})

def _after_trigger_phrase(words: list[Word], s: int, e: int, lex: SubjectLexicon) -> tuple[int, int]:
    """Strip "the number of" from words[s:e] and keep the phrase up to e."""
    for j in range(s, max(s, e - 1)):
        if words[j][LOW] in lex.measures and j + 1 < e and words[j + 1][LOW] == "of":
            return j + 2, e
    return s, e


def _trigger_before(words: list[Word], qi: int, lex: SubjectLexicon) -> tuple[int, str] | None:
    """Index and kind ('verb'/'noun') of the change word the figure completes.

    "has increased by more than N" (verb right before the hedges), or "a rise in X of N"
    (a change noun followed by "in", earlier in the same clause).
    """
    u = qi - 1 if qi >= 1 and words[qi - 1][LOW] in ("up", "down") else qi  # the figure may hold it: 'up 31%'
    if 1 <= u < len(words) and words[u][LOW] in ("up", "down") and is_word(words[u - 1]) \
            and (words[u - 1][LOW] not in lex.stops or words[u - 1][LOW] in lex.stop_nouns) \
            and words[u - 1][LOW] not in lex.auxiliaries:
        return u, "verb"  # ', with deadweight lamb up 11%': 'up' stands for the verb
    j = qi - 1
    while j >= 0 and qi - j <= 8 and (words[j][LOW] in lex.fillers or words[j][TEXT][0] in FIGURE_CHARS):
        j -= 1  # over hedges and an earlier figure of the change: 'raised X by 10% to 88 cents'
    if j < 0:
        return None
    if words[j][LOW] in lex.change_verbs and (j == 0 or words[j - 1][LOW] not in ("a", "an", "the")):
        return j, "verb"
    by = any(words[x][LOW] == "by" for x in range(j + 1, qi))  # 'cut the waiting list by N'
    if by or any(words[x][LOW] == "to" for x in range(j + 1, qi)):  # 'raised starting salaries to £32,900'
        for t in range(j - 1, max(clause_start(words, j), j - 6) - 1, -1):
            if words[t][LOW] in lex.change_verbs and (by or words[t][LOW] in lex.transitive):
                return t, "object"
    if qi - 1 >= 0 and words[qi - 1][LOW] == "of" or (j + 1 < qi and words[j + 1][LOW] == "of"):
        for t in range(j, clause_start(words, j) - 1, -1):
            if words[t][LOW] in lex.change_nouns and t + 1 < qi and words[t + 1][LOW] == "in":
                return t, "noun"
    return None


def _subject_before_verb(words: list[Word], v: int, lex: SubjectLexicon) -> tuple[int, int]:
    """The subject phrase ending before verb ``v`` (over auxiliaries), "the number of" stripped."""
    e = v
    while e > 0 and words[e - 1][LOW] in lex.auxiliaries:
        e -= 1
    e = before_aside(words, e)
    s = _past_clock(words, clause_start(words, e), e)
    while s < e and words[s][LOW] in lex.modifier_preps:
        s += 1  # ', with sales down 3.4%', ', with average income dropping to £41,000'
    s = past_participle_opening(words, s, e, lex)
    if s + 1 < e and words[s][LOW] in _REPORTING:
        s += 1  # 'show the total number of cattle in the State fell by 3.4%': what they show
    elif s < e and words[s][LOW] in lex.subject_pronouns:
        k = e  # 'we saw nonfatal shootings fall from 96 to 61': the noun phrase right before the verb
        while k > s and words[k - 1][LOW] not in lex.stops and is_word(words[k - 1]):
            k -= 1
        s = k if k > s else s
    return _after_trigger_phrase(words, s, e, lex)


def _past_clock(words: list[Word], s: int, e: int) -> int:
    """Past the minutes of a clock time whose colon ended the search for the clause start
    ('10:40 Passenger numbers were down by 70%': a liveblog's time stamp opens the line)."""
    if 1 < s < e and words[s - 1][TEXT] == ":" and words[s][TEXT].isdigit() \
            and words[s - 2][TEXT].isdigit() and words[s - 2][END] == words[s - 1][START] \
            and words[s - 1][END] == words[s][START]:
        return s + 1
    return s


def _subject_of_noun_trigger(words: list[Word], t: int, qi: int, lex: SubjectLexicon) -> tuple[int, int]:
    """"a rise in (the number of) X of N" → X; "an increase of N in X" is handled forward."""
    if t + 1 < qi and words[t + 1][LOW] in ("in", "of"):
        e = qi
        while e > t + 2 and words[e - 1][LOW] in lex.fillers:
            e -= 1
        return _after_trigger_phrase(words, t + 2, e, lex)
    return t, t


def is_rate(words: list[Word], qi: int, qe: int, kind: str, per: str | None) -> bool:
    """A figure per period: by kind, or "each/every/a/per <period>" inside or just after it."""
    if kind == "rate" or per is not None:
        return True
    n = len(words)
    for j in range(qi, min(qe + 8, n)):
        if words[j][LOW] not in PERIODS or (j + 1 < n and words[j + 1][LOW] == "old"):
            continue
        if any(words[k][LOW] in _RATE_CUES for k in range(max(qi, j - 2), j)):
            return True
    return False


def subject_of(words: list[Word], qi: int, qe: int, kind: str, text: str, prev_head: str | None,
               rate: bool = False, time_starts: Collection[int] = (),
               opening: Opening | None = None) -> tuple[str | None, str | None]:
    """(subject phrase, head) for the figure spanning words[qi:qe] of a sentence.

    The phrase ends where a time phrase starts (``time_starts``, character offsets): 'knife
    offences in the year to March' is 'knife offences', the period being the frame's time.
    ``opening`` is :func:`clause_opening` when the caller has it already.
    """
    s, e, head = _subject_span(words, qi, qe, kind, prev_head, rate, opening, time_starts)
    if e <= s:
        return None, head
    cut = min((t for t in time_starts if words[s][START] < t < words[e - 1][END]), default=None)
    if cut is not None:
        c = e
        while c > s and (words[c - 1][START] >= cut or words[c - 1][LOW] in LINK_WORDS
                         or words[c - 1][TEXT] in (",", ";")):
            c -= 1
        e = c if c > s else e
    return phrase_text(words, s, e, text), head


def _subject_span(words: list[Word], qi: int, qe: int, kind: str, prev_head: str | None,
                  rate: bool, opening: Opening | None, times: Collection[int] = ()) -> tuple[int, int, str | None]:
    """Word span [s, e) of a figure's subject (s == e: no phrase) and its head."""
    lex = lexicon()
    n = len(words)
    share = kind in ("percent", "change", "ratio")
    if kind == "ratio":  # '97.4 crimes per 1,000 people': what is counted stands before 'per'
        per = next((k for k in range(qi + 1, qe) if words[k][LOW] == "per"), None)
        first = next((k for k in range(qi, qe) if words[k][TEXT][:1].isdigit()), None)
        if per is not None and first is not None and first + 1 < per and is_word(words[first + 1]):
            return _result(words, first + 1, per, lex, rate)
    if qe < n and words[qe][START] == words[qe - 1][END] and words[qe][LOW] in LEX.measure_units:
        qe += 1  # a unit glued to the figure is part of it ('118mm of rain', 'minus 8C overnight')
    qe = past_restatement(words, qe)  # 'almost half (46%) of shop owners'
    # 1. partitive (not after a verb of share: 'Online spending accounted for 26.8% of sales')
    if qe < n and words[qe][LOW] == "of" and not _share_verb_before(words, qi, lex):
        s, e = noun_phrase(words, qe + 1, lex)
        if s < e < n - 2 and words[e][LOW] in ("'s", "’s") and (
                words[e + 1][TEXT][:1].isdigit() or words[e + 1][LOW] in LEX.number_words):
            s, e = noun_phrase(words, e + 2, lex)  # 'around 28 of the council's 63 seats': the seats
        elif s == e and s + 1 < n and words[s][TEXT][:1].isdigit() and words[qe + 1][LOW] in lex.determiners:
            s, e = noun_phrase(words, s + 1, lex)  # '15 of the 20 routes': the routes
        if e > s and words[e - 1][LOW] not in lex.share_bases:  # '98.5% of GDP' measures debt, not GDP
            return _result(words, s, e, lex, rate)
    # 2. noun phrase after the figure (right after a ratio: 'one in five households'; after a
    # share an article opens: 'a roughly 70% chance of a cut', 'a 5% stake in the airline')
    if not share or (kind == "ratio" and 0 < qe < n and words[qe][LOW] not in lex.determiners
                     and words[qe - 1][LOW] not in ("times", "fold")) \
            or (kind == "percent" and article_share(words, qi, qe, lex)):  # not '3 times higher'
        j = qe  # past a glued unit (rule 1): 'minus 8C' measures no 'C'
        if kind == "money" and j + 2 < n and words[j][LOW] in _RATE_OPENERS and words[j + 1][LOW] in PERIODS \
                and words[j + 2][LOW] in _SPENT_ON:
            j += 2  # 'spends £211m a year on adult social care': the period, then what it is spent on
        if kind == "money" and j + 2 < n and words[j][LOW] in _SPENDING and words[j + 1][LOW] in _SPENT_ON:
            j += 1  # '$390bn spent on electricity grids': what it is spent on
        if kind == "money" and j + 1 < n and words[j][LOW] in _SPENT_ON \
                and words[j + 1][LOW] not in lex.months:
            j += 1  # '£800m in bursaries', not '£271,000 in July'
        elif j < n and words[j][LOW] in lex.comparatives:
            j += 1  # '300 more referrals than the year before'
        s, e = noun_phrase(words, j, lex, skip_determiners=False)
        if e > s and s == qe and _is_unit(words[s][LOW], lex):  # '11.1 million tonnes (of wheat)'
            if s + 1 < n and words[s + 1][LOW] == "of":
                s, e = noun_phrase(words, s + 2, lex)
                if e > s:
                    return _result(words, s, e, lex, rate)
        elif e > s and s <= max(qe + 2, j) and words[s][START] not in times:  # not 'three years ago'
            return _result(words, s, e, lex, rate)
    # 2b. change noun ending the figure: 'a 3,000 rise in referrals', 'a £2bn cut to budgets'
    if kind == "change" and 0 < qe and words[qe - 1][LOW] in lex.change_nouns:
        if qe < n and words[qe][LOW] in ("in", "to", "of", "for"):  # not 'on' (a rise on last year)
            s, e = noun_phrase(words, qe + 1, lex)
            if e > s and words[e - 1][LOW] not in PERIODS:  # not "on the previous year"
                return _result(words, s, e, lex, rate)
        if qe - 2 > qi and words[qe - 2][TEXT].isalpha() and words[qe - 2][LOW] not in LEX.figure_words:
            return qe - 2, qe - 1, _head(words, qe - 2, qe - 1, lex, rate)  # 'a £40bn tax rise'
    if kind == "change" and qi > 0 and qi + 1 < qe and words[qi][LOW] in lex.change_nouns \
            and words[qi + 1][LOW] == "of" and is_word(words[qi - 1]) \
            and (words[qi - 1][LOW] not in lex.stops or words[qi - 1][LOW] in lex.stop_nouns):
        return qi - 1, qi, _head(words, qi - 1, qi, lex, rate)  # 'a pay rise of 4%' (the figure opens on 'rise')
    # 2c. a label before a colon: '- Cancellations: 1,640 on Tuesday', 'Annual increase: 4.1%'
    label = label_span(words, qi)
    if label is not None and not any(w[LOW] in SPEECH for w in words[:label[1]]):
        c = label[1]
        hs, he = noun_phrase(words, label[0], lex)
        if not hs < he <= c:  # a label of listed words ('Overnight stays'): all of it, on its last word
            hs, he = label[0], c
        if hs < he <= c:
            e = verb_free_end(words, he, c, lex)
            while e > he and words[e - 1][LOW] in LINK_WORDS:
                e -= 1
            return hs, e, _head(words, hs, he, lex, rate)
    # 3. change trigger before the figure
    trig = _trigger_before(words, qi, lex)
    if trig is not None and trig[1] == "object":
        s, e = noun_phrase(words, trig[0] + 1, lex)
        if s < e <= qi:
            return s, e, _head(words, s, e, lex, rate)
    elif trig is not None:
        t, how = trig
        s, e = (_subject_before_verb(words, t, lex) if how == "verb"
                else _subject_of_noun_trigger(words, t, qi, lex))
        hs, he = opening_phrase(words, s, e, lex)  # 'The authority wants visits ... to rise to 15%'
        he = min(he, e) if e > hs else he  # 'rolls drop by 400,000': the phrase ends at the verb
        if he > hs:
            e = verb_free_end(words, he, e, lex)  # 'Fares are due to rise': 'Fares'
            while e > he and words[e - 1][LOW] in LINK_WORDS:
                e -= 1  # 'Energy bills to fall by': not 'Energy bills to'
            return hs, e, _head(words, hs, he, lex, rate)
    # 3b. a noun before "of", or "at" after a verb of holding: 'a funding gap of £6.2bn',
    # 'expected to hold interest rates at 4.75%' (not 'stands at 8.3%', 'flat at 30,050')
    p = qi - 1 - (qi >= 3 and words[qi - 1][LOW] in lex.belittling)  # 'annual growth of just 1.1%'
    if kind == "percent" and p >= 2 and words[p][LOW] == "on" and words[p - 1][TEXT][:1].isupper():
        b = p - 1  # a poll's share: 'puts Reform UK on 31%', 'the Conservatives are on 22%'
        while b > 0 and words[b - 1][TEXT][:1].isupper() and p - b < 4:
            b -= 1
        return b, p, " ".join(w[LOW] for w in words[b:p])
    if p >= 1 and words[p][LOW] in ("of", "at", "worth"):  # 'a contract worth £150,000 a week'
        s = p
        while s > 0 and is_word(words[s - 1]) and words[s - 1][LOW] not in lex.stops \
                and words[s - 1][LOW] not in lex.determiners and p - s < 4:
            s -= 1
        v = s - 1
        while v > 0 and words[v][LOW] in lex.determiners:
            v -= 1  # 'froze the fuel duty at'
        held = words[p][LOW] != "at" or (v >= 0 and words[v][LOW] in lex.hold_verbs)
        if s < p and words[p - 1][LOW] not in lex.measures and held:
            return s, p, _head(words, s, p, lex, rate)
    # 4. "at a rate of N"
    if qi >= 3 and words[qi - 1][LOW] == "of" and words[qi - 2][LOW] == "rate" and words[qi - 3][LOW] == "a":
        end = qi - 3 - (1 if qi >= 4 and words[qi - 4][LOW] == "at" else 0)
        s, e = _after_trigger_phrase(words, clause_start(words, end), end, lex)
        hs, he = noun_phrase(words, s, lex)
        if he > hs:
            return hs, e, _head(words, hs, he, lex, rate)
    # 5. surveyed group
    if share:
        for j in range(qi - 1, 0, -1):
            of = next((x for x in range(j + 1, min(qi, j + 5)) if words[x][LOW] == "of"), None) \
                if words[j][LOW] in lex.surveys else None
            if of is not None and all(words[x][LOW] == "by" or words[x][TEXT][:1].isupper() for x in range(j + 1, of)):
                k = of + 1  # 'a survey of ...', 'The survey by Pollwise of 2,014 adults'
                while k < qi and words[k][TEXT][0].isdigit():
                    k += 1  # "a poll of 2,000 head teachers"
                s, e = noun_phrase(words, k, lex)
                if e > s:
                    stop = _extend_of(words, e, qi)
                    return s, stop, _head(words, s, e, lex, rate)
    # 5b. the group an 'among' phrase names: 'Among children eligible for free meals, one in four ...'
    group = among_group(words, qi) if share else None
    if group is not None:
        hs, he = noun_phrase(words, group[0], lex)
        if group[0] <= hs < he <= group[1]:
            return hs, group[1], _head(words, hs, he, lex, rate)
    # 6. phrase opening the clause, before the figure (not who speaks: 'Analysts expect about 350,000')
    cs, s, e = opening if opening is not None else clause_opening(words, qi)
    e = _share_verb_in(words, s, e, lex)  # 'Online sales account for one in eight pounds'
    if e <= s:  # 'Fertiliser prices, which peaked at £950', 'earnings growth, at 4.1%, was'
        s, e = antecedent(words, cs, lex)
    if e <= s and before_aside(words, cs) < cs:  # 'The overall absence rate, which counts ..., was 6.7%'
        s, e = noun_phrase(words, clause_start(words, before_aside(words, cs)), lex)
    if e > s and words[e - 1][LOW] in LEX.change_multiples:
        s = e  # 'almost double the £3.5m it spent': the clause opens on a figure, not its subject
    if e == s + 1 and e < n and words[e][LOW] == "to" and cs > 0 and words[cs - 1][LOW] == "and":
        return 0, 0, prev_head  # a verb, not a noun: 'and plans to buy a further 100'
    if e > s and e <= qi and words[e - 1][LOW] not in lex.speaker_heads:
        rs, re_, rh = _result(words, s, e, lex, rate)
        return rs, re_ if re_ <= qi else e, rh  # never running into its own figure
    if e > s:  # the speaker opened the clause: the noun right before the figure ('wants net migration below')
        b = qi
        while b > e and is_word(words[b - 1]) and words[b - 1][LOW] not in lex.stops \
                and not verbish(words[b - 1][LOW], lex) and qi - b < 4:
            b -= 1
        if b < qi:
            return b, qi, _head(words, b, qi, lex, rate)
    # 7. ellipsis
    return 0, 0, prev_head


def _share_verb_in(words: list[Word], s: int, e: int, lex: SubjectLexicon) -> int:
    """Where a share verb starts inside the phrase words[s:e] ('Online sales account for':
    'account' is the verb, not the head), else ``e``."""
    firsts = _first_words(lex.share_verbs)
    for k in range(s + 1, e):
        if words[k][LOW] in firsts and any(tuple(w[LOW] for w in words[k:k + len(v)]) == v
                                           for v in lex.share_verbs):
            return k
    return e


@lru_cache(maxsize=4)
def _first_words(verbs: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(v[0] for v in verbs if v)


def _share_verb_before(words: list[Word], qi: int, lex: SubjectLexicon) -> bool:
    """Whether a verb of share ('accounted for', 'made up') stands right before the figure."""
    if qi == 0:
        return False
    return any(len(v) <= qi and tuple(w[LOW] for w in words[qi - len(v):qi]) == v
               for v in lex.share_verbs_by_last.get(words[qi - 1][LOW], ()))


def _is_unit(low: str, lex: SubjectLexicon) -> bool:
    """A unit of measure ('tonnes', 'hectares', 'megabits'): what the figure is measured in,
    not what it counts (the grammar's units, less its one- and two-letter symbols)."""
    return low in lex.unit_nouns or (len(low) > 2 and low in LEX.measure_units)


def _extend_of(words: list[Word], e: int, limit: int) -> int:
    """Keep "of" complements of a group ("directors of children's services")."""
    j = e
    while j < limit and words[j][LOW] not in ("by", "found", "said", ",", "that", "in", "for"):
        j += 1
    return j


def _head(words: list[Word], s: int, e: int, lex: SubjectLexicon, rate: bool) -> str | None:
    return (event_head(words, e, lex) if rate else None) or head_of(words, s, e, lex)


def _result(words: list[Word], s: int, e: int, lex: SubjectLexicon, rate: bool) -> tuple[int, int, str | None]:
    return s, extend(words, s, e, lex), _head(words, s, e, lex, rate)

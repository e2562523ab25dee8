"""Subject of a figure from word-level rules (no part-of-speech tags in a blank pipeline).

Rules, tried in order until one gives a head (see :func:`subject_of`):

1. partitive "N of (the|these) X" → X ("one in four of these families");
2. for counts, money, vague amounts and ratios, the noun phrase right after the figure
   ("15,800 babies considered ...", "£800m in bursaries", "300 more referrals", "one in five
   households"); for a change ending in its noun, what follows or precedes that noun ("a 3,000
   rise in referrals", "a £40bn tax rise");
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

from claimcheck.nlp.frames_index import END, LOW, START, TEXT, Word
from claimcheck.nlp.frames_lexicon import SubjectLexicon, lexicon
from claimcheck.nlp.lexicon import LEX

_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "-", "–", "—", "and", "while", "but",
                           "whereas", "that", "which", "who", "when", "if", "because", "as",
                           "although", "though", "unless", "whilst", "where",
                           "said", "says", "told", "warned", "added"})  # reported speech opens a clause
#: "as" opens a clause ('falls as rolls drop') but not in 'as a result of', 'as well as'
_AS_GOES_ON = frozenset({"a", "an", "the", "well", "part", "many", "much", "of", "such"})
_PERIODS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
                      "week", "weeks", "month", "months", "year", "years"})
_QUOTES = frozenset("\"'“”‘’")
_MAX_PHRASE = 9
#: words after which an -ed word that ends a clause was its verb ('people died and')
_CLAUSE_GOES_ON = frozenset({"and", "but", "while", "whereas", "compared"})
#: function words a subject phrase never ends on
_LINK_WORDS = frozenset({"to", "of", "in", "for", "at", "on", "by", "from", "the", "and", "a", "an",
                         "during", "since", "over"})


def _is_word(w: Word) -> bool:
    return w[TEXT][0].isalpha()


def _verbish(low: str, lex: SubjectLexicon) -> bool:
    """-ed/-ing words read as verbs and -ly words as adverbs ("seriously injured") unless
    listed as nouns ("funding", "need", "family")."""
    if low.endswith("ing") and len(low) > 4:
        return low not in lex.ing_nouns
    if low.endswith("ed") and len(low) > 3:
        return low not in lex.ed_nouns
    if low.endswith("ly") and len(low) > 4:
        return low not in lex.ly_nouns
    return False


def noun_phrase(words: list[Word], i: int, lex: SubjectLexicon,
                skip_determiners: bool = True) -> tuple[int, int]:
    """(start, end) word indexes of the noun phrase at ``i``; start == end when none.

    Leading determiners are skipped (not right after a figure: "50,000 over the same period"
    has no noun); -ed/-ing words count only as premodifiers; a possessive "'s" joins two
    nouns ("children's needs assessments").
    """
    n = len(words)
    while i < n and ((skip_determiners and words[i][LOW] in lex.determiners) or words[i][TEXT] in _QUOTES):
        i += 1
    start = j = i
    last_noun = -1
    while j < n and j - start < _MAX_PHRASE:
        w = words[j]
        low = w[LOW]
        if last_noun == j - 1 and (low in ("'s", "’s") or (
                w[TEXT] in ("'", "’") and words[j - 1][LOW].endswith("s") and w[START] == words[j - 1][END]
                and not (j >= 2 and words[j - 2][TEXT] in ("'", "‘", "’")))):  # not "'hundreds' implies"
            j += 1  # "children's services", "employers' contributions"
            continue
        if w[TEXT] in _QUOTES and j > start and j + 1 < n and words[j + 1][TEXT][:1].isupper():
            j += 1
            continue
        if not _is_word(w) or (low in lex.stops and not _in_compound(words, j, lex)):
            break
        if _verbish(low, lex):
            if last_noun >= 0:
                break
            j += 1
            continue
        last_noun = j
        j += 1
    if last_noun < 0:
        return start, start
    return start, last_noun + 1


def _in_compound(words: list[Word], j: int, lex: SubjectLexicon) -> bool:
    """Whether word ``j`` stands inside a whole listed compound head."""
    for c, x in lex.compound_words.get(words[j][LOW], ()):
        a = j - x
        if a >= 0 and a + len(c) <= len(words) and all(words[a + y][LOW] == w for y, w in enumerate(c)):
            return True
    return False


def head_of(words: list[Word], s: int, e: int, lex: SubjectLexicon) -> str | None:
    """Canonical head of words[s:e]: a listed compound at the end, else the last word."""
    if e <= s:
        return None
    lows = [w[LOW].replace("’", "'") for w in words[s:e]]
    last = lows[-1]
    for comp in lex.compounds_by_last.get(last, ()):
        k = len(comp)
        if k <= len(lows) and tuple(lows[-k:]) == comp:
            return " ".join(comp).replace(" 's", "'s")
    return lex.plurals.get(last, last)


def _event_head(words: list[Word], e: int, lex: SubjectLexicon) -> str | None:
    """A participle naming the event just after the phrase ("children are being referred").

    Only asked for rates: "1,770 children are being referred each day" counts referrals,
    while "one in four families were referred" still counts families.
    """
    for j in range(e, min(e + 4, len(words))):
        low = words[j][LOW]
        if low in lex.event_heads:
            return lex.event_heads[low]
        if low not in lex.auxiliaries and low not in ("not",):
            return None
    return None


def _phrase(words: list[Word], s: int, e: int, text: str) -> str:
    return text[words[s][START]:words[e - 1][END]] if e > s else ""


def _extend(words: list[Word], s: int, e: int, lex: SubjectLexicon) -> int:
    """End of a short post-modifier ("babies under one", "children placed on a plan").

    It holds nouns, prepositions and determiners; any other listed word (a verb, an adverb)
    ends it, and so does an -ed word that is the clause's verb (:func:`_is_clause_verb`). It
    never ends on an -ing word.
    """
    j = e
    n = len(words)
    while j < n and j - e < 6:
        w = words[j]
        low = w[LOW]
        if not _is_word(w) and low not in ("'s", "’s"):
            break
        if low in lex.phrase_breaks or (low in lex.stops and not _may_modify(low, lex)):
            break
        if low in lex.auxiliaries or low in ("that", "which", "who", "and", "but", "to",
                                             "while", "as", "are", "were", "do", "did"):
            break
        if low.endswith("ed") and _verbish(low, lex) and _is_clause_verb(words, j, e, lex):
            break
        j += 1
    while j > e and (words[j - 1][LOW] in lex.stops or (  # "agency staff in 2023" ends at "staff"
            words[j - 1][LOW].endswith("ing") and _verbish(words[j - 1][LOW], lex))):
        j -= 1  # 'students from the poorest areas starting a degree'
    return j


def _may_modify(low: str, lex: SubjectLexicon) -> bool:
    """A listed word a post-modifier may hold: a preposition, a determiner or a noun that is
    also a stop word ('children in need')."""
    return low in lex.modifier_preps or low in lex.determiners or low in lex.ed_nouns or low in lex.stop_nouns


def _is_clause_verb(words: list[Word], j: int, e: int, lex: SubjectLexicon) -> bool:
    """Whether the -ed word ``j`` in a post-modifier starting at ``e`` is its clause's verb.

    Not when the clause has a verb before it ('There were 15,800 babies considered
    vulnerable') or after it ('samples taken at the weir failed'), nor after a determiner
    ('their combined footprint'); then, opening the modifier, it is ('72 schools closed,',
    'trains arrived on time'), and further in, unless a preposition follows ('babies under
    one placed under special arrangements'; but 'overflows run by the company spilled 2,860').
    """
    n = len(words)
    if words[j - 1][LOW] in lex.determiners or _verb_follows(words, j + 1, lex) \
            or _verb_before(words, _clause_start(words, j), j, lex):
        return False
    return j == e or j + 1 >= n or words[j + 1][LOW] not in lex.modifier_preps


def _verb_before(words: list[Word], s: int, j: int, lex: SubjectLexicon) -> bool:
    """Whether words[s:j] hold an auxiliary or a listed verb."""
    return any(w[LOW] in lex.auxiliaries or w[LOW] in lex.phrase_breaks or w[LOW] in lex.change_verbs
               for w in words[s:j])


def _verb_free_end(words: list[Word], he: int, e: int, lex: SubjectLexicon) -> int:
    """``e``, or the first auxiliary or listed verb in words[he:e] ('Fares are due to'); not an
    -ing word ('people waiting for', 'children being taken into care')."""
    for k in range(he, e):
        low = words[k][LOW]
        if low.endswith("ing"):
            continue
        if low in lex.auxiliaries or (low in lex.stops and not _may_modify(low, lex)):
            return k
    return e


def _verb_follows(words: list[Word], k: int, lex: SubjectLexicon) -> bool:
    """Whether a verb follows in the clause from word ``k`` ('samples taken at the weir
    failed': 'taken' modifies; 'trains arrived on time': 'arrived' is the verb)."""
    for w in words[k:k + 12]:
        low = w[LOW]
        if low in ("'s", "’s"):
            continue
        if low in _CLAUSE_BREAK or not _is_word(w):
            return False
        if low in lex.auxiliaries or low in lex.phrase_breaks or low in lex.change_verbs or (
                low.endswith("ed") and _verbish(low, lex)):
            return True
    return False


def _after_trigger_phrase(words: list[Word], s: int, e: int, lex: SubjectLexicon) -> tuple[int, int]:
    """Strip "the number of" from words[s:e] and keep the phrase up to e."""
    for j in range(s, max(s, e - 1)):
        if words[j][LOW] in lex.measures and j + 1 < e and words[j + 1][LOW] == "of":
            return j + 2, e
    return s, e


def _clause_start(words: list[Word], i: int) -> int:
    j = i
    while j > 0 and (words[j - 1][LOW] not in _CLAUSE_BREAK or (
            words[j - 1][LOW] == "as" and j < len(words) and words[j][LOW] in _AS_GOES_ON)):
        j -= 1
    return j


def _trigger_before(words: list[Word], qi: int, lex: SubjectLexicon) -> tuple[int, str] | None:
    """Index and kind ('verb'/'noun') of the change word the figure completes.

    "has increased by more than N" (verb right before the hedges), or "a rise in X of N"
    (a change noun followed by "in", earlier in the same clause).
    """
    j = qi - 1
    while j >= 0 and qi - j <= 8 and (words[j][LOW] in lex.fillers or words[j][TEXT][0].isdigit()):
        j -= 1
    if j < 0:
        return None
    if words[j][LOW] in lex.change_verbs and (j == 0 or words[j - 1][LOW] not in ("a", "an", "the")):
        return j, "verb"
    if any(words[x][LOW] == "by" for x in range(j + 1, qi)):  # 'cut the waiting list by N'
        for t in range(j - 1, max(_clause_start(words, j), j - 6) - 1, -1):
            if words[t][LOW] in lex.change_verbs:
                return t, "object"
    if qi - 1 >= 0 and words[qi - 1][LOW] == "of" or (j + 1 < qi and words[j + 1][LOW] == "of"):
        for t in range(j, _clause_start(words, j) - 1, -1):
            if words[t][LOW] in lex.change_nouns and t + 1 < qi and words[t + 1][LOW] == "in":
                return t, "noun"
    return None


def _subject_before_verb(words: list[Word], v: int, lex: SubjectLexicon) -> tuple[int, int]:
    """The subject phrase ending before verb ``v`` (over auxiliaries), "the number of" stripped."""
    e = v
    while e > 0 and words[e - 1][LOW] in lex.auxiliaries:
        e -= 1
    s = _clause_start(words, e)
    return _after_trigger_phrase(words, s, e, lex)


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
    cues = ("each", "every", "a", "per")
    for j in range(qi, min(qe + 8, len(words))):
        if words[j][LOW] not in _PERIODS or (j + 1 < len(words) and words[j + 1][LOW] == "old"):
            continue
        if any(words[k][LOW] in cues for k in range(max(qi, j - 2), j)):
            return True
    return False


def subject_of(words: list[Word], qi: int, qe: int, kind: str, text: str, prev_head: str | None,
               rate: bool = False, time_starts: Collection[int] = ()) -> tuple[str | None, str | None]:
    """(subject phrase, head) for the figure spanning words[qi:qe] of a sentence.

    The phrase ends where a time phrase starts (``time_starts``, character offsets): 'knife
    offences in the year to March' is 'knife offences', the period being the frame's time.
    """
    s, e, head = _subject_span(words, qi, qe, kind, prev_head, rate)
    if e <= s:
        return None, head
    cut = min((t for t in time_starts if words[s][START] < t < words[e - 1][END]), default=None)
    if cut is not None:
        c = e
        while c > s and (words[c - 1][START] >= cut or words[c - 1][LOW] in _LINK_WORDS
                         or words[c - 1][TEXT] in (",", ";")):
            c -= 1
        e = c if c > s else e
    return _phrase(words, s, e, text), head


def _subject_span(words: list[Word], qi: int, qe: int, kind: str, prev_head: str | None,
                  rate: bool) -> tuple[int, int, str | None]:
    """Word span [s, e) of a figure's subject (s == e: no phrase) and its head."""
    lex = lexicon()
    n = len(words)
    share = kind in ("percent", "change", "ratio")
    if qe < n and words[qe][START] == words[qe - 1][END] and words[qe][LOW] in LEX.measure_units:
        qe += 1  # a unit glued to the figure is part of it ('118mm of rain', 'minus 8C overnight')
    # 1. partitive
    if qe < n and words[qe][LOW] == "of":
        s, e = noun_phrase(words, qe + 1, lex)
        if e > s and words[e - 1][LOW] not in lex.share_bases:  # '98.5% of GDP' measures debt, not GDP
            return _result(words, s, e, lex, rate)
    # 2. noun phrase after the figure (right after a ratio: 'one in five households')
    if not share or (kind == "ratio" and 0 < qe < n and words[qe][LOW] not in lex.determiners
                     and words[qe - 1][LOW] not in ("times", "fold")):  # not '3 times higher'
        j = qe  # past a glued unit (rule 1): 'minus 8C' measures no 'C'
        if kind == "money" and j + 1 < n and words[j][LOW] in ("in", "on", "for", "to", "into") \
                and words[j + 1][LOW] not in lex.months:
            j += 1  # '£800m in bursaries', not '£271,000 in July'
        elif j < n and words[j][LOW] in lex.comparatives:
            j += 1  # '300 more referrals than the year before'
        s, e = noun_phrase(words, j, lex, skip_determiners=False)
        if e > s and s <= qe + 2:
            return _result(words, s, e, lex, rate)
    # 2b. change noun ending the figure: 'a 3,000 rise in referrals', 'a £2bn cut to budgets'
    if kind == "change" and 0 < qe and words[qe - 1][LOW] in lex.change_nouns:
        if qe < n and words[qe][LOW] in ("in", "to", "of", "for"):  # not 'on' (a rise on last year)
            s, e = noun_phrase(words, qe + 1, lex)
            if e > s and words[e - 1][LOW] not in _PERIODS:  # not "on the previous year"
                return _result(words, s, e, lex, rate)
        if qe - 2 > qi and words[qe - 2][TEXT].isalpha() and words[qe - 2][LOW] not in LEX.figure_words:
            return qe - 2, qe - 1, _head(words, qe - 2, qe - 1, lex, rate)  # 'a £40bn tax rise'
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
        hs, he = noun_phrase(words, s, lex)
        he = min(he, e) if e > hs else he  # 'rolls drop by 400,000': the phrase ends at the verb
        if he > hs:
            e = _verb_free_end(words, he, e, lex)  # 'Fares are due to rise': 'Fares'
            while e > he and words[e - 1][LOW] in _LINK_WORDS:
                e -= 1  # 'Energy bills to fall by': not 'Energy bills to'
            return hs, e, _head(words, hs, he, lex, rate)
    # 3b. a noun before "of": 'a funding gap of £6.2bn', 'a deficit of £20bn'
    if qi >= 2 and words[qi - 1][LOW] == "of":
        s = qi - 1
        while s > 0 and _is_word(words[s - 1]) and words[s - 1][LOW] not in lex.stops \
                and words[s - 1][LOW] not in lex.determiners and qi - 1 - s < 4:
            s -= 1
        if s < qi - 1 and words[qi - 2][LOW] not in lex.measures:
            return s, qi - 1, _head(words, s, qi - 1, lex, rate)
    # 4. "at a rate of N"
    if qi >= 3 and [w[LOW] for w in words[qi - 3:qi]] == ["a", "rate", "of"]:
        end = qi - 3 - (1 if qi >= 4 and words[qi - 4][LOW] == "at" else 0)
        s, e = _after_trigger_phrase(words, _clause_start(words, end), end, lex)
        hs, he = noun_phrase(words, s, lex)
        if he > hs:
            return hs, e, _head(words, hs, he, lex, rate)
    # 5. surveyed group
    if share:
        for j in range(qi - 1, 0, -1):
            if words[j][LOW] in lex.surveys and j + 1 < qi and words[j + 1][LOW] == "of":
                k = j + 2
                while k < qi and words[k][TEXT][0].isdigit():
                    k += 1  # "a poll of 2,000 head teachers"
                s, e = noun_phrase(words, k, lex)
                if e > s:
                    stop = _extend_of(words, e, qi)
                    return s, stop, _head(words, s, e, lex, rate)
    # 6. phrase opening the clause, before the figure (not who speaks: 'Analysts expect about 350,000')
    s, e = noun_phrase(words, _clause_start(words, qi), lex)
    if e > s and e <= qi and words[e - 1][LOW] not in lex.speaker_heads:
        return _result(words, s, e, lex, rate)
    if e > s:  # the speaker opened the clause: the noun right before the figure ('wants net migration below')
        b = qi
        while b > e and _is_word(words[b - 1]) and words[b - 1][LOW] not in lex.stops \
                and not _verbish(words[b - 1][LOW], lex) and qi - b < 4:
            b -= 1
        if b < qi:
            return b, qi, _head(words, b, qi, lex, rate)
    # 7. ellipsis
    return 0, 0, prev_head


def _extend_of(words: list[Word], e: int, limit: int) -> int:
    """Keep "of" complements of a group ("directors of children's services")."""
    j = e
    while j < limit and words[j][LOW] not in ("by", "found", "said", ",", "that", "in", "for"):
        j += 1
    return j


def _head(words: list[Word], s: int, e: int, lex: SubjectLexicon, rate: bool) -> str | None:
    return (_event_head(words, e, lex) if rate else None) or head_of(words, s, e, lex)


def _result(words: list[Word], s: int, e: int, lex: SubjectLexicon, rate: bool) -> tuple[int, int, str | None]:
    return s, _extend(words, s, e, lex), _head(words, s, e, lex, rate)

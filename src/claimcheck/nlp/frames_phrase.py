"""Noun phrases of a sentence's words, for the subject rules (no part-of-speech tags).

A noun phrase is a run of words that are none of the listed closed-class or verb words
(``frames_subject.yaml``); a short post-modifier may follow ("babies under one", "children
placed on a plan"), ending at a listed verb or an -ed word that is the clause's own verb.
Heads are lowercase and plural so that figures about the same thing share one.
"""

from __future__ import annotations

from claimcheck.nlp.frames_index import END, LOW, START, TEXT, Word
from claimcheck.nlp.frames_lexicon import SubjectLexicon
from claimcheck.nlp.lexicon import LEX

#: verbs of saying that open a clause of reported speech
SPEECH = frozenset({"said", "says", "told", "warned", "added"})
CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "-", "–", "—", "and", "while", "but",
                          "whereas", "that", "which", "who", "when", "if", "because", "as",
                          "although", "though", "unless", "whilst", "where", *SPEECH})
#: "as" opens a clause ('falls as rolls drop') but not in 'as a result of', 'as well as'
_AS_GOES_ON = frozenset({"a", "an", "the", "well", "part", "many", "much", "of", "such"})
PERIODS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
                      "week", "weeks", "month", "months", "year", "years"})
_QUOTES = frozenset("\"'“”‘’")
#: particles that make a past form before them a verb of change ('ticked up', 'edged down')
_PARTICLES = frozenset({"up", "down"})
#: particles after a noun's verb of change that make it a verb ('homes cut off')
_VERB_PARTICLES = frozenset({"off", "out", "back"})
_MAX_PHRASE = 9
_POSSESSIVE = frozenset({"'s", "’s"})
_APOSTROPHES = frozenset({"'", "’"})
_QUOTE_MARKS = frozenset({"'", "‘", "’"})
#: unlisted words that end a post-modifier (a clause or a verb begins)
_MODIFIER_ENDS = frozenset({"that", "which", "who", "and", "but", "to", "while", "as", "are", "were",
                            "do", "did"})
#: function words a subject phrase never ends on
LINK_WORDS = frozenset({"to", "of", "in", "for", "at", "on", "by", "from", "the", "and", "a", "an",
                         "during", "since", "over"})


def is_word(w: Word) -> bool:
    return w[TEXT][0].isalpha()


def verbish(low: str, lex: SubjectLexicon) -> bool:
    """-ed/-ing words and listed participles ("taken") read as verbs and -ly words as adverbs
    ("seriously injured") unless listed as nouns ("funding", "need", "family")."""
    if low in lex.participles:
        return True
    if low.endswith("ing") and len(low) > 4:
        return low not in lex.ing_nouns
    if low.endswith("ed") and len(low) > 3:
        return low not in lex.ed_nouns
    if low.endswith("ly") and len(low) > 4:
        return low not in lex.ly_nouns
    return False


def past(low: str, lex: SubjectLexicon) -> bool:
    """A past participle or past tense: '-ed' or listed ('taken', 'driven')."""
    return (low.endswith("ed") or low in lex.participles) and verbish(low, lex)


def noun_phrase(words: list[Word], i: int, lex: SubjectLexicon,
                skip_determiners: bool = True) -> tuple[int, int]:
    """(start, end) word indexes of the noun phrase at ``i``; start == end when none.

    Leading determiners are skipped (not right after a figure: "50,000 over the same period"
    has no noun); -ed/-ing words count only as premodifiers; a possessive "'s" joins two
    nouns ("children's needs assessments").
    """
    n = len(words)
    determiners, stops = lex.determiners, lex.stops
    while i < n and ((skip_determiners and words[i][LOW] in determiners) or words[i][TEXT] in _QUOTES):
        i += 1
    start = j = i
    last_noun = -1
    while j < n and j - start < _MAX_PHRASE:
        w = words[j]
        text, low = w[TEXT], w[LOW]
        if last_noun == j - 1 and (low in _POSSESSIVE or (
                text in _APOSTROPHES and words[j - 1][LOW].endswith("s") and w[START] == words[j - 1][END]
                and not (j >= 2 and words[j - 2][TEXT] in _QUOTE_MARKS))):  # not "'hundreds' implies"
            j += 1  # "children's services", "employers' contributions"
            continue
        if text in _QUOTES and j > start and j + 1 < n and words[j + 1][TEXT][:1].isupper():
            j += 1
            continue
        if text[0].isdigit() and j + 2 < n and words[j + 1][TEXT] == "-" and words[j + 2][TEXT][0].isalpha() \
                and w[END] == words[j + 1][START] and words[j + 1][END] == words[j + 2][START]:
            j += 2  # 'the 10-year note', 'a 30-minute walk': a premodifier
            continue
        if text == "&" and last_noun == j - 1 and j + 1 < n and words[j - 1][END] == w[START] \
                and words[j + 1][START] == w[END]:
            j += 1  # 'S&P', 'M&S', 'A&E': one name
            continue
        if low in _FREQUENCY and j + 1 < n and is_word(words[j + 1]) and words[j + 1][LOW] not in stops:
            j += 1  # 'the average daily room rate': a premodifier, not the adverb ending a phrase
            continue
        # a capitalised noun that is also a verb opens a sentence as its noun ('Waits in A&E'),
        # and one after a noun, before a verb or a preposition, is its head ('placement costs up')
        if not text[0].isalpha() or (low in stops and not _in_compound(words, j, lex)
                                     and not (j == start and text[0].isupper() and low in lex.stop_nouns)
                                     and not _noun_head(words, j, last_noun, lex)):
            break
        if last_noun == j - 1 and low in lex.postpositives:
            break  # 'children eligible for free school meals': the noun is the head
        if last_noun == j - 1 and j + 1 < n and words[j + 1][LOW] in _VERB_PARTICLES and low in lex.change_verbs:
            break  # 'more than 40,000 homes cut off', 'services scaled back': a phrasal verb
        after_s = j > start and words[j - 1][LOW] in _POSSESSIVE  # 'a soldier's starting salary'
        if (verbish(low, lex) and not after_s and not (j + 1 < n and words[j + 1][LOW] in _POSSESSIVE)
                and not _in_compound(words, j, lex)) \
                or low in LEX.number_words:  # 'burning's share'; 'three times the £4.5m' has no noun
            # (a listed compound holds its -ing word: 'the NHS waiting list')
            if last_noun >= 0:
                break
            j += 1
            continue
        last_noun = j
        j += 1
    if last_noun < 0:
        return start, start
    return start, last_noun + 1


def _noun_head(words: list[Word], j: int, last_noun: int, lex: SubjectLexicon) -> bool:
    """'placement costs up 31%', 'staff pay rose': a cost word right after a noun and before a
    stop word ends the phrase as its head (not before 'that': 'the council reports that')."""
    return words[j][LOW] in lex.head_stop_nouns and last_noun == j - 1 and j + 1 < len(words) \
        and words[j + 1][LOW] in lex.stops and words[j + 1][LOW] not in ("that", "which", "the", "a", "an")


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
    last = words[e - 1][LOW].replace("’", "'")
    if e - s >= 3 and words[e - 2][TEXT] == "&" and words[e - 2][END] == words[e - 1][START]:
        return f"{words[e - 3][LOW]}&{last}"  # 'S&P' is one name, not 'p'
    candidates = lex.compounds_by_last.get(last, ())
    lows = [w[LOW].replace("’", "'") for w in words[s:e]] if candidates else []
    for comp in candidates:
        k = len(comp)
        if k <= len(lows) and tuple(lows[-k:]) == comp:
            return " ".join(comp).replace(" 's", "'s")
    return lex.plurals.get(last, last)


def event_head(words: list[Word], e: int, lex: SubjectLexicon) -> str | None:
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


def phrase_text(words: list[Word], s: int, e: int, text: str) -> str:
    return text[words[s][START]:words[e - 1][END]] if e > s else ""


def extend(words: list[Word], s: int, e: int, lex: SubjectLexicon) -> int:
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
        if not w[TEXT][0].isalpha() and low not in _POSSESSIVE:  # not is_word
            break
        if low in lex.phrase_breaks or (low in lex.stops and not _may_modify(low, lex)):
            break
        if low in lex.auxiliaries or low in _MODIFIER_ENDS:
            break
        if past(low, lex) and _is_clause_verb(words, j, e, lex):
            break
        j += 1
    while j > e and (words[j - 1][LOW] in lex.stops or words[j - 1][LOW] in lex.fillers or (  # "agency staff in 2023" ends at "staff"
            words[j - 1][LOW].endswith("ing") and verbish(words[j - 1][LOW], lex))):
        j -= 1  # 'students from the poorest areas starting a degree'
    return j


def _may_modify(low: str, lex: SubjectLexicon) -> bool:
    """A listed word a post-modifier may hold: a preposition, a determiner, a comparative or
    a noun that is also a stop word ('children in need')."""
    return low in lex.modifier_preps or low in lex.determiners or low in lex.ed_nouns or low in lex.stop_nouns \
        or low in lex.comparatives  # 'staff with less than a year's experience'


def _is_clause_verb(words: list[Word], j: int, e: int, lex: SubjectLexicon) -> bool:
    """Whether the -ed word ``j`` in a post-modifier starting at ``e`` is its clause's verb.

    Not when the clause has a verb before it ('There were 15,800 babies considered
    vulnerable') or after it ('samples taken at the weir failed'), nor after a determiner
    ('their combined footprint'); then, opening the modifier, it is ('72 schools closed,',
    'trains arrived on time'), and further in, unless a preposition follows ('babies under
    one placed under special arrangements'; but 'overflows run by the company spilled 2,860').
    """
    n = len(words)
    if j + 1 < n and words[j + 1][LOW] in _PARTICLES and words[j - 1][LOW] not in lex.determiners:
        return True  # 'the unemployment rate ticked up to 4.2%': a phrasal verb
    if words[j - 1][LOW] in lex.determiners or _verb_follows(words, j + 1, lex) \
            or _verb_before(words, clause_start(words, j), j, lex):
        return False
    return j == e or j + 1 >= n or words[j + 1][LOW] not in lex.modifier_preps


def _verb_before(words: list[Word], s: int, j: int, lex: SubjectLexicon) -> bool:
    """Whether words[s:j] hold an auxiliary or a listed verb."""
    return any(w[LOW] in lex.auxiliaries or w[LOW] in lex.phrase_breaks or w[LOW] in lex.change_verbs
               for w in words[s:j])


def verb_free_end(words: list[Word], he: int, e: int, lex: SubjectLexicon) -> int:
    """``e``, or the first auxiliary or listed verb in words[he:e] ('Fares are due to'); not an
    -ing word ('people waiting for', 'children being taken into care')."""
    for k in range(he, e):
        low = words[k][LOW]
        if low.endswith("ing") or (len(words[k][TEXT]) > 1 and words[k][TEXT].isupper()):
            continue  # nor a name in capitals ('above the WHO guideline')
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
        if low in CLAUSE_BREAK or not is_word(w):
            return False
        if low in lex.auxiliaries or low in lex.phrase_breaks or low in lex.change_verbs or (
                past(low, lex)):
            return True
    return False


def clause_start(words: list[Word], i: int) -> int:
    j = i
    while j > 0 and (words[j - 1][LOW] not in CLAUSE_BREAK or (
            words[j - 1][LOW] == "as" and j < len(words) and words[j][LOW] in _AS_GOES_ON) or _joining(words, j - 1)
            or _between_and(words, j - 1) or _joined_objects(words, j - 1)):
        j -= 1
    return j


#: frequency words that are adverbs after a verb ('rose daily') and adjectives before a noun
_FREQUENCY = frozenset({"daily", "weekly", "monthly", "yearly", "nightly", "hourly", "annual"})
#: prepositions whose object an 'and' may double without opening a clause
_OBJECT_PREPS = frozenset({"in", "of", "for", "on", "from"})


def _joined_objects(words: list[Word], k: int) -> bool:
    """An 'and' joining two short objects of a preposition ('Global investment in solar and
    wind reached $728bn', 'revenue from hotel stays and restaurant meals'), breaking no clause."""
    if words[k][LOW] != "and" or not 2 <= k < len(words) - 1 or not is_word(words[k + 1]):
        return False
    p = next((x for x in (k - 2, k - 3) if x >= 0 and words[x][LOW] in _OBJECT_PREPS), None)
    return p is not None and all(is_word(w) and w[LOW] not in _OBJECT_PREPS for w in words[p + 1:k])


def _between_and(words: list[Word], k: int) -> bool:
    """An 'and' that closes 'between X and Y' ('The gap between London and the North East
    grew'), breaking no clause."""
    return words[k][LOW] == "and" and any(w[LOW] == "between" for w in words[max(0, k - 5):k])


def _joining(words: list[Word], k: int) -> bool:
    """A hyphen with no space either side joins a word ('the 10-year note'), breaking no clause."""
    return words[k][TEXT] == "-" and 0 < k < len(words) - 1 \
        and words[k - 1][END] == words[k][START] and words[k][END] == words[k + 1][START]

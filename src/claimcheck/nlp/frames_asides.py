"""Groups a figure counts across its clause: asides between a subject and its verb, a figure
restated in brackets before its partitive 'of', and the group a survey asked, which a later
share with no noun of its own counts ('Nearly half (48%) said ...').
"""

from __future__ import annotations

from claimcheck.nlp.frames_index import LOW, TEXT, Word
from claimcheck.nlp.frames_lexicon import SubjectLexicon, lexicon
from claimcheck.nlp.frames_phrase import PERIODS, clause_start, is_word

#: the first characters of a figure's words: digits, a per cent sign, a currency symbol
FIGURE_CHARS = frozenset("0123456789%£$€")


def past_restatement(words: list[Word], qe: int) -> int:
    """Past a figure restated in brackets right after the figure ending at ``qe`` ('almost half
    (46%) of shop owners'), or past the closing bracket of a figure inside them ('(46%) of')."""
    n = len(words)
    if qe < n and words[qe][TEXT] == ")" and qe + 1 < n and words[qe + 1][LOW] == "of":
        return qe + 1
    if qe + 2 < n and words[qe][TEXT] == "(" and words[qe + 1][TEXT][:1] in FIGURE_CHARS:
        close = next((k for k in range(qe + 2, min(n, qe + 5)) if words[k][TEXT] == ")"), None)
        if close is not None and close + 1 < n and words[close + 1][LOW] == "of":
            return close + 1
    return qe


def respondent_share(words: list[Word], qe: int, kind: str) -> bool:
    """Whether a share ending at word ``qe`` is followed by what those asked said or did
    ('Nearly half (48%) said', 'Two-thirds thought'), so it counts the people a survey asked."""
    if kind not in ("percent", "ratio"):
        return False
    n = len(words)
    k = qe
    if k < n and words[k][TEXT] == "(":  # past '(48%)'
        k = next((x + 1 for x in range(k + 1, min(n, k + 5)) if words[x][TEXT] == ")"), k)
    elif k < n and words[k][TEXT] == ")":
        k += 1
    return k < n and words[k][LOW] in lexicon().respondent_verbs


def surveyed(words: list[Word], qi: int, qe: int, kind: str) -> bool:
    """Whether the figure at words[qi:qe] names the group a survey asked: it counts them ('a
    poll of 2,014 adults', 'The survey by Pollwise of 2,014 adults'), or is a share of them in
    a finding ('It found that almost half (46%) of shop owners had cut ...')."""
    lex = lexicon()
    if qi > 1 and words[qi - 1][LOW] == "of":
        return any(w[LOW] in lex.surveys for w in words[max(0, qi - 6):qi - 1])
    if kind not in ("percent", "ratio"):
        return False
    k = past_restatement(words, qe)
    return k < len(words) and words[k][LOW] == "of" \
        and any(w[LOW] in _FINDING_VERBS or w[LOW] in lex.surveys for w in words[:qi])


#: verbs that report what a survey found
_FINDING_VERBS = frozenset({"found", "finds", "find", "showed", "shows", "revealed", "reveals"})


def before_aside(words: list[Word], e: int) -> int:
    """Where the subject ends when an aside stands between it and its verb at ``e``: 'Cloud
    revenue, the company's fastest-growing division, increased 29%', 'Burglary, by contrast,
    dropped' (the aside opens on the comma before it, within ten words); else ``e``."""
    if e < 2 or words[e - 1][TEXT] != ",":
        return e
    c = e - 2
    while c > 0 and e - c <= _RELATIVE_REACH and words[c][TEXT] != "," and words[c][LOW] not in _ASIDE_STOPS:
        c -= 1
    if c > 1 and words[c][LOW] in _RELATIVES and words[c - 1][TEXT] == ",":
        c -= 1  # 'The number of severely absent pupils, who miss most lessons, rose 11%'
    elif e - c > 11:  # the reach an appositive has always had
        return e
    if c > 0 and words[c][TEXT] == "," and clause_start(words, c) < c:
        return c
    return e


#: words an aside between a subject and its verb does not hold
_ASIDE_STOPS = frozenset({";", ":", "and", "but", "while", "which", "who", "said", "says"})
#: a relative clause may open the aside ('the rate, which counts every missed session, was')
_RELATIVES = frozenset({"which", "who", "whose"})
_RELATIVE_REACH = 16


def article_share(words: list[Word], qi: int, qe: int, lex: SubjectLexicon) -> bool:
    """'a roughly 70% chance', 'a 5% stake': an article before the share (over its hedge) and
    a word after it that opens a noun phrase."""
    a = qi - 1
    while a >= 0 and words[a][LOW] not in ("a", "an") and (words[a][LOW] in lex.fillers or words[a][LOW] in lex.share_modifiers):
        a -= 1
    if qi < 1 or a < 0 or qe >= len(words) or words[a][LOW] not in ("a", "an"):
        return False
    return is_word(words[qe]) and words[qe][LOW] not in lex.stops and words[qe][LOW] not in PERIODS


def more_of_the_same(words: list[Word], qi: int) -> bool:
    """Whether 'a further', 'another' ... stands right before the figure at word ``qi``
    ('A further 150 are due to join'): with no noun of its own it counts what came before."""
    return any(qi >= len(p) and tuple(w[LOW] for w in words[qi - len(p):qi]) == p
               for p in lexicon().more_of_the_same)


def among_group(words: list[Word], qi: int) -> tuple[int, int] | None:
    """'Among children eligible for free school meals, more than one in four (26.1%) were
    absent': the group a share with no noun of its own counts, as words [s, e) up to the
    comma that closes the 'among' phrase opening the figure's sentence or clause."""
    for k in range(qi - 1, -1, -1):
        if words[k][TEXT] in (";", ":", "."):
            return None
        if words[k][LOW] == "among" and (k == 0 or words[k - 1][TEXT] in (",", '"', "“")):
            c = next((x for x in range(k + 1, qi) if words[x][TEXT] == ","), None)
            return (k + 1, c) if c is not None and c > k + 1 else None
    return None

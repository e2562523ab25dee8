"""The noun phrase that opens a figure's clause (rule 6 of :mod:`frames_subject`), found past
a participle, a speaker or listener and "the number of", and the antecedent before a relative
clause; :func:`points_back` reads the same opening for a bare back-reference ('The union
says the figure is ...').
"""

from __future__ import annotations

from claimcheck.nlp.frames_index import LOW, TEXT, Word
from claimcheck.nlp.frames_lexicon import SubjectLexicon, lexicon
from claimcheck.nlp.frames_phrase import (
    PERIODS,
    clause_start,
    is_word,
    noun_phrase,
    verbish,
)

#: (clause start, opening phrase start, end) of a figure's clause, in word indexes
Opening = tuple[int, int, int]


def clause_opening(words: list[Word], qi: int) -> Opening:
    """(clause start, opening phrase start, end) for the figure at word ``qi``: rule 6 and
    :func:`points_back` both read it, so a caller can make it once per figure."""
    cs = clause_start(words, qi)
    return (cs, *opening_phrase(words, cs, qi, lexicon()))


def points_back(words: list[Word], qi: int, opening: Opening | None = None) -> bool:
    """Whether the figure's clause opens on a bare back-reference ('The union says the figure
    is closer to £59,000 for new drivers'): the figure restates the one before."""
    lex = lexicon()
    cs, s, e = opening if opening is not None else clause_opening(words, qi)
    return e == s + 1 and e < qi and words[s][LOW] in lex.back_references and (
        s == cs or all(w[LOW] in lex.determiners for w in words[cs:s]))


def past_participle_opening(words: list[Word], s: int, e: int, lex: SubjectLexicon) -> int:
    """Past an -ing word opening a clause after a comma (', helping average dairy income rise
    9%': the participle, not the noun phrase, opens it)."""
    if 0 < s < e - 1 and words[s - 1][TEXT] == "," and words[s][LOW].endswith("ing") and verbish(words[s][LOW], lex):
        return s + 1
    return s


def antecedent(words: list[Word], cs: int, lex: SubjectLexicon) -> tuple[int, int]:
    """The noun phrase before the comma that opens a relative clause or an 'at' aside, when
    the figure's clause (from ``cs``) has none of its own; (cs, cs) when there is none."""
    k = cs - 1
    if k >= 0 and words[k][LOW] in lex.relatives:
        k -= 1
    elif not (cs < len(words) and words[cs][LOW] == "at"):
        return cs, cs
    if k < 1 or words[k][TEXT] != ",":
        return cs, cs
    s = k
    while s > 0 and is_word(words[s - 1]) and words[s - 1][LOW] not in lex.stops and k - s < 5 \
            and not verbish(words[s - 1][LOW], lex):  # 'Bosses blamed higher contributions, which'
        s -= 1
    while s < k and words[s][LOW] in PERIODS:
        s += 1  # 'This year earnings growth, at 4.1%'
    return (s, k) if s < k else (cs, cs)


def opening_phrase(words: list[Word], cs: int, qi: int, lex: SubjectLexicon) -> tuple[int, int]:
    """The noun phrase opening the clause at ``cs``, past "the number of" ('the number of
    households ... has reached 1,284') and past who speaks or is told ('Operators say the
    average driver has had rises worth £7,200', 'told MPs yesterday the average salary is')."""
    s, e = noun_phrase(words, past_participle_opening(words, cs, qi, lex), lex)
    told = cs > 0 and words[cs - 1][LOW] in lex.listener_verbs
    if s < e < qi and (words[e][LOW] in lex.speaker_verbs or told):
        k = e + (words[e][LOW] in lex.speaker_verbs)
        while k < qi and words[k][LOW] in lex.stops and words[k][LOW] not in lex.determiners:
            k += 1  # 'yesterday', 'that'
        s2, e2 = noun_phrase(words, k, lex)
        if s2 < e2 <= qi:
            s, e = s2, e2
    if s < e < qi and words[e - 1][LOW] in lex.measures and words[e][LOW] == "of":
        s2, e2 = noun_phrase(words, e + 1, lex)
        if s2 < e2 <= qi:
            return s2, e2
    return s, e

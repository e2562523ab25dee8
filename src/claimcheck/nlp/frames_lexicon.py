"""The word lists behind a figure's subject (``patterns/frames_subject.yaml``), loaded once.

Kept apart from :mod:`claimcheck.nlp.frames_subject`, which holds the rules that read them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.nlp.frames_data import load_data
from claimcheck.nlp.frames_time import time_phrases


@dataclass(frozen=True)
class SubjectLexicon:
    determiners: frozenset[str]
    stops: frozenset[str]
    ing_nouns: frozenset[str]
    ed_nouns: frozenset[str]
    compounds: tuple[tuple[str, ...], ...]
    plurals: dict[str, str]
    event_heads: dict[str, str]
    measures: frozenset[str]
    change_verbs: frozenset[str]
    change_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    surveys: frozenset[str]
    fillers: frozenset[str]
    phrase_breaks: frozenset[str]
    comparatives: frozenset[str]
    ly_nouns: frozenset[str]
    #: ``compounds`` by their last word (order kept): a head checks only its own candidates
    compounds_by_last: dict[str, tuple[tuple[str, ...], ...]]
    #: each word of a compound → (compound, the word's place in it): a stop word inside a whole
    #: compound ('waiting list', 'average pay') is part of the noun phrase, not its end
    compound_words: dict[str, tuple[tuple[tuple[str, ...], int], ...]]
    #: month names: '£271,000 in July' is a time, not what the money is spent on
    months: frozenset[str]
    #: what a share is measured against, not what it counts ('98.5% of GDP')
    share_bases: frozenset[str]
    #: who speaks rather than what is counted, when they open the clause ('Analysts expect ...')
    speaker_heads: frozenset[str]
    #: the prepositions a post-modifier may hold (with determiners, its only stop words)
    modifier_preps: frozenset[str]
    #: listed stop words that are nouns too ('costs of air pollution')
    stop_nouns: frozenset[str]
    #: units the number grammar does not give ('165 megabits per second'): never a subject
    unit_nouns: frozenset[str]
    #: bare nouns that point back to the figure before ('that figure', 'the total')
    back_references: frozenset[str]
    #: past participles without -ed ('samples taken at the weir', 'cars driven in the zone')
    participles: frozenset[str]
    #: verbs after who speaks or before whom they tell ('Operators say the average driver ...')
    speaker_verbs: frozenset[str]
    #: verbs whose object is who was told, not what is counted ('told MPs the salary is')
    listener_verbs: frozenset[str]
    #: relative pronouns whose clause speaks of the noun before its comma
    relatives: frozenset[str]
    #: verbs whose subject a share measures ('accounted for 26.8% of sales'), as word tuples
    share_verbs: tuple[tuple[str, ...], ...]
    #: verbs that hold a thing at a level ('hold interest rates at 4.75%')
    hold_verbs: frozenset[str]
    #: ``share_verbs`` by their last word (order kept): the word before a figure picks its candidates
    share_verbs_by_last: dict[str, tuple[tuple[str, ...], ...]]
    #: verbs after a share that make it a share of those a survey asked ('Nearly half said')
    respondent_verbs: frozenset[str]
    #: verbs of change that take an object ('raised starting salaries to £32,900')
    transitive: frozenset[str]
    #: words between 'of' and a figure that belittle it ('growth of just 1.1%')
    belittling: frozenset[str]
    #: stop words that head a phrase after a noun ('placement costs up 31%')
    head_stop_nouns: frozenset[str]
    #: 'a further', 'another' before a figure with no noun: more of what was counted before
    more_of_the_same: tuple[tuple[str, ...], ...]
    #: words between an article and the share it opens ('a record 70% turnout')
    share_modifiers: frozenset[str]
    #: pronouns that open a clause whose verb sees or makes something change ('we saw shootings fall')
    subject_pronouns: frozenset[str]
    #: adjectives that follow the noun they describe ('children eligible for free meals')
    postpositives: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> SubjectLexicon:
    d = load_data("frames_subject.yaml")
    share_verbs = tuple(tuple(v.split()) for v in d["share_verbs"])
    compounds = sorted((tuple(re.findall(r"[a-z]+|'s", c.lower())) for c in d["compound_heads"]),
                       key=len, reverse=True)
    return SubjectLexicon(
        frozenset(d["determiners"]), frozenset(d["stops"]), frozenset(d["ing_nouns"]),
        frozenset(d["ed_nouns"]), tuple(compounds), dict(d["plurals"]), dict(d["event_heads"]),
        frozenset(d["measures"]), frozenset(d["change_verbs"]), frozenset(d["change_nouns"]),
        frozenset(d["auxiliaries"]), frozenset(d["survey_nouns"]), frozenset(d["fillers"]),
        frozenset(d.get("phrase_breaks", ())), frozenset(d["comparatives"]),
        frozenset(d["ly_nouns"]),
        _by_last(compounds),
        _by_word(compounds), frozenset(time_phrases()[0]), frozenset(d["share_bases"]),
        frozenset(d["speaker_heads"]), frozenset(d["modifier_preps"]),
        frozenset(d["stop_nouns"]), frozenset(d["unit_nouns"]),
        frozenset(d["back_references"]), frozenset(d["participles"]),
        frozenset(d["speaker_verbs"]), frozenset(d["listener_verbs"]), frozenset(d["relatives"]),
        share_verbs, frozenset(d["hold_verbs"]), _by_last(share_verbs), frozenset(d["respondent_verbs"]),
        frozenset(d["transitive_change_verbs"]), frozenset(d["belittling"]),
        frozenset(d["head_stop_nouns"]), tuple(tuple(x.split()) for x in d["more_of_the_same"]),
        frozenset(d["share_modifiers"]), frozenset(d["subject_pronouns"]),
        frozenset(d["postpositives"]),
    )


def _by_word(compounds: list[tuple[str, ...]]) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for c in compounds:
        for x, w in enumerate(c):
            out.setdefault(w, []).append((c, x))
    return {w: tuple(v) for w, v in out.items()}


def _by_last(phrases: Sequence[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word tuples by their last word, in their order (empty tuples have none)."""
    return {last: tuple(c for c in phrases if c and c[-1] == last) for last in {c[-1] for c in phrases if c}}

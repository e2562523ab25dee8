"""The number grammar's word tables, loaded once from ``nlp/patterns/*.json``.

Everything language-specific lives in those data files so that a new hedge, currency or vague
word is a one-line data change; this module only turns them into fast lookup structures
(dicts, frozensets, tuples of word sequences) at import time.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Any

Phrase = tuple[str, ...]

#: The grammar's tokenizer; phrases in the data files are split with it so that ">=" and
#: "per-cent" match the token sequences the scanner sees. Words come first because they are
#: the most common; the three alternatives cannot match at the same place, so order is free.
TOKEN_RE = re.compile(
    r"(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)|(?P<num>(?<![\w.])\.\d+|\d+(?:[.,]\d+)*(?:[eE][+-]?\d+\b)?)|(?P<sym>\S)"
)


def split_phrase(phrase: str) -> Phrase:
    """Lower-case token sequence of a data-file phrase."""
    return tuple(m.group().lower() for m in TOKEN_RE.finditer(phrase))


def _load(name: str) -> dict[str, Any]:
    text = resources.files("claimcheck.nlp").joinpath("patterns", name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _phrases(items: list[list[str]] | list[str]) -> tuple[Phrase, ...]:
    """Word sequences, longest first, so a scan can stop at the first match."""
    out = [split_phrase(x) if isinstance(x, str) else tuple(x) for x in items]
    return tuple(sorted(out, key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    """All tables the grammar reads; one shared instance, :data:`LEX`."""

    units: dict[str, float]
    teens: dict[str, float]
    tens: dict[str, float]
    hundred: dict[str, float]
    scales: dict[str, float]
    scale_abbrev: dict[str, float]
    ambiguous_abbrev: frozenset[str]
    #: scale letters that a counted noun after them makes a scale ('1.5m people'), and the
    #: nouns: a plural or one listed, but not a race or distance ('100m hurdles')
    counted_abbrev: frozenset[str]
    counted_nouns: frozenset[str]
    unit_events: frozenset[str]
    decimal_abbrev: frozenset[str]
    glued_labels: frozenset[str]
    multiples: dict[str, float]
    multiples_need_article: frozenset[str]
    ordinals: dict[str, float]
    fraction_words: dict[str, float]
    vulgar: dict[str, float]
    negators: frozenset[str]
    hedge_prefix: dict[Phrase, str]
    hedge_suffix: dict[Phrase, str]
    #: words before a prefix hedge that make it no hedge ('how about 40?')
    hedge_not_after: dict[Phrase, frozenset[str]]
    bands: dict[str, float]
    vague: dict[Phrase, tuple[float, float]]
    vague_index: dict[str, tuple[tuple[Phrase, int], ...]]
    symbols: dict[str, str]
    dollar_prefixes: dict[str, str]
    codes: frozenset[str]
    code_aliases: dict[str, str]
    currency_words: dict[Phrase, str]
    minor: dict[str, str]
    ctx: dict[str, Any]
    percent: tuple[Phrase, ...]
    points: tuple[Phrase, ...]
    periods: dict[str, str]
    period_adverbs: dict[str, str]
    increase: frozenset[str]
    decrease: frozenset[str]
    change_nouns: dict[str, str]
    change_multiples: dict[str, float]
    months: dict[str, int]
    label_before: frozenset[str]
    #: 'the three most common concerns', 'the first two choices': a selection, not a statistic
    selection_before: frozenset[str]
    selection_after: frozenset[str]
    measure_units: frozenset[str]
    pair_joiners: frozenset[str] = field(default_factory=frozenset)
    coins: dict[str, float] = field(default_factory=dict)
    article_units: dict[str, str] = field(default_factory=dict)
    prefix_currency: dict[Phrase, str] = field(default_factory=dict)
    any_case_codes: frozenset[str] = field(default_factory=frozenset)
    not_fractions: frozenset[str] = field(default_factory=frozenset)
    number_words: frozenset[str] = field(default_factory=frozenset)
    triggers: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def figure_words(self) -> frozenset[str]:
        """Words that end a figure: scales, their abbreviations, percent and point words
        ('£2 billion', '5 per cent', and '£40bn', which word scans split as '40' 'bn')."""
        return frozenset({*self.scales, *self.scale_abbrev, *(p[-1] for p in self.percent),
                          *(p[-1] for p in self.points)})


def _build() -> Lexicon:
    nw, hd, vg, cu, cx = (_load(n) for n in
                          ("numwords.json", "hedges.json", "vague.json", "currencies.json",
                           "context.json"))
    units, teens, tens = nw["units"], nw["teens"], nw["tens"]
    # "twentyone" / "thirtyseven": run-together compounds are facts derived from the tables
    for t, tv in tens.items():
        for u, uv in units.items():
            if uv:
                teens.setdefault(t + u, tv + uv)  # teens: a closed < 100 unit, like "eleven"
    vague = {tuple(k.split()): (float(a), float(b)) for k, (a, b) in vg["table"].items()}
    index: dict[str, list[tuple[Phrase, int]]] = {}
    for phrase in sorted(vague, key=len, reverse=True):
        for k, w in enumerate(phrase):
            index.setdefault(w, []).append((phrase, k))
    currency_words = {split_phrase(k): v for k, v in cu["words"].items()}
    number_words = frozenset(
        set(units) | set(teens) | set(tens) | set(nw["hundred"]) | set(nw["scales"])
        | set(nw["multiples"]) | set(nw["fraction_words"])
    )
    # vague phrases trigger on their number-like head ('thousands'), never on 'a' or 'of'
    heads = {w for w in index if w not in set(vg.get("not_heads", []))}
    triggers = frozenset(
        number_words | heads | set(nw["ordinals"]) | set(cx["multiples"]) | set(cx["multiplier_words"])
        | set(nw["vulgar_fractions"]) | set(cu.get("article_units", {}))
        | {p[-1] for p in cx["percent_prefix"]}  # 'per cent of 210' opens at its percent word
    )
    return Lexicon(
        units=units, teens=teens, tens=tens, hundred=nw["hundred"], scales=nw["scales"],
        scale_abbrev=nw["scale_abbrev"], ambiguous_abbrev=frozenset(nw["ambiguous_abbrev"]),
        decimal_abbrev=frozenset(nw.get("decimal_abbrev", [])),
        counted_abbrev=frozenset(nw["counted_abbrev"]), counted_nouns=frozenset(nw["counted_nouns"]),
        unit_events=frozenset(nw["unit_events"]),
        glued_labels=frozenset(nw.get("glued_labels", [])),
        multiples=nw["multiples"], multiples_need_article=frozenset(nw["multiples_need_article"]),
        ordinals=nw["ordinals"], fraction_words=nw["fraction_words"],
        vulgar=nw["vulgar_fractions"], negators=frozenset(nw["negators"]),
        hedge_prefix={split_phrase(k): v for k, v in hd["prefix"].items()},
        hedge_suffix={split_phrase(k): v for k, v in hd["suffix"].items()},
        hedge_not_after={split_phrase(k): frozenset(v) for k, v in hd.get("prefix_not_after", {}).items()},
        bands=hd["bands"], vague=vague,
        vague_index={k: tuple(v) for k, v in index.items()},
        symbols=cu["symbols"], dollar_prefixes=cu["dollar_prefixes"],
        codes=frozenset(cu["codes"]), code_aliases=cu["code_aliases"],
        currency_words=currency_words, minor=cu["minor"], ctx=cx,
        percent=_phrases(cx["percent"]), points=_phrases(cx["percentage_points"]),
        periods=cx["periods"], period_adverbs=cx["period_adverbs"],
        increase=frozenset(cx["increase_verbs"]), decrease=frozenset(cx["decrease_verbs"]),
        change_nouns=cx["change_nouns"], change_multiples=cx["multiples"], months=cx["months"],
        label_before=frozenset(cx["label_before"]),
        selection_before=frozenset(cx["selection_before"]),
        selection_after=frozenset(cx["selection_after"]),
        measure_units=frozenset(cx["measure_units"]),
        pair_joiners=frozenset(hd.get("pair_joiners", [])),
        coins=cu.get("coins", {}), article_units=cu.get("article_units", {}),
        prefix_currency={split_phrase(w): currency_words[split_phrase(w)] for w in cu.get("prefix_words", [])},
        any_case_codes=frozenset(cu.get("any_case_codes", [])),
        not_fractions=frozenset(nw.get("slash_not_fractions", [])),
        number_words=number_words, triggers=triggers,
    )


LEX = _build()

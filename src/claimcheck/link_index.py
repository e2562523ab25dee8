"""Text normalisation, figure families and the candidate index used by ``claimcheck.link``.

Linking must scale to 100,000 claims against 10,000 records, so a claim is never scored
against every record: the index blocks records by *family* (what a figure can be compared
with: counts, percentages, money in one currency, rates, changes) and by the content tokens
of their subjects and aliases, ranked by inverse document frequency.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy

from claimcheck.models import (
    PERIOD_SECONDS,
    Claim,
    Kind,
    Person,
    Quantity,
    Record,
    Registry,
)

# --------------------------------------------------------------------------- vocabulary (data)

#: Words that say nothing about *what* a figure counts; dropped before matching.
STOPWORDS: frozenset[str] = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "this", "that", "these", "those", "there", "their", "they", "them", "it", "its", "into", "over", "under", "than", "then", "so", "such", "who", "whom", "which", "what", "when", "where", "while", "about", "up", "down", "out", "not", "no", "nor", "per", "cent", "percent", "more", "less", "most", "least", "fewer", "many", "much", "some", "any", "each", "every", "all", "nearly", "almost", "around", "about", "approximately", "estimated", "estimate", "average", "number", "numbers", "figure", "figures", "total", "some", "just", "only", "also", "still", "now", "currently", "today", "year", "years", "day", "days", "week", "weeks", "month", "months", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "further", "other", "same", "say", "says", "said", "show", "shows", "showed", "suggest", "suggests", "found", "find", "finds", "new", "latest", "being", "would", "could", "should", "may", "might", "can", "will"]
)

#: Kinds of quantity that are figures (claims); the rest are dates, ages, labels, furniture.
FIGURE_KINDS: frozenset[Kind] = frozenset(
    {Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.RATE, Kind.RATIO, Kind.CHANGE, Kind.RANGE,
     Kind.VAGUE, Kind.DURATION}
)

#: Ways writers and curators spell a unit, mapped to one canonical spelling.
UNIT_ALIASES: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "percentage": "%",
    "pp": "pp", "percentage point": "pp", "percentage points": "pp", "points": "pp",
    "x": "x", "times": "x", "fold": "x",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
}
CURRENCIES: frozenset[str] = frozenset({"GBP", "USD", "EUR", "JPY", "CHF", "AUD", "CAD"})

#: Phrases that name the same thing, rewritten to one form before matching (longest first).
#: Babies are 'young children' in the seeds; councils are local authorities.
SYNONYMS: dict[str, str] = {
    "young children": "babies", "young child": "baby", "infants": "babies", "infant": "baby",
    "newborns": "babies", "newborn": "baby", "youngsters": "children", "youngster": "child",
    "kids": "children", "enquiries": "inquiries", "enquiry": "inquiry",
    "councils": "local authorities", "council": "local authority", "las": "local authorities",
}
_SYNONYM = re.compile(r"\b(" + "|".join(sorted(map(re.escape, SYNONYMS), key=len, reverse=True))
                      + r")\b")

#: Cues that a count is a snapshot ('stock') or a flow over a period ('flow'), as data:
#: "390,000 at any one time" and "750,000 in any year" are different figures.
ASPECT_CUES: dict[str, str] = {
    "at any one time": "stock", "at any time": "stock", "at any given time": "stock",
    "on any given day": "stock", "at one time": "stock", "at a time": "stock",
    "in any year": "flow", "each year": "flow", "every year": "flow", "a year": "flow",
    "per year": "flow", "in a year": "flow", "over the year": "flow", "during the year": "flow",
}
_ASPECT = re.compile(r"\b(" + "|".join(map(re.escape, sorted(ASPECT_CUES, key=len,
                                                             reverse=True))) + r")\b")

_WORD = re.compile(r"[a-z0-9]+")
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})


def unit_of(unit: str | None) -> str | None:
    """Canonical unit: '%', 'pp', 'x', an ISO currency, another noun, or None."""
    if unit is None:
        return None
    u = unit.strip()
    if u.upper() in CURRENCIES:
        return u.upper()
    return UNIT_ALIASES.get(u.lower(), u.lower() or None)


def normalise(text: str | None) -> str:
    """Lower-case words with quotes, possessives and punctuation removed."""
    if not text:
        return ""
    t = text.translate(_APOS).lower()
    t = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", t)
    return " ".join(_WORD.findall(t))


#: Plurals the suffix rules cannot see.
IRREGULAR: dict[str, str] = {"children": "child", "people": "person", "women": "woman",
                             "men": "man", "mice": "mouse", "data": "datum"}


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A deliberately small stemmer: plurals and '-ing/-ed' only, so 'referrals' ≈ 'referred'."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("als", ""), ("al", ""),
                         ("es", "e"), ("s", "")):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


def tokens(text: str | None) -> list[str]:
    """Stemmed content tokens (no stopwords, no bare numbers), in order."""
    text = _SYNONYM.sub(lambda m: SYNONYMS[m.group(1)], normalise(text))
    return [stem(w) for w in text.split() if w not in STOPWORDS and not w.isdigit()]


def head_tokens(subject: str | None, head: str | None) -> frozenset[str]:
    """The claim's head noun as tokens, read through synonyms ('young children' → baby)."""
    if not head:
        return frozenset()
    words = normalise(head).split()
    if not words:
        return frozenset()
    last = words[-1]
    out = {stem(last)}
    text = normalise(subject)
    for phrase, repl in SYNONYMS.items():
        if phrase.split()[-1] == last and re.search(rf"\b{phrase}\b", text):
            out.update(tokens(repl))
    return frozenset(out)


#: Words that end the head of a record's subject: what follows only qualifies it.
HEAD_ENDS: frozenset[str] = frozenset(
    ["of", "in", "on", "at", "to", "for", "from", "by", "with", "under", "over", "into", "per", "who", "whom", "which", "that", "whose", "than", "as", "between", "during", "within", "without", "after", "before", "since", "until"]
)
#: Leading phrases that wrap the thing counted ('the number of referrals' counts referrals).
HEAD_WRAPPERS: tuple[str, ...] = (
    "the number of", "number of", "the share of", "share of", "the proportion of",
    "proportion of", "percentage of", "increase in", "rise in", "fall in", "decrease in",
    "change in", "growth in", "total", "the",
)


def counted_tokens(text: str) -> frozenset[str]:
    """What a record counts: the tokens of its subject before the first preposition
    ('babies under one looked after by local authorities' counts babies)."""
    words = _SYNONYM.sub(lambda m: SYNONYMS[m.group(1)], normalise(text)).split()
    changed = True
    while changed:
        changed = False
        for wrapper in HEAD_WRAPPERS:
            w = wrapper.split()
            if words[: len(w)] == w and len(words) > len(w):
                words, changed = words[len(w):], True
    lead: list[str] = []
    for word in words:
        if word in HEAD_ENDS:
            break
        lead.append(word)
    return frozenset(stem(w) for w in lead)


def content(text: str | None) -> str:
    """The string rapidfuzz compares: content tokens joined by spaces."""
    return " ".join(tokens(text))


def aspect_of(text: str | None) -> str | None:
    """'stock' or 'flow' from the first aspect cue in ``text``; None without one."""
    m = _ASPECT.search(normalise(text))
    return ASPECT_CUES[m.group(1)] if m else None


def is_figure(claim: Claim) -> bool:
    """Whether a claim is a figure worth linking and checking (not a date, age or label)."""
    return claim.quantity.is_claim and claim.quantity.kind in FIGURE_KINDS


# --------------------------------------------------------------------------- families


def _change_family(by_unit: str | None) -> str:
    u = unit_of(by_unit)
    return f"change:{u}" if u in {"%", "pp", "x"} else "change:abs"


def claim_families(q: Quantity) -> tuple[str, ...]:
    """Families of records a quantity may be compared with, most natural first."""
    unit = unit_of(q.unit)
    if q.kind == Kind.CHANGE:
        fams = [_change_family(q.change.by_unit if q.change else None)]
        if q.change is not None and q.change.to_value is not None:
            fams.append(f"money:{unit}" if unit in CURRENCIES else
                        "percent" if unit == "%" else "count")
        return tuple(fams)
    if q.per in PERIOD_SECONDS or (q.kind == Kind.RATE and q.per is None):
        return ("rate",)
    if q.kind == Kind.MONEY or unit in CURRENCIES:
        return (f"money:{unit}",) if unit in CURRENCIES else ("money:*",)
    if q.kind in (Kind.PERCENT, Kind.RATIO) or unit == "%":
        # 'a rise ... of 17 per cent' may reach us as a plain percentage
        return ("percent", "change:%") if q.kind == Kind.PERCENT else ("percent",)
    return ("count",)


def record_family(r: Record) -> str:
    unit = unit_of(r.unit)
    if r.kind == Kind.CHANGE:
        return _change_family(r.unit)
    if r.kind == Kind.RATE or r.per is not None:
        return "rate"
    if r.kind == Kind.MONEY or unit in CURRENCIES:
        return f"money:{unit}" if unit in CURRENCIES else "money:*"
    if r.kind in (Kind.PERCENT, Kind.RATIO) or unit == "%":
        return "percent"
    return "count"


def expand_families(fams: Iterable[str], known: Iterable[str]) -> list[str]:
    """Resolve 'money:*' (currency not stated) to every money family in the index."""
    out: list[str] = []
    known = list(known)
    for f in fams:
        if f == "money:*":
            out.extend(k for k in known if k.startswith("money:"))
        elif f.startswith("money:") and "money:*" in known:
            out.extend([f, "money:*"])
        else:
            out.append(f)
    return list(dict.fromkeys(out))


# --------------------------------------------------------------------------- index


@dataclass
class Entry:
    """One record prepared for matching; texts and names are normalised once."""

    pos: int
    record: Record
    family: str
    texts: list[str]
    token_set: frozenset[str]
    counted: frozenset[str] = frozenset()
    idf_total: float = 0.0
    aspect: str | None = None
    speaker_names: list[str] = field(default_factory=list)
    speaker_roles: list[str] = field(default_factory=list)
    source_titles: list[str] = field(default_factory=list)
    source_publishers: list[str] = field(default_factory=list)
    source_display: str = ""
    source_publisher_display: str = ""


def _person_names(p: Person) -> list[str]:
    return [n for n in (normalise(x) for x in [p.name, *p.aliases]) if n]


def _person_roles(p: Person, people: dict[str, Person]) -> list[str]:
    """Role titles, alone and with the organisation's name ('Director of Strategy, OCC')."""
    out: list[str] = []
    for role in p.roles:
        org = people.get(role.organisation) if role.organisation else None
        out.append(normalise(role.title))
        for name in [org.name, *org.aliases] if org else []:
            out.append(normalise(f"{role.title} {name}"))
    return [r for r in dict.fromkeys(out) if r]


class LinkIndex:
    """Records grouped by family with an inverted index of subject tokens (IDF-weighted)."""

    #: a token in more than this share of a family's records is too common to block on
    COMMON_SHARE = 0.2
    #: posting lists longer than this are read only when rarer tokens found too little
    LONG_POSTING = 60

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.people: dict[str, Person] = {p.id: p for p in registry.people}
        #: normalised person name or alias → person, for claims that name a speaker
        self.person_by_name: dict[str, Person] = {}
        for p in registry.people:
            for n in _person_names(p):
                self.person_by_name.setdefault(n, p)
        sources = {s.id: s for s in registry.sources}
        self.entries: list[Entry] = []
        self.by_family: dict[str, list[int]] = defaultdict(list)
        df: dict[str, int] = defaultdict(int)
        for i, r in enumerate(registry.figures):
            texts = [t for t in dict.fromkeys(content(x) for x in [r.subject, *r.aliases]) if t]
            toks = frozenset(t for x in texts for t in x.split())
            counted = frozenset().union(*(counted_tokens(x) for x in [r.subject, *r.aliases]))
            e = Entry(pos=i, record=r, family=record_family(r), texts=texts or [""],
                      token_set=toks, counted=counted,
                      aspect=aspect_of(" ".join([r.subject, *r.aliases])))
            if r.speaker and (sp := self.people.get(r.speaker)):
                e.speaker_names = _person_names(sp)
                e.speaker_roles = _person_roles(sp, self.people)
            if r.source and (src := sources.get(r.source)):
                e.source_titles = [normalise(x) for x in [src.title, *src.aliases]]
                e.source_display = src.title
                e.source_publishers = self._publisher_names(src.publisher)
                e.source_publisher_display = src.publisher or ""
            self.entries.append(e)
            self.by_family[e.family].append(i)
            for t in toks:
                df[t] += 1
        total = max(len(self.entries), 1)
        self.idf: dict[str, float] = {t: math.log(1 + total / c) for t, c in df.items()}
        self.default_idf = math.log(1 + total)
        for e in self.entries:
            e.idf_total = sum(self.idf[t] for t in e.token_set)
        postings: dict[tuple[str, str], list[int]] = defaultdict(list)
        for e in self.entries:
            for t in e.token_set:
                postings[(e.family, t)].append(e.pos)
        #: (family, token) → record positions, as arrays so a claim's overlap sums run in
        #: numpy; postings too common to discriminate are left out (they still count when
        #: scoring)
        self.postings: dict[tuple[str, str], numpy.ndarray] = {
            k: numpy.asarray(v, dtype=numpy.intp) for k, v in postings.items()
            if len(v) <= max(50, self.COMMON_SHARE * len(self.by_family[k[0]]))}
        self.idf_totals = numpy.asarray([e.idf_total or 1.0 for e in self.entries], dtype=float)

    def _publisher_names(self, publisher: str | None) -> list[str]:
        """A publisher is a name, ideally of an entry in people (whose aliases then count)."""
        if not publisher:
            return []
        org = self.people.get(publisher) or self.person_by_name.get(normalise(publisher))
        return _person_names(org) if org else [normalise(publisher)]

    def weight(self, token: str) -> float:
        return self.idf.get(token, self.default_idf)

    def families_for(self, claim: Claim) -> list[str]:
        return [f for f in expand_families(claim_families(claim.quantity), self.by_family)
                if f in self.by_family]

    def candidates(self, families: Sequence[str], weighted: dict[str, float], k: int,
                   whole: int = 40) -> list[int]:
        """The records of ``families`` worth scoring for a claim whose tokens are ``weighted``.

        A family of at most ``whole`` records is returned whole, so synonyms the tokens miss
        ('young children' for 'babies') can still be found by the fuzzy scorer and the
        speaker/source evidence. From a larger family come the ``k`` best by IDF-weighted
        token overlap (F2 of the shared tokens' weight), gathered from the inverted index.
        """
        out: list[int] = []
        q_total = sum(w * self.weight(t) for t, w in weighted.items()) or 1.0
        for fam in families:
            members = self.by_family.get(fam, [])
            if len(members) <= whole:
                out.extend(members)
                continue
            lists = sorted((len(p), tok, p) for tok in weighted
                           if (p := self.postings.get((fam, tok))) is not None)
            if not lists:
                continue
            acc_q = numpy.zeros(len(self.entries))
            acc_r = numpy.zeros(len(self.entries))
            seen = numpy.zeros(len(self.entries), dtype=bool)
            for n, tok, arr in lists:
                if n > self.LONG_POSTING and int(seen.sum()) >= k:
                    break  # rarer tokens already found enough; common ones only add noise
                idf, w = self.weight(tok), weighted[tok]
                acc_q[arr] += w * idf
                acc_r[arr] += idf
                seen[arr] = True
            pos = numpy.flatnonzero(seen)
            rec = acc_q[pos] / q_total
            prec = acc_r[pos] / self.idf_totals[pos]
            score = -5 * prec * rec / (4 * prec + rec)
            order = numpy.lexsort((pos, score))[:k]  # best F2 first, then record order
            out.extend(pos[order].tolist())
        return list(dict.fromkeys(out))

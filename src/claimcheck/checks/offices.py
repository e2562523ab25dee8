"""Who stands behind a figure: speakers, roles, cited sources and the offices they speak for.

Why a module of its own: "Anne Longfield", "the Children's Commissioner for England" and a
report the Commissioner published are one voice for self-contradiction, and that tie can come
from the text (speaker_role, a cited source's publisher) or from the registry (roles,
member_of, a linked record's source and speakers). Every rule that asks "same office?" must
get the same answer, so the answer lives here, apart from subject and time comparison.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.checks.base import CheckContext
from claimcheck.models import Claim, Person, Record, Registry


def _norm_words(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("'s ", " ").replace("s' ", "s ")
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text)


#: Offices are matched on names; these alone name nobody in particular.
GENERIC_OFFICE = frozenset(
    ["report", "research", "analysis", "charity", "group", "government", "council", "councils", "department", "spokesman", "spokeswoman", "spokesperson", "he", "she", "they", "it", "we", "inquiry", "survey", "study", "figures", "data"]
)
ROLE_WORDS = frozenset(
    ["chief", "executive", "chair", "chairman", "chairwoman", "co-chair", "president", "director", "head", "minister", "secretary", "spokesman", "spokeswoman", "leader", "councillor", "cllr", "mp", "of", "for", "and", "the", "board", "deputy", "former", "author", "member"]
)


def _office_norm(text: str) -> str:
    words = _norm_words(text)
    while words and words[0] in {"the", "a", "an", "former"}:
        words = words[1:]
    return " ".join(words)


def _person_names(p: Person, reg: Registry, seen: set[str]) -> set[str]:
    if p.id in seen:
        return set()
    seen.add(p.id)
    names = {p.name, *p.aliases, *(r.title for r in p.roles)}
    for org_id in [r.organisation for r in p.roles if r.organisation] + list(p.member_of):
        org = reg.person(org_id)
        if org is not None:
            names |= _person_names(org, reg, seen)
    return names


def _people_named(text: str, reg: Registry) -> list[Person]:
    key = _office_norm(text)
    out = []
    for p in reg.people:
        names = {_office_norm(n) for n in (p.name, *p.aliases, p.id.replace("-", " "))}
        if key in names or any(n and len(n.split()) >= 2 and n in key for n in names):
            out.append(p)
    return out


def _with_people(texts: set[str], reg: Registry, seen: set[str]) -> set[str]:
    """``texts`` and the names of the registry's people they name (their roles, member_of)."""
    out = set(texts)
    for text in texts:
        for p in _people_named(text, reg):
            out |= _person_names(p, reg, seen)
    return out


def _record_offices(record: Record, reg: Registry, seen: set[str]) -> set[str]:
    """Who speaks for a record: the people the registry ties to it and its source's publisher."""
    out: set[str] = set()
    for p in reg.speakers_for(record.id):
        out |= _person_names(p, reg, seen)
    src = reg.source(record.source) if record.source else None
    if src is not None and src.publisher:
        out |= _with_people({src.publisher}, reg, seen)
    return out


_INDEFINITE = re.compile(r"^an?\s+[a-z]", re.IGNORECASE)


def _indefinite(text: str) -> bool:
    """'a survey', 'an assessment': a source named by its kind names nobody in particular
    (its publisher, when the text gives one, is the office); 'A Crying Shame' is a title."""
    m = _INDEFINITE.match(text)
    return m is not None and m.group()[-1].islower()


def office_keys(c: Claim, ctx: CheckContext) -> dict[str, str]:
    """Everyone a claim speaks for: speaker, role, cited source and its publisher, and the
    organisations the registry ties them to (roles, member_of, a linked record's source)."""
    reg, a = ctx.registry, c.attribution
    seen: set[str] = set()
    source = a.source if a.source and not _indefinite(a.source) else None
    given = {x for x in (a.speaker, a.speaker_role, source, a.source_publisher) if x}
    raw = _with_people(given, reg, seen)
    for text in given:
        for s in reg.sources:
            if _office_norm(text) in {_office_norm(s.title), *(_office_norm(x) for x in s.aliases)}:
                raw |= {s.publisher} if s.publisher else set()
    record = ctx.record_for(c)
    if record is not None:
        raw |= _record_offices(record, reg, seen)
    keys = {_office_norm(x): x for x in sorted(raw, key=len, reverse=True)}
    return {k: v for k, v in keys.items() if k and k not in GENERIC_OFFICE}


def speaks_for_record(c: Claim, record: Record, ctx: CheckContext) -> bool:
    """Whether the claim's own speaker (not its link) belongs to the office that published
    the record: a remark measured against that office's own figure."""
    reg, a = ctx.registry, c.attribution
    seen: set[str] = set()
    mine = _with_people({x for x in (a.speaker, a.speaker_role, a.source_publisher) if x}, reg, seen)
    theirs = _record_offices(record, reg, set())
    return any(key_match(_office_norm(x), _office_norm(y)) for x in mine for y in theirs
               if _office_norm(x) and _office_norm(y))


@lru_cache(maxsize=65536)
def key_match(k1: str, k2: str) -> bool:
    if k1 == k2:
        return True
    small, big = sorted((k1.split(), k2.split()), key=len)
    if len(small) < 2 or all(w in ROLE_WORDS for w in small):
        return False
    n = len(small)
    return any(big[i:i + n] == small for i in range(len(big) - n + 1))


@lru_cache(maxsize=65536)
def same_office(a: frozenset[str], b: frozenset[str]) -> bool:
    """Cached: every pair of figures in a corpus asks it, of a few distinct office sets."""
    return any(key_match(x, y) for x in a for y in b)

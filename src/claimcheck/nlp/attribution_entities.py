"""The people, organisations and reports an article names, for resolving speaker mentions.

:class:`Entities` keeps everyone named so far, so that "Mr Watts", "Sir Tony", "the
Commissioner", "she" and "the group" resolve to the first full mention; each entity keeps
the offsets of all its mentions, since "it said" means the body mentioned last.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from dataclasses import dataclass, field

from claimcheck.nlp.attribution_speakers import (
    NAME_WORDS,
    POSSESSIVE,
    clean_name,
    cues,
    gender_of,
    is_person_name,
    strip_det,
    untitled,
)


@dataclass
class Entity:
    """A person, organisation or office named in the article."""

    name: str
    person: bool
    offset: int
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    #: offsets of every mention so far, sorted: 'it said' means the body mentioned last,
    #: not the one named first
    seen: list[int] = field(default_factory=list)
    #: "male"/"female" when a title, a given name or a resolved pronoun says so
    gender: str | None = None

    def __post_init__(self) -> None:
        if not self.seen:
            self.seen = [self.offset]

    def note(self, offset: int) -> None:
        """Record one more mention at ``offset``."""
        if offset not in self.seen:
            insort(self.seen, offset)

    def latest(self, offset: int) -> int:
        """The last mention at or before ``offset`` (the first mention if none is)."""
        i = bisect_right(self.seen, offset)
        return self.seen[i - 1] if i else self.offset


@dataclass
class SourceRef:
    """A cited report or dataset; ``title`` is updated when the report is named later."""

    title: str
    publisher: Entity | None
    offset: int
    named: bool = False


class Entities:
    """Everyone named in one article, in order, with alias resolution."""

    def __init__(self) -> None:
        self.items: list[Entity] = []

    def _find(self, name: str) -> Entity | None:
        key = name.lower()
        for e in self.items:
            if e.name.lower() == key or key in (a.lower() for a in e.aliases):
                return e
        return None

    def add(self, name: str, person: bool, offset: int, role: str | None = None) -> Entity:
        """Register a full mention (or find its earlier entry) and note its role."""
        clean = clean_name(name) if person else strip_det(name)
        found = self._find(clean) or (self.match_partial(name, offset) if person else None)
        if found is None:
            found = self.match_office(clean) if not person else None
        if found is None:
            found = Entity(clean, person, offset)
            self.items.append(found)
        found.aliases.add(name)
        found.note(offset)
        if person and found.gender is None:
            found.gender = gender_of(name)
        if role and person:
            for run in NAME_WORDS.finditer(role):
                org = POSSESSIVE.sub("", run.group())
                if org != clean and not is_person_name(org) and self._find(strip_det(org)) is None:
                    self.items.append(Entity(strip_det(org), False, offset, aliases={org}))
        if role and role not in found.roles:
            found.roles.append(role)
            found.aliases.add(role)
        return found

    def match_partial(self, name: str, offset: int) -> Entity | None:
        """"Mr Watts", "Sir Tony", "Watts" → the person with that surname or first name."""
        words = untitled(name)
        if len(words) != 1:
            return None
        w = words[0]
        for e in reversed(self.items):
            if e.person and e.offset <= offset and w in e.name.split():
                return e
        return None

    def match_office(self, name: str) -> Entity | None:
        """"Children's Commissioner" → "Children's Commissioner for England" (a longer name)."""
        key = name.lower()
        for e in self.items:
            if not e.person and e.name.lower().startswith(key + " "):
                return e
        return None

    def last(self, offset: int, person: bool | None, noun: str | None = None,
             ahead: bool = True, anybody: bool = True) -> Entity | None:
        """The nearest entity before ``offset`` (else, with ``ahead``, the first after) of the
        right kind. A pronoun never looks ahead: 'It found' does not mean a body named later.
        Without ``anybody``, a noun means only an entity whose name or role holds it."""
        pool = [e for e in self.items if person is None or e.person == person]
        if noun:
            named = [e for e in pool if noun in e.name.lower().split() or noun in e.aliases or
                     any(noun in r.lower() for r in e.roles)]
            # 'the charity' may stand for any organisation named before; 'the council' only for
            # one whose name says Council (the Children's Commissioner is not a council)
            private = noun in cues().private_body_nouns  # 'the think tank' is no department
            pool = named or ([] if narrow(noun) or not anybody else
                             [e for e in pool if not e.person and not (private and _public(e))])
        before = [e for e in pool if e.offset <= offset]
        if before:
            return max(before, key=lambda e: e.latest(offset))
        after = [e for e in pool if e.offset > offset] if ahead else []
        return min(after, key=lambda e: e.offset) if after else None

    def next(self, offset: int, noun: str) -> Entity | None:
        """The first body named after ``offset`` that "a <noun>" may be."""
        after = [e for e in self.items if not e.person and e.offset > offset and
                 (not narrow(noun) or noun in e.name.lower().split())]
        return min(after, key=lambda e: e.offset) if after else None

    def last_person(self, offset: int, gender: str | None) -> Entity | None:
        """The person mentioned last before ``offset`` whom a pronoun of ``gender`` can mean."""
        fits = [e for e in self.items if e.person and e.offset <= offset and
                (gender is None or e.gender in (None, gender))]
        return max(fits, key=lambda e: e.latest(offset)) if fits else None

    def canonical(self, ent: Entity) -> Entity:
        """An office named in short ("Children's Commissioner") → its full name, if given."""
        if ent.person:
            return ent
        return self.match_office(ent.name) or ent


def _public(ent: Entity) -> bool:
    """Whether a body's name holds a public body's word ('Department of Health and Social
    Care'): 'the think tank' after its spokesperson spoke never stands for it."""
    return not cues().public_body_words.isdisjoint(ent.name.split())


def narrow(noun: str) -> bool:
    """Whether "the <noun>" means only a body whose name holds the noun ('the council'), or
    one the text called by that noun ('the operator')."""
    c = cues()
    return (noun.title() in c.org_words and noun not in c.any_body_nouns) or noun in c.kind_nouns


def kind_noun(noun: str) -> bool:
    """A noun for a kind of business ('operator', 'airline'), not for any body."""
    return noun in cues().kind_nouns

"""Whom a mention points to: a pronoun, a generic noun ("the charity", "the union"), a role
("the spokesman"), a surname named before, or the body a story introduced ('the operator
Avanti West Coast', a name opening a paragraph). Mixed into the attribution pass, whose
state (entities, look-backs, the sentences read so far) it reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.nlp.attribution_entities import Entities, Entity, kind_noun, narrow
from claimcheck.nlp.attribution_figures import SentenceAttr
from claimcheck.nlp.attribution_kinds import (
    has_kind,
    kind_literals,
    kind_pattern,
    kind_word,
    last_of_kind,
)
from claimcheck.nlp.attribution_mentions import NAME_RUN
from claimcheck.nlp.attribution_prefix import Lookbacks
from claimcheck.nlp.attribution_sources import Reports
from claimcheck.nlp.attribution_speakers import (
    Mention,
    counts_words,
    cues,
    is_person_name,
    role_segment,
)
from claimcheck.nlp.frames_index import DocIndex

#: a name opening a paragraph, then a lower-case word: 'Heathrow handled', 'Hartwell's to shut'
_OPENING_NAME = re.compile(r"[\W_]*(?P<name>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})[ \t]+[a-z]")
_ARTICLES = frozenset({"The", "A", "An"})
_OWNED_ROLE = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?P<role>.+)")
_APPOSITIVE = re.compile(r"\s*,\s*([^,.;:]+),")
#: the lower-case words a capitalised run may hold that no person's name does
_NAME_LINKS = frozenset({"of", "for", "and", "the"})


def _role_gender(noun: str) -> str | None:
    """'spokesman' male, 'spokeswoman' female, 'spokesperson' either."""
    return "female" if noun.endswith("woman") else ("male" if noun.endswith("man") else None)


class Referents:
    """The reference side of the attribution pass (mixed into it)."""

    ix: DocIndex
    text: str
    ents: Entities
    sent: dict[int, SentenceAttr]
    reports: Reports
    lookbacks: Lookbacks
    _recalled: int
    _ahead: bool
    _group: Entity | None
    deferred: list[tuple[int, Mention]]

    def recall_people(self, offset: int) -> None:
        """Register the people named before ``offset`` outside cue sentences ("Mick Lynch spoke
        to reporters"), so that "he said" can mean them: a capitalised run from a title or a
        known given name. Each stretch of text is read once, whatever the number of calls."""
        start, self._recalled = self._recalled, max(self._recalled, offset)
        if offset <= start:
            return
        genders = cues().gender_words
        for m in NAME_RUN.finditer(self.text, start, offset):
            run = m.group()
            words = run.split()
            if "." not in run and genders.keys().isdisjoint(words):
                continue  # most runs hold no title or given name: one set test, not a loop
            first = next((i for i, w in enumerate(words) if w.rstrip(".") in genders), None)
            if first is None:
                continue
            name = []
            for w in words[first:first + 4]:
                if w in _NAME_LINKS:
                    break
                name.append(w)
            if len(name) >= 2 and is_person_name(" ".join(name)):
                tail = _APPOSITIVE.match(self.text, m.end()) if name[-1] == words[-1] else None
                self.ents.add(" ".join(name), True, m.start() + m.group().find(name[0]),
                              role_segment(tail.group(1)) if tail else None)

    def named_with(self, noun: str, offset: int) -> Entity | None:
        """'the union' after 'members of the RMT union': the name written before the same noun."""
        found = None
        for m in self.lookbacks.before(f"named {noun}", offset, _named_before(noun), (noun,), noun, anycase=True):
            own = m.group("own") or ""
            words = (m.group("name") + own).split()
            while words and (words[0] in _ARTICLES or cues().continuations.fullmatch(words[0])):
                words = words[1:]  # 'The union', 'But the union': no name
            if len(words) > bool(own) and not is_person_name(" ".join(words)):
                found = " ".join(words), m.end("own" if own else "name") - len(words[-1])
        return self.ents.add(found[0], False, found[1]) if found is not None else None

    def introduced(self, offset: int, kind: str | None = None) -> Entity | None:
        """The body a story is about, for "the company said" when no body was named at a cue:
        the last one the text introduced by its kind ('the department store chain Hartwell's',
        'the operator Avanti West Coast'), else a name that opens a paragraph ('Heathrow
        handled ...') and recurs, is no common noun. Asked only when nothing else resolves.
        With ``kind`` ('the operator'), only a body introduced by a noun of its kind ('the
        carrier SkyBridge'), or the name opening the mention's own paragraph, will do: an
        operator is not any body."""
        found = None
        for m in self.lookbacks.before("introduced", offset, cues().introduced, cues().org_nouns):
            if kind is None or kind_noun(m.group("kind").split()[-1]):
                found = m.group("name"), m.start("name")
        if found is None:
            own = self.ix.paras[self.ix.para_of(offset)][0]
            for ps, _ in self.ix.paras:
                if ps >= offset:
                    break
                opening = _OPENING_NAME.match(self.text, ps)
                name = opening.group("name") if opening and (kind is None or ps == own) else ""
                # 'The Met Office has issued ...': two capitalised words after the article name
                # a body, even named once
                titled = name.split()[:1] == ["The"] and len(name.split()) >= 3
                if titled:
                    name = name.split(" ", 1)[1]
                # 'Children are being left ...' opens with a common noun, written lower-case
                # elsewhere; 'Meanwhile a ...' with a connective
                # 'Sales were up 4%': one capitalised plural opening a sentence is a common noun
                plural = " " not in name and name.endswith("s") and not name.isupper() and not titled
                if opening and name and not is_person_name(name) and not counts_words(name) and not plural \
                        and (kind is not None or titled or self.text.find(name, opening.end()) >= 0) \
                        and f" {name.lower()} " not in self.text and not cues().continuations.fullmatch(name) \
                        and name.split()[0] not in _ARTICLES:
                    found = name, opening.start("name") + (4 if titled else 0)
                    break
        if found is None:
            return None
        ent = self.ents.add(found[0], False, found[1])
        if kind is not None:
            ent.aliases.add(kind)  # a later 'the airport' is the same body
        return ent

    def of_kind(self, noun: str, offset: int, ent: Entity | None) -> Entity | None:
        """'The party said' → the body of that kind the text named last (Labour, the RMT), or
        ``ent``, the one the mention's noun already names, if it came later."""
        matches = self.lookbacks.before(f"kind {noun}", offset, kind_pattern(noun), kind_literals(), kind_word(noun),
                                        anycase=True)
        found = last_of_kind(self.text, noun, matches)
        if found is None or (ent is not None and ent.latest(offset) >= found[1]):
            return ent
        body = self.ents.add(found[0], False, found[1])
        body.aliases.add(noun)
        return body

    def owned_role(self, role: str | None, offset: int) -> str | None:
        """'Its chief executive' → 'chief executive of Universities UK' (the body mentioned last)."""
        m = _OWNED_ROLE.match(role or "")
        if m is None:
            return role
        body = self.earlier_speaker(offset) or self.ents.last(offset, False, ahead=False)
        return f"{m.group('role')} of {body.name}" if body is not None else m.group("role")

    def earlier_speaker(self, offset: int) -> Entity | None:
        """The speaker of an earlier sentence of the paragraph, unless a person: what 'its' means
        ('Visit Cornwall said ... Its chief executive, Malcolm Bell, said')."""
        ix = self.ix
        si = ix.sent_of(offset)
        para = ix.sent_para[si]
        for sj in range(si - 1, -1, -1):
            if ix.sent_para[sj] != para:
                break
            a = self.sent.get(sj)
            if a is not None and a.speaker is not None:
                return a.speaker if not a.speaker.person or (a.speaker.gender is None and not a.role) else None
        return None

    def voice_before(self, offset: int, gender: str | None) -> tuple[int, Entity] | None:
        """(offset, body) of the latest sentence of the paragraph before ``offset`` whose speaker
        spoke through a voice role a pronoun of ``gender`` can mean ('A spokesman for the
        operator said'); the body as far as it resolves now, else the unnamed one."""
        ix = self.ix
        si = ix.sent_of(offset)
        para = ix.sent_para[si]
        for sj in range(si - 1, -1, -1):
            if ix.sent_para[sj] != para:
                return None
            a = self.sent.get(sj)
            m = next((m for k, m in self.deferred if k == sj), None)  # a body not resolved yet
            role = a.role if a is not None and a.speaker is not None else (m.role if m is not None else None)
            if not role:
                if a is not None and a.speaker is not None:
                    return None  # someone else spoke since
                continue
            noun = role.split()[-1].lower()
            fits = gender is None or _role_gender(noun) in (None, gender)
            if noun not in cues().voice_roles or not fits:
                return None
            if a is not None and a.speaker is not None:
                return ix.sents[sj][0], a.speaker
            if m is None:
                return None
            return ix.sents[sj][0], self.refer(m) or Entity(m.text, False, m.offset)
        return None

    def refer(self, mention: Mention) -> Entity | None:
        """The entity a pronoun, generic noun ("the charity") or role ("the spokesman") points to."""
        if mention.kind == "pronoun":
            if mention.person:
                self.recall_people(mention.offset)
                gender = cues().pronoun_gender.get(mention.text)
                person = self.ents.last_person(mention.offset, gender)
                voice = self.voice_before(mention.offset, gender)
                if voice is not None and (person is None or voice[0] > person.latest(mention.offset)):
                    return voice[1]  # 'A spokesman for the operator said ... "...," he said'
                if person is not None and person.gender is None:
                    person.gender = gender
                return person
            org = self.ents.last(mention.offset, False, ahead=False)
            group = self._group
            if mention.text == "they" and group is not None and group.offset < mention.offset and (
                    org is None or group.offset > org.latest(mention.offset)):
                return group  # 'Economists say ... They say': the group, not a body named before
            rep = self.reports.last
            if rep is not None and (org is None or org is rep.publisher or rep.offset >= org.latest(mention.offset)):
                return None  # "it shows" → the report (or its publisher's), handled by the caller
            return org or self.introduced(mention.offset)
        if mention.kind == "generic" and mention.new:  # 'a bank said': only a body named later
            return self.ents.next(mention.offset, mention.text) if self._ahead else None
        if mention.kind == "generic":
            ent = self.ents.last(mention.offset, False, mention.text, ahead=False)
            kind = has_kind(mention.text)  # its kind scan also reads 'the RMT union'
            if kind:
                ent = self.of_kind(mention.text, mention.offset, ent)
            if ent is None and not kind:
                ent = self.named_with(mention.text, mention.offset)
            if ent is None:
                ent = self.introduced(mention.offset, mention.text if kind_noun(mention.text) else None) \
                    if not narrow(mention.text) or kind_noun(mention.text) else None
            return ent or self.ents.last(mention.offset, False, mention.text)
        if mention.kind == "role":
            noun = mention.text.split()[-1].lower()
            if noun in cues().voice_roles:  # 'a spokesperson said': the body mentioned last
                return self.ents.last(mention.offset, None, noun)
            # 'the prime minister announced': whoever holds the office, else the office itself
            return self.ents.last(mention.offset, None, noun, anybody=False) or \
                Entity(mention.text, False, mention.offset)
        return None


@lru_cache(maxsize=64)
def _named_before(noun: str) -> re.Pattern[str]:
    """A capitalised name written right before ``noun`` ('the RMT union'), or ending on it
    capitalised ('Kelsborough Borough Council' for 'the council'), compiled once."""
    cap = re.escape(noun[:1].upper() + noun[1:])
    return re.compile(rf"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*)*?)"
                      rf"(?:[ \t]+{re.escape(noun)}|(?P<own>[ \t]+{cap}))\b")

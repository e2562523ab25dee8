"""Attribution (factory ``claimcheck_attribution``): who gives each figure, from what source.

One pass over the doc's sentences in order (only those with a speech verb or a source noun,
found by one regex over the whole text) records speaker mentions, sources and report names;
entities resolve as they appear ("Mr Watts", "she", "the group"). Each claim quantity then
takes its attribution from what the pass recorded (:mod:`attribution_figures`).

Result: ``Doc._.attributions`` (quantity start → Attribution).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.models import Attribution
from claimcheck.nlp.attribution_entities import (
    Entities,
    Entity,
    SourceRef,
    kind_noun,
    narrow,
)
from claimcheck.nlp.attribution_figures import FigureLookup, SentenceAttr
from claimcheck.nlp.attribution_kinds import (
    has_kind,
    kind_literals,
    kind_pattern,
    kind_word,
    last_of_kind,
)
from claimcheck.nlp.attribution_labels import find_labels
from claimcheck.nlp.attribution_mentions import NAME_RUN, speaker_mention
from claimcheck.nlp.attribution_prefix import Lookbacks
from claimcheck.nlp.attribution_quotes import Quotes, find_quotes
from claimcheck.nlp.attribution_scan import CueScan, SentenceCues
from claimcheck.nlp.attribution_sources import (
    QUOTED,
    Reports,
    find_sources,
    named_title,
)
from claimcheck.nlp.attribution_speakers import (
    Mention,
    counts_words,
    cues,
    is_person_name,
    parse_segment,
    role_segment,
    untitled,
)
from claimcheck.nlp.frames import claim_quantities
from claimcheck.nlp.frames_index import DocIndex, doc_index

for _name in ("quantities", "attributions"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_HEADLINE = re.compile(r"^(?:\S+\s+){4,}.*:[ \t]*(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’-]*)){0,6})[ \t]*$")
#: a dateline ('WASHINGTON (Reuters) -') or a live blog's time stamp ('**09:45**', '10.30am GMT')
_DATELINE = re.compile(r"[A-Z][A-Z.'’ ]+[A-Z](?:,[ \w]{1,20})?(?:\s*\([^)]{1,30}\))?\s*[-–—]{1,2}\s"
                       r"|[*_#\s]*\d{1,2}[:.]\d{2}(?:\s?(?:am|pm))?(?:\s+(?:GMT|BST|CET|ET))?[*_]*[\s:–—-]+(?=[A-Z\"“])")
#: how many paragraphs a report named later may reach back to name an untitled one
_TITLE_REACH = 3
#: a name opening a paragraph, then a lower-case word: 'Heathrow handled', 'Hartwell's to shut'
_OPENING_NAME = re.compile(r"[\W_]*(?P<name>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3})[ \t]+[a-z]")
_ARTICLES = frozenset({"The", "A", "An"})
_OWNED_ROLE = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?P<role>.+)")
_APPOSITIVE = re.compile(r"\s*,\s*([^,.;:]+),")
#: the lower-case words a capitalised run may hold that no person's name does
_NAME_LINKS = frozenset({"of", "for", "and", "the"})
#: the date between "Answered on" and "by"
_DATE_THEN_BY = re.compile(r"[ \t]+[\w ,.]{4,40}?[ \t]+by\b")


def _headline(line: str) -> re.Match[str] | None:
    """``_HEADLINE`` on a line; its pattern needs a colon, and most lines have none."""
    return _HEADLINE.search(line) if ":" in line else None


class _Pass(FigureLookup):
    """State of the single ordered pass over one doc."""

    def __init__(self, doc: Doc) -> None:
        self.ix: DocIndex = doc_index(doc)
        self.text = self.ix.text
        self.quotes: Quotes = find_quotes(self.text, self.ix.paras)
        self.ents = Entities()
        self.labels = find_labels(self.text, self.ix.paras, self.ents)
        self.reports = Reports()
        self.sent: dict[int, SentenceAttr] = {}
        self.deferred: list[tuple[int, Mention]] = []
        self.doc_speaker: tuple[int, Entity] | None = None
        self._quoted: dict[tuple[int, int], tuple[SentenceAttr, str] | None] = {}
        self._continues: dict[int, bool] = {}
        self._quote_order: dict[tuple[int, int], list[int]] = {}
        self._recalled = 0  # text before this offset has been read for people's names
        self._ahead = False  # set for the deferred mentions, after the pass
        self._group: Entity | None = None  # the last unnamed group that spoke, for 'they say'
        self.lookbacks = Lookbacks(self.text, self.ix.low)

    # ------------------------------------------------------------------ sentences
    def run(self) -> None:
        scan = CueScan(self.ix, self.quotes)
        for si in range(len(self.ix.sents)):
            if si in scan.todo or (si < 3 and _headline(self.ix.sent_text(si))):
                self.sentence(si, scan.of(si))
        self._ahead = True  # what is left may mean a body named later ('a charity has said')
        for si, mention in self.deferred:
            ent = self.resolve(mention)
            if ent is None and mention.kind == "generic":
                # "the council said", with no council named anywhere: an unnamed body
                # still stands behind the figure, which is what the CI check asks. This
                # unnamed body stays out of the entities, so that a later "the group"
                # cannot resolve to it.
                ent = Entity(mention.text, False, mention.offset)
            if ent is not None:
                self.sent.setdefault(si, SentenceAttr(method="sentence")).speaker = ent

    def sentence(self, si: int, found: SentenceCues | None = None) -> None:
        """Read sentence ``si``; ``found`` holds its cue matches (``None``: scan for them)."""
        ss, se = self.ix.sents[si]
        if found is not None and not (found.verbs or found.reports or found.doc_speaker) \
                and self.text.find(":", ss, se) < 0:
            return  # every cue is quoted and no "Name:" line: the sentence says nothing here
        masked = self.quotes.mask(self.text, ss, se)
        dateline = _DATELINE.match(masked)
        if dateline:  # 'WASHINGTON (Reuters) -', '**09:45**' name no speaker of the sentence
            masked = " " * dateline.end() + masked[dateline.end():]
        label_end = self.labels.cut.get(ss) if self.labels is not None else None
        if label_end is not None:  # nor does a transcript's 'Ann Cole (Brook) (Con):'
            cut = min(label_end, se) - ss
            masked = " " * cut + masked[cut:]
        attr = SentenceAttr()
        if found is None:
            dm = cues().doc_speaker.search(masked)
            if dm:
                self.document_speaker(ss + dm.end())
        elif found.doc_speaker:
            self.document_speaker(ss + found.doc_speaker[0][1])
        sources = find_sources(masked, ss, found)
        mention = speaker_mention(masked, ss, found)
        if mention is None:
            hl = _headline(masked)
            if hl and self.ix.para_of(ss) <= 2 and not self.quotes.run_at(ss + hl.start("name")):
                mention = Mention("name", hl.group("name"), ss + hl.start("name"),
                                  person=is_person_name(hl.group("name")))
        for h in sources:
            if not h.speaker_like:
                continue
            said = Mention("report", h.phrase.lower(), h.start) if cues().report_re.search(h.phrase) \
                and not h.body else parse_segment(h.phrase, h.start)
            if said is None:  # 'according to its latest accounts', '... court documents': a source
                h.speaker_like = False
            elif mention is None:
                mention = said
                attr.cited = True  # 'according to Skills for Care'
        if mention is not None:
            ent = self.resolve(mention)
            if mention.kind not in ("group", "pronoun"):
                self._group = None  # a body spoke since the group: 'they' may mean it
            if mention.kind == "report" or (mention.kind == "pronoun" and not mention.person
                                             and ent is None and self.reports.last):
                ref = self.reports.named(mention.text) if mention.kind == "report" else self.reports.last
                attr.source, ent = ref, (ref.publisher if ref else None)
                attr.method = "source"
            else:
                attr.method = "pronoun" if mention.kind == "pronoun" else "sentence"
                attr.role = mention.role
            if ent is None and mention.kind in ("generic", "pronoun", "role"):
                self.deferred.append((si, mention))
            attr.speaker = ent
        cited = sorted((h for h in sources if not h.speaker_like), key=lambda h: h.publisher is None)
        for h in cited[:1]:
            pub = self.publisher(h.publisher, h.start) if h.publisher else None
            if pub is None and attr.speaker is not None and not attr.speaker.person:
                pub = attr.speaker
            quoted = QUOTED.search(h.phrase)  # 'the annual "Energy Transition Review" by ...'
            ref = SourceRef(quoted.group("title"), pub, h.start, named=True) if quoted else SourceRef(h.phrase, pub, h.start)
            attr.source = ref
            self.reports.add(ref)
            if attr.speaker is None and pub is not None:
                attr.speaker, attr.method = pub, "source"
        # a title follows a report noun, so a sentence without one has none
        title = named_title(masked, None if found is None else found.reports)
        if title:
            para = self.ix.para_of(ss)
            rep = self.reports.last
            if rep is not None and not rep.named and para - self.ix.para_of(rep.offset) <= _TITLE_REACH:
                rep.title, rep.named = title, True
            else:
                pub = attr.speaker if attr.speaker is not None and not attr.speaker.person else None
                self.reports.add(SourceRef(title, pub, ss, named=True))
            if attr.source is None or attr.source is not self.reports.last:
                attr.source = self.reports.last if attr.method in ("sentence", "source") else attr.source
        if attr.speaker is not None or attr.source is not None:
            if found is not None:
                verbs_said = [masked[s:e].lower() for s, e, is_verb in found.verbs if is_verb]
                attr.carries = not verbs_said or not cues().forecast_verbs.issuperset(w.split()[-1] for w in verbs_said)
            self.sent[si] = attr

    def publisher(self, phrase: str, offset: int) -> Entity | None:
        """The organisation behind a source; "the group" resolves to one named before."""
        low = phrase.lower().strip()
        if low in cues().org_nouns:
            return self.ents.last(offset, False, low)
        m = parse_segment(phrase, offset)
        if m is not None and m.kind == "generic":
            return self.ents.last(offset, False, m.text)
        if m is not None and m.kind == "name" and not m.person:  # 'the campaign group Possible'
            return self.ents.add(m.text, False, offset)
        return self.ents.add(phrase, False, offset)

    def document_speaker(self, offset: int) -> None:
        """"Answered by" + a name (same line or the next): speaks for what follows."""
        if self.text[offset - 3:offset].lower() == " on":  # 'Answered on 9 September 2025 by'
            by = _DATE_THEN_BY.match(self.text, offset)
            if by is None:
                return
            offset = by.end()
        m = NAME_RUN.search(self.text, offset, min(len(self.text), offset + 200))
        if m:
            name = re.sub(r"\s+Portrait$", "", m.group())
            ent = self.ents.add(name, True, m.start())
            self.doc_speaker = (m.end(), ent)

    def resolve(self, mention: Mention) -> Entity | None:
        """The entity a mention stands for; a pronoun or "the company" counts as a mention of it."""
        if mention.kind == "name":
            if not mention.person and " " not in mention.text or mention.person and len(untitled(mention.text)) == 1:
                # 'Lynch told the crowd', 'Prof Okafor said': a surname of someone named before
                self.recall_people(mention.offset)
            person = bool(mention.person) or bool(self.ents.match_partial(mention.text, mention.offset))
            if mention.role and not person and has_person_role(mention):
                return self.ents.add(mention.text, False, mention.offset)
            role = self.owned_role(mention.role, mention.offset) if person else None
            return self.ents.add(mention.text, person, mention.offset, role)
        if mention.kind == "group":  # 'officials said': a speaker no body or 'it' refers back to
            self._group = Entity(mention.text, False, mention.offset)
            return self._group
        ent = self.refer(mention)
        if ent is not None:
            ent.note(mention.offset)
        return ent

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
        for m in self.lookbacks.before(f"named {noun}", offset, _named_before(noun), (noun,), noun):
            words = m.group("name").split()
            while words and (words[0] in _ARTICLES or cues().continuations.fullmatch(words[0])):
                words = words[1:]  # 'The union', 'But the union': no name
            if words and not is_person_name(" ".join(words)):
                found = " ".join(words), m.end("name") - len(words[-1])
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
                if opening and name and not is_person_name(name) and not counts_words(name) \
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

    def refer(self, mention: Mention) -> Entity | None:
        """The entity a pronoun, generic noun ("the charity") or role ("the spokesman") points to."""
        if mention.kind == "pronoun":
            if mention.person:
                self.recall_people(mention.offset)
                gender = cues().pronoun_gender.get(mention.text)
                person = self.ents.last_person(mention.offset, gender)
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
    """A capitalised name written right before ``noun`` ('the RMT union'), compiled once."""
    return re.compile(rf"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*)*)[ \t]+{re.escape(noun)}\b")


def has_person_role(mention: Mention) -> bool:
    """An organisation speaking through a role noun ("A Department for Education spokesman")."""
    return mention.role is not None and mention.person is False


def attribute_doc(doc: Doc) -> dict[int, Attribution]:
    """Attribution for every claim quantity of ``doc``, keyed by quantity start."""
    quantities = claim_quantities(doc)
    state = _Pass(doc)
    state.run()
    return {q.start: state.attribution_at(q.start) for q in quantities}


@Language.component("claimcheck_attribution")
def claimcheck_attribution(doc: Doc) -> Doc:
    """Pipeline component: see the module docstring."""
    doc._.attributions = attribute_doc(doc)
    return doc


"""Attribution (factory ``claimcheck_attribution``): who gives each figure, from what source.

One pass over the doc's sentences in order (only those with a speech verb or a source noun,
found by one regex over the whole text) records speaker mentions, sources and report names;
entities resolve as they appear ("Mr Watts", "she", "the group"). Each claim quantity then
takes its attribution from what the pass recorded (:mod:`attribution_figures`).

Result: ``Doc._.attributions`` (quantity start → Attribution).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.models import Attribution
from claimcheck.nlp.attribution_entities import Entities, Entity, SourceRef
from claimcheck.nlp.attribution_figures import FigureLookup, SentenceAttr
from claimcheck.nlp.attribution_labels import find_labels
from claimcheck.nlp.attribution_mentions import NAME_RUN, speaker_mention
from claimcheck.nlp.attribution_prefix import Lookbacks
from claimcheck.nlp.attribution_quotes import Quotes, find_quotes
from claimcheck.nlp.attribution_refer import Referents
from claimcheck.nlp.attribution_scan import CueScan, SentenceCues
from claimcheck.nlp.attribution_sources import (
    QUOTED,
    Reports,
    find_sources,
    named_title,
)
from claimcheck.nlp.attribution_speakers import (
    Mention,
    cues,
    is_person_name,
    parse_segment,
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
#: the date between "Answered on" and "by"
_DATE_THEN_BY = re.compile(r"[ \t]+[\w ,.]{4,40}?[ \t]+by\b")


def _headline(line: str) -> re.Match[str] | None:
    """``_HEADLINE`` on a line; its pattern needs a colon, and most lines have none."""
    return _HEADLINE.search(line) if ":" in line else None


class _Pass(FigureLookup, Referents):
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


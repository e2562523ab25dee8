"""The attribution of one figure, from what the ordered pass recorded about each sentence.

A figure takes, in order: the speaker of the quote it sits in (the cue in its own paragraph
of the quote, then the nearest earlier one, a "said:" line before the quote, or the last
speaker for a continued quote); its sentence's speaker or source; an earlier sentence of its
paragraph; the paragraph before when the sentence opens with "But"/"However" or gives an
estimate; a document speaker ("Answered by X"); else none. In a transcript, the speaker
label before the figure's paragraph comes before all but a speaker the sentence names.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.models import Attribution
from claimcheck.nlp.attribution_entities import Entities, Entity, SourceRef
from claimcheck.nlp.attribution_labels import Labels
from claimcheck.nlp.attribution_prefix import Lookbacks
from claimcheck.nlp.attribution_quotes import Quotes, touches
from claimcheck.nlp.attribution_speakers import cues
from claimcheck.nlp.frames_index import DocIndex


@dataclass
class SentenceAttr:
    """What one sentence says about its figures' provenance."""

    speaker: Entity | None = None
    role: str | None = None
    method: str = "none"
    source: SourceRef | None = None
    #: the speaker is cited ('according to X'), not quoted: a transcript's speaker still speaks
    cited: bool = False
    #: the sentence may lend its speaker to later ones of its paragraph (not a forecast)
    carries: bool = True


class FigureLookup:
    """The figure side of the attribution pass (mixed into it): reads what the pass recorded."""

    ix: DocIndex
    text: str
    quotes: Quotes
    ents: Entities
    sent: dict[int, SentenceAttr]
    doc_speaker: tuple[int, Entity] | None
    labels: Labels | None
    _quoted: dict[tuple[int, int], tuple[SentenceAttr, str] | None]
    _continues: dict[int, bool]
    _quote_order: dict[tuple[int, int], list[int]]
    lookbacks: Lookbacks

    # ------------------------------------------------------------------ figures
    def attribution_at(self, start: int) -> Attribution:
        ix = self.ix
        si = ix.sent_of(start)
        para = ix.sent_para[si] if ix.sents else 0
        run = self.quotes.run_at(start)
        if run is not None:
            got = self.quote_speaker(run, para)
            if got is not None:
                return got
        own = self.sent.get(si)
        label = self.labels.at(para) if self.labels is not None else None
        if own is not None and own.speaker is not None and (label is None or not (own.method == "source" or own.cited)):
            return self.make(own, own.method)
        src = own.source if own is not None else None
        if label is not None:  # a transcript's speaker, citing what the sentence cites
            if own is not None and own.cited and own.speaker is not None and src is None:
                src = SourceRef(own.speaker.name, own.speaker, own.speaker.offset)
            return self.make(SentenceAttr(label, source=src), "sentence")
        got = self.fallback(si, para, start)
        if src is not None:  # the sentence's own source, over one cited before
            got.source = src.title
            got.source_publisher = src.publisher.name if src.publisher else None
            if got.method == "none":
                got.method = "source"
        return got

    def fallback(self, si: int, para: int, start: int) -> Attribution:
        """No speaker in the figure's own sentence: its paragraph, the one before, the document."""
        ix = self.ix
        for sj in range(si - 1, -1, -1):
            if ix.sent_para[sj] != para:
                break
            if sj in self.sent and self.sent[sj].carries and self.quotes.run_at(ix.sents[sj][0]) is None:
                return self.make(self.sent[sj], self.sent[sj].method)
        if self.continues(si):
            prev = [sj for sj in self.sent if ix.sent_para[sj] == para - 1 and self.sent[sj].carries]
            if prev:
                a = self.sent[max(prev)]
                return self.make(a, a.method)
        if self.doc_speaker is not None and start >= self.doc_speaker[0]:
            return self.make(SentenceAttr(self.doc_speaker[1]), "sentence")
        return Attribution()

    def continues(self, si: int) -> bool:
        """Sentence ``si`` opens with "But"/"However" or gives an estimate (once per sentence)."""
        found = self._continues.get(si)
        if found is None:
            c = cues()
            sent_text = self.ix.sent_text(si)
            found = bool(c.continuations.search(sent_text))
            if not found and self.lookbacks.folds:
                found = bool(c.estimates.search(sent_text))
            elif not found:  # the lowered sentence: the same offsets and word edges
                ss, se = self.ix.sents[si]
                found = bool(c.estimates_low.search(self.ix.low[ss:se]))
            self._continues[si] = found
        return found

    def quote_speaker(self, run: int, para: int) -> Attribution | None:
        """The speaker of quote run ``run`` for a figure in paragraph ``para``."""
        found = self.quote_source(run, para)
        return None if found is None else self.make(*found)

    def quote_source(self, run: int, para: int) -> tuple[SentenceAttr, str] | None:
        """The sentence a quote takes its speaker from, and the method (once per run and para).

        The cue in the quote's paragraphs; a "said:" paragraph right before it; else the
        speaker of the quote just before, when it opens at most three paragraphs earlier.
        """
        key = (run, para)
        if key in self._quoted:
            return self._quoted[key]
        qr = self.quotes.runs[run]
        ix = self.ix
        found: tuple[SentenceAttr, str] | None = None
        # the figure's own paragraph, then the run's earlier ones (nearest first), then its later
        # ones: a new 'said X' in a paragraph of a continued quote names the speaker from there on
        order = [p for p in qr.paras if p == para] + [p for p in reversed(qr.paras) if p < para] + \
            [p for p in qr.paras if p > para]
        for p in order:
            # the quote's own sentences first ('"...," its president, Dr Adrian Boyle, warned'),
            # then the rest of its paragraph
            sents = self.quote_order(run, p)
            for si in sents:
                a = self.sent.get(si)
                if a is not None and a.speaker is not None and a.method != "source":
                    found = a, "pronoun" if a.method == "pronoun" else ("quote" if p == para else "quote-continuation")
                    break
            if found is not None:
                break
        prev_para = qr.paras[0] - 1
        if found is None and prev_para >= 0 and self.text[slice(*ix.paras[prev_para])].rstrip().endswith(":"):
            # the sentence that ends in the colon introduces the quote, not an earlier one
            for si in reversed(ix.para_sents(prev_para)):
                a = self.sent.get(si)
                if a is not None and a.speaker is not None:
                    found = a, "quote" if para == qr.paras[0] else "quote-continuation"
                    break
        if found is None and run > 0 and self.quotes.runs[run - 1].paras[0] >= qr.paras[0] - 3:
            before = self.quote_source(run - 1, self.quotes.runs[run - 1].paras[0])
            if before is not None:
                found = before[0], "quote-continuation"
        self._quoted[key] = found
        return found

    def quote_order(self, run: int, p: int) -> list[int]:
        """Paragraph ``p``'s sentences, those touching quote run ``run`` first (once per pair:
        each paragraph of a run is read for the figures of every paragraph of it)."""
        key = (run, p)
        order = self._quote_order.get(key)
        if order is None:
            ix, spans = self.ix, self.quotes.runs[run].spans
            order = self._quote_order[key] = sorted(ix.para_sents(p), key=lambda si: not touches(ix.sents[si], spans))
        return order

    def make(self, a: SentenceAttr, method: str) -> Attribution:
        ent = self.ents.canonical(a.speaker) if a.speaker is not None else None
        role = (ent.roles[0] if ent is not None and ent.roles else None) or a.role
        src = a.source
        if ent is None and src is None:
            method = "none"
        elif method == "none":  # a sentence that cites a source and names no speaker
            method = "source"
        return Attribution(
            speaker=ent.name if ent is not None else None,
            speaker_role=role,
            source=src.title if src is not None else None,
            source_publisher=src.publisher.name if src is not None and src.publisher is not None else None,
            method=method,  # type: ignore[arg-type]
        )

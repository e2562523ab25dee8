"""Cited sources in a sentence: "a report by X", "according to X", "X's research", titles.

Works on the sentence with quoted words blanked, so "research shows" inside a quote is not
taken for a citation. Returns phrases and publisher names; :mod:`attribution` turns them
into :class:`~claimcheck.nlp.attribution_speakers.SourceRef` objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.nlp.attribution_entities import SourceRef
from claimcheck.nlp.attribution_scan import SentenceCues
from claimcheck.nlp.attribution_speakers import POSSESSIVE, cues, has_role_noun
from claimcheck.nlp.frames_data import alternation, load_data
from claimcheck.nlp.frames_index import lowered

_BOUNDARY = re.compile(
    r"\s*(?:(?<!\d)[,.]|[,.](?!\d)|[;:()]|\s[-–—]\s|\b(?:found|finds|find|suggests|suggest|shows|show|showed|says|said|"
    r"that|has|have|had|which|is|was|are|were|revealed|reveals|estimated|estimates|warned|"
    r"comes|published|looks|makes|also|puts|put|gives|gave|places|placed|ranks|ranked)\b)"
)
_TITLE = re.compile(
    r"\b(?:report|study|review|survey|paper|analysis|dataset|inquiry)\s*,\s*(?:called\s+|entitled\s+|titled\s+|named\s+)?"
    r"(?P<title>(?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|a|in|on|to)){0,8})\s*,"
)
#: a title in quotation marks after a report noun: 'its report "Growing Up Short"', 'a study,
#: entitled "Waiting for Better",' (the quote reader leaves such titles unmasked)
#: a title in quotation marks, as the quote reader leaves it unmasked
QUOTED = re.compile(r"[\"“](?P<title>[^\"“”]{3,120})[\"”]")
_QUOTED_TITLE = re.compile(
    r"\b(?:report|study|review|survey|paper|analysis|dataset|inquiry|index|audit)\s*,?\s*"
    rf"(?:called\s+|entitled\s+|titled\s+|named\s+)?{QUOTED.pattern}", re.IGNORECASE)
#: a body named by its noun owns the report after it: "The agency's weekly FluView report"
_BODY_OWNS = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+([a-z]+(?:\s+[a-z]+)?)['’]s\s+(?:[\w-]+\s+){0,3}$")
#: words that open a clause after a verb of estimating ('the CDC estimates there have been')
_CLAUSE_OPENERS = frozenset({"there", "it", "the", "a", "an", "about", "around", "some", "more", "nearly",
                             "almost", "over", "up", "as", "between", "roughly", "approximately"})
_FIGURE_START = frozenset("0123456789£$€")
#: a name or an acronym right before a word ('the CDC ', 'Children First UK ')
_NAME_BEFORE = re.compile(r"\b[A-Z][\w&'’-]*\s+$")
#: 'a survey by Pollwise of 2,014 adults': the name ends before what was surveyed
_OF_COUNT = re.compile(r"\s+(?:of|among|across)\s+(?=[\d£$€]|(?:more\s+than|about|around|some|nearly|almost|over)\s)")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<x>(?:[^,.;:]|(?<=\d)[,.](?=\d))+)", re.IGNORECASE)
#: a month or a year may stand among the words between owner and noun: "the CSO's June livestock survey"
_DATED = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})"
_POSSESSOR = re.compile(rf"((?:[A-Z][\w-]*(?:['’]s)?\s+(?:(?:of|for|and)\s+)?)*[A-Z][\w-]*)['’]s\s+"
                        rf"(?:(?:[a-z]\w*|{_DATED})\s+){{0,3}}$")
_CAPS_BACK = re.compile(r"((?:[A-Z][\w-]*|\([A-Za-z]+\)|of|for|and)\s+)*$")
# compiled once: these run for every report noun of every cue sentence
_DETERMINERS = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|these|new|latest)\s+)+"
    rf"(?:(?:{alternation(load_data('attribution_cues.yaml')['source_adjectives'])})\s+)?(?:[\w-]+\s+){{0,1}}$",
    re.IGNORECASE)  # one word after them, or two with a source adjective: 'The quarterly immigration
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An|This|These|Its|Their|Our|New)\s+")
_LOWER_BEFORE = re.compile(r"\b[a-z][\w-]*\s+$")
_DEFINITE = re.compile(r"(?:the|this|these|those|that|its|their)\s", re.IGNORECASE)
_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)
_LEADING_DETERMINERS = re.compile(r"^(?:(?:the|a|an|its|their|this|these|our|new|latest)\s+)+")
#: what each of the three patterns above anchored at the end can match, run on the reversed
#: head: a match cannot start before the last character outside its class
_DET_CHARS = re.compile(r"[\w\s-]*")
_CAPS_CHARS = re.compile(r"[\w\s()-]*")
_POSS_CHARS = re.compile(r"[\w\s'’-]*")
#: the name ends on a capitalised word: 'under a Freedom of Information request' names none
_BY_NAME_AT_END = re.compile(r"\b(?:from|by|of)\s+(?:(?:the|an?)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])|the\s+)?"
                             r"([A-Z][\w'’-]*(?:[ -]+(?:of|for|and|the|[A-Z][\w'’-]*))*)$")
#: "the trust's analysis of Eurostat data": a body named by its kind owns the source
_KIND_OWNS = re.compile(r"(?:the|its|their)\s+(?P<owner>[a-z]+(?:\s+[a-z]+)?)['’]s\s+(?:[\w-]+\s+){0,4}(?P<noun>[a-z]+)$")
#: 'the Minnesota Department of Health's weekly respiratory illness report': the owner before 's
_OWNED_NOUN = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w&-]*(?:\s+(?:of|for|and|[A-Z][\w&-]*))*)['’]s\s+"
                         r"(?:[\w-]+\s+){0,4}(?P<noun>[a-z]+)$")
_OWNER_BEFORE_NOUN = re.compile(r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*))*)\s+([a-z]+)$")
_OWNED_TITLE = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w&-]*(?:\s+(?:of|for|and|[A-Z][\w&-]*))*)['’]s\s+"
                          r"(?:[a-z]+\s+){0,3}[A-Z][\w-]*(?:\s+(?:of|for|and|on|[A-Z][\w-]*))*$")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
#: when a publisher published, after its name: 'on Wednesday', 'last week', 'yesterday'
_WHEN = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)|last\s|this\s|"
                   r"yesterday\b|today\b|earlier\b)")
#: a one-word firm working for a body: 'Opinium for the TUC'
_HIRED_BY = re.compile(r"([A-Z][\w&'’-]*)\s+for\s+(?:the\s+)?[A-Z]")
#: a lower-case word right before a report noun ('annual' in 'Rail Standards Office annual report')
_ADJECTIVE_AT_END = re.compile(r"(?<=[A-Za-z])\s+([a-z]+)\s+$")
#: 'figures from the ONS'; 'data from the analytics firm Kpler' (the kind before the name)
_OF_PUBLISHER = re.compile(r"\s+(?:from|of)\s+(?:(?:the|an?)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])|the\s+)?"
                           r"(?P<pub>[A-Z][^,.;:]*)")


@dataclass
class SourceHit:
    """A cited source phrase and the publisher named with it, if any."""

    phrase: str
    publisher: str | None
    start: int
    speaker_like: bool = False
    #: the phrase names a body whose name holds a report noun ('the Centre for Retail Research')
    body: bool = False


class Reports:
    """The sources an article has cited so far, for back-references ('the report said')."""

    def __init__(self) -> None:
        self.cited: list[SourceRef] = []

    @property
    def last(self) -> SourceRef | None:
        return self.cited[-1] if self.cited else None

    def add(self, ref: SourceRef) -> None:
        self.cited.append(ref)

    def named(self, mention: str) -> SourceRef | None:
        """'the analysis found' points back to the last source called an analysis, which need
        not be the last one cited (a survey may stand between them)."""
        words = mention.split()
        for ref in reversed(self.cited):
            if words and words[-1] in ref.title.lower().split():
                return ref
        return self.last


def _names_body(run: str) -> bool:
    """Whether a capitalised run before a capitalised report noun is a body's name that holds
    it: an organisation word, then 'for'/'of' ('Centre for Retail', 'Institute of Economic')."""
    words = run.split()
    org = cues().org_words
    return any(w in org and i + 1 < len(words) and words[i + 1] in ("for", "of") for i, w in enumerate(words))


def _search_end(rx: re.Pattern[str], chars: re.Pattern[str], head: str, rev: str) -> re.Match[str] | None:
    """``rx.search(head)`` for a pattern anchored at the end whose matches hold only ``chars``.

    ``search`` tries every offset of the head; the leftmost match cannot start before the
    last character outside ``chars`` (found by matching the reversed head ``rev``), so the
    search starts there and finds the same match.
    """
    return rx.search(head, len(head) - chars.match(rev).end())  # type: ignore[union-attr]


def named_title(masked: str, reports: list[tuple[int, int]] | None = None) -> str | None:
    """A report's name given as an appositive: "The report, A Crying Shame, ...".

    ``reports`` (the sentence's report-noun matches, when the caller has them) are the only
    places a title can follow, since ``_TITLE``'s nouns are report nouns: it is tried there.
    """
    if reports is None:
        m = _QUOTED_TITLE.search(masked) or _TITLE.search(masked)
    else:
        m = next(filter(None, (_QUOTED_TITLE.match(masked, s) or _TITLE.match(masked, s) for s, _ in reports)), None)
    if not m:
        return None
    title = m.group("title").strip()
    first = title.split()[0].rstrip(".")
    after = re.match(r"\s*([^,.;:]*)", masked[m.end():])
    if first in cues().titles or (after is not None and has_role_noun(after.group(1))):
        return None  # "Responding to the report, Cllr Jo Bloggs, chair of ..." names a speaker
    return title


@lru_cache(maxsize=1)
def _by_publisher() -> re.Pattern[str]:
    """'a survey of 2,000 adults by X', 'figures obtained by X', 'FoI requests by X' (the "of"
    part may hold a grouped number)."""
    d = load_data("attribution_cues.yaml")
    return re.compile(
        rf"(?P<of>(?:\s+(?:of|into|on)\s+(?:[^,.;:]|(?<=\d)[,.](?=\d))*?)?)"
        rf"(?:\s+(?:{alternation(d['source_trailing'])}))?(?:,?\s+(?:{alternation(d['source_participles'])})"
        rf"(?:\s+(?:on|in|last|this|earlier|today|yesterday)(?:\s+[A-Za-z]+)?)?)?"  # 'published on Thursday by'
        rf"\s+by\s+(?P<pub>[^,.;:]+)")


@lru_cache(maxsize=1)
def _anaphoric() -> frozenset[str]:
    """Source nouns that presuppose one cited before ('responses' to requests), even bare."""
    return frozenset(load_data("attribution_cues.yaml")["anaphoric_source_nouns"])


@lru_cache(maxsize=1)
def _source_adjectives() -> frozenset[str]:
    """Words that open a source phrase, capitalised at a sentence start, and name no owner."""
    return frozenset(load_data("attribution_cues.yaml")["source_adjectives"])


@lru_cache(maxsize=1)
def _report_followers() -> frozenset[str]:
    return frozenset(load_data("attribution_cues.yaml")["report_followers"])


def _modifies(word: str) -> bool:
    """Whether the lower-case ``word`` after a sentence-opening report noun makes that noun a
    modifier ('Research income'), not a source ('Research shows', 'Research by', 'Data released')."""
    return word[:1].islower() and not word.endswith(("s", "ed")) and word not in _report_followers() \
        and not cues().verbs.match(word)


@lru_cache(maxsize=1)
def _publisher_end() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(load_data('attribution_cues.yaml')['publisher_ends'])})\b")


def _clip(text: str) -> str:
    m = _BOUNDARY.search(text)
    return (text[: m.start()] if m else text).strip()


def _clip_publisher(text: str) -> str:
    """A publisher's name, without what follows it ('Shelter under freedom of information laws',
    'Opinium for the TUC': the pollster, not whom it worked for; 'Institute for Fiscal Studies'
    and 'Department for the Economy' keep their 'for')."""
    text = _clip(text)
    m = _publisher_end().search(text) or _OF_COUNT.search(text)
    text = text[: m.start()] if m else text
    when = _WHEN.search(text)  # 'the Office for National Statistics on Wednesday'
    text = text[: when.start()] if when else text
    hired = _HIRED_BY.match(text)
    return hired.group(1) if hired and hired.group(1) not in cues().org_words else text


def _according(masked: str, found: SentenceCues | None) -> Iterator[re.Match[str]]:
    """``_ACCORDING.finditer(masked)``; with ``found``, tried only where "according to" is."""
    if found is None:
        yield from _ACCORDING.finditer(masked)
        return
    pos = 0
    for start, _, is_verb in found.verbs:
        if is_verb or start < pos:
            continue
        m = _ACCORDING.match(masked, start)
        if m is not None:
            pos = m.end()
            yield m


def _report_end(x: str) -> int:
    """Where the report noun opening a cited phrase ends ('data' in 'data published by X'), else 0."""
    m = cues().report_re.match(_LEADING_DETERMINERS.sub("", x.lower()))
    return len(x) - len(_LEADING_DETERMINERS.sub("", x.lower())) + m.end() if m else 0


def _according_publisher(x: str, report_nouns: frozenset[str]) -> str | None:
    """Who published a source named after 'according to': 'Ministry of Justice data' (the
    name before a report noun), 'figures from the ONS' (the name after from/by/of)."""
    owner = _OWNER_BEFORE_NOUN.match(x)
    if owner and owner.group(2).lower() in report_nouns:
        return POSSESSIVE.sub("", owner.group(1))
    owned = _OWNED_NOUN.match(x)
    if owned and owned.group("noun") in report_nouns:
        return owned.group("owner")
    kind = _KIND_OWNS.match(x)  # "the trust's analysis of Eurostat data": the trust named before
    kind_owner = kind.group("owner").split()[-1] if kind else ""  # "the rail regulator's": a regulator
    if kind and kind_owner in cues().org_nouns and kind.group("noun") in report_nouns:
        return kind_owner
    by = _BY_NAME_AT_END.search(x)
    if by:
        return by.group(1).strip()
    # 'the Halstead Building Society House Price Index': a body's name, then its title
    words = _LEADING_THE.sub("", x).split()
    org = cues().org_words
    first = next((i for i, w in enumerate(words[:-1]) if i >= 1 and w in org), -1)
    if first >= 1 and all(w[:1].isupper() or w in ("of", "for", "and") for w in words):
        return " ".join(words[:first + 1])
    return None


def find_sources(masked: str, base: int, found: SentenceCues | None = None) -> list[SourceHit]:
    """Sources cited in one (masked) sentence starting at ``base``.

    ``found`` gives the sentence's cue matches when the caller has them (see
    :mod:`~claimcheck.nlp.attribution_scan`), which saves scanning it again.
    """
    c = cues()
    hits: list[SourceHit] = []
    for m in _according(masked, found):
        by = _by_publisher().match(m.group("x"), _report_end(m.group("x")))
        if by is not None and by.start() > 0:  # 'according to data published by the JCQ'
            end = by.start("pub") + len(_clip_publisher(by.group("pub")))
            hits.append(SourceHit(m.group("x")[:end].strip(), _LEADING_THE.sub("", _clip_publisher(by.group("pub"))),
                                  base + m.start("x")))
            continue
        x = _clip(m.group("x"))
        if not x:
            continue
        titled = _OWNED_TITLE.match(x)  # "the OBR's most recent Economic and Fiscal Outlook"
        # 'according to the Centre for Retail Research' names a body, read as a speaker
        bare_x = _LEADING_THE.sub("", x)
        body = bare_x[:1].isupper() and x.split()[-1][:1].isupper() and (
            _names_body(bare_x) or x.split()[-1] in c.body_name_ends)  # '... Legislative Research Department'
        if (c.report_re.search(x) and not body) or titled:
            publisher = titled.group("owner") if titled else _according_publisher(x, c.report_nouns)
            hits.append(SourceHit(x, publisher, base + m.start("x")))
        else:
            hits.append(SourceHit(x, None, base + m.start("x"), speaker_like=True, body=bool(body)))
    reports = found.reports if found is not None else [m.span() for m in c.report_re.finditer(masked)]
    for m_start, m_end in reports:
        if any(h.start <= base + m_start < h.start + len(h.phrase) for h in hits):
            continue
        head = masked[:m_start]
        rev = head[::-1]
        det = _search_end(_DETERMINERS, _DET_CHARS, head, rev)
        caps = _search_end(_CAPS_BACK, _CAPS_CHARS, head, rev)
        adjective = _ADJECTIVE_AT_END.search(head) if not (caps and caps.group().strip()) else None
        if adjective is not None and adjective.group(1).lower() in _source_adjectives():
            # 'Rail Standards Office annual report': the name before a source adjective owns it
            cut = head[:adjective.start()] + " "
            caps = _CAPS_BACK.search(cut, len(cut) - _CAPS_CHARS.match(cut[::-1]).end())  # type: ignore[union-attr]
        start = m_start
        lead = c.continuations.match(caps.group()) if caps else None
        if caps and lead:  # 'But figures show': the connective is no part of the source
            caps = _CAPS_BACK.search(head, caps.start() + lead.end())
        has_caps = bool(caps and _LEADING_ARTICLE.sub("", caps.group()).strip())
        if has_caps and masked[m_start].isupper() and _names_body(caps.group()):  # type: ignore[union-attr]
            continue  # 'the Centre for Retail Research said': a body's name, not a cited report
        if caps and has_caps:
            start = caps.start()
        if det and det.start() < start:
            start = det.start()
        # the pattern needs an apostrophe: most heads have none, and the search tries every offset
        poss = _search_end(_POSSESSOR, _POSS_CHARS, head, rev) if "'" in head or "’" in head else None
        tail = masked[m_end:]
        noun = _NEXT_WORD.match(tail)
        if noun is not None and noun.group(1).lower() in c.role_nouns:
            continue  # 'a research fellow at the IFS' is a role, not a cited source
        if noun is not None and masked[m_start].isupper() and noun.group(1) in c.org_words \
                and noun.group(1).lower() not in c.report_nouns and tail[:1].isspace():
            continue  # 'the Heart Research Alliance': a word of a body's name, not a cited source
        if noun is not None and c.verbs.fullmatch(masked[m_start:m_end].lower()) and (
                noun.group(1).lower() == "that" or noun.group(1)[:1] in _FIGURE_START
                or (noun.group(1).lower() in _CLAUSE_OPENERS and _NAME_BEFORE.search(head))):
            continue  # 'Children First UK estimates that ...', 'the CDC estimates there have been': a verb
        if noun is not None and not head.strip() and _modifies(noun.group(1)):
            continue  # 'Research income grew 3%': the noun opening the sentence modifies the next
        rest = _by_publisher().match(tail)
        publisher = None
        end = m_end
        if rest:
            publisher = _clip_publisher(rest.group("pub"))
            end = m_end + rest.start("pub") + len(publisher)
            publisher = _LEADING_THE.sub("", publisher)
        elif poss:
            publisher = poss.group(1)
            start = min(start, poss.start())
        else:
            of = _OF_PUBLISHER.match(tail)
            if of:
                publisher = _clip(of.group("pub"))
                end = m_end + of.start("pub") + len(publisher)
        owned = _BODY_OWNS.search(head) if publisher is None and ("'" in head or "’" in head) else None
        if owned is not None and owned.group(1) in c.org_nouns:
            publisher, start = owned.group(1), min(start, owned.start())  # "The agency's weekly FluView report"
        if publisher is None and has_caps and masked[m_start].islower():
            # 'A YouGov poll', 'Home Office figures': the name before a lower-case noun owns it
            # ('the Labour Force Survey' is a title, its noun capitalised)
            owner = _LEADING_ARTICLE.sub("", caps.group()).strip()  # type: ignore[union-attr]
            first = owner.split()[0].lower() if owner else ""
            # 'Freedom of Information (FoI) requests': the run names the kind of source, not its owner
            common = c.continuations.match(owner) or first in _source_adjectives() or c.report_re.search(owner)
            # a lone capitalised word opening the sentence may be any word ('Markets report:');
            # after an article, or with more words or capitals, it is a name ('A YouGov poll')
            named = _LEADING_ARTICLE.match(caps.group()) or " " in owner or any(ch.isupper() for ch in owner[1:])  # type: ignore[union-attr]
            publisher = owner if owner[:1].isupper() and named and not common else None
        phrase = masked[start:end].strip()
        bare = _LEADING_DETERMINERS.sub("", phrase.lower())
        if bare in c.report_nouns and publisher is None and not has_caps and not det and masked[m_start].islower() \
                and _LOWER_BEFORE.search(head) and not c.verbs.match(lowered(tail.lstrip())):
            continue  # 'the blue-chip index closed', 'the price index rose': a noun, no source
        if bare in c.report_nouns and publisher is None and not has_caps and \
                (_DEFINITE.match(phrase) or bare in _anaphoric()):
            # 'the report said' and 'responses show' (to requests cited before) point back to a
            # source; 'a survey found', 'figures show', 'under freedom of information laws' cite a new one
            hits.append(SourceHit(phrase, None, base + start, speaker_like=True))
            continue
        hits.append(SourceHit(phrase, publisher, base + start))
    # 'Freedom of Information (FoI) requests' holds three source nouns: the phrase holding the
    # others wins (a handful of hits a sentence, so the pairwise test costs nothing)
    kept = [h for h in hits if not any(g is not h and g.start <= h.start and
                                       h.start + len(h.phrase) <= g.start + len(g.phrase) and
                                       len(g.phrase) > len(h.phrase) for g in hits)]
    return _joined(kept, masked, base)


def _joined(hits: list[SourceHit], masked: str, base: int) -> list[SourceHit]:
    """Hits that overlap without one holding the other as one phrase: 'a Freedom of
    Information' (read back from 'Information') and 'Freedom of Information request' are
    'a Freedom of Information request'."""
    out: list[SourceHit] = []
    for h in hits:
        end = h.start + len(h.phrase)
        g = next((g for g in out if g.start < h.start < g.start + len(g.phrase) < end), None)
        if g is None:
            out.append(h)
            continue
        g.phrase = masked[g.start - base:end - base].strip()
        g.publisher = g.publisher or h.publisher
    return out

"""Speaker mentions and the article's people, organisations and reports.

Without NER a speaker is read from the words next to a speech verb: a capitalised run
("Sir Tony Hawkhead"), an appositive role ("Anne Longfield, the Children's Commissioner for
England, said"), an organisation with a role noun ("A Department for Education spokesman"),
a pronoun, or a generic noun phrase ("the charity") that stands for an organisation named
elsewhere; :mod:`attribution_entities` resolves them to the people and bodies named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from claimcheck.nlp.frames_data import (
    alternation,
    grouped_alternation,
    load_data,
    starts,
)
from claimcheck.nlp.lexicon import LEX

MentionKind = Literal["name", "pronoun", "generic", "role", "report", "who", "group"]
_CAP = r"[A-Z][\w'’.-]*"
_LINK = r"(?:of|for|and|the|on|in|&|to|de|van|von)"
#: lower-case particles inside a person's name ('Rachel de Souza', 'Ursula von der Leyen')
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "del", "bin", "al"})
NAME_WORDS = re.compile(rf"{_CAP}(?:[ \t]+(?:{_LINK}[ \t]+)*{_CAP})*")
#: a possessive ending: "Kantar's", "the Met's"
POSSESSIVE = re.compile(r"['’]s$")
# compiled once: parse_segment runs for every speech verb of every cue sentence
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ARTICLE_ONLY = re.compile(r"(?:the|a|an)?", re.IGNORECASE)
#: an unnamed person speaking for a body: 'a spokesperson for Arla', 'an official at the council'
_FOR_BODY = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?P<role>[\w-]+)\s+(?:for|at|from|with)\s+(?P<body>.+)")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_ORG_ROLE = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+({NAME_WORDS.pattern})\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}})")
_DETERMINED = re.compile(r"(?:the|a|an|this|its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}?([\w-]+)")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&.]{1,9}\)$")
#: 'chief executive of', 'campaigns director at the think tank': a role, the name after it its employer
#: the words before the preposition of a role ('director' of 'director of finance')
_ROLE_LEAD = re.compile(r"(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:of|for|at)\b", re.IGNORECASE)
_ENDS_IN_PREPOSITION = re.compile(r"\b(?:of|for|at|to|in|on|with|by)(?:\s+the)?(?:\s+[a-z][\w-]*){0,2}$",
                                  re.IGNORECASE)


@dataclass(frozen=True)
class Cues:
    """Compiled cue lists from ``attribution_cues.yaml``."""

    verbs: re.Pattern[str]
    titles: frozenset[str]
    strip_titles: frozenset[str]
    role_nouns: frozenset[str]
    org_nouns: frozenset[str]
    any_body_nouns: frozenset[str]
    public_body_words: frozenset[str]
    body_name_ends: frozenset[str]
    private_body_nouns: frozenset[str]
    kind_nouns: frozenset[str]
    #: roles that speak for a body ('a spokesman said' means the body mentioned last)
    voice_roles: frozenset[str]
    #: capitalised kinds that may open a sentence before a name ('Housebuilder Persimmon')
    name_prefixes: frozenset[str]
    #: a body introduced by its kind: 'the chain Hartwell's', 'the operator Avanti West Coast'
    introduced: re.Pattern[str]
    #: people who speak for the organisation after "at"/"from" ('analysts at Savills')
    group_speakers: frozenset[str]
    unnamed: frozenset[str]
    unnamed_people: frozenset[str]
    #: ``unnamed`` and ``unnamed_people``: the nouns an unnamed speaker's phrase ends in
    unnamed_heads: frozenset[str]
    unnamed_qualified: re.Pattern[str]
    poll_qualifiers: frozenset[str]
    #: 'analysts at', 'economists polled by the': a group speaking for the body named after it
    group_at: re.Pattern[str]
    unnamed_stops: frozenset[str]
    org_words: frozenset[str]
    #: words that open a body's name, never a person's ('British Chambers of Commerce')
    name_adjectives: frozenset[str]
    #: participles opening a segment before the speaker ('Writing in the Telegraph, ...')
    opening_participles: frozenset[str]
    report_nouns: frozenset[str]
    #: source nouns that presuppose one cited before ('responses' to requests), even bare
    anaphoric_sources: frozenset[str]
    report_re: re.Pattern[str]
    report_low: re.Pattern[str]
    doc_speaker: re.Pattern[str]
    all_low: re.Pattern[str]  # verbs, report nouns and doc_speaker in one (" " + lowercased text)
    continuations: re.Pattern[str]
    estimates: re.Pattern[str]
    forecast_verbs: frozenset[str]
    #: ``estimates`` for lowercased text (case-insensitive alternations are far slower)
    estimates_low: re.Pattern[str]
    person_pronouns: frozenset[str]
    pronoun_gender: dict[str, str]
    #: a title or a given name → "male" / "female"
    gender_words: dict[str, str]
    org_pronouns: frozenset[str]
    aux: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    d = load_data("attribution_cues.yaml")
    # auxiliaries ("has warned") are stripped from the speaker segment, not matched here:
    # a leading optional group would make the scan try every character of the doc
    # matched against lowercased text (see :func:`lowered`): case-insensitive alternations
    # are several times slower, and the prefix lookahead skips most word starts
    # (branches grouped by first letter: see frames_data.grouped_alternation)
    speech = list(d["speech_verbs"])
    verbs = re.compile(
        rf"\b(?={starts([*speech, 'according'])})(?:(?P<verb>{grouped_alternation(speech)})|according\s+to)\b")
    reports = [w.lower() for w in d["report_nouns"]]
    report_low = re.compile(rf"\b(?={starts(reports)})(?:{grouped_alternation(reports)})\b")
    doc_cues = [w.lower() for w in d["document_speaker_cues"]]
    # the three patterns above as lookaheads (groups 1, 3, 4), for one scan of a doc; a position
    # matches when at least one does (the conditionals fail it otherwise). The match is the
    # non-word character before a word (the text is scanned with a space put before it): a
    # pattern that opens with a character class lets re skip, in C, the characters inside
    # words, where an opening '\b' makes it try each one (same word starts, ~0.75x the time)
    every = [*speech, "according", *reports, *doc_cues]
    all_low = re.compile(
        rf"\W(?={starts(every)})"
        rf"(?:(?=((?P<verb>{grouped_alternation(speech)})|according\s+to)\b))?"
        rf"(?:(?=({grouped_alternation(reports)})\b))?"
        rf"(?:(?=({grouped_alternation(doc_cues)})\b))?"
        r"(?(1)|(?(3)|(?(4)|(?!))))")
    return Cues(
        verbs=verbs,
        titles=frozenset(d["titles"]),
        strip_titles=frozenset(d["strip_titles"]),
        role_nouns=frozenset(w.lower() for w in d["role_nouns"]),
        org_nouns=frozenset(w.lower() for w in d["org_nouns"]),
        any_body_nouns=frozenset(d["any_body_nouns"]),
        public_body_words=frozenset(d["public_body_words"]),
        body_name_ends=frozenset(d["body_name_ends"]),
        private_body_nouns=frozenset(d["private_body_nouns"]),
        kind_nouns=frozenset(d["kind_nouns"]),
        voice_roles=frozenset(d["voice_roles"]),
        name_prefixes=frozenset([*d["kind_nouns"], *d["name_prefix_nouns"]]),
        introduced=re.compile(rf"\b(?P<kind>{alternation(d['org_nouns'])})[ \t]+"
                              r"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:of|for|and|[A-Z][\w'’&-]*))*)"),
        group_speakers=frozenset(w.lower() for w in d["group_speakers"]),
        unnamed=frozenset(w.lower() for w in d["unnamed_speakers"]),
        unnamed_people=frozenset(d["unnamed_people"]),
        unnamed_heads=frozenset(w.lower() for w in d["unnamed_speakers"]) | frozenset(d["unnamed_people"]),
        unnamed_qualified=re.compile(rf"(?P<head>.*?)\s+(?P<qual>{alternation([*d['unnamed_qualifiers'], *d['poll_qualifiers']])})"
                                     r"\b(?P<rest>.*)"),
        poll_qualifiers=frozenset(d["poll_qualifiers"]),
        group_at=re.compile(rf"(?:the\s+)?([a-z]+)\s+(?:at|from|{alternation(d['poll_qualifiers'])})(?:\s+the)?"),
        unnamed_stops=frozenset(d["unnamed_stops"]),
        org_words=frozenset(d["org_words"]),
        name_adjectives=frozenset(d["name_adjectives"]),
        opening_participles=frozenset(d["opening_participles"]),
        report_nouns=frozenset(w.lower() for w in d["report_nouns"]),
        anaphoric_sources=frozenset(d["anaphoric_source_nouns"]),
        report_re=re.compile(rf"\b(?:{alternation(d['report_nouns'])})\b", re.IGNORECASE),
        report_low=report_low,
        doc_speaker=re.compile(rf"\b(?:{alternation(d['document_speaker_cues'])})\b", re.IGNORECASE),
        all_low=all_low,
        continuations=re.compile(rf"^\W*(?:{alternation(d['continuations'])})\b", re.IGNORECASE),
        forecast_verbs=frozenset(d["forecast_verbs"]),
        estimates=re.compile(rf"\b(?:{alternation(d['estimate_cues'])})\b", re.IGNORECASE),
        estimates_low=re.compile(rf"\b(?:{alternation([w.lower() for w in d['estimate_cues']])})\b"),
        person_pronouns=frozenset(d["pronouns"]["person"]),
        pronoun_gender=dict(d["pronoun_gender"]),
        gender_words={w: g for table in ("title_gender", "given_names") for g, words in d[table].items()
                      for w in words},
        org_pronouns=frozenset(d["pronouns"]["organisation"]),
        aux=frozenset(w.lower() for w in d["auxiliaries"]),
    )


@dataclass
class Mention:
    """A reference to a speaker in one sentence, before resolution."""

    kind: MentionKind
    text: str
    offset: int
    role: str | None = None
    person: bool | None = None
    #: 'a bank said': a body not named before, so never the one mentioned last
    new: bool = False


def clean_name(name: str) -> str:
    """Name without honorifics ("Sir Tony Hawkhead" → "Tony Hawkhead"); peers keep "Lord"."""
    words = name.replace("’", "'").split()
    while len(words) > 1 and words[0].rstrip(".") in cues().strip_titles:
        words = words[1:]
    return " ".join(words)


def gender_of(name: str) -> str | None:
    """"male"/"female" from a name's title or given name ("Mr Watts", "Helen Marsh"), else None."""
    words = name.replace("’", "'").split()
    genders = cues().gender_words
    for w in words[:2]:
        g = genders.get(w.rstrip("."))
        if g is not None:
            return g
    return None


def strip_det(text: str) -> str:
    text = " ".join(text.replace("’", "'").split())
    return _ARTICLE.sub("", text).strip()


def untitled(name: str) -> list[str]:
    """A name's words without its titles ('Prof Okafor' → ['Okafor'])."""
    titles = cues().titles
    return [w for w in name.split() if w.rstrip(".") not in titles]


def is_person_name(run: str) -> bool:
    """A capitalised run reads as a person: 2–4 words, no linking or organisation words."""
    c = cues()
    words = run.split()
    if words and words[0].rstrip(".") in c.titles:
        return True
    if not 2 <= len(words) <= 4 or words[0] in c.name_adjectives:
        return False
    if not c.org_words.isdisjoint(words) or any(w[:-2] in c.org_words for w in words if w.endswith(("'s", "’s"))):
        return False  # an organisation word, or one with a possessive ("Council's")
    return all((w[0].isupper() and w.lower() not in ("of", "for", "and", "the")) or w in _NAME_PARTICLES
               for w in words) and words[0] not in _NAME_PARTICLES and words[-1] not in _NAME_PARTICLES


def has_role_noun(text: str) -> bool:
    roles = cues().role_nouns
    words = _LOWER_WORD.findall(text.lower())
    # 'vice-chancellor', 'ex-minister': the last part of a hyphenated word names the role
    return not roles.isdisjoint(words) or any(w.rpartition("-")[2] in roles for w in words if "-" in w)


def counts_words(name: str) -> bool:
    """Whether a capitalised run opens on a number word ('Hundreds', 'Two-thirds', 'Half')."""
    first = name.split()[0].lower().split("-")[0] if name else ""
    return first in LEX.number_words or first in LEX.vague_index


def parse_segment(seg: str, offset: int) -> Mention | None:
    """A speaker mention filling a whole comma-separated segment next to a speech verb."""
    c = cues()
    seg = c.continuations.sub("", seg).strip()  # 'but analysts at Berenberg'
    words = seg.split()
    while words and words[-1].lower() in c.aux:
        words = words[:-1]
    seg = " ".join(words)
    if seg.endswith(")"):  # the pattern ends in ')' at the end, and the search tries every offset
        seg = _ACRONYM_AFTER.sub("", seg)  # 'The Office for Budget Responsibility (OBR)'
    if not seg:
        return None
    low = seg.lower()
    if low in c.person_pronouns or low in c.org_pronouns:
        return Mention("pronoun", low, offset, person=low in c.person_pronouns)
    if low.endswith(" who") or low == "who":
        return Mention("who", seg, offset)
    if low.split(" ", 1)[0] in c.opening_participles and " " in low:
        return None  # 'Writing in the Telegraph', 'Speaking on Radio 4': no speaker
    unnamed = _unnamed(seg, offset)
    if unnamed is not None:
        return unnamed
    # "A Department for Education spokesman"
    m2 = _ORG_ROLE.fullmatch(seg)
    if m2 and has_role_noun(m2.group(2)):
        return Mention("name", POSSESSIVE.sub("", m2.group(1)), offset, role=m2.group(2), person=False)
    body = _FOR_BODY.fullmatch(seg)
    if body and (has_role_noun(body.group("role")) or body.group("role").lower() in c.unnamed):  # 'a spokesperson for Arla', 'a source at the agency'
        inner = parse_segment(body.group("body"), offset)
        if inner is not None and inner.kind in ("name", "generic"):
            # the body speaks through its spokesperson ('Thames Water' is no person here)
            inner.role, inner.person = body.group("role"), False
            return inner
    m = _DETERMINED.fullmatch(low)
    noun = _org_noun_at_end(low) if m else None  # 'the charity', 'the think tank'
    if m is None and low in c.org_nouns:  # a headline drops the article: '..., think tank warns'
        return Mention("generic", low, offset)
    if noun is not None and not seg.split()[-1][0].isupper():
        named = [w for w in seg.split()[1:-len(noun.split())] if w[0].isupper()]
        if named:  # 'The UKinbound trade body': the name, not whichever body came last
            return Mention("name", " ".join(named), offset, person=False)
        return Mention("generic", noun, offset, new=low.startswith(("a ", "an ")))
    if low.startswith(("our ", "my ")):  # 'Our correspondent reports': the publication's own
        return Mention("group", seg, offset)
    if (m and m.group(1) in c.report_nouns and not seg.split()[-1][0].isupper()) or low in c.report_nouns:
        # ('the US Geological Survey said' names a body, not a report cited before)
        # 'the report said' points back to a report; 'a new study suggests' cites a new one,
        # which the sentence's cited sources pick up
        # a bare plural ('figures show') cites new figures too, unless it presupposes a source
        # cited before ('responses show')
        fresh = low.startswith(("a ", "an ")) or (low in c.report_nouns and low not in c.anaphoric_sources)
        return None if fresh else Mention("report", low, offset)
    if m and m.group(1) in c.role_nouns:
        body_noun = strip_det(seg).lower().split()[:-1]
        if len(body_noun) == 1 and body_noun[0] in c.org_nouns and body_noun[0] not in c.role_nouns:
            # 'A council spokesperson': the council speaks, as in 'a spokesperson for the council'
            return Mention("generic", body_noun[0], offset, role=m.group(1), person=False)
        return Mention("role", strip_det(seg), offset)
    # "former children's minister Tim Loughton", "Anne Longfield", "Action for Children"
    runs = list(NAME_WORDS.finditer(seg))
    if runs and runs[-1].end() == len(seg):
        run = runs[-1]
        name = strip_det(c.continuations.sub("", run.group()).strip())  # 'But the Police Federation'
        if counts_words(name):
            return None  # 'Hundreds of thousands ...', 'Two-thirds': a figure opens the clause
        prefix = seg[: run.start()].strip()
        person, _, employer = name.partition(" of ")
        if employer and is_person_name(person):  # 'Det Supt Jane Holt of the Met'
            return Mention("name", person, offset, role=strip_det(employer), person=True)
        titled = _title_then_name(name)
        if titled is not None:  # 'Home Secretary James Aldridge', "Children's Commissioner Rachel de Souza"
            return Mention("name", titled[1], offset, role=titled[0], person=True)
        kind, _, rest = name.partition(" ")
        if rest[:1].isupper() and kind.lower() in c.name_prefixes and not prefix:
            # 'Housebuilder Persimmon said', 'Landowner Yorkshire Water': a capitalised kind, then the name
            return Mention("name", rest, offset, person=False)
        group = c.group_at.fullmatch(prefix.lower())
        if group and group.group(1) in c.group_speakers:  # 'Analysts at Savills estimate'
            return Mention("name", name, offset, role=group.group(1), person=False)
        if _ENDS_IN_PREPOSITION.search(prefix):
            lead = _ROLE_LEAD.match(prefix)
            if not (lead and has_role_noun(lead.group(1))):
                return None
            if is_person_name(name):
                return Mention("name", name, offset, role=prefix, person=True)  # 'director of finance Priya Desai'
            # 'the chief executive of Action for Children said': the body, through its officer
            # (after a named person, 'Jo Cox, chief executive of ...', the person stays the speaker)
            return Mention("name", name, offset, role=strip_det(f"{prefix} {name}"), person=False)
        if _org_noun_prefix(prefix):  # 'The charity StreetSafe', 'trade body UK Finance'
            return Mention("name", name, offset, person=False)
        if _ARTICLE_ONLY.fullmatch(prefix) or has_role_noun(prefix):
            role = prefix if has_role_noun(prefix) else None
            if len(name.split()) == 1 and name.lower() in c.org_nouns | c.report_nouns:
                return None
            return Mention("name", name, offset, role=role or None, person=is_person_name(name))
    return None


def _unnamed(seg: str, offset: int) -> Mention | None:
    """An unnamed group or anonymous source: 'officials', 'the statisticians', 'Treasury
    sources', 'a person familiar with the matter'; the speaker is the phrase without its article."""
    c = cues()
    low = seg.lower()
    # the head is one of the phrase's words, so a phrase without an unnamed noun has none
    # (the qualified pattern's lazy search costs more than the set test)
    if c.unnamed_heads.isdisjoint(low.split()):
        return None
    q = c.unnamed_qualified.fullmatch(low) if " " in low else None
    if q is not None and q.group("qual") in c.poll_qualifiers and q.group("head") in c.group_speakers \
            and any(ch.isupper() for ch in seg[q.start("rest"):]):
        return None  # 'economists polled by Reuters': Reuters's, read as a group at a body
    words = (q.group("head") if q else low).split()
    if not words or len(words) > 5 or any(w in c.unnamed_stops for w in words):
        return None
    head = words[-1]
    if head in c.unnamed or (q is not None and head in c.unnamed_people):
        return Mention("group", _ARTICLE.sub("", seg), offset)
    return None


def _title_then_name(run: str) -> tuple[str, str] | None:
    """A capitalised office title then a person's name, as one run: (title, name)."""
    words = run.split()
    roles = cues().role_nouns
    for i in range(len(words) - 2, -1, -1):
        if POSSESSIVE.sub("", words[i]).lower() in roles:
            rest = " ".join(words[i + 1:])
            if 2 <= len(words) - i - 1 <= 4 and words[i + 1][0].isupper() and is_person_name(rest):
                return " ".join(words[:i + 1]), rest
            return None
    return None


def _org_noun_at_end(low: str) -> str | None:
    """The organisation noun (one or two words) that ends a lower-cased phrase, if any."""
    words = low.split()
    org = cues().org_nouns
    for n in (2, 1):
        noun = " ".join(words[-n:])
        if len(words) > n and noun in org:
            return noun
    return None


def _org_noun_prefix(prefix: str) -> bool:
    """A determiner and an organisation noun before a name: 'the charity', 'trade body'."""
    words = strip_det(prefix).lower().split()
    org = cues().org_nouns
    return bool(words) and len(words) <= 3 and (words[-1] in org or " ".join(words[-2:]) in org)


def role_segment(seg: str) -> str | None:
    """An appositive role ("the Children's Commissioner for England"), without "the"."""
    seg = seg.strip()
    if not seg or not has_role_noun(seg):
        return None
    if len(seg.split()) > 16:
        return None
    return strip_det(seg)

"""The speaker mention of one sentence, read from the words next to its speech verbs.

Pure functions of a sentence's masked text (quotes blanked) and its cue matches: the
attribution pass resolves what they return against the article's entities.
"""

from __future__ import annotations

import re

from claimcheck.nlp.attribution_quotes import inverted
from claimcheck.nlp.attribution_scan import SentenceCues
from claimcheck.nlp.attribution_sources import named_title
from claimcheck.nlp.attribution_speakers import (
    Mention,
    cues,
    is_person_name,
    parse_segment,
    role_segment,
)
from claimcheck.nlp.frames_index import lowered

NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w'’.-]*)*")
# compiled once: these run for every speech verb of every cue sentence
_AFTER_VERB = re.compile(r"\s*(?P<seg>[^,.;:]+)(?:,\s*(?P<role>[^,.;:]+))?")
#: a US politician's party and state or district after the name ('D-Wichita', 'R-Texas')
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")
_RELATIVE = re.compile(r"(?:which|who|whose|that)\s", re.IGNORECASE)
_SEGMENT_BREAK = re.compile(r",|\s[-–—]\s")
_THE_REPORT = re.compile(r"(?:the|this|its|their)\s+(?:new\s+|latest\s+)?report", re.IGNORECASE)
#: 'the company has not said what it would cost': a denied remark names no speaker of a figure
_NEGATED = re.compile(r"\b(?:not|n['’]t|never|declined\s+to|refused\s+to)\s+(?:yet\s+|publicly\s+)?$", re.IGNORECASE)
#: 'added' or 'admitted' before a figure is a count going up or taken in, not a remark
_ADDING = re.compile(r"(?:add(?:ed|s)?|admit(?:ted|s)?)\s+(?:(?:a\s+further|another|an\s+extra|more\s+than|about|around|"
                     r"nearly|almost|some|over|just|only|a\s+record|record|a|an)\s+)?[£$€\d]", re.IGNORECASE)


#: a speech verb that is a plural noun here: 'Compensation claims for delays rose', 'estimates of
#: the cost', 'reports about the scheme'
_NOUN_USE = re.compile(r"(?:claims|reports|estimates|notes|forecasts|projects|findings|shows)\s+"
                       r"(?:for|of|on|from|about|against|over|under|into|were|are|have|had|rose|fell|grew)\b"
                       # and one that goes on doing something: 'Shoplifting continued to climb'
                       r"|(?:continued|continues|continue|went\s+on|goes\s+on)\s+to\s+[a-z]",
                       re.IGNORECASE)


def speaker_mention(masked: str, base: int, found: SentenceCues | None = None) -> Mention | None:
    """The speaker next to the first speech verb that has one."""
    if found is None:
        verbs = [(m.start(), m.end(), m.group("verb") is not None)
                 for m in cues().verbs.finditer(lowered(masked))]
    else:
        verbs = found.verbs
    for start, end, is_verb in verbs:
        if not is_verb or _ADDING.match(masked, start) or _NEGATED.search(masked, max(0, start - 30), start) \
                or _NOUN_USE.match(masked, start):
            continue  # "according to" is read as a source; 'employers added 175,000 jobs'; 'has not said'
        left = masked[:start]
        right = masked[end:]
        if inverted(left) or not left.strip():
            after = _AFTER_VERB.match(right)
            if after:
                seg = parse_segment(after.group("seg"), base + end)
                named = (after.group("role") or "").strip()
                if (seg is None or seg.kind != "name") and is_person_name(named):
                    # '... said the trust's chair, Ian Stirling': the role, then the name
                    return Mention("name", named, base + end + after.start("role"),
                                   role=role_segment(after.group("seg")), person=True)
                if seg is not None:
                    role = role_segment(after.group("role") or "")
                    if role and seg.kind == "name":
                        seg.role = role
                    return seg
        before = mention_before(left, base)
        if before is not None:
            return before
    return None

#: a clause ending on a place after a preposition ('who farms near Fermoy'), whose next comma
#: segment goes on naming the place ('Co Cork', 'Illinois')
_PLACE_END = re.compile(r"\b(?:in|near|at|from|outside|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
_PLACE_GOES_ON = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


#: an aside opening on a participle of place: 'The company, based in Austin, Texas, said'
_PARTICIPLE_ASIDE = re.compile(r"(?:based|headquartered|located)\s", re.IGNORECASE)


def _place_joined(segs: list[str]) -> list[str]:
    """Comma segments with a place's second part joined to the clause naming its first: in
    'Seán Brennock, 58, who farms near Fermoy, Co Cork, said', 'Co Cork' is no speaker."""
    out: list[str] = []
    for seg in segs:
        if out and (_RELATIVE.match(out[-1]) or _PARTICIPLE_ASIDE.match(out[-1])) and _PLACE_END.search(out[-1]) \
                and _PLACE_GOES_ON.fullmatch(seg):
            out[-1] = f"{out[-1]}, {seg}"
        else:
            out.append(seg)
    return out


def mention_before(left: str, base: int) -> Mention | None:
    """The speaker named before a speech verb: the last comma segment, with its appositive role."""
    segs = _SEGMENT_BREAK.split(left.strip().rstrip(",").strip())
    segs = _place_joined([s.strip(" \t\n\"“”‘’'") for s in segs])
    if len(segs) >= 2 and _THE_REPORT.fullmatch(segs[-2]) and named_title(left + ","):
        return Mention("report", "report", base)  # "The report, Living Standards, said"
    if not segs or not segs[-1]:
        return None
    offset = base + max(0, left.rfind(segs[-1]))
    if len(segs) >= 2 and _PARTY_TAG.fullmatch(segs[-1]):  # 'Rep. Marcus Bell, D-Wichita, said'
        named = parse_segment(segs[-2], base + max(0, left.rfind(segs[-2])))
        if named is not None and named.kind == "name":
            named.role, named.person = named.role or segs[-1], True
            return named
    last = parse_segment(segs[-1], offset)
    if last is not None and last.kind == "who":
        runs = [r for r in NAME_RUN.finditer(left) if is_person_name(r.group())]
        if runs:
            r = runs[-1]
            tail = re.match(r"\s*,\s*([^,]+)", left[r.end():])
            return Mention("name", r.group(), base + r.start(),
                           role=role_segment(tail.group(1)) if tail else None, person=True)
        return None
    if len(segs) >= 2 and (last is None or last.kind != "report"):  # ', the report found' names no role
        role = role_segment(segs[-1])
        prev = parse_segment(segs[-2], base + max(0, left.rfind(segs[-2])))
        # 'Tom Bradshaw, the NFU president, told Reuters': the appositive names the body the
        # person speaks for; the person is the speaker
        # ('Dr. Karen Obi, director of the CDC's Influenza Division, told': a person's name,
        # then a lower-case role naming a body)
        if role and prev is not None and prev.kind == "name" and (
                last is None or last.role is None or (last.person is False and bool(prev.person))
                or (bool(prev.person) and segs[-1][:1].islower())):
            # 'Labour MP Debbie Abrahams, who chairs the committee': the title before the name stays
            kept = prev.role if prev.role and prev.role.rstrip(".") not in cues().titles else None
            prev.role, prev.person = kept or role, prev.person or True
            return prev
        if last is not None and last.kind == "name" and last.role is None:
            role2 = role_segment(segs[-2])
            if role2:
                last.role = role2
    if last is not None and last.kind == "generic" and len(segs) >= 2 and left.rstrip().endswith(","):
        prev = parse_segment(segs[-2], base + max(0, left.rfind(segs[-2])))
        if prev is not None and prev.kind == "name":
            return prev  # 'Unison, the health union, said': the name, not "the union"
    if last is not None:
        return last
    if len(segs) < 2:
        return None  # the first segment is the last, and it names no speaker
    first = parse_segment(segs[0], base)
    if first is not None and first.kind == "name" and len(segs) >= 2:
        first.role = role_segment(segs[1])
        return first
    if first is not None and len(segs) >= 2 and (_RELATIVE.match(segs[-1]) or _PARTICIPLE_ASIDE.match(segs[-1])):
        return first  # 'The airline, which flew 52 million passengers, said'; 'The company, based in Austin, said'
    return None

"""Speaker labels: a transcript's "Name (Seat) (Party):" or a name line before a speech.

Hansard and interview transcripts give the speaker once, as a label that opens the
paragraph ("Mr Alan Pryce (Northshire West) (Con): What steps ...", "Ms Carver: The hon.
Member ...") or fills a line of its own before it ("The Minister of State, Department of
Health and Social Care (Stephen Kinnock)"); what follows is that person's, until the next
label line, or to the end of its own paragraph for a label that opens it. Only a paragraph's
start is tried, so the cost is one anchored match per paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claimcheck.nlp.attribution_entities import Entities, Entity
from claimcheck.nlp.attribution_speakers import (
    clean_name,
    cues,
    gender_of,
    is_person_name,
)

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:de|van|von|der|le|la|[A-Z][\w'’.-]*)){0,4}"
#: an office with the holder in brackets, or a name with up to two bracketed seats or parties;
#: then a colon (the speech follows) or the paragraph's end (a label line)
_LABEL = re.compile(
    rf"(?:\d{{1,3}}\.[ \t]+)?(?:(?P<office>The[ \t]+[A-Z][^():\n]{{2,100}}?)[ \t]+\((?P<holder>{_NAME})\)"
    rf"|(?P<name>{_NAME})(?P<seats>(?:[ \t]+\([^()\n]{{2,60}}\)){{0,2}}))[ \t]*(?P<end>:|\n|$)")


@dataclass
class Labels:
    """Paragraph index → the labelled speaker who holds the floor from there on."""

    starts: list[int]
    speakers: list[Entity]
    #: offset where a "Name (Seat):" label opens a paragraph → where its speech starts
    cut: dict[int, int]
    #: paragraphs whose label opens them ("Name:"): their speech is that paragraph alone, while
    #: a label line holds the floor until the next label
    inline: set[int]

    def at(self, para: int) -> Entity | None:
        """The speaker whose label is at or before paragraph ``para``, if any."""
        i = bisect_right(self.starts, para) - 1
        if i < 0 or (self.starts[i] in self.inline and self.starts[i] != para):
            return None
        return self.speakers[i]


def _speaker(m: re.Match[str], ents: Entities, offset: int, labelled: set[str]) -> Entity | None:
    """The person a label names, else None. A label with a seat or party, an office's holder,
    a title or a known given name before a colon reads as a person; a bare name line only
    repeats someone labelled before ("Stephen Kinnock" after "... (Stephen Kinnock)")."""
    if m.group("office"):
        holder = m.group("holder")
        if not (is_person_name(holder) or gender_of(holder)):
            return None
        return ents.add(holder, True, offset, m.group("office")[4:].strip())
    name = m.group("name")
    words = name.split()
    clean = clean_name(name).lower()
    again = clean in labelled or (len(words) == 2 and words[0].rstrip(".") in cues().titles
                                  and any(n.split()[-1] == clean for n in labelled))
    if m.group("seats"):
        fits = is_person_name(name)
    elif m.group("end") == ":":  # 'Lars Holm:' in an interview named him before the questions
        fits = again or (is_person_name(name) and (gender_of(name) is not None or m.string.find(name, 0, offset) >= 0))
    else:
        fits = again
    return ents.add(name, True, offset) if fits else None


def find_labels(text: str, paras: list[tuple[int, int]], ents: Entities) -> Labels | None:
    """The speaker labels of a text; ``None`` when it has none (most articles)."""
    starts: list[int] = []
    speakers: list[Entity] = []
    labelled: set[str] = set()
    cut: dict[int, int] = {}
    inline: set[int] = set()
    for p, (ps, pe) in enumerate(paras):
        m = _LABEL.match(text, ps, pe)
        if m is None or (m.group("end") != ":" and text[m.end():pe].strip()):
            continue  # a label line must be the whole paragraph
        who = _speaker(m, ents, ps, labelled)
        if who is not None and who.name.lower() not in ("speaker", "deputy speaker"):
            labelled.add(who.name.lower())
            starts.append(p)
            speakers.append(who)
            cut[ps] = m.end()
            if m.group("end") == ":" and text[m.end():pe].strip():
                inline.add(p)
    return Labels(starts, speakers, cut, inline) if starts else None

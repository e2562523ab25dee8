"""Attribution: 'the party/union/charity said' as the body of that kind named before, 'they
say' after a group, sentence-opening common nouns, publishers introduced by their kind.

Each test reads a short passage through the whole pipeline and asserts the speaker or source a
user sees on a figure.
"""

from __future__ import annotations

import pytest

from claimcheck.models import Attribution
from claimcheck.nlp.pipeline import get_nlp


def attribution(text: str, surface: str) -> Attribution:
    """The attribution of the figure written ``surface`` in ``text``."""
    doc = get_nlp()(text)
    for q in doc._.quantities:
        if q.surface == surface:
            return (doc._.attributions or {}).get(q.start) or Attribution()
    raise AssertionError(f"{surface!r} not in {[q.surface for q in doc._.quantities]}")


# ---------------------------------------------------------------- the party / union / charity
@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("The Liberal Democrats unveiled costings on Monday. The party said 12,000 nurses would be hired.",
     "12,000", "Liberal Democrats"),
    ("Labour set out its schools plan in Leeds. The party said 300 new schools would open.", "300", "Labour"),
    ("Reform UK launched its manifesto in Essex. The party said it would scrap 450 quangos.", "450", "Reform UK"),
    ("The Green Party campaigned in Bristol, and the SNP in Dundee. The party said 8,000 homes "
     "would be insulated.", "8,000", "SNP"),
    ("The RMT, the rail union, called a walkout. The union said 40,000 members would strike.",
     "40,000", "RMT"),
    ("Members of Unite voted for action. The union said 900 drivers would walk out.", "900", "Unite"),
    ("The National Education Union balloted teachers. The union said 7,500 schools would close.",
     "7,500", "National Education Union"),
    ("Shelter, the housing charity, published its annual count. The charity said 310,000 people "
     "were homeless.", "310,000", "Shelter"),
    ("Labour held the seat. Later the Conservatives took Bexley. The party said 4,000 votes "
     "had switched.", "4,000", "Conservatives"),
])
def test_the_party_union_or_charity_is_the_body_of_that_kind_named_before(
        text: str, surface: str, speaker: str) -> None:
    assert attribution(text, surface).speaker == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Costs rose sharply in the spring. The party said 12,000 nurses would be hired.", "12,000", "party"),
    ("Trade union leaders met in Brighton. The union said 2,000 jobs were at risk.", "2,000", "union"),
    ("Mick Lynch, the union leader, spoke in Euston. The union said 600 guards were cut.", "600", "union"),
    ("Growth picked up to 3.7%, from 2.5% in May, the consortium said.", "3.7%", "consortium"),
])
def test_the_kind_noun_stays_when_no_body_of_that_kind_was_named(text: str, surface: str, speaker: str) -> None:
    assert attribution(text, surface).speaker == speaker


# ---------------------------------------------------------------- 'they say' after a group
@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("The Bank of England held rates at 4%. Economists at the Resolution Foundation say pay has "
     "stalled. They say 2 million households are worse off.", "2 million", "Resolution Foundation"),
    ("The Treasury published its plans. Researchers at the Health Foundation said waits grew. "
     "They said 6,000 beds were missing.", "6,000", "Health Foundation"),
    ("The Bank of England said rates would reach 5%. Economists say wages have stalled. They say "
     "3 million workers are worse off.", "3 million", "Economists"),
])
def test_they_after_a_plural_group_is_that_group(text: str, surface: str, speaker: str) -> None:
    assert attribution(text, surface).speaker == speaker


def test_they_after_a_body_that_spoke_since_the_group_is_that_body() -> None:
    text = "Officials said 300 staff were hired. The council said 40 posts were cut. They said 12 more would go."
    assert attribution(text, "12").speaker == "council"


def test_economists_at_a_body_name_the_body_as_speaker() -> None:
    a = attribution("Economists at the Resolution Foundation say 4 million renters are struggling.", "4 million")
    assert (a.speaker, a.speaker_role) == ("Resolution Foundation", "economists")


# ---------------------------------------------------------------- a common noun opening a sentence
@pytest.mark.parametrize(("text", "surface"), [
    ("Research income grew 3% last year.", "3%"),
    ("Data centre capacity rose 18% in the region.", "18%"),
    ("Survey work cost the council £40,000.", "£40,000"),
])
def test_a_report_noun_modifying_the_next_noun_cites_no_source(text: str, surface: str) -> None:
    a = attribution(text, surface)
    assert (a.source, a.speaker) == (None, None)


@pytest.mark.parametrize(("text", "surface", "source", "speaker"), [
    ("Research by the IFS found 4% of families were worse off.", "4%", "Research by the IFS", "IFS"),
    ("Research shows 30% of tenants moved twice.", "30%", "Research", None),
    ("Data released on Tuesday showed 12,000 fewer arrivals.", "12,000", "Data", None),
])
def test_a_report_noun_opening_a_source_phrase_still_cites_it(
        text: str, surface: str, source: str, speaker: str | None) -> None:
    a = attribution(text, surface)
    assert (a.source, a.speaker) == (source, speaker)


# ---------------------------------------------------------------- publisher introduced by its kind
@pytest.mark.parametrize(("text", "surface", "publisher"), [
    ("Data from the tracker BrightCount show 4,500 shops closed.", "4,500", "BrightCount"),
    ("Figures from the analytics firm Kpler show exports fell 12%.", "12%", "Kpler"),
    ("According to data from the consultancy Wood Mackenzie, output fell 8%.", "8%", "Wood Mackenzie"),
    ("Figures from the ONS show 700 pubs shut.", "700", "ONS"),
])
def test_a_publisher_named_after_its_kind_is_the_publisher(text: str, surface: str, publisher: str) -> None:
    a = attribution(text, surface)
    assert (a.source_publisher, a.speaker) == (publisher, publisher)


def test_a_common_word_opening_a_sentence_is_no_party() -> None:
    text = "Community groups met in Hull. Reform of the system stalled. The party said 90 councils objected."
    assert attribution(text, "90").speaker == "party"

"""Attribution: speakers, roles, quotes over paragraphs, pronouns and cited sources."""

from __future__ import annotations

import spacy

from claimcheck.models import Attribution, Interval, Kind, Quantity
from claimcheck.nlp.attribution import attribute_doc
from claimcheck.nlp.segment import set_sentence_starts


def attribute(text: str, *surfaces: str) -> list[Attribution]:
    doc = set_sentence_starts(spacy.blank("en")(text))
    qs, pos = [], 0
    for surface in surfaces:
        start = text.index(surface, pos)
        pos = start + len(surface)
        qs.append(Quantity(surface=surface, start=start, end=pos, kind=Kind.COUNT, value=1.0,
                           interval=Interval.point(1.0)))
    doc._.quantities = qs
    out = attribute_doc(doc)
    return [out[q.start] for q in qs]


def test_name_role_said() -> None:
    text = "Jane Smith, chief executive of Shelter, said 4,000 families were homeless."
    (a,) = attribute(text, "4,000")
    assert (a.speaker, a.speaker_role, a.method) == ("Jane Smith", "chief executive of Shelter", "sentence")


def test_inverted_quote_and_later_pronoun() -> None:
    text = ('"We saw 300 more cases," said Dr Priya Patel, a consultant at the hospital.\n\n'
            '"It is 20 a day now," she added.')
    a, b = attribute(text, "300", "20 a day")
    assert a.speaker == "Priya Patel" and a.method == "quote"
    assert b.speaker == "Priya Patel" and b.method == "pronoun"


def test_colon_intro_and_multi_paragraph_quote() -> None:
    text = ("Tom Jones, the union's general secretary, said:\n\n"
            "“Pay has fallen for years.\n\n"
            "“Some 9,000 staff have left.”\n\n"
            "Official figures show 12,000 vacancies.")
    a, b = attribute(text, "9,000", "12,000")
    assert a.speaker == "Tom Jones" and a.method == "quote-continuation"
    assert b.speaker is None and b.source is not None and b.method == "source"


def test_according_to_figures_from_publisher() -> None:
    text = "According to figures from the Office for National Statistics, 1.2 million people were out of work."
    (a,) = attribute(text, "1.2 million")
    assert a.speaker == "Office for National Statistics"
    assert a.source_publisher == "Office for National Statistics"
    assert a.method == "source"


def test_report_named_later_and_the_report_found() -> None:
    text = ("A report by the Resolution Foundation found 700,000 more children are poor.\n\n"
            "The report, Living Standards, said 2,500 families were surveyed.\n\n"
            "The report found that 40 councils had no plan.")
    a, b, c = attribute(text, "700,000", "2,500", "40")
    assert a.speaker == "Resolution Foundation" and a.source == "Living Standards"
    assert c.speaker == "Resolution Foundation" and c.method == "source"


def test_generic_organisation_and_surname() -> None:
    text = ("Barnardo's chief executive Javed Khan said 5,000 children were waiting.\n\n"
            "Mr Khan added that 60 projects would close.\n\n"
            "The charity said 12 staff had gone.")
    a, b, c = attribute(text, "5,000", "60", "12")
    assert a.speaker == b.speaker == "Javed Khan"
    assert c.speaker is not None


def test_spokesman_of_department() -> None:
    text = "A Home Office spokeswoman said 3,100 officers had been recruited."
    (a,) = attribute(text, "3,100")
    assert (a.speaker, a.speaker_role) == ("Home Office", "spokeswoman")


def test_unattributed_figure_has_no_speaker() -> None:
    text = "Ms Brown said it was a disgrace.\n\nThere are 250 food banks in Wales."
    (a,) = attribute(text, "250")
    assert a == Attribution()


def test_quote_takes_the_speaker_of_its_own_sentence_over_an_earlier_one() -> None:
    text = ("The Royal College of Emergency Medicine estimated that 250 deaths a week were linked to "
            'waits. "That is more than 13,000 a year," its president, Dr Adrian Boyle, warned.')
    a, b = attribute(text, "250", "13,000")
    assert a.speaker == "Royal College of Emergency Medicine"
    assert (b.speaker, b.method) == ("Adrian Boyle", "quote")


def test_name_then_a_descriptive_appositive_speaks() -> None:
    text = ("The Department of Health said it had invested £1.5bn.\n\n"
            "Unison, the health union, said 12,000 nurses had left. Meanwhile, the department said 900 "
            "beds had opened.")
    _, b, c = attribute(text, "£1.5bn", "12,000", "900")
    assert b.speaker == "Unison"
    assert c.speaker == "Department of Health"  # 'Meanwhile' is no name


def test_an_indefinite_survey_is_a_new_source_not_the_last_report() -> None:
    text = ("According to the Office for National Statistics report, 2.8 million people are sick.\n\n"
            "A survey of 2,000 adults by YouGov found that 41% had delayed seeing a GP.\n\n"
            "A new study suggests 12% of nurses plan to quit.")
    a, b, c = attribute(text, "2.8 million", "41%", "12%")
    assert (b.source, b.speaker) == ("A survey of 2,000 adults by YouGov", "YouGov")
    assert c.source == "A new study" and c.speaker is None


def test_a_sentence_opening_connective_is_not_part_of_the_speaker() -> None:
    text = "But the Police Federation said forces had lost 20,000 officers since 2010."
    (a,) = attribute(text, "20,000")
    assert a.speaker == "Police Federation"


def test_analysts_at_an_organisation_speak_for_it() -> None:
    (a,) = attribute("Analysts at Savills estimate that just 180,000 homes will be built.", "180,000")
    assert (a.speaker, a.speaker_role) == ("Savills", "analysts")


def test_a_bracketed_acronym_after_a_name_is_not_part_of_it() -> None:
    text = ("The chancellor spoke first.\n\nThe Office for Budget Responsibility (OBR) forecast that "
            "growth would average 1.5%.")
    (a,) = attribute(text, "1.5%")
    assert a.speaker == "Office for Budget Responsibility"

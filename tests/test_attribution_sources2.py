"""Cited sources: titles in quotation marks, publishers after 'published ... by', a body that
'estimates that', a poll's size after its publisher, and speech verbs used as nouns.

Every sentence is our own; each runs the whole pipeline on an article file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._scan import claim_in


@pytest.mark.parametrize(("text", "surface", "speaker", "source"), [
    ('Wind supplied 29.4% of electricity, according to the annual "Energy Transition Review" by the '
     "consultancy Greenline Analytics.", "29.4%", "Greenline Analytics", "Energy Transition Review"),
    ('In its report "Growing Up Short", published today, Children First UK estimates that 4.3 million '
     "children were living in poverty.", "4.3 million", "Children First UK", "Growing Up Short"),
    ("Data published on Thursday by the Office for National Statistics shows the force recorded "
     "148,312 crimes.", "148,312", "Office for National Statistics",
     "Data published on Thursday by the Office for National Statistics"),
    ("Some 26.8% of entries were graded A, according to data published by the Joint Council for "
     "Qualifications.", "Some 26.8%", "Joint Council for Qualifications",
     "data published by the Joint Council for Qualifications"),
    ("The survey by Pollwise of 2,014 adults found 58% were in favour.", "58%", "Pollwise",
     "The survey by Pollwise"),
    # a body's possessive owns the report, however many words stand before its noun
    ("Hospitals admitted 612 patients, according to the Minnesota Department of Health's weekly "
     "respiratory illness report.", "612", "Minnesota Department of Health",
     "the Minnesota Department of Health's weekly respiratory illness report"),
    ("Suckler cow numbers dropped to 798,000, the CSO's June livestock survey showed.", "798,000",
     "CSO", "CSO's June livestock survey"),
    # a Freedom of Information request names no publisher, and is one source phrase
    ("The council spent £6.78m, according to figures released to the Gazette under a Freedom of "
     "Information request.", "£6.78m", None,
     "figures released to the Gazette under a Freedom of Information request"),
    ("The council spent nearly £6.8m last year, a Freedom of Information request reveals.",
     "nearly £6.8m", None, "a Freedom of Information request"),
    # 'statistics show' cites them, however many words stand after 'The'
    ("The quarterly immigration statistics show there were 111,084 asylum applications.", "111,084",
     None, "The quarterly immigration statistics"),
    ("Castlegate's seat model suggests Reform would win around 28 seats.", "around 28", "Castlegate",
     "Castlegate's seat model"),
    # when a publisher published is no part of its name
    ("The figures, published by the Office for National Statistics on Wednesday, show wages grew 5.9%.",
     "5.9%", "Office for National Statistics", "The figures, published by the Office for National Statistics"),
    # a participle after a comma still names the publisher, the firm, not whom it worked for
    ("The survey of 2,000 workers, carried out by Opinium for the TUC, found that 38% worked unpaid.",
     "38%", "Opinium", "The survey of 2,000 workers, carried out by Opinium"),
    # a source adjective between the body's name and its report
    ("Rail Standards Office annual report says passengers made 4.1 million compensation claims.",
     "4.1 million", "Rail Standards Office", "Rail Standards Office annual report"),
    # a body named by its kind owns the source: the body of that kind named before
    ("The Harbour Refugee Trust said claims were low.\n\nAccording to the trust's analysis of "
     "Eurostat data, the UK received 1.6 asylum claims per 1,000 residents.", "1.6",
     "Harbour Refugee Trust", "the trust's analysis of Eurostat data"),
])
def test_the_source_and_its_publisher(tmp_path: Path, text: str, surface: str, speaker: str,
                                      source: str) -> None:
    a = claim_in(tmp_path, text, surface).attribution
    assert (a.speaker, a.source) == (speaker, source)


def test_a_quoted_title_is_not_a_quote_but_a_quote_still_is(tmp_path: Path) -> None:
    text = ('The charity published "Growing Up Short" on Monday.\n\n'
            '"We found 300 families in crisis," said Jo Hale, its director.')
    assert claim_in(tmp_path, text, "300").attribution.method == "quote"


def test_a_speech_verb_used_as_a_noun_names_no_speaker(tmp_path: Path) -> None:
    text = ("The regulator published its annual report.\n\nCompensation claims for delays rose by 22% "
            "to 3.9 million, the report found.")
    a = claim_in(tmp_path, text, "22%").attribution
    assert a.speaker != "Compensation" and a.source is not None


def test_a_written_answer_dated_before_its_author_speaks_for_it(tmp_path: Path) -> None:
    text = ("Asylum support: Written question - 41234\n\nAnswered on 9 September 2025 by Daniel Keane, "
            "Minister of State (Home Office)\n\nAs at 30 June 2025, 29,585 people were in hotels.")
    assert claim_in(tmp_path, text, "29,585").attribution.speaker == "Daniel Keane"


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # 'continued to climb' is no speech verb: the topic noun opening the sentence is no speaker
    ("Shoplifting continued to climb sharply, with 12,650 offences recorded.", "12,650", None),
    ("Dr. Karen Obi, director of the CDC's Influenza Division, told reporters that about one in "
     "three adults had been vaccinated.", "about one in three", "Karen Obi"),
    ("The Met Office has issued an amber warning. Gusts of 70 to 80mph are possible, the forecaster "
     "says.", "70 to 80", "Met Office"),
    # a clause naming a place between the speaker and the verb: the place is no speaker
    ("IFFA president Seán Brennock, 58, who farms near Fermoy, Co Cork, said 300 farms had closed.",
     "300", "Seán Brennock"),
    # a speaker after 'though' in the sentence's second clause
    ("The plan adds 35 officers, though Maldonado said the force already has about 60 vacancies.",
     "about 60", "Maldonado"),
    # a place after a participle aside is no speaker; the police speak as a group
    ("Harwell Technologies said it makes chips. The company, based in Austin, Texas, said it would cut "
     "1,200 jobs.",
     "1,200", "Harwell Technologies"),
    ("At least 12 people were killed when a bus overturned, state police said.", "At least 12",
     "state police"),
    # 'he said' after a spokesman for a body is that body's, not the last man named
    ("Bob Crane, the union's organiser, said pay had fallen.\n\nA spokesman for the operator said the offer "
     "was fair. \"The average driver earns around £60,000,\" he said.", "around £60,000", "operator"),
    # a participle opening the sentence names no speaker
    ("Writing in the Telegraph, the former minister claimed that 40,000 jobs would be lost.", "40,000",
     "former minister"),
    # a body's name opening on 'British' is no person with an employer after 'of'
    ("More than half (52%) of businesses expect to raise prices, the British Chambers of Commerce said.",
     "52%", "British Chambers of Commerce"),
    # a capitalised plural opening the sentence is no body for 'the retailer'
    ("Sales were up 4% year on year, the retailer said.", "4%", "retailer"),
    # 'added record 640 gigawatts' adds capacity, not a remark: the body after the comma says it
    ("World added record 640 gigawatts of solar and wind in 2024, Global Renewables Council says",
     "640", "Global Renewables Council"),
    # 'A council spokesperson' speaks for the council, not for the body named last
    ("Kelsborough Borough Council runs 900 homes. Open Door Trust helps 400 families.\n\n"
     "A council spokesperson said the number had fallen from 190 to 112.", "from 190 to 112",
     "Kelsborough Borough Council"),
])
def test_the_speaker(tmp_path: Path, text: str, surface: str, speaker: str | None) -> None:
    assert claim_in(tmp_path, text, surface).attribution.speaker == speaker


def test_a_private_bodys_noun_never_means_a_department(tmp_path: Path) -> None:
    text = ("A Department of Health and Social Care spokesperson said 1,000 beds had opened.\n\n"
            "The think tank estimated that a further 2,500 consultants would be needed.")
    assert claim_in(tmp_path, text, "2,500").attribution.speaker != "Department of Health and Social Care"


@pytest.mark.parametrize(("text", "surface", "speaker", "source"), [
    ("Since October, the CDC estimates there have been at least 24 million illnesses.",
     "at least 24 million", "CDC", None),
    ("Treasury estimates suggest 300,000 jobs will go.", "300,000", "Treasury", "Treasury estimates"),
    ("Prices rose to a record £276,450, according to the Halstead Building Society House Price Index.",
     "£276,450", "Halstead Building Society", "the Halstead Building Society House Price Index"),
])
def test_estimates_as_verb_or_source_and_a_body_before_a_title(
        tmp_path: Path, text: str, surface: str, speaker: str, source: str | None) -> None:
    a = claim_in(tmp_path, text, surface).attribution
    assert (a.speaker, a.source) == (speaker, source)


def test_a_figure_opening_a_headline_is_no_speaker(tmp_path: Path) -> None:
    text = ("Hundreds of thousands more children pushed into poverty, charity warns\n\n"
            "Hundreds of thousands more children have been pulled below the poverty line, "
            "Children First UK said.")
    assert claim_in(tmp_path, text, "Hundreds of thousands").attribution.speaker != "Hundreds"


def test_a_report_a_body_owns_by_its_noun_is_that_bodys(tmp_path: Path) -> None:
    text = ("The Centers for Disease Control and Prevention (CDC) said flu was widespread.\n\n"
            "The agency's weekly FluView report estimated that adults were being hospitalized at a "
            "rate of 61.3 per 100,000 people.")
    a = claim_in(tmp_path, text, "61.3 per 100,000").attribution
    assert (a.speaker, a.source) == ("Centers for Disease Control and Prevention", "The agency's weekly FluView report")


@pytest.mark.parametrize(("text", "surface", "speaker", "role"), [
    ("According to the Kansas Legislative Research Department, state tax collections rose 4%.",
     "4%", "Kansas Legislative Research Department", None),
    ("Rep. Marcus Bell, D-Wichita, said the state's reserves had grown to about $2.9 billion.",
     "about $2.9 billion", "Marcus Bell", "D-Wichita"),
    ("Sen. Jane Cole, R-Texas, said 300 jobs would go.", "300", "Jane Cole", "R-Texas"),
])
def test_a_body_after_according_to_and_a_party_tag(tmp_path: Path, text: str, surface: str,
                                                   speaker: str, role: str | None) -> None:
    a = claim_in(tmp_path, text, surface).attribution
    assert (a.speaker, a.speaker_role) == (speaker, role)


def test_a_report_noun_inside_a_bodys_name_cites_no_source(tmp_path: Path) -> None:
    text = ("Dr Tom Beckett, associate medical director at the Heart Research Alliance, said: "
            "\"Around 7 million people are living with heart disease.\"")
    a = claim_in(tmp_path, text, "Around 7 million").attribution
    assert (a.speaker, a.source) == ("Tom Beckett", None)

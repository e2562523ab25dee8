"""Attribution on news copy: appositive roles, unnamed speakers, pronouns, sources that end.

Each test reads a short passage through the whole pipeline and asserts the speaker, role,
source and method a user sees on a figure.
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
            return (doc._.attributions or {})[q.start]
    raise AssertionError(f"{surface!r} not in {[q.surface for q in doc._.quantities]}")


def who(text: str, surface: str) -> tuple[str | None, str | None, str]:
    a = attribution(text, surface)
    return a.speaker, a.speaker_role, a.method


# ---------------------------------------------------------------- appositive roles
@pytest.mark.parametrize(("text", "surface", "speaker", "role"), [
    ('"We lost 300 farms," Tom Bradshaw, the NFU president, told Reuters.', "300",
     "Tom Bradshaw", "NFU president"),
    ("Helen Dickinson, the BRC's chief executive, said retailers faced £7 billion in extra costs.",
     "£7 billion", "Helen Dickinson", "BRC's chief executive"),
    ("Sam Okafor, a Unite official, said 400 drivers would strike.", "400", "Sam Okafor", "Unite official"),
    ("Priya Raman, the Ofwat director, said 21,000 spills were recorded.", "21,000", "Priya Raman",
     "Ofwat director"),
])
def test_a_person_named_before_an_organisations_role_is_the_speaker(
        text: str, surface: str, speaker: str, role: str) -> None:
    assert who(text, surface)[:2] == (speaker, role)


def test_the_person_of_an_organisation_role_is_who_he_means_later() -> None:
    text = ('"We lost 300 farms," Tom Bradshaw, the NFU president, told Reuters.\n\n'
            "He added that costs were 25 per cent higher.")
    assert who(text, "25 per cent") == ("Tom Bradshaw", "NFU president", "pronoun")


@pytest.mark.parametrize(("text", "surface", "role"), [
    ("Professor Sarah Owen, vice-chancellor of a university in the Midlands, said 900 students left.",
     "900", "vice-chancellor of a university in the Midlands"),
    ("Dan Price, an ex-minister, said 40 towns had lost their banks.", "40", "ex-minister"),
])
def test_a_hyphenated_role_is_a_role(text: str, surface: str, role: str) -> None:
    assert who(text, surface)[1] == role


def test_a_quote_after_a_colon_takes_the_speaker_of_the_colon_sentence() -> None:
    text = ("Universities UK, which represents 141 institutions, said the figures were grim. "
            "Its chief executive, Vivienne Stern, said:\n\n"
            '"We estimate that around 10,000 posts have gone.\n\n'
            '"Some 30 universities will close."')
    assert who(text, "around 10,000")[::2] == ("Vivienne Stern", "quote")
    assert who(text, "Some 30")[::2] == ("Vivienne Stern", "quote-continuation")
    assert who(text, "141")[0] == "Universities UK"


# ---------------------------------------------------------------- the body mentioned last
@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("The Ministry of Defence said it was spending more. Dr Emma Salisbury, a researcher at the "
     "Council on Geostrategy, said morale was low.\n\nThe Ministry of Defence said the money was "
     "needed. A spokesperson said 800 homes had been refurbished.", "800", "Ministry of Defence"),
    ("Ofwat said spills had risen. Thames Water said it accepted the findings. River Action "
     "said the fine was too small.\n\nOfwat said it would act. It said 21,000 spills were recorded.",
     "21,000", "Ofwat"),
    ("The Centre for Retail Research said 13,000 shops closed. Harlow's said it would find new "
     "jobs for staff. It added that 600 roles would move to Daventry.", "600", "Harlow's"),
])
def test_it_and_a_spokesperson_mean_the_body_mentioned_last(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


def test_it_still_means_a_report_cited_after_its_publishers_last_mention() -> None:
    text = ("The regulator Ofsted said schools were struggling. A report by the Office for Students "
            "found deficits were rising. The regulator said 72 institutions were in deficit. "
            "It warned that income could fall by £1.4 billion.")
    a = attribution(text, "£1.4 billion")
    assert (a.speaker, a.source, a.method) == ("Office for Students", "A report by the Office for Students",
                                               "source")


# ---------------------------------------------------------------- unnamed speakers
@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("The statisticians added that 40 per cent had left.", "40 per cent", "statisticians"),
    ("Campaigners warned that 300 sites were at risk.", "300", "Campaigners"),
    ("Some 45 per cent had quit, officials said.", "Some 45 per cent", "officials"),
    ("Union leaders said 6,000 members voted.", "6,000", "Union leaders"),
    ("A senior government source said 2,000 jobs would go.", "2,000", "senior government source"),
    ("The figure was 70, according to people familiar with the talks.", "70",
     "people familiar with the talks"),
    ("A source familiar with the matter said the package was worth about £150 million.",
     "about £150 million", "source familiar with the matter"),
    ("The inspectors found 22 cells were broken.", "22", "inspectors"),
])
def test_an_unnamed_group_or_source_is_still_a_speaker(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface) == (speaker, None, "sentence")


def test_a_relative_clause_is_no_unnamed_speaker() -> None:
    assert who("Prices fell, which analysts said cost 500 jobs.", "500")[0] is None


@pytest.mark.parametrize(("text", "surface", "speaker", "role"), [
    ("A spokesperson for Arla said it paid its 2,100 members more than rivals.", "2,100", "Arla",
     "spokesperson"),
    ("The Rail Delivery Group said the offer was fair. A spokesperson for the group said revenue "
     "was 8 per cent down.", "8 per cent", "Rail Delivery Group", "spokesperson"),
    ("A source at the Treasury said 45 staff had quit.", "45", "Treasury", "source"),
    ('"We saved 300 jobs," said a spokeswoman for Gatwick.', "300", "Gatwick", "spokeswoman"),
])
def test_a_spokesperson_for_a_body_speaks_for_it(text: str, surface: str, speaker: str, role: str) -> None:
    assert who(text, surface)[:2] == (speaker, role)


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("VisitBritain said visits rose. The UKinbound trade body said 62 per cent of members saw "
     "cancellations.", "62 per cent", "UKinbound"),
    ("Heathrow said it was full. The operator Avanti West Coast said it was running 1 train an hour.",
     "1", "Avanti West Coast"),
])
def test_a_named_body_with_an_organisation_noun_is_that_body(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


def test_a_live_blog_time_stamp_is_not_part_of_the_speaker() -> None:
    text = ("**09:45** The Rail Delivery Group, which represents operators, said the offer was fair. "
            "A spokesperson for the group said revenue was 8 per cent down.\n\n"
            "**10:10** Network Rail said 40 per cent of trains ran.")
    assert who(text, "8 per cent")[:2] == ("Rail Delivery Group", "spokesperson")
    assert who(text, "40 per cent")[0] == "Network Rail"


# ---------------------------------------------------------------- sources that end
_EARLIER = "Data from the Environment Agency shows 3,000 spills.\n\nThe company said it would act.\n\n"


@pytest.mark.parametrize(("text", "surface", "source", "publisher"), [
    (_EARLIER + "Separately, figures obtained by the housing charity Shelter under freedom of "
     "information laws show that 354,000 people were homeless.", "354,000",
     "figures obtained by the housing charity Shelter", "Shelter"),
    (_EARLIER + "Information obtained under freedom of information laws by the Liberal Democrats "
     "shows that 1,100 homes were empty.", "1,100",
     "freedom of information laws by the Liberal Democrats", "Liberal Democrats"),
    (_EARLIER + "Figures released by the Home Office show 4,000 arrests.", "4,000",
     "Figures released by the Home Office", "Home Office"),
    (_EARLIER + "Data compiled by Savills shows prices rose 5 per cent.", "5 per cent",
     "Data compiled by Savills", "Savills"),
    (_EARLIER + "Prices rose by 7 per cent, figures show.", "7 per cent", "figures", None),
])
def test_a_source_without_the_or_this_is_a_new_one_not_the_last_cited(
        text: str, surface: str, source: str, publisher: str | None) -> None:
    a = attribution(text, surface)
    assert (a.source, a.source_publisher, a.method) == (source, publisher, "source")


def test_the_figures_still_points_back_to_the_figures_cited() -> None:
    text = "Figures released by the Home Office show 4,000 arrests.\n\nThe figures show 80 more were charged."
    a = attribution(text, "80")
    assert (a.source, a.source_publisher) == ("Figures released by the Home Office", "Home Office")


def test_a_publisher_introduced_by_its_kind_is_named_without_it() -> None:
    text = "A study by the campaign group Possible found that 1 per cent took a fifth of flights."
    a = attribution(text, "1 per cent")
    assert (a.speaker, a.source_publisher) == ("Possible", "Possible")


def test_a_grouped_number_does_not_end_a_source() -> None:
    text = "The Landworkers' Alliance said 1 in 5 had left, according to its own survey of 1,400 members."
    assert attribution(text, "1 in 5").source == "its own survey of 1,400 members"


# ---------------------------------------------------------------- he, she and who was named
def test_he_means_a_man_named_outside_a_cue_sentence() -> None:
    text = ("Mick Lynch, the RMT general secretary, spoke to reporters on a picket line.\n\n"
            '"Our members have had a pay cut of 11 per cent," he said.\n\n'
            '"They have been offered 4 per cent."')
    assert who(text, "cut of 11 per cent") == ("Mick Lynch", "RMT general secretary", "pronoun")
    assert who(text, "4 per cent")[0] == "Mick Lynch"


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Mick Lynch, the RMT general secretary, spoke to reporters.\n\nPriya Shah, a commuter, said her "
     "journey took three hours.\n\nLynch told the crowd that walkouts were planned. He said the fund "
     "held more than £2 million.", "more than £2 million", "Mick Lynch"),
    ("Tom Hughes, the chair, said costs rose.\n\nDame Sally Brooks, the trust's chief executive, "
     "visited the ward.\n\nTom Hughes said more beds were needed. She told MPs that 300 beds had "
     "closed.", "300", "Sally Brooks"),
    ("Mr Patel said the plan was sound. Karen Wood said it was late.\n\nHe told the committee that "
     "40 schools had signed up.", "40", "Patel"),
])
def test_he_or_she_skips_a_person_of_the_other_gender(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


# ---------------------------------------------------------------- the body a story is about
@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Harlow's to shut 40 stores\n\nThe department store chain Harlow's is to close 40 of its shops.\n\n"
     "The company said sales fell 6.4 per cent over Christmas.", "6.4 per cent", "Harlow's"),
    ("Heathrow passenger record\n\nHeathrow handled a record 83.9 million passengers last year, the "
     "airport said. VisitBritain said visits rose.", "83.9 million", "Heathrow"),
    ("Fares rise again\n\nThe operator Avanti West Coast cut services in May.\n\nIt said 85 per cent "
     "of its drivers were at work.", "85 per cent", "Avanti West Coast"),
])
def test_the_company_is_the_body_the_story_introduced(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


def test_a_name_opening_a_paragraph_once_is_no_body() -> None:
    text = "Firefighters were still at the scene.\n\nThe service said 80 crews had attended."
    assert who(text, "80")[0] == "service"


def test_a_common_noun_opening_paragraphs_is_no_body() -> None:
    text = ("Pupils are missing school\n\nPupils are being kept at home.\n\nSome 3,000 pupils missed "
            "lessons, a charity has said.\n\nThe charity Learn Well said the figure was rising.")
    assert who(text, "Some 3,000")[0] == "Learn Well"


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Ofwat said spills rose.\n\nThe company said it accepted the findings. A spokesperson for Thames "
     "Water said it would invest £20 billion.", "£20 billion", "Thames Water"),
    ("Yorkshire Water, which owns the moor, said work covered 3,500 hectares. A spokeswoman for the "
     "company said it had spent £8 million.", "£8 million", "Yorkshire Water"),
])
def test_a_spokesperson_for_a_two_word_body_speaks_for_the_body(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[:2] == (speaker, "spokesperson" if "person" in text else "spokeswoman")


# ---------------------------------------------------------------- quotes over paragraphs
@pytest.mark.parametrize("text", [
    '"We lost 300 staff," Jane Holt said. "It is awful.\n\n"Another 40 will go," said Peter Crane.',
    '"We lost 300 staff," said Dr Jane Holt. "It is awful.\n\n"Another 40 will go," Peter Crane, the '
    'union organiser, told the BBC.',
    'Jane Holt said: "It is awful.\n\n"We have lost 300 staff.\n\n"Another 40 will go," Peter Crane added.',
])
def test_a_new_said_x_in_a_continued_quote_names_the_speaker_from_there_on(text: str) -> None:
    assert who(text, "300")[0] == "Jane Holt"
    assert who(text, "40") == ("Peter Crane", "union organiser" if "organiser" in text else None, "quote")


def test_a_continued_quote_without_a_new_cue_keeps_its_speaker() -> None:
    text = '"We lost 300 staff," said Jane Holt. "It is awful.\n\n"Another 40 will go."'
    assert who(text, "40") == ("Jane Holt", None, "quote-continuation")


# ---------------------------------------------------------------- transcripts
_EXCHANGE = (
    "Rail Services\n\n"
    "1. Mr Owen Tate (Westmere) (Lab): What steps he is taking to cut cancellations. [901122]\n\n"
    "The Minister for Rail (Dame Lucy Ferris): Cancellations fell to 3.1% last month, according to "
    "the Office of Rail and Road. We are adding 400 carriages.\n\n"
    "Mr Tate: Some 1 in 6 trains in my seat were late. Will she act?\n\n"
    "Dame Lucy Ferris: The operator says 92% of services ran.\n\n"
    "Anna Bright (Holm Vale) (LD)\n\n"
    "Passengers paid £4.2 billion in fares last year.\n\n"
    "Lucy Ferris\n\n"
    "I can tell the hon. Lady that fares rose by 4.6%.")


@pytest.mark.parametrize(("surface", "speaker", "source"), [
    ("400", "Lucy Ferris", None),
    ("3.1%", "Lucy Ferris", "Office of Rail and Road"),
    ("Some 1 in 6", "Owen Tate", None),
    ("£4.2 billion", "Anna Bright", None),
    ("4.6%", "Lucy Ferris", None),
])
def test_a_transcripts_speaker_label_speaks_until_the_next(surface: str, speaker: str, source: str | None) -> None:
    a = attribution(_EXCHANGE, surface)
    assert (a.speaker, a.source, a.method) == (speaker, source, "sentence")


def test_an_office_label_gives_the_holders_role() -> None:
    assert attribution(_EXCHANGE, "400").speaker_role == "Minister for Rail"


def test_a_speaker_the_sentence_names_still_wins_in_a_transcript() -> None:
    text = ("Ann Cole (Brook) (Con): The Local Government Association estimates a £2.2 billion gap. "
            "Will he close it?")
    assert attribution(text, "£2.2 billion").speaker == "Local Government Association"


@pytest.mark.parametrize("text", [
    "Key Findings: 40 per cent of firms expect to cut jobs.",
    "Jane Smith\n\nOf the firms asked, 40 per cent expect to cut jobs.",
    "Analysis: 40 per cent of firms expect to cut jobs.",
])
def test_a_heading_or_byline_is_no_speaker_label(text: str) -> None:
    assert attribution(text, "40 per cent").speaker is None


@pytest.mark.parametrize(("noun", "surface"), [("think tank", "£9 billion"), ("lobby group", "£9 billion")])
def test_a_two_word_organisation_noun_stands_for_the_body(noun: str, surface: str) -> None:
    text = ("Costs will rise, according to analysis by the Institute for Fiscal Studies.\n\n"
            f"The {noun} said the change could save the Treasury £9 billion a year.")
    assert who(text, surface)[0] == "Institute for Fiscal Studies"


# ---------------------------------------------------------------- 'according to' a document
@pytest.mark.parametrize(("text", "surface", "source", "publisher"), [
    # 'its' may mean any body named before (River Action here): the source, no guessed publisher
    ("Thames Water fined\n\nRiver Action said rivers were dirty.\n\nThe company has debts of about "
     "£19 billion, according to its latest accounts.", "about £19 billion", "its latest accounts", None),
    ("The firm paid £90,000, according to court documents.", "£90,000", "court documents", None),
    ("The Met Office said 22 per cent of the average fell, according to its records.", "22 per cent",
     "its records", "Met Office"),
])
def test_according_to_a_document_cites_it_as_the_source(
        text: str, surface: str, source: str, publisher: str | None) -> None:
    a = attribution(text, surface)
    assert (a.source, a.source_publisher) == (source, publisher)
    assert a.method != "none"


def test_according_to_a_body_still_names_the_speaker() -> None:
    assert who("Some 40 jobs will go, according to the union Unite.", "Some 40")[0] == "Unite"


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("The Centre for Retail Research said 13,000 shops closed.", "13,000", "Centre for Retail Research"),
    ("The Institute for Public Policy Research found 40 per cent of workers were poor.", "40 per cent",
     "Institute for Public Policy Research"),
])
def test_a_body_whose_name_ends_in_research_is_a_speaker_not_a_source(text: str, surface: str, speaker: str) -> None:
    a = attribution(text, surface)
    assert (a.speaker, a.source, a.method) == (speaker, None, "sentence")


def test_a_title_before_the_name_stays_the_role_over_a_relative_clause() -> None:
    text = "Labour MP Debbie Abrahams, who chairs the committee, said 3.6 million women were affected."
    assert who(text, "3.6 million")[:2] == ("Debbie Abrahams", "Labour MP")


@pytest.mark.parametrize(("text", "surface", "publisher"), [
    ("A YouGov poll of 2,300 adults found 45 per cent backed the strike.", "45 per cent", "YouGov"),
    ("NHS England data shows 7.6 million people are waiting.", "7.6 million", "NHS England"),
    ("Official figures show 12,000 vacancies.", "12,000", None),
    ("The charity sent Freedom of Information requests to 152 councils.", "152", None),
])
def test_the_name_before_a_lower_case_source_noun_publishes_it(
        text: str, surface: str, publisher: str | None) -> None:
    assert attribution(text, surface).source_publisher == publisher


def test_a_sentences_own_source_beats_one_carried_from_before() -> None:
    text = "Official figures show 12,000 vacancies.\n\nBut figures show 40 more."
    a = attribution(text, "40")
    assert (a.source, a.method) == ("figures", "source")


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Around 20,000 members of the RMT union are on strike today, the union says.", "Around 20,000", "RMT"),
    ("Drivers at the Unite union voted again.\n\nThe union said 400 drivers walked out.", "400", "Unite"),
])
def test_the_union_means_the_name_written_before_union(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


def test_a_bare_the_union_before_is_no_name() -> None:
    assert who("The union is angry. But the union said 12 depots shut.", "12")[0] == "union"


_INTERVIEW = ("In an interview, SkyBridge's chief executive, Lars Holm, set out the position.\n\n"
              "Q: How much would the demand cost?\n\n"
              "Lars Holm: They are asking for 18 per cent. That would cost us £140 million a year.\n\n"
              "Q: Will flights be cancelled?\n\n"
              "Lars Holm: We could keep 70 per cent of the schedule flying.\n\n"
              "Fares rose by 6 per cent last year.")


@pytest.mark.parametrize(("surface", "speaker"), [
    ("18 per cent", "Lars Holm"), ("£140 million", "Lars Holm"), ("70 per cent", "Lars Holm"),
    ("6 per cent", None),
])
def test_an_interviews_name_label_speaks_for_its_own_paragraph(surface: str, speaker: str | None) -> None:
    assert who(_INTERVIEW, surface)[0] == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Pilots at the carrier SkyBridge voted.\n\nThe airline, which flew 52 million passengers last "
     "year, said it was disappointed.", "52 million", "SkyBridge"),
    ("The regulator Ofwat fined the firm.\n\nThe regulator, which oversees 20 companies, said it would act.",
     "20", "Ofwat"),
])
def test_a_generic_speaker_before_a_relative_clause_is_the_speaker(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


# ---------------------------------------------------------------- kinds of body, and new ones
@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # an operator is not whichever body came last
    ("Figures from the Office of Rail and Road show delays rose.\n\nThe operator said it would recruit "
     "80 drivers.", "80", "operator"),
    # 'a bank' is a body not named before
    ("Ofwat said bills would rise.\n\nElsewhere, a bank said it would return £1.5bn to shareholders.",
     "£1.5bn", "bank"),
    ("A supermarket chain said sales rose 3.2%. A fashion retailer fell. The group, which has 460 "
     "stores, said it would shut 40.", "460", "group"),
])
def test_a_kind_of_body_or_a_new_body_is_not_the_last_one_named(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


def test_a_charity_has_said_may_still_mean_the_charity_named_after() -> None:
    text = ("THOUSANDS of children are waiting, a charity has said.\n\n"
            "Action for Children said 140 councils replied.")
    assert who(text, "THOUSANDS")[0] == "Action for Children"


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("**12:50** The quake struck 40km from the city, the US Geological Survey said.", "40",
     "US Geological Survey"),
    ("**12:21** Our correspondent reports that roughly two-thirds of buildings collapsed.",
     "roughly two-thirds", "Our correspondent"),
    ("**13:12** The UN estimates that 1.2m people need help.", "1.2m", "UN"),
])
def test_live_blog_bodies_and_correspondents(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


def test_a_source_noun_inside_a_longer_noun_is_no_source() -> None:
    text = "London's blue-chip index closed at a record high, with the FTSE 100 up 1.2% at 9,874.3 points."
    assert attribution(text, "1.2%").source is None


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Landowner Yorkshire Water, which owns the moor, said work covered 3,500 hectares.", "3,500",
     "Yorkshire Water"),
    ("Housebuilder Persimmon said completions fell to 9,500.", "9,500", "Persimmon"),
    ("Charity Shelter said 354,000 people were homeless.", "354,000", "Shelter"),
    ("Network Rail said 40 per cent of trains ran.", "40 per cent", "Network Rail"),
    ("Council Leader Jo Brown said 40 homes were empty.", "40", "Jo Brown"),
])
def test_a_capitalised_kind_before_a_name_is_no_part_of_it(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Network Rail expects only 40 per cent of services to run.", "40 per cent", "Network Rail"),
    ("The Bank of England expects inflation to fall to 2.5% by June.", "2.5%", "Bank of England"),
])
def test_a_body_that_expects_a_figure_gives_it(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


def test_is_expected_to_names_no_speaker() -> None:
    assert who("Four in ten universities are expected to run a deficit.", "Four in ten")[0] is None


@pytest.mark.parametrize(("text", "surface", "role"), [
    ("Visit Cornwall said tourism supported 48,000 jobs. Its chief executive, Malcolm Bell, said only "
     "6 per cent of homes were holiday lets.", "6 per cent", "chief executive of Visit Cornwall"),
    ("The pilots' union Balpa said most had voted. Its general secretary, Amanda Hart, told Reuters "
     "that pay fell 15 per cent.", "15 per cent", "general secretary of Balpa"),
    ("Ofwat said spills rose. Sarah Lee, its director, said 21,000 were recorded.", "21,000", "director of Ofwat"),
])
def test_its_role_names_the_body_it_belongs_to(text: str, surface: str, role: str) -> None:
    assert who(text, surface)[1] == role


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("The Ministry of Defence said costs rose.\n\nDefence spending will rise to 2.5% of GDP, the prime "
     "minister announced.", "2.5%", "prime minister"),
    ("Dr Jane Holt, the chief executive, said costs rose. The chief executive said 40 wards shut.", "40",
     "Jane Holt"),
    ("The MoD said costs rose. A spokesman said 800 homes were fixed.", "800", "MoD"),
])
def test_an_office_means_its_holder_or_itself_not_any_body(text: str, surface: str, speaker: str) -> None:
    assert who(text, surface)[0] == speaker


def test_according_to_a_body_named_research_is_a_speaker() -> None:
    text = "Around 13,500 shops closed, according to the Centre for Retail Research."
    a = attribution(text, "Around 13,500")
    assert (a.speaker, a.source, a.method) == ("Centre for Retail Research", None, "sentence")


def test_a_headline_body_without_its_article_speaks() -> None:
    text = ('State pension age rise "will hit 2 million workers", think tank warns\n\n'
            "Costs will rise, according to analysis by the Institute for Fiscal Studies.")
    assert who(text, "2 million")[0] == "Institute for Fiscal Studies"


def test_responses_point_back_to_the_requests_cited_before() -> None:
    text = ("The charity Learn Well said it sent Freedom of Information (FoI) requests to 152 councils.\n\n"
            "It asked how many pupils were excluded.\n\n"
            "Responses show that 18,400 pupils were excluded last year.")
    a = attribution(text, "18,400")
    assert (a.speaker, a.source) == ("Learn Well", "Freedom of Information (FoI) requests")
    assert attribution(text, "152").source == "Freedom of Information (FoI) requests"

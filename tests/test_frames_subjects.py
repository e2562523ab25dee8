"""Subjects from news copy: the object of a transitive change verb, a subject with an aside
before its verb, verbs that end a subject phrase, and a change noun on the next line.

Every sentence is our own; each runs the whole pipeline on an article file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.models import Kind
from claimcheck.nlp.numbers import recognise
from tests._scan import claim_in


@pytest.mark.parametrize(("text", "surface", "head"), [
    ("The board raised the quarterly dividend by 10% to 88 cents a share.", "10%", "dividend"),
    ("The board raised the quarterly dividend by 10% to 88 cents a share.", "88 cents", "dividend"),
    ("The council slashed its road budget by £2m.", "£2m", "budget"),
    ("Cloud revenue, the company's fastest-growing division, increased 29% to $18.3bn.", "29%", "revenue"),
    ("Burglary, by contrast, dropped by 8.3%.", "8.3%", "burglary"),
    ('"Our order backlog stands at $210bn," he said.', "$210bn", "backlog"),
    ("Almost six in ten Britons oppose a trial of a four-day week.", "Almost six in ten", "britons"),
    # 'support' is a noun far more often than a verb: it never ends a phrase
    ("The government is investing nearly £5 million in targeted support for children in need.",
     "nearly £5 million", "support"),
    ("The force recorded 97.4 crimes per 1,000 people.", "97.4 crimes per 1,000", "crimes"),
    ("There were 4.3 million children in poverty, up from 3.9 million five years earlier.",
     "3.9 million", "children"),
    ("Battery storage reached 1.5GW three years ago.", "1.5", "storage"),
    # a share an article opens counts the noun after it
    ("Financial markets are pricing in a roughly 70% chance of a rate cut.", "roughly 70%", "chance"),
    ("The firm bought a 5% stake in the airline.", "5%", "stake"),
    ("Prices rose 5% last year.", "5%", "prices"),  # no article: the noun before the verb
    ("Winds brought down trees, with more than 40,000 homes cut off.", "more than 40,000", "homes"),
    ("London lagged behind with annual growth of just 1.1%.", "1.1%", "growth"),
    ("The gap between London and the North East grew to 9.4 percentage points.",
     "9.4 percentage points", "gap"),
    ('"We have raised starting salaries to £32,900 outside London," she said.', "£32,900", "salaries"),
    ("Energy bills alone have risen by more than 60% since 2021.", "more than 60%", "bills"),
    ("Interest rates were cut to 4% in May.", "4%", "rates"),  # 'cut to' with no object
    ("Lamb prices were the bright spot, with deadweight lamb up 11% at £7.90 per kilo.", "11%", "lamb"),
    ("Spending climbed to £118m, with placement costs up 31% since 2021.", "31%", "costs"),
    ("Sales rose, with online sales up 12% and store sales down 4%.", "4%", "sales"),
    ("He signed a five-year contract worth £150,000 a week.", "£150,000", "contract"),
    ("Quantel shares jump as cloud sales surge 42%", "42%", "sales"),
    ("Charities said fuel poverty affects 6.1 million homes.", "6.1 million", "homes"),
    # an adverb after the noun is no head
    ("We put more than 40 officers back on patrol.", "more than 40", "officers"),
    # the noun phrase right before the change verb, not the pronoun opening the clause
    ("We saw nonfatal shootings fall from 96 to 61.", "from 96 to 61", "shootings"),
    ("The figures, published on Wednesday, show wages grew 5.9%.", "5.9%", "wages"),
    ("Figures show the total number of cattle in the State fell by 3.4% to 6.31 million.", "3.4%", "cattle"),
    # a figure with its own noun does not restate the one before
    ("Figures show 4,000 arrests.\n\nThe figures show 926 households were in temporary housing.",
     "926", "households"),
    ("The council spent £6.78m in 2024/25, almost double the £3.5m it spent three years earlier.",
     "£3.5m", "councils"),
    # a relative clause between the subject and its verb
    ("The overall absence rate, which counts every missed session, was 6.7%.", "6.7%", "rate"),
    ("The number of severely absent pupils, who miss most lessons, rose 11% to around 171,000.",
     "around 171,000", "pupils"),
    # the group an 'among' phrase names, its head before an adjective that follows it
    ("Among children eligible for free school meals, more than one in four (26.1%) were absent.",
     "26.1%", "children"),
    # a change verb's object; an 'and' joining two objects of 'in'; what money is spent on
    ("India doubled its annual additions to 34GW.", "34", "additions"),
    ("Global investment in solar and wind reached $728bn.", "$728bn", "investment"),
    ("Tax revenue from hotel stays and restaurant meals reached $1.1 billion.", "$1.1 billion", "revenue"),
    ("The average daily room rate rose $9 to $187.", "$187", "rate"),
    ("Investment reached $728bn, with a further $390bn spent on electricity grids.", "$390bn", "grids"),
    # a poll's share of a party; a partitive through a possessive and a number; 'late' after its noun
    ("The poll of 1,850 adults puts Reform UK on 31%.", "31%", "reform uk"),
    ("The poll of 1,850 adults puts Reform UK on 31%.", "1,850", "adults"),
    ("Reform would win around 28 of the council's 63 seats.", "around 28", "seats"),
    ("One in eight trains late as cancellations hit record.", "One in eight", "trains"),
    ("The strike will affect 15 of the 20 routes run by the operator.", "15", "routes"),
    ("Reform now leads in four of the county's six districts.", "four", "districts"),
    # an adverb after the noun ends its phrase; an appositive of eleven words still is one
    ("Property crime overall fell 6% to 8,940 reported incidents.", "6%", "crimes"),
    ("The homicide clearance rate, the share of cases that end in an arrest, climbed 9 percentage "
     "points to 67%.", "67%", "rate"),
    # a listed compound holds its -ing word
    ("The NHS waiting list stands at 7.4 million, down from 7.6 million.",
     "7.4 million, down from 7.6 million", "waiting list"),
])
def test_the_subject_head(tmp_path: Path, text: str, surface: str, head: str) -> None:
    assert claim_in(tmp_path, text, surface).subject_head == head


def test_a_change_noun_on_the_next_line_is_not_the_figures() -> None:
    found = recognise("UK unemployment rate ticks up to 4.1%\n\nJanuary's gain was revised to 228,000.")
    assert [q.surface for q in found] == ["4.1%", "228,000"]
    assert recognise("Ministers agreed a 5% pay rise.")[0].kind == Kind.CHANGE


def test_shares_of_those_a_survey_asked(tmp_path: Path) -> None:
    from tests._scan import extract_text

    text = ("The survey by Pollwise of 2,014 adults found 58% were in favour of a trial.\n\n"
            "Nearly half (48%) said productivity would stay the same, and just 22% thought it would fall.\n\n"
            "It found that almost half (46%) of shop owners had cut their own pay. One in seven said "
            "they expected to close.\n\nSales fell by 3%.")
    heads = {c.quantity.surface: c.subject_head for c in extract_text(tmp_path, text).claims}
    assert heads["58%"] == heads["Nearly half"] == heads["48%"] == heads["22%"] == "adults"
    assert heads["almost half"] == heads["46%"] == heads["One in seven"] == "owners"
    assert heads["3%"] == "sales"  # a share of no one asked keeps its own noun


def test_a_further_count_with_no_noun_counts_what_came_before(tmp_path: Path) -> None:
    from tests._scan import extract_text

    text = ("The trust has hired 200 nurses since April. A further 150 are due to join in September.\n\n"
            "Some 300 homes were flooded. Another 40 were damaged.\n\nA further 12 schools closed.")
    heads = {c.quantity.surface: c.subject_head for c in extract_text(tmp_path, text).claims}
    assert (heads["150"], heads["40"], heads["12"]) == ("nurses", "homes", "schools")

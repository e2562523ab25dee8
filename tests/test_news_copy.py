"""Defects found by reading the full pipeline's output on news copy the rules had not seen.

Each case is our own sentence in the style of the story where the defect showed, run through
the whole pipeline (numbers, frames, attribution), with a near miss where one matters.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimcheck.models import Kind, Quantity
from claimcheck.nlp.pipeline import get_nlp


def read(text: str) -> list[tuple[Quantity, Any, Any]]:
    """(quantity, frame, attribution) for every figure of ``text``."""
    doc = get_nlp()(text)
    frames, attributions = doc._.frames or {}, doc._.attributions or {}
    return [(q, frames.get(q.start), attributions.get(q.start)) for q in doc._.quantities]


def figure(text: str, surface: str) -> tuple[Quantity, Any, Any]:
    found = read(text)
    for row in found:
        if row[0].surface == surface:
            return row
    raise AssertionError(f"{surface!r} not in {[(q.surface, q.kind.value) for q, _, _ in found]}")


def test_a_spaced_dash_before_a_figure_is_punctuation_not_a_minus_sign() -> None:
    q, _, _ = figure("Around 1,500 schools - one in 14 - had fewer pupils.", "one in 14")
    assert q.kind == Kind.RATIO and q.value == pytest.approx(1 / 14)
    sums = [q.value for q, _, _ in read("The sum 19,640 - 3,820 = 15,820 does not hold.")]
    assert sums == [19_640, 3_820, 15_820]
    assert figure("The low was -12 overnight.", "-12")[0].value == -12
    assert figure("- 10 k", "- 10 k")[0].value == -10_000  # a sign alone before the number


def test_a_dash_before_an_aside_does_not_make_a_range() -> None:
    text = "Pupil numbers will fall by 7% - roughly 320,000 pupils - by 2030."
    kinds = {q.surface: q.kind for q, _, _ in read(text)}
    assert kinds == {"7%": Kind.CHANGE, "roughly 320,000": Kind.COUNT, "2030": Kind.YEAR}
    assert figure("Prices rose 20 - 30 per cent.", "20 - 30 per cent")[0].kind == Kind.RANGE


@pytest.mark.parametrize(("text", "surface"), [
    ("The survey was carried out between 3 and 14 June.", "between 3 and 14 June"),
    ("Fieldwork ran from 3 to 14 June 2024 in Leeds.", "from 3 to 14 June 2024"),
    ("Polling took place 3-5 May.", "3-5 May"),
    ("The festival runs June 3-5 in Leeds.", "June 3-5"),
])
def test_days_of_a_month_are_a_date_not_a_range(text: str, surface: str) -> None:
    found = read(text)
    assert [(q.surface.lower(), q.kind, q.is_claim) for q, _, _ in found] == [
        (surface.lower(), Kind.DATE, False)]


def test_a_day_range_still_leaves_real_ranges_alone() -> None:
    assert figure("Between 10 and 20 schools closed.", "Between 10 and 20")[0].kind == Kind.RANGE
    assert figure("It rose from 3 to 14 per cent.", "from 3 to 14 per cent")[0].kind == Kind.CHANGE


def test_a_report_noun_before_a_role_noun_is_a_role_not_a_source() -> None:
    text = ('Luke Sibieta, a research fellow at the IFS, said: "Funding will be about 2% '
            'higher in 2027 than in 2010."')
    _, _, a = figure(text, "about 2%")
    assert (a.speaker, a.speaker_role, a.source) == ("Luke Sibieta", "research fellow at the IFS", None)
    _, _, cited = figure("A study by the IFS found 3,000 schools had closed.", "3,000")
    assert cited.source == "A study by the IFS"


@pytest.mark.parametrize(("text", "surface", "head"), [
    ("About 4.6 million children attend state primary schools.", "About 4.6 million", "children"),
    ("Some 300,000 families rely on food banks.", "Some 300,000", "families"),
    ("Headteachers warn of cuts as rolls drop by 400,000 over the decade.", "400,000", "rolls"),
])
def test_a_verb_after_the_counted_noun_ends_the_subject(text: str, surface: str, head: str) -> None:
    _, f, _ = figure(text, surface)
    assert f.subject_head == head
    assert f.subject.split()[-1].lower() == head


def test_as_a_result_of_does_not_open_a_clause() -> None:
    text = "Children placed on a plan as a result of those referrals rose by more than 90%."
    assert figure(text, "more than 90%")[1].subject_head == "children"


def test_a_preposition_or_degree_adverb_is_never_a_subject() -> None:
    text = "Spending will rise by 0.6%, well below the 2.3% a year seen before 2010."
    assert figure(text, "2.3%")[1].subject_head == "spending"


def test_the_analysis_found_points_back_to_the_analysis_not_the_last_survey() -> None:
    text = ("Schools face a shortfall of £1.7bn, according to an analysis by the Institute for "
            "Fiscal Studies.\n\nA survey of 1,208 school leaders found that 68% had set a deficit "
            "budget.\n\nAround 1,500 schools had fewer pupils in 2024, the analysis found.")
    _, _, a = figure(text, "Around 1,500")
    assert a.source == "an analysis by the Institute for Fiscal Studies"
    assert figure(text, "68%")[2].source.startswith("A survey")


def test_a_place_after_outside_is_excluded_not_the_figures_place() -> None:
    text = "Teachers are paid a starting salary of £31,650 outside London."
    assert figure(text, "£31,650")[1].place == "outside London"
    assert figure("Rents rose 9% in London last year.", "9%")[1].place == "London"


@pytest.mark.parametrize("text", [
    "Apple reported fourth-quarter revenue of $102.5 billion.",
    "Revenue in the September quarter rose to $102.5 billion.",
    "It expects revenue of $102.5 billion in the current quarter.",
    "Sales fell to $102.5 billion, the third decline in four quarters.",
    "Output was $102.5 billion in the last two quarters of 2025.",
])
def test_quarter_as_a_period_is_no_share(text: str) -> None:
    found = [(q.surface, q.kind) for q, _, _ in read(text) if q.is_claim]
    assert found == [("$102.5 billion", Kind.MONEY)]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("A quarter of children are poor.", "A quarter", 0.25),
    ("Three quarters of voters agreed.", "Three quarters", 0.75),
    ("In three quarters of cases nothing was done.", "three quarters", 0.75),
    ("Quarter of a million people marched.", "Quarter of a million", 250_000),
    ("quarter", "quarter", 0.25),
])
def test_quarter_as_a_share_stays_a_share(text: str, surface: str, value: float) -> None:
    assert figure(text, surface)[0].value == pytest.approx(value)


def test_a_rate_repeated_on_both_ends_joins_the_range() -> None:
    q, _, _ = figure("Gallium rose from about $350 per kg to $680 per kg.", "from about $350 per kg to $680 per kg")
    assert (q.kind, q.per, q.unit) == (Kind.CHANGE, "kg", "USD")
    r, _, _ = figure("Prices ranged between £3 per kg and £5 per kg.", "between £3 per kg and £5 per kg")
    assert (r.kind, r.interval.low, r.interval.high, r.per) == (Kind.RANGE, 3, 5, "kg")
    gifts = [q.surface for q, _, _ in read("She gave £5 a day to 3 charities.")]
    assert gifts == ["£5", "3"]  # the far side lacks the rate, so no range


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("WASHINGTON (Reuters) - US employers added 175,000 jobs in April, the Labor Department said.",
     "175,000", "Labor Department"),
    ("LONDON, 12 March (Reuters) - The economy grew 0.3%, the ONS said.", "0.3%", "ONS"),
    ("Retailers added 20,000 positions in March.", "20,000", None),
    ("Economists polled by Reuters had forecast 240,000 jobs.", "240,000", "Reuters"),
    ("Ed Matthew, campaigns director at the think tank E3G, said that cutting emissions by 81% was possible.",
     "81%", "Ed Matthew"),
])
def test_datelines_and_adding_verbs_name_no_speaker(text: str, surface: str, speaker: str | None) -> None:
    _, _, a = figure(text, surface)
    assert (a.speaker if a else None) == speaker


@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("Inflation fell by only 1% last year.", "only 1%", "decrease"),
    ("Jobs rose by just 8,000 in May.", "just 8,000", "increase"),
    ("The Bank will lower rates by a quarter of a percentage point.", "a quarter of a percentage point",
     "decrease"),
    ("Support slipped 3 percentage points.", "3 percentage points", "decrease"),
])
def test_change_verbs_and_fillers_after_by(text: str, surface: str, direction: str) -> None:
    q, _, _ = figure(text, surface)
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == direction


def test_a_period_adverb_right_after_a_sum_makes_it_a_rate() -> None:
    assert figure("Savers get roughly £6bn annually.", "roughly £6bn")[0].per == "year"
    assert figure("There were 200 daily cases.", "200")[0].per is None


@pytest.mark.parametrize(("text", "surface"), [
    ("Benfica's 3-0 win over Porto was sealed late.", "3-0"),
    ("The Reds won 4-2 at home.", "4-2"),
    ("The office is at 12 High Street, Leeds.", "12"),
    ("The FTSE 100 fell 50 points, or 0.7%.", "FTSE 100"),
])
def test_scores_addresses_and_index_names_are_not_claims(text: str, surface: str) -> None:
    q, _, _ = figure(text, surface)
    assert (q.kind, q.is_claim) == (Kind.LABEL, False)


def test_an_ordinal_in_a_hyphenated_adjective_is_no_figure() -> None:
    assert read("For a first-time buyer the deposit is large.") == []
    assert [q.surface for q, _, _ in read("Third-quarter profits rose to £5m.")] == ["£5m"]


def test_a_couple_needs_of_to_be_a_number() -> None:
    assert read("A couple on median incomes struggle.") == []
    assert figure("A couple of hundred people came.", "A couple of hundred")[0].value == 200


def test_poll_points_beside_a_percentage_are_percentage_points() -> None:
    text = "Labour has a 12-point lead, with 42% of the vote, up three points on last week."
    lead, _, _ = figure(text, "12-point")
    assert (lead.kind, lead.unit) == (Kind.PERCENT, "percentage points")
    up, _, _ = figure(text, "three points")
    assert (up.kind, up.unit, up.change.direction) == (Kind.CHANGE, "percentage points", "increase")
    ftse, _, _ = figure("The FTSE 100 fell 50 points, or 0.7%.", "50")
    assert ftse.unit is None  # index points are not percentage points


def test_a_sum_lost_is_money_and_plus_or_minus_is_no_sign() -> None:
    assert figure("The club reported a net loss of £113.2m.", "£113.2m")[0].kind == Kind.MONEY
    assert figure("A loss of 5,000 jobs followed.", "A loss of 5,000")[0].kind == Kind.CHANGE
    assert figure("The margin of error is plus or minus 3 points.", "3")[0].value == 3


def test_an_organisation_noun_before_a_name_makes_it_the_speaker() -> None:
    text = "The charity StreetSafe said in a report that 1 in 3 young people knew someone armed."
    assert figure(text, "1 in 3")[2].speaker == "StreetSafe"
    lending = "Lending fell by 17% to about 290,000, according to trade body UK Finance."
    _, f, a = figure(lending, "17%")
    assert (a.speaker, f.place) == ("UK Finance", None)  # 'UK' inside a name is no place


def test_the_publisher_of_named_data_is_the_name_before_the_noun() -> None:
    _, _, a = figure("There were 3,870 admissions, according to Ministry of Justice data.", "3,870")
    assert (a.speaker, a.source) == ("Ministry of Justice", "Ministry of Justice data")


def test_a_poll_that_puts_a_party_on_a_share_ends_at_the_verb() -> None:
    _, _, a = figure("A poll by Meridian Research for the Sunday Ledger puts Labour on 42%.", "42%")
    assert a.source == "A poll by Meridian Research for the Sunday Ledger"


def test_a_place_inside_a_name_is_no_place_but_a_region_still_is() -> None:
    assert figure("Energy UK said 5,000 jobs were at risk.", "5,000")[1].place is None
    assert figure("Northern England lost 5,000 jobs.", "5,000")[1].place == "England"


def test_the_council_is_not_an_office_of_another_name() -> None:
    text = ("Anne Longfield, the Children's Commissioner for England, said 15,800 babies were at risk."
            "\n\nThe council said it spent £4.2 million on consultants.")
    assert figure(text, "£4.2 million")[2].speaker == "council"
    charity = "Action for Children warned of cuts.\n\nThe charity said 5,000 families were affected."
    assert figure(charity, "5,000")[2].speaker == "Action for Children"


@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Mortgage rates fell by 12 basis points to 5.82%.", "12 basis points", "basis points"),
    ("It will build about 6 gigawatts every year.", "about 6", "GW"),
    ("Capacity will be between 43GW and 50GW.", "between 43GW and 50GW", "GW"),
    ("Emissions were 384 million tonnes last year.", "384 million", "tonnes"),
    ("Temperatures rose 1.5C above pre-industrial levels.", "1.5", "°C"),
])
def test_measure_words_give_the_unit(text: str, surface: str, unit: str) -> None:
    assert figure(text, surface)[0].unit == unit


def test_a_baseline_year_and_a_zero_adjective_are_not_claims() -> None:
    found = {q.surface: (q.kind, q.is_claim) for q, _, _ in read("Emissions are now 53% below 1990 levels.")}
    assert found == {"53%": (Kind.PERCENT, True), "1990": (Kind.YEAR, False)}
    assert [q.is_claim for q, _, _ in read("We need a zero-carbon electricity system.")] == [False]
    assert [q.is_claim for q, _, _ in read("Deaths fell to zero.")] == [True]


def test_since_after_a_superlative_is_the_comparison_not_the_time() -> None:
    assert figure("Bank Rate stayed at 5.25%, the highest since 2008.", "5.25%")[1].time is None
    assert figure("The target of 95% has not been met since 2016.", "95%")[1].time is None
    assert figure("Referrals have risen by 9% since 2010.", "9%")[1].time.text == "since 2010"


@pytest.mark.parametrize(("text", "surface", "direction", "old"), [
    ("Unemployment rose to 7.4% from 7.3%.", "7.4% from 7.3%", "increase", 7.3),
    ("Payrolls were revised to 315,000 from 303,000.", "315,000 from 303,000", "increase", 303_000),
    ("The rate was cut to 5% from 5.25%.", "5% from 5.25%", "decrease", 5.25),
])
def test_new_level_then_old_is_a_change(text: str, surface: str, direction: str, old: float) -> None:
    q, _, _ = figure(text, surface)
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == direction
    assert q.change.from_value is not None and q.change.from_value.contains(old)


@pytest.mark.parametrize(("text", "surface"), [
    ("Joao Silva, 24, said he was happy.", "24"),
    ("The Portugal forward, 24, joined Benfica.", "24"),
    ('"He is 24, he has played 150 games," the manager said.', "24"),
    ("There were 3,870 admissions among patients under 25.", "under 25"),
    ("Drivers over 70 must renew their licence.", "over 70"),
])
def test_a_number_that_can_only_be_an_age_is_no_claim(text: str, surface: str) -> None:
    q, _, _ = figure(text, surface)
    assert (q.kind, q.is_claim) == (Kind.AGE, False)


@pytest.mark.parametrize(("text", "surface"), [
    ("Sales in March, 24, were flat.", "24"),
    ("The firm employs 300 people, 40 of them part-time.", "40"),
    ("Sales rose to 120, 45 of them online.", "45"),
])
def test_a_count_in_a_list_is_no_age(text: str, surface: str) -> None:
    assert figure(text, surface)[0].is_claim


def test_spelled_numbers_in_hyphenated_adjectives() -> None:
    found = {q.surface: (q.kind, q.is_claim) for q, _, _ in read("A two-bed mews house costs £500,000.")}
    assert found == {"two": (Kind.LABEL, False), "£500,000": (Kind.MONEY, True)}
    assert figure("It was a three-year high.", "three-year")[0].kind == Kind.DURATION
    assert figure("A two-thirds majority voted.", "two-thirds")[0].kind == Kind.RATIO
    odds, _, _ = figure("The odds are one-in-four.", "one-in-four")
    assert (odds.kind, odds.value) == (Kind.RATIO, 0.25)


def test_a_clock_time_keeps_the_full_stop_that_ends_the_sentence_out() -> None:
    assert [q.surface for q, _, _ in read("The polls close at 8pm. They open at 7 a.m. sharp.")] == ["8pm", "7 a.m."]


def test_a_person_of_an_organisation_splits_into_speaker_and_role() -> None:
    _, _, a = figure("Professor Jane Smith of the University of Leeds said 40% were affected.", "40%")
    assert (a.speaker, a.speaker_role) == ("Jane Smith", "University of Leeds")
    assert figure("The Bank of England said 5% was likely.", "5%")[2].speaker == "Bank of England"


def test_a_month_in_a_sentence_about_the_future_is_the_next_one(tmp_path: Any) -> None:
    from claimcheck.engine import Input, extract

    (tmp_path / "a.md").write_text("---\ntitle: Rates\ndate: 2024-05-23\n---\n\nMarkets expect a cut to "
                                   "5% in November.\n\nInflation was 3.2% in March.\n", encoding="utf-8")
    (item,) = list(extract(Input(paths=[tmp_path])))
    times = {c.quantity.surface: (str(c.time.start), str(c.time.end)) for c in item.claims}
    assert times == {"5%": ("2024-11-01", "2024-11-30"), "3.2%": ("2024-03-01", "2024-03-31")}


def test_more_than_halved_is_a_factor_below_a_half() -> None:
    q, _, _ = figure("Inflation has more than halved since the peak.", "more than halved")
    assert (q.interval.low, q.interval.high) == (0.0, 0.5) and q.change.direction == "decrease"
    nearly, _, _ = figure("Inflation has nearly halved.", "nearly halved")
    assert 0.5 < nearly.interval.high < 0.6 and nearly.interval.low == 0.5


def test_fold_words_are_multiples() -> None:
    q, _, _ = figure("The drug increases stroke risk fivefold.", "fivefold")
    assert (q.kind, q.value, q.unit, q.change.direction) == (Kind.CHANGE, 5, "x", "increase")


def test_a_rate_per_round_base_keeps_its_counted_noun_and_period() -> None:
    q, _, _ = figure("Stroke affects about 240 people per 100,000 each year.", "about 240 people per 100,000")
    assert (q.kind, q.per) == (Kind.RATIO, "year") and q.value == pytest.approx(0.0024)


def test_confidence_levels_weekdays_and_share_bases() -> None:
    text = "The risk fell by 30% (95% confidence interval 18% to 40%)."
    assert figure(text, "95% confidence interval 18% to 40%")[0].is_claim is False  # the bounds with it
    assert figure("Nexora reported revenue of $4.2bn on Tuesday.", "$4.2bn")[1].subject_head == "revenue"
    assert figure("Debt stood at 98.5% of GDP.", "98.5%")[1].subject_head == "debt"


@pytest.mark.parametrize(("text", "surface", "speaker", "role"), [
    ("Home Secretary James Aldridge said 5,000 visas were cut.", "5,000", "James Aldridge", "Home Secretary"),
    ("Children's Commissioner Rachel de Souza said hundreds of babies were at risk.", "hundreds",
     "Rachel de Souza", "Children's Commissioner"),
    ("The Local Government Association said 5,000 posts were lost.", "5,000", "Local Government Association",
     None),
])
def test_an_office_title_before_a_name_is_the_role(text: str, surface: str, speaker: str, role: str | None) -> None:
    _, _, a = figure(text, surface)
    assert (a.speaker, a.speaker_role) == (speaker, role)


def test_quarters_named_by_q_or_as_an_adjective_give_the_time(tmp_path: Any) -> None:
    from claimcheck.engine import Input, extract

    (tmp_path / "a.md").write_text("---\ntitle: T\ndate: 2024-10-31\n---\n\nNexora reported Q3 revenue of "
                                   "$4.2bn.\n\nFourth-quarter revenue will be $4.4bn.\n\nProfits were $1bn in "
                                   "Q2 2023.\n", encoding="utf-8")
    (item,) = list(extract(Input(paths=[tmp_path])))
    times = {c.quantity.surface: (str(c.time.start), str(c.time.end)) for c in item.claims}
    assert times == {"$4.2bn": ("2024-07-01", "2024-09-30"), "$4.4bn": ("2024-10-01", "2024-12-31"),
                     "$1bn": ("2023-04-01", "2023-06-30")}


def test_a_rate_does_not_reach_into_the_next_list_item(tmp_path: Any) -> None:
    from claimcheck.engine import Input, extract

    (tmp_path / "b.md").write_text("---\ntitle: T\ndate: 2024-10-31\n---\n\n- Monthly active users: 3.1 billion, "
                                   "up from 2.9 billion\n- Average revenue per user: $1.35, up 5%\n",
                                   encoding="utf-8")
    (item,) = list(extract(Input(paths=[tmp_path])))
    pers = {c.quantity.surface: c.quantity.per for c in item.claims}
    assert pers["3.1 billion, up from 2.9 billion"] is None  # the level and its old level: one change


def test_a_measured_statistic_of_a_duration_or_age_is_a_claim() -> None:
    assert figure("Patients had a median follow-up of 2.4 years.", "2.4 years")[0].is_claim
    assert figure("They had an average age of 74.", "74")[0].is_claim
    assert not figure("The trial ran for 3 years.", "3 years")[0].is_claim


def test_a_denied_remark_names_no_speaker_and_net_zero_is_a_target() -> None:
    text = ("The company has not said what the treatment would cost, but analysts at Berenberg "
            "estimated a list price of around £1,500.")
    assert figure(text, "around £1,500")[2].speaker == "Berenberg"
    assert [q.is_claim for q, _, _ in read('Reform UK has called for "net zero" migration.')] == [False]


def test_a_hedge_before_an_article_and_a_share_hedges_the_share() -> None:
    q, _, _ = figure("Markets see roughly a 60% chance of a cut.", "roughly a 60%")
    assert (q.qualifier, q.interval.low, q.interval.high) == ("roughly", 54, 66)


def test_a_level_crossed_is_no_change() -> None:
    q, _, _ = figure("Inflation dipped below 4% in May.", "below 4%")
    assert (q.kind, q.change) == (Kind.PERCENT, None)
    assert figure("Shares rose over 20%.", "over 20%")[0].kind == Kind.CHANGE


@pytest.mark.parametrize(("text", "surface", "speaker", "source"), [
    ("Debt will peak at 98.5% of GDP, according to the OBR's most recent Economic and Fiscal Outlook.",
     "98.5%", "OBR", "the OBR's most recent Economic and Fiscal Outlook"),
    ("Sales fell 3%, according to Kantar's figures.", "3%", "Kantar", "Kantar's figures"),
])
def test_an_owned_title_or_figures_name_their_publisher(text: str, surface: str, speaker: str, source: str) -> None:
    _, _, a = figure(text, surface)
    assert (a.speaker, a.source) == (speaker, source)


def test_who_speaks_is_not_what_is_counted() -> None:
    assert figure("Analysts expect net migration of about 350,000.", "about 350,000")[1].subject_head == "migration"
    _, f, _ = figure("The government wants net migration below 250,000.", "below 250,000")
    assert (f.subject, f.subject_head) == ("net migration", "migration")
    assert figure("A survey found 2,000 adults agreed.", "2,000")[1].subject_head != "found"


@pytest.mark.parametrize(("text", "surface", "kind", "is_claim"), [
    ("He was jailed for 12 years over £1.3m pension fraud.", "£1.3m", Kind.MONEY, True),
    ("United win 3-1 in front of a record crowd.", "3-1", Kind.LABEL, False),
    ("The outgoing prime minister, 44, conceded.", "44", Kind.AGE, False),
    ("The SNP was reduced to 9 seats from 48.", "9 seats from 48", Kind.CHANGE, True),
])
def test_more_news_forms(text: str, surface: str, kind: Kind, is_claim: bool) -> None:
    q, _, _ = figure(text, surface)
    assert (q.kind, q.is_claim) == (kind, is_claim)


def test_half_time_is_no_share_and_metres_are_a_unit() -> None:
    assert read("Hojlund scored shortly before half-time.") == []
    assert figure("The crater is 4.3 metres deep.", "4.3")[0].unit == "m"
    assert figure("One widow handed over £212,000.", "£212,000")[0].qualifier is None


def test_a_goal_scored_is_a_rank_not_a_share() -> None:
    assert figure("Hojlund added a third in the 78th minute.", "third")[0].kind == Kind.ORDINAL
    assert figure("A third of voters agreed.", "A third")[0].kind == Kind.RATIO


def test_more_ages_counts_and_subjects() -> None:
    assert figure("Victims included 47 pensioners, the oldest of whom was 91.", "91")[0].kind == Kind.AGE
    assert figure("United won 7 of their last 10 home matches.", "10")[0].is_claim
    assert not figure("They reached the last 16.", "16")[0].is_claim
    assert figure("Temperatures fell to minus 8C overnight.", "minus 8")[1].subject_head == "temperatures"


def test_said_the_role_then_the_name() -> None:
    text = ('"Supporters are being priced out," said the trust\'s chair, Ian Stirling. '
            '"A family now pays over £200 for a match."')
    _, _, a = figure(text, "over £200")
    assert (a.speaker, a.speaker_role) == ("Ian Stirling", "trust's chair")


@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("Turnout rose to 67.3%, up from 66.1%.", "67.3%, up from 66.1%", "increase"),
    ("The waiting list fell to 7.61 million, down from 7.57 million.", "7.61 million, down from 7.57 million",
     "decrease"),  # the stated direction is kept, so a check can see it contradict the values
])
def test_up_from_and_down_from_name_the_old_level(text: str, surface: str, direction: str) -> None:
    q, _, _ = figure(text, surface)
    assert q.kind == Kind.CHANGE and q.change.direction == direction


def test_light_years_are_a_unit() -> None:
    _, f, _ = figure("The galaxy is 1.3 billion light years away.", "1.3 billion")
    assert figure("The galaxy is 1.3 billion light years away.", "1.3 billion")[0].unit == "light years"
    assert f.subject_head != "away"


def test_a_partitive_after_a_glued_unit_names_the_subject() -> None:
    assert figure("Up to 20cm of snow fell overnight.", "Up to 20")[1].subject_head == "snow"
    assert figure("Some 118mm of rain fell at Honister Pass.", "Some 118")[1].subject_head == "rain"


def test_a_pronoun_never_points_to_a_body_named_later() -> None:
    text = "It found that 1,250 families were homeless.\n\nShelterline, a charity, said 300 more were at risk."
    _, _, a = figure(text, "1,250")
    assert a is None or a.speaker != "Shelterline"
    assert figure(text, "300")[2].speaker == "Shelterline"


def test_a_family_of_four_describes_and_does_not_count() -> None:
    found = {q.surface: q.is_claim for q, _, _ in read("A family of four now pays over £200 a match.")}
    assert found == {"family of four": False, "over £200": True}
    assert figure("The group of 50 MPs signed.", "50")[0].is_claim

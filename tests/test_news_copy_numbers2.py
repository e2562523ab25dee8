"""Number-grammar defects found reading new beats of news copy (US wire, markets, water,
live blogs, fact checks, Hansard, explainers, local rail, sport, Indian English farm prices).

Each case is our own sentence in the style of the story where the defect showed, with near
misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from claimcheck.models import Kind, Quantity
from claimcheck.nlp.numbers import recognise


def find(text: str, surface: str) -> Quantity:
    found = recognise(text)
    for q in found:
        if q.surface == surface:
            return q
    raise AssertionError(f"{surface!r} not in {[(q.surface, q.kind.value) for q in found]}")


def claims(text: str) -> list[str]:
    return [q.surface for q in recognise(text) if q.is_claim]


# ---------------------------------------------------------------- 'a barrel', 'a kilo', 'a share'
@pytest.mark.parametrize(("text", "surface", "per"), [
    ("Brent crude slipped 1.4% to $84.50 a barrel on Wednesday.", "$84.50", "barrel"),
    ("Gold edged up to $2,412 an ounce.", "$2,412", "ounce"),
    ("Onions now cost ₹80 a kilo in Delhi.", "₹80", "kg"),
    ("The board declared a dividend of 10p a share.", "10p", "share"),
    ("Tickets cost £40 a head, and rooms £95 a night.", "£40", "head"),
    ("Tickets cost £40 a head, and rooms £95 a night.", "£95", "night"),
    ("Diesel rose to 152p a litre.", "152p", "litre"),
])
def test_a_price_per_unit_of_sale_keeps_its_unit(text: str, surface: str, per: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.MONEY and q.per == per


def test_a_period_after_a_stays_a_rate_and_a_per_noun_stops_at_a_preposition() -> None:
    assert find("She paid £20 a month.", "£20").per == "month"
    q = find("Onions sell at ₹35 per kg through 1,200 outlets.", "₹35")
    assert q.per == "kg"
    assert find("Fares of £3 per journey across the county.", "£3").per == "journey"
    assert find("He scored 3 a game.", "3").per is None  # no unit of sale


# ---------------------------------------------------------------- US wire dates: 'Dec. 3'
@pytest.mark.parametrize(("text", "surface"), [
    ("WASHINGTON, Dec. 3 (Wire) - The Federal Reserve held rates.", "Dec. 3"),
    ("The next meeting is Jan. 27-28, officials said.", "Jan. 27-28"),
    ("The deal closes on Sept. 15, 2027, the company said.", "Sept. 15, 2027"),
    ("Prices peaked in Nov. 2025 and fell back.", "Nov. 2025"),
])
def test_an_abbreviated_month_with_its_full_stop_makes_a_date(text: str, surface: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.DATE and not q.is_claim
    assert claims(text) == []


def test_a_full_stop_after_a_word_that_is_no_month_still_ends_the_sentence() -> None:
    assert find("They met at the Fed. 3 governors dissented.", "3").is_claim


# ---------------------------------------------------------------- phone numbers
@pytest.mark.parametrize("text", [
    "Call (202) 555-0143 for details.",
    "The helpline, 1-800-555-0199, is free.",
    "Reach the desk on 202-555-0100 today.",
    "Ring the incident hotline on 0800 80 70 60 to report it.",
])
def test_us_and_spaced_uk_phone_numbers_are_not_figures(text: str) -> None:
    assert claims(text) == []
    assert any(q.kind == Kind.PHONE for q in recognise(text))


def test_a_dash_range_is_not_a_phone_number() -> None:
    q = find("Output will be 720-760 tonnes.", "720-760")
    assert q.kind == Kind.RANGE


# ---------------------------------------------------------------- match scores
@pytest.mark.parametrize(("text", "surface"), [
    ("The leaders beat their nearest rivals 3-1 to move clear.", "3-1"),
    ("Leeds drew with Spurs 1-1 on Saturday.", "1-1"),
    ("City lost to Newcastle United 3-2 on Sunday.", "3-2"),
])
def test_a_score_after_a_result_verb_and_its_opponent_is_no_claim(text: str, surface: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.LABEL and not q.is_claim
    assert claims(text) == []


def test_a_range_far_from_any_result_verb_stays_a_range() -> None:
    assert find("Inflation was 3-4% this year.", "3-4%").kind == Kind.RANGE
    assert find("Most classes had 12-15 pupils.", "12-15").kind == Kind.RANGE


# ---------------------------------------------------------------- measured durations
@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("Firms spilled sewage for more than 3.6 million hours last year.", "more than 3.6 million hours",
     3.6e6, "hour"),
    ("Staff lost 12,000 hours to sickness.", "12,000 hours", 12_000, "hour"),
    ("Patients spent 1.2m days in beds they no longer needed.", "1.2m days", 1.2e6, "day"),
    ("She won in 2 hours 16 minutes and 8 seconds.", "2 hours 16 minutes and 8 seconds",
     2 + 16 / 60 + 8 / 3600, "hour"),
    ("He clocked 27 minutes 3 seconds.", "27 minutes 3 seconds", 27.05, "minute"),
])
def test_a_total_or_a_time_to_the_second_is_a_measured_duration(
        text: str, surface: str, value: float, unit: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.DURATION and q.is_claim and q.unit == unit
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "surface"), [
    ("Homes lost supply for more than three hours.", "more than three hours"),
    ("The abbey was built over 1,000 years.", "over 1,000 years"),
    ("She was pulled out after 52 hours.", "52 hours"),
])
def test_a_time_frame_stays_no_claim(text: str, surface: str) -> None:
    assert not find(text, surface).is_claim


def test_a_race_time_with_seconds_is_one_time_not_a_clock_and_a_count() -> None:
    assert claims("The men's race was won in 2:03:47.") == []
    assert find("The men's race was won in 2:03:47.", "2:03:47").kind == Kind.DATE


# ---------------------------------------------------------------- spoken decimals across a line
def test_point_at_the_end_of_a_table_cell_is_no_decimal_point() -> None:
    table = "One child   22%   -1 point\nTwo children   25%   +2 points\n"  # a table as the reader gives it
    q = find(table, "-1 point")
    assert q.value == -1 and q.unit == "percentage points"
    assert find(table, "Two").value == 2
    assert find("It was one point five.", "one point five").value == pytest.approx(1.5)
    assert find("Growth was 1 point 5 per cent.", "1 point 5 per cent").value == pytest.approx(1.5)


# ---------------------------------------------------------------- list markers, page furniture
def test_a_number_opening_its_line_with_a_full_stop_numbers_a_list_item() -> None:
    text = "Defence\n\n1. Mr Alan Pryce (Con): What steps?\n\n  2) Sarah Kell: Will she?\n"
    assert claims(text) == []
    assert find(text, "1.").kind == Kind.LABEL
    assert find("5. Five firms missed the target.", "Five").is_claim
    assert find("Output rose by 3. Then it fell.", "3").is_claim  # mid-line: a figure


@pytest.mark.parametrize("text", ["Page 2 of 3", "Image 4 of 12: rescuers at work.", "Part 1 of 2."])
def test_a_place_in_a_sequence_is_page_furniture(text: str) -> None:
    assert claims(text) == []
    assert recognise(text)[0].kind == Kind.FURNITURE


def test_three_of_ten_people_stays_two_counts() -> None:
    assert claims("Three of 10 people said so.") == ["Three", "10"]


def test_a_social_counter_is_furniture_only_when_it_ends_its_line() -> None:
    assert find("Volumes: 812 million shares changing hands.", "812 million").is_claim
    assert find("The clip had 2m views in a day.", "2m").is_claim
    bar = "Posted 2 hours ago | 1.2k shares | 340 comments"
    assert claims(bar) == []


# ---------------------------------------------------------------- 'edged up to'
@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Gold edged up to $2,412 an ounce.", "$2,412", 2412),
    ("The 10-year yield ticked up to 4.31%.", "4.31%", 4.31),
    ("Unemployment crept up to 4.4 percent.", "4.4 percent", 4.4),
])
def test_up_to_after_a_verb_of_movement_is_the_new_level_not_a_ceiling(
        text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert q.qualifier is None and q.interval.low > 0.98 * value  # no floor of zero


def test_up_to_on_its_own_stays_a_ceiling() -> None:
    q = find("Up to 40 stores will close.", "Up to 40")
    assert q.qualifier == "up to" and q.interval.low == 0 and q.interval.high == 40
    assert find("The chain will cut up to 1,100 jobs.", "up to 1,100").interval.low == 0


# ---------------------------------------------------------------- new level, a time, the old level
@pytest.mark.parametrize(("text", "surface", "direction", "old"), [
    ("The jobless rate climbed to 4.4 percent last month from 4.2 percent.",
     "4.4 percent last month from 4.2 percent", "increase", 4.15),
    ("Sales are down to £3bn this year from £4bn.", "£3bn this year from £4bn", "decrease", 3.5e9),
    ("Inflation rose to 4% in October from 3.8%.", "4% in October from 3.8%", "increase", 3.75),
    ("Growth was revised up to 2.1% from 1.9%.", "2.1% from 1.9%", "increase", 1.85),
    ("The yield edged up to 4.31% from 4.25%.", "4.31% from 4.25%", "increase", 4.245),
    # a level then ', up from' / ', down from' states the change with no verb
    ("Unemployment was 4.4%, up from 4.2%.", "4.4%, up from 4.2%", "increase", 4.15),
    ("Debt stood at £2.7tn, down from £2.8tn.", "£2.7tn, down from £2.8tn", "decrease", 2.75e12),
    ("Core inflation was 3.8% up from 3.6% in May.", "3.8% up from 3.6%", "increase", 3.55),
    ("Arrests were 40, down from 48 in 2024.", "40, down from 48", "decrease", 47.5),
])
def test_a_new_level_then_the_old_one_is_a_change_across_a_time_phrase(
        text: str, surface: str, direction: str, old: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == direction
    assert q.change.from_value is not None and q.change.from_value.low == pytest.approx(old)


def test_from_before_a_noun_is_no_old_level() -> None:
    q = find("Turnout rose to 60% among voters from poorer areas.", "60%")
    assert q.kind == Kind.PERCENT


# ---------------------------------------------------------------- 'over four years' is a period
@pytest.mark.parametrize(("text", "surface"), [
    ("The council will buy 350 homes over four years.", "over four years"),
    ("Spending rose over three years.", "over three years"),
    ("Over two years, the firm grew.", "Over two years"),
    ("It will be done in under two years.", "under two years"),
])
def test_a_bound_on_years_with_no_people_is_the_period_covered(text: str, surface: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.DURATION and q.unit == "year" and not q.is_claim


@pytest.mark.parametrize(("text", "surface"), [
    ("Children under five years old travel free.", "under five"),
    ("Children under five years travel free.", "under five"),
    ("Babies under one year were most at risk.", "under one"),
    ("Those over five years of age pay.", "over five"),
])
def test_a_bound_on_years_after_people_or_before_old_stays_an_age(text: str, surface: str) -> None:
    assert find(text, surface).kind == Kind.AGE


# ---------------------------------------------------------------- 'a year on accommodation'
@pytest.mark.parametrize(("text", "surface"), [
    ("It expects to save £4.2m a year on nightly-paid accommodation.", "£4.2m"),
    ("Families spend £1,200 a year on energy.", "£1,200"),
    ("The NHS spends £3bn a year on agency staff.", "£3bn"),
])
def test_a_rate_then_on_and_what_it_is_spent_on_keeps_its_period(text: str, surface: str) -> None:
    assert find(text, surface).per == "year"


def test_a_year_on_as_a_time_later_is_no_rate() -> None:
    assert find("It sold 40 a year on, from a peak.", "40").per is None
    assert find("Shares rose 5% a year on from the crash.", "5%").per is None


# ---------------------------------------------------------------- '24 hours a day'
@pytest.mark.parametrize("text", [
    "The line is open 24 hours a day, seven days a week.",
    "Staff are on call 365 days a year.",
    "The plant runs 52 weeks a year.",
])
def test_periods_that_fill_their_rate_mean_always_not_a_rate(text: str) -> None:
    assert claims(text) == []


def test_a_working_day_stays_a_rate() -> None:
    q = find("Nurses work 12 hours a day.", "12")
    assert q.kind == Kind.RATE and q.per == "day"
    assert find("Shops open 6 days a week.", "6").per == "week"


# ---------------------------------------------------------------- Fed copy: a quarter-point cut
def test_a_quarter_point_cut_a_paragraph_after_a_percentage_is_percentage_points() -> None:
    text = ("The rate range is 4.25 percent to 4.5 percent.\n\n"
            "Two governors dissented in favor of a quarter-point cut.")
    q = find(text, "a quarter-point cut")
    assert q.unit == "percentage points" and q.value == 0.25


# ---------------------------------------------------------------- Hansard furniture
@pytest.mark.parametrize(("text", "surface"), [
    ("What steps the Government are taking to raise spending to 3% of GDP. [910234]", "[910234]"),
    ("Fines rose sharply [3] in the year.", "[3]"),
    ("Column 312", "Column 312"),
    ("Only 27% of Plan 2 borrowers will repay in full.", "Plan 2"),
])
def test_references_and_capitalised_labels_are_no_claims(text: str, surface: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.LABEL and not q.is_claim


def test_a_lower_case_plan_still_counts() -> None:
    assert find("They plan 200 homes.", "200").is_claim


# ---------------------------------------------------------------- 'rose 2p to 387p'
@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("Its shares rose 2p to 387p.", "2p", "increase"),
    ("Brent fell $1.20 to $84.50 a barrel.", "$1.20", "decrease"),
    ("House prices climbed £4,000 to £290,000.", "£4,000", "increase"),
])
def test_a_sum_after_a_change_verb_and_before_a_new_level_is_the_change(
        text: str, surface: str, direction: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == direction


@pytest.mark.parametrize(("text", "surface"), [
    ("The charity raised £5m to fund research.", "£5m"),
    ("Fees rose £250 to 40%.", "£250"),
    ("Sales rose £3 to $5.", "£3"),
])
def test_a_sum_before_to_without_a_new_level_in_its_currency_stays_a_sum(text: str, surface: str) -> None:
    assert find(text, surface).kind == Kind.MONEY


# ---------------------------------------------------------------- broadband, air, water measures
@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Some 1,600 homes get speeds below 10Mbps.", "below 10", "Mbps"),
    ("Full fibre offers 1 Gbps to 300 homes.", "1", "Gbps"),
    ("NO2 was above 40 micrograms per cubic metre.", "above 40", "µg"),
    ("Leaks wasted 2,800 megalitres a day.", "2,800", "Ml"),
    ("The lorry carried 3 tons.", "3", "tons"),
])
def test_broadband_pollution_and_water_measures_give_the_unit(text: str, surface: str, unit: str) -> None:
    assert find(text, surface).unit == unit


# ---------------------------------------------------------------- '4.4m' after a million
@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Heathrow handled 7.9 million passengers, while Gatwick served 4.4m.", "4.4m", 4.4e6),
    ("Americans made 5.1m visits, followed by the French (3.5m).", "3.5m", 3.5e6),
    ("Sales reached £2bn and units 1.2m, the firm said.", "1.2m", 1.2e6),
])
def test_an_m_ending_its_phrase_after_a_million_is_a_million(text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert q.unit is None and q.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "surface"), [
    ("She jumped 2.04m to win.", "2.04"),
    ("Sea levels rose 0.3m.", "0.3"),
    ("A 1.5m gap opened as 3 million watched.", "1.5"),
])
def test_an_m_with_no_million_near_stays_metres(text: str, surface: str) -> None:
    assert find(text, surface).unit == "m"


# ---------------------------------------------------------------- degrees named, speeds, range units
@pytest.mark.parametrize(("text", "surface", "unit"), [
    ("Temperatures reached 109 degrees Fahrenheit.", "109", "°F"),
    ("It was 40 degrees Celsius in the shade.", "40", "°C"),
    ("Winds gusted up to 60 mph.", "up to 60", "mph"),
    ("Gusts of 45 to 55 mph are expected.", "45 to 55", "mph"),
    ("Output will be between 3 and 5 tonnes.", "between 3 and 5", "tonnes"),
])
def test_a_named_scale_or_a_unit_after_the_far_end_gives_the_unit(text: str, surface: str, unit: str) -> None:
    assert find(text, surface).unit == unit


def test_a_range_of_people_has_no_unit() -> None:
    assert find("Classes grew from 10 to 12 people.", "from 10 to 12").unit is None


# ---------------------------------------------------------------- '12 hours or more'
@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("One in 10 waited 12 hours or more in A&E.", "12 hours or more", 12, None),
    ("Some waited 3 days or less.", "3 days or less", 0, 3),
    ("Patients waited six months or longer for surgery.", "six months or longer", 6, None),
    ("It lasted 10 minutes and 30 seconds or more.", "10 minutes and 30 seconds or more", 10.5, None),
])
def test_a_bound_after_the_period_bounds_the_duration(
        text: str, surface: str, low: float, high: float | None) -> None:
    q = find(text, surface)
    assert q.kind == Kind.DURATION and q.interval.low == pytest.approx(low) and q.interval.high == high


def test_a_suffix_that_opens_the_next_figure_is_no_bound() -> None:
    q = find("Some waited 2 weeks and more than 40 did not.", "2 weeks")
    assert q.interval.high == pytest.approx(2.5)


@pytest.mark.parametrize(("text", "surface", "per"), [
    ("The Fed capped redemptions at $5 billion a month, down from $25 billion.",
     "$5 billion a month, down from $25 billion", "month"),
    ("The fee rose to £5 a month from £3.", "£5 a month from £3", "month"),
    ("Wage growth was 3% a year, up from 2%.", "3% a year, up from 2%", "year"),
])
def test_the_old_level_may_follow_the_new_levels_rate(text: str, surface: str, per: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.CHANGE and q.per == per and q.change is not None and q.change.from_value is not None


def test_up_from_a_different_kind_of_figure_is_no_change() -> None:
    assert find("The rate is 4%, up from 12 people.", "4%").kind == Kind.PERCENT


# ---------------------------------------------------------------- rates inside the phrase
@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("He took a £50,000-a-year job.", "£50,000", Kind.MONEY),
    ("It runs a £1.5m-a-year helpline.", "£1.5m", Kind.MONEY),
    ("She had a 40-a-day habit.", "40", Kind.RATE),
    ("Bills rise by an average of £123 a year.", "an average of £123", Kind.CHANGE),
])
def test_a_hyphenated_rate_or_a_rate_after_a_change_keeps_its_period(text: str, surface: str, kind: Kind) -> None:
    q = find(text, surface)
    assert q.kind == kind and q.per in ("year", "day")


def test_an_index_name_with_an_ampersand_is_one_label() -> None:
    q = find("The S&P 500 rose 0.7%.", "S&P 500")
    assert q.kind == Kind.LABEL and not q.is_claim


# ---------------------------------------------------------------- 'by a record 9.2%', '1,000-plus'
@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("Rents rose by a record 9.2%.", "a record 9.2%", "increase"),
    ("The Fed has lowered rates by a cumulative 1.5 percentage points.",
     "a cumulative 1.5 percentage points", "decrease"),
    ("Profits rose by a combined £3bn.", "a combined £3bn", "increase"),
    ("Payrolls grew by a net 40,000 jobs.", "a net 40,000", "increase"),
])
def test_an_adjective_between_by_a_and_the_figure_keeps_the_change(text: str, surface: str, direction: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == direction


@pytest.mark.parametrize(("text", "surface"), [
    ("The firm employs 1,000-plus staff.", "1,000-plus"),
    ("Pay of £100,000-plus is common.", "£100,000-plus"),
    ("A 50-plus crowd gathered.", "50-plus"),
])
def test_a_glued_plus_is_a_lower_bound(text: str, surface: str) -> None:
    q = find(text, surface)
    assert q.qualifier == "-plus" and q.interval.high is None and q.interval.low == q.value


def test_a_suffix_hedge_reads_as_written_with_spaces_normalised() -> None:
    assert find("In all 20 or  more people came.", "20 or  more").qualifier == "or more"
    assert claims("The 3-plus-2 deal") == ["3"]  # '-plus-' joins, it bounds nothing


def test_megabits_per_second_is_a_unit_and_a_period_not_a_speed_per_second() -> None:
    q = find("Homes cannot get a connection of 10 megabits per second.", "10")
    assert q.unit == "Mb" and q.per == "second"


# ---------------------------------------------------------------- ', or 0.7%' restates a change
@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("Shares closed down 37 cents, or 1.2%, at $30.41.", "1.2%", "decrease"),
    ("The FTSE fell 50 points, or 0.7%.", "0.7%", "decrease"),
    ("The Dow gained 312 points, or 0.6 percent.", "0.6 percent", "increase"),
])
def test_a_percentage_after_a_change_and_comma_or_restates_it(text: str, surface: str, direction: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == direction


@pytest.mark.parametrize(("text", "surface"), [
    ("There were 40 arrests, or 5% of the total.", "5%"),
    ("Arrests rose to 40, or 5% of the total.", "5%"),
    ("It cost £5, or 10% of income.", "10%"),
])
def test_a_share_after_a_level_and_comma_or_stays_a_share(text: str, surface: str) -> None:
    assert find(text, surface).kind == Kind.PERCENT


@pytest.mark.parametrize(("text", "surface"), [
    ("The fire was 15% contained, up from 5% a day earlier.", "15% contained, up from 5%"),
    ("The trust had 40 staff, down from 48.", "40 staff, down from 48"),
])
def test_the_counted_noun_may_stand_before_up_or_down_from(text: str, surface: str) -> None:
    assert find(text, surface).kind == Kind.CHANGE


def test_a_range_of_periods_takes_the_period_as_its_unit() -> None:
    assert find("Restoring supply could take 48 to 72 hours.", "48 to 72").unit == "hour"
    assert find("Sentences of between 3 and 5 years were handed down.", "between 3 and 5").unit == "year"
    assert find("It costs £3 to £5 a day.", "£3 to £5").unit == "GBP"


def test_a_rate_reads_its_period_so_per_second_holds_no_ordinal() -> None:
    found = recognise("Homes cannot get 10 megabits per second.")
    assert [(q.surface, q.kind) for q in found] == [("10", Kind.RATE)]


def test_a_per_noun_runs_on_through_a_second_per() -> None:
    assert find("Wales will charge £1.30 per person per night.", "£1.30").per == "person per night"


def test_a_label_with_a_digit_between_figure_and_period_keeps_the_rate() -> None:
    q = find("The plant emits 40 tonnes of NO2 a day.", "40")
    assert q.kind == Kind.RATE and q.per == "day" and q.unit == "tonnes"
    assert find("The fleet sold 40 cars to 3 firms a day.", "40").per is None  # another figure between


# ---------------------------------------------------------------- league points
@pytest.mark.parametrize(("text", "surface"), [
    ("Spending rose 24%. The leaders moved five points clear at the top.", "five"),
    ("Spurs are three points from safety after a 20% drop in form.", "three"),
    ("With 60% of games played, City sit 4 points adrift.", "4"),
])
def test_points_that_place_a_team_in_a_table_are_no_percentage_points(text: str, surface: str) -> None:
    assert find(text, surface).unit is None


def test_a_poll_lead_stays_percentage_points() -> None:
    q = find("Labour, on 42%, is five points clear of the Tories.", "five points")
    assert q.unit == "percentage points"

"""Number grammar: less common English number forms, each rule on our own sentences.

Every case here pairs a form with a near miss that must keep its everyday news reading.
"""

from __future__ import annotations

import math

import pytest

from claimcheck.models import Kind, Quantity
from claimcheck.nlp.grammar import scan


def find(text: str, surface: str) -> Quantity:
    for q in scan(text):
        if q.surface == surface:
            return q
    raise AssertionError(f"{surface!r} not in {[(q.surface, q.value) for q in scan(text)]}")


def surfaces(text: str) -> list[str]:
    return [q.surface for q in scan(text)]


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Per cent of 65 is the answer we wanted.", "Per cent of 65", 65),
    ("The question was simple. Percent of forty?", "Percent of forty", 40),
    ("Result: per cent of thirty-one, then rounding.", "per cent of thirty-one", 31),
])
def test_clause_opening_percent_takes_the_number_after_of(text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.PERCENT and q.unit == "%"
    assert q.value is not None and math.isclose(q.value, value)


@pytest.mark.parametrize(("text", "pct", "count"), [
    ("Some 35 per cent of 480 nurses left.", "Some 35 per cent", "480"),
    ("It found that 12 percent of 90 schools closed.", "12 percent", "90"),
])
def test_percent_after_a_number_leaves_the_of_figure_a_count(text: str, pct: str, count: str) -> None:
    assert find(text, pct).kind == Kind.PERCENT
    assert find(text, count).kind == Kind.COUNT


@pytest.mark.parametrize("text", [
    "What percent of 60 voters said yes?",
    "The per cent of 70 members is unknown.",
    "Percent of 16-year-olds in work: unknown.",
    "Per cent of £80 is not a sum.",
])
def test_percent_word_not_opening_the_clause_or_before_other_units(text: str) -> None:
    assert all(q.kind != Kind.PERCENT for q in scan(text))


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Each heir got one twenty-fifth of the estate.", "one twenty-fifth", 1 / 25),
    ("They own three twenty-firsts of the shares.", "three twenty-firsts", 3 / 21),
    ("It came to seven thirty seconds of an inch.", "seven", 7),  # 'seconds' is time, never a rank
    ("The jar held one hundred forty-fifths of a litre.", "one hundred forty-fifths", 100 / 45),
    ("The jar held one hundred and forty fifths of a litre.", "one hundred and forty fifths", 140 / 5),
    ("A speck is a hundred thousand billionths of a gram.", "a hundred thousand billionths", 1e5 / 1e9),
    ("The margin was two and sixty-five hundredths.", "two and sixty-five hundredths", 2.65),
    ("The share was one one hundred tenth.", "one one hundred tenth", 1 / 110),
])
def test_spoken_fractions(text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert q.value is not None and math.isclose(q.value, value)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The one hundred fifth Congress met.", "one hundred fifth", 105),
    ("It was the two thousand and first entry.", "two thousand and first", 2001),
    ("Her one hundred twenty-third race.", "one hundred twenty-third", 123),
])
def test_a_cardinal_completed_by_an_ordinal_is_a_rank(text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.ORDINAL and not q.is_claim and q.value == value


def test_ordinal_adjectives_stay_out_of_the_number() -> None:
    assert find("Two million first-time buyers.", "Two million").value == 2e6
    assert find("A $280 million first phase.", "$280 million").value == 280e6
    assert find("She turned one twenty-first-century idea down.", "twenty-first").kind == Kind.ORDINAL


@pytest.mark.parametrize(("text", "surface", "value", "low", "high"), [
    ("About a quarter of a million people marched.", "About a quarter of a million", 250_000, 222_222, 285_715),
    ("Two thirds of a billion was spent.", "Two thirds of a billion", 2e9 / 3, 2e9 / 3.5, 2e9 / 2.5),
    ("Half of a million homes lost power.", "Half of a million", 500_000, 400_000, 666_667),
])
def test_a_fraction_of_a_scale_is_a_count(text: str, surface: str, value: float, low: float,
                                          high: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.COUNT and q.value is not None and math.isclose(q.value, value)
    assert math.isclose(q.interval.lo, low, rel_tol=1e-5) and math.isclose(q.interval.hi, high, rel_tol=1e-5)


def test_a_fraction_of_a_counted_group_stays_a_share() -> None:
    assert find("Two thirds of the 600 members voted.", "Two thirds").kind == Kind.RATIO
    assert find("Two thirds of the 600 members voted.", "600").value == 600


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("A two-and-a-half-year wait for surgery.", "two-and-a-half-year", 2.5),
    ("It took six-hundred-and-forty-two attempts.", "six-hundred-and-forty-two", 642),
])
def test_a_glued_and_joins_like_a_spaced_one(text: str, surface: str, value: float) -> None:
    assert find(text, surface).value == value


def test_a_dash_run_of_three_numbers_is_a_sequence_not_a_range() -> None:
    qs = scan("The committee split five-two-one on the motion.")
    assert [(q.surface, q.value) for q in qs] == [("five", 5), ("two", 2), ("one", 1)]
    assert all(q.kind != Kind.RANGE for q in scan("Card 4000-1234-5678 was used."))
    assert find("Between 18-24 and 25-34.", "25-34").kind == Kind.RANGE


def test_a_dash_glued_to_a_word_is_not_a_minus_sign() -> None:
    assert find("Three-nil-two, said the board.", "nil").value == 0
    assert find("Plot 2019-480 was sold.", "480").value == 480
    assert find("The low was -12 overnight.", "-12").value == -12


def test_how_about_suggests_a_figure_rather_than_hedging_it() -> None:
    q = find("How about 30 more beds?", "30")
    assert q.qualifier is None and q.interval.lo == 25
    assert find("It cost about 30 pounds.", "about 30 pounds").qualifier == "about"


def test_tamil_rupee_sign_before_or_after_the_amount() -> None:
    assert find("The fare was 2,500 ரூ each way.", "2,500 ரூ").unit == "LKR"
    assert find("Pay ரூ 900 at the gate.", "ரூ 900").unit == "LKR"


def test_spoken_cents_at_the_end_are_hundredths_but_between_makes_a_range() -> None:
    q = find("The toll is 4 dollars and 75.", "4 dollars and 75")
    assert q.value == 4.75 and math.isclose(q.interval.hi - q.interval.lo, 0.01)
    r = find("Fares were between 4 dollars and 75.", "between 4 dollars and 75")
    assert r.kind == Kind.RANGE and r.interval.hi == 75
    assert find("Seats cost $40 and 60 were empty.", "$40").value == 40


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("Nights ranged from -3 °C to -11 °C.", "from -3 °C to -11 °C", -11, -3),
    ("Highs of between 28°C and 31°C are due.", "between 28°C and 31°C", 28, 31),
])
def test_degree_ranges_repeat_their_unit(text: str, surface: str, low: float, high: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.RANGE and (q.interval.low, q.interval.high) == (low, high)


def test_ranges_of_two_different_degree_scales_stay_apart() -> None:
    assert all(q.kind != Kind.RANGE for q in scan("It went from 12°C to 50°F."))


def test_and_zero_never_continues_a_cardinal() -> None:
    assert [(q.surface, q.value) for q in scan("Tallies: 6 hundred and 0 and 7.")][:2] == [
        ("6 hundred", 600), ("0", 0)]
    assert find("It took one hundred and nine days.", "one hundred and nine days").value == 109


def test_lower_case_b_glued_to_a_decimal_is_billion() -> None:
    assert find("Sales reached 3.4b last year.", "3.4b").value == 3.4e9
    assert all(q.value != 4.1e9 for q in scan("See Table 4.1b below."))
    assert all(q.value != 3e9 for q in scan("Rule 3b applies."))


@pytest.mark.parametrize(("text", "surface"), [
    ("The clinic gave a fourth dose in May.", "fourth"),
    ("She is seeking a sixth term.", "sixth"),
])
def test_article_ordinal_before_a_noun_of_rank_is_an_ordinal(text: str, surface: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.ORDINAL and not q.is_claim


@pytest.mark.parametrize("text", ["A fifth said they would move.", "Just a fifth of homes passed."])
def test_article_ordinal_as_a_share_stays_a_ratio(text: str) -> None:
    assert [q.value for q in scan(text) if q.kind == Kind.RATIO] == [0.2]


def test_network_generations_are_labels_not_billions() -> None:
    q = find("Rural 4G and 5G coverage lags.", "5G")
    assert q.kind == Kind.LABEL and not q.is_claim
    assert find("A 1.5G budget.", "1.5G").value == 1.5e9


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("It marks the two hundredth anniversary.", "two hundredth", 200),
    ("He was the three millionth visitor.", "three millionth", 3e6),
])
def test_a_singular_scale_ordinal_after_a_numerator_above_one_is_a_rank(text: str, surface: str,
                                                                       value: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.ORDINAL and q.value == value


def test_a_numerator_above_one_needs_a_plural_denominator() -> None:
    qs = scan("Profit in the 2019 third quarter rose.")
    assert all(q.kind != Kind.DURATION and q.value != 2019 / 3 for q in qs)
    assert find("It took three millionths of a second.", "three millionths").value == pytest.approx(3e-6)
    assert find("Only one hundredth passed.", "one hundredth").value == pytest.approx(0.01)


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("Voters aged 18-24 were least likely to turn out.", "aged 18-24", 18, 24),
    ("Ages 18 to 24 made up a fifth of the sample.", "Ages 18 to 24", 18, 24),
    ("Adults aged between 25 and 34 replied most.", "aged between 25 and 34", 25, 34),
    ("Those ages 40–50 said the same.", "ages 40–50", 40, 50),
])
def test_age_band_is_one_non_claim_and_its_upper_bound_is_no_count(
        text: str, surface: str, low: float, high: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.AGE and not q.is_claim
    assert (q.interval.low, q.interval.high) == (low, high)
    assert [x.surface for x in scan(text) if x.is_claim and x.start >= q.start and x.end <= q.end] == []


def test_age_band_near_misses_stay_figures() -> None:
    # an age followed by a separate range of counts, and a descending pair, are not bands
    assert find("Pupils aged 11, 120 to 150 of them, sat the test.", "120 to 150").kind == Kind.RANGE
    assert find("People aged 30-20 is a typo.", "aged 30").kind == Kind.AGE
    assert find("A band aged 18-24 had 412 members.", "412").is_claim


@pytest.mark.parametrize(("text", "surface"), [
    ("See Figure 1.2b for the trend.", "Figure 1.2b"),
    ("Table 4.1 lists the councils.", "Table 4.1"),
    ("As Section 3.2 explains, the sample was small.", "Section 3.2"),
    ("Results are in table 2.4a of the report.", "table 2.4a"),
    ("Table 2b gives the detail.", "Table 2b"),
])
def test_section_numbers_after_a_label_word_are_labels(text: str, surface: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.LABEL and not q.is_claim


def test_decimal_after_lower_case_figure_stays_a_figure() -> None:
    q = find("The figure 3.2 was higher than expected.", "3.2")
    assert q.kind == Kind.COUNT and q.is_claim and q.value == 3.2


def test_scaled_decimals_carry_no_floating_point_noise() -> None:
    q = find("Councils spent £4.1bn on temporary accommodation.", "£4.1bn")
    assert q.value == 4_100_000_000 and (q.interval.low, q.interval.high) == (4_050_000_000, 4_150_000_000)
    assert find("Prices rose 3.3 per cent.", "3.3 per cent").interval.high == 3.35


@pytest.mark.parametrize(("text", "surface", "value", "direction"), [
    ("It was a 25 per cent increase on the year before.", "25 per cent increase", 25, "increase"),
    ("Schools face a £2bn cut to budgets.", "£2bn cut", 2e9, "decrease"),
    ("There was a 3,000 rise in referrals.", "3,000 rise", 3000, "increase"),
    ("Ministers cut the waiting list by more than 200,000.", "more than 200,000", 200_000, "decrease"),
])
def test_change_nouns_after_and_verbs_before_an_object(
        text: str, surface: str, value: float, direction: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.CHANGE and q.value == value
    assert q.change is not None and q.change.direction == direction


def test_a_plural_change_noun_after_a_bare_count_is_counted() -> None:
    q = find("The plan means 3,000 cuts to frontline posts.", "3,000")
    assert q.kind == Kind.COUNT and q.change is None


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("The Bank cut rates by a quarter of a percentage point.", "a quarter of a percentage point",
     0.25, "percentage points"),
    ("Borrowing costs rose half a percentage point.", "half a percentage point", 0.5, "percentage points"),
    ("Growth was three quarters of a per cent.", "three quarters of a per cent", 0.75, "%"),
])
def test_fraction_of_a_percent_unit(text: str, surface: str, value: float, unit: str) -> None:
    q = find(text, surface)
    assert q.value == value and q.unit == unit


@pytest.mark.parametrize(("text", "change", "level"), [
    ("Inflation rose by 0.2% to 3.8% in July.", "0.2%", "3.8%"),
    ("Rates were cut by 0.25 percentage points to 4%.", "0.25 percentage points", "4%"),
    ("Exports fell by £2bn to £40bn.", "£2bn", "£40bn"),
])
def test_by_x_to_y_after_a_change_verb_is_a_change_and_a_level_not_a_range(
        text: str, change: str, level: str) -> None:
    assert find(text, change).kind == Kind.CHANGE
    assert find(text, level).kind in (Kind.PERCENT, Kind.MONEY)
    assert all(q.kind != Kind.RANGE for q in scan(text))


def test_ranges_with_to_still_join() -> None:
    assert find("Fees rose from 5% to 40%.", "from 5% to 40%").kind == Kind.CHANGE
    assert find("Estimates range from £2bn to £4bn.", "from £2bn to £4bn").kind == Kind.RANGE
    assert find("Between 20% and 30% of staff left.", "Between 20% and 30%").kind == Kind.RANGE


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("Ambulances took an average of 32 minutes and 44 seconds to arrive.",
     "an average of 32 minutes and 44 seconds", 32 + 44 / 60, "minute"),
    ("Patients waited more than 12 hours in A&E.", "more than 12 hours", 12, "hour"),
    ("The average wait was 9 hours.", "9 hours", 9, "hour"),
    ("The journey took 2 hours 15 minutes.", "2 hours 15 minutes", 2.25, "hour"),
])
def test_a_measured_time_is_a_claim(text: str, surface: str, value: float, unit: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.DURATION and q.is_claim and q.unit == unit
    assert q.value is not None and math.isclose(q.value, value)


@pytest.mark.parametrize(("text", "surface"), [
    ("Within 18 weeks, 3,000 patients were seen.", "18 weeks"),
    ("Costs rose 20% over five years.", "over five years"),
    ("It was double the 18-minute target.", "18-minute"),
    ("A 12-month inquiry reported.", "12-month"),
])
def test_time_frames_and_adjectives_are_not_claims(text: str, surface: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.DURATION and not q.is_claim


def test_ordinal_part_of_a_year_is_no_share() -> None:
    qs = scan("Some 28,420 homes were started in the second quarter and 300 in the first half.")
    assert [(q.surface, q.kind) for q in qs if not q.is_claim] == [
        ("second quarter", Kind.ORDINAL), ("first half", Kind.ORDINAL)]


@pytest.mark.parametrize(("text", "surface", "direction"), [
    ("Starts were down 12% on a year earlier.", "12%", "decrease"),
    ("Prices were up 2.8% year on year.", "2.8%", "increase"),
    ("Exports were up £2bn.", "£2bn", "increase"),
])
def test_up_or_down_before_a_share_or_sum_is_a_change(text: str, surface: str, direction: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == direction
    assert find("Prices are up to 5% higher.", "up to 5%").kind == Kind.PERCENT


def test_by_a_count_to_a_far_larger_level_is_a_change_and_a_level() -> None:
    assert [(q.surface, q.kind) for q in scan("Completions fell by 3,150 to 31,870.")] == [
        ("3,150", Kind.CHANGE), ("31,870", Kind.COUNT)]
    assert find("Emissions will be cut by 20 to 30 per cent.", "20 to 30 per cent").kind == Kind.RANGE


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Suspensions were equivalent to 9.33 per 100 pupils.", "9.33 per 100", 0.0933),
    ("That is around 11 per 10,000 pupils.", "around 11 per 10,000", 0.0011),
])
def test_a_figure_per_round_base_is_a_share(text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.RATIO and q.value is not None and math.isclose(q.value, value)
    assert find("Fares were £5 per 100 miles.", "£5").kind == Kind.MONEY


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("Boys were three times as likely as girls to be excluded.", "three times", 3),
    ("Costs are 2.5 times higher than in 2010.", "2.5 times", 2.5),
    ("Referrals saw a five-fold rise.", "five-fold", 5),
])
def test_multiples(text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert (q.kind, q.unit, q.value) == (Kind.RATIO, "x", value)


def test_identifiers_and_phrasal_up() -> None:
    q = find("Written question – 145210 was answered.", "question – 145210")
    assert q.kind == Kind.LABEL and not q.is_claim
    assert find("Pupils on free meals, while making up 24% of pupils.", "24%").kind == Kind.PERCENT
    assert find("The stage.\n\n3 mins read", "3 mins read").kind == Kind.FURNITURE


@pytest.mark.parametrize(("text", "surface", "value", "low"), [
    ("Boys were twice as likely to be excluded.", "twice", 2, 2),
    ("Waits were nearly double the 18-minute target.", "nearly double", 2, 1.8),
])
def test_one_word_multiples(text: str, surface: str, value: float, low: float) -> None:
    q = find(text, surface)
    assert (q.kind, q.unit, q.value, q.interval.low) == (Kind.RATIO, "x", value, low)
    assert all(x.kind != Kind.RATIO for x in scan("A double room costs £90."))


def test_m_before_a_counted_noun_is_million_but_a_metre_elsewhere() -> None:
    assert find("The NHS employs 1.5m people.", "1.5m").value == 1_500_000
    assert find("It needs 3m homes.", "3m").value == 3_000_000
    for text, surface in [("A 2m wall fell.", "2"), ("She won the 100m hurdles.", "100")]:
        q = find(text, surface)
        assert (q.value, q.unit) == (float(surface), "m")


def test_up_a_count_on_a_base_period_is_a_change() -> None:
    q = find("Some 2.5 million children are poor, up 100,000 on the year before.", "100,000")
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == "increase"
    assert find("They climbed up 300 steps.", "300").kind == Kind.COUNT


def test_change_noun_after_one_noun_and_a_range_rate() -> None:
    q = find("Chancellor sets out £40bn tax rise", "£40bn tax rise")
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == "increase"
    assert find("Head teachers said 64 per cent had cut staff.", "64 per cent").kind == Kind.PERCENT
    r = find("It would cost households between £1,000 and £1,500 a year.", "between £1,000 and £1,500")
    assert r.kind == Kind.RANGE and r.per == "year"


def test_vague_amount_of_a_currency_carries_it() -> None:
    q = find("Hundreds of millions of pounds have been wasted.", "Hundreds of millions of pounds")
    assert (q.kind, q.unit, q.interval.low, q.interval.high) == (Kind.VAGUE, "GBP", 2e8, 1e9)
    assert find("Tens of thousands of people marched.", "Tens of thousands").unit is None

"""Number grammar: values, intervals, kinds and non-claims on our own sentences."""

from __future__ import annotations

import math

import pytest
import spacy

import claimcheck.nlp.numbers  # noqa: F401  (registers the factory)
from claimcheck.models import Kind, Quantity
from claimcheck.nlp.grammar import scan


def find(text: str, surface: str) -> Quantity:
    for q in scan(text):
        if q.surface == surface:
            return q
    raise AssertionError(f"{surface!r} not in {[q.surface for q in scan(text)]}")


VALUES = [
    ("The fund paid out 15,800 grants.", "15,800", Kind.COUNT, 15800, None),
    ("A population of 1 414 021 100 people.", "1 414 021 100", Kind.COUNT, 1414021100, None),
    ("It grew to 3.5 tonnes", "3.5", Kind.COUNT, 3.5, "tonnes"),
    ("The balance was -42 at close.", "-42", Kind.COUNT, -42, None),
    ("Officials counted twenty-six million and seventy two hundred ballots",
     "twenty-six million and seventy two hundred", Kind.COUNT, 26007200, None),
    ("It was one and a half times higher.", "one and a half times", Kind.RATIO, 1.5, "x"),
    ("They bought a dozen eggs.", "a dozen", Kind.COUNT, 12, None),
    ("Only a third of schools replied.", "a third", Kind.RATIO, 1 / 3, "ratio"),
    ("Two thirds of staff agreed.", "Two thirds", Kind.RATIO, 2 / 3, "ratio"),
    ("Half of all councils overspent.", "Half", Kind.RATIO, 0.5, "ratio"),
    ("One out of three patients waited.", "One out of three", Kind.RATIO, 1 / 3, "ratio"),
    ("Some 1 in 5 pupils are absent.", "Some 1 in 5", Kind.RATIO, 0.2, "ratio"),
    ("It has 5 million members", "5 million", Kind.COUNT, 5e6, None),
    ("The bill is £200 billion.", "£200 billion", Kind.MONEY, 200e9, "GBP"),
    ("A £2bn programme", "£2bn", Kind.MONEY, 2e9, "GBP"),
    ("They raised $1.2bn last year", "$1.2bn", Kind.MONEY, 1.2e9, "USD"),
    ("Tickets cost €40 each", "€40", Kind.MONEY, 40, "EUR"),
    ("A further US$30 was owed", "US$30", Kind.MONEY, 30, "USD"),
    ("The loss was 300 pounds.", "300 pounds", Kind.MONEY, 300, "GBP"),
    ("A loaf now costs 164p in shops.", "164p", Kind.MONEY, 1.64, "GBP"),
    ("Around 10k runners", "Around 10k", Kind.COUNT, 10000, None),
    ("Turnout was 62 per cent", "62 per cent", Kind.PERCENT, 62, "%"),
    ("Turnout was 62%", "62%", Kind.PERCENT, 62, "%"),
    ("Inflation hit 5pc", "5pc", Kind.PERCENT, 5, "%"),
    ("Support stood at 3 percentage points", "3 percentage points", Kind.PERCENT, 3, "percentage points"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit"), VALUES)
def test_values(text: str, surface: str, kind: Kind, value: float, unit: str | None) -> None:
    q = find(text, surface)
    assert q.kind == kind
    assert q.value is not None and math.isclose(q.value, value, rel_tol=1e-9)
    assert q.unit == unit
    assert q.is_claim
    assert text[q.start:q.end] == q.surface


ROUNDING = [
    ("15,800 homes", "15,800", 15750, 15850),
    ("1,770 calls", "1,770", 1765, 1775),
    ("140,000 people", "140,000", 135000, 145000),
    ("3.5 tonnes of grain", "3.5", 3.45, 3.55),
    ("89 per cent agreed", "89 per cent", 88.5, 89.5),
]


@pytest.mark.parametrize(("text", "surface", "low", "high"), ROUNDING)
def test_rounding_interval(text: str, surface: str, low: float, high: float) -> None:
    q = find(text, surface)
    assert math.isclose(q.interval.lo, low) and math.isclose(q.interval.hi, high)
    assert not q.interval.high_closed and q.precision is not None


HEDGES = [
    ("more than 50,000 referrals", "more than 50,000", "more than", 50000, math.inf, False),
    ("up to 140,000 pupils", "up to 140,000", "up to", 0, 140000, True),
    ("nearly £5 million was spent", "nearly £5 million", "nearly", 4.5e6, 5e6, True),
    ("almost 9% of staff", "almost 9%", "almost", 8.1, 9, True),
    ("at least 40 schools", "at least 40", "at least", 40, math.inf, True),
    ("fewer than 12 beds", "fewer than 12", "fewer than", 0, 12, True),
    ("over £800m was invested", "over £800m", "over", 800e6, math.inf, False),
    ("profits north of $2bn", "north of $2bn", "north of", 2e9, math.inf, False),
    ("just shy of 1,000 units", "just shy of 1,000", "just shy of", 900, 1000, True),
    ("the best part of £100m", "the best part of £100m", "the best part of", 90e6, 100e6, True),
    ("120 and counting", "120 and counting", "and counting", 120, math.inf, True),
    ("a wait closer to 30 weeks", "closer to 30 weeks", "closer to", 25, 35, True),
    ("4,000 or thereabouts", "4,000 or thereabouts", "or thereabouts", 3500, 4500, True),
]


@pytest.mark.parametrize(("text", "surface", "qual", "low", "high", "low_closed"), HEDGES)
def test_hedges(text: str, surface: str, qual: str, low: float, high: float, low_closed: bool) -> None:
    q = find(text, surface)
    assert q.qualifier == qual
    assert math.isclose(q.interval.lo, low) and q.interval.hi == pytest.approx(high)
    assert q.interval.low_closed == low_closed


def test_around_is_a_band() -> None:
    q = find("about 2,000 volunteers", "about 2,000")
    assert q.interval.lo <= 1800 and q.interval.hi >= 2200 and q.qualifier == "about"


def test_average_keeps_rounding() -> None:
    q = find("an average of 640 cases", "an average of 640")
    assert (q.interval.lo, q.interval.hi) == (635, 645)


@pytest.mark.parametrize(("text", "surface", "per", "per_day"), [
    ("Police made 90 a day", "90", "day", 90),
    ("Nurses saw 182 new patients every day", "182", "day", 182),
    ("Some 400 calls are being logged each week", "Some 400", "week", 400 / 7),
    ("A pupil is excluded every 30 seconds", "every 30 seconds", "second", 2880),
    ("The well gives 800,000 barrels a day", "800,000", "day", 800000),
])
def test_rates(text: str, surface: str, per: str, per_day: float) -> None:
    q = find(text, surface)
    assert q.per == per
    pd = q.per_day()
    assert pd is not None and pd.lo <= per_day <= pd.hi


def test_per_noun_is_not_a_time_rate() -> None:
    q = find("There are around 40 nurses per ward.", "around 40")
    assert q.per == "ward" and q.per_day() is None


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("between 20 and 30 trains", "between 20 and 30", 20, 30),
    ("a range of 1000-5000 fish", "1000-5000", 1000, 5000),
    ("costs of £3 to £7", "£3 to £7", 3, 7),
])
def test_ranges(text: str, surface: str, low: float, high: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.RANGE and q.interval.low == low and q.interval.high == high


@pytest.mark.parametrize(("text", "surface", "direction", "by_unit", "value"), [
    ("Prices increased by 14 per cent", "14 per cent", "increase", "%", 14),
    ("Exports have fallen by more than 6 per cent", "more than 6 per cent", "decrease", "%", 6),
    ("There was an increase of 4,000 places", "an increase of 4,000", "increase", None, 4000),
    ("Demand almost doubled", "almost doubled", "increase", "x", 2),
])
def test_changes(text: str, surface: str, direction: str, by_unit: str | None, value: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.CHANGE and q.change is not None
    assert q.change.direction == direction and q.change.by_unit == by_unit and q.value == value


def test_change_from_to() -> None:
    q = find("Cases rose from 1,200 to more than 3,000 in a year", "from 1,200 to more than 3,000")
    assert q.kind == Kind.CHANGE and q.change is not None
    assert q.change.from_value is not None and q.change.from_value.contains(1200)
    assert q.change.to_value is not None and q.change.to_value.low == 3000


@pytest.mark.parametrize(("text", "surface", "key", "low"), [
    ("Hundreds of parents wrote in", "Hundreds", "hundreds", 200),
    ("THOUSANDS of pupils missed school", "THOUSANDS", "thousands", 2000),
    ("Many thousands of homes flooded", "Many thousands", "many thousands", 5000),
    ("tens of thousands of jobs", "tens of thousands", "tens of thousands", 20000),
    ("dozens of wards", "dozens", "dozens", 24),
    ("a handful of cases", "a handful", "a handful", 2),
])
def test_vague(text: str, surface: str, key: str, low: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.VAGUE and q.vague == key and q.value is None and q.interval.low == low


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("The review in May 2019 found", "May 2019", Kind.DATE),
    ("Published 3rd February 2021", "3rd February 2021", Kind.DATE),
    ("Figures for 2016-2017 show", "2016-2017", Kind.DATE),
    ("Figures for 2012/13 show", "2012/13", Kind.DATE),
    ("Spending in 2023-24 rose", "2023-24", Kind.DATE),
    ("In 2021 the board met", "2021", Kind.YEAR),
    ("Toddlers under two were seen", "under two", Kind.AGE),
    ("a 7-year-old girl", "7-year-old", Kind.AGE),
    ("Write to us at N1 9GU today", "N1 9GU", Kind.POSTCODE),
    ("Call 0800 123 4567 now", "0800 123 4567", Kind.PHONE),
    ("5 mins read", "5 mins read", Kind.FURNITURE),
    ("See Table 4 for details", "Table 4", Kind.LABEL),
    ("She finished second in the race", "second", Kind.ORDINAL),
    ("It ran for three weeks", "three weeks", Kind.DURATION),
])
def test_non_claims(text: str, surface: str, kind: Kind) -> None:
    q = find(text, surface)
    assert q.kind == kind and not q.is_claim


@pytest.mark.parametrize("text", [
    "Services moved under one roof.",
    "Help from one school to the next.",
    "At any one time the ward is full.",
    "Support from day one.",
    "It is one of the worst.",
])
def test_one_as_pronoun_is_not_a_claim(text: str) -> None:
    assert not [q for q in scan(text) if q.is_claim]


def test_component_sets_sorted_quantities() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_numbers")
    doc = nlp("In 2019, 45 per cent of 1,200 pupils - nearly £3m - were helped.")
    qs = doc._.quantities
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    assert all(doc.text[q.start:q.end] == q.surface for q in qs)
    assert {q.surface for q in qs if q.is_claim} == {"45 per cent", "1,200", "nearly £3m"}


def test_many_thousands_covers_low_tens_of_thousands() -> None:
    q = find("Many thousands of babies are at risk", "Many thousands")
    assert q.interval.contains(15800) and not q.interval.contains(100000)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("About 3/4 of the wards were full.", "About 3/4", 0.75),
    ("The pipe is 2 1/2 inches wide.", "2 1/2", 2.5),
    ("Turnout fell by .5 on the day.", ".5", 0.5),
    ("The model grows as 1.5^10 each cycle.", "1.5^10", 1.5 ** 10),
    ("A reading of 3.2×10−4 was logged.", "3.2×10−4", 3.2e-4),
    ("The card holds 4x2^10 records.", "4x2^10", 4096),
    ("Turnout was two million and a half.", "two million and a half", 2.5e6),
])
def test_new_number_forms(text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert q.value is not None and math.isclose(q.value, value, rel_tol=1e-9)


@pytest.mark.parametrize("text", ["The service runs 24/7.", "Remembering 9/11 today."])
def test_improper_or_listed_slashes_are_not_fractions(text: str) -> None:
    assert not [q for q in scan(text) if q.kind == Kind.RATIO]


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    ("Waits were more than 10 and less than 20 weeks.", "more than 10 and less than 20", 10, 20),
    ("Classes had at most 30 but at least 12 pupils.", "at most 30 but at least 12", 12, 30),
    ("Doses of 40 mg to 60 mg were given.", "40 mg to 60 mg", 40, 60),
    ("A 3- to 5-metre wall", "3- to 5", 3, 5),
    ("Fares of greater than 2 and less than or equal to 9 apply", "greater than 2 and less than or equal to 9",
     2, 9),
])
def test_bound_pairs_and_unit_ranges(text: str, surface: str, low: float, high: float) -> None:
    q = find(text, surface)
    assert q.kind == Kind.RANGE and q.interval.low == low and q.interval.high == high


def test_bounds_that_cannot_pair_stay_apart() -> None:
    qs = [q.surface for q in scan("Scores of more than 40 and less than 10 are rejected.")]
    assert "more than 40" in qs and "less than 10" in qs
    qs = [q.surface for q in scan("It was no more than 12 and more than 194 in total.")]
    assert "no more than 12" in qs and "more than 194" in qs


def test_hedge_before_range_covers_both_ends() -> None:
    q = find("It cost about $30-$50 to fix.", "about $30-$50")
    assert q.kind == Kind.RANGE and math.isclose(q.interval.lo, 27) and math.isclose(q.interval.hi, 55)


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("Bus fares are a dollar.", "a dollar", 1.0, "USD"),
    ("He lent me a grand.", "a grand", 1000.0, "USD"),
    ("It sold for $7 and 25c.", "$7 and 25c", 7.25, "USD"),
    ("Entry is Rs 50 per head.", "Rs 50", 50.0, "INR"),
    ("It costs malaysian ringgit 12.", "malaysian ringgit 12", 12.0, "MYR"),
    ("Losses were 40 USD million.", "40 USD million", 40e6, "USD"),
    ("She saved thirty dimes.", "thirty dimes", 3.0, "USD"),
])
def test_new_money_forms(text: str, surface: str, value: float, unit: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.MONEY and q.unit == unit and math.isclose(q.value or 0, value)


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("The odds were one over four.", "one over four", 0.25),
    ("Scores were 322 hundred in all", "322 hundred", 32200),
    ("Funding is one billion and a half million", "one billion and a half million", 1_000_500_000),
    ("It cost 12 USD million in total.", "12 USD million", 12e6),
])
def test_more_number_forms(text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert q.value is not None and math.isclose(q.value, value)


def test_over_is_a_hedge_unless_the_denominator_ends_the_clause() -> None:
    q = find("Two died and one was over 20 years old.", "over 20")
    assert q.kind != Kind.RATIO


def test_separate_hundreds_stay_separate() -> None:
    qs = {q.surface: q.value for q in scan("Seats: 4 hundred and 6 hundred.")}
    assert qs.get("4 hundred") == 400 and qs.get("6 hundred") == 600


def test_number_lists_and_dotted_labels() -> None:
    qs = [(q.surface, q.value, q.is_claim) for q in scan("Rooms 12,15,19 were shut; host 10.0.0.7 failed.")]
    assert ("12", 12, True) in qs and ("19", 19, True) in qs
    assert ("10", 10, False) in qs and ("7", 7, False) in qs


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    ("Holders get a 15-cent dividend.", "15-cent", 0.15, "USD"),
    ("They handed out 4 USD20 vouchers.", "USD20", 20.0, "USD"),
    ("The fee is 2.50US$ per go.", "2.50US$", 2.5, "USD"),
])
def test_glued_money_forms(text: str, surface: str, value: float, unit: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.MONEY and q.unit == unit and math.isclose(q.value or 0, value)


def test_model_numbers_and_celsius_are_not_grouped_or_cents() -> None:
    assert "7 860" not in [q.surface for q in scan("An i7 860 chip")]
    assert all(q.kind != Kind.MONEY for q in scan("Now it is -10C outside"))


def test_suffix_bound_is_the_qualifier() -> None:
    q = find("Scores of 200 or more pass", "200 or more")
    assert q.qualifier == "or more" and q.interval.low == 200 and q.interval.high is None


def test_ratio_with_suffix_bound() -> None:
    q = find("Staff said 3 in 10 or more were late.", "3 in 10 or more")
    assert q.kind == Kind.RATIO and q.interval.low == 0.3 and q.interval.high is None


def test_ordinal_range_is_a_range_of_ranks() -> None:
    q = find("The team finished between the third and the eighth.", "between the third and the eighth")
    assert q.kind == Kind.RANGE and not q.is_claim and (q.interval.low, q.interval.high) == (3, 8)


def test_egyptian_pound_abbreviation() -> None:
    q = find("Bread costs 5 L.E. a loaf", "5 L.E.")
    assert q.kind == Kind.MONEY and q.unit == "EGP"


@pytest.mark.parametrize(
    "text, surface",
    [
        ("They listed the three most common concerns raised by parents.", "three"),
        ("Voters backed the two main parties again.", "two"),
    ],
)
def test_a_selection_is_not_a_claim(text: str, surface: str) -> None:
    assert find(text, surface).is_claim is False


def test_a_plain_small_count_is_still_a_claim() -> None:
    q = find("The three children were hurt in the crash.", "three")
    assert q.is_claim and q.value == 3

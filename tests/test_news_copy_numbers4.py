"""Number-grammar defects from news copy, fourth round: a scale ends a figure written in digits,
vague quantities with a scale and a currency, decades as ages and periods, hedged years.

Each case is our own sentence, with near misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from claimcheck.models import Kind
from claimcheck.nlp.numbers import recognise
from tests.test_news_copy_numbers2 import find


def test_digits_and_a_scale_end_before_a_number_word() -> None:
    text = "There were 4.3 million children in poverty, up from 3.9 million five years earlier."
    q = find(text, "3.9 million")
    assert (q.kind, q.value, q.unit) == (Kind.COUNT, 3.9e6, None)
    # spelled out, the compound still runs on
    assert find("It cost two million five hundred thousand pounds.",
                "two million five hundred thousand pounds").value == 2_500_000


@pytest.mark.parametrize(("text", "surface", "low", "high", "unit"), [
    ("The scheme will cost several billion pounds.", "several billion pounds", 2e9, 1e10, "GBP"),
    ("A few million people watched the final.", "A few million", 2e6, 6e6, None),
    ("Repairs cost a few hundred pounds.", "a few hundred pounds", 200, 600, "GBP"),
    ("Several hundred thousand people marched.", "Several hundred thousand", 2e5, 1e6, None),
    ("Fraud cost thousands of dollars.", "thousands of dollars", 2000, 10000, "USD"),
])
def test_a_vague_quantity_takes_its_scale_and_currency(text: str, surface: str, low: float,
                                                       high: float, unit: str | None) -> None:
    q = find(text, surface)
    assert q.kind == Kind.VAGUE and (q.interval.lo, q.interval.hi, q.unit) == (low, high, unit)


@pytest.mark.parametrize(("text", "surface", "kind"), [
    ("A man in his 60s has died after a crash.", "60s", Kind.AGE),
    ("Women in their early 40s were most at risk.", "40s", Kind.AGE),
    ("Rents last rose this fast in the 90s.", "90s", Kind.YEAR),
    ("The backlog will last until at least 2029.", "2029", Kind.YEAR),
    ("Emissions were about 50% below 1990.", "1990", Kind.YEAR),
    # a number to call or text
    ("Anyone with symptoms should call NHS 24 on 111 or dial 999 in an emergency.", "111", Kind.PHONE),
    ("Anyone with symptoms should call NHS 24 on 111 or dial 999 in an emergency.", "999", Kind.PHONE),
    ("Anyone with symptoms should call NHS 24 on 111 or dial 999 in an emergency.", "NHS 24", Kind.LABEL),
    ("To donate £5, text LARDER to 70085.", "70085", Kind.PHONE),
    ("You can also ring 101 to report it.", "101", Kind.PHONE),
    # a conference's number, a wire's clock time, a journal citation
    ("Governments must submit plans ahead of the COP30 summit.", "COP30", Kind.LABEL),
    ("A bus overturned on Highway 9 near the border.", "Highway 9", Kind.LABEL),
    # a vote tally, not a range of 2 to 7
    ("The scheme was approved by a 7-2 vote.", "7-2", Kind.LABEL),
    ("The Senate passed it in an 84-39 decision.", "84-39", Kind.LABEL),
    ("Thursday 20 March 2025 09.30 GMT", "09.30 GMT", Kind.DATE),
    ("Rahman A, et al. A randomised trial. Eur Heart J 2025; 46: 3107-3118.", "2025; 46: 3107-3118",
     Kind.LABEL),
])
def test_decades_bounded_years_and_numbers_to_call_are_not_counts(text: str, surface: str, kind: Kind) -> None:
    q = find(text, surface)
    assert q.kind == kind and not q.is_claim


def test_a_hedged_year_like_count_stays_a_count() -> None:
    # no bounding word before the hedge: 'at least 2,029' people is a count
    q = next(q for q in recognise("At least 2029 people were evacuated.") if "2029" in q.surface)
    assert q.kind == Kind.COUNT and q.is_claim


@pytest.mark.parametrize(("text", "surface", "claim"), [
    ("Response times averaged 42 minutes, against a target of 18 minutes.", "42 minutes", True),
    ("Response times averaged 42 minutes, against a target of 18 minutes.", "18 minutes", True),
    ("Patients should be seen within 18 weeks.", "18 weeks", False),
])
def test_an_average_or_a_target_time_is_a_claim(text: str, surface: str, claim: bool) -> None:
    q = find(text, surface)
    assert q.kind == Kind.DURATION and q.is_claim == claim


def test_past_before_a_figure_is_a_lower_bound_but_not_after_the() -> None:
    q = find("Quarterly revenue went past $40bn.", "past $40bn")
    assert (q.qualifier, q.interval.lo, q.interval.hi) == ("past", 40e9, float("inf"))
    assert find("Sales fell 3% in the past 12 months.", "12 months").qualifier is None


@pytest.mark.parametrize(("text", "direction"), [
    ("Band D bills will go up from £1,792 to £1,881.", "increase"),
    ("Bills are going up from £1,792 to £1,881.", "increase"),
    ("Fares have gone down from £20 to £18.", "decrease"),
    # 'went from X to Y': the two levels give the direction
    ("Average fares went from £20 to £18 after the cap.", "decrease"),
    ("The rate has moved from 4% to 5.5% this year.", "increase"),
])
def test_go_up_and_go_down_give_the_direction(text: str, direction: str) -> None:
    q = next(q for q in recognise(text) if q.surface.startswith("from"))
    assert q.kind == Kind.CHANGE and q.change is not None and q.change.direction == direction
    assert q.change.from_value is not None and q.change.to_value is not None


@pytest.mark.parametrize("text", [
    "Delegates are coming from 20 to 30 countries.",  # 'come' moves nothing: a range
    "Class sizes range from 20 to 30 pupils.",
])
def test_from_to_without_a_verb_of_moving_stays_a_range(text: str) -> None:
    q = next(q for q in recognise(text) if q.surface.startswith("from"))
    assert q.kind == Kind.RANGE


@pytest.mark.parametrize(("text", "surface"), [
    ("Volunteers phoned 300 voters on Saturday.", "300"),  # a counted noun follows
    ("Police took 999 calls last week.", "999"),
    ("To donate £5, text LARDER to 70085.", "£5"),
])
def test_counts_next_to_calls_stay_figures(text: str, surface: str) -> None:
    assert find(text, surface).is_claim


@pytest.mark.parametrize(("text", "found"), [
    # the words after 'per' are the unit: 'billion' is no figure of its own
    ("The fatality rate was 4.9 deaths per billion vehicle miles.", [("4.9", 4.9, "billion vehicle miles")]),
    ("There were 3 deaths per million people.", [("3", 3.0, "million people")]),
])
def test_a_scale_word_after_per_is_the_unit_not_a_figure(text: str, found: list[tuple[str, float, str]]) -> None:
    assert [(q.surface, q.value, q.per) for q in recognise(text)] == found


def test_a_counted_noun_may_follow_the_old_level_of_a_change() -> None:
    q = find("The Conservatives fell from 27 seats to 12.", "from 27 seats to 12")
    assert q.kind == Kind.CHANGE and q.value == 12 and q.change is not None and q.change.direction == "decrease"

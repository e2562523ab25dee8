"""Number-grammar defects from news copy, third round: model and class designators, and
scales named before their reading ('magnitude 7.4').

Each case is our own sentence, with near misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from claimcheck.models import Kind
from claimcheck.nlp.numbers import recognise
from tests.test_news_copy_numbers2 import find


# ---------------------------------------------------------------- 'Type 45', 'Class 390'
@pytest.mark.parametrize(("text", "surface"), [
    ("The navy sent two Type 45 destroyers to the strait.", "Type 45"),
    ("Type 2 diabetes now affects 4.3 million adults.", "Type 2"),
    ("Class 390 trains will run the route from May.", "Class 390"),
    ("A Boeing 737 and an A380 sat on the apron.", "Boeing 737"),
    ("A Boeing 737 and an A380 sat on the apron.", "A380"),
    ("Covid-19 admissions fell last week.", "Covid-19"),
])
def test_a_model_or_class_designator_is_a_label(text: str, surface: str) -> None:
    q = find(text, surface)
    assert q.kind == Kind.LABEL and not q.is_claim


def test_counts_beside_a_designator_stay_claims() -> None:
    text = "The navy ordered 6 Type 45 destroyers; Type 2 diabetes affects 4.3 million adults."
    assert find(text, "6").is_claim and find(text, "6").kind == Kind.COUNT
    assert find(text, "4.3 million").is_claim
    assert find("Of this type 45 were sold.", "45").is_claim  # lower case, no designator


# ---------------------------------------------------------------- 'magnitude 7.4'
@pytest.mark.parametrize(("text", "surface", "value"), [
    ("A magnitude 7.4 earthquake struck off the coast.", "7.4", 7.4),
    ("Hours later a magnitude-6.1 quake shook the valley.", "6.1", 6.1),
    ("The tremor measured magnitude 5 on the scale.", "5", 5.0),
])
def test_a_scale_named_before_its_reading_gives_the_unit(text: str, surface: str, value: float) -> None:
    q = find(text, surface)
    assert q.is_claim and q.unit == "magnitude" and q.value == value


def test_magnitude_as_a_plain_noun_gives_no_unit() -> None:
    q = find("The magnitude of 40 cuts shocked staff.", "40")
    assert q.unit is None and q.is_claim


# ---------------------------------------------------------------- already right: guards
def test_measured_hours_are_duration_claims_and_time_frames_are_not() -> None:
    q = find("Staff lost 4,120 hours to sickness last year.", "4,120 hours")
    assert q.kind == Kind.DURATION and q.unit == "hour" and q.is_claim and q.value == 4120
    q = find("The trust delivered 3.6 million hours of care.", "3.6 million hours")
    assert q.kind == Kind.DURATION and q.is_claim and q.value == 3_600_000
    assert not find("Results come within 48 hours.", "48 hours").is_claim


def test_the_base_of_a_rate_is_not_its_own_count() -> None:
    found = recognise("There were 12 assaults per 1,000 prisoners.")
    assert [q.surface for q in found] == ["12 assaults per 1,000"]
    assert found[0].kind == Kind.RATIO


# ---------------------------------------------------------------- age bands labelling table rows
_AGE_TABLE = """| Age group | Share of patients |
| --- | --- |
| Under 18 | 9% |
| 18-24 | 12% |
| 25 to 64 | 46% |
| 65 and over | 33% |
"""


@pytest.mark.parametrize("surface", ["Under 18", "18-24", "25 to 64", "65 and over"])
def test_an_age_band_labelling_a_table_row_is_an_age(surface: str) -> None:
    q = find(_AGE_TABLE, surface)
    assert q.kind == Kind.AGE and not q.is_claim


def test_the_shares_in_an_age_table_stay_claims() -> None:
    shares = [q.surface for q in recognise(_AGE_TABLE) if q.is_claim]
    assert shares == ["9%", "12%", "46%", "33%"]


def test_numbers_in_later_cells_or_bare_cells_keep_their_reading() -> None:
    assert find("| Wait in days | 3 to 5 |", "3 to 5").is_claim  # a value cell, not the row label
    assert find("| Staff | 65 and over |", "65").is_claim
    assert find("| 65 | 33% |", "65").is_claim  # a bare number is no band

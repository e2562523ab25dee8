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

"""Figures that are words or labels in news copy, and two forms of a share or a multiple.

Every sentence is our own; each runs through the numbers pipeline.
"""

from __future__ import annotations

import pytest

from claimcheck.models import Kind
from claimcheck.nlp.numbers import recognise


@pytest.mark.parametrize(("text", "surface"), [
    ("The helpline runs 24/7 for 300 families.", "24/7"),
    ("Security was tightened after 9/11 at 40 airports.", "9/11"),
    ("There is a 50-50 chance that 12 seats change hands.", "50-50"),
    ("The M6 was shut at junction 10, delaying 4,000 drivers.", "junction 10"),
])
def test_a_figure_that_is_a_word_or_a_label_is_no_claim(text: str, surface: str) -> None:
    found = {q.surface: q for q in recognise(text)}
    assert surface in found and not found[surface].is_claim
    assert [q.surface for q in found.values() if q.is_claim] != []  # the real figure stays


def test_a_multiple_written_with_x() -> None:
    (q,) = [q for q in recognise("The firm sold 3x as many cars as last year.") if q.is_claim]
    assert (q.surface, q.kind, q.value, q.unit) == ("3x", Kind.RATIO, 3, "x")


def test_one_in_a_decimal_base_is_one_share() -> None:
    (q,) = [q for q in recognise("In all, 1 in 3.5 buyers paid cash.") if q.is_claim]
    assert q.kind is Kind.RATIO and q.value == pytest.approx(1 / 3.5)
    assert q.interval.low == pytest.approx(1 / 3.55) and q.interval.high == pytest.approx(1 / 3.45)


@pytest.mark.parametrize(("text", "estimate", "label"), [
    ("They had a hazard ratio of 0.79 (95% CI 0.72-0.86) against the rest.", "0.79", "95% CI 0.72-0.86"),
    ("The risk rose 12% (95% confidence interval: 8 to 16).", "12%", "95% confidence interval: 8 to 16"),
])
def test_a_confidence_intervals_bounds_belong_to_its_label(text: str, estimate: str, label: str) -> None:
    found = recognise(text)
    assert [q.surface for q in found if q.is_claim] == [estimate]
    assert [(q.surface, q.kind) for q in found if not q.is_claim] == [(label, Kind.LABEL)]

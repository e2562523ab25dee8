"""A company-results wire: clock times, a share of money spent, and a share verb's subject.

Every sentence is our own; each case runs the whole pipeline on an article file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.models import Claim, Kind, Quantity
from tests._scan import extract_text


def read(tmp_path: Path, text: str) -> tuple[list[Claim], list[Quantity]]:
    item = extract_text(tmp_path, text, include_all=True)
    return item.claims, [o.quantity for o in item.others]


def test_a_wire_clock_time_is_a_time_not_a_count(tmp_path: Path) -> None:
    claims, others = read(tmp_path, "Shares rose 2.1% to 291p by 0902 GMT.")
    assert [c.quantity.surface for c in claims] == ["2.1%", "291p"]
    assert [(q.surface, q.kind) for q in others] == [("0902 GMT", Kind.DATE)]


def test_four_digits_without_a_zone_stay_figures(tmp_path: Path) -> None:
    claims, _ = read(tmp_path, "The plant sold 2300 units.")
    assert [(c.quantity.surface, c.quantity.value) for c in claims] == [("2300", 2300)]


@pytest.mark.parametrize(("text", "surface", "value", "subject"), [
    ("Online sales account for roughly one in eight pounds spent at the group.",
     "roughly one in eight pounds", 1 / 8, "Online sales"),
    ("One in five dollars goes on rent.", "One in five dollars", 1 / 5, None),
])
def test_one_in_n_pounds_is_a_share(tmp_path: Path, text: str, surface: str, value: float,
                                    subject: str | None) -> None:
    (c,) = read(tmp_path, text)[0]
    assert (c.quantity.surface, c.quantity.kind, c.subject) == (surface, Kind.RATIO, subject)
    assert c.quantity.value == pytest.approx(value)


def test_the_big_four_is_a_name_not_a_count(tmp_path: Path) -> None:
    claims, others = read(tmp_path, "Analysts said 40% of shoppers rated it the best of the big four supermarkets.")
    assert [c.quantity.surface for c in claims] == ["40%"]
    assert [(q.surface, q.kind) for q in others] == [("the big four", Kind.LABEL)]

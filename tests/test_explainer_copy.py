"""An explainer's table of regions and its ordinals: what a figure is about, and what is none.

Every sentence is our own; each case runs the whole pipeline on a Markdown article.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.models import Claim
from tests._scan import extract_text

TABLE = ("| Region | Waiting list |\n| --- | --- |\n| London | 1.02 million |\n"
         "| North West | 1.01 million |\n| Midlands | 1.45 million |\n")


def claims(tmp_path: Path, body: str) -> list[Claim]:
    return extract_text(tmp_path, body, day="2025-09-14").claims


def test_a_region_as_a_row_label_places_the_row(tmp_path: Path) -> None:
    found = {c.quantity.surface: c for c in claims(tmp_path, TABLE)}
    assert [(found[s].subject, found[s].place) for s in ("1.02 million", "1.01 million", "1.45 million")] == [
        ("Waiting list", "London"), ("Waiting list", "North West"), ("Waiting list", "Midlands")]


def test_a_first_appointment_is_no_figure(tmp_path: Path) -> None:
    found = claims(tmp_path, "About 2.9 million patients are waiting for a first appointment.")
    assert [(c.quantity.surface, c.quantity.value) for c in found] == [("About 2.9 million", 2_900_000)]


def test_a_share_after_a_still_is_one(tmp_path: Path) -> None:
    (c,) = claims(tmp_path, "A third of patients waited longer than a year.")
    assert c.quantity.value is not None and abs(c.quantity.value - 1 / 3) < 1e-9


def test_a_statistic_a_label_names_is_a_claim(tmp_path: Path) -> None:
    found = {c.quantity.surface: c for c in claims(
        tmp_path, "Key figures:\n\n- Median wait: 13.6 weeks\n- Average age: 74\n- Contract term: 10 years\n")}
    assert found["13.6 weeks"].quantity.value == 13.6 and found["13.6 weeks"].subject == "Median wait"
    assert "74" in found
    assert "10 years" not in found  # a term, not a measured statistic

"""Claim frames, third round: seasons placed as meteorological seasons.

Every sentence is our own; each case runs the whole pipeline on an article with a known date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.engine import Input, extract
from claimcheck.models import Claim


def claims(tmp_path: Path, body: str, day: str = "2025-03-12") -> dict[str, Claim]:
    """The claims of one Markdown article dated ``day``, by surface."""
    (tmp_path / "a.md").write_text(f"---\ntitle: T\ndate: \"{day}\"\n---\n\n{body}\n", encoding="utf-8")
    (item,) = list(extract(Input(paths=[tmp_path / "a.md"])))
    return {c.quantity.surface: c for c in item.claims}


def span(c: Claim) -> tuple[date | None, date | None] | None:
    return None if c.time is None else (c.time.start, c.time.end)


@pytest.mark.parametrize(("body", "surface", "day", "text", "want"), [
    ("Garden centre sales rose 4% in spring 2022.", "4%", "2025-03-12", "in spring 2022",
     (date(2022, 3, 1), date(2022, 5, 31))),
    ("Ferry bookings fell by 9% during the autumn of 2021.", "9%", "2025-03-12", "during the autumn of 2021",
     (date(2021, 9, 1), date(2021, 11, 30))),
    ("Heating bills rose 12% over the winter of 2023-24.", "12%", "2025-03-12", "over the winter of 2023-24",
     (date(2023, 12, 1), date(2024, 2, 29))),
    ("Admissions reached 5,300 in winter 2022/23.", "5,300", "2025-03-12", "in winter 2022/23",
     (date(2022, 12, 1), date(2023, 2, 28))),
    ("Rail use is up 8% since the summer of 2021.", "8%", "2025-03-12", "since the summer of 2021",
     (date(2021, 6, 1), None)),
])
def test_a_season_with_its_year_is_its_three_months(tmp_path: Path, body: str, surface: str, day: str,
                                                    text: str, want: tuple[date, date | None]) -> None:
    c = claims(tmp_path, body, day)[surface]
    assert c.time is not None and c.time.text == text
    assert span(c) == want


@pytest.mark.parametrize(("body", "surface", "day", "want"), [
    ("Visitor numbers fell 6% last summer.", "6%", "2025-03-12", (date(2024, 6, 1), date(2024, 8, 31))),
    ("Visitor numbers fell 6% last summer.", "6%", "2025-09-20", (date(2025, 6, 1), date(2025, 8, 31))),
    ("Visitor numbers fell 6% last summer.", "6%", "2025-07-20", (date(2024, 6, 1), date(2024, 8, 31))),
    ("Some 310 pubs closed last winter.", "Some 310", "2025-03-12", (date(2024, 12, 1), date(2025, 2, 28))),
    ("Some 310 pubs closed this winter.", "Some 310", "2025-01-12", (date(2024, 12, 1), date(2025, 2, 28))),
    ("About 450 jobs will go this autumn.", "About 450", "2025-10-02", (date(2025, 9, 1), date(2025, 11, 30))),
    ("About 450 jobs will go next spring.", "About 450", "2025-03-12", (date(2026, 3, 1), date(2026, 5, 31))),
    ("About 450 jobs will go next spring.", "About 450", "2025-02-12", (date(2025, 3, 1), date(2025, 5, 31))),
])
def test_last_this_and_next_season_are_placed_by_the_article_date(tmp_path: Path, body: str, surface: str,
                                                                  day: str, want: tuple[date, date]) -> None:
    assert span(claims(tmp_path, body, day)[surface]) == want


@pytest.mark.parametrize(("body", "surface"), [
    ("The 2022 spring budget set aside £4bn.", "£4bn"),
    ("Orders rose 3% after the last fall in demand.", "3%"),
])
def test_a_season_word_that_does_not_date_gives_no_season(tmp_path: Path, body: str, surface: str) -> None:
    c = claims(tmp_path, body)[surface]
    assert c.time is None or "spring" not in c.time.text and "fall" not in c.time.text


# --- 'the same quarter a year ago': the figure before's period, a year back ------------------

@pytest.mark.parametrize(("body", "surface", "text", "want"), [
    ("Lettings reached 4,200 in the second quarter of 2024, against 3,900 in the same quarter a year ago.",
     "3,900", "same quarter a year ago", (date(2023, 4, 1), date(2023, 6, 30))),
    ("Lettings reached 4,200 in June 2024, against 3,900 in the same month twelve months ago.",
     "3,900", "same month twelve months ago", (date(2023, 6, 1), date(2023, 6, 30))),
    ("Lettings reached 4,200 in the third quarter of 2024, up from 3,900 a year ago.",
     "3,900", "a year ago", (date(2023, 7, 1), date(2023, 9, 30))),
])
def test_a_year_ago_moves_the_period_before_back_a_year(tmp_path: Path, body: str, surface: str, text: str,
                                                         want: tuple[date, date]) -> None:
    c = claims(tmp_path, body)[surface]
    assert c.time is not None and c.time.text == text
    assert span(c) == want


def test_the_figure_before_keeps_its_own_period(tmp_path: Path) -> None:
    c = claims(tmp_path, "Lettings reached 4,200 in the third quarter of 2024, up from 3,900 a year ago.")["4,200"]
    assert span(c) == (date(2024, 7, 1), date(2024, 9, 30))


# --- places: a scope phrase that only begins a longer named place ----------------------------

@pytest.mark.parametrize(("body", "surface", "place"), [
    ("Some 4,200 prisoners were released early across England and Wales.", "Some 4,200", "England and Wales"),
    ("Across England and Wales, 1,870 libraries remain open.", "1,870", "England and Wales"),
    ("Some 4,200 prisoners were released early in England and Wales.", "Some 4,200", "England and Wales"),
    ("Some 4,200 stores closed in Great Britain.", "Some 4,200", "Great Britain"),
    ("Some 4,200 stores closed nationwide.", "Some 4,200", "nationwide"),
    ("Some 4,200 stores closed across England.", "Some 4,200", "across England"),
    ("Some 4,200 stores closed across the UK.", "Some 4,200", "across the UK"),
])
def test_a_named_place_longer_than_the_scope_phrase_is_the_place(tmp_path: Path, body: str, surface: str,
                                                                 place: str) -> None:
    assert claims(tmp_path, body)[surface].place == place


@pytest.mark.parametrize(("body", "want"), [
    ("Members lodged 50,000 claims in 2024. Some 3,900 were lodged in the same month last year.", (None, None)),
    ("Members lodged 50,000 claims in 2024. Some 3,900 were lodged in the same quarter last year.", (None, None)),
    ("Members lodged 5,000 claims in May 2024. Some 3,900 were lodged in the same month last year.",
     (date(2023, 5, 1), date(2023, 5, 31))),
])
def test_the_same_month_takes_only_a_month_from_the_figure_before(tmp_path: Path, body: str,
                                                                  want: tuple[date | None, date | None]) -> None:
    c = claims(tmp_path, body)["Some 3,900"]
    assert c.time is not None and c.time.text.startswith("same")
    assert span(c) == want

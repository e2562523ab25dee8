"""A week or a month after a verb of publishing dates the publication, not the figure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.models import Claim
from tests._scan import claim_in


def claim(tmp_path: Path, body: str, surface: str) -> Claim:
    return claim_in(tmp_path, body, surface, day="2025-10-02")


@pytest.mark.parametrize("when", ["last month", "last week", "this week"])
def test_the_publication_time_is_not_the_figures(tmp_path: Path, when: str) -> None:
    c = claim(tmp_path, f"Analysis published {when} found that 61 per cent of trains arrived on "
                        "time in the year to September 2025.", "61 per cent")
    assert c.time is not None and c.time.text == "in the year to September 2025"
    assert (c.time.start, c.time.end) == (date(2024, 10, 1), date(2025, 9, 30))


def test_a_month_that_dates_the_figure_is_kept(tmp_path: Path) -> None:
    c = claim(tmp_path, "Some 61 per cent of trains arrived on time last month.", "Some 61 per cent")
    assert c.time is not None and c.time.text == "last month"
    assert (c.time.start, c.time.end) == (date(2025, 9, 1), date(2025, 9, 30))

"""Times a figure takes from its sentence: shared by a list of figures, ONS-style spans with
'through' and 'to the end of', and times that date something else (the year records began, a
founding).

Every sentence is our own; each runs the whole pipeline on an article file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._scan import claim_in


def time_text(tmp_path: Path, text: str, surface: str) -> str | None:
    t = claim_in(tmp_path, text, surface).time
    return t.text if t is not None else None


@pytest.mark.parametrize(("text", "surface", "time"), [
    ("Since October, the agency estimates there have been at least 24 million illnesses, "
     "310,000 hospitalizations and 13,000 deaths from flu.", "13,000", "Since October"),
    ("Since October, the agency estimates there have been at least 24 million illnesses, "
     "310,000 hospitalizations and 13,000 deaths from flu.", "310,000", "Since October"),
    ("Average hourly earnings rose 9 cents, or 0.3%, to $35.62 last month.", "9 cents", "last month"),
    ("Average hourly earnings rose 9 cents, or 0.3%, to $35.62 last month.", "0.3%", "last month"),
    ("In the 12 months through March, wages increased 3.9%.", "3.9%", "In the 12 months through March"),
    ("Revenue rose 17% in the three months to the end of June.", "17%",
     "in the three months to the end of June"),
])
def test_the_time_a_figure_takes(tmp_path: Path, text: str, surface: str, time: str) -> None:
    assert time_text(tmp_path, text, surface) == time


@pytest.mark.parametrize(("text", "surface"), [
    # a figure of another clause, not a list, still owns the time
    ("Exports fell 4% and imports rose 2% in March.", "4%"),
    ("Entries fell by 4.3%, while languages fell to their lowest level since records began in 1996.",
     "4.3%"),
    ("The charity was founded in 1968 and works with around 250 local projects.", "around 250"),
])
def test_a_time_that_dates_something_else(tmp_path: Path, text: str, surface: str) -> None:
    assert time_text(tmp_path, text, surface) is None

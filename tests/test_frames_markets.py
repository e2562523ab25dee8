"""Subjects in markets and economics copy: phrasal and irregular verbs of change, -ly adjectives,
names joined by "&", hyphens that join a word.

Every sentence is our own; each case runs the whole pipeline on an article file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._scan import claim_in


@pytest.mark.parametrize(("text", "surface", "subject", "head"), [
    ("The unemployment rate ticked up to 4.2% from 4.1%.", "4.2% from 4.1%", "unemployment rate", "rate"),
    ("Gold edged up 0.3% to $2,412 an ounce.", "0.3%", "Gold", "gold"),
    ("The two-year yield slid 9 bps to 3.51 percent.", "3.51 percent", "two-year yield", "yield"),
    ("Average hourly earnings rose 0.4% in November.", "0.4%", "Average hourly earnings", "earnings"),
    ("The S&P 500 rose 0.7 percent to close at 6,812.4.", "6,812.4", "S&P", "s&p"),
    ("M&S sales rose 3% in the quarter.", "3%", "M&S sales", "sales"),
    ("The yield on the 10-year note dropped 6 basis points.", "6 basis points", "yield on the 10-year note", "yield"),
    ("Attendance at the 62,000-seat stadium was a record 61,874.", "61,874", "Attendance", "attendance"),
    ("Average hourly earnings rose 0.4%, or 4.0% from a year earlier.", "4.0%", "Average hourly earnings", "earnings"),
    ("Waits in A&E rose 5% in October.", "5%", "Waits in A&E", "waits"),
])
def test_a_subject_in_markets_copy(tmp_path: Path, text: str, surface: str, subject: str,
                                   head: str) -> None:
    c = claim_in(tmp_path, text, surface)
    assert (c.subject, c.subject_head) == (subject, head)

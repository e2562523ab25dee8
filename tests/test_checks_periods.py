"""Rates over calendar periods compare under the conventions writers use for them."""

from __future__ import annotations

from pathlib import Path

from tests._scan import scan_texts

WEEKLY = "The full new state pension is worth £230.25 a week, the Department for Work and Pensions said."


def _conflicts(tmp_path: Path, *texts: str) -> list[str]:
    report = scan_texts(tmp_path, *texts)
    return [f.message for f in report.findings if f.code == "CC204"]


def test_a_year_of_52_weeks_agrees_with_the_weekly_rate(tmp_path: Path) -> None:
    # 52 x 230.25 = 11,973: pay and benefits reckon the year as 52 weeks, not 365.25 days
    yearly = "The full new state pension is worth £11,973 a year, Age UK said."
    assert _conflicts(tmp_path, WEEKLY, yearly) == []


def test_a_yearly_figure_no_convention_allows_is_still_a_conflict(tmp_path: Path) -> None:
    yearly = "The full new state pension is worth £13,500 a year, Age UK said."
    messages = _conflicts(tmp_path, WEEKLY, yearly)
    assert len(messages) == 1
    assert "£230.25" in messages[0] and "£13,500" in messages[0]


def test_a_month_of_four_weeks_agrees_with_the_weekly_rate(tmp_path: Path) -> None:
    monthly = "The full new state pension is worth £921 a month, Age UK said."
    assert _conflicts(tmp_path, WEEKLY, monthly) == []


def test_figures_for_consecutive_years_are_two_periods(tmp_path: Path) -> None:
    earlier = "Spending on the state pension was £124 billion in 2023/24, the Treasury said."
    later = "Spending on the state pension was £138 billion in 2024/25, the OBR said."
    assert _conflicts(tmp_path, earlier, later) == []


def test_figures_for_one_year_still_conflict(tmp_path: Path) -> None:
    one = "Spending on the state pension was £124 billion in 2024/25, the Treasury said."
    other = "Spending on the state pension was £138 billion in 2024/25, the OBR said."
    assert len(_conflicts(tmp_path, one, other)) == 1


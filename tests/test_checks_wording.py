"""How consistency findings read, and a restatement that has a base of its own.

Every sentence is our own; each case scans article files end to end.
"""

from __future__ import annotations

from pathlib import Path

from tests._scan import scan_texts


def test_two_percentage_changes_are_shown_as_stated_and_apart_by_points(tmp_path: Path) -> None:
    report = scan_texts(
        tmp_path,
        "Applications from overseas students to UK universities dropped by 14% in the first half "
        "of 2025, the Home Office said.",
        "Applications from overseas students to UK universities fell by 21% in the first half of "
        "2025, the union said.")
    (finding,) = [f for f in report.findings if f.code == "CC204"]
    assert "'21%' implies at least 20.5%" in finding.explanation
    assert "Home Office gives 14%, 6.5 percentage points less" in finding.explanation


def test_a_monthly_change_restated_over_a_year_is_two_measures(tmp_path: Path) -> None:
    report = scan_texts(
        tmp_path,
        "Average hourly earnings for private sector workers rose 0.4%, or 4.0% from a year "
        "earlier, the Labor Department said.")
    assert [f.code for f in report.findings if f.code in ("CC203", "CC204")] == []


def test_one_speaker_contradicting_itself_is_named_once(tmp_path: Path) -> None:
    report = scan_texts(
        tmp_path,
        "The Office for Rail Statistics said 7.6 million passengers used night trains in 2024.\n\n"
        "Later, the Office for Rail Statistics said 5.1 million passengers used night trains in 2024.")
    (finding,) = [f for f in report.findings if f.code == "CC203"]
    assert "both figures come from Office for Rail Statistics" in finding.explanation
    assert " and Office for Rail Statistics both speak" not in finding.explanation

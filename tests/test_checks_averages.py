"""Averages per unit (CC301 per-unit): the total is of what the average is of.

'£8.1m across 690 screens, an average of £11,740 per screen' divides pounds by screens. The
check used to divide the count of screens by itself (690 / 690 = 1) and report an error on
every money average, and took the count of units from any article in the corpus.
"""

from __future__ import annotations

from pathlib import Path

from _scan import scan_texts

from claimcheck.models import Report


def _run(tmp_path: Path, *texts: str) -> Report:
    return scan_texts(tmp_path, *texts)


def test_a_money_average_is_checked_against_the_money_total(tmp_path: Path) -> None:
    report = _run(tmp_path, "In the UK the film earned £8.1m across 690 screens, an average of "
                  "£11,740 per screen.\n")
    assert not [f for f in report.findings if f.rule == "arithmetic"]
    assert any("8,100,000 / 690" in v.working and "agrees" in v.working for v in report.verifications)


def test_a_money_average_that_does_not_fit_is_flagged(tmp_path: Path) -> None:
    report = _run(tmp_path, "In the UK the film earned £8.1m across 690 screens, an average of "
                  "£15,000 per screen.\n")
    (found,) = [f for f in report.findings if f.rule == "arithmetic"]
    assert "8,100,000 / 690" in found.explanation and "11,739 per screen" in found.explanation


def test_the_count_of_units_comes_from_the_same_article(tmp_path: Path) -> None:
    report = _run(tmp_path, "Schools recorded 12,000 exclusions, an average of 50 exclusions per school.\n",
                  "Inspectors visited 240 schools last year.\n")
    assert not [f for f in report.findings if f.rule == "arithmetic"]  # 12,000 / 240 would be 50
    assert not [v for v in report.verifications if "per school" in v.working]


def test_a_later_part_is_not_the_count_of_units(tmp_path: Path) -> None:
    report = _run(tmp_path, "Visitors spent £34.1bn, an average of £828 per visit. Americans made "
                  "5.1m visits, the most of any nationality.\n")
    assert not [f for f in report.findings if f.rule == "arithmetic"]
    report = _run(tmp_path, "There were 41.2 million overseas visits last year. Visitors spent "
                  "£34.1bn, an average of £828 per visit. Americans made 5.1m visits, the most of "
                  "any nationality.\n")
    assert not [f for f in report.findings if f.rule == "arithmetic"]
    assert any("/ 41,200,000" in v.working and "agrees" in v.working for v in report.verifications)

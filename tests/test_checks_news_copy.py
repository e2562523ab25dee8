"""Checks on defects found in news copy: CC301 on breakdowns of one whole (listed shares past
100%, listed parts past their total), CC202 for a vague word against its linked record."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import Config
from claimcheck.engine import Input, scan
from claimcheck.models import Registry


def arithmetic(tmp_path: Path, body: str) -> list[str]:
    (tmp_path / "a.md").write_text(f"---\ntitle: T\ndate: 2024-06-15\n---\n\n{body}\n", encoding="utf-8")
    report = scan(Input(paths=[tmp_path]), Registry(), Config())
    return [f.message for f in report.findings if f.code == "CC301"]


def test_shares_of_one_whole_past_100_percent(tmp_path: Path) -> None:
    (msg,) = arithmetic(tmp_path, "Of the referrals, 45% came from police, 30% from schools and 35% "
                                  "from health services, the council said.")
    assert msg.startswith("'45%' and the other shares listed with it add up to more than the whole")
    assert "45% + 30% + 35% = 110%" in msg


def test_parts_past_their_total(tmp_path: Path) -> None:
    (msg,) = arithmetic(tmp_path, "Of 1,047 referrals, 452 came from police, 318 from schools and 365 "
                                  "from health services, the council said.")
    assert "452 + 318 + 365 = 1,135, more than the 1,047 they are part of" in msg


@pytest.mark.parametrize("body", [
    "Of the votes, 45% were for Labour, 30% were for the Conservatives and 20% were for others.",
    "A poll found 45% of men, 60% of women and 70% of pensioners backed the plan.",
    "Asked to name issues, 48% named the cost of living, 38% named the NHS and 30% immigration.",
    "Of 1,000 referrals, 450 came from police, 300 from schools and 350 from health services.",
])
def test_breakdowns_that_can_hold_are_not_flagged(tmp_path: Path, body: str) -> None:
    assert arithmetic(tmp_path, body) == []  # the last: '1,000' may be as much as 1,499


def test_a_vague_word_is_held_against_its_linked_record(tmp_path: Path) -> None:
    from claimcheck.registry.loader import load_registry

    root = Path(__file__).resolve().parents[1]
    (tmp_path / "t.md").write_text(
        "Babies\n\nAnne Longfield, the Children's Commissioner for England, said hundreds of babies "
        "under one considered vulnerable were living at home.\n", encoding="utf-8")
    report = scan(Input(paths=[tmp_path / "t.md"]), load_registry(root / "claims.yaml"), Config())
    (f,) = [f for f in report.findings if f.code == "CC202"]
    assert f.message.startswith("'hundreds' understates record babies-vulnerable-at-home-2017")
    assert f.severity.value == "error"  # the Commissioner speaks for the record's own office


def test_a_rate_restated_as_a_daily_count_must_agree(tmp_path: Path) -> None:
    (tmp_path / "r.md").write_text(
        "---\ntitle: R\ndate: 2024-06-15\n---\n\nCouncils receive a referral about a child every 49 seconds, "
        "or 3,000 a day, the Local Government Association said.\n", encoding="utf-8")
    report = scan(Input(paths=[tmp_path]), Registry(), Config())
    (f,) = [f for f in report.findings if f.code == "CC203"]
    assert "'3,000' and 'every 49 seconds' (about 1,764 a day)" in f.message
    (tmp_path / "r.md").write_text(
        "---\ntitle: R\ndate: 2024-06-15\n---\n\nCouncils receive a referral about a child every 49 seconds, "
        "or about 1,760 a day, the Local Government Association said.\n", encoding="utf-8")
    report = scan(Input(paths=[tmp_path]), Registry(), Config())
    assert not [f for f in report.findings if f.code in ("CC203", "CC204", "CC301")]

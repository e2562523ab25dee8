"""What money a rate of spending is for: the period first, then what it is spent on.

Every sentence is our own; each case runs the whole pipeline on an article file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.models import Claim
from tests._scan import claim_in


def claim(tmp_path: Path, text: str, surface: str) -> Claim:
    return claim_in(tmp_path, text, surface)


@pytest.mark.parametrize(("text", "surface", "subject", "per"), [
    ("The council spends £211m a year on adult social care.", "£211m", "adult social care", "year"),
    ("We are spending £1.1 million every day on care.", "£1.1 million", "care", "day"),
    ("It expects to save £4.2m a year on nightly-paid accommodation.", "£4.2m",
     "nightly-paid accommodation", "year"),
])
def test_money_per_period_is_for_what_follows_the_period(tmp_path: Path, text: str, surface: str,
                                                         subject: str, per: str) -> None:
    c = claim(tmp_path, text, surface)
    assert (c.subject, c.quantity.per) == (subject, per)


def test_money_per_period_with_nothing_after_keeps_its_subject(tmp_path: Path) -> None:
    assert claim(tmp_path, "The scheme costs £4m a year.", "£4m").subject == "scheme"

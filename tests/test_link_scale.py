"""A figure ten times or more from a record links to it only on a strong subject match.

Linking never requires the value to agree (that is how misquotes are found), but a story
about '£3.7 billion for social care' is not misquoting a £200 million children's social care
programme: with a middling subject match, a gap of an order of magnitude says 'another
figure', and CC201 must not call it an error.
"""

from __future__ import annotations

from pathlib import Path

from _scan import scan_texts

from claimcheck.models import Report
from claimcheck.registry.loader import load_registry

REGISTRY = Path(__file__).resolve().parent.parent / "claims.yaml"


def _scan(tmp_path: Path, text: str) -> Report:
    return scan_texts(tmp_path, text, registry=load_registry(REGISTRY))


def test_an_order_of_magnitude_off_with_a_middling_subject_is_another_figure(tmp_path: Path) -> None:
    report = _scan(tmp_path, "The minister said: \"We have provided an extra £3.7 billion for social "
                   "care this year.\"\n\n\"Councils are spending £2.3 billion a year on it,\" she said.\n")
    assert not [f for f in report.findings if f.rule == "record-mismatch"]
    linked = {c.quantity.surface: c.id for c in report.claims}
    records = {link.claim_id: link.record_id for link in report.links}
    assert records.get(linked["£3.7 billion"]) is None
    assert records.get(linked["£2.3 billion"]) is None


def test_a_misquote_of_a_strongly_matched_record_is_still_an_error(tmp_path: Path) -> None:
    report = _scan(tmp_path, "The 2015 Spending Review made available £200 million to councils.\n")
    (found,) = [f for f in report.findings if f.rule == "record-mismatch"]
    assert found.message.endswith("gives £200 billion")

"""Linking weighs who the text gives a figure to: another body's figure is not the record's.

Every sentence is our own; each is scanned end to end against the project's claims.yaml.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.registry.loader import load_registry
from tests._scan import scan_texts

REGISTRY = Path(__file__).resolve().parent.parent / "claims.yaml"
TEXT = ("A Freedom of Information request by {who} found that 17 councils in England had spent "
        "more than £10 million each on temporary accommodation.")


def _seventeen(tmp_path: Path, who: str) -> tuple[str | None, list[str]]:
    report = scan_texts(tmp_path, TEXT.format(who=who), registry=load_registry(REGISTRY))
    (c,) = [c for c in report.claims if c.quantity.surface == "17"]
    link = next(x for x in report.links if x.claim_id == c.id)
    return link.record_id, [f.code for f in report.findings if c.id in f.claims]


def test_a_figure_the_text_gives_to_another_body_is_not_linked_to_a_record(tmp_path: Path) -> None:
    record, codes = _seventeen(tmp_path, "the BBC")
    assert record is None
    assert "CC201" not in codes  # no false record mismatch: 17 councils is not the 152 asked
    assert "CC102" in codes


def test_the_records_own_speaker_still_links(tmp_path: Path) -> None:
    record, _ = _seventeen(tmp_path, "Action for Children")
    assert record == "foi-local-authorities-revolving-door"

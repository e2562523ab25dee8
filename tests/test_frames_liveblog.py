"""Claim frames in a liveblog: time-stamped Markdown entries are prose, not table rows.

Every sentence is our own; each case runs the whole pipeline on a dated Markdown article.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.models import Claim
from tests._scan import extract_text

LIVEBLOG = (
    "**10:40** Passenger numbers at Manchester Piccadilly were down by 70 per cent this "
    "morning, according to Network Rail.\n\n"
    "**11:00** Analysis by the Office of Rail and Road found that only 61 per cent of trains "
    "arrived on time in the year to September.\n\n"
    "**11:25** A poll of 2,300 adults found 45 per cent of the public supported the strike.\n"
)


def claims(tmp_path: Path, body: str) -> dict[str, Claim]:
    return {c.quantity.surface: c for c in extract_text(tmp_path, body, day="2025-10-02").claims}


def test_each_entry_keeps_its_own_subject(tmp_path: Path) -> None:
    found = claims(tmp_path, LIVEBLOG)
    assert (found["61 per cent"].subject, found["61 per cent"].subject_head) == ("trains", "trains")
    assert found["45 per cent"].subject_head == "public"
    assert found["70 per cent"].subject == "Passenger numbers at Manchester Piccadilly"


def test_a_plain_text_time_stamp_does_not_hide_the_subject(tmp_path: Path) -> None:
    found = claims(tmp_path, "10:40 Passenger numbers at Leeds were down by 50 per cent this morning.\n")
    assert found["50 per cent"].subject == "Passenger numbers at Leeds"
    assert found["50 per cent"].subject_head == "numbers"


def test_a_real_table_row_still_takes_its_header(tmp_path: Path) -> None:
    body = ("| City | Stations closed |\n| --- | --- |\n| Leeds | 14 |\n| York | 9 |\n")
    found = claims(tmp_path, body)
    assert found["14"].subject == "Stations closed"
    assert found["14"].place == "Leeds"

"""Speakers named with a role before the name, and groups a poll asked.

Every sentence is our own; each runs the whole pipeline on an article file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.models import Claim
from tests._scan import claim_in


def claim(tmp_path: Path, text: str, surface: str) -> Claim:
    return claim_in(tmp_path, text, surface)


@pytest.mark.parametrize(("text", "surface", "speaker", "role"), [
    ("In a report to the cabinet, director of finance Priya Desai said the authority would need "
     "savings of £12.4m.", "£12.4m", "Priya Desai", "director of finance"),
    ("Head of policy at the charity Jane Holt said 300 homes were empty.", "300", "Jane Holt",
     "Head of policy at the charity"),
    ("The chief executive of Action for Children said 40% of families struggled.", "40%",
     "Action for Children", "chief executive of Action for Children"),
    ("Imran Hussain, director of policy at Action for Children, said 40% of families struggled.",
     "40%", "Imran Hussain", "director of policy at Action for Children"),
])
def test_a_role_before_the_name_is_the_speakers(tmp_path: Path, text: str, surface: str,
                                                speaker: str, role: str) -> None:
    c = claim(tmp_path, text, surface)
    assert (c.attribution.speaker, c.attribution.speaker_role) == (speaker, role)


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    ("Economists polled by the newswire had forecast 200,000 new jobs.", "200,000",
     "Economists polled by the newswire"),
    ("Doctors surveyed by the BMA said 40% of shifts were unfilled.", "40%", "Doctors surveyed by the BMA"),
    ("Economists polled by Reuters had forecast 240,000 jobs.", "240,000", "Reuters"),
])
def test_a_group_a_poll_asked_speaks(tmp_path: Path, text: str, surface: str, speaker: str) -> None:
    assert claim(tmp_path, text, surface).attribution.speaker == speaker


def test_a_title_and_surname_is_the_person_named_before(tmp_path: Path) -> None:
    text = ("The researchers, led by Professor Helen Okafor of the University of Leeds, followed "
            "5,000 people.\n\n\"It matters,\" Prof Okafor said, adding that 30% had quit.")
    assert claim(tmp_path, text, "30%").attribution.speaker == "Helen Okafor"


@pytest.mark.parametrize(("text", "surface", "speaker"), [
    # a forecast does not report what happened next in the paragraph
    ("Economists had forecast 180,000 jobs. The unemployment rate rose to 3.9%.", "3.9%", None),
    ("The Labor Department said 150,000 jobs were added. Economists had forecast 180,000. "
     "The unemployment rate rose to 3.9%.", "3.9%", "Labor Department"),
    # a statement does: the paragraph's later sentence keeps its speaker
    ("The council said 300 homes were empty. A further 120 were derelict.", "120", "council"),
])
def test_only_a_statement_lends_its_speaker_to_the_next_sentence(
        tmp_path: Path, text: str, surface: str, speaker: str | None) -> None:
    assert claim(tmp_path, text, surface).attribution.speaker == speaker

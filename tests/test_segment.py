"""Sentence boundaries of the blank pipeline's segmenter."""

from __future__ import annotations

import spacy

from claimcheck.nlp.segment import set_sentence_starts


def _sents(text: str) -> list[str]:
    doc = set_sentence_starts(spacy.blank("en")(text))
    return [s.text.strip() for s in doc.sents]


def test_splits_on_full_stop_before_capital_and_digit() -> None:
    assert _sents("Prices rose. 3,820 babies were looked after. Then it fell.") == [
        "Prices rose.", "3,820 babies were looked after.", "Then it fell."]


def test_keeps_abbreviations_decimals_and_initials() -> None:
    text = "Mr. Smith met Dr. Jones in the U.S. office. Growth was 3.5 per cent, J. K. Rowling said."
    assert _sents(text) == ["Mr. Smith met Dr. Jones in the U.S. office.",
                            "Growth was 3.5 per cent, J. K. Rowling said."]


def test_paragraphs_always_split() -> None:
    assert _sents("Headline without stop\n\nBody text here.\nNext line") == [
        "Headline without stop", "Body text here.", "Next line"]


def test_quotes_and_question_marks() -> None:
    assert _sents('"We are sure," he said. “Really?” She nodded! ok') == [
        '"We are sure," he said.', "“Really?”", "She nodded! ok"]

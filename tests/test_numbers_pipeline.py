"""The spaCy component reads only flagged tokens and the tokenizer's copy of the text; both
shortcuts must give exactly what a plain scan of the whole text gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from claimcheck.nlp.doctext import doc_text
from claimcheck.nlp.grammar import scan
from claimcheck.nlp.pipeline import build_nlp
from claimcheck.nlp.triggers import candidate_starts

ROOT = Path(__file__).resolve().parent.parent

#: shapes where a token-level shortcut could drift from the text-level regex: a leading
#: decimal point, attached symbols and suffixes, hyphenated and slashed number words,
#: URLs, e-mail addresses, non-ASCII case changes, and text that ends on a figure
SENTENCES = [
    "Prices rose by .5 per cent, then by 0.75%, to £800m and $2bn (US$3.4bn).",
    "Twenty-one of the forty-two councils; one/two of them; one-off costs of €1,200.",
    "See https://example.org/report-2017/table3 or mail stats2017@example.org for 1,770 rows.",
    "İstanbul saw 3 million visitors; ﬁfty ﬂats; STRASSE 12.",
    "A child every 49 seconds, 10k a year, between 20 and 30, 1 in 5, and finally 15,800",
    "Three-quarters said 5pc; a dozen said half; hundreds of thousands said 164p.",
    "",
    "no figures here at all",
]


def _corpus() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


@pytest.mark.parametrize("text", SENTENCES + _corpus())
def test_component_matches_whole_text_scan(text: str) -> None:
    doc = build_nlp(numbers_only=True)(text)
    assert [q.model_dump() for q in doc._.quantities] == [q.model_dump() for q in scan(text)]


def test_regions_yield_the_same_trigger_starts() -> None:
    text = "from .5 to twenty-one, 3m and one"
    every = list(candidate_starts(text))
    assert every == [5, 11, 18, 23, 30]
    spans = [(5, 7), (11, 21), (23, 25), (30, 33)]
    assert list(candidate_starts(text, spans)) == every


def test_doc_text_uses_the_tokenizers_copy_and_falls_back() -> None:
    text = "Hello  world.\n\n 15,800 babies "
    kept = build_nlp(numbers_only=True)(text)
    assert doc_text(kept) == text and kept.user_data
    plain = spacy.blank("en")(text)
    assert doc_text(plain) == text
    kept.user_data["claimcheck.text"] = "stale"
    assert doc_text(kept) == text

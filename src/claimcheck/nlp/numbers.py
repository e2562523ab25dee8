"""The ``claimcheck_numbers`` spaCy component: every figure in a doc as a :class:`Quantity`.

The grammar itself (:mod:`claimcheck.nlp.grammar`) works on ``doc.text`` with its own
tokens, so this module is only the spaCy wiring: a guarded ``Doc._.quantities`` extension,
the factory, and :func:`recognise` for callers that have plain text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.models import Quantity
from claimcheck.nlp.doctext import doc_text
from claimcheck.nlp.grammar import scan

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)


class NumberRecogniser:
    """Sets ``doc._.quantities`` (sorted by start; offsets are into ``doc.text``)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = scan(doc_text(doc))
        return doc


@Language.factory("claimcheck_numbers")
def make_numbers(nlp: Language, name: str) -> NumberRecogniser:
    """Factory registered with spaCy; stateless, so one instance serves every doc."""
    return NumberRecogniser()


def recognise(text: str) -> list[Quantity]:
    """Figures in plain text, through the shared numbers-only pipeline."""
    from claimcheck.nlp.pipeline import get_nlp

    doc = get_nlp(numbers_only=True)(text)
    quantities: list[Quantity] = doc._.quantities
    return quantities

"""The ``claimcheck_numbers`` spaCy component: every figure in a doc as a :class:`Quantity`.

The grammar itself (:mod:`claimcheck.nlp.grammar`) works on the doc's text with its own
tokens, so this module is only the spaCy wiring: a guarded ``Doc._.quantities`` extension,
the factory, and :func:`recognise` for callers that have plain text.

The component does not search the whole text for triggers: a lexeme flag, computed once per
vocabulary entry by spaCy, marks the tokens that hold one, and one ``to_array`` call (C
speed) finds them, so the grammar's regex only looks at those few tokens' spans.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.models import Quantity
from claimcheck.nlp.doctext import doc_text
from claimcheck.nlp.grammar import scan
from claimcheck.nlp.triggers import holds_candidate

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)


class NumberRecogniser:
    """Sets ``doc._.quantities`` (sorted by start; offsets are into the doc's text)."""

    def __init__(self, flag: int) -> None:
        self.flag = flag

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # a flagged token's region runs to the next token's start (its trailing space holds no
        # trigger). to_array costs about 10 us per column, and only a few tokens are flagged,
        # so their offsets are read from the tokens themselves instead of an IDX column
        last = len(doc) - 1
        regions = [(doc[i].idx, doc[i + 1].idx if i < last else len(text))
                   for i in numpy.flatnonzero(doc.to_array(self.flag)).tolist()]
        doc._.quantities = scan(text, regions)
        return doc


@Language.factory("claimcheck_numbers")
def make_numbers(nlp: Language, name: str) -> NumberRecogniser:
    """Factory registered with spaCy; the lexeme flag lives on this pipeline's vocabulary."""
    return NumberRecogniser(nlp.vocab.add_flag(holds_candidate))


def recognise(text: str) -> list[Quantity]:
    """Figures in plain text, through the shared numbers-only pipeline."""
    from claimcheck.nlp.pipeline import get_nlp

    doc = get_nlp(numbers_only=True)(text)
    quantities: list[Quantity] = doc._.quantities
    return quantities

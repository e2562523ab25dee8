"""The text of a doc without rebuilding it token by token.

``Doc.text`` joins a freshly made ``Token`` for every token on each call, which costs more
than the number grammar itself on a long article. :class:`TextKeepingTokenizer` wraps the
pipeline's tokenizer and keeps the input string on the doc, so every component reads the
same string for free; :func:`doc_text` falls back to ``Doc.text`` for docs made elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

_KEY = "claimcheck.text"


class TextKeepingTokenizer:
    """Delegates to the wrapped tokenizer and records the text it was given."""

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        doc = self.inner(text)
        doc.user_data[_KEY] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # to_disk, vocab, rules, ...
        return getattr(self.inner, name)


def doc_text(doc: Doc) -> str:
    """``doc.text``, read from the tokenizer's copy when the doc still matches it."""
    text = doc.user_data.get(_KEY)
    if isinstance(text, str) and len(doc) and len(text) == doc[-1].idx + len(doc[-1].text_with_ws):
        return text
    return doc.text

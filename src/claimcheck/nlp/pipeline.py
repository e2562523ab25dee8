"""build_nlp(): the one place the nlp object and its extensions are made.

The default is ``spacy.blank("en")`` plus the project's rule components, complete on its
own. When the user names an installed trained pipeline (``--model en_core_web_sm``), the
rule components are added to it; its parser then supplies sentence boundaries.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from claimcheck.errors import UsageError

# Importing these modules registers the component factories with spaCy.
from claimcheck.nlp import attribution as _attribution  # noqa: F401
from claimcheck.nlp import frames as _frames  # noqa: F401
from claimcheck.nlp import numbers as _numbers  # noqa: F401
from claimcheck.nlp import segment as _segment  # noqa: F401
from claimcheck.nlp.doctext import TextKeepingTokenizer

COMPONENTS = (
    "claimcheck_segmenter",
    "claimcheck_numbers",
    "claimcheck_frames",
    "claimcheck_attribution",
)


def build_nlp(model: str | None = None, *, numbers_only: bool = False) -> Language:
    """Make the pipeline. ``numbers_only`` stops after the number grammar (for benchmarks)."""
    try:
        nlp = spacy.blank("en") if model is None else spacy.load(model)
    except OSError:
        raise UsageError(f"spaCy pipeline {model!r} is not installed (the default needs none: "
                         "leave out --model)") from None
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    # the number grammar reads no sentence boundaries, so it runs without the segmenter
    wanted = ("claimcheck_numbers",) if numbers_only else COMPONENTS
    for name in wanted:
        if name == "claimcheck_segmenter" and "parser" in nlp.pipe_names:
            continue
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def get_nlp(model: str | None = None, numbers_only: bool = False) -> Language:
    """The per-process nlp object: building it once keeps start-up and memory flat."""
    return build_nlp(model, numbers_only=numbers_only)

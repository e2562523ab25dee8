"""Loading the frame and attribution word lists (``nlp/patterns/frames_*.yaml``, ``attribution_*.yaml``).

Word lists live in data files so a new speech verb, role noun or place is a one-line change;
each file is parsed once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML


@lru_cache(maxsize=None)
def load_data(name: str) -> dict[str, Any]:
    """The parsed YAML mapping in ``nlp/patterns/<name>`` (cached: read once per process)."""
    text = resources.files("claimcheck.nlp").joinpath("patterns", name).read_text("utf-8")
    data: dict[str, Any] = YAML(typ="safe", pure=True).load(text) or {}
    return data


def alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    items = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in items)

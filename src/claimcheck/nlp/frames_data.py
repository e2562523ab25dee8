"""Loading the frame and attribution word lists (``nlp/patterns/frames_*.yaml``, ``attribution_*.yaml``).

Word lists live in data files so a new speech verb, role noun or place is a one-line change;
each file is parsed once per process.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed YAML mapping in ``nlp/patterns/<name>`` (cached: read once per process)."""
    text = resources.files("claimcheck.nlp").joinpath("patterns", name).read_text("utf-8")
    data: dict[str, Any] = YAML(typ="safe", pure=True).load(text) or {}
    return data


def _phrases(words: list[str]) -> list[str]:
    """The distinct phrases, longest first (the order the alternations try them in)."""
    return sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))


def alternation(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in _phrases(words))


def grouped_alternation(words: list[str]) -> str:
    """:func:`alternation` with the branches grouped under their first character.

    ``re`` tries the branches of an alternation one by one at every candidate position;
    grouped, it rejects all branches of another letter with one test. Branches keep their
    order inside a group and branches of different groups cannot match at the same
    position, so a case-sensitive pattern matches exactly what :func:`alternation` does.
    """
    return grouped(_phrases(words))


def grouped(phrases: list[str]) -> str:
    """The alternation of ``phrases`` in the order given, grouped by first character."""
    groups: dict[str, list[str]] = {}
    for w in phrases:
        first, *rest = w.split()
        tail = re.escape(first[1:]) + "".join(r"\s+" + re.escape(p) for p in rest)
        groups.setdefault(first[0], []).append(tail)
    return "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in groups.items())


def starts(words: list[str], extra: str = "") -> str:
    """A lookahead body: the first three letters of some phrase's first word (or ``extra``).

    ``\\b(?=...)`` before an alternation lets the scan reject most word starts ("the",
    "and", "was") with two or three character tests instead of trying every branch; every
    match begins with one of these prefixes, so matches are unchanged. ``extra`` is a regex
    alternative added as written (``\\d`` for patterns that may open with a digit).
    """
    prefixes = sorted({w.split()[0][:3] for w in words if w.strip()}, key=lambda x: (-len(x), x))
    return "|".join(filter(None, [f"(?:{grouped(prefixes)})", extra]))

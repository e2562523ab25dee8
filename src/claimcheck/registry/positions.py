"""Positions and plain values from ruamel's round-trip documents, shared by loader and writer."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from claimcheck.models import ID_PATTERN

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


@functools.cache
def _lenient(base: type) -> type:
    """``base`` constructor that reads an impossible date (2025-02-30) as the text it is."""

    class Lenient(base):  # type: ignore[misc, valid-type]
        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError:
                return self.construct_scalar(node)

    Lenient.add_constructor(_TIMESTAMP, Lenient.construct_yaml_timestamp)
    return Lenient


def lenient_dates(yaml: YAML) -> YAML:
    """``yaml`` reading an unquoted impossible date as text instead of raising ValueError,
    which carries no position: the validators then name the date at its line and column
    (or the article's metadata warns about it) where a traceback stopped everything."""
    yaml.Constructor = _lenient(yaml.Constructor)
    return yaml


def make_yaml() -> YAML:
    """The one ruamel configuration for reading and writing, so a round trip is byte-stable."""
    yaml = lenient_dates(YAML(typ="rt"))
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def suggest(word: str, candidates: Iterable[str]) -> str:
    """"; did you mean 'x'?" for the closest candidate, or "" if none is close."""
    match = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean {match[0]!r}?" if match else ""


def to_plain(node: Any) -> Any:
    """ruamel's commented containers and scalar subclasses → plain Python for pydantic."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    return node


def position(node: Any, loc: tuple[int | str, ...], *, key: bool = False) -> tuple[int, int]:
    """1-based (line, column) of ``loc`` inside ``node``: the value, or the key if ``key``.

    Walks as far as the path exists and falls back to the deepest container reached, so an
    error about a missing key points at the mapping that lacks it.
    """
    line, col = _start(node)
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, CommentedMap) and part in node:
            k_line, k_col = node.lc.key(part)
            line, col = (k_line, k_col) if key and last else node.lc.value(part)
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line, col = node.lc.item(part)
            node = node[part]
        else:
            break
    return line + 1, col + 1


def _start(node: Any) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return 0, 0
    return lc.line, lc.col


def is_id(name: object) -> bool:
    """Whether ``name`` is a lowercase kebab-case id (the only names formulas can use)."""
    return isinstance(name, str) and re.fullmatch(ID_PATTERN, name) is not None

"""claims.yaml: the curated registry of sourced figures.

``load_registry`` reads and validates it (every problem with file:line:col), ``formula``
evaluates ``derived_from`` expressions, ``writer`` edits it keeping comments and writes it
atomically under a lock, and ``registry_json_schema`` describes the format for editors.
"""

from __future__ import annotations

from claimcheck.registry.formula import (
    FormulaError,
    derive,
    evaluate,
    evaluate_interval,
    parse,
)
from claimcheck.registry.loader import FORMAT_VERSION, load_registry, parse_registry
from claimcheck.registry.schema import registry_json_schema
from claimcheck.registry.writer import add_figure, update

__all__ = [
    "FORMAT_VERSION",
    "FormulaError",
    "add_figure",
    "derive",
    "evaluate",
    "evaluate_interval",
    "load_registry",
    "parse",
    "parse_registry",
    "registry_json_schema",
    "update",
]

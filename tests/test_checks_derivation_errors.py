"""CC501 on a formula that reads but cannot be worked out: it must not pass silently."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck.config import Config
from claimcheck.engine import Input, scan
from claimcheck.registry.loader import load_registry

REGISTRY = """version: 1
sources:
  - id: s1
    title: A report
    publisher: Someone
constants:
  zero: 0
figures:
  - id: homes
    subject: homes built
    kind: count
    value: 10
    source: s1
  - id: homes-per-site
    subject: homes built per site
    kind: count
    value: 5
    source: s1
    derived_from: homes / zero
"""


def test_a_formula_dividing_by_zero_is_a_registry_derivation_error(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "a.md").write_text("The council built 10 homes.\n", encoding="utf-8")
    registry = load_registry(tmp_path / "claims.yaml")
    report = scan(Input(paths=[tmp_path / "a.md"]), registry, Config(), today=date(2026, 12, 1))
    (found,) = [f for f in report.findings if f.rule == "registry-derivation"]
    assert found.severity == "error" and found.records == ["homes-per-site"]
    assert "division by [0, 0], which includes zero" in found.message
    assert "column 7 of 'homes / zero'" in found.message
    assert found.position.line == 14  # the record's own line

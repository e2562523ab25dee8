"""Every rule has fixture articles that it flags and that it lets pass, run end to end.

``tests/fixtures/checks/<rule>/fail/`` must produce the rule, ``pass/`` must not. A
``claims.yaml`` in the case folder, else in the rule folder, is the registry (else none).
A rule without both folders fails this test, so no check ships without examples.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.checks import all_rules
from claimcheck.config import Config
from claimcheck.engine import Input, scan
from claimcheck.models import Registry
from claimcheck.registry.loader import load_registry

FIXTURES = Path(__file__).parent / "fixtures" / "checks"
RULES = [r.name for r in all_rules()]


def _registry(case: Path) -> Registry:
    for folder in (case, case.parent):
        if (folder / "claims.yaml").exists():
            return load_registry(folder / "claims.yaml")
    return Registry()


def _rules_found(case: Path) -> list[str]:
    articles = sorted(p for p in case.iterdir() if p.suffix in (".md", ".txt", ".html"))
    report = scan(Input(paths=articles), _registry(case), Config(), today=date(2026, 11, 23))
    return [f.rule for f in report.findings]


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_has_both_fixtures(rule: str) -> None:
    for case in ("fail", "pass"):
        assert (FIXTURES / rule / case).is_dir(), f"{rule} has no {case}/ fixture"


@pytest.mark.parametrize("rule", RULES)
def test_fail_fixture_is_flagged(rule: str) -> None:
    found = _rules_found(FIXTURES / rule / "fail")
    assert rule in found, f"{rule} not reported; found {found}"


@pytest.mark.parametrize("rule", RULES)
def test_pass_fixture_is_quiet(rule: str) -> None:
    found = _rules_found(FIXTURES / rule / "pass")
    assert rule not in found, f"{rule} reported on its pass fixture; found {found}"

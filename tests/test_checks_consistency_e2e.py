"""The consistency rules through the real pipeline: fixture articles and the seed corpus.

Skipped until the nlp pass (``claimcheck.nlp.claims``) is importable; the hand-built tests in
``test_checks_consistency.py`` cover the same ground without it. Also runs the hand-built
seed claims through the real linker and registry, so curated links cannot silently change
which figures are compared.
"""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import pytest
from consistency_seeds import ALL, by_surface, context

from claimcheck.checks import get_check
from claimcheck.link import link_claims
from claimcheck.models import Claim, Finding, Registry, Report, Severity
from claimcheck.registry.loader import load_registry

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "checks"
RULES = ("magnitude-mismatch", "self-contradiction", "cross-claim-conflict", "arithmetic")
needs_nlp = pytest.mark.skipif(importlib.util.find_spec("claimcheck.nlp.claims") is None,
                               reason="the nlp pass (claimcheck.nlp.claims) has not landed")


def test_seed_claims_with_real_links_and_registry() -> None:
    registry = load_registry(ROOT / "claims.yaml")
    ctx = context(ALL, registry, link_claims(ALL, registry))
    out = [r for code in ("CC202", "CC203", "CC204", "CC301") for r in get_check(code).run(ctx)]
    findings = [r for r in out if isinstance(r, Finding)]
    hundreds = by_surface(ALL, "hundreds").id
    assert {f.rule for f in findings if hundreds in f.claims} == {"magnitude-mismatch", "self-contradiction"}
    assert any(f.rule == "arithmetic" and f.severity is Severity.ERROR for f in findings)
    assert not [f for f in findings if f.rule == "cross-claim-conflict"]
    relations = {r.relation for r in out if not isinstance(r, Finding)}
    assert {"rate", "share", "per-unit", "change", "percent-change", "magnitude-mismatch"} <= relations


def scan(paths: list[Path], registry: Registry | None = None) -> Report:
    from claimcheck.config import Config
    from claimcheck.engine import Input
    from claimcheck.engine import scan as run_scan
    return run_scan(Input(paths=paths), registry or Registry(), Config())


def claim_with(report: Report, text: str, path_part: str = "") -> Claim:
    found = [c for c in report.claims if text in c.quantity.surface and path_part in c.path]
    assert found, f"no claim {text!r} in {path_part!r}"
    return found[0]


def mine(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.rule in RULES]


@needs_nlp
def test_fixture_outlet_percentage_against_its_own_counts() -> None:
    report = scan([FIXTURES / "arithmetic" / "fail" / "own-percentage.md"])
    hits = [f for f in mine(report) if f.rule == "arithmetic"]
    assert hits and hits[0].severity is Severity.ERROR and "25%" in hits[0].explanation


@needs_nlp
def test_fixture_remainder_that_adds_up() -> None:
    report = scan([FIXTURES / "arithmetic" / "pass" / "leaves-adds-up.md"])
    assert not [f for f in mine(report) if f.severity is not Severity.INFO]
    assert any(v.relation == "remainder" for v in report.verifications)


@needs_nlp
def test_fixture_two_outlets_disagree() -> None:
    report = scan([FIXTURES / "cross-claim-conflict" / "fail"])
    hits = [f for f in mine(report) if f.rule == "cross-claim-conflict"]
    assert len(hits) == 1 and hits[0].severity is Severity.WARNING


@needs_nlp
def test_fixture_office_contradicts_its_report() -> None:
    report = scan([FIXTURES / "self-contradiction" / "fail" / "commissioner.md"])
    rules = {f.rule for f in mine(report) if f.severity is Severity.ERROR}
    assert {"self-contradiction", "magnitude-mismatch"} <= rules


@needs_nlp
def test_fixture_lead_understates() -> None:
    report = scan([FIXTURES / "magnitude-mismatch" / "fail" / "lead.md"])
    hits = [f for f in mine(report) if f.rule == "magnitude-mismatch"]
    assert hits and hits[0].severity is Severity.WARNING


@pytest.fixture(scope="module")
def corpus() -> Report:
    return scan([ROOT / "corpus"], load_registry(ROOT / "claims.yaml"))


@needs_nlp
def test_corpus_must_find(corpus: Report) -> None:
    found = mine(corpus)
    hundreds = claim_with(corpus, "hundreds", "crying-shame").id
    by_rule = {f.rule: f for f in found if hundreds in f.claims}
    assert by_rule["self-contradiction"].severity is Severity.ERROR
    assert by_rule["magnitude-mismatch"].severity is Severity.ERROR
    assert any(f.rule == "arithmetic" and "14,880" in f.explanation for f in found)
    lead = claim_with(corpus, "THOUSANDS", "revolving-door").id
    assert [f.rule for f in found if lead in f.claims] == ["magnitude-mismatch"]  # a lead: not CC203


@needs_nlp
def test_corpus_no_finding_twice(corpus: Report) -> None:
    """One finding per set of figures; only Longfield's 'hundreds' is both CC203 and CC202."""
    hundreds = claim_with(corpus, "hundreds", "crying-shame").id
    seen: dict[frozenset[str], list[str]] = {}
    for f in mine(corpus):
        seen.setdefault(frozenset(f.claims[:2]), []).append(f.rule)
    twice = {k: v for k, v in seen.items() if len(v) > 1}
    assert all(hundreds in k and sorted(v) == ["magnitude-mismatch", "self-contradiction"]
               for k, v in twice.items())
    remainder = next(f for f in mine(corpus) if "14,880" in f.explanation)
    assert len(remainder.claims) == len(set(remainder.claims)) == 5


@needs_nlp
def test_corpus_must_verify(corpus: Report) -> None:
    relations = {v.relation for v in corpus.verifications}
    assert {"rate", "share", "per-unit", "change", "percent-change"} <= relations
    pairs = [("every 49 seconds", "1,770"), ("an estimated 140,000", "one in four"),
             ("around 100", "15,800"), ("23,000", "26,400"), ("Many thousands", "15,800")]
    for a, b in pairs:
        assert any(any(a in s for s in texts) and any(b in s for s in texts) for texts in
                   ([c.quantity.surface for c in corpus.claims if c.id in v.claims]
                    for v in corpus.verifications)), (a, b)
    bad = [f for f in mine(corpus) if f.severity is not Severity.INFO
           and f.rule in ("arithmetic", "cross-claim-conflict") and "14,880" not in f.explanation]
    assert not bad


@needs_nlp
@pytest.mark.parametrize("group", [
    [("9%", "revolving-door"), ("124 per cent", "no-good-options")],
    [("£200 billion", "written-answer"), ("£200 million", "written-answer"),
     ("£5 million", "written-answer"), ("£800m", "no-good-options")],
    [("90", "crying-shame"), ("182", "crying-shame")],
    [("29 per cent", "no-good-options"), ("90%", "revolving-door")],
    [("390,000", "ncas"), ("750,000", "ncas")],
])
def test_corpus_must_not_compare(corpus: Report, group) -> None:
    claims = [claim_with(corpus, s, p) for s, p in group]
    results = [*mine(corpus), *corpus.verifications]
    for a, b in itertools.combinations(claims, 2):
        assert not [r for r in results if {a.id, b.id} <= set(r.claims)]

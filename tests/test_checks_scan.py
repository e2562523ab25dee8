"""The scan's provenance rules (CC101, CC102, CC201, CC401, CC501) and rule discovery."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from linkfixtures import change, claim, rec, seed_registry

from claimcheck.checks import ALL_CHECKS, get_check, get_rule
from claimcheck.checks.base import CheckContext
from claimcheck.link import link_claims
from claimcheck.models import (
    Article,
    ArticleMeta,
    Claim,
    Finding,
    Interval,
    Kind,
    Registry,
    Verification,
)

ROOT = Path(__file__).resolve().parents[1]
MINE = ("CC101", "CC102", "CC201", "CC401", "CC501")


def run(code: str, claims: list[Claim], registry: Registry, dated: dict[str, str] | None = None,
        **kw: object) -> tuple[list[Finding], list[Verification]]:
    links = link_claims(claims, registry)
    articles = {p: Article(path=p, source="", text="", meta=ArticleMeta(date=d))
                for p, d in (dated or {}).items()}
    ctx = CheckContext(claims=claims, links=links, registry=registry, articles=articles, **kw)
    out = list(get_check(code).run(ctx))
    return ([x for x in out if isinstance(x, Finding)],
            [x for x in out if isinstance(x, Verification)])


# --------------------------------------------------------------------------- discovery


def test_discovery_orders_by_code_and_finds_my_rules() -> None:
    codes = [c.info.code for c in ALL_CHECKS]
    assert codes == sorted(codes)
    assert set(MINE) <= set(codes)


@pytest.mark.parametrize("code,name", [("CC101", "unsourced-figure"),
                                       ("CC102", "unregistered-figure"),
                                       ("CC201", "record-mismatch"), ("CC401", "stale-figure"),
                                       ("CC501", "registry-derivation")])
def test_get_rule_accepts_code_or_name(code: str, name: str) -> None:
    assert get_rule(code).name == name
    assert get_rule(name).code == code
    assert get_rule(code.lower()) is get_rule(name.upper())


def test_get_rule_suggests_the_nearest() -> None:
    with pytest.raises(KeyError, match="did you mean 'unsourced-figure'"):
        get_rule("unsourced-figures")
    with pytest.raises(KeyError, match="no rule"):
        get_rule("zzzz")


def test_every_rule_documents_itself_with_examples_both_ways() -> None:
    for check in ALL_CHECKS:
        info = check.info
        assert info.summary and info.help, info.code
        if info.code in MINE:
            assert any(e.flags for e in info.examples), info.code
            assert any(not e.flags for e in info.examples), info.code


# --------------------------------------------------------------------------- CC101 / CC102


def test_unsourced_and_unregistered() -> None:
    reg = seed_registry()
    unsourced = claim("4,000", "Some 4,000 schools have closed their libraries.", value=4000,
                      subject="schools closing libraries")
    attributed = claim("152", "Action for Children said it sent FoI requests to 152 local "
                       "authorities in England.", value=152, subject="local authorities", subject_head="authorities",
                       speaker="Action for Children")
    linked = claim("15,800", "There are 15,800 vulnerable babies under one still living at home.",
                   value=15800, subject="vulnerable babies under one still living at home")
    year = claim("2019", "By 2019 things changed.", kind=Kind.YEAR, value=2019, is_claim=False)
    claims = [unsourced, attributed, linked, year]
    f101, _ = run("CC101", claims, reg)
    f102, _ = run("CC102", claims, reg)
    assert [f.claims for f in f101] == [[unsourced.id]]
    assert f101[0].code == "CC101" and f101[0].severity == "error"
    assert "'4,000' has no source" in f101[0].message
    assert [f.claims for f in f102] == [[attributed.id]]
    assert f102[0].severity == "warning"
    assert "attributed to Action for Children" in f102[0].message


def test_an_unsourced_measured_time_is_flagged_but_a_time_frame_is_not() -> None:
    wait = claim("32 minutes", "Ambulances took 32 minutes to arrive.", kind=Kind.DURATION, value=32,
                 unit="minute", subject="ambulances")
    frame = claim("18 weeks", "Within 18 weeks, patients were seen.", kind=Kind.DURATION, value=18,
                  unit="week", is_claim=False)
    f101, _ = run("CC101", [wait, frame], seed_registry())
    assert [f.claims for f in f101] == [[wait.id]]


# --------------------------------------------------------------------------- CC201


def test_record_mismatch_finds_a_scale_slip_and_says_by_how_much() -> None:
    reg = seed_registry()
    slip = claim("£200 million", "The 2015 Spending Review made available £200 million "
                 "to councils for local services.", value=2e8, kind=Kind.MONEY, unit="GBP",
                 subject="councils for local services")
    # "more than £200 million" is true of more than £200 billion: hedges are intervals
    hedged = claim("£200 million", "The 2015 Spending Review made available more than £200 "
                   "million to councils for local services.", value=2e8, kind=Kind.MONEY,
                   unit="GBP", interval=Interval(low=2e8, low_closed=False),
                   subject="councils for local services")
    assert not run("CC201", [hedged], reg)[0]
    findings, _ = run("CC201", [slip], reg)
    assert len(findings) == 1
    f = findings[0]
    assert f.records == ["sr2015-council-funding"]
    assert f.message.startswith("the article gives £200 million; record sr2015-council-funding")
    assert "£200 billion" in f.message
    assert "1,000 times" in f.explanation


def test_record_mismatch_compares_like_with_like_and_verifies_matches() -> None:
    reg = seed_registry()
    babies = claim("16,500", "There are 16,500 babies considered vulnerable or highly "
                   "vulnerable still living at home.", value=16500,
                   subject="babies considered vulnerable or highly vulnerable")
    ok = claim("15,800", "15,800 babies considered to be vulnerable or highly vulnerable are "
               "still living at home", value=15800,
               subject="babies considered to be vulnerable or highly vulnerable")
    every49 = claim("every 49 seconds", "a child referred to children's services every 49 "
                    "seconds.", kind=Kind.RATE, value=1, per="second", per_amount=49,
                    subject="a child referred to children's services")
    pct = claim("124 per cent", "The number of inquiries into child protection concerns "
                "undertaken by councils has increased by 124 per cent", kind=Kind.CHANGE,
                value=124, unit="%", change=change(124, "%"),
                subject="inquiries into child protection concerns", speaker="Richard Watts")
    wrong_pct = claim("42 per cent", "The number of inquiries into child protection concerns "
                      "undertaken by councils has increased by 42 per cent", kind=Kind.CHANGE,
                      value=42, unit="%", change=change(42, "%"),
                      subject="inquiries into child protection concerns")
    vague = claim("hundreds", "hundreds of the most vulnerable young children are at risk",
                  kind=Kind.VAGUE, vague="hundreds", interval=Interval(low=200, high=1000),
                  subject="the most vulnerable young children", speaker="Anne Longfield")
    findings, verifs = run("CC201", [babies, ok, every49, pct, wrong_pct, vague], reg)
    assert sorted(f.claims[0] for f in findings) == sorted([babies.id, wrong_pct.id])
    msg = next(f.message for f in findings if f.claims == [babies.id])
    assert msg == ("the article gives 16,500; record babies-at-home-2017 (A Crying Shame) "
                   "gives 15,800")
    expl = next(f.explanation for f in findings if f.claims == [babies.id])
    assert "700 more (4.4% above)" in expl, expl
    assert {v.claims[0] for v in verifs} == {ok.id, every49.id, pct.id}
    rate = next(v for v in verifs if v.claims == [every49.id])
    assert "a day" in rate.working


# --------------------------------------------------------------------------- CC401


STANDFIRST = "There are 15,800 babies considered vulnerable or highly vulnerable still living at home"


def test_stale_figure_needs_age_and_present_tense() -> None:
    reg = seed_registry()
    subj = "babies considered vulnerable or highly vulnerable"
    now = claim("15,800", STANDFIRST, value=15800, subject=subj, path="2022.txt")
    recent = claim("15,800", STANDFIRST, value=15800, subject=subj, path="2018.txt")
    dated = claim("15,800", "In March 2017 there were 15,800 babies considered vulnerable or "
                  "highly vulnerable living at home", value=15800, subject=subj,
                  path="2022b.txt", time="March 2017",
                  time_span=(date(2017, 3, 1), date(2017, 3, 31)))
    past = claim("15,800", "There were 15,800 babies considered vulnerable or highly "
                 "vulnerable living at home", value=15800, subject=subj, path="2022c.txt")
    dates = {"2022.txt": "2022-06", "2018.txt": "2018-10", "2022b.txt": "2022-06",
             "2022c.txt": "2022-06"}
    findings, _ = run("CC401", [now, recent, dated, past], reg, dates)
    assert [f.claims for f in findings] == [[now.id]]
    assert findings[0].severity == "warning"
    assert "as of 2017-03" in findings[0].message and "'There are'" in findings[0].message
    shorter, _ = run("CC401", [recent], reg, dates, stale_after_days=365)
    assert len(shorter) == 1


# --------------------------------------------------------------------------- CC501


def test_registry_derivation_shows_the_working() -> None:
    reg = seed_registry()
    reg.figures[0] = reg.figures[0].model_copy(update={"line": 12})
    reg.figures[4] = reg.figures[4].model_copy(update={"line": 40})
    findings, verifs = run("CC501", [], reg)
    assert len(findings) == 1
    f = findings[0]
    assert f.records == ["babies-at-home-2017"]
    assert f.position.path == "claims.yaml" and f.position.line == 40
    assert f.explanation.startswith("19,640 - 3,820 - 640 - 300 = 14,880, not 15,800")
    ok = Registry(figures=[rec("a", "a", 10), rec("b", "b", 4),
                           rec("c", "c", 6, derived_from="a - b")])
    findings, verifs = run("CC501", [], ok)
    assert not findings and verifs[0].working.startswith("10 - 4 = 6")


def test_registry_derivation_on_the_real_registry() -> None:
    from claimcheck.registry.loader import load_registry

    reg = load_registry(ROOT / "claims.yaml")
    findings, verifs = run("CC501", [], reg)
    ids = [f.records[0] for f in findings]
    assert "babies-vulnerable-at-home-2017" in ids
    f = findings[ids.index("babies-vulnerable-at-home-2017")]
    assert "19,640 - 3,820 - 640 - 300 = 14,880, not 15,800" in f.explanation
    assert f.position.line and f.position.path.endswith("claims.yaml")
    assert verifs

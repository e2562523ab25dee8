"""The consistency engine (CC202, CC203, CC204, CC301) on hand-built claims mirroring the
seed corpus, plus near misses: rounding and hedges that make figures compatible, the same
number for different subjects, different periods."""

from __future__ import annotations

import itertools

import pytest
from consistency_seeds import (
    AFC,
    ALL,
    APPG,
    CS,
    NCAS,
    WA,
    article,
    by_surface,
    context,
    iv,
    pct_change,
    rate,
    vague,
)

from claimcheck.checks import get_check
from claimcheck.checks.compare import fig_of
from claimcheck.checks.identity import comparable
from claimcheck.checks.semantics import conflict, describe, fmt
from claimcheck.models import (
    Change,
    Claim,
    Finding,
    Interval,
    Kind,
    Severity,
    Verification,
)

RULES = ("CC202", "CC203", "CC204", "CC301")


def run(claims: list[Claim], codes: tuple[str, ...] = RULES) -> tuple[list[Finding], list[Verification]]:
    ctx = context(claims)
    out = [r for code in codes for r in get_check(code).run(ctx)]
    return ([r for r in out if isinstance(r, Finding)], [r for r in out if isinstance(r, Verification)])


@pytest.fixture(scope="module")
def seeds() -> tuple[list[Finding], list[Verification]]:
    return run(ALL)


def ids(*pairs: tuple[str, str]) -> set[str]:
    return {by_surface(ALL, s, p).id for s, p in pairs}


def involving(results: list, *claim_ids: str) -> list:
    return [r for r in results if set(claim_ids) <= set(r.claims)]


# --------------------------------------------------------------------------- must find


def test_longfield_hundreds_is_a_self_contradiction(seeds) -> None:
    findings, _ = seeds
    hundreds = by_surface(ALL, "hundreds").id
    hits = [f for f in involving(findings, hundreds) if f.rule == "self-contradiction"]
    assert len(hits) == 1 and hits[0].severity is Severity.ERROR
    assert "implies at most 999" in hits[0].explanation and "16 times" in hits[0].explanation
    assert "Children's Commissioner for England" in hits[0].explanation


def test_longfield_hundreds_is_also_a_magnitude_error(seeds) -> None:
    findings, _ = seeds
    hits = [f for f in involving(findings, by_surface(ALL, "hundreds").id) if f.rule == "magnitude-mismatch"]
    assert len(hits) == 1 and hits[0].severity is Severity.ERROR
    assert "understates" in hits[0].message


def test_this_leaves_15800_does_not_add_up(seeds) -> None:
    findings, _ = seeds
    hits = [f for f in findings if f.rule == "arithmetic" and f.severity is Severity.ERROR]
    assert len(hits) == 1
    text = hits[0].explanation
    assert "19,640 − 3,820 − 640 − 300 = 14,880" in text
    assert "only 19,640 − 3,820 = 15,820 rounds to 15,800" in text
    assert "This leaves 15,800" in hits[0].message


def test_thousands_lead_understates_140000(seeds) -> None:
    findings, _ = seeds
    lead = by_surface(ALL, "THOUSANDS").id
    hits = [f for f in involving(findings, lead) if f.rule == "magnitude-mismatch"]
    assert len(hits) == 1 and hits[0].severity is Severity.WARNING
    assert by_surface(ALL, "an estimated 140,000").id in hits[0].claims
    assert "14 times" in hits[0].explanation


def test_no_double_report_across_rules(seeds) -> None:
    findings, _ = seeds
    assert not [f for f in findings if f.rule == "cross-claim-conflict"]
    keys = [(f.rule, tuple(f.claims)) for f in findings]
    assert len(keys) == len(set(keys))


# --------------------------------------------------------------------------- must verify


@pytest.mark.parametrize(("relation", "surfaces", "text"), [
    ("rate", [("every 49 seconds", CS), ("an average of 1,770", WA)], "1,745 to 1,781 a day"),
    ("share", [("an estimated 140,000", AFC), ("around one in four", AFC), ("184,500", AFC)],
     "184,500 × (1 − 1/4) = 138,375"),
    ("per-unit", [("around 100", CS)], "15,800 / 152"),
    ("change", [("more than 23,000", APPG), ("26,400", APPG)], "more than 23,600"),
    ("magnitude-mismatch", [("Many thousands", CS), ("15,800", CS)], "within"),
    ("percent-change", [("more than 90%", AFC), ("26,400", APPG)], "above about 50,160"),
])
def test_consistent_relations_are_verified(seeds, relation, surfaces, text) -> None:
    findings, verifications = seeds
    claim_ids = ids(*surfaces)
    hits = [v for v in verifications if v.relation == relation and claim_ids <= set(v.claims)]
    assert hits and text in hits[0].working
    assert not [f for f in findings if claim_ids <= set(f.claims) and f.severity is not Severity.INFO]


def test_percent_change_note_is_info(seeds) -> None:
    findings, _ = seeds
    hits = involving(findings, by_surface(ALL, "more than 90%").id)
    assert [f.severity for f in hits] == [Severity.INFO]
    assert "holds only if the end figure is above about 50,160" in hits[0].message


# --------------------------------------------------------------------------- must not compare


NOT_COMPARED = [
    [("almost 9%", AFC), ("124 per cent", APPG)],
    [("more than £200 billion", WA), ("£200 million", WA), ("nearly £5 million", WA), ("over £800m", APPG)],
    [("90 a day", CS), ("182", CS)],
    [("more than 29 per cent", APPG), ("more than 90%", AFC)],
    [("an estimated 390,000", NCAS), ("more than 750,000", NCAS)],
    [("90 a day", CS), ("an average of 1,770", WA)],
]


@pytest.mark.parametrize("group", NOT_COMPARED)
def test_never_compared(seeds, group) -> None:
    findings, verifications = seeds
    ctx = context(ALL)
    for (s1, p1), (s2, p2) in itertools.combinations(group, 2):
        a, b = by_surface(ALL, s1, p1), by_surface(ALL, s2, p2)
        assert not involving(findings + verifications, a.id, b.id)
        fa, fb = fig_of(a, ctx), fig_of(b, ctx)
        assert fa and fb and not comparable(fa, fb).ok


# --------------------------------------------------------------------------- near misses


def test_remainder_that_rounds_is_consistent() -> None:
    claims = article("n.md", [
        ("There were 19,640 babies in need.", [{"surface": "19,640", "value": 19640, "head": "babies"}]),
        ("3,820 of these were looked after, with a further 640 placed elsewhere and a further 300 adopted.",
         [{"surface": "3,820", "value": 3820, "head": "babies"}, {"surface": "640", "value": 640, "head": "babies"},
          {"surface": "300", "value": 300, "head": "babies"}]),
        ("This leaves 14,900 babies at home.", [{"surface": "14,900", "value": 14900, "head": "babies"}]),
    ])
    findings, verifications = run(claims, ("CC301",))
    assert not findings
    assert verifications[0].relation == "remainder" and "= 14,880" in verifications[0].working


def test_hedge_makes_vague_and_precise_compatible() -> None:
    claims = article("h.md", [
        ("The council counted 1,500 children waiting.", [{"surface": "1,500", "value": 1500,
         "subject": "children waiting", "head": "children", "speaker": "Jo Bloggs"}]),
        ("\"Thousands of children are waiting,\" said Jo Bloggs.", [vague("Thousands", 2000, 10000,
         subject="children waiting", head="children", speaker="Jo Bloggs")]),
    ])
    findings, verifications = run(claims)
    assert not findings  # 1,500 is within the loose reading of 'thousands'
    assert verifications and verifications[0].relation == "magnitude-mismatch"


def test_same_number_different_subjects_not_compared() -> None:
    claims = article("d.md", [
        ("Some 500 teachers left and 9,000 nurses joined.",
         [{"surface": "500", "value": 500, "subject": "teachers left", "head": "teachers", "speaker": "X"},
          {"surface": "9,000", "value": 9000, "subject": "nurses joined", "head": "nurses", "speaker": "X"}]),
        ("\"Hundreds of nurses joined,\" X said.", [vague("Hundreds", 200, 1000, subject="nurses joined",
                                                            head="nurses", speaker="X")]),
    ])
    findings, _ = run(claims)
    assert {f.rule for f in findings} == {"magnitude-mismatch", "self-contradiction"}
    assert all(by_surface(claims, "500").id not in f.claims for f in findings)


def test_different_periods_are_not_compared() -> None:
    claims = article("p.md", [
        ("Plans rose by 10 per cent between 2010 and 2012.", [pct_change("10 per cent", iv(9.5, 10.5),
         subject="plans", head="plans", time="between 2010 and 2012", speaker="Y")]),
        ("Plans rose by 40 per cent over the past decade.", [pct_change("40 per cent", iv(39.5, 40.5),
         subject="plans", head="plans", time="over the past decade", speaker="Y")]),
    ])
    findings, _ = run(claims)
    assert not findings


def test_two_outlets_disagree_about_one_rate() -> None:
    a = article("a.md", [("An average of 1,770 children are referred each day.", [rate(
        "1,770", 1770, "day", subject="children referred to children's services", head="children",
        source="the Local Government Association")])])
    b = article("b.md", [("A child is referred to children's services every 30 seconds, said the charity.",
                          [rate("every 30 seconds", 1, "second", 30,
                                subject="a child referred to children's services", head="children",
                                speaker="Kids First")])])
    findings, _ = run(a + b)
    assert [f.rule for f in findings] == ["cross-claim-conflict"]
    assert findings[0].severity is Severity.WARNING
    assert "a day" in findings[0].message


def test_change_that_cannot_hold_is_an_error() -> None:
    claims = article("c.md", [("Plans increased from 26,400 to 30,000 - an increase of more than 23,000.",
        [{"surface": "26,400", "value": 26400, "head": "plans"}, {"surface": "30,000", "value": 30000, "head": "plans"},
         {"surface": "more than 23,000", "value": 23000, "interval": iv(23000, None, lc=False), "head": "plans"}])])
    findings, _ = run(claims, ("CC301",))
    assert len(findings) == 1 and findings[0].severity is Severity.ERROR


def test_percentage_not_matching_own_counts() -> None:
    claims = article("q.md", [("Plans increased from 20,000 to 25,000, a rise of 50 per cent.",
        [{"surface": "20,000", "value": 20000, "head": "plans", "subject": "plans"},
         {"surface": "25,000", "value": 25000, "head": "plans", "subject": "plans"},
         pct_change("50 per cent", iv(49.5, 50.5), head="plans", subject="plans")])])
    findings, _ = run(claims, ("CC301",))
    assert len(findings) == 1 and "25%" in findings[0].explanation


# --------------------------------------------------------------------------- semantics


def test_conflict_text_and_formatting() -> None:
    c = conflict(Interval(low=200, high=1000, high_closed=False), Interval.point(15800),
                 "'hundreds'", "the report", 15800)
    assert c is not None and c.text == "'hundreds' implies at most 999; the report gives 15,800, 16 times that"
    assert conflict(Interval(low=10, high=20), Interval(low=15, high=30), "a", "b") is None
    assert fmt(200e9, "GBP") == "£200 billion" and fmt(89.39, "%") == "89.4%" and fmt(1763.27) == "1,763"
    assert describe(Interval(low=50000, low_closed=False)) == "more than 50,000"
    assert describe(Interval(high=140000)) == "up to 140,000"


def test_money_never_meets_another_currency_or_count() -> None:
    ctx = context(ALL)
    money = fig_of(by_surface(ALL, "£200 million"), ctx)
    count = fig_of(by_surface(ALL, "184,500"), ctx)
    assert money and count and not comparable(money, count).ok
    assert money.family == "money:GBP"


def test_every_check_has_examples() -> None:
    for code in RULES:
        info = get_check(code).info
        assert info.examples and any(e.flags for e in info.examples)


# --------------------------------------------------------------------------- real pipeline shapes
# The nlp pass gives shorter subjects and rougher frames than the seeds above; these mirror
# what it produced on the corpus, so the rules are robust to it without the nlp pass.


def test_office_contradiction_with_truncated_subjects() -> None:
    """The nlp subject of '15,800 babies under the age of one year considered ... vulnerable'
    stops at 'year'; the clause still ties it to 'vulnerable young children at risk of harm',
    and the part 3,820 (a closer bare subject) is not the figure it is held against."""
    office = {"speaker": "Children's Commissioner for England", "source": "A Crying Shame"}
    claims = article("t.md", [
        ("The Commissioner published a report today on babies at risk.", []),
        (("It says there are 15,800 babies under the age of one year considered by local authorities "
          "to be vulnerable or highly vulnerable and at risk of harm, but still living at home."),
         [{"surface": "15,800", "value": 15800, "subject": "babies under the age of one year",
           "head": "babies", **office}]),
        ("3,820 of these babies under one were being looked after by local authorities.",
         [{"surface": "3,820", "value": 3820, "subject": "babies under one", "head": "babies", **office}]),
        ("\"This research shows hundreds of the most vulnerable young children are at risk of harm.",
         [vague("hundreds", 200, 1000, subject="vulnerable young children", head="children",
                speaker="Anne Longfield", role="Children's Commissioner for England")]),
    ])
    findings, _ = run(claims)
    hundreds = by_surface(claims, "hundreds").id
    hits = {f.rule: f for f in findings if hundreds in f.claims}
    assert set(hits) == {"self-contradiction", "magnitude-mismatch"}
    assert all(f.severity is Severity.ERROR for f in hits.values())
    assert all("16 times" in f.explanation and by_surface(claims, "3,820").id not in f.claims
               for f in hits.values())


def test_vague_lead_paraphrase_is_the_outlets_voice() -> None:
    """'THOUSANDS ..., a charity has said' in the opening sentence: magnitude only, not the
    charity contradicting itself."""
    claims = article("l.md", [
        ("THOUSANDS of children are not getting help, a charity has said.",
         [vague("THOUSANDS", 2000, 10000, subject="children not getting help", head="children",
                speaker="Action for Children")]),
        ("Action for Children said an estimated 140,000 children are not getting help.",
         [{"surface": "an estimated 140,000", "value": 140000, "interval": iv(126000, 154000),
           "subject": "children not getting help", "head": "children", "speaker": "Action for Children"}]),
    ])
    findings, _ = run(claims)
    assert [(f.rule, f.severity) for f in findings] == [("magnitude-mismatch", Severity.WARNING)]


def test_share_ignores_a_bare_small_count() -> None:
    claims = article("s.md", [
        (("It asked whether children were referred to early help after their case was closed, and the "
          "three most common concerns."), [{"surface": "three", "value": 3}]),
        ("In 2015-16 184,500 children's needs assessments were closed.",
         [{"surface": "184,500", "value": 184500, "subject": "children's needs assessments",
           "head": "assessments"}]),
        ("Around one in four of these families were referred to early help after their case was closed.",
         [{"surface": "Around one in four", "kind": Kind.RATIO, "value": 0.25, "interval": iv(0.22, 0.29),
           "subject": "families", "head": "families"}]),
    ])
    findings, verifications = run(claims, ("CC301",))
    assert not findings and not verifications


def test_change_ends_are_rounded_alike() -> None:
    """The frame gives 'from 20,000' as 15,000-25,000 (rounded to 10,000); the change's other end
    says 1,000s, so 50 per cent cannot hold (it is 25%)."""
    change = Change(direction="increase", from_value=iv(15000, 25000, hc=False),
                    to_value=iv(24500, 25500, hc=False))
    claims = article("r.md", [("Children waiting rose from 20,000 to 25,000, a rise of 50 per cent.", [
        {"surface": "from 20,000 to 25,000", "kind": Kind.CHANGE, "value": 25000,
         "interval": iv(24500, 25500, hc=False), "change": change, "subject": "children waiting",
         "head": "children"},
        pct_change("a rise of 50 per cent", iv(45, 55, hc=False), head="children")])])
    findings, _ = run(claims, ("CC301",))
    assert len(findings) == 1 and "change of 25%" in findings[0].explanation


def test_remainder_with_a_part_the_frame_read_as_a_rate() -> None:
    """'a further 1,900 offered a second choice' framed as 1,900 a second; the cue reads it as
    one more part. Total and remainder count different nouns (applications, children)."""
    claims = article("a.md", [
        ("There were 12,400 applications for school places.",
         [{"surface": "12,400", "value": 12400, "subject": "applications", "head": "applications"}]),
        ("9,300 of these were offered a first choice, with a further 1,900 offered a second choice.",
         [{"surface": "9,300", "value": 9300}, {"surface": "a first", "value": 1, "head": "choice"},
          rate("1,900", 1900, "second", head="choice")]),
        ("This leaves 1,200 children without either of their first two choices.",
         [{"surface": "1,200", "value": 1200, "head": "children"},
          {"surface": "two", "value": 2, "head": "choices", "subject": "choices"}]),
    ])
    findings, verifications = run(claims)
    assert not [f for f in findings if f.severity is not Severity.INFO]
    assert [v.relation for v in verifications] == ["remainder"]
    assert "12,400 − 9,300 − 1,900 = 1,200" in verifications[0].working

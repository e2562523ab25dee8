"""When two precise figures may be one statistic given twice (CC203, CC204).

A corpus of unrelated stories shares bare heads everywhere: 'people', 'homes', 'members',
'passengers'. Conflict rules that matched on those flooded a scan of 35 articles with 361
cross-claim warnings, nearly all about different things. These cases pin the gate down from
both sides.
"""

from __future__ import annotations

from pathlib import Path

from _scan import scan_texts

RULES = ("cross-claim-conflict", "self-contradiction")


def _conflicts(tmp_path: Path, *texts: str) -> list[tuple[str, list[str]]]:
    report = scan_texts(tmp_path, *texts)
    claims = {c.id: c.quantity.surface for c in report.claims}
    return [(f.rule, sorted(claims[i] for i in f.claims)) for f in report.findings if f.rule in RULES]


def test_two_outlets_giving_one_specific_statistic_differently_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path,
                       "NHS England said 7.6 million people are waiting for hospital treatment.\n",
                       "The Patients Union said 6.2 million people are waiting for hospital treatment.\n")
    assert found == [("cross-claim-conflict", ["6.2 million", "7.6 million"])]


def test_bare_heads_in_different_stories_do_not_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path,
                       "Three people have died in the moorland fire, the fire service said.\n",
                       "In the county, 31 people died on the roads, police said.\n",
                       "Heathrow said it handled 7.9 million passengers.\n",
                       "Gatwick said it carried 43.2 million passengers.\n")
    assert found == []


def test_same_head_with_different_predicates_in_one_article_does_not_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, "The retailer said 90 stores will close by March.\n\n"
                       "Union officials said 40 stores had been refurbished.\n")
    assert found == []


def test_two_figures_of_one_sentence_are_parts_not_a_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, "The minister said two of the five frigates are two years late.\n\n"
                       "Campaigners said the yard employs 1,200 people.\n")
    assert found == []


def test_one_office_giving_a_flow_and_a_stock_is_no_self_contradiction(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, "The Ministry of Defence said 9,000 soldiers left the Army in the "
                       "year to October.\n\nThe Ministry of Defence said the regular Army has 70,860 "
                       "soldiers.\n")
    assert found == []


def test_a_restatement_in_one_sentence_is_still_compared(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, "The charity said a child is referred to social services every "
                       "49 seconds, or 3,000 children referred to social services a day.\n")
    assert found == [("cross-claim-conflict", ["3,000", "every 49 seconds"])]


def test_an_addition_is_not_the_level_it_adds_to(tmp_path: Path) -> None:
    found = _conflicts(tmp_path,
                       "The charity said 1,200 families in the county are waiting for social housing.\n",
                       "The council said a further 300 families in the county are waiting for social "
                       "housing.\n")
    assert found == []
    found = _conflicts(tmp_path,
                       "The charity said 1,200 families in the county are waiting for social housing.\n",
                       "The council said 300 more families in the county are waiting for social "
                       "housing.\n")
    assert found == []


def test_a_source_named_only_by_its_kind_is_no_office(tmp_path: Path) -> None:
    """'An audit found' in two stories is two audits: a warning across sources, never the
    error of one office contradicting itself. A titled report ('A Crying Shame') still is one."""
    found = _conflicts(tmp_path,
                       "An audit found 40% of hospital wards were short of nurses last winter.\n",
                       "An audit found 25% of hospital wards were short of nurses last winter.\n")
    assert [rule for rule, _ in found] == ["cross-claim-conflict"]


# subjects must count the same thing in the same words

def test_a_subject_narrowed_by_a_place_is_another_part_of_the_population(tmp_path: Path) -> None:
    local = ("The number of households living in temporary accommodation in Harlow Vale has "
             "reached 1,284, the council said.")
    wider = ("The number of households living in temporary accommodation has risen to 1,090, "
             "the charity Shelter said.")
    assert _conflicts(tmp_path, local, wider) == []


def test_subjects_qualified_each_their_own_way_are_two_statistics(tmp_path: Path) -> None:
    food = "Food price inflation eased to 3.4% in November, the British Retail Consortium said."
    shop = "Shop price inflation eased to 0.6% in November, the consortium's survey found."
    assert _conflicts(tmp_path, food, shop) == []


def test_a_figure_that_does_not_say_what_it_counts_is_matched_to_nothing(tmp_path: Path) -> None:
    text = ("Policymakers' median projection shows the federal funds rate ending 2027 at 3.4 "
            "percent and 2028 at 3.1 percent.\n\nCore inflation, which strips out food and "
            "energy, was 2.9 percent.\n")
    assert _conflicts(tmp_path, text) == []


def test_the_same_subject_in_other_word_forms_still_conflicts(tmp_path: Path) -> None:
    one = "NHS England said 7.6 million people were waiting for hospital treatment."
    other = "The Patients Union said 6.2 million people are waiting for hospital treatments."
    assert _conflicts(tmp_path, one, other) == [("cross-claim-conflict", ["6.2 million", "7.6 million"])]

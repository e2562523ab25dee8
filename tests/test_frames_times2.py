"""Times a figure takes from its sentence: shared by a list of figures, ONS-style spans with
'through' and 'to the end of', and times that date something else (the year records began, a
founding).

Every sentence is our own; each runs the whole pipeline on an article file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._scan import claim_in


def time_text(tmp_path: Path, text: str, surface: str) -> str | None:
    t = claim_in(tmp_path, text, surface).time
    return t.text if t is not None else None


@pytest.mark.parametrize(("text", "surface", "time"), [
    ("Since October, the agency estimates there have been at least 24 million illnesses, "
     "310,000 hospitalizations and 13,000 deaths from flu.", "13,000", "Since October"),
    ("Since October, the agency estimates there have been at least 24 million illnesses, "
     "310,000 hospitalizations and 13,000 deaths from flu.", "310,000", "Since October"),
    ("Average hourly earnings rose 9 cents, or 0.3%, to $35.62 last month.", "9 cents", "last month"),
    ("Average hourly earnings rose 9 cents, or 0.3%, to $35.62 last month.", "0.3%", "last month"),
    ("In the 12 months through March, wages increased 3.9%.", "3.9%", "In the 12 months through March"),
    ("Revenue rose 17% in the three months to the end of June.", "17%",
     "in the three months to the end of June"),
    ("As at 30 June, 71,880 people were in hotels.", "71,880", "As at 30 June"),
    ("He scored 31 goals last season.", "31", "last season"),
    ("Passenger journeys reached 1.74 billion before the pandemic.", "1.74 billion", "before the pandemic"),
    ("The firm will invest £1.2bn over the next 12 months.", "£1.2bn", "over the next 12 months"),
    ("The rate fell 6.1% a week earlier.", "6.1%", "a week earlier"),
    ("Sales rose 12% over the past three years.", "12%", "over the past three years"),
    ("Arrests fell by 300 in the last 18 months.", "300", "in the last 18 months"),
    ("The fee was just €4m three years ago.", "€4m", "three years ago"),
    ("January's gain was revised to 228,000.", "228,000", "January's"),
    ("The poll, conducted between 3 and 5 March, found 58% in favour.", "58%", "between 3 and 5 March"),
    ("Sales rose 38% in three years.", "38%", "in three years"),
    ("More than 120 flights have been cancelled since midnight.", "More than 120", "since midnight"),
    ("Food bank use has almost tripled in a decade.", "almost tripled", "in a decade"),
    # the new level's own time, not the old level's after 'from'
    ("Inflation eased to 2.1% in March from 2.6% in February.", "2.1% in March from 2.6%", "in March"),
    ("Unemployment rose to 4.4% from 4.2% in the three months to June.", "4.4% from 4.2%",
     "in the three months to June"),
    ("Growth picked up to 3.7%, from 2.5% in May.", "2.5%", "in May"),
    # a time closing the sentence after a lone comma dates the figures before it
    ("Net income rose to $612m, or 98 cents a share, from $471m, or 76 cents, a year earlier.",
     "76 cents", "a year earlier"),
    ("Net income rose to $612m, or 98 cents a share, from $471m, or 76 cents, a year earlier.",
     "$471m", "a year earlier"),
    # US dates, bulletin weeks, terms and festivals
    ("Since the season began on Oct. 1, 3,948 people have been hospitalized with flu.", "3,948",
     "Since the season began on Oct. 1"),
    ("Hospitals admitted 612 patients in the week ending Jan. 18, up from 487 the previous week.",
     "612", "the week ending Jan. 18"),
    ("The hospital has treated 41 children for flu since Christmas.", "41", "since Christmas"),
    ("Nearly 1.2 million pupils were persistently absent in the autumn term.", "Nearly 1.2 million",
     "in the autumn term"),
    ("The company added more than 1,200 customers in the quarter.", "more than 1,200", "in the quarter"),
    ("Visitors reached 16.4 million in the 12 months ended Sept. 30, the bureau said.", "16.4 million",
     "in the 12 months ended Sept. 30"),
    ("Hotel occupancy averaged 68.5% over the period.", "68.5%", "over the period"),
    ("That week the appeal raised £412,000.", "£412,000", "That week"),
])
def test_the_time_a_figure_takes(tmp_path: Path, text: str, surface: str, time: str) -> None:
    assert time_text(tmp_path, text, surface) == time


@pytest.mark.parametrize(("text", "surface"), [
    # a figure of another clause, not a list, still owns the time
    ("Exports fell 4% and imports rose 2% in March.", "4%"),
    ("Entries fell by 4.3%, while languages fell to their lowest level since records began in 1996.",
     "4.3%"),
    ("The charity was founded in 1968 and works with around 250 local projects.", "around 250"),
    # after a comma, 'from' starts the old level's own clause: May dates 2.5% alone
    ("Growth picked up to 3.7%, from 2.5% in May.", "3.7%"),
    # a target holds whenever it is set; a time after 'became chief' dates the appointment
    ("Just 61.4% were seen within four hours in the week ending 10 November, well below the target "
     "of 95%.", "95%"),
    ("Maldonado, who became chief in March 2022, said the clearance rate climbed to 67%.", "67%"),
    ("The tax will be cut starting January 1, 2026, a change that will cost $100 million a year.",
     "$100 million"),
])
def test_a_time_that_dates_something_else(tmp_path: Path, text: str, surface: str) -> None:
    assert time_text(tmp_path, text, surface) is None


def test_the_past_n_years_ends_at_the_article_date(tmp_path: Path) -> None:
    t = claim_in(tmp_path, "Sales rose 12% over the past three years.", "12%", day="2025-06-10").time
    assert t is not None and t.start is not None and t.end is not None
    assert (t.start.year, t.end.year) == (2022, 2025)


def test_a_month_range_resolves_to_the_months_it_spans(tmp_path: Path) -> None:
    t = claim_in(tmp_path, "There were 2,031 thefts between May and July.", "2,031", day="2025-08-10").time
    assert t is not None and (str(t.start), str(t.end)) == ("2025-05-01", "2025-07-31")
    # 'in five years' time' looks ahead: no span is read into it
    assert time_text(tmp_path, "The plant will close in five years' time with 300 jobs lost.", "300") is None


@pytest.mark.parametrize(("text", "surface", "day", "span"), [
    ("Flu admissions reached 612 in the week ending 10 November 2024.", "612", None,
     ("2024-11-04", "2024-11-10")),
    ("There were 300 cases on Jan. 18.", "300", "2025-02-03", ("2025-01-18", "2025-01-18")),
    ("Some 3,948 people have been hospitalized since Oct. 1.", "Some 3,948", "2025-02-03",
     ("2024-10-01", "None")),
])
def test_us_dates_and_weeks_ending_resolve_to_their_days(tmp_path: Path, text: str, surface: str,
                                                          day: str | None, span: tuple[str, str]) -> None:
    t = claim_in(tmp_path, text, surface, day=day).time
    assert t is not None and (str(t.start), str(t.end)) == span

"""Claim frames on news copy the rules had not seen: times placed by the article date,
comparison times kept apart from a figure's own, subjects of labels and tables.

Every sentence is our own, in the style of the wire, local, live-blog and explainer copy where
the defect showed; each case runs the whole pipeline on an article with a known date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.engine import Input, extract
from claimcheck.models import Claim


def claims(tmp_path: Path, body: str, day: str = "2025-03-12", name: str = "a.md") -> dict[str, Claim]:
    """The claims of one article dated ``day`` (front matter in Markdown), by surface."""
    head = f"---\ntitle: T\ndate: \"{day}\"\n---\n\n" if name.endswith(".md") else ""
    (tmp_path / name).write_text(f"{head}{body}\n", encoding="utf-8")
    (item,) = list(extract(Input(paths=[tmp_path / name])))
    return {c.quantity.surface: c for c in item.claims}


def span(c: Claim) -> tuple[date | None, date | None] | None:
    return None if c.time is None else (c.time.start, c.time.end)


# --- calendar periods placed by the article date ---------------------------------------------

@pytest.mark.parametrize(("sentence", "surface", "want"), [
    ("Farm incomes fell by 18% last year.", "18%", (date(2024, 1, 1), date(2024, 12, 31))),
    ("The trust treated 4,100 patients last year.", "4,100", (date(2024, 1, 1), date(2024, 12, 31))),
    ("Some 62% of growers have cut spending this year.", "Some 62%", (date(2025, 1, 1), date(2025, 12, 31))),
    ("The council expects to spend £19m next year.", "£19m", (date(2026, 1, 1), date(2026, 12, 31))),
])
def test_last_this_and_next_year_are_calendar_years(tmp_path: Path, sentence: str, surface: str,
                                                    want: tuple[date, date]) -> None:
    assert span(claims(tmp_path, sentence)[surface]) == want


def test_days_and_weeks_are_placed_by_the_article_day(tmp_path: Path) -> None:
    # 12 March 2025 is a Wednesday
    found = claims(tmp_path, "About 4,300 trains ran today.\n\nThe minister said 900 drivers struck "
                             "yesterday.\n\nThere were 1,640 cancellations on Tuesday.\n\nRefunds reached "
                             "2,100 last week.\n\nSome 310 buses ran on Wednesday.")
    assert span(found["About 4,300"]) == (date(2025, 3, 12), date(2025, 3, 12))
    assert span(found["900"]) == (date(2025, 3, 11), date(2025, 3, 11))
    assert span(found["1,640"]) == (date(2025, 3, 11), date(2025, 3, 11))
    assert span(found["2,100"]) == (date(2025, 3, 3), date(2025, 3, 9))
    assert span(found["Some 310"]) == (date(2025, 3, 12), date(2025, 3, 12))


def test_a_weekday_looks_ahead_only_when_the_sentence_does(tmp_path: Path) -> None:
    found = claims(tmp_path, "A vote on 1,200 job cuts is due on Friday.\n\nSome 81% of freight trains "
                             "ran as planned on Monday.\n\nThe union held 14 ballots last Wednesday.")
    assert span(found["1,200"]) == (date(2025, 3, 14), date(2025, 3, 14))
    assert span(found["Some 81%"]) == (date(2025, 3, 10), date(2025, 3, 10))
    assert span(found["14"]) == (date(2025, 3, 5), date(2025, 3, 5))


def test_since_and_by_leave_one_side_of_a_month_open(tmp_path: Path) -> None:
    found = claims(tmp_path, "There have been 38 strike days since June 2022.\n\nThe council will buy "
                             "100 homes by March 2026.\n\nMore than 52,000 refunds were claimed since Monday.")
    assert span(found["38"]) == (date(2022, 6, 1), None)
    assert span(found["100"]) == (None, date(2026, 3, 31))
    assert span(found["More than 52,000"]) == (date(2025, 3, 10), None)


def test_a_day_of_a_month_is_that_day(tmp_path: Path) -> None:
    found = claims(tmp_path, "Trained strength stood at 136,117 on 1 October.\n\nThe fleet had 64 ships "
                             "on 3 January 2025.", day="2025-02-20")
    assert span(found["136,117"]) == (date(2024, 10, 1), date(2024, 10, 1))
    assert span(found["64"]) == (date(2025, 1, 3), date(2025, 1, 3))


def test_a_month_last_year_is_that_month_of_the_previous_year(tmp_path: Path) -> None:
    found = claims(tmp_path, "Coverage reached 69.5% in September, up from 57% in September last year.",
                   day="2024-12-05")
    assert span(found["69.5%"]) == (date(2024, 9, 1), date(2024, 9, 30))
    assert span(found["57%"]) == (date(2023, 9, 1), date(2023, 9, 30))


def test_a_statement_day_is_not_the_figures_time(tmp_path: Path) -> None:
    found = claims(tmp_path, "Broadband reaches 83% of homes, Ofcom said on Thursday.\n\nThe army has "
                             "71,800 soldiers, figures published on Thursday show.\n\nSome 1,200 cases were "
                             "reported in February.\n\nSpending will reach 2.5% of GDP, the prime minister "
                             "announced in February.", day="2025-02-20")
    assert found["2.5%"].time is None
    assert found["83%"].time is None
    assert found["71,800"].time is None
    assert span(found["Some 1,200"]) == (date(2025, 2, 1), date(2025, 2, 28))


# --- the time of a comparison is not the figure's own ----------------------------------------

def test_a_year_earlier_is_the_period_before_a_year_back(tmp_path: Path) -> None:
    found = claims(tmp_path, "Average income dropped to £41,000 in 2024/25, down from £67,500 a year "
                             "earlier.\n\nMilk averaged 39.2p a litre in the third quarter of 2024, up from "
                             "36.4p in the same period a year earlier.")
    assert span(found["£41,000"]) == (date(2024, 4, 1), date(2025, 3, 31))
    assert span(found["£67,500"]) == (date(2023, 4, 1), date(2024, 3, 31))
    assert span(found["36.4p"]) == (date(2023, 7, 1), date(2023, 9, 30))


@pytest.mark.parametrize(("body", "surface", "want"), [
    ("Incidents fell to 9 in 2024, from 14 the previous year.", "14", (date(2023, 1, 1), date(2023, 12, 31))),
    ("The council helped 810 households in 2023/24, up from 690 the year before.", "690",
     (date(2022, 4, 1), date(2023, 3, 31))),
    ("Passengers made 412 million journeys in Q3 2024, up from 389 million in Q3 2023.\n\nSome 67.8% of "
     "trains were on time, compared with 71.2% a year before.", "71.2%", (date(2023, 7, 1), date(2023, 9, 30))),
])
def test_the_year_before_follows_the_figures_own_period(tmp_path: Path, body: str, surface: str,
                                                        want: tuple[date, date]) -> None:
    assert span(claims(tmp_path, body)[surface]) == want


def test_a_time_after_than_dates_the_comparison_not_the_figure(tmp_path: Path) -> None:
    found = claims(tmp_path, "Operators sold 1.2 million season tickets last year, a third fewer than in "
                             "2019.\n\nThe number waiting has risen to 1,450, up from 980 in March last year.")
    assert span(found["a third"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert found["1,450, up from 980"].time is None


def test_a_change_on_a_year_earlier_keeps_its_own_period(tmp_path: Path) -> None:
    found = claims(tmp_path, "There were 131,000 vacancies in 2023/24, a fall of 18,000 on the previous "
                             "year.")
    assert span(found["a fall of 18,000"]) == (date(2023, 4, 1), date(2024, 3, 31))


# --- a verb the lists do not hold does not end up inside a subject ---------------------------

def subjects(tmp_path: Path, body: str, name: str = "a.md") -> dict[str, tuple[str | None, str | None]]:
    return {s: (c.subject, c.subject_head) for s, c in claims(tmp_path, body, name=name).items()}


@pytest.mark.parametrize(("body", "surface", "subject"), [
    ("About 20,000 train drivers walked out on Wednesday.", "About 20,000", "train drivers"),
    ("Some 67.8% of trains arrived on time in the quarter.", "Some 67.8%", "trains"),
    ("About 60% of council spending went on residential care.", "About 60%", "council spending"),
    ("Only 26% of personnel said they planned to stay.", "26%", "personnel"),
    ("Five cities still broke the legal limit.", "Five", "cities"),
    ("Storm overflows run by the company spilled 2,860 times in 2024.", "2,860", "Storm overflows run by the company"),
    ("Fares are due to rise by 4.6% in March.", "4.6%", "Fares"),
])
def test_an_unlisted_verb_ends_the_subject(tmp_path: Path, body: str, surface: str, subject: str) -> None:
    assert subjects(tmp_path, body)[surface][0] == subject


@pytest.mark.parametrize(("body", "surface", "subject"), [
    ("There were 15,800 babies considered vulnerable by councils.", "15,800", "babies considered vulnerable by councils"),
    ("Some 1,200 samples taken at the weir failed the test.", "Some 1,200", "samples taken at the weir"),
    ("The number of people waiting for a care assessment has risen by 470.", "470", "people waiting for a care assessment"),
    ("The social care costs of air pollution are estimated at £1.6 billion.", "£1.6 billion",
     "social care costs of air pollution"),
    ("Drug finds rose by 47% in the year to March.", "47%", "Drug finds"),
])
def test_a_participle_or_noun_modifier_stays_in_the_subject(tmp_path: Path, body: str, surface: str,
                                                            subject: str) -> None:
    assert subjects(tmp_path, body)[surface][0] == subject


# --- a bullet's label and a table's row and column give the subject --------------------------

def test_a_bullet_label_before_a_colon_is_the_subject(tmp_path: Path) -> None:
    found = subjects(tmp_path, "Key figures:\n\n- Hospital admissions: 4,200\n- Beds closed: 310 since "
                               "March\n- Share of wards above the NHS target: 12%\n- Deaths linked to PM2.5: "
                               "about 29,000 a year\n- Median pension pots remain small: £28,000")
    assert found["4,200"] == ("Hospital admissions", "admissions")
    assert found["310"] == ("Beds closed", "beds")
    assert found["12%"] == ("Share of wards above the NHS target", "share")
    assert found["about 29,000"] == ("Deaths linked to PM2.5", "deaths")
    assert found["£28,000"] == ("Median pension pots", "pots")


def test_a_plain_text_bullet_keeps_its_marker_out_of_the_label(tmp_path: Path) -> None:
    found = subjects(tmp_path, "Findings\n\n- Average deficit: £8.4m per institution\n- Courses closed: "
                               "1,120 since 2023", name="a.txt")
    assert found["£8.4m"] == ("Average deficit", "deficit")
    assert found["1,120"] == ("Courses closed", "courses")


def test_who_speaks_before_a_colon_is_no_label(tmp_path: Path) -> None:
    found = subjects(tmp_path, "The minister said: 40% is too low.")
    assert found["40%"][0] != "The minister said"


TABLE = """Costs

| Year | Spending on pensions | Share of GDP |
| --- | --- | --- |
| 2023/24 | £124 billion | 4.6% |
| 2024 | £138 billion | 4.9% |

Air quality

| City | NO2 in 2024 | Change since 2019 |
| --- | --- | --- |
| Leeds | 32 | -24% |

| Measure | Number |
| --- | --- |
| Admissions | 4,200 |
"""


def test_a_table_cell_takes_the_column_header_and_the_row_labels_time_and_place(tmp_path: Path) -> None:
    found = claims(tmp_path, TABLE)
    assert (found["£124 billion"].subject, found["£124 billion"].subject_head) == ("Spending on pensions", "spending")
    assert (found["4.6%"].subject, span(found["4.6%"])) == ("Share of GDP", (date(2023, 4, 1), date(2024, 3, 31)))
    assert span(found["4.9%"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert (found["32"].subject, found["32"].place) == ("NO2 in 2024", "Leeds")
    assert span(found["32"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert found["-24%"].subject == "Change since 2019"
    assert (found["4,200"].subject, found["4,200"].subject_head) == ("Admissions", "admissions")


# --- a unit is not what a figure counts; 'the figure' points back --------------------------

@pytest.mark.parametrize(("body", "surface", "subject", "head"), [
    ("The wheat harvest came in at 11.1 million tonnes.", "11.1 million", "wheat harvest", "harvest"),
    ("The area planted with rape fell to 241,000 hectares.", "241,000", "area planted with rape", "area"),
    ("Average download speeds rose to 165 megabits per second.", "165", "Average download speeds", "speeds"),
    ("Farms used 4.2 million tonnes of fertiliser.", "4.2 million", "fertiliser", "fertiliser"),
    ("Five cities broke the legal limit of 40 micrograms.", "40", "legal limit", "limit"),
])
def test_a_unit_of_measure_is_not_the_subject(tmp_path: Path, body: str, surface: str, subject: str,
                                              head: str) -> None:
    assert subjects(tmp_path, body)[surface] == (subject, head)


def test_the_figure_points_back_to_the_figure_before(tmp_path: Path) -> None:
    found = subjects(tmp_path, "Recruitment abroad brought in 78,000 care workers last year, although that "
                               "figure fell by around 80% after the rules changed.\n\nThe full state pension "
                               "is worth £11,973 a year. The figure is expected to be £12,500 next year.")
    assert found["around 80%"] == ("care workers", "workers")
    assert found["£12,500"] == ("full state pension", "pension")


def test_a_figure_far_back_is_not_pointed_to(tmp_path: Path) -> None:
    found = subjects(tmp_path, "Some 4,000 nurses left.\n\nOne.\n\nTwo.\n\nThe figure is expected to be 5,000.")
    assert found["5,000"][1] != "nurses"


# --- the clause's opening phrase: past 'the number of', who speaks, who is told ----------------

@pytest.mark.parametrize(("body", "surface", "head"), [
    ("The number of families in temporary homes has reached a record 1,284.", "1,284", "families"),
    ("The proportion of trains cancelled has reached 4.2%.", "4.2%", "trains"),
    ("Operators say the average driver has had rises worth £7,200.", "£7,200", "driver"),
    ("The agency expects spending to reach £1 billion next year.", "£1 billion", "spending"),
    ("The minister told MPs yesterday the average salary is £65,000.", "£65,000", "salary"),
    ("Samples taken at the weir failed 11 of 20 tests.", "11", "samples"),
    ("Older cars driven in the zone fell to 44,000.", "44,000", "cars"),
    ("A private soldier's starting salary will rise to £26,000.", "£26,000", "salary"),
])
def test_the_opening_phrase_names_what_is_counted(tmp_path: Path, body: str, surface: str, head: str) -> None:
    assert subjects(tmp_path, body)[surface][1] == head


def test_a_verb_before_to_is_no_subject_and_a_number_word_no_head(tmp_path: Path) -> None:
    found = subjects(tmp_path, "The council bought 60 homes and plans to buy a further 100 by March.\n\n"
                               "It spent £14.6m, more than three times the £4.5m it spent in 2019.")
    assert found["100"][1] == "homes"
    assert found["£4.5m"][1] != "three"


@pytest.mark.parametrize(("body", "surface", "want"), [
    ("Some 46% said they had cut courses in the past 12 months.", "Some 46%", (date(2024, 3, 12), date(2025, 3, 12))),
    ("Altnets added 1.5 million premises in the first nine months of 2024.", "1.5 million",
     (date(2024, 1, 1), date(2024, 9, 30))),
])
def test_more_named_periods_give_a_time(tmp_path: Path, body: str, surface: str, want: tuple[date, date]) -> None:
    assert span(claims(tmp_path, body)[surface]) == want


def test_a_time_after_than_dates_no_figure_in_the_sentence(tmp_path: Path) -> None:
    found = claims(tmp_path, "Sales were 1.2% lower than in November last year, and 4.6% below their level "
                             "before the pandemic.\n\nShoppers spent £8.7 billion, about 3% less than last year.")
    assert found["4.6%"].time is None
    assert found["about 3%"].time is None


@pytest.mark.parametrize(("body", "surface", "head"), [
    ("Clothing had a poor month, with sales down 3.4%.", "3.4%", "sales"),
    ("Department stores fared worst, with sales falling 5.2% in the quarter.", "5.2%", "sales"),
    ("Cereal farms were hit, with average income dropping to £41,000.", "£41,000", "income"),
    ("The authority wants visits by bus to rise to 15% by 2030.", "15%", "visits"),
])
def test_the_subject_of_a_participle_or_wanted_change(tmp_path: Path, body: str, surface: str, head: str) -> None:
    assert subjects(tmp_path, body)[surface][1] == head


def test_labels_of_listed_words_and_comparatives_stay_whole(tmp_path: Path) -> None:
    found = subjects(tmp_path, "- Overnight stays: 2.7 million\n- Staff with less than a year's experience: 38%")
    assert found["2.7 million"] == ("Overnight stays", "stays")
    assert found["38%"] == ("Staff with less than a year's experience", "staff")


def test_a_column_header_that_names_a_place_places_the_cell(tmp_path: Path) -> None:
    found = claims(tmp_path, "| Measure | England and Wales | Leeds |\n| --- | --- | --- |\n"
                             "| Prison population | 87,900 | 1,182 |\n")
    assert (found["87,900"].subject, found["87,900"].place) == ("Prison population", "England and Wales")
    assert found["1,182"].place == "Leeds"


@pytest.mark.parametrize(("body", "surface", "subject"), [
    ("Fertiliser prices, which peaked at £950 a tonne, have since fallen.", "£950", "Fertiliser prices"),
    ("Bosses blamed higher contributions, which will cost the sector £2.3 billion a year.", "£2.3 billion",
     "higher contributions"),
    ("This year earnings growth, at 4.1% in the spring, was the highest of the three.", "4.1%", "earnings growth"),
])
def test_a_relative_clause_or_aside_speaks_of_the_noun_before_its_comma(tmp_path: Path, body: str, surface: str,
                                                                      subject: str) -> None:
    assert subjects(tmp_path, body)[surface][0] == subject


def test_now_is_the_article_day_and_last_march_the_march_before(tmp_path: Path) -> None:
    found = claims(tmp_path, "Spending will rise to 2.5% by 2027, up from 2.3% now.\n\nSome 37,000 farmers have "
                             "signed, up from 28,000 last March.\n\nSome 4,100 were signed last June.",
                   day="2025-03-27")
    assert span(found["2.3%"]) == (date(2025, 3, 27), date(2025, 3, 27))
    assert span(found["28,000"]) == (date(2024, 3, 1), date(2024, 3, 31))
    assert span(found["Some 4,100"]) == (date(2024, 6, 1), date(2024, 6, 30))


@pytest.mark.parametrize(("body", "surface", "head"), [
    ("Online spending accounted for 26.8% of all retail sales.", "26.8%", "spending"),
    ("Agency staff made up 12% of the workforce.", "12%", "staff"),
    ("The Bank is expected to hold interest rates at 4.75% on Thursday.", "4.75%", "rates"),
    ("Ministers froze the fuel duty at 52.95p.", "52.95p", "duty"),
])
def test_a_share_verb_or_a_holding_verb_names_the_subject(tmp_path: Path, body: str, surface: str, head: str) -> None:
    assert subjects(tmp_path, body)[surface][1] == head


def test_stands_at_and_flat_at_keep_the_clause_subject(tmp_path: Path) -> None:
    found = subjects(tmp_path, "The vacancy rate now stands at 8.3%.\n\nReserve numbers were broadly flat at 30,050.")
    assert found["8.3%"][1] == "rate"
    assert found["30,050"][1] == "numbers"


def test_a_place_after_a_comparison_places_only_the_compared_figure(tmp_path: Path) -> None:
    found = claims(tmp_path, "Workers in the park earned £21,400 in 2024, compared with £28,900 across Cumbria.")
    assert found["£21,400"].place is None
    assert found["£28,900"].place == "Cumbria"


def test_a_band_row_label_leaves_the_subject_and_year_to_the_header(tmp_path: Path) -> None:
    found = claims(tmp_path, "| Age group | Share of residents 2021 | Assaults per 1,000 |\n| --- | --- | --- |\n"
                             "| Under 18 | 14% | 31 |\n\n| Measure | Leeds |\n| --- | --- |\n"
                             "| Assaults per 1,000 prisoners | 181 |\n")
    assert (found["14%"].subject, span(found["14%"])) == ("Share of residents 2021", (date(2021, 1, 1), date(2021, 12, 31)))
    assert found["181"].subject == "Assaults per 1,000 prisoners"


def test_the_day_someone_was_told_is_not_the_figures_time(tmp_path: Path) -> None:
    found = claims(tmp_path, "The minister told MPs yesterday the average salary is £65,000.\n\nShe told the BBC "
                             "on Monday that 300 posts were unfilled.\n\nSome 1,640 trains were cancelled on Monday.")
    assert found["£65,000"].time is None
    assert found["300"].time is None
    assert span(found["Some 1,640"]) == (date(2025, 3, 10), date(2025, 3, 10))


def test_a_participle_opening_a_clause_after_a_comma_is_not_the_subject(tmp_path: Path) -> None:
    found = subjects(tmp_path, "Dairy farms fared better, helping average dairy income rise 9% to £158,000.")
    assert found["9%"] == ("average dairy income", "income")
    assert found["£158,000"] == ("average dairy income", "income")
    assert subjects(tmp_path, "Rising energy bills reached £2,500.")["£2,500"][1] == "bills"


def test_a_day_before_a_verb_of_saying_dates_the_saying(tmp_path: Path) -> None:
    found = claims(tmp_path, "A report to be discussed on Monday says 312 households were made homeless in the "
                             "first half of the year.\n\nOn Tuesday the trust said 45 beds had closed.\n\n"
                             "On Tuesday 90 trains were cancelled.")
    assert span(found["312"]) == (date(2024, 1, 1), date(2024, 6, 30))
    assert found["45"].time is None
    assert span(found["90"]) == (date(2025, 3, 11), date(2025, 3, 11))


def test_a_clause_opening_on_the_figure_restates_the_figure_before(tmp_path: Path) -> None:
    found = subjects(tmp_path, "The minister said the average driver salary is £65,000. The union says the figure "
                               "is closer to £59,000 for new drivers.\n\nThe union says the average pay is £31,000.")
    assert found["closer to £59,000"] == ("average driver salary", "salary")
    assert found["£31,000"] == ("average pay", "average pay")


@pytest.mark.parametrize(("body", "surface", "head"), [
    ("Its members have had a pay rise of 4% since 2022.", "rise of 4%", "pay"),
    ("Shoppers face a price rise of 10% in April.", "rise of 10%", "price"),
])
def test_the_noun_before_a_change_that_opens_the_figure_is_its_subject(tmp_path: Path, body: str, surface: str,
                                                                       head: str) -> None:
    assert subjects(tmp_path, body)[surface][1] == head

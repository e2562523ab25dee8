"""Claim frames (subject, time, place, change) on hand-built quantities.

Sentences are in the style of BBC/Guardian copy, not the seeds, so the rules are tested for
what they say rather than for the corpus.
"""

from __future__ import annotations

from datetime import date

import spacy

from claimcheck.models import Interval, Kind, Quantity
from claimcheck.nlp.frames import Frame, frame_doc
from claimcheck.nlp.segment import set_sentence_starts


def frames(text: str, *figures: tuple[str, Kind]) -> list[Frame]:
    doc = set_sentence_starts(spacy.blank("en")(text))
    qs, pos = [], 0
    for surface, kind in figures:
        start = text.index(surface, pos)
        pos = start + len(surface)
        qs.append(Quantity(surface=surface, start=start, end=pos, kind=kind, value=1.0,
                           interval=Interval.point(1.0)))
    doc._.quantities = qs
    out = frame_doc(doc)
    return [out[q.start] for q in qs]


def test_noun_after_the_figure() -> None:
    (f,) = frames("Some 4,200 nurses left the NHS in England last year.", ("4,200", Kind.COUNT))
    assert f.subject_head == "nurses"
    assert f.place == "England"


def test_partitive_and_determiners() -> None:
    (f,) = frames("Hundreds of the poorest older households were affected.", ("Hundreds", Kind.VAGUE))
    assert f.subject_head == "households"


def test_number_of_x_has_risen_by() -> None:
    text = "The number of rough sleepers has risen by 165 per cent since 2010, figures show."
    (f,) = frames(text, ("165 per cent", Kind.PERCENT))
    assert f.subject_head == "sleepers"
    assert f.change is not None and f.change.direction == "increase"


def test_subject_before_decrease_verb_with_compound_head() -> None:
    (f,) = frames("Council spending power has fallen by 12 per cent.", ("12 per cent", Kind.PERCENT))
    assert f.subject_head == "spending power"
    assert f.change is not None and f.change.direction == "decrease"


def test_money_in_noun() -> None:
    (f,) = frames("Ministers will spend £2bn on new hospital beds.", ("£2bn", Kind.MONEY))
    assert f.subject_head == "hospital beds"


def test_ellipsis_takes_previous_head() -> None:
    text = "There were 120 arrests in March and a further 30 over Easter."
    a, b = frames(text, ("120", Kind.COUNT), ("30", Kind.COUNT))
    assert a.subject_head == b.subject_head == "arrests"


def test_rate_counts_the_event() -> None:
    text = "One child is referred to social services every 30 seconds, the council said."
    (f,) = frames(text, ("every 30 seconds", Kind.RATE))
    assert f.subject_head == "referrals"


def test_survey_population_for_shares() -> None:
    text = "A poll of 2,000 head teachers by the union found that 64 per cent had cut staff."
    (f,) = frames(text, ("64 per cent", Kind.PERCENT))
    assert f.subject_head in ("head teachers", "teachers")


def test_month_year_and_financial_year() -> None:
    text = "In March 2019 there were 80 cases. In 2017/18 there were 95 cases."
    a, b = frames(text, ("80", Kind.COUNT), ("95", Kind.COUNT))
    assert a.time is not None and (a.time.start, a.time.end) == (date(2019, 3, 1), date(2019, 3, 31))
    assert b.time is not None and (b.time.start, b.time.end) == (date(2017, 4, 1), date(2018, 3, 31))


def test_same_period_inherits_and_other_figures_block() -> None:
    text = ("Admissions rose by 10 per cent between 2012/13 and 2016/17, and, over the same "
            "period, discharges fell by 4 per cent.")
    a, b = frames(text, ("10 per cent", Kind.PERCENT), ("4 per cent", Kind.PERCENT))
    assert a.time is not None and a.time.start == date(2012, 4, 1)
    assert b.time is not None and b.time.end == date(2017, 3, 31)


def test_relative_period_is_resolved_later() -> None:
    (f,) = frames("Exclusions have doubled over the past decade to 7,900.", ("7,900", Kind.COUNT))
    assert f.time is not None and f.time.relative_years == 10


def test_place_inside_a_proper_name_is_ignored() -> None:
    (f,) = frames("The Bank of England said 300 firms failed.", ("300", Kind.COUNT))
    assert f.place is None


def test_subject_stops_before_time_words_and_verbs() -> None:
    (a,) = frames("The council spent £4.2 million on consultants last year.", ("£4.2 million", Kind.MONEY))
    assert (a.subject, a.subject_head) == ("consultants", "consultants")
    (b,) = frames("The trust spent £2bn on agency staff in 2023.", ("£2bn", Kind.MONEY))
    assert b.subject == "agency staff"
    (c,) = frames("Some 4,200 nurses quit in the year to March.", ("4,200", Kind.COUNT))
    assert (c.subject, c.subject_head) == ("nurses", "nurses")


def test_comparative_between_figure_and_noun() -> None:
    text = "The council made 412 more referrals than the year before, and 40 fewer beds were open."
    a, b = frames(text, ("412", Kind.COUNT), ("40", Kind.COUNT))
    assert (a.subject, a.subject_head) == ("referrals", "referrals")
    assert b.subject_head == "beds"


def test_full_stop_after_a_month_name_ends_the_time() -> None:
    text = "The survey closed in March. 2017/18 saw 300 more referrals than the year before."
    (f,) = frames(text, ("300", Kind.COUNT))
    assert f.time is not None and f.time.text == "2017/18"
    assert (f.time.start, f.time.end) == (date(2017, 4, 1), date(2018, 3, 31))
    (g,) = frames("Referrals hit 9,100 in Sept. 2017, the council said.", ("9,100", Kind.COUNT))
    assert g.time is not None and (g.time.start, g.time.end) == (date(2017, 9, 1), date(2017, 9, 30))


def test_subject_of_a_change_noun_is_what_follows_it() -> None:
    a, b = frames("There was a 3,000 rise in referrals and a £2bn cut to school budgets.",
                  ("3,000 rise", Kind.CHANGE), ("£2bn cut", Kind.CHANGE))
    assert (a.subject_head, b.subject_head) == ("referrals", "budgets")


def test_verb_object_by_takes_the_object_as_subject() -> None:
    (f,) = frames("Ministers cut the waiting list by more than 200,000.", ("more than 200,000", Kind.CHANGE))
    assert f.subject == "waiting list"


def test_ratio_takes_the_noun_right_after_it() -> None:
    a, b = frames("One in five households said they struggled, up from one in eight a year ago.",
                  ("One in five", Kind.RATIO), ("one in eight", Kind.RATIO))
    assert a.subject_head == "households" and b.subject_head == "households"


def test_stop_word_inside_a_listed_compound_head() -> None:
    (f,) = frames("Average regular pay grew by 5% in the three months to June.", ("5%", Kind.PERCENT))
    assert f.subject == "Average regular pay"
    # a verb pair that only starts a compound ('looked after children') stays a verb
    (g,) = frames("There were 19,640 babies in need and 3,820 looked after.", ("3,820", Kind.COUNT))
    assert g.subject is None


def test_month_without_year_last_month_and_year_to() -> None:
    a, b, c = frames("The list fell to 7.54 million in October; 2.3 million came last month. "
                     "Prices rose 3.8% in the year to July.",
                     ("7.54 million", Kind.COUNT), ("2.3 million", Kind.COUNT), ("3.8%", Kind.PERCENT))
    assert a.time is not None and (a.time.text, a.time.month, a.time.start) == ("in October", 10, None)
    assert b.time is not None and b.time.months_back == 1
    assert c.time is not None and (c.time.month, c.time.span_months) == (7, 12)


def test_month_spans_resolve_against_the_article_date() -> None:
    from claimcheck.nlp.frames_calendar import resolve_months
    from claimcheck.nlp.frames_timehit import TimeHit

    october, last, year_to = TimeHit("in October", 0, 1, month=10), TimeHit("last month", 0, 1, months_back=1), \
        TimeHit("in the year to July", 0, 1, month=7, span_months=12)
    assert resolve_months(october, "2025-11-20") == (date(2025, 10, 1), date(2025, 10, 31))
    assert resolve_months(october, "2025-03-02") == (date(2024, 10, 1), date(2024, 10, 31))  # latest October
    assert resolve_months(last, "2025-01-15") == (date(2024, 12, 1), date(2024, 12, 31))
    assert resolve_months(year_to, "2025-08-20") == (date(2024, 8, 1), date(2025, 7, 31))
    assert resolve_months(october, None) == (None, None)


def test_three_months_to_a_dated_month_needs_no_article_date() -> None:
    (f,) = frames("Pay grew by 5% in the three months to June 2025.", ("5%", Kind.PERCENT))
    assert f.time is not None and (f.time.start, f.time.end) == (date(2025, 4, 1), date(2025, 6, 30))
    (g,) = frames("They may close 300 wards, officials said.", ("300", Kind.COUNT))
    assert g.time is None  # 'may' is no month without a preposition


def test_subject_stops_where_a_time_phrase_starts() -> None:
    a, b = frames("Police in England and Wales recorded 50,489 knife offences in the year to March, "
                  "a 4% rise on the previous 12 months.", ("50,489", Kind.COUNT), ("4% rise", Kind.CHANGE))
    assert a.subject == "knife offences" and a.place == "England and Wales"
    assert a.time is not None and a.time.text == "in the year to March"
    assert b.subject != "previous"
    (c,) = frames("There were 390,000 children in need at any one time.", ("390,000", Kind.COUNT))
    assert c.subject == "children in need"


def test_parts_of_the_year_and_the_end_of_a_parliament_are_times() -> None:
    a, b = frames("Some 28,420 homes were started in the second quarter of 2025, and 1.5 million homes "
                  "are promised by the end of this Parliament.",
                  ("28,420", Kind.COUNT), ("1.5 million", Kind.COUNT))
    assert a.time is not None and (a.time.start, a.time.end) == (date(2025, 4, 1), date(2025, 6, 30))
    assert b.time is not None and b.time.text == "by the end of this Parliament" and b.subject == "homes"


def test_money_in_a_month_is_not_spent_on_the_month() -> None:
    (f,) = frames("The average house price reached £271,000 in July.", ("£271,000", Kind.MONEY))
    assert f.subject == "average house price"


def test_day_and_month_without_year_and_a_subject_before_to_verb() -> None:
    (f,) = frames("Energy bills will fall by £129 from 1 April, the regulator said.", ("£129", Kind.CHANGE))
    assert f.time is not None and (f.time.text, f.time.month) == ("from 1 April", 4)
    (g,) = frames("Energy bills to fall by £129 from April", ("£129", Kind.CHANGE))
    assert g.subject == "Energy bills"


def test_a_past_tense_verb_ends_the_subject_but_a_participle_phrase_does_not() -> None:
    a, b = frames("In all, 72 schools closed, and 150 seriously injured people were treated.",
                  ("72", Kind.COUNT), ("150", Kind.COUNT))
    assert a.subject == "schools" and b.subject_head == "people"
    (c,) = frames("There were 15,800 babies considered vulnerable by councils.", ("15,800", Kind.COUNT))
    assert c.subject == "babies considered vulnerable by councils"
    (d,) = frames("Two-thirds of councils expect to overspend.", ("Two-thirds", Kind.RATIO))
    assert d.subject_head == "councils"


def test_reported_speech_opens_its_own_clause() -> None:
    (f,) = frames("Jeremy Hunt said the measures would cost between £1,000 and £1,500.",
                  ("between £1,000 and £1,500", Kind.RANGE))
    assert f.subject == "measures"
    (g,) = frames("Chancellor sets out £40bn tax rise", ("£40bn tax rise", Kind.CHANGE))
    assert g.subject == "tax"


def test_plural_possessive_and_a_noun_before_of() -> None:
    (f,) = frames("Employers' national insurance contributions will rise from 13.8% to 15%.",
                  ("from 13.8% to 15%", Kind.CHANGE))
    assert f.subject_head == "contributions"
    (g,) = frames("Councils face a funding gap of £6.2bn over the next two years.", ("£6.2bn", Kind.MONEY))
    assert g.subject == "funding gap"
    (h,) = frames("The word 'hundreds' implies at most 999.", ("at most 999", Kind.COUNT))
    assert h.subject != "hundreds' implies"

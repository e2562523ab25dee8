"""Hand-built registry and claims mirroring the seed corpus, for linking and scan tests.

They let ``link`` and the scan rules be tested without the nlp pass or the registry loader,
with the confusable records of the seeds side by side (two '£200' sums, several referral
figures, three 'per day' rates, several 'increase' percentages).
"""

from __future__ import annotations

from datetime import date
from itertools import count

from claimcheck.models import (
    Attribution,
    Change,
    Claim,
    Interval,
    Kind,
    Person,
    Position,
    Quantity,
    Record,
    Registry,
    Role,
    Source,
    TimeRef,
)

_ids = count(1)


def rec(id: str, subject: str, value: float | None = None, *, aliases: tuple[str, ...] = (),
        **kw: object) -> Record:
    return Record(id=id, subject=subject, value=value, aliases=list(aliases), **kw)


def seed_registry() -> Registry:
    people = [
        Person(id="anne-longfield", name="Anne Longfield", aliases=["Longfield"],
               roles=[Role(title="Children's Commissioner for England", start="2015-03")]),
        Person(id="alice-miles", name="Alice Miles",
               roles=[Role(title="Director of Strategy", organisation="occ")]),
        Person(id="richard-watts", name="Richard Watts", aliases=["Mr Watts"],
               roles=[Role(title="chair of the children and young people board",
                           organisation="lga")],
               member_of=["lga"]),
        Person(id="anntoinette-bramble", name="Anntoinette Bramble", member_of=["lga"]),
        Person(id="tony-hawkhead", name="Tony Hawkhead", aliases=["Sir Tony Hawkhead"],
               member_of=["action-for-children"]),
        Person(id="lga", name="Local Government Association", kind="organisation",
               aliases=["LGA"]),
        Person(id="action-for-children", name="Action for Children", kind="organisation"),
        Person(id="occ", name="Children's Commissioner for England", kind="organisation",
               aliases=["Children's Commissioner"]),
    ]
    sources = [
        Source(id="a-crying-shame", title="A Crying Shame", publisher="Children's Commissioner for England",
               date="2018-10"),
        Source(id="revolving-door", title="Revolving Door", publisher="Action for Children",
               date="2017"),
        Source(id="lga-bright-futures", title="Bright Futures", publisher="Local Government Association",
               date="2017"),
        Source(id="no-good-options", title="No Good Options",
               publisher="All-Party Parliamentary Group for Children", date="2018-03"),
        Source(id="hl4981", title="Children: Protection (HL4981)",
               publisher="Department for Education", kind="parliamentary-answer",
               date="2018-01-31"),
        Source(id="ncas-speech-2016", title="NCAS conference speech",
               publisher="Children's Commissioner for England",
               kind="speech", date="2016-11"),
    ]
    b = dict(as_of="2017-03", source="a-crying-shame", place="England")
    figures = [
        rec("babies-in-need-2017", "babies under one in need", 19640,
            aliases=("babies under a year old identified as in need",), **b),
        rec("babies-looked-after-2017", "babies under one looked after by local authorities",
            3820, **b),
        rec("babies-special-arrangements-2017",
            "babies under one placed under special arrangements", 640, **b),
        rec("babies-adopted-2017", "babies under one adopted over the year", 300, **b),
        rec("babies-at-home-2017", "vulnerable babies under one still living at home", 15800,
            aliases=("babies considered vulnerable or highly vulnerable at risk of harm",
                     "babies living in households carrying very high risks"),
            derived_from="babies-in-need-2017 - babies-looked-after-2017 - "
                         "babies-special-arrangements-2017 - babies-adopted-2017", **b),
        rec("babies-per-authority-2017", "vulnerable babies per local authority", 100,
            interval=Interval(low=90, high=110), **b),
        rec("care-entries-per-day", "children entering care", 90, kind=Kind.RATE, per="day",
            source="lga-bright-futures", as_of="2017"),
        rec("cp-plans-started-per-day", "child protection plans started", 182,
            kind=Kind.RATE, per="day", source="lga-bright-futures", as_of="2017"),
        rec("referrals-per-day", "children referred to children's services", 1770,
            kind=Kind.RATE, per="day", source="lga-bright-futures", as_of="2017",
            aliases=("referrals to local authorities' children's services",)),
        rec("referrals-change-decade", "referrals to local authority children's services",
            9, kind=Kind.CHANGE, unit="%", interval=Interval(low=8, high=9),
            speaker="richard-watts", source="lga-bright-futures"),
        rec("cp-plans-change-decade", "children placed on a child protection plan", 90,
            kind=Kind.CHANGE, unit="%", interval=Interval(low=90), speaker="richard-watts",
            source="lga-bright-futures"),
        rec("s47-enquiries-change-decade",
            "inquiries into child protection concerns undertaken by councils", 124,
            kind=Kind.CHANGE, unit="%", aliases=("section 47 enquiries",),
            speaker="richard-watts", source="lga-bright-futures"),
        rec("cp-plans-2016", "children needing child protection plans", 50310,
            source="lga-bright-futures", as_of="2016"),
        rec("cp-plans-increase-decade", "increase in children needing child protection plans",
            23910, kind=Kind.CHANGE, source="lga-bright-futures"),
        rec("appg-cp-plans-change", "number of child protection plans", 29, kind=Kind.CHANGE,
            unit="%", interval=Interval(low=29), source="no-good-options",
            period="2010/11-2015/16"),
        rec("appg-care-change", "children being taken into care", 17, kind=Kind.CHANGE,
            unit="%", source="no-good-options", period="2010/11-2015/16"),
        rec("directors-difficulty-share",
            "directors of children's services finding it increasingly difficult to fulfil "
            "their duties", 89, kind=Kind.PERCENT, unit="%", source="no-good-options"),
        rec("nfa-assessments-2016", "children's needs assessments closed as no further action",
            184500, source="revolving-door", period="2015-2016"),
        rec("not-referred-early-help", "children not referred to early help after case closed",
            140000, interval=Interval(high=140000), source="revolving-door",
            aliases=("youngsters who do not meet the threshold for social care",)),
        rec("children-in-need-point", "children in need at any one time", 390000,
            speaker="anne-longfield", source="ncas-speech-2016", as_of="2016"),
        rec("children-in-need-year", "children in need in any year", 750000,
            interval=Interval(low=750000), speaker="anne-longfield",
            source="ncas-speech-2016", as_of="2016"),
        rec("sr2015-council-funding", "funding made available to councils for local services",
            2e11, kind=Kind.MONEY, unit="GBP", interval=Interval(low=2e11, low_closed=False),
            aliases=("2015 Spending Review funding to councils",), source="hl4981",
            period="2015-2020"),
        rec("innovation-programme", "Children's Social Care Innovation Programme", 2e8,
            kind=Kind.MONEY, unit="GBP", source="hl4981"),
        rec("innovation-targeted-support", "targeted support for children in need", 5e6,
            kind=Kind.MONEY, unit="GBP", interval=Interval(low=4.5e6, high=5e6),
            source="hl4981"),
    ]
    return Registry(path="claims.yaml", people=people, sources=sources, figures=figures)


def claim(surface: str, sentence: str, *, kind: Kind = Kind.COUNT, value: float | None = None,
          interval: Interval | None = None, subject: str | None = None, path: str = "a.txt",
          speaker: str | None = None, role: str | None = None, source: str | None = None,
          method: str = "none", time: str | None = None, subject_head: str | None = None,
          time_span: tuple[date, date] | None = None, **q: object) -> Claim:
    """A claim as the nlp pass would produce it (offsets are those of ``sentence``)."""
    start = max(sentence.find(surface), 0)
    iv = interval or (Interval.point(value) if value is not None else Interval())
    qty = Quantity(surface=surface, start=start, end=start + len(surface), kind=kind,
                   value=value, interval=iv, **q)
    pos = Position(path=path, line=1, column=start + 1, end_line=1,
                   end_column=start + len(surface) + 1, start=start, end=start + len(surface))
    tr = None
    if time is not None:
        tr = TimeRef(text=time, start=time_span[0] if time_span else None,
                     end=time_span[1] if time_span else None)
    if speaker or source or role:
        method = method if method != "none" else "sentence"
    return Claim(id=f"{path}#{next(_ids)}", position=pos, quantity=qty, sentence=sentence,
                 subject=subject, subject_head=subject_head, time=tr,
                 attribution=Attribution(speaker=speaker, speaker_role=role, source=source,
                                         method=method))  # type: ignore[arg-type]


def change(by: float, by_unit: str | None = "%", low: float | None = None,
           high: float | None = None) -> Change:
    return Change(direction="increase",
                  by=Interval(low=by if low is None else low, high=by if high is None else high),
                  by_unit=by_unit)

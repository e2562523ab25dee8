"""Hand-built claims mirroring the seed corpus, for the consistency checks' unit tests.

Each article is a list of sentences; each figure names its surface (found in the sentence)
and the frame the nlp pass is expected to give it. Offsets are computed, so the tests do not
depend on the nlp pass, only on the shared models.
"""

from __future__ import annotations

from typing import Any

from claimcheck.checks.base import CheckContext
from claimcheck.models import (
    Attribution,
    Change,
    Claim,
    Interval,
    Kind,
    Link,
    Person,
    Position,
    Quantity,
    Registry,
    Role,
    Source,
    TimeRef,
)

F = dict[str, Any]


def iv(lo: float | None, hi: float | None, lc: bool = True, hc: bool = True) -> Interval:
    return Interval(low=lo, high=hi, low_closed=lc, high_closed=hc)


def article(path: str, sentences: list[tuple[str, list[F]]]) -> list[Claim]:
    """Claims for one article; a figure spec's keys are Quantity/Claim fields plus
    ``head``, ``speaker``, ``role``, ``source``, ``publisher`` and ``time`` (text)."""
    claims: list[Claim] = []
    offset = 0
    for sentence, specs in sentences:
        cursor = 0
        for spec in specs:
            s = dict(spec)
            surface = s.pop("surface")
            i = sentence.index(surface, cursor)
            cursor = i + len(surface)
            start = offset + i
            value = s.pop("value", None)
            kind = s.pop("kind", Kind.COUNT)
            interval = s.pop("interval", Interval.point(value) if value is not None else Interval())
            q = Quantity(surface=surface, start=start, end=start + len(surface), kind=kind,
                         value=value, interval=interval, unit=s.pop("unit", None),
                         per=s.pop("per", None), per_amount=s.pop("per_amount", None),
                         qualifier=s.pop("qualifier", None), vague=s.pop("vague", None),
                         change=s.pop("change", None), precision=s.pop("precision", None))
            time = s.pop("time", None)
            claims.append(Claim(
                id=f"{path}:{start}",
                position=Position(path=path, line=1, column=start + 1, end_line=1,
                                  end_column=start + 1 + len(surface), start=start,
                                  end=start + len(surface)),
                quantity=q, sentence=sentence, subject=s.pop("subject", None),
                subject_head=s.pop("head", None),
                time=TimeRef(text=time) if time else None, place=s.pop("place", None),
                attribution=Attribution(speaker=s.pop("speaker", None),
                                        speaker_role=s.pop("role", None),
                                        source=s.pop("source", None),
                                        source_publisher=s.pop("publisher", None)),
                part=s.pop("part", "body"),
            ))
            assert not s, f"unknown keys {s}"
        offset += len(sentence) + 1
    return claims


def vague(surface: str, lo: float, hi: float, **kw: Any) -> F:
    return {"surface": surface, "kind": Kind.VAGUE, "vague": surface.lower(),
            "interval": iv(lo, hi, hc=False), **kw}


def rate(surface: str, value: float, per: str, amount: float | None = None, **kw: Any) -> F:
    return {"surface": surface, "kind": Kind.RATE, "value": value, "per": per,
            "per_amount": amount, **kw}


def pct_change(surface: str, by: Interval, **kw: Any) -> F:
    return {"surface": surface, "kind": Kind.CHANGE, "unit": "%",
            "change": Change(direction="increase", by=by, by_unit="%"), **kw}


REGISTRY = Registry(
    constants={"local-authorities-england": 152},
    sources=[Source(id="a-crying-shame", title="A Crying Shame",
                    publisher="Children's Commissioner for England")],
    people=[
        Person(id="occ", name="Children's Commissioner for England", kind="organisation",
               aliases=["Office of the Children's Commissioner"]),
        Person(id="anne-longfield", name="Anne Longfield",
               roles=[Role(title="Children's Commissioner for England", organisation="occ")]),
        Person(id="lga", name="Local Government Association", kind="organisation",
               aliases=["the LGA"]),
    ],
)

CS = "cs.txt"
CRYING_SHAME = article(CS, [
    ("Many thousands of babies are living in households carrying very high risks: Children's Commissioner",
     [vague("Many thousands", 5000, 100000, subject="babies living in households carrying very high risks",
            head="babies", part="headline")]),
    ("15,800 babies considered to be vulnerable or highly vulnerable are still living at home",
     [{"surface": "15,800", "value": 15800, "interval": iv(15750, 15850, hc=False), "part": "standfirst",
       "subject": "babies considered to be vulnerable or highly vulnerable still living at home",
       "head": "babies"}]),
    (("A report published by the Children's Commissioner for England, suggests there are 15,800 babies "
     "under the age of one year considered by local authorities to be vulnerable or highly vulnerable "
     "and at risk of harm, but still living at home."),
     [{"surface": "15,800", "value": 15800, "interval": iv(15750, 15850, hc=False),
       "subject": "babies under the age of one year considered by local authorities to be vulnerable "
                  "or highly vulnerable and at risk of harm", "head": "babies",
       "source": "A report", "publisher": "the Children's Commissioner for England"}]),
    (("It shows that according to the last comprehensive local authority data available in March 2017, "
     "there were 19,640 babies under a year old identified by local authorities as being 'in need', "
     "largely due to risk factors in the family home."),
     [{"surface": "19,640", "value": 19640, "subject": "babies under a year old identified by local "
       "authorities as being in need", "head": "babies", "time": "March 2017", "source": "The report"}]),
    (("3,820 of these babies under one were being looked after by local authorities, with a further 640 "
     "babies under one placed under special arrangements with someone other than their parents and a "
     "further 300 adopted over the year."),
     [{"surface": "3,820", "value": 3820, "subject": "babies looked after by local authorities",
       "head": "babies"},
      {"surface": "640", "value": 640, "subject": "babies placed under special arrangements with "
       "someone other than their parents", "head": "babies"},
      {"surface": "300", "value": 300, "subject": "babies adopted", "head": "babies"}]),
    (("This leaves 15,800 babies under one considered by local authorities to be vulnerable or highly "
     "vulnerable but still living at home in March 2017, a figure that is unlikely to be changed today."),
     [{"surface": "15,800", "value": 15800, "interval": iv(15750, 15850, hc=False),
       "subject": "babies considered by local authorities to be vulnerable or highly vulnerable but "
                  "still living at home", "head": "babies", "time": "March 2017"}]),
    ("This amounts to around 100 babies per local authority.",
     [{"surface": "around 100", "value": 100, "interval": iv(90, 110), "qualifier": "around",
       "per": "local authority", "subject": "babies", "head": "babies"}]),
    (("\"This analysis suggests there are many thousands of babies living in households carrying very "
     "high risks, many of whom may not even be known to social services."),
     [vague("many thousands", 5000, 100000, subject="babies living in households carrying very high risks",
            head="babies", speaker="Alice Miles",
            role="the Children's Commissioner's Director of Strategy")]),
    ("\"This important research shows hundreds of the most vulnerable young children are at risk of harm.",
     [vague("hundreds", 200, 1000, subject="the most vulnerable young children at risk of harm",
            head="children", speaker="Anne Longfield", role="the Children's Commissioner for England")]),
    (("This has seen a record number of children entering care at a rate of 90 a day; councils starting "
     "182 child protection plans every day, and a child referred to children's services every 49 seconds."),
     [rate("90 a day", 90, "day", subject="a record number of children entering care", head="children",
           speaker="Cllr Anntoinette Bramble",
           role="Chair of the Local Government Association's Children and Young People Board"),
      rate("182", 182, "day", subject="child protection plans councils starting", head="plans",
           speaker="Cllr Anntoinette Bramble"),
      rate("every 49 seconds", 1, "second", 49, subject="a child referred to children's services",
           head="children", speaker="Cllr Anntoinette Bramble",
           role="Chair of the Local Government Association's Children and Young People Board")]),
])

WA = "wa.txt"
WRITTEN_ANSWER = article(WA, [
    (("To ask Her Majesty's Government what action they are taking, following the finding by the Local "
     "Government Association that an average of 1,770 children are being referred each day to local "
     "authorities' children's services."),
     [rate("an average of 1,770", 1770, "day", qualifier="an average of",
           subject="children being referred to local authorities' children's services",
           head="children", source="the Local Government Association")]),
    ("The 2015 Spending Review made available more than £200 billion to councils for local services.",
     [{"surface": "more than £200 billion", "kind": Kind.MONEY, "unit": "GBP", "value": 200e9,
       "interval": iv(200e9, None, lc=False), "subject": "councils for local services",
       "head": "services"}]),
    (("Through the £200 million 'Children's Social Care Innovation Programme', the government is "
     "investing nearly £5 million in targeted support for children in need."),
     [{"surface": "£200 million", "kind": Kind.MONEY, "unit": "GBP", "value": 200e6,
       "subject": "Children's Social Care Innovation Programme", "head": "programme"},
      {"surface": "nearly £5 million", "kind": Kind.MONEY, "unit": "GBP", "value": 5e6,
       "interval": iv(4.5e6, 5e6, hc=False), "subject": "targeted support for children in need",
       "head": "support", "speaker": "Lord Agnew of Oulton"}]),
])

AFC = "afc.txt"
WATTS = {"speaker": "Richard Watts",
         "role": "chairman of the Local Government Association's children and young people board"}
ACTION_FOR_CHILDREN = article(AFC, [
    (("THOUSANDS of children in England referred to social services over concerns including abuse and "
     "neglect are not getting the help they need, a charity has said."),
     [vague("THOUSANDS", 2000, 10000, subject="children in England referred to social services over "
            "concerns including abuse and neglect not getting the help they need", head="children",
            place="England", speaker="a charity")]),
    (("Action for Children has warned that up to 140,000 youngsters do not meet the threshold for social "
     "care and are not referred to early help after their case is closed."),
     [{"surface": "up to 140,000", "value": 140000, "interval": iv(None, 140000), "qualifier": "up to",
       "subject": "youngsters who do not meet the threshold for social care and are not referred to "
                  "early help", "head": "youngsters", "speaker": "Action for Children"}]),
    (("In the report, Action for Children said it sent Freedom of Information (FoI) requests to 152 local "
     "authorities in England."),
     [{"surface": "152", "value": 152, "subject": "local authorities in England", "head": "local authorities",
       "speaker": "Action for Children"}]),
    (("Responses show that in 2015-2016 184,500 children's needs assessments were closed as \"no further "
     "action\" as they did not meet the threshold for statutory services."),
     [{"surface": "184,500", "value": 184500, "subject": "children's needs assessments closed as no "
       "further action", "head": "assessments", "time": "2015-2016"}]),
    (("The charity said it estimated around one in four of these families were referred for early help "
     "services - such as children's centres or domestic violence programmes - after their case was closed."),
     [{"surface": "around one in four", "kind": Kind.RATIO, "value": 0.25, "interval": iv(0.225, 0.275),
       "qualifier": "around", "subject": "families referred for early help services", "head": "families",
       "speaker": "Action for Children"}]),
    (("But an estimated 140,000 children did not meet the threshold for social care and were not referred "
     "to early help after their case was closed."),
     [{"surface": "an estimated 140,000", "value": 140000, "interval": iv(126000, 154000),
       "qualifier": "an estimated", "subject": "children who did not meet the threshold for social care "
       "and were not referred to early help", "head": "children"}]),
    (("\"The number of referrals to local authority children's services has increased by almost 9% over the "
     "past decade, while the number of children placed on a child protection plan as a result of those "
     "referrals has increased by more than 90%."),
     [pct_change("almost 9%", iv(8.1, 9, hc=False), subject="the number of referrals to local authority "
                 "children's services", head="referrals", time="over the past decade", **WATTS),
      pct_change("more than 90%", iv(90, None, lc=False), subject="the number of children placed on a "
                 "child protection plan as a result of those referrals", head="children",
                 time="over the past decade", **WATTS)]),
])

APPG = "appg.txt"
APPG_INQUIRY = article(APPG, [
    (("A survey of directors of children's services by the group found that 89 per cent find it "
     "\"increasingly difficult to fulfil their duties to children in need\"."),
     [{"surface": "89 per cent", "kind": Kind.PERCENT, "unit": "%", "value": 89,
       "subject": "directors of children's services", "head": "directors"}]),
    (("The group said the report comes as the number of child protection plans has risen by more than 29 "
     "per cent between 2010/11 and 2015/16, and, over the same period, a rise in the number of children "
     "being taken into care of 17 per cent."),
     [pct_change("more than 29 per cent", iv(29, None, lc=False), subject="the number of child protection "
                 "plans", head="plans", time="between 2010/11 and 2015/16"),
      pct_change("17 per cent", iv(16.5, 17.5), subject="the number of children being taken into care",
                 head="children", time="over the same period")]),
    (("The number of inquiries into child protection concerns undertaken by councils has increased by 124 "
     "per cent over the past decade, and the number of children needing child protection plans has "
     "increased from 26,400 to more than 50,000 over the same period - an increase of more than 23,000 "
     "children needing social work support to stay safe from significant harm."),
     [pct_change("124 per cent", iv(123.5, 124.5), subject="the number of inquiries into child protection "
                 "concerns", head="inquiries", time="over the past decade", **WATTS),
      {"surface": "26,400", "value": 26400, "subject": "the number of children needing child protection "
       "plans", "head": "children", "time": "over the same period", **WATTS},
      {"surface": "more than 50,000", "value": 50000, "interval": iv(50000, None, lc=False),
       "qualifier": "more than", "subject": "the number of children needing child protection plans",
       "head": "children", "time": "over the same period", **WATTS},
      {"surface": "more than 23,000", "value": 23000, "interval": iv(23000, None, lc=False),
       "qualifier": "more than", "subject": "children needing social work support", "head": "children",
       **WATTS}]),
    (("We are also supporting the recruitment and training of social workers, investing over £800m in "
     "bursaries and in programmes such as Frontline and Step Up."),
     [{"surface": "over £800m", "kind": Kind.MONEY, "unit": "GBP", "value": 800e6,
       "interval": iv(800e6, None, lc=False), "subject": "bursaries and programmes", "head": "bursaries",
       "speaker": "A Department for Education spokesman"}]),
])

NCAS = "ncas.txt"
LONGFIELD_SPEECH = article(NCAS, [
    (("In her speech, Anne Longfield said there were an estimated 390,000 children in need in England at "
     "any one time and more than 750,000 in any year."),
     [{"surface": "an estimated 390,000", "value": 390000, "interval": iv(351000, 429000),
       "subject": "children in need in England", "head": "children", "time": "at any one time",
       "place": "England", "speaker": "Anne Longfield"},
      {"surface": "more than 750,000", "value": 750000, "interval": iv(750000, None, lc=False),
       "subject": "children in need in England", "head": "children", "time": "in any year",
       "place": "England", "speaker": "Anne Longfield"}]),
])

ALL = CRYING_SHAME + WRITTEN_ANSWER + ACTION_FOR_CHILDREN + APPG_INQUIRY + LONGFIELD_SPEECH


def context(claims: list[Claim], registry: Registry = REGISTRY,
            links: dict[str, Link] | None = None) -> CheckContext:
    return CheckContext(claims=list(claims), links=links or {}, registry=registry)


def by_surface(claims: list[Claim], surface: str, path: str | None = None) -> Claim:
    found = [c for c in claims if c.quantity.surface == surface and (path is None or c.path == path)]
    assert found, surface
    return found[0]

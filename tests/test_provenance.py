"""trace/show: sources, formula relations, appearances oldest first and how they mutated."""

from __future__ import annotations

from io import StringIO

import pytest
from _claims import make_claim
from rich.console import Console

from claimcheck.errors import UsageError
from claimcheck.models import (
    Article,
    ArticleMeta,
    Attribution,
    Interval,
    Kind,
    Link,
    Person,
    Record,
    Registry,
    Role,
    Source,
)
from claimcheck.provenance import classify, date_key, render_show, render_trace, trace


def _registry() -> Registry:
    return Registry(
        sources=[Source(id="crying-shame", title="A Crying Shame", publisher="Children's Commissioner for England",
                        date="2018-10", url="https://example.org/crying-shame")],
        people=[Person(id="anne-longfield", name="Anne Longfield", aliases=["Longfield"],
                       roles=[Role(title="Children's Commissioner for England")])],
        figures=[
            Record(id="babies-in-need-2017", subject="babies in need", value=19640, source="crying-shame"),
            Record(id="babies-looked-after-2017", subject="babies looked after", value=3820, source="crying-shame"),
            Record(id="babies-special-2017", subject="special arrangements", value=640, source="crying-shame"),
            Record(id="babies-adopted-2017", subject="adopted", value=300, source="crying-shame"),
            Record(id="babies-at-home-2017", subject="babies at home", value=15800, as_of="2017-03",
                   source="crying-shame", speaker="anne-longfield",
                   derived_from="babies-in-need-2017 - babies-looked-after-2017 - babies-special-2017 - babies-adopted-2017"),
            Record(id="babies-per-la", subject="babies per local authority", interval=Interval(low=90, high=110),
                   derived_from="babies-at-home-2017 / 152"),
            Record(id="babies-at-home-alt", subject="vulnerable babies at home", value=15800,
                   same_as=["babies-at-home-2017"]),
        ],
    )


def _article(path: str, date: str | None) -> Article:
    return Article(path=path, source="", text="", meta=ArticleMeta(date=date, title=path))


def _claims():
    s = "There are 15,800 babies at home."
    return [
        make_claim("16,000", 10, "About 16,000 babies at home.", path="late.txt", qualifier="about",
                   interval=Interval(low=15000, high=17000), speaker="Anne Longfield"),
        make_claim("15,800", 10, s, path="early.txt", speaker="the Children's Commissioner"),
        make_claim("15.8 million", 10, "There are 15.8 million babies at home.", path="mid.txt",
                   speaker="Joe Bloggs"),
        make_claim("15,800", 10, s, path="undated.txt"),
        make_claim("thousands", 10, "Thousands of babies are at home.", path="alt.txt", kind=Kind.VAGUE,
                   value=None, interval=Interval(low=2000, high=20000), vague="thousands"),
        make_claim("12,000", 10, "There are 12,000 babies at home.", path="mid.txt"),
    ]


def _links(claims, ids):
    return [Link(claim_id=c.id, record_id=r) for c, r in zip(claims, ids, strict=True)]


def test_trace_relations_and_order() -> None:
    reg = _registry()
    claims = _claims()
    links = _links(claims, ["babies-at-home-2017"] * 4 + ["babies-at-home-alt", "babies-at-home-2017"])
    articles = [_article("late.txt", "2019-01-02"), _article("early.txt", "2018-10"),
                _article("mid.txt", "2018-11-15"), _article("alt.txt", "2018"),
                _article("undated.txt", None)]
    prov = trace("babies-at-home-2017", reg, claims, links, articles)
    assert prov.source.publisher == "Children's Commissioner for England"
    assert [r.id for r in prov.derives_from] == [
        "babies-in-need-2017", "babies-looked-after-2017", "babies-special-2017", "babies-adopted-2017"]
    assert [r.id for r in prov.derived] == ["babies-per-la"]
    assert [r.id for r in prov.same_as] == ["babies-at-home-alt"]
    got = [(a.path, a.surface, a.mutation, a.misattributed) for a in prov.appearances]
    assert got == [
        ("alt.txt", "thousands", "vague", False),
        ("early.txt", "15,800", "exact", False),
        ("mid.txt", "15.8 million", "changed-scale", True),
        ("mid.txt", "12,000", "contradicted", False),
        ("late.txt", "16,000", "hedged", False),
        ("undated.txt", "15,800", "exact", False),
    ]
    assert prov.appearances[0].record_id == "babies-at-home-alt"
    assert prov.appearances[1].date == "2018-10"


def test_classify_rounded() -> None:
    rec = Record(id="r", subject="x", value=15800)
    c = make_claim("16,000", 0, "16,000 babies.", interval=Interval(low=15500, high=16500, high_closed=False))
    assert classify(c, rec) == (True, "rounded")


def test_misattribution_accepts_roles_and_publisher() -> None:
    reg = _registry()
    claim = make_claim("15,800", 0, "15,800 babies.", path="a.txt")
    claim = claim.model_copy(update={"attribution": Attribution(source_publisher="Children's Commissioner for England", method="source")})
    prov = trace("babies-at-home-2017", reg, [claim], [Link(claim_id=claim.id, record_id="babies-at-home-2017")], [])
    assert not prov.appearances[0].misattributed


def test_unknown_record() -> None:
    with pytest.raises(UsageError):
        trace("nope", _registry())


def test_date_key() -> None:
    assert date_key("2018") < date_key("2018-03") < date_key("2018-03-02") < date_key(None)


def test_render_trace_and_show() -> None:
    reg = _registry()
    claims = _claims()
    prov = trace("babies-at-home-2017", reg, claims, _links(claims, ["babies-at-home-2017"] * 6), [])
    out = StringIO()
    render_trace(prov, Console(file=out, width=140))
    text = out.getvalue()
    assert "babies-at-home-2017" in text and "A Crying Shame" in text
    assert "changed-scale" in text and "misattributed" in text and "babies-per-la" in text
    out = StringIO()
    render_show(reg.figure("babies-at-home-2017"), reg, Console(file=out, width=140))
    shown = out.getvalue()
    assert "babies-in-need-2017" in shown and "appearances" not in shown
    assert "https://example.org/crying-shame" in shown


def test_show_by_id() -> None:
    out = StringIO()
    render_show("babies-per-la", _registry(), Console(file=out, width=120))
    assert "babies-at-home-2017" in out.getvalue() and "[90, 110]" in out.getvalue()
    with pytest.raises(UsageError):
        render_show("nope", _registry(), Console(file=StringIO()))

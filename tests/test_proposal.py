"""propose_record drafts a registry entry from a claim; find_claim locates one."""

from __future__ import annotations

from datetime import date

import pytest
from _claims import make_claim

from claimcheck.errors import UsageError
from claimcheck.models import (
    Attribution,
    Interval,
    Kind,
    Person,
    Record,
    Registry,
    Role,
    Source,
    TimeRef,
)
from claimcheck.proposal import (
    as_of,
    edit_fields,
    find_claim,
    find_claim_by_id,
    parse_location,
    propose_record,
)

SENTENCE = "There were 15,800 babies under one still living at home in March 2017."


def _registry() -> Registry:
    return Registry(
        sources=[Source(id="crying-shame", title="A Crying Shame", publisher="Children's Commissioner for England")],
        people=[Person(id="anne-longfield", name="Anne Longfield",
                       roles=[Role(title="Children's Commissioner for England")])],
        figures=[Record(id="babies-2017", subject="something else", value=1)],
    )


def _claim(**kw):
    claim = make_claim(
        "15,800", 11, SENTENCE, path="corpus/a.txt", line=4, subject="babies under one still living at home",
        time=TimeRef(text="March 2017", start=date(2017, 3, 1), end=date(2017, 3, 31)), place="England",
    )
    return claim.model_copy(update={"subject_head": "babies", **kw})


def test_propose_record_from_frame() -> None:
    claim = _claim(attribution=Attribution(speaker="Anne Longfield", source="A Crying Shame report",
                                           method="sentence"))
    rec = propose_record(claim, _registry())
    assert rec.id == "babies-2017-2"  # babies-2017 is taken
    assert rec.subject == "babies under one still living at home"
    assert rec.aliases == ["babies under one still living at home"]
    assert (rec.value, rec.kind, rec.interval) == (15800, Kind.COUNT, None)
    assert rec.as_of == "2017-03" and rec.period is None and rec.place == "England"
    assert rec.source == "crying-shame" and rec.speaker == "anne-longfield"
    assert rec.status == "unverified" and rec.notes == "proposed from corpus/a.txt:4"


def test_propose_keeps_hedged_interval_and_unknown_names() -> None:
    claim = _claim(attribution=Attribution(speaker="Someone Unknown", method="sentence"))
    claim.quantity.interval = Interval(low=15800, high=None, low_closed=False)
    claim.quantity.qualifier = "more than"
    rec = propose_record(claim, Registry())
    assert rec.id == "babies-2017"
    assert rec.interval is not None and rec.interval.low == 15800 and rec.interval.high is None
    assert rec.speaker is None and rec.source is None


def test_role_matches_person() -> None:
    claim = _claim(attribution=Attribution(speaker_role="the Children's Commissioner for England", method="sentence"))
    assert propose_record(claim, _registry()).speaker == "anne-longfield"


def test_as_of_shapes() -> None:
    assert as_of(TimeRef(text="2017", start=date(2017, 1, 1), end=date(2017, 12, 31))) == ("2017", None)
    assert as_of(TimeRef(text="31 March 2017", start=date(2017, 3, 31), end=date(2017, 3, 31))) == ("2017-03-31", None)
    assert as_of(TimeRef(text="2015-16", start=date(2015, 4, 1), end=date(2016, 3, 31))) == (
        "2016-03-31", "2015-04-01/2016-03-31")
    assert as_of(TimeRef(text="last year")) == (None, "last year")
    assert as_of(None) == (None, None)


def test_id_without_subject_or_time() -> None:
    claim = make_claim("40 per cent", 0, "40 per cent agree.")
    assert propose_record(claim, Registry()).id == "percent"


def test_find_claim() -> None:
    a = make_claim("15,800", 11, SENTENCE, path="corpus/a.txt", line=4)
    a.position.column, a.position.end_column = 12, 18
    b = make_claim("2017", 66, SENTENCE, path="corpus/a.txt", line=4, kind=Kind.YEAR, value=2017)
    b.position.column, b.position.end_column = 67, 71
    claims = [a, b]
    assert find_claim(claims, "corpus/a.txt", 4) is a
    assert find_claim(claims, "corpus/a.txt", 4, 68) is b
    with pytest.raises(UsageError, match="figures on line 4 are at column 12 “15,800”, column 67 “2017”"):
        find_claim(claims, "corpus/a.txt", 4, 40)
    with pytest.raises(UsageError, match="nearby: line 4"):
        find_claim(claims, "corpus/a.txt", 5)
    with pytest.raises(UsageError):
        find_claim(claims, "other.txt", 4)
    assert find_claim(claims, claim_id=b.id) is b
    assert find_claim_by_id(claims, b.id) is b


def test_edit_fields() -> None:
    rec = propose_record(_claim(), _registry())
    answers = {"value": "15,900", "place": "", "notes": "checked against table 3"}
    edited = edit_fields(rec, lambda label, default: answers.get(label, default))
    assert edited.value == 15900 and edited.place is None and edited.notes == "checked against table 3"
    assert edited.id == rec.id and edited.status == "unverified"
    with pytest.raises(UsageError):
        edit_fields(rec, lambda label, default: "lots" if label == "value" else default)
    assert parse_location("corpus/a.txt:4:12") == ("corpus/a.txt", 4, 12)

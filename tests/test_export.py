"""ClaimReview JSON-LD and PROV-JSON exports."""

from __future__ import annotations

import json
from datetime import date

from _claims import make_claim

from claimcheck.export import claimreview_documents, is_publishable, prov_document
from claimcheck.models import (
    Article,
    ArticleMeta,
    Finding,
    Link,
    Person,
    Record,
    Registry,
    Report,
    Severity,
    Source,
)

PROV_TOP = {"prefix", "entity", "activity", "agent", "wasGeneratedBy", "used", "wasInformedBy",
            "wasStartedBy", "wasEndedBy", "wasInvalidatedBy", "wasDerivedFrom", "wasAttributedTo",
            "wasAssociatedWith", "actedOnBehalfOf", "wasInfluencedBy", "specializationOf",
            "alternateOf", "hadMember", "bundle"}


def _registry() -> Registry:
    return Registry(
        sources=[Source(id="crying-shame", title="A Crying Shame", publisher="Children's Commissioner for England",
                        date="2018-10", url="https://example.org/cs")],
        people=[
            Person(id="anne-longfield", name="Anne Longfield", member_of=["cco"]),
            Person(id="cco", name="Children's Commissioner for England", kind="organisation"),
        ],
        figures=[
            Record(id="in-need", subject="babies in need", value=19640, source="crying-shame"),
            Record(id="removed", subject="babies removed", value=3840, source="crying-shame"),
            Record(id="at-home", subject="babies at home", value=15800, source="crying-shame",
                   speaker="anne-longfield", derived_from="in-need - removed", same_as=["at-home-alt"]),
            Record(id="at-home-alt", subject="babies at home", value=15800),
        ],
    )


def _report():
    c1 = make_claim("18,500", 10, "There are 18,500 babies at home, said Anne Longfield.", path="news/a.txt",
                    speaker="Anne Longfield")
    c2 = make_claim("15,800", 108, "Another 15,800 babies.", path="news/a.txt")
    pos = c1.position
    findings = [
        Finding(rule="record-mismatch", code="CC201", severity=Severity.ERROR, message="18,500 does not match 15,800",
                explanation="The record says 15,800.", position=pos, claims=[c1.id], records=["at-home"],
                fingerprint="abc123"),
        Finding(rule="unsourced-figure", code="CC101", severity=Severity.WARNING, message="no source",
                position=c2.position, claims=[c2.id]),
        Finding(rule="arithmetic", code="CC301", severity=Severity.INFO, message="minor", position=pos,
                claims=[c1.id]),
    ]
    article = Article(path="news/a.txt", source="", text="",
                      meta=ArticleMeta(title="Babies at risk", date="2018-10-05", kind="news report",
                                       url="https://news.example/a", publisher="Daily Example"))
    return Report(claims=[c1, c2], findings=findings, articles=[article],
                  links=[Link(claim_id=c1.id, record_id="at-home"), Link(claim_id=c2.id, record_id="at-home")]), article


def test_claimreview_documents() -> None:
    report, article = _report()
    docs = claimreview_documents(report, _registry(), [article], base_url="https://checks.example/",
                                 today=date(2024, 1, 2))
    assert len(docs) == 1
    doc = docs[0]
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "ClaimReview"
    assert doc["claimReviewed"] == "There are 18,500 babies at home, said Anne Longfield."
    item = doc["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Anne Longfield"}
    assert item["appearance"]["@type"] == "NewsArticle"
    assert item["appearance"]["url"] == "https://news.example/a"
    assert item["appearance"]["datePublished"] == item["datePublished"] == "2018-10-05"
    rating = doc["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] == "Does not match its source"
    assert "does not match" in rating["ratingExplanation"]
    assert doc["author"] == {"@type": "Organization", "name": "claimcheck"}
    assert doc["datePublished"] == "2024-01-02" and doc["url"] == "https://checks.example#abc123"
    json.dumps(docs)


def test_publishable_rules() -> None:
    report, _ = _report()
    assert [is_publishable(f) for f in report.findings] == [True, False, False]


def test_prov_document_structure() -> None:
    report, article = _report()
    doc = prov_document(_registry(), report.claims, report.links, [article])
    json.loads(json.dumps(doc))
    assert set(doc) <= PROV_TOP and {"prefix", "entity", "agent", "wasDerivedFrom", "wasAttributedTo"} <= set(doc)
    ids = set(doc["entity"]) | set(doc["agent"])
    for kind in set(doc) - {"prefix", "entity", "agent"}:
        for rel in doc[kind].values():
            for key, value in rel.items():
                if key != "prov:type":
                    assert value in ids, (kind, key, value)
    for qn in ids:
        assert qn.split(":", 1)[0] in doc["prefix"]
    derived = {(r["prov:generatedEntity"], r["prov:usedEntity"]) for r in doc["wasDerivedFrom"].values()}
    assert ("rec:at-home", "rec:in-need") in derived and ("rec:at-home", "rec:removed") in derived
    assert ("rec:at-home", "src:crying-shame") in derived
    claim_qn = "claim:news_a.txt_10"
    assert (claim_qn, "rec:at-home") in derived
    attributed = {(r["prov:entity"], r["prov:agent"]) for r in doc["wasAttributedTo"].values()}
    assert ("rec:at-home", "ag:anne-longfield") in attributed
    assert (claim_qn, "ag:anne-longfield") in attributed
    assert doc["agent"]["ag:cco"]["prov:type"]["$"] == "prov:Organization"
    assert doc["entity"]["art:news_a.txt"]["schema:datePublished"] == "2018-10-05"
    assert any(r["prov:collection"] == "art:news_a.txt" for r in doc["hadMember"].values())
    assert "actedOnBehalfOf" in doc and "alternateOf" in doc

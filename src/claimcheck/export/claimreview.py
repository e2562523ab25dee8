"""schema.org ClaimReview JSON-LD for findings a newsroom would publish as a fact check.

Only contradictions and mismatches at warning or error level become reviews: "this figure
has no source" is an editing note, not a verdict. The rating is textual (``alternateName``),
as schema.org recommends for fact checks, with the finding's message as the explanation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from claimcheck.models import (
    Article,
    Claim,
    Finding,
    Person,
    Registry,
    Report,
    Severity,
    article_map,
)

#: rule → the verdict shown to readers; rules not listed are not verdicts on a published
#: claim (registry-derivation concerns claims.yaml, not an article)
VERDICTS: dict[str, str] = {
    "record-mismatch": "Does not match its source",
    "magnitude-mismatch": "Does not match its source",
    "self-contradiction": "Contradicts its source",
    "cross-claim-conflict": "Contradicts its source",
    "arithmetic": "Does not add up",
}
_PUBLISHABLE_SEVERITIES = {Severity.ERROR, Severity.WARNING}


def verdict(rule: str) -> str | None:
    """The reader-facing verdict for a rule name, or None if the rule is not a verdict."""
    return VERDICTS.get(rule)


def is_publishable(finding: Finding) -> bool:
    return finding.severity in _PUBLISHABLE_SEVERITIES and verdict(finding.rule) is not None



def _agent(name: str, registry: Registry | None) -> dict[str, Any]:
    """A Person or Organization node, typed from the registry when the name is known there."""
    person: Person | None = None
    if registry is not None:
        low = name.lower()
        person = next(
            (p for p in registry.people if low == p.name.lower() or low in (a.lower() for a in p.aliases)),
            None,
        )
    kind = "Organization" if person is not None and person.kind == "organisation" else "Person"
    if person is None and any(w in name.lower() for w in ("council", "department", "office", "association", "group", "commission", "government", "ministry")):
        kind = "Organization"
    return {"@type": kind, "name": person.name if person else name}


def _appearance(article: Article | None, path: str, base_url: str | None) -> dict[str, Any]:
    meta = article.meta if article else None
    is_news = bool(meta and meta.kind and "news" in meta.kind.lower())
    node: dict[str, Any] = {"@type": "NewsArticle" if is_news else "CreativeWork"}
    if meta and meta.url:
        node["url"] = meta.url
    elif base_url:
        node["url"] = f"{base_url.rstrip('/')}/{path.lstrip('/')}"
    node["name"] = (meta.title if meta and meta.title else path)
    if meta and meta.date:
        node["datePublished"] = meta.date
    if meta and meta.publisher:
        node["publisher"] = {"@type": "Organization", "name": meta.publisher}
    return node


def _review(
    f: Finding, claims: Mapping[str, Claim], articles: Mapping[str, Article],
    registry: Registry | None, base_url: str | None, today: date,
) -> dict[str, Any]:
    claim = next((claims[c] for c in f.claims if c in claims), None)
    path = claim.path if claim else f.position.path
    article = articles.get(path)
    item: dict[str, Any] = {"@type": "Claim"}
    speaker = claim.attribution.speaker if claim else None
    if speaker:
        item["author"] = _agent(speaker, registry)
    elif article is not None and article.meta.publisher:
        item["author"] = {"@type": "Organization", "name": article.meta.publisher}
    item["appearance"] = _appearance(article, path, base_url)
    if article is not None and article.meta.date:
        item["datePublished"] = article.meta.date
    # the message is a clause without a full stop; the working that follows is sentences
    lead = f.message.rstrip()
    if f.explanation and not lead.endswith((".", "!", "?")):
        lead += "."
    explanation = lead + (f" {f.explanation}" if f.explanation else "")
    doc: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": (claim.sentence or claim.quantity.surface) if claim else f.message,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": verdict(f.rule),
            "ratingExplanation": explanation.strip(),
        },
        "author": {"@type": "Organization", "name": "claimcheck"},
        "datePublished": today.isoformat(),
    }
    if base_url:
        doc["url"] = f"{base_url.rstrip('/')}#{f.fingerprint or f.code}"
    return doc


def claimreview_documents(
    report: Report, registry: Registry | None = None,
    articles: Mapping[str, Article] | Iterable[Article] | None = None,
    base_url: str | None = None, *, today: date | None = None,
) -> list[dict[str, Any]]:
    """One ClaimReview per publishable finding, in report order."""
    reg = registry if registry is not None else report.registry
    arts = article_map(articles if articles is not None else report.articles)
    claims = {c.id: c for c in report.claims}
    when = today or date.today()
    return [
        _review(f, claims, arts, reg, base_url, when) for f in report.findings if is_publishable(f)
    ]

"""The registry and the corpus as a W3C PROV-JSON document.

PROV is the standard vocabulary for "this came from that": sources are entities, records are
derived from sources (as primary sources) and from the figures their formulas use, each
appearance in an article is derived from the record it was linked to, and both records and
appearances are attributed to their speakers. Articles are collections whose members are
their claims. Any PROV tool (ProvToolbox, prov-python) can read, draw or translate it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from claimcheck.models import Article, Claim, Link, Record, Registry
from claimcheck.registry import formula

PREFIXES: dict[str, str] = {
    "cc": "https://claimcheck.dev/ns#",
    "src": "urn:claimcheck:source:",
    "rec": "urn:claimcheck:record:",
    "claim": "urn:claimcheck:claim:",
    "art": "urn:claimcheck:article:",
    "ag": "urn:claimcheck:agent:",
    "schema": "https://schema.org/",
}


def _local(text: str) -> str:
    """A QName local part: letters, digits, '_', '-', '.'; anything else becomes '_'."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text) or "_"


def _qn(value: str) -> dict[str, str]:
    return {"$": value, "type": "prov:QUALIFIED_NAME"}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "unknown"


class _Builder:
    """Accumulates the PROV-JSON sections, numbering relation ids so the output is stable."""

    def __init__(self) -> None:
        self.doc: dict[str, dict[str, Any]] = {
            "entity": {}, "agent": {}, "wasDerivedFrom": {}, "wasAttributedTo": {}, "hadMember": {},
        }
        self.count = 0

    def relation(self, kind: str, **attrs: Any) -> None:
        self.count += 1
        self.doc.setdefault(kind, {})[f"_:{kind[:3]}{self.count}"] = {
            (k if ":" in k else f"prov:{k}"): v for k, v in attrs.items() if v is not None
        }

    def derived(self, generated: str, used: str, primary: bool = False) -> None:
        attrs: dict[str, Any] = {"generatedEntity": generated, "usedEntity": used}
        if primary:
            attrs["type"] = _qn("prov:PrimarySource")
        self.relation("wasDerivedFrom", **attrs)

    def attributed(self, entity: str, agent: str) -> None:
        self.relation("wasAttributedTo", entity=entity, agent=agent)


def _agent_index(registry: Registry) -> dict[str, str]:
    """Lower-cased names and aliases → agent QName, so a speaker in the text finds its agent."""
    index: dict[str, str] = {}
    for p in registry.people:
        for name in (p.name, *p.aliases):
            index.setdefault(name.lower(), f"ag:{_local(p.id)}")
    return index


def _agent_for(name: str, b: _Builder, index: dict[str, str]) -> str:
    """The agent for a name, made on the spot (as a bare label) when the registry lacks it."""
    qn = index.get(name.lower())
    if qn is None:
        qn = f"ag:{_local(_slug(name))}"
        index[name.lower()] = qn
    if qn not in b.doc["agent"]:
        b.doc["agent"][qn] = {"prov:label": name}
    return qn


def _record_entity(r: Record) -> dict[str, Any]:
    entity: dict[str, Any] = {"prov:type": _qn("cc:Figure"), "prov:label": r.subject, "cc:status": r.status}
    if r.value is not None:
        entity["prov:value"] = r.value
    elif r.interval is not None:
        entity["cc:interval"] = r.interval.describe()
    for key in ("unit", "per", "as_of", "period", "place", "derived_from"):
        value = getattr(r, key)
        if value is not None:
            entity[f"cc:{key}"] = value
    return entity


def _inputs(r: Record, registry: Registry) -> list[str]:
    if not r.derived_from:
        return []
    try:
        names = formula.parse(r.derived_from).names()
    except formula.FormulaError:
        return []
    return [n for n in names if registry.figure(n) is not None]


def prov_document(
    registry: Registry, claims: Iterable[Claim] = (),
    links: Mapping[str, Link] | Iterable[Link] | None = None,
    articles: Mapping[str, Article] | Iterable[Article] | None = None,
) -> dict[str, Any]:
    """PROV-JSON with ``prefix``, ``entity``, ``agent`` and the relations that have members."""
    link_map = (
        dict(links) if isinstance(links, Mapping)
        else {link.claim_id: link for link in (links or [])}
    )
    art_map = (
        dict(articles) if isinstance(articles, Mapping) else {a.path: a for a in (articles or [])}
    )
    b = _Builder()
    index = _agent_index(registry)
    for p in registry.people:
        kind = "prov:Organization" if p.kind == "organisation" else "prov:Person"
        b.doc["agent"][f"ag:{_local(p.id)}"] = {"prov:type": _qn(kind), "prov:label": p.name}
    for p in registry.people:
        for org in p.member_of:
            if registry.person(org) is not None:
                b.relation("actedOnBehalfOf", delegate=f"ag:{_local(p.id)}", responsible=f"ag:{_local(org)}")
    for s in registry.sources:
        entity: dict[str, Any] = {"prov:type": _qn("cc:Source"), "prov:label": s.title, "cc:kind": s.kind}
        for key, value in (("schema:datePublished", s.date), ("schema:url", s.url), ("schema:publisher", s.publisher)):
            if value:
                entity[key] = value
        b.doc["entity"][f"src:{_local(s.id)}"] = entity
        if s.publisher:
            b.attributed(f"src:{_local(s.id)}", _agent_for(s.publisher, b, index))
    for r in registry.figures:
        rid = f"rec:{_local(r.id)}"
        b.doc["entity"][rid] = _record_entity(r)
        if r.source and registry.source(r.source) is not None:
            b.derived(rid, f"src:{_local(r.source)}", primary=True)
        for name in _inputs(r, registry):
            b.derived(rid, f"rec:{_local(name)}")
        for twin in r.same_as:
            if registry.figure(twin) is not None:
                b.relation("alternateOf", alternate1=rid, alternate2=f"rec:{_local(twin)}")
        if r.speaker:
            person = registry.person(r.speaker)
            b.attributed(rid, f"ag:{_local(r.speaker)}" if person else _agent_for(r.speaker, b, index))
    for path, article in art_map.items():
        meta = article.meta
        entity = {"prov:type": _qn("prov:Collection"), "prov:label": meta.title or path, "cc:path": path}
        for key, value in (("schema:datePublished", meta.date), ("schema:url", meta.url), ("schema:publisher", meta.publisher)):
            if value:
                entity[key] = value
        b.doc["entity"][f"art:{_local(path)}"] = entity
    for c in claims:
        cid = f"claim:{_local(c.id)}"
        b.doc["entity"][cid] = {
            "prov:type": _qn("cc:Appearance"), "prov:value": c.quantity.surface,
            "prov:label": c.sentence or c.quantity.surface,
            "cc:path": c.path, "cc:line": c.position.line,
        }
        art = f"art:{_local(c.path)}"
        if c.path not in art_map:
            b.doc["entity"].setdefault(art, {"prov:type": _qn("prov:Collection"), "prov:label": c.path, "cc:path": c.path})
        b.relation("hadMember", collection=art, entity=cid)
        link = link_map.get(c.id)
        if link is not None and link.record_id and registry.figure(link.record_id) is not None:
            b.derived(cid, f"rec:{_local(link.record_id)}")
        speaker = c.attribution.speaker or c.attribution.source_publisher
        if speaker:
            b.attributed(cid, _agent_for(speaker, b, index))
    doc = {"prefix": dict(PREFIXES), **{k: v for k, v in b.doc.items() if v or k in ("entity", "agent")}}
    return doc

"""What a run produces: links, findings, verifications and the report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from pydantic import Field

from claimcheck.models.articles import Article, Claim, Position
from claimcheck.models.quantities import SCHEMA_VERSION, Model
from claimcheck.models.registry import Registry

# --------------------------------------------------------------------------- link, findings


class Link(Model):
    claim_id: str
    record_id: str | None = None
    score: float = 0.0
    reasons: list[str] = Field(default_factory=list)


def link_map(links: Mapping[str, Link] | Iterable[Link] | None) -> dict[str, Link]:
    """Links by claim id, from a mapping or a list (reports keep a list, checks a dict)."""
    if links is None:
        return {}
    if isinstance(links, Mapping):
        return dict(links)
    return {link.claim_id: link for link in links}


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class Finding(Model):
    rule: str
    code: str
    severity: Severity
    message: str
    explanation: str = ""
    position: Position
    claims: list[str] = Field(default_factory=list)
    records: list[str] = Field(default_factory=list)
    #: stable identity of the finding's content, for baselines and SARIF fingerprints
    fingerprint: str = ""


class Verification(Model):
    """A relation that was checked and held: shown so a fact-checker sees what was confirmed."""

    relation: str
    claims: list[str] = Field(default_factory=list)
    records: list[str] = Field(default_factory=list)
    working: str


class Summary(Model):
    articles: int = 0
    claims: int = 0
    linked: int = 0
    unsourced: int = 0
    findings: dict[str, int] = Field(default_factory=dict)
    skipped: list[str] = Field(default_factory=list)


class Report(Model):
    schema_version: str = SCHEMA_VERSION
    summary: Summary = Field(default_factory=Summary)
    articles: list[Article] = Field(default_factory=list, exclude=True)
    #: the registry the run used, so formatters can show a linked record and its source
    registry: Registry | None = Field(default=None, exclude=True)
    #: findings hidden by inline suppressions or the baseline, kept for counts and audits
    suppressed: list[Finding] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    verifications: list[Verification] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

"""The interface every check implements, and the context it reads.

A check is one module in this package that defines ``CHECK``: an object with ``info``
(code, name, default severity, help, examples) and ``run(ctx)`` yielding findings and
verifications. Adding a rule is a one-file change.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol, TypeVar

from claimcheck.models import (
    Article,
    Claim,
    Finding,
    Link,
    Position,
    Record,
    Registry,
    Severity,
    Verification,
)

T = TypeVar("T")


@dataclass(frozen=True)
class Example:
    """A sentence the rule flags (``flags=True``) or lets pass, shown by ``claimcheck rule``."""

    text: str
    flags: bool
    note: str = ""


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    severity: Severity
    summary: str
    help: str
    examples: tuple[Example, ...] = ()


@dataclass
class CheckContext:
    """Everything a check may read; checks never reach back into ingest or the nlp pass."""

    claims: list[Claim]
    links: dict[str, Link]
    registry: Registry
    articles: dict[str, Article] = field(default_factory=dict)
    today: date = field(default_factory=date.today)
    stale_after_days: int = 3 * 365
    options: dict[str, object] = field(default_factory=dict)
    _memo: dict[Hashable, object] = field(default_factory=dict, repr=False)

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """Work several checks share (figures, relations, clashes), computed once per run."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    def record_for(self, claim: Claim) -> Record | None:
        link = self.links.get(claim.id)
        if link is None or link.record_id is None:
            return None
        return self.registry.figure(link.record_id)

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)


class Check(Protocol):
    info: RuleInfo

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]: ...


def normalise_sentence(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip().lower()


def fingerprint(rule: str, claims: Sequence[Claim], extra: str = "") -> str:
    """Content identity (path, rule, figure, sentence), never line numbers."""
    h = hashlib.sha256()
    h.update(rule.encode())
    for c in claims:
        for part in (c.path, c.quantity.surface, normalise_sentence(c.sentence)):
            h.update(b"\0" + part.encode())
    h.update(b"\0" + extra.encode())
    return h.hexdigest()[:16]


def finding(
    info: RuleInfo,
    claims: Sequence[Claim],
    message: str,
    explanation: str = "",
    records: Sequence[str] = (),
    severity: Severity | None = None,
    position: Position | None = None,
) -> Finding:
    """Build a finding located at its first claim (or ``position`` for registry findings)."""
    if position is None:
        if not claims:
            raise ValueError("a finding needs a claim or a position")
        position = claims[0].position
    return Finding(
        rule=info.name,
        code=info.code,
        severity=severity or info.severity,
        message=message,
        explanation=explanation,
        position=position,
        claims=[c.id for c in claims],
        records=list(records),
        fingerprint=fingerprint(info.name, claims, extra="|".join(records) if not claims else ""),
    )

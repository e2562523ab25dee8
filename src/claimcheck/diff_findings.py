"""Which findings a new version introduces or resolves, compared by content, not position.

Kept apart from :mod:`claimcheck.diff` (which aligns the figures): a finding's identity is its
rule, records, and the figure and sentence it is about, so moved or reworded text is not a new
finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from claimcheck.models import Claim, Finding
from claimcheck.tokendiff import normalise

_DIGIT_RUN = re.compile(r"\d[\d,.]*")


def finding_key(f: Finding, claims: Mapping[str, Claim]) -> tuple[str, ...]:
    """Content identity of a finding that survives edits elsewhere: no paths, no line numbers."""
    parts = [f.rule, "|".join(sorted(f.records))]
    known = [claims[c] for c in f.claims if c in claims]
    if known:
        # the sentence with its digits masked: a figure edited elsewhere in the sentence
        # does not make this figure's finding new
        parts += [f"{c.quantity.surface}\0{_DIGIT_RUN.sub('#', normalise(c.sentence))}" for c in known]
    else:
        parts.append(re.sub(r"\b(?:line|col(?:umn)?)\s*\d+|:\d+(?::\d+)?", "", normalise(f.message)))
    return tuple(parts)


def diff_findings(
    old_findings: Iterable[Finding], new_findings: Iterable[Finding],
    old_claims: Iterable[Claim] = (), new_claims: Iterable[Claim] = (),
    unchanged: Mapping[str, str] | None = None,
) -> tuple[list[Finding], list[Finding]]:
    """(introduced, resolved), compared by content keys so moved text is not a new finding.

    ``unchanged`` maps a new claim id to the old claim the figure diff paired it with as the
    same figure: a finding on it keeps the old claim's key, so rewording the sentence around
    an unchanged figure neither introduces nor resolves its findings.
    """
    oc = {c.id: c for c in old_claims}
    nc = {c.id: c for c in new_claims}
    for new_id, old_id in (unchanged or {}).items():
        if new_id in nc and old_id in oc:
            nc[new_id] = oc[old_id]
    old_list, new_list = list(old_findings), list(new_findings)
    old_keys: dict[tuple[str, ...], int] = {}
    for f in old_list:
        k = finding_key(f, oc)
        old_keys[k] = old_keys.get(k, 0) + 1
    new_keys: dict[tuple[str, ...], int] = {}
    for f in new_list:
        k = finding_key(f, nc)
        new_keys[k] = new_keys.get(k, 0) + 1
    introduced = _surplus(new_list, nc, old_keys)
    resolved = _surplus(old_list, oc, new_keys)
    return introduced, resolved


def _surplus(findings: list[Finding], claims: Mapping[str, Claim], other: dict) -> list[Finding]:
    """Findings beyond the number with the same key on the other side (multiset difference)."""
    budget = dict(other)
    out = []
    for f in findings:
        k = finding_key(f, claims)
        if budget.get(k, 0) > 0:
            budget[k] -= 1
        else:
            out.append(f)
    return out

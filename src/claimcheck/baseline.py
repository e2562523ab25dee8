"""A baseline: today's findings on an existing archive, recorded so that only new ones fail.

Entries are keyed on content — path, rule and the finding's fingerprint (which hashes the
figure and the normalised sentence) — never on line numbers, so an edit above a sentence does
not resurface it. Each entry also keeps readable fields (figure, sentence, message) so a
reviewer can see in a diff what was accepted. Identical findings are counted: two in a file
against one in the baseline means one is new.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.atomic import atomic_write
from claimcheck.checks.base import normalise_sentence
from claimcheck.errors import ClaimcheckError, ConfigError, Problem
from claimcheck.models import Claim, Finding

BASELINE_VERSION = 1

Key = tuple[str, str, str]


@dataclass(frozen=True)
class BaselineEntry:
    path: str
    rule: str
    code: str
    fingerprint: str
    figure: str = ""
    sentence_hash: str = ""
    sentence: str = ""
    message: str = ""
    count: int = 1

    @property
    def key(self) -> Key:
        return (self.path, self.rule, self.fingerprint)


@dataclass
class Baseline:
    entries: list[BaselineEntry] = field(default_factory=list)
    path: Path | None = None

    def counts(self) -> Counter[Key]:
        counts: Counter[Key] = Counter()
        for e in self.entries:
            counts[e.key] += e.count
        return counts

    def __len__(self) -> int:
        return sum(e.count for e in self.entries)


def finding_key(finding: Finding) -> Key:
    """(path, rule, content fingerprint); a finding without one is keyed on its message."""
    fp = finding.fingerprint or hashlib.sha256(
        "\0".join((finding.rule, finding.position.path, " ".join(finding.message.split())))
        .encode()
    ).hexdigest()[:16]
    return (_norm_path(finding.position.path), finding.rule, fp)


def _norm_path(path: str) -> str:
    """A finding's path as the baseline keeps it: relative to the working directory when it
    lies inside it, so a baseline written in one checkout matches in another."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            pass
    return p.as_posix()


def _sentence_hash(sentence: str) -> str:
    return hashlib.sha256(normalise_sentence(sentence).encode()).hexdigest()[:16]


def build_baseline(findings: Iterable[Finding], claims: Iterable[Claim] = ()) -> Baseline:
    """Group findings by key; ``claims`` (optional) fills in the readable figure and sentence."""
    by_id = {c.id: c for c in claims}
    counts: Counter[Key] = Counter()
    first: dict[Key, Finding] = {}
    for f in findings:
        key = finding_key(f)
        counts[key] += 1
        first.setdefault(key, f)
    entries = []
    for key in sorted(counts):
        f = first[key]
        claim = next((by_id[c] for c in f.claims if c in by_id), None)
        entries.append(
            BaselineEntry(
                path=key[0], rule=key[1], code=f.code, fingerprint=key[2],
                figure=claim.quantity.surface if claim else "",
                sentence_hash=_sentence_hash(claim.sentence) if claim else "",
                sentence=" ".join(claim.sentence.split()) if claim else "",
                message=" ".join(f.message.split()), count=counts[key],
            )
        )
    return Baseline(entries)


def write_baseline(
    path: str | os.PathLike[str],
    findings: Iterable[Finding] | Baseline,
    claims: Iterable[Claim] = (),
) -> Baseline:
    """Write findings (or a pruned baseline) as versioned JSON, atomically.

    Temp file in the same directory, fsync, then ``os.replace``: a crash leaves either the
    old baseline or the new one, never half of one.
    """
    baseline = findings if isinstance(findings, Baseline) else build_baseline(findings, claims)
    target = Path(path)
    doc = {
        "tool": "claimcheck",
        "baseline_version": BASELINE_VERSION,
        "findings": [e.__dict__ for e in baseline.entries],
    }
    data = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if not target.parent.is_dir():
        raise ClaimcheckError(f"{target}: no such directory: {target.parent}")
    atomic_write(target, data)
    baseline.path = target
    return baseline


def write_baseline_entries(path: str | os.PathLike[str], baseline: Baseline) -> Baseline:
    """Write an existing (e.g. pruned) baseline back, atomically."""
    return write_baseline(path, baseline)


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline; any problem is a ConfigError naming the file (and line:col for JSON)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"baseline file {p} does not exist (create it with `claimcheck baseline write`)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read baseline file {p}: {exc}") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"baseline file {p} is not valid JSON",
            [Problem(str(p), exc.lineno, exc.colno, exc.msg)],
        ) from None
    return Baseline(_entries(doc, p), p)


def _entries(doc: object, p: Path) -> list[BaselineEntry]:
    def bad(message: str) -> ConfigError:
        return ConfigError(f"baseline file {p} is malformed", [Problem(str(p), 0, 0, message)])

    if not isinstance(doc, dict) or not isinstance(doc.get("findings"), list):
        raise bad('expected an object with a "findings" list')
    version = doc.get("baseline_version")
    if not isinstance(version, int) or version > BASELINE_VERSION:
        raise bad(f"unsupported baseline_version {version!r} (this claimcheck reads "
                  f"up to {BASELINE_VERSION}); upgrade claimcheck or rewrite the baseline")
    fields = set(BaselineEntry.__dataclass_fields__)
    entries = []
    for i, raw in enumerate(doc["findings"]):
        required = {"path", "rule", "fingerprint"}
        if not isinstance(raw, dict) or not required <= raw.keys():
            raise bad(f"findings[{i}] needs path, rule and fingerprint")
        try:
            entries.append(
                BaselineEntry(**{"code": ""} | {k: v for k, v in raw.items() if k in fields}
                              | {"path": _norm_path(str(raw["path"]))})  # older baselines kept absolute paths
            )
        except TypeError as exc:
            raise bad(f"findings[{i}]: {exc}") from None
        if not isinstance(entries[-1].count, int) or entries[-1].count < 1:
            raise bad(f"findings[{i}]: count must be a positive integer")
    return entries


def filter_new(
    findings: Sequence[Finding], baseline: Baseline
) -> tuple[list[Finding], list[Finding]]:
    """(new, known): each baseline entry absorbs at most ``count`` matching findings."""
    remaining = baseline.counts()
    new: list[Finding] = []
    known: list[Finding] = []
    for f in findings:
        key = finding_key(f)
        if remaining[key] > 0:
            remaining[key] -= 1
            known.append(f)
        else:
            new.append(f)
    return new, known


def prune(
    baseline: Baseline, findings: Iterable[Finding], scanned: Iterable[str] | None = None,
) -> tuple[Baseline, int]:
    """Drop baseline entries (or surplus counts) that no longer occur; return how many went.

    With ``scanned`` (the paths this scan read), an entry for a file not scanned is kept
    unless the file is gone: pruning after a scan of one article must not forget the rest."""
    current = Counter(finding_key(f) for f in findings)
    read = None if scanned is None else {_norm_path(p) for p in scanned}
    kept: list[BaselineEntry] = []
    dropped = 0
    for e in baseline.entries:
        if read is not None and e.path not in read and Path(e.path).exists():
            kept.append(e)
            continue
        keep = min(e.count, current[e.key])
        current[e.key] -= keep
        dropped += e.count - keep
        if keep:
            kept.append(BaselineEntry(**{**e.__dict__, "count": keep}))
    return Baseline(kept, baseline.path), dropped

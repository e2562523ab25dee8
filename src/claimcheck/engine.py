"""ingest → nlp → link → checks → Report: the one function each command calls.

The nlp pass streams: articles are read lazily and run through ``nlp.pipe`` in batches,
so memory stays flat in corpus size; with ``jobs`` above one, worker processes each run
their own nlp object and send back claims (see ``_extract_parallel``).
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claimcheck.baseline import filter_new, load_baseline
from claimcheck.checks import ALL_CHECKS, get_rule
from claimcheck.checks.base import CheckContext
from claimcheck.config import Config
from claimcheck.errors import ConfigError, InputError
from claimcheck.ingest import Skipped, iter_articles, read_text_article
from claimcheck.link import link_claims
from claimcheck.models import (
    Article,
    Claim,
    Finding,
    Registry,
    Report,
    Severity,
    Summary,
    Verification,
)
from claimcheck.nlp.claims import article_claims
from claimcheck.nlp.pipeline import get_nlp
from claimcheck.suppress import apply_suppressions

#: articles sent to each worker at a time when ``jobs`` > 1
PARALLEL_WINDOW = 16


@dataclass
class Extracted:
    """One article after the nlp pass: its claims and (for ``--all``) its non-claims."""

    article: Article
    claims: list[Claim]
    others: list[Claim] = field(default_factory=list)


@dataclass
class Input:
    """What to read: paths, and optionally one text from stdin with the name to report."""

    paths: list[Path] = field(default_factory=list)
    stdin_text: str | None = None
    stdin_name: str = "<stdin>"
    ignore: list[str] = field(default_factory=list)
    #: apply ``ignore`` to files named one by one too (a pre-commit hook names staged files)
    force_exclude: bool = False


def _articles(source: Input, warnings: list[str]) -> Iterator[Article]:
    """The readable articles; an InputError when every one named was skipped, since a scan
    of nothing must not pass in CI as a clean one."""
    read = source.stdin_text is not None
    if source.stdin_text is not None:
        yield read_text_article(source.stdin_text, source.stdin_name)
    skipped: list[str] = []
    for item in iter_articles(source.paths, ignore=source.ignore, force_exclude=source.force_exclude):
        if isinstance(item, Skipped):
            skipped.append(f"{item.path}: {item.reason}")
            warnings.append(f"{item.path}: skipped: {item.reason}")
            continue
        read = True
        warnings.extend(item.warnings)
        yield item
    if skipped and not read:
        raise InputError(f"no readable article: {'; '.join(skipped)}")


def extract(
    source: Input, *, model: str | None = None, jobs: int = 1, include_all: bool = False,
    warnings: list[str] | None = None,
) -> Iterator[Extracted]:
    """Stream articles through the nlp pass; unreadable files become warnings, not failures."""
    sink = warnings if warnings is not None else []
    articles = _articles(source, sink)
    if jobs > 1:
        yield from _extract_parallel(articles, model, jobs, include_all)
        return
    nlp = get_nlp(model)
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=16):
        claims, others = article_claims(article, doc, include_all)
        yield Extracted(article=article, claims=claims, others=others)


def _analyse(job: tuple[Article, str | None, bool]) -> tuple[list[Claim], list[Claim]]:
    """One article in a worker process: the worker's own nlp object, claims as models."""
    article, model, include_all = job
    return article_claims(article, get_nlp(model)(article.text), include_all)


def _extract_parallel(
    articles: Iterator[Article], model: str | None, jobs: int, include_all: bool,
) -> Iterator[Extracted]:
    """``jobs`` worker processes, each with its own nlp object, sending back claims (plain
    pydantic models) rather than docs, whose extensions spaCy cannot serialise. Articles go
    out in windows of ``PARALLEL_WINDOW`` per worker, so memory stays flat in corpus size
    and the order is the input's."""
    with multiprocessing.get_context().Pool(jobs) as pool:
        while window := list(itertools.islice(articles, jobs * PARALLEL_WINDOW)):
            done = pool.map(_analyse, [(a, model, include_all) for a in window], chunksize=4)
            for article, (claims, others) in zip(window, done, strict=True):
                yield Extracted(article=article, claims=claims, others=others)


def _severity_for(config: Config) -> dict[str, Severity | None]:
    """Config severities keyed by canonical rule name (None = rule switched off)."""
    out: dict[str, Severity | None] = {}
    for key, value in config.severity.items():
        try:
            name = get_rule(key).name
        except KeyError as exc:
            where = config.source.name if config.source else "config"
            raise ConfigError(f"{where}: [tool.claimcheck.severity] {exc}") from None
        out[name] = None if value == "off" else Severity(value)
    return out


def run_checks(
    ctx: CheckContext, config: Config
) -> tuple[list[Finding], list[Verification]]:
    overrides = _severity_for(config)
    findings: list[Finding] = []
    verifications: list[Verification] = []
    for check in ALL_CHECKS:
        name = check.info.name
        if name in overrides and overrides[name] is None:
            continue
        for result in check.run(ctx):
            if isinstance(result, Verification):
                verifications.append(result)
                continue
            level = overrides.get(name)
            findings.append(result.model_copy(update={"severity": level}) if level else result)
    return findings, verifications


def _summary(report: Report, skipped: list[str]) -> Summary:
    linked = sum(1 for link in report.links if link.record_id)
    by_sev = Counter(f.severity.value for f in report.findings)
    return Summary(
        articles=len(report.articles),
        claims=len(report.claims),
        linked=linked,
        unsourced=sum(1 for f in report.findings if f.rule == "unsourced-figure"),
        findings={s.value: by_sev.get(s.value, 0) for s in Severity},
        skipped=skipped,
    )


def scan(
    source: Input, registry: Registry, config: Config, *, baseline: Path | None = None,
    today: date | None = None,
) -> Report:
    """The main job: every claim linked, every check run, suppressions and baseline applied."""
    warnings: list[str] = []
    known_findings = load_baseline(baseline) if baseline is not None else None  # a bad one fails first
    articles: list[Article] = []
    claims: list[Claim] = []
    for item in extract(source, model=config.model, jobs=config.jobs, warnings=warnings):
        articles.append(item.article)
        claims.extend(item.claims)
    links = link_claims(claims, registry)
    ctx = CheckContext(
        claims=claims,
        links=links,
        registry=registry,
        articles={a.path: a for a in articles},
        today=today or date.today(),
        stale_after_days=config.stale_after_days,
    )
    findings, verifications = run_checks(ctx, config)
    result = apply_suppressions(findings, articles, lambda key: get_rule(key).name, claims=claims)
    findings = sorted(
        [*result.kept, *result.unused],
        key=lambda f: (f.position.path, f.position.start, f.code),
    )
    suppressed = list(result.suppressed)
    if known_findings is not None:
        new, known = filter_new(findings, known_findings)
        findings, suppressed = new, [*suppressed, *known]
    report = Report(
        articles=articles,
        registry=registry,
        claims=claims,
        links=[links[c.id] for c in claims if c.id in links],
        findings=findings,
        verifications=verifications,
        suppressed=suppressed,
        warnings=warnings,
    )
    skipped = [w for w in warnings if ": skipped: " in w]
    report.summary = _summary(report, skipped)
    return report


def exit_code_for(findings: Iterable[Finding], fail_level: str) -> int:
    """0 when nothing reaches the fail level, 1 otherwise (2 is raised as an error)."""
    if fail_level == "never":
        return 0
    threshold = Severity(fail_level).rank
    return 1 if any(f.severity.rank >= threshold for f in findings) else 0

"""Linking benchmark: 10,000 synthetic records × 100,000 synthetic claims, deterministic.

Run: ``.venv/bin/python bench/linking.py [--records N] [--claims N] [--extract-sample N]``.

It reports linking time, throughput and accuracy on the synthetic set (each claim is made
from a known record, or from nothing), then times extraction (the nlp pass) over a sample
of synthetic article text and reports linking time / extraction time for the same number
of claims. The nlp part is optional: when the pass is not importable it says so.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence

from claimcheck.link import link_claims
from claimcheck.link_index import LinkIndex
from claimcheck.models import (
    Attribution,
    Claim,
    Interval,
    Kind,
    Person,
    Position,
    Quantity,
    Record,
    Registry,
    Source,
)

NOUNS = ("children babies families pupils teachers nurses referrals assessments plans "
         "councils schools hospitals patients carers adoptions placements inquiries "
         "applications households tenants workers apprentices offenders victims visits "
         "appointments beds vacancies loans grants").split()
MODIFIERS = ("vulnerable looked-after disabled homeless young older local rural urban "
             "primary secondary emergency temporary permanent statutory early-help "
             "child-protection foster residential mental-health special-needs excluded "
             "persistent absent new repeat").split()
TAILS = ("in need", "in care", "on waiting lists", "at risk of harm", "living at home",
         "referred to social services", "closed with no further action", "in temporary housing",
         "excluded from school", "waiting more than a year", "placed out of area",
         "supported by early help", "assessed by councils", "in the youth justice system")
PLACES = ("England", "Wales", "Scotland", "London", "Yorkshire", "the North East")
FAMILIES = ((Kind.COUNT, None, None), (Kind.PERCENT, "%", None), (Kind.MONEY, "GBP", None),
            (Kind.RATE, None, "day"), (Kind.CHANGE, "%", None))
FILLER = ("the latest figures show", "according to the report", "officials said",
          "a new analysis found", "campaigners warned", "data published today reveal")


def make_registry(n: int, rng: random.Random) -> Registry:
    people = [Person(id=f"person-{i}", name=f"Speaker{i} Surname{i % 97}") for i in range(200)]
    sources = [Source(id=f"source-{i}", title=f"Report number {i} on {rng.choice(NOUNS)}",
                      publisher=f"Organisation {i % 50}") for i in range(500)]
    figures: list[Record] = []
    for i in range(n):
        kind, unit, per = FAMILIES[i % len(FAMILIES)]
        subject = " ".join([rng.choice(MODIFIERS), rng.choice(MODIFIERS), rng.choice(NOUNS),
                            rng.choice(TAILS), f"cohort{i // 3}"])
        value = float(rng.randint(10, 900_000))
        if kind == Kind.PERCENT or kind == Kind.CHANGE:
            value = float(rng.randint(1, 99))
        figures.append(Record(
            id=f"fig-{i}", subject=subject, value=value, kind=kind, unit=unit, per=per,
            as_of=str(rng.randint(2010, 2020)), place=rng.choice(PLACES),
            source=f"source-{rng.randrange(500)}", speaker=f"person-{rng.randrange(200)}",
        ))
    return Registry(people=people, sources=sources, figures=figures)


def make_claims(reg: Registry, n: int, rng: random.Random) -> tuple[list[Claim], list[str | None]]:
    """Claims paraphrasing a known record (85%) or about nothing in the registry (15%)."""
    claims: list[Claim] = []
    truth: list[str | None] = []
    for i in range(n):
        if rng.random() < 0.85:
            r = reg.figures[rng.randrange(len(reg.figures))]
            words = r.subject.split()
            keep = [w for w in words if rng.random() < 0.8] or words[:2]
            subject = " ".join(keep)
            head = next((w for w in keep if w in NOUNS), keep[-1])
            value = (r.value or 1) * rng.choice((1.0, 1.0, 1.02, 0.5, 1000.0))
            kind, unit, per = r.kind, r.unit, r.per
            speaker = reg.person(r.speaker).name if r.speaker and rng.random() < 0.4 else None
            want: str | None = r.id
        else:
            subject = " ".join([rng.choice(MODIFIERS), "widgets", "sold", "abroad"])
            kind, unit, per = FAMILIES[i % len(FAMILIES)]
            value, speaker, want = float(rng.randint(1, 1000)), None, None
            head = "widgets"
        surface = f"{value:,.0f}"
        sentence = f"{rng.choice(FILLER).capitalize()} that {surface} {subject}."
        start = sentence.find(surface)
        pos = Position(path=f"article-{i // 20}.txt", line=1, column=start + 1, end_line=1,
                       end_column=start + len(surface) + 1, start=start,
                       end=start + len(surface))
        q = Quantity(surface=surface, start=start, end=start + len(surface), kind=kind,
                     value=value, interval=Interval.point(value), unit=unit, per=per)
        claims.append(Claim(id=f"c{i}", position=pos, quantity=q, sentence=sentence,
                            subject=subject, subject_head=head,
                            attribution=Attribution(speaker=speaker,
                                                    method="sentence" if speaker else "none")))
        truth.append(want)
    return claims, truth


def time_linking(reg: Registry, claims: list[Claim], truth: Sequence[str | None]
                 ) -> tuple[float, float, float]:
    t0 = time.perf_counter()
    index = LinkIndex(reg)
    t1 = time.perf_counter()
    links = link_claims(claims, reg, index=index)
    t2 = time.perf_counter()
    right = sum(1 for c, want in zip(claims, truth, strict=True)
                if links[c.id].record_id == want)
    return t1 - t0, t2 - t1, right / len(claims)


def time_extraction(claims: list[Claim], sample: int) -> tuple[float, int] | str:
    """Seconds per extracted claim over a synthetic corpus; a message when nlp is missing."""
    try:
        from claimcheck.nlp.pipeline import build_nlp
    except Exception as exc:  # the nlp pass may not be importable yet
        return f"nlp pass not available ({type(exc).__name__}: {exc})"
    try:
        nlp = build_nlp()
    except Exception as exc:
        return f"nlp pass cannot be built ({type(exc).__name__}: {exc})"
    texts = [" ".join(c.sentence for c in claims[i:i + 20])
             for i in range(0, min(sample, len(claims)), 20)]
    t0 = time.perf_counter()
    found = 0
    for doc in nlp.pipe(texts, batch_size=16):
        found += len(getattr(doc._, "quantities", []) or []) if doc.has_extension(
            "quantities") else 0
    elapsed = time.perf_counter() - t0
    return elapsed, max(found, min(sample, len(claims)))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--extract-sample", type=int, default=4_000,
                    help="claims' sentences run through the nlp pass (extrapolated)")
    ap.add_argument("--seed", type=int, default=20180131)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    reg = make_registry(args.records, rng)
    claims, truth = make_claims(reg, args.claims, rng)
    index_s, link_s, acc = time_linking(reg, claims, truth)
    out = sys.stdout
    out.write(f"records {args.records:,}  claims {args.claims:,}\n")
    out.write(f"index build     {index_s:8.2f} s\n")
    out.write(f"linking         {link_s:8.2f} s  ({args.claims / link_s:,.0f} claims/s)\n")
    out.write(f"synthetic accuracy {acc:.3f} (right record, or none when none fits)\n")
    ext = time_extraction(claims, args.extract_sample) if args.extract_sample > 0 \
        else "--extract-sample 0"
    if isinstance(ext, str):
        out.write(f"extraction      skipped: {ext}\n")
        return 0
    seconds, n = ext
    per_claim = seconds / n
    full = per_claim * args.claims
    out.write(f"extraction      {seconds:8.2f} s for {n:,} claims "
              f"(≈{full:,.1f} s for {args.claims:,}, extrapolated)\n")
    out.write(f"ratio linking/extraction {(index_s + link_s) / full:.2f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

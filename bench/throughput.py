"""Throughput of the number grammar against bare spaCy tokenisation, and memory flatness.

Usage: python bench/throughput.py [--articles N] [--full] [--seed S] [--rounds R]

Synthetic articles are made deterministically from ``corpus/*.txt`` (paragraphs shuffled,
figures perturbed) and streamed from a generator, so memory should not grow with N; peak RSS
is reported after a small and a full-size run to show that.

Each pipeline is timed in CPU time of this process, in ``R`` interleaved rounds (baseline,
numbers, full, baseline, ...), and its best round is kept: other work on the machine then
slows every pipeline alike instead of skewing the ratio. Time spent generating the articles
is measured separately and taken out, so the ratio compares the pipelines alone.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language

from claimcheck.nlp.pipeline import build_nlp

ROOT = Path(__file__).resolve().parent.parent
_DIGITS = re.compile(r"\d[\d,]*")


def paragraphs() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        out.extend(p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
    return out


def articles(n: int, seed: int) -> Iterator[str]:
    """``n`` synthetic articles: 8-20 shuffled paragraphs with every figure nudged."""
    rng = random.Random(seed)
    paras = paragraphs()

    def nudge(m: re.Match[str]) -> str:
        digits = m.group().replace(",", "")
        value = max(1, int(int(digits) * rng.uniform(0.5, 1.5)))
        return f"{value:,}" if "," in m.group() else str(value)

    for _ in range(n):
        picked = rng.sample(paras, k=min(len(paras), rng.randint(8, 20)))
        yield _DIGITS.sub(nudge, "\n\n".join(picked))


def words_per_second(nlp: Language, n: int, seed: int) -> float:
    """Words per CPU second of ``nlp`` alone (article generation is timed and taken out)."""
    texts_time = time.process_time()
    for _ in articles(n, seed):
        pass
    texts_time = time.process_time() - texts_time
    words, start = 0, time.process_time()
    for doc in nlp.pipe(articles(n, seed), batch_size=64):
        words += len(doc)
    return words / max(1e-9, time.process_time() - start - texts_time)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--full", action="store_true", help="also time build_nlp() (full extraction)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best is kept")
    args = ap.parse_args(argv)
    blank = spacy.blank("en")
    numbers = build_nlp(numbers_only=True)
    full = build_nlp() if args.full else None
    small = max(200, args.articles // 10)
    for nlp in (blank, numbers, full):  # warm each vocabulary and tokenizer cache alike
        if nlp is not None:
            words_per_second(nlp, small, args.seed + 1)
    rss_small = peak_rss_mb()
    runs: dict[str, list[float]] = {"blank": [], "numbers": [], "full": []}
    for _ in range(max(1, args.rounds)):
        runs["blank"].append(words_per_second(blank, args.articles, args.seed))
        runs["numbers"].append(words_per_second(numbers, args.articles, args.seed))
        if full is not None:
            runs["full"].append(words_per_second(full, args.articles, args.seed))
    rss_full = peak_rss_mb()
    base, ours = max(runs["blank"]), max(runs["numbers"])
    print(f"articles: {args.articles} (seed {args.seed}), best of {args.rounds} rounds, CPU time")
    print(f"spacy.blank('en') tokenisation: {base:12,.0f} words/s")
    print(f"numbers pipeline:               {ours:12,.0f} words/s")
    print(f"ratio (numbers / blank):        {ours / base:12.2f}  (target >= 0.5)")
    if full is not None:
        rate = max(runs["full"])
        print(f"full pipeline:                  {rate:12,.0f} words/s")
        print(f"ratio (full / blank):           {rate / base:12.2f}  (target >= 0.3)")
    print(f"peak RSS after {small} articles: {rss_small:8.1f} MB")
    print(f"peak RSS after {args.articles} articles x{args.rounds} rounds: {rss_full:8.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

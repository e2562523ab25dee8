"""Throughput of the number grammar against bare spaCy tokenisation, and memory flatness.

Usage: python bench/throughput.py [--articles N] [--full] [--seed S]

Synthetic articles are made deterministically from ``corpus/*.txt`` (paragraphs shuffled,
figures perturbed) and streamed from a generator, so memory should not grow with N; peak RSS
is reported after a small and a full-size run to show that.
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
    words, start = 0, time.perf_counter()
    for doc in nlp.pipe(articles(n, seed), batch_size=64):
        words += len(doc)
    return words / (time.perf_counter() - start)


def numbers_pipeline() -> tuple[Language, object]:
    """build_nlp(numbers_only=True), or the same two components by hand while pipeline.py
    cannot import yet (other stages still missing)."""
    try:
        from claimcheck.nlp.pipeline import build_nlp

        return build_nlp(numbers_only=True), build_nlp
    except ImportError:
        import claimcheck.nlp.numbers  # noqa: F401
        import claimcheck.nlp.segment  # noqa: F401

        nlp = spacy.blank("en")
        nlp.add_pipe("claimcheck_segmenter")
        nlp.add_pipe("claimcheck_numbers")
        return nlp, None


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--full", action="store_true", help="also time build_nlp() (full extraction)")
    args = ap.parse_args(argv)
    blank = spacy.blank("en")
    numbers, build_nlp = numbers_pipeline()
    small = max(200, args.articles // 10)
    words_per_second(numbers, small, args.seed)
    rss_small = peak_rss_mb()
    base = words_per_second(blank, args.articles, args.seed)
    ours = words_per_second(numbers, args.articles, args.seed)
    rss_full = peak_rss_mb()
    print(f"articles: {args.articles} (seed {args.seed})")
    print(f"spacy.blank('en') tokenisation: {base:12,.0f} words/s")
    print(f"numbers pipeline:               {ours:12,.0f} words/s")
    print(f"ratio (numbers / blank):        {ours / base:12.2f}  (target >= 0.5)")
    if args.full and build_nlp is None:
        print("full pipeline: not available (pipeline.py cannot import its stages yet)")
    elif args.full:
        try:
            full = build_nlp()  # type: ignore[operator]
            rate = words_per_second(full, args.articles, args.seed)
            print(f"full pipeline:                  {rate:12,.0f} words/s  ratio {rate / base:.2f}")
        except (ImportError, ValueError) as exc:
            print(f"full pipeline: not available ({exc})")
    print(f"peak RSS after {small} articles: {rss_small:8.1f} MB")
    print(f"peak RSS after {args.articles} articles x3 runs: {rss_full:8.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

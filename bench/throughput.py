"""Throughput of the number grammar against bare spaCy tokenisation, and memory flatness.

Usage: python bench/throughput.py [--articles N] [--full] [--seed S] [--rounds R] [--budget]
                                 [--components]

Synthetic articles are made deterministically from ``corpus/*.txt`` (paragraphs shuffled,
figures perturbed) and streamed from a generator, so memory should not grow with N; peak RSS
is reported after a small and a full-size run to show that.

Each pipeline is timed in CPU time of this process, in ``R`` interleaved rounds (baseline,
numbers, full, baseline, ...), and its best round is kept: other work on the machine then
slows every pipeline alike instead of skewing the ratio. Time spent generating the articles
is measured separately and taken out, so the ratio compares the pipelines alone.

``--budget`` shows why the targets are or are not within reach of the current design: the
time per figure that the components may spend at each target ratio, next to what the grammar
spends per figure and what two unavoidable parts of its design cost on their own (tokenising
the window around a figure into Python tokens, and making the figure's model).

``--components`` times the full pipeline stage by stage (the tokeniser, then each component
over the docs the stage before made), per article, against what each target leaves for all
the components together: the one table that says where a speed-up has to come from.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language

from claimcheck.models import Interval, Kind, Quantity
from claimcheck.nlp import grammar
from claimcheck.nlp.grammar import scan
from claimcheck.nlp.numparse import Tok, tokenize_starts
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


def _best_seconds(work: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def budget(blank: Language, n: int, seed: int, rounds: int) -> None:
    """Print the per-figure time budget at each target and what the grammar's parts cost."""
    texts = list(articles(n, seed))
    windows: list[tuple[str, int, int | None]] = []  # the token windows the scanner asks for

    def recording(text: str, start: int = 0, end: int | None = None) -> tuple[list[Tok], list[int]]:
        windows.append((text, start, end))
        return tokenize_starts(text, start, end)

    grammar.tokenize_starts = recording  # type: ignore[attr-defined]
    try:
        found = [scan(t) for t in texts]
    finally:
        grammar.tokenize_starts = tokenize_starts  # type: ignore[attr-defined]
    figures = sum(len(qs) for qs in found)
    t_blank = _best_seconds(lambda: [len(d) for d in blank.pipe(texts)], rounds)
    t_scan = _best_seconds(lambda: [scan(t) for t in texts], rounds)
    t_win = _best_seconds(lambda: [tokenize_starts(t, a, b) for t, a, b in windows], rounds)
    t_model = _best_seconds(lambda: [
        Quantity(surface=t[q.start:q.end], start=q.start, end=q.end, kind=Kind.COUNT, value=1.0,
                 interval=Interval(low=1.0, high=2.0), precision=1.0)
        for t, qs in zip(texts, found) for q in qs], rounds)
    per = 1e6 / max(1, figures)
    print(f"budget over {n} articles, {figures / n:.1f} figures per article (CPU time, best of {rounds})")
    print(f"  spaCy tokenisation per article:      {1e3 * t_blank / n:8.3f} ms")
    for target in (0.5, 0.3):
        allowed = t_blank * (1 / target - 1)
        print(f"  components may spend at ratio {target}:   {allowed * per:8.1f} us per figure")
    print(f"  number grammar spends:               {t_scan * per:8.1f} us per figure")
    print(f"    of which its token windows:        {t_win * per:8.1f} us per figure")
    print(f"    and one Quantity model alone:      {t_model * per:8.1f} us per figure")


def components(nlp: Language, n: int, seed: int, rounds: int) -> None:
    """Print each stage's CPU time per article (best of ``rounds``) and the targets' allowance."""
    texts = list(articles(n, seed))
    best: dict[str, float] = {}
    for _ in range(rounds):
        start = time.process_time()
        docs = [nlp.tokenizer(t) for t in texts]
        best["tokenizer"] = min(best.get("tokenizer", float("inf")), time.process_time() - start)
        for name, proc in nlp.pipeline:
            start = time.process_time()
            docs = [proc(d) for d in docs]
            best[name] = min(best.get(name, float("inf")), time.process_time() - start)
    words = sum(len(d) for d in docs)
    per = 1e6 / n
    print(f"stages over {n} articles, {words / n:.0f} words per article (CPU time, best of {rounds})")
    for name, seconds in best.items():
        print(f"  {name:28s} {seconds * per:9.1f} us per article")
    spent = sum(v for k, v in best.items() if k != "tokenizer")
    print(f"  {'all components':28s} {spent * per:9.1f} us per article")
    for label, target in (("numbers pipeline at 0.5", 0.5), ("full pipeline at 0.3", 0.3)):
        print(f"  {label + ' may spend':28s} {best['tokenizer'] * (1 / target - 1) * per:9.1f} us per article")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--full", action="store_true", help="also time build_nlp() (full extraction)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best is kept")
    ap.add_argument("--budget", action="store_true",
                    help="only print the per-figure time budget and what the grammar's parts cost")
    ap.add_argument("--components", action="store_true",
                    help="only print each pipeline stage's time per article")
    args = ap.parse_args(argv)
    if args.components:
        components(build_nlp(), min(args.articles, 1000), args.seed, max(1, args.rounds))
        return 0
    blank = spacy.blank("en")
    if args.budget:
        budget(blank, min(args.articles, 1000), args.seed, max(1, args.rounds))
        return 0
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

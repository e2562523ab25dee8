"""How a whole scan grows with the corpus: CPU time of ``engine.scan`` at several sizes.

Usage: python bench/scan_scale.py [--sizes 50,100,200] [--seed S]

The consistency rules (CC202-CC204) hold figures against each other across the corpus, so a
scan can grow faster than the nlp pass. Articles come from ``bench/throughput.py`` (seed
paragraphs shuffled, figures nudged: one subject throughout, the worst case for pairing,
since every figure shares its head with many others), written to a temporary folder and
scanned against ``claims.yaml`` as the CLI would. Each size prints CPU seconds for the nlp
pass and for the whole scan, per article, and the figure pairs the consistency rules looked
at; per-article time that stays level as the corpus doubles means the scan is linear.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from throughput import articles  # noqa: E402

from claimcheck.checks.base import CheckContext  # noqa: E402
from claimcheck.checks.compare import fig_pairs, figs  # noqa: E402
from claimcheck.config import Config  # noqa: E402
from claimcheck.engine import Input, extract, scan  # noqa: E402
from claimcheck.link import link_claims  # noqa: E402
from claimcheck.registry.loader import load_registry  # noqa: E402


def measure(n: int, seed: int) -> tuple[float, float, int, int]:
    registry = load_registry(ROOT / "claims.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(articles(n, seed)):
            path = Path(tmp) / f"a{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        start = time.process_time()
        claims = [c for ex in extract(Input(paths=paths)) for c in ex.claims]
        nlp = time.process_time() - start
        start = time.process_time()
        scan(Input(paths=paths), registry, Config(), today=date(2026, 12, 1))
        whole = time.process_time() - start
    ctx = CheckContext(claims=claims, links=link_claims(claims, registry), registry=registry)
    return nlp, whole, len(figs(ctx)), sum(1 for _ in fig_pairs(ctx))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,100,200")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    print(f"{'articles':>8} {'figures':>8} {'pairs':>10} {'all pairs':>10} "
          f"{'nlp ms/art':>11} {'scan ms/art':>12}")
    for n in (int(x) for x in args.sizes.split(",")):
        nlp, whole, nfig, npairs = measure(n, args.seed)
        print(f"{n:8d} {nfig:8d} {npairs:10d} {nfig * (nfig - 1) // 2:10d} "
              f"{1e3 * nlp / n:11.1f} {1e3 * whole / n:12.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

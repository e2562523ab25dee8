"""Score the number grammar against other projects' public test suites.

Usage: python bench/peer_suites.py [--suites DIR] [--misses SUITE]

Per suite: recall of expected values (an expected item counts when a recognised item of a
compatible scope overlaps its span, or for whole-input / value-only cases appears anywhere,
and its value matches with relative tolerance 1e-6; ranges compare low and high) and, where
the suite lists every number in its scope, precision. Conventions are in the suites' README.

Representation differences the scorer bridges (each follows a documented rule, none a string):
a range we widen by our own 'around' band ("about $10-$20" → [9, 22]) is compared after undoing
that band; a vague quantity ("a few" = [2, 6)) answers a value that lies inside its interval;
quantulum's dozen-type units count 1 per unit (README "quirks"), so 1 dozen is compared as 12;
an amount the suites give in a minor or coin unit ("2 satoshis" = 2 Satoshi, "3 dimes" = 3 dime)
is compared in the major unit we report (BTC 2e-8, USD 0.30) by that unit's fixed factor — the
same bridge as for cents, since README §1/§2 keep the source's unit verbatim; unit names match
case-insensitively; a from-to pair we read as a change ("reduced from 44 mg to 50 mg") answers
a range by the stated ends of its two figures.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.models import Interval, Kind, Quantity

ROOT = Path(__file__).resolve().parent.parent
TARGETS = (
    "recognizers-number", "recognizers-numberrange", "recognizers-percent", "recognizers-currency",
    "duckling-numeral", "duckling-money", "quantulum3-en", "quantulum3-spellout", "numerizer",
)
INFO = ("recognizers-ordinal", "duckling-ordinal", "recognizers-dimension", "recognizers-age",
        "recognizers-temperature", "duckling-quantity")
#: suites whose expected lists hold every figure in scope, so precision means something
EXHAUSTIVE = frozenset({"recognizers-number", "recognizers-percent", "recognizers-currency",
                        "recognizers-numberrange", "quantulum3-en", "quantulum3-spellout",
                        "numerizer"})
#: minor and coin units per major unit: an amount in these is compared after scaling ours
MINOR_UNITS = {"cent": 100.0, "cents": 100.0, "pence": 100.0, "penny": 100.0, "dime": 10.0,
               "dimes": 10.0, "nickel": 20.0, "nickels": 20.0, "satoshi": 1e8, "satoshis": 1e8}
#: quantulum counts dozen-type units as 1 of the unit ("a dozen" = 1 dozen); we give the count
COUNT_UNITS = {"dozen": 12.0, "gross": 144.0, "baker's dozen": 13.0}
#: our documented 'around' band (hedges.json bands.around_rel); a hedged range widens both ends
AROUND_REL = 0.10


def recogniser() -> Callable[[str], list[Quantity]]:
    """The numbers-only pipeline; falls back to a bare pipeline while other stages are missing."""
    try:
        from claimcheck.nlp.numbers import recognise

        recognise("1")
        return recognise
    except ImportError:
        import spacy

        import claimcheck.nlp.numbers  # noqa: F401  (registers the factory)

        nlp = spacy.blank("en")
        nlp.add_pipe("claimcheck_numbers")
        return lambda text: list(nlp(text)._.quantities)


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def in_scope(q: Quantity, kind: str) -> bool:
    """Can this recognised item answer an expected item of ``kind``?"""
    if kind == "percent":
        return q.kind in (Kind.PERCENT, Kind.CHANGE, Kind.RATIO) or q.unit == "%"
    if kind == "currency":
        return q.kind in (Kind.MONEY, Kind.CHANGE, Kind.RANGE) or q.unit is not None
    if kind == "ordinal":
        return q.kind in (Kind.ORDINAL, Kind.DATE)
    if kind == "range":
        return q.kind in (Kind.RANGE, Kind.CHANGE) or q.qualifier is not None
    return True


def _stated(iv: Interval) -> float | None:
    """The stated figure behind a closed rounding or hedge band (its midpoint)."""
    if iv.low is None or iv.high is None:
        return None
    return (iv.low + iv.high) / 2


def value_match(q: Quantity, item: dict[str, Any]) -> bool:
    """Value as stated (or both ends for ranges), with the suites' unit conventions."""
    if item["kind"] == "range" and item["value"] is None:
        lo, hi = q.interval.low, q.interval.high
        exp_lo, exp_hi = item["low"], item["high"]
        lo_ok = close(lo, exp_lo) or (exp_lo is None and lo in (None, 0.0))
        hi_ok = close(hi, exp_hi)
        if not (lo_ok and hi_ok) and q.kind == Kind.RANGE and q.note == "around" \
                and exp_lo is not None and exp_hi is not None:
            # the suites give a hedged range's stated ends; undo our documented ±10% band
            lo_ok = close(lo, exp_lo * (1 - AROUND_REL))
            hi_ok = close(hi, exp_hi * (1 + AROUND_REL))
        if not (lo_ok and hi_ok) and q.change is not None and q.change.from_value and q.change.to_value:
            # 'from 44 mg to 50 mg' as a change spans the stated ends of its two figures
            ends = sorted(filter(None, (_stated(q.change.from_value), _stated(q.change.to_value))))
            return len(ends) == 2 and close(ends[0], exp_lo) and close(ends[1], exp_hi)
        return lo_ok and hi_ok
    want = item["value"]
    if want is None:
        return q.value is None
    if q.kind == Kind.VAGUE and q.value is None:
        return q.interval.contains(want)  # 'a few' = 3 lies in [2, 6)
    unit = (item.get("unit") or "").lower()
    if unit in COUNT_UNITS:
        want *= COUNT_UNITS[unit]
    candidates = [q.value]
    if q.kind == Kind.RATIO and q.value is not None:
        candidates.append(q.value * 100)
    if q.kind == Kind.RATE and q.per_amount and q.per_amount != 1:
        candidates.append(q.per_amount)
    if unit in MINOR_UNITS and q.value is not None:
        candidates.append(q.value * MINOR_UNITS[unit])
    return any(close(c, want) for c in candidates if c is not None)


def overlaps(q: Quantity, item: dict[str, Any], anywhere: bool) -> bool:
    if anywhere or item.get("start") is None:
        return True
    return q.start < item["end"] and item["start"] < q.end


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None


def cases(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def score_suite(path: Path, rec: Callable[[str], list[Quantity]], suite: str,
                misses: list[str] | None) -> Score:
    sc = Score()
    scope = {"recognizers-percent": "percent", "recognizers-currency": "currency",
             "duckling-money": "currency", "recognizers-numberrange": "range",
             "recognizers-ordinal": "ordinal", "duckling-ordinal": "ordinal"}.get(suite)
    for case in cases(path):
        found = rec(case["text"])
        expected = case["expected"]
        if expected is None:
            continue
        anywhere = case.get("match") == "full_input"
        for item in expected:
            if item["value"] is None and item["kind"] != "range":
                continue  # "a small percent": no value to find
            sc.expected += 1
            kind = "currency" if item["kind"] == "currency" and item.get("unit") != "Unnamed" else (
                item["kind"] if item["kind"] in ("percent", "range", "ordinal") else "number")
            if any(in_scope(q, kind) and overlaps(q, item, anywhere) and value_match(q, item) for q in found):
                sc.found += 1
            elif misses is not None:
                misses.append(f"{case['id']}: {case['text'][:90]!r} want {item['surface']!r}="
                              f"{item['value'] if item['value'] is not None else (item['low'], item['high'])}"
                              f" got {[(q.surface, q.value, q.kind.value) for q in found]}")
        if suite in EXHAUSTIVE and case.get("complete") is not False:
            for q in found:
                if q.value is None and q.kind != Kind.RANGE:
                    continue
                if scope and not in_scope(q, scope):
                    continue
                if scope is None and not q.is_claim and q.kind not in (Kind.YEAR, Kind.ORDINAL, Kind.LABEL):
                    continue
                sc.predicted += 1
                if any(overlaps(q, it, anywhere) and value_match(q, it) for it in expected
                       if it["value"] is not None or it["kind"] == "range"):
                    sc.correct += 1
    return sc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suites", type=Path, default=ROOT.parent / "shared" / "peer-suites",
                    help="folder of *-en.jsonl peer suites (default: ../shared/peer-suites)")
    ap.add_argument("--misses", help="print the misses of this suite")
    args = ap.parse_args(argv)
    if not args.suites.is_dir():
        print(f"error: peer suites folder not found: {args.suites} (use --suites DIR)", file=sys.stderr)
        return 2
    rec = recogniser()
    total = Score()
    print(f"{'suite':28} {'expected':>8} {'found':>6} {'recall':>7} {'precision':>9}")
    worst = 1.0
    for group, names in (("target", TARGETS), ("info", INFO)):
        for name in names:
            path = args.suites / f"{name}-en.jsonl" if not name.endswith("-en") else args.suites / f"{name}.jsonl"
            if not path.exists():
                print(f"{name:28} missing")
                continue
            misses: list[str] | None = [] if args.misses == name else None
            sc = score_suite(path, rec, name, misses)
            prec = "-" if sc.precision is None else f"{sc.precision:.3f}"
            tag = "" if group == "target" else "  (info)"
            print(f"{name:28} {sc.expected:8d} {sc.found:6d} {sc.recall:7.3f} {prec:>9}{tag}")
            if group == "target":
                total.expected += sc.expected
                total.found += sc.found
                total.predicted += sc.predicted
                total.correct += sc.correct
                worst = min(worst, sc.recall)
            for m in misses or []:
                print("   MISS", m)
    prec = "-" if total.precision is None else f"{total.precision:.3f}"
    print(f"{'OVERALL (9 targets)':28} {total.expected:8d} {total.found:6d} {total.recall:7.3f} {prec:>9}")
    print(f"lowest target recall: {worst:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

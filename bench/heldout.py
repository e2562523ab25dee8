"""Score the nlp pass on held-out articles: ten news articles written for this check, never
tuned on, each with a hand-written gold file (``bench/heldout/NN.gold.yaml``).

Usage: python bench/heldout.py [--dir bench/heldout] [--errors FILE]

Per article and overall: gold claims, found as claims, and correct values, subject heads,
times, speakers and sources, plus spurious claims (claims on a gold ``not_claims`` surface).
A gold field may list alternatives (null among them). Matching: the output figure whose span
overlaps the gold surface (claims first). Value: within 0.5%, or inside [low, high]. Heads,
times, speakers and sources compare case-, article- and number-insensitively, one containing
the other (names also by a shared word of three letters or more). A field counts only when
the figure is a claim; every rate is over the gold claims.

Keep this set held out: a rule changed because one of these articles failed makes the score
a training score. Add new articles instead, and say which were seen.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from claimcheck.engine import Input, extract
from claimcheck.report.json_format import claim_to_dict

FIELDS = ("found", "value", "subject_head", "time", "speaker", "source")
_STOP = {"the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "its", "their", "dr", "mr",
         "ms", "mrs", "rep", "prof", "professor", "sir", "mp", "msp", "data", "figures", "figure",
         "report", "new", "separate"}


def _alternatives(x: Any) -> list[Any]:
    return x if isinstance(x, list) else [x]


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    pattern = r"(?<![\w.,])" + re.escape(surface) + r"(?!\w|[.,]\d)"
    return [m.span() for m in re.finditer(pattern, text)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _norm(s: str) -> str:
    s = re.sub(r"[\"'\u2019\u2018\u201c\u201d]", "", s.lower().strip())
    return re.sub(r"^(the|a|an)\s+", "", s).strip()


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _contains(gold: Any, got: str | None, words: bool = False, singular: bool = False) -> bool:
    if not got:
        return None in _alternatives(gold)
    o = _norm(got)
    if singular:
        o = " ".join(_singular(w) for w in o.split())
    for g in _alternatives(gold):
        if g is None:
            continue
        gg = _norm(str(g))
        if singular:
            gg = " ".join(_singular(w) for w in gg.split())
        if gg in o or o in gg:
            return True
        if words and _tokens(gg) & _tokens(o):
            return True
    return False


def _tokens(s: str) -> set[str]:
    return {t for t in re.split(r"[^a-z0-9]+", s) if len(t) >= 3 and t not in _STOP}


def _value_ok(gold: Any, fig: dict[str, Any]) -> bool:
    v, lo, hi = fig.get("value"), fig.get("low"), fig.get("high")
    for g in _alternatives(gold):
        if g is None:
            continue
        if v is not None and abs(v - g) <= 0.005 * abs(g) + (1e-12 if g == 0 else 0):
            return True
        if lo is not None and hi is not None and lo <= g <= hi:
            return True
    return False


def score(text: str, figs: list[dict[str, Any]], gold: dict[str, Any], name: str,
          errors: list[dict[str, Any]]) -> dict[str, int]:
    """The counts for one article (``errors`` gets every miss)."""
    res = dict.fromkeys(FIELDS, 0) | {"n": 0, "spurious": 0}
    gold_spans = []
    for g in gold["claims"]:
        found = _spans(text, g["surface"])
        if len(found) < g.get("occurrence", 1):
            raise SystemExit(f"{name}: gold surface not in the text: {g['surface']!r}")
        span = found[g.get("occurrence", 1) - 1]
        gold_spans.append(span)
        res["n"] += 1
        cands = sorted((f for f in figs if _overlap((f["start"], f["end"]), span)),
                       key=lambda f: (not f["is_claim"], -_overlap((f["start"], f["end"]), span),
                                      abs(f["start"] - span[0])))
        fig = cands[0] if cands else None
        ok = dict.fromkeys(FIELDS, False)
        if fig is not None and fig["is_claim"]:
            time = fig.get("time")
            ok = {"found": True, "value": _value_ok(g["value"], fig),
                  "subject_head": _contains(g["subject_head"], fig.get("subject_head"), singular=True),
                  "time": _contains(g["time"], time.get("text") if time else None),
                  "speaker": _contains(g["speaker"], fig.get("speaker"), words=True),
                  "source": _contains(g["source"], fig.get("source"), words=True)}
        for k in FIELDS:
            res[k] += ok[k]
            if not ok[k] and (k == "found" or ok["found"]):
                got = None if fig is None else fig.get(k) if k not in ("found", "time") else \
                    (fig.get("time") or {}).get("text") if k == "time" else f"{fig['kind']}, not a claim"
                errors.append({"article": name, "surface": g["surface"], "field": k,
                               "gold": g.get(k), "got": got})
    bad = [s for t in gold.get("not_claims") or [] for s in _spans(text, t)]
    for f in figs:
        fs = (f["start"], f["end"])
        if f["is_claim"] and any(_overlap(fs, b) for b in bad) and not any(_overlap(fs, s) for s in gold_spans):
            res["spurious"] += 1
            errors.append({"article": name, "surface": f["surface"], "field": "spurious", "gold": None,
                           "got": f["surface"]})
    return res


def _rows(folder: Path) -> Iterable[tuple[Path, list[dict[str, Any]]]]:
    """Each article with every figure the pass finds (as ``claimcheck extract --all`` prints it)."""
    paths = sorted(folder.glob("[0-9][0-9].txt"))
    for item in extract(Input(paths=paths), include_all=True):
        yield Path(item.article.path), [claim_to_dict(c) for c in (*item.claims, *item.others)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=Path(__file__).resolve().parent / "heldout")
    ap.add_argument("--errors", type=Path, help="write every miss here as JSON lines")
    args = ap.parse_args(argv)
    yaml = YAML(typ="safe", pure=True)
    errors: list[dict[str, Any]] = []
    total = dict.fromkeys((*FIELDS, "n", "spurious"), 0)
    print(f"{'article':8}{'gold':>5}" + "".join(f"{k[:7]:>9}" for k in (*FIELDS, "spurious")))
    for path, figs in _rows(args.dir):
        gold = yaml.load(path.with_suffix(".gold.yaml").read_text(encoding="utf-8"))
        res = score(path.read_text(encoding="utf-8"), figs, gold, path.stem, errors)
        total = {k: total[k] + res[k] for k in total}
        print(f"{path.stem:8}{res['n']:>5}" + "".join(f"{res[k]:>9}" for k in (*FIELDS, "spurious")))
    n = max(1, total["n"])
    print(f"{'all':8}{total['n']:>5}" + "".join(f"{total[k]:>9}" for k in (*FIELDS, "spurious")))
    print(f"{'rate':8}{'':>5}" + "".join(f"{total[k] / n:>9.3f}" for k in (*FIELDS, "spurious")))
    if args.errors:
        args.errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The full pipeline against the hand-annotated seed claims (tests/data/gold_seeds.yaml).

Predicted and gold claims match when their spans overlap and their values agree; the
thresholds are the project's bar for the rule-based pass. On failure every mismatch is
printed so a regression is visible at once.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from claimcheck.models import Claim

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold_seeds.yaml"
CORPUS = ROOT / "corpus"
_TITLES = re.compile(r"^(?:mr|mrs|ms|miss|dr|cllr|councillor|prof|professor|sir|dame|the)\s+")
_PER_DAY = {"second": 86400.0, "minute": 1440.0, "hour": 24.0, "day": 1.0, "week": 1 / 7}


def _norm(text: str | None) -> str:
    t = " ".join((text or "").replace("’", "'").lower().split())
    return _TITLES.sub("", t)


def _options(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _gold() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = YAML(typ="safe", pure=True).load(GOLD.read_text("utf-8"))
    return data


def _gold_span(text: str, g: dict[str, Any]) -> tuple[int, int]:
    pattern = r"(?<![\w,])" + re.escape(g["surface"]) + r"(?!\w)"
    spans = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    n = int(g.get("occurrence", 1))
    assert len(spans) >= n, f"gold surface {g['surface']!r} #{n} not in text"
    return spans[n - 1]


def _daily(value: float | None, per: str | None, amount: float | None) -> float | None:
    if value is None or per not in _PER_DAY:
        return None
    return value * _PER_DAY[per] / (amount or 1.0)


def value_agrees(c: Claim, g: dict[str, Any]) -> bool:
    q, gv = c.quantity, g.get("value")
    if gv is None or q.value is None:
        return gv is None and q.value is None
    if abs(q.value - gv) <= 1e-6 * max(1.0, abs(gv)):
        return True
    a = _daily(q.value, q.per, q.per_amount)
    b = _daily(gv, g.get("per"), g.get("per_amount"))
    return a is not None and b is not None and abs(a - b) <= 0.01 * b


def interval_agrees(c: Claim, g: dict[str, Any]) -> bool:
    iv = c.quantity.interval
    for key in ("low", "high"):
        if key in g:
            got = getattr(iv, key)
            want = g[key]
            if want is None or got is None:
                if got is not want:
                    return False
            elif abs(got - want) > 1e-6 * max(1.0, abs(want)):
                return False
    if "low" not in g and "high" not in g and g.get("value") is not None and c.quantity.per is None:
        return iv.contains(float(g["value"])) or iv.lo <= g["value"] <= iv.hi
    return True


@pytest.fixture(scope="module")
def predicted() -> dict[str, tuple[str, list[Claim]]]:
    ingest = pytest.importorskip("claimcheck.ingest.article")
    from claimcheck.nlp.claims import build_claims
    from claimcheck.nlp.pipeline import build_nlp

    nlp = build_nlp()
    out: dict[str, tuple[str, list[Claim]]] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        article = ingest.read_article(path)
        out[path.name] = (article.text, build_claims(article, nlp(article.text)))
    return out


def test_gold_seeds(predicted: dict[str, tuple[str, list[Claim]]]) -> None:
    gold = _gold()
    problems: list[str] = []
    tp = n_pred = n_gold = 0
    value_ok = speaker_ok = head_ok = 0
    for name, (text, claims) in predicted.items():
        golds = gold.get(name, [])
        n_pred += len(claims)
        n_gold += len(golds)
        used: set[int] = set()
        for g in golds:
            gs, ge = _gold_span(text, g)
            match = next((i for i, c in enumerate(claims) if i not in used and
                          c.quantity.start < ge and gs < c.quantity.end and value_agrees(c, g)), None)
            if match is None:
                problems.append(f"{name}: missed {g['surface']!r}")
                continue
            used.add(match)
            tp += 1
            c = claims[match]
            if interval_agrees(c, g):
                value_ok += 1
            else:
                problems.append(f"{name}: {g['surface']!r} interval {c.quantity.interval.describe()}")
            if _norm(c.attribution.speaker) in {_norm(s) for s in _options(g.get("speaker"))}:
                speaker_ok += 1
            else:
                problems.append(f"{name}: {g['surface']!r} speaker {c.attribution.speaker!r} "
                                f"({c.attribution.method}), gold {g.get('speaker')!r}")
            if (c.subject_head or "") in _options(g.get("subject_head")):
                head_ok += 1
            else:
                problems.append(f"{name}: {g['surface']!r} head {c.subject_head!r}, gold {g.get('subject_head')!r}")
        for i, c in enumerate(claims):
            if i not in used:
                problems.append(f"{name}: spurious {c.quantity.surface!r} at {c.quantity.start}")
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    metrics = {
        "precision": precision, "recall": recall,
        "value": value_ok / tp if tp else 0.0,
        "speaker": speaker_ok / tp if tp else 0.0,
        "subject_head": head_ok / tp if tp else 0.0,
    }
    report = "\n".join([f"{k}: {v:.3f}" for k, v in metrics.items()] + problems)
    print(report)
    assert precision >= 0.95 and recall >= 0.95, report
    assert metrics["value"] >= 0.98, report
    assert metrics["speaker"] >= 0.9, report
    assert metrics["subject_head"] >= 0.85, report

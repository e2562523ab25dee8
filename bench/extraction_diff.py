"""Differential harness: dump everything the nlp pass extracts, to compare before/after a change.

Usage: python bench/extraction_diff.py [--out PATH] [--check PATH] [--articles N] [--texts DIR...]

Speed work on the segmenter, frames and attribution must not change any output, so this runs
the full pipeline over ``corpus/`` (through ``engine.extract --all``, as the CLI does), every
string literal and fixture text harvested from ``tests/``, and ``N`` synthetic articles from
``bench/throughput.py`` (plus the ``.txt``/``.md`` files under any ``--texts`` folder, such as
articles kept outside the repository for QA), and writes one JSON line per doc: sentence starts, the per-doc index,
every quantity, frame and attribution, and the speaker aliases. ``--check`` compares with an
earlier dump and exits 1 on the first difference (printing it).
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from spacy.attrs import SENT_START
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from throughput import articles  # noqa: E402

from claimcheck.engine import Input, extract  # noqa: E402
from claimcheck.nlp.pipeline import build_nlp  # noqa: E402


def plain(value: Any) -> Any:
    """JSON-ready form of frames, hits and models (dataclasses, pydantic, dates, tuples)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


#: texts made to hit the edges of the speed-ups: cue phrases split over lines or inside
#: quotes, letters that case folding treats specially, repeated "according to", colons
EDGE_TEXTS = [
    "The minister pointed\nout that 4,000 homes were built in 2019/20.\n\nOut of 300 schools, 12 closed.",
    "“The report found 300 cases,” said Jane Smith. She said 40 more were found in March 2018.",
    "According to the council according to the data, 500 families were housed in 2016.",
    "The reporT by the ſurvey team found 30 cases. The ıssue: 70 reports said so in Wales.",
    "Answered by\nNick Gibb, Minister of State. 1,200 schools were inspected in 2017/18.",
    "Answered by Nick Gibb\n\nSome 3,000 teachers left, according to figures from the DfE.",
    "Children's minister: Tim Loughton\nHe said 45% of councils in England cut 20 services.",
    "The charity said: “Over the same period 600 more children were referred.\n\n"
    "“That is 25 a week in London.”\n\nMeanwhile, 90 per cent of staff agreed, she added.",
    "Between 2010/11 and 2015/16 spending fell by 12%, the study, A Cold Start, found.",
    "The ſurvey found 30 cases. Its authors, the ſtudy group, ſaid 40 more in 2019.",
    "Mr Smith ſaid: 50 homes.\n\nAccording to the ſurvey, 60 more were empty.",
    "Prices rose in March. 2017/18 saw 300 more cases in London. 2016 had 40.",
    "Figures for May. 2019 showed 12 cases over the past decade\nin Wales, 5 of them in 2018",
    "It happened during September\n2015: 70 families moved, 20 in Yorkshire and the Humber",
    "İstanbul data showed 50 cases.ΣΟΦΙΑ said 20 more.\tA report:\n4 out of 5 agreed.",
]


def test_texts() -> list[str]:
    """String literals of the test modules (long enough to be sentences) and fixture texts."""
    seen: dict[str, None] = dict.fromkeys(EDGE_TEXTS)
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                s = node.value
                if len(s) >= 15 and " " in s:
                    seen.setdefault(s, None)
    for pattern in ("*.md", "*.txt", "*.html"):
        for path in sorted((ROOT / "tests").rglob(pattern)):
            seen.setdefault(path.read_text(encoding="utf-8", errors="replace"), None)
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        seen.setdefault(text, None)
        for para in text.split("\n\n"):
            seen.setdefault(para, None)
    return list(seen)


def doc_record(name: str, doc: Doc) -> dict[str, Any]:
    flags = doc.to_array(SENT_START).tolist() if len(doc) else []
    ix = doc._.cc_index
    qs = sorted(doc._.quantities or [], key=lambda q: (q.start, q.end))
    return {
        "name": name,
        "sent_starts": [i for i, f in enumerate(flags) if f == 1],
        "index": None if ix is None else {"sents": ix.sents, "paras": ix.paras, "sent_para": ix.sent_para},
        "quantities": plain(qs),
        "frames": plain(doc._.frames),
        "attributions": plain(doc._.attributions),
    }


def folder_texts(folders: list[Path]) -> list[tuple[str, str]]:
    """(name, text) of every .txt and .md file under ``folders``, in a stable order."""
    found: list[tuple[str, str]] = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".md") and path.is_file():
                found.append((f"file:{path}", path.read_text(encoding="utf-8", errors="replace")))
    return found


def records(n_articles: int, seed: int, folders: list[Path] | None = None) -> Iterator[dict[str, Any]]:
    warnings: list[str] = []
    for ex in extract(Input(paths=[ROOT / "corpus"]), include_all=True, warnings=warnings):
        yield {"name": f"claims:{ex.article.path}",
               "claims": plain(ex.claims), "others": plain(ex.others)}
    nlp = build_nlp()
    texts = test_texts()
    for i, doc in enumerate(nlp.pipe(texts, batch_size=64)):
        yield doc_record(f"text:{i}", doc)
    for i, doc in enumerate(nlp.pipe(articles(n_articles, seed), batch_size=64)):
        yield doc_record(f"synthetic:{seed}:{i}", doc)
    extra = folder_texts(folders or [])
    for (name, _), doc in zip(extra, nlp.pipe((t for _, t in extra), batch_size=64), strict=True):
        yield doc_record(name, doc)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "extraction.jsonl")
    ap.add_argument("--check", type=Path, help="an earlier dump to compare with")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--texts", type=Path, nargs="*", default=[],
                    help="folders whose .txt and .md files are added to the texts")
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    figures = docs = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in records(args.articles, args.seed, args.texts):
            docs += 1
            figures += len(rec.get("claims") or rec.get("frames") or {})
            fh.write(json.dumps(rec, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{docs} docs, {figures} figures framed -> {args.out}")
    if args.check is None:
        return 0
    old = args.check.read_text(encoding="utf-8").splitlines()
    new = args.out.read_text(encoding="utf-8").splitlines()
    for a, b in zip(old, new, strict=False):
        if a != b:
            ra, rb = json.loads(a), json.loads(b)
            print(f"DIFFERENT: {ra['name']}")
            for key in sorted(set(ra) | set(rb)):
                if ra.get(key) != rb.get(key):
                    print(f"  {key}:\n    old {json.dumps(ra.get(key))[:2000]}\n    new {json.dumps(rb.get(key))[:2000]}")
            return 1
    if len(old) != len(new):
        print(f"DIFFERENT: {len(old)} docs before, {len(new)} now")
        return 1
    print("identical")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

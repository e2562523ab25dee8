"""The baseline: keyed on content, counted, pruned, written atomically, read with clear errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimcheck.baseline import (
    BASELINE_VERSION,
    filter_new,
    load_baseline,
    prune,
    write_baseline,
    write_baseline_entries,
)
from claimcheck.checks.base import RuleInfo, finding
from claimcheck.errors import ConfigError
from claimcheck.models import Claim, Finding, Kind, Position, Quantity, Severity

UNSOURCED = RuleInfo("CC101", "unsourced-figure", Severity.WARNING, "No source.", "Cite it.")


def claim(surface: str, sentence: str, line: int, path: str = "corpus/a.md") -> Claim:
    pos = Position(path=path, line=line, column=3, end_line=line, end_column=3 + len(surface),
                   start=line * 80, end=line * 80 + len(surface))
    return Claim(id=f"{path}:{line}:{surface}", position=pos, sentence=sentence,
                 quantity=Quantity(surface=surface, start=0, end=len(surface), kind=Kind.COUNT))


def unsourced(c: Claim) -> Finding:
    return finding(UNSOURCED, [c], f"{c.quantity.surface} has no source")


TODAY = [
    claim("4,000", "Some 4,000 people came.", 3),
    claim("90", "About 90 a day are  referred.", 9),
    claim("4,000", "Some 4,000 people came.", 12, "corpus/b.md"),
]


def test_baseline_hides_todays_findings(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    findings = [unsourced(c) for c in TODAY]
    write_baseline(path, findings, TODAY)
    new, known = filter_new(findings, load_baseline(path))
    assert new == [] and known == findings


def test_file_is_versioned_readable_and_has_no_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [unsourced(c) for c in TODAY], TODAY)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["baseline_version"] == BASELINE_VERSION
    entry = doc["findings"][0]
    assert {"path", "rule", "code", "fingerprint", "figure", "sentence_hash", "count"} <= set(entry)
    assert entry["figure"] == "4,000" and entry["path"] == "corpus/a.md"
    assert "line" not in entry and "column" not in entry


def test_new_finding_gets_through(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [unsourced(c) for c in TODAY])
    fresh = unsourced(claim("£5 million", "It cost £5 million.", 20))
    new, known = filter_new([*map(unsourced, TODAY), fresh], load_baseline(path))
    assert new == [fresh] and len(known) == 3


def test_line_shifts_do_not_matter(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [unsourced(c) for c in TODAY])
    shifted = [claim("4,000", "Some 4,000 people came.", 30),
               claim("90", "About 90 a day are referred.", 41)]  # whitespace normalised too
    new, known = filter_new([unsourced(c) for c in shifted], load_baseline(path))
    assert new == [] and len(known) == 2


def test_multiplicities_count(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [unsourced(TODAY[0])])
    twice = [unsourced(TODAY[0]), unsourced(claim("4,000", "Some 4,000 people came.", 50))]
    new, known = filter_new(twice, load_baseline(path))
    assert len(new) == 1 and len(known) == 1


def test_prune_drops_entries_that_no_longer_occur(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [unsourced(c) for c in TODAY] + [unsourced(TODAY[0])], TODAY)
    baseline = load_baseline(path)
    assert len(baseline) == 4
    kept, dropped = prune(baseline, [unsourced(TODAY[0]), unsourced(TODAY[2])])
    assert dropped == 2 and len(kept) == 2
    write_baseline_entries(path, kept)
    reloaded = load_baseline(path)
    assert {(e.path, e.figure) for e in reloaded.entries} == {
        ("corpus/a.md", "4,000"), ("corpus/b.md", "4,000")
    }
    new, _ = filter_new([unsourced(TODAY[1])], reloaded)
    assert len(new) == 1


def test_atomic_write_keeps_old_file_on_failure(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(path, [unsourced(TODAY[0])])
    before = path.read_text(encoding="utf-8")

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        write_baseline(path, [unsourced(c) for c in TODAY])
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temp file left


def test_atomic_write_fsyncs_before_replace(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(
        os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1]
    )
    write_baseline(tmp_path / "b.json", [unsourced(TODAY[0])])
    assert calls.index("fsync") < calls.index("replace")


def test_bad_json_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text('{\n  "baseline_version": 1,\n  "findings": [,]\n}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_baseline(path)
    text = str(info.value)
    assert f"{path}:3:" in text and "not valid JSON" in text


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('{"findings": []}', "baseline_version"),
        ('{"baseline_version": 99, "findings": []}', "upgrade"),
        ('{"baseline_version": 1, "findings": [{"path": "a"}]}', "findings[0]"),
        ("[]", "findings"),
    ],
)
def test_malformed_baseline_is_a_config_error(tmp_path: Path, content: str, needle: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="malformed") as info:
        load_baseline(path)
    assert needle in str(info.value)


def test_missing_baseline_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_baseline(tmp_path / "nope.json")

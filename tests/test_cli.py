"""The command line as a user meets it: exit codes, locations, messages, files left intact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

runner = CliRunner()

ARTICLE = "Council spending\n\nThe council spent £4.2 million on consultants last year.\n"

RECORD = """
version: 1
sources:
  - id: council-accounts-2025
    title: Statement of accounts 2025
    publisher: Example Borough Council
    kind: dataset
    date: "2025-06-30"
figures:
  - id: consultants-spend-2025
    subject: council spending on consultants
    aliases: ["spent on consultants", "consultants"]
    value: 4200000
    unit: GBP
    kind: money
    as_of: "2025"
    source: council-accounts-2025
"""


def run(*args: str, input: str | None = None):  # noqa: A002
    return runner.invoke(app, list(args), input=input)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch project with no config, so nothing from this repository leaks in."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".claimcheck.toml").write_text('paths = ["articles"]\nregistry = "claims.yaml"\n')
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "spend.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("version: 1\n", encoding="utf-8")
    return tmp_path


def test_unsourced_figure_fails_with_its_location(project: Path) -> None:
    result = run("scan", "--format", "concise")
    assert result.exit_code == 1, result.output
    line = next(l for l in result.stdout.splitlines() if "CC101" in l)
    assert line.startswith("articles/spend.md:3:19: CC101 unsourced-figure")
    assert "£4.2 million" in line


def test_adding_a_record_makes_the_scan_clean(project: Path) -> None:
    (project / "claims.yaml").write_text(RECORD, encoding="utf-8")
    result = run("scan", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["summary"]["linked"] == 1
    claim = doc["claims"][0]
    assert claim["record"] == "consultants-spend-2025"
    assert claim["value"] == 4_200_000 and claim["unit"] == "GBP"


def test_json_shape_of_a_finding(project: Path) -> None:
    result = run("scan", "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["schema_version"]
    f = doc["findings"][0]
    for key in ("rule", "code", "severity", "message", "explanation", "path", "line",
                "column", "end_line", "end_column", "claims", "records"):
        assert key in f, key
    assert f["claims"][0]["surface"] == "£4.2 million"
    assert (f["line"], f["column"]) == (3, 19)


def test_broken_registry_lists_every_problem_and_exits_2(project: Path) -> None:
    (project / "claims.yaml").write_text(
        "version: 1\n"
        "sources:\n"
        "  - id: a\n"
        "    title: A\n"
        "figures:\n"
        "  - id: x\n"
        "    subject: x\n"
        "    valeu: 3\n"
        "  - id: x\n"
        "    subject: y\n"
        "    value: 4\n"
        "    source: nowhere\n",
        encoding="utf-8",
    )
    before = (project / "claims.yaml").read_bytes()
    result = run("scan")
    assert result.exit_code == 2
    err = result.stderr
    assert "claims.yaml:8:5" in err and "valeu" in err
    assert "claims.yaml:9:" in err and "duplicate" in err.lower()
    assert "claims.yaml:12:" in err and "nowhere" in err
    assert (project / "claims.yaml").read_bytes() == before


def test_missing_registry_given_explicitly_is_an_error(project: Path) -> None:
    result = run("scan", "--registry", "nope.yaml")
    assert result.exit_code == 2
    assert "nope.yaml" in result.stderr


def test_missing_article_path_is_an_error(project: Path) -> None:
    result = run("scan", "no-such-dir")
    assert result.exit_code == 2
    assert "no-such-dir" in result.stderr


def test_unreadable_article_does_not_stop_the_others(project: Path) -> None:
    (project / "articles" / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 20)
    result = run("scan", "--format", "concise")
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr
    assert "spend.md:3:19" in result.stdout


def test_exit_zero_and_fail_level(project: Path) -> None:
    assert run("scan", "--exit-zero").exit_code == 0
    assert run("scan", "--fail-level", "never").exit_code == 0
    assert run("scan", "--fail-level", "bogus").exit_code == 2


def test_stdin_with_filename(project: Path) -> None:
    result = run("scan", "-", "--stdin-filename", "draft.md", "--format", "concise",
                 input="Nearly 40% of the budget went on agency staff.\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("draft.md:1:1: CC101")


def test_extract_jsonl_offsets_match_the_file(project: Path) -> None:
    path = project / "articles" / "dated.txt"
    text = "In March 2017 there were 19,640 babies in need, up to 140,000 in all.\n"
    path.write_text(text, encoding="utf-8")
    result = run("extract", str(path), "--all", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(l) for l in result.stdout.splitlines()]
    for row in rows:
        assert text[row["start"]:row["end"]] == row["surface"]
        assert row["line"] == 1 and row["column"] == row["start"] + 1
    by_surface = {r["surface"]: r for r in rows}
    assert by_surface["19,640"]["is_claim"] is True
    assert by_surface["19,640"]["value"] == 19640
    assert by_surface["up to 140,000"]["high"] == 140000
    assert any(r["is_claim"] is False and "2017" in r["surface"] for r in rows)
    default = run("extract", str(path), "--format", "jsonl")
    assert all(json.loads(l)["is_claim"] for l in default.stdout.splitlines())


def test_rules_and_rule_help(project: Path) -> None:
    listing = run("rules", "--color", "never")
    assert listing.exit_code == 0
    assert "CC101" in listing.stdout and "unsourced-figure" in listing.stdout
    by_code = run("rule", "CC101", "--color", "never")
    by_name = run("rule", "unsourced-figure", "--color", "never")
    assert by_code.exit_code == 0 and by_code.stdout == by_name.stdout
    unknown = run("rule", "unsourced-figures")
    assert unknown.exit_code == 2 and "unsourced-figure" in unknown.stderr


def test_registry_check_and_schema(project: Path) -> None:
    (project / "claims.yaml").write_text(RECORD, encoding="utf-8")
    ok = run("registry", "check")
    assert ok.exit_code == 0 and "1 figures" in ok.stdout
    schema = json.loads(run("registry", "schema").stdout)
    assert "figures" in json.dumps(schema)


def test_output_file_and_no_colour(project: Path) -> None:
    result = run("scan", "--format", "text", "-o", "report.txt")
    assert result.exit_code == 1
    text = (project / "report.txt").read_text(encoding="utf-8")
    assert "£4.2 million" in text and "\x1b[" not in text


def test_config_paths_resolve_relative_to_the_config(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sub = project / "deep" / "er"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    result = run("scan", "--format", "concise")
    assert result.exit_code == 1
    assert "spend.md:3:19" in result.stdout


def test_bad_config_names_file_line_and_column(project: Path) -> None:
    (project / ".claimcheck.toml").write_text('paths = ["articles"]\nfail_levle = "error"\n')
    result = run("scan")
    assert result.exit_code == 2
    assert ".claimcheck.toml:2:1" in result.stderr and "fail_levle" in result.stderr


def test_record_add_keeps_comments_and_the_next_scan_uses_it(project: Path) -> None:
    (project / "claims.yaml").write_text(
        "# our registry\nversion: 1\n# figures we have checked\nfigures: []\n", encoding="utf-8"
    )
    assert run("scan", "--format", "concise").exit_code == 1
    added = run("record", "add", "articles/spend.md:3", "--yes")
    assert added.exit_code == 0, added.output
    text = (project / "claims.yaml").read_text(encoding="utf-8")
    assert "# our registry" in text and "# figures we have checked" in text
    assert "4200000" in text and "unit: GBP" in text
    assert run("scan", "--format", "concise").exit_code == 0


def test_record_add_without_a_figure_there_is_a_usage_error(project: Path) -> None:
    result = run("record", "add", "articles/spend.md:1", "--yes")
    assert result.exit_code == 2
    assert "spend.md" in result.stderr


def test_diff_against_a_git_revision(project: Path) -> None:
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "add", "-A")
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "first draft")
    article = project / "articles" / "spend.md"
    article.write_text(ARTICLE.replace("£4.2 million", "£4.5 million"), encoding="utf-8")
    result = run("diff", "articles/spend.md", "--color", "never")
    assert result.exit_code == 1  # the new figure is still unsourced
    assert "[-£4.2 million-]{+£4.5 million+}" in result.stdout
    assert "4.[-2" not in result.stdout


def test_extract_places_a_yearless_month_by_the_article_date(project: Path) -> None:
    path = project / "articles" / "monthly.md"
    path.write_text("---\ntitle: Waiting list\ndate: 2025-03-02\n---\n"
                    "The waiting list fell to 7.54 million in October.\n", encoding="utf-8")
    result = run("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(l) for l in result.stdout.splitlines()]
    assert row["time"] == {"text": "in October", "start": "2024-10-01", "end": "2024-10-31"}

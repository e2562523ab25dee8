"""Usage and config mistakes a CI maintainer makes: each is a message and exit code 2, never a
traceback or the findings code 1; baselines written in one checkout hold in another."""

from __future__ import annotations

import re
import shutil
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.baseline import finding_key
from claimcheck.cli import app
from claimcheck.models import Finding, Position, Severity

runner = CliRunner()
ARTICLE = "Council spending\n\nThe council spent £4.2 million on consultants last year.\n"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "checkout-a"
    (root / "articles").mkdir(parents=True)
    monkeypatch.chdir(root)
    (root / ".claimcheck.toml").write_text('paths = ["articles"]\nregistry = "claims.yaml"\n')
    (root / "articles" / "spend.md").write_text(ARTICLE, encoding="utf-8")
    (root / "claims.yaml").write_text("version: 1\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(("args", "message"), [
    (["scan", "-f", "bogus"], "unknown output format 'bogus' (choose from: text"),
    (["scan", "-o", "no/such/dir/out.json"], "cannot write no/such/dir/out.json"),
    (["scan", "--model", "no_such_pipeline"], "spaCy pipeline 'no_such_pipeline' is not installed"),
    (["rule", "unsourced-figur"], "did you mean 'unsourced-figure'"),
])
def test_usage_mistakes_exit_2_with_a_message(project: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_an_unknown_rule_in_the_severity_table_names_the_config(project: Path) -> None:
    (project / ".claimcheck.toml").write_text(
        'paths = ["articles"]\n[severity]\nunregistered-figur = "info"\n')
    result = runner.invoke(app, ["scan"])
    assert result.exit_code == 2, result.output
    assert ".claimcheck.toml: [tool.claimcheck.severity] no rule 'unregistered-figur'; " \
           "did you mean 'unregistered-figure'?" in result.stderr


def test_a_folder_with_no_articles_is_an_error_not_a_clean_scan(project: Path) -> None:
    (project / "empty").mkdir()
    result = runner.invoke(app, ["scan", "empty"])
    assert result.exit_code == 2
    assert "no articles (.txt, .md, .html) under empty" in result.stderr


def test_force_exclude_applies_ignore_globs_to_named_files(project: Path) -> None:
    (project / ".claimcheck.toml").write_text(
        'paths = ["articles"]\nregistry = "claims.yaml"\nignore = ["articles/**"]\n')
    named = runner.invoke(app, ["scan", "-f", "concise", "articles/spend.md"])
    assert named.exit_code == 1 and "CC101" in named.stdout  # named explicitly: read
    forced = runner.invoke(app, ["scan", "-f", "concise", "--force-exclude", "articles/spend.md"])
    assert forced.exit_code == 0 and "CC101" not in forced.stdout


def test_a_baseline_holds_in_another_checkout(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wrote = runner.invoke(app, ["baseline", "write", "baseline.json"])
    assert wrote.exit_code == 0, wrote.output
    assert stat.S_IMODE((project / "baseline.json").stat().st_mode) & 0o044  # others may read it
    other = project.parent / "checkout-b"
    shutil.copytree(project, other)
    monkeypatch.chdir(other)
    assert runner.invoke(app, ["scan"]).exit_code == 1
    result = runner.invoke(app, ["scan", "--baseline", "baseline.json"])
    assert result.exit_code == 0, result.output


def _at(path: str) -> Position:
    return Position(path=path, line=3, column=1, end_line=3, end_column=2, start=10, end=11)


def test_a_finding_in_a_file_under_the_working_directory_is_keyed_relative(project: Path) -> None:
    finding = Finding(rule="registry-derivation", code="CC501", severity=Severity.WARNING, message="m",
                      position=_at(str(project / "claims.yaml")),
                      fingerprint="abc")
    assert finding_key(finding) == ("claims.yaml", "registry-derivation", "abc")
    outside = finding.model_copy(update={"position": _at("/elsewhere/claims.yaml")})
    assert finding_key(outside)[0] == "/elsewhere/claims.yaml"


def test_version_prints_the_version() -> None:
    from claimcheck import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"claimcheck {__version__}"


def test_a_date_with_no_such_month_is_a_registry_error(project: Path) -> None:
    (project / "claims.yaml").write_text(
        "version: 1\nsources:\n  - id: a\n    title: A\n    date: 2018-13\n", encoding="utf-8")
    result = runner.invoke(app, ["registry", "check"])
    assert result.exit_code == 2
    assert "claims.yaml:5:11: 'date' in source 'a': '2018-13' is not a calendar date" in result.stderr


def test_rewording_around_an_unchanged_figure_keeps_its_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fb1.md").write_text("The county now has 52 food banks, most run by volunteers.\n")
    (tmp_path / "fb2.md").write_text("Most of the county's 52 food banks are run by volunteers.\n")
    result = runner.invoke(app, ["diff", "fb1.md", "fb2.md", "--color", "never"])
    assert result.exit_code == 0, result.output
    assert "1 unchanged; 0 findings introduced, 0" in " ".join(result.stdout.split())
    (tmp_path / "fb3.md").write_text("Most of the county's 61 food banks are run by volunteers.\n")
    changed = runner.invoke(app, ["diff", "fb1.md", "fb3.md", "--color", "never"])
    assert "1 figure changed" in changed.stdout  # a changed figure is still reported


def test_columns_sets_the_width_of_a_piped_report_in_any_colour_mode(project: Path) -> None:
    for color in ("never", "always", "auto"):
        result = runner.invoke(app, ["scan", "--color", color], env={"COLUMNS": "60", "NO_COLOR": ""})
        assert result.exit_code == 1, result.output
        plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
        assert max(len(line) for line in plain.splitlines()) <= 60, (color, plain)

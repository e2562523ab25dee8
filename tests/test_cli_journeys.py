"""The three user journeys walked as a new user would: what each command shows and exits with.

A fact-checker scanning a folder, an editor adding figures and diffing drafts, a CI job
reading machine formats; every test asserts what the user sees on the terminal or in a file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

runner = CliRunner()

ARTICLE = "---\ndate: 2025-03-14\n---\nThe council will spend £4.5 million on 120 new homes this year, the mayor said.\n"


def run(*args: str, input: str | None = None):  # noqa: A002
    return runner.invoke(app, list(args), input=input)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch project with no config from this repository: one article, an empty registry."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COLUMNS", raising=False)
    (tmp_path / ".claimcheck.toml").write_text('paths = ["articles"]\nregistry = "claims.yaml"\n')
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "homes.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("version: 1\n", encoding="utf-8")
    return tmp_path


# --------------------------------------------------------------------------- record add


def test_record_add_at_a_column_without_a_figure_lists_the_figures_on_the_line(project: Path) -> None:
    result = run("record", "add", "articles/homes.md:4:1", "--yes")
    assert result.exit_code == 2
    assert ("no figure at articles/homes.md:4:1; the figures on line 4 are at "
            "column 24 “£4.5 million”, column 40 “120”") in result.stderr
    assert (project / "claims.yaml").read_text(encoding="utf-8") == "version: 1\n"


def test_record_add_at_a_figure_column_adds_that_figure(project: Path) -> None:
    result = run("record", "add", "articles/homes.md:4:41", "--yes")
    assert result.exit_code == 0, result.output
    assert "(articles/homes.md:4:40 “120”)" in result.stdout
    text = (project / "claims.yaml").read_text(encoding="utf-8")
    assert "value: 120\n" in text and "4500000" not in text


def test_record_add_twice_offers_the_existing_id_instead_of_a_duplicate(project: Path) -> None:
    assert run("record", "add", "articles/homes.md:4:24", "--yes").exit_code == 0
    first = (project / "claims.yaml").read_text(encoding="utf-8")
    again = run("record", "add", "articles/homes.md:4:30", "--yes")
    assert again.exit_code == 0
    assert "articles/homes.md:4:24 “£4.5 million” is already in claims.yaml as figure" in again.stderr
    assert "same value, subject and time" in again.stderr and "nothing written" in again.stderr
    assert (project / "claims.yaml").read_text(encoding="utf-8") == first


def _interactive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("claimcheck.cli.editors._can_prompt", lambda: True)


def test_interactive_record_add_asks_again_after_a_bad_answer(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _interactive(monkeypatch)
    (project / "claims.yaml").write_text(
        "version: 1\nsources:\n  - {id: housing-plan, title: Housing plan 2025, kind: report}\n", encoding="utf-8")
    # id (bad, then good), subject, value (bad, then good), unit ('-' clears it), as_of,
    # place, source (unknown, then good), speaker, notes, then the confirmation
    answers = ["Homes 2025", "new-homes-2025", "", "lots", "120", "-", "2025-03", "", "housing-plam",
               "housing-plan", "", "", "y"]
    result = run("record", "add", "articles/homes.md:4:40", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "id: 'Homes 2025' is not a lowercase kebab-case id" in result.stderr
    assert "value: must be a number (such as 15800 or 4.5e6), not 'lots'" in result.stderr
    assert "source: the registry has no source 'housing-plam'; did you mean 'housing-plan'?" in result.stderr
    text = (project / "claims.yaml").read_text(encoding="utf-8")
    assert "id: new-homes-2025" in text and "as_of: 2025-03" in text and "source: housing-plan" in text
    assert "unit:" not in text and "value: 120\n" in text
    # the entry is shown as it will be written before the editor confirms it
    assert "  - id: new-homes-2025\n    subject: " in result.stdout and "    value: 120\n" in result.stdout


def test_interactive_record_add_of_a_recorded_figure_asks_before_a_duplicate(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("record", "add", "articles/homes.md:4:40", "--yes").exit_code == 0
    first = (project / "claims.yaml").read_text(encoding="utf-8")
    _interactive(monkeypatch)
    result = run("record", "add", "articles/homes.md:4:40", input="\n")
    assert result.exit_code == 0
    assert "is already in claims.yaml as figure 'homes-2025'" in result.stderr
    assert "Add a second record of it anyway?" in result.stdout
    assert (project / "claims.yaml").read_text(encoding="utf-8") == first


# --------------------------------------------------------------------------- registry check


@pytest.mark.parametrize(("text", "expected"), [
    ('version: 1\nsources:\n  - id: plan\n    title: "Housing plan\n',
     "claims.yaml:4:12: YAML syntax error: the quote here is never closed "
     "(the file ends at 4:25 with no closing quote)"),
    ("version: 1\nfigures:\n  - {id: homes, value: 120\n",
     "claims.yaml:3:5: YAML syntax error: the '{' here is never closed (the file ends at 3:27 with no '}')"),
    ("version: 1\nfigures: [\n",
     "claims.yaml:2:11: YAML syntax error: expected the node content, but found '<stream end>' at the end of the file"),
])
def test_a_yaml_error_at_the_end_of_the_file_names_a_real_line_and_column(
        project: Path, text: str, expected: str) -> None:
    (project / "claims.yaml").write_text(text, encoding="utf-8")
    result = run("registry", "check")
    assert result.exit_code == 2
    assert expected in result.stderr
    line = int(expected.split(":")[1])
    assert line <= len(text.splitlines())


# --------------------------------------------------------------------------- the text report at 80 columns

REGISTRY = """version: 1
sources:
  - id: housing-plan
    title: Housing plan 2025
    publisher: Example Borough Council
    kind: report
    date: "2025-02"
figures:
  - id: new-homes-2025
    subject: new council homes to be built this year
    aliases: ["new homes"]
    value: 150
    unit: homes
    as_of: "2025"
    source: housing-plan
"""
LONG_ARTICLE = ("---\ndate: 2025-03-14\n---\n"
                "The council will build 120 new homes this year across the borough's three wards, "
                "according to the Housing plan 2025 that the cabinet approved on Tuesday evening.\n")


def test_verbose_scan_at_80_columns_keeps_every_reason_readable(project: Path) -> None:
    (project / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    (project / "articles" / "homes.md").write_text(LONG_ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["scan", "-v", "--color", "never"], env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    # the finding's sentence wraps under its quote bar, never back to the margin
    quote = [i for i, line in enumerate(lines) if line.startswith("  │ ")]
    assert len(quote) >= 2 and "".join(lines[i][4:] + " " for i in quote).startswith(
        "The council will build 120 new homes this year across the borough's three wards,")
    # each claim: figure → record, then its subject and every reason, wrapped under itself
    head = next(i for i, line in enumerate(lines) if line.startswith("  4:24"))
    assert lines[head].split() == ["4:24", "120", "→", "new-homes-2025"]
    assert lines[head + 1].split() == ["subject", "new", "homes"]
    assert lines[head + 2].startswith("        reasons score ") and "subject 'new homes' ~" in lines[head + 2]
    assert lines[head + 3].startswith(" " * 16) and lines[head + 3][16] != " "  # wrapped under the reasons
    assert "kind count = count" in " ".join(lines[head + 2:head + 6])


# --------------------------------------------------------------------------- diff between drafts

OLD_DRAFT = ("---\ndate: 2025-03-14\n---\nThe council said it would cut 4.2 million pounds from its roads budget "
             "this year, the third cut in a row.\n\nSome 35% of residents told the survey they felt safe at night.\n")
NEW_DRAFT = ("---\ndate: 2025-03-14\n---\nSome 35% of residents told the survey they felt safe at night.\n\n"
             "The council said it would cut 4.5 million pounds from its roads budget "
             "this year, the third cut in a row.\n")


def _drafts(project: Path) -> None:
    (project / "old.md").write_text(OLD_DRAFT, encoding="utf-8")
    (project / "new.md").write_text(NEW_DRAFT, encoding="utf-8")


def test_diff_side_by_side_shows_the_new_figure_bright_not_dimmed(project: Path) -> None:
    _drafts(project)
    result = runner.invoke(app, ["diff", "old.md", "new.md", "--color", "always"], env={"COLUMNS": "140"})
    assert "\x1b[1;32m4.5 million pounds" in result.stdout  # bold green, as the old one is bold red
    assert "\x1b[1;31m4.2 million pounds" in result.stdout
    assert "\x1b[1;2;32m" not in result.stdout  # nothing in the new column is dimmed green


def test_diff_inline_at_80_columns_separates_the_struck_figure_and_indents_wrapped_notes(project: Path) -> None:
    _drafts(project)
    result = runner.invoke(app, ["diff", "old.md", "new.md", "--inline", "--color", "always"], env={"COLUMNS": "80"})
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    assert "cut 4.2 million pounds 4.5 million pounds" in plain
    lines = plain.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 80
    note = next(i for i, line in enumerate(lines) if line.startswith("  • introduces CC"))
    assert lines[note + 1].startswith("    ") and lines[note + 1].strip()  # under the note, not the margin
    sentence = next(i for i, line in enumerate(lines) if line.startswith("line 4 → 6: "))
    assert lines[sentence + 1].startswith(" " * len("line 4 → 6: "))


def test_diff_piped_keeps_each_changed_sentence_on_one_line(project: Path) -> None:
    _drafts(project)
    result = runner.invoke(app, ["diff", "old.md", "new.md"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert ("line 4 -> 6: The council said it would cut [-4.2 million pounds-]{+4.5 million pounds+} "
            "from its roads budget this year, the third cut in a row.\n") in result.stdout


# --------------------------------------------------------------------------- scanning a folder


def test_a_scan_of_only_unreadable_files_is_an_input_error(project: Path) -> None:
    (project / "articles" / "homes.md").unlink()
    (project / "articles" / "photo.txt").write_bytes(b"\x89PNG\x00\x01\x02 not text")
    result = run("scan", "articles/photo.txt")
    assert result.exit_code == 2
    assert "error: no readable article: articles/photo.txt: binary file (contains NUL bytes)" in result.stderr


def test_skipped_files_are_warned_once_on_stderr_not_again_in_the_report(project: Path) -> None:
    (project / "articles" / "photo.txt").write_bytes(b"\x89PNG\x00\x01\x02 not text")
    result = run("scan", "--color", "never", "--fail-level", "warning")
    assert result.exit_code == 1  # 'the mayor said': attributed, so warnings (CC102) only
    assert result.stderr.count("articles/photo.txt: skipped: binary file") == 1
    assert "photo.txt" not in result.stdout and "120" in result.stdout


def test_an_output_in_a_missing_folder_fails_before_scanning(project: Path) -> None:
    (project / "articles" / "photo.txt").write_bytes(b"\x00binary")
    result = run("scan", "-o", "reports/scan.txt")
    assert result.exit_code == 2
    assert result.stderr == "error: cannot write reports/scan.txt: folder reports does not exist\n"


def test_a_failure_while_writing_the_report_leaves_the_previous_file_whole(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "scan.sarif").write_text("previous report\n", encoding="utf-8")

    def broken(self, report, stream, options) -> None:  # noqa: ANN001
        stream.write('{"version": "2.1.0", "runs": [')
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("claimcheck.report.sarif.SarifFormatter.write", broken)
    result = run("scan", "-f", "sarif", "-o", "scan.sarif")
    assert isinstance(result.exception, RuntimeError)
    assert (project / "scan.sarif").read_text(encoding="utf-8") == "previous report\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("version: 1\nsources:\n  - id: plan\n    title: Housing plan\n    kind: report\n    date: 2025-02-30\n",
     "claims.yaml:6:11: 'date' in source 'plan': '2025-02-30' is not a calendar date "
     "(day is out of range for month)"),  # an unquoted impossible date was a traceback
    ("version: 1\nfigures:\n  - id: homes\n    subject: new homes\n    value: 120\n    kind: counts\n",
     "claims.yaml:6:11: 'kind' in figure 'homes': should be one of count, percent, money, rate, ratio, "
     "change, range, vague, duration, got 'counts'; did you mean 'count'?"),
])
def test_registry_check_names_the_bad_value_and_what_it_should_be(project: Path, text: str, expected: str) -> None:
    (project / "claims.yaml").write_text(text, encoding="utf-8")
    result = run("registry", "check")
    assert result.exit_code == 2
    assert expected in result.stderr


def test_a_bad_baseline_or_baseline_folder_fails_before_scanning(project: Path) -> None:
    (project / "articles" / "photo.txt").write_bytes(b"\x00binary")
    result = run("scan", "--baseline", "missing.json")
    assert result.exit_code == 2
    assert result.stderr == ("error: baseline file missing.json does not exist "
                             "(create it with `claimcheck baseline write`)\n")
    result = run("baseline", "write", "ci/baseline.json")
    assert result.exit_code == 2
    assert result.stderr == "error: cannot write ci/baseline.json: folder ci does not exist\n"


def test_an_impossible_front_matter_date_is_warned_and_the_scan_goes_on(project: Path) -> None:
    (project / "articles" / "homes.md").write_text(ARTICLE.replace("2025-03-14", "2025-02-30"), encoding="utf-8")
    result = run("scan", "-f", "concise", "--fail-level", "warning")
    assert result.exit_code == 1, result.output
    assert "articles/homes.md: date '2025-02-30' is not a calendar date; the article is read undated" in result.stderr
    assert "articles/homes.md:4:24: CC102 unregistered-figure '£4.5 million' is attributed to mayor" in result.stdout




def test_a_misspelt_rule_in_a_suppression_comment_suggests_the_rule(project: Path) -> None:
    (project / "articles" / "homes.md").write_text(
        "Parks\n\n<!-- claimcheck-disable-next-line unsorced-figure -->\nWe counted 62 benches.\n", encoding="utf-8")
    result = run("scan", "-f", "concise")
    assert result.exit_code == 1
    assert ("articles/homes.md:3:1: CC901 unused-suppression unknown rule 'unsorced-figure'; "
            "did you mean 'unsourced-figure'?") in result.stdout
    assert "articles/homes.md:4:12: CC101 unsourced-figure '62'" in result.stdout


def test_a_missing_default_registry_is_named_as_the_user_would_type_it(project: Path) -> None:
    (project / "claims.yaml").unlink()
    (project / ".claimcheck.toml").write_text('paths = ["articles"]\n')
    result = run("scan", "-f", "concise")
    assert "warning: no registry at claims.yaml: every figure counts as unregistered" in result.stderr


@pytest.mark.parametrize("command", ["show", "trace"])
def test_show_and_trace_of_a_mistyped_id_suggest_the_nearest(project: Path, command: str) -> None:
    (project / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    result = run(command, "new-homes-2024")
    assert result.exit_code == 2
    assert result.stderr == "error: no figure 'new-homes-2024' in claims.yaml; did you mean 'new-homes-2025'?\n"


def test_front_matter_warns_only_about_a_near_miss_of_a_field_it_reads(project: Path) -> None:
    (project / "articles" / "homes.md").write_text(
        ARTICLE.replace("date: 2025-03-14\n", "date: 2025-03-14\nauthor: Staff\ntags: [housing]\ntitel: Homes\n"),
        encoding="utf-8")
    result = run("scan", "-f", "concise")
    assert "author" not in result.stderr and "tags" not in result.stderr
    assert ("articles/homes.md: unknown metadata field 'titel' kept in 'extra'; did you mean 'title'?"
            in result.stderr)


@pytest.mark.parametrize(("setting", "expected"), [
    ('fail_level = "warn"',
     ".claimcheck.toml:2:1: fail_level: should be one of error, warning, info, never, got 'warn'; "
     "did you mean 'warning'?"),
    ('fail_levle = "error"', ".claimcheck.toml:2:1: fail_levle: unknown setting; did you mean 'fail_level'?"),
    ('severity = {CC101 = "loud"}', ".claimcheck.toml:2:1: severity: should be one of error, warning, info, off, got 'loud'"),
])
def test_a_bad_setting_says_what_it_should_be_in_one_line(project: Path, setting: str, expected: str) -> None:
    (project / ".claimcheck.toml").write_text(f'paths = ["articles"]\n{setting}\n', encoding="utf-8")
    result = run("scan")
    assert result.exit_code == 2
    problems = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    assert len(problems) == 1 and problems[0].endswith(expected)


def test_the_first_record_add_of_a_new_project_creates_the_registry(project: Path) -> None:
    (project / "claims.yaml").unlink()
    result = run("record", "add", "articles/homes.md:4:40", "--yes")
    assert result.exit_code == 0, result.output
    assert "to claims.yaml (new file)" in result.stdout
    text = (project / "claims.yaml").read_text(encoding="utf-8")
    assert text.startswith("version: 1\nfigures:\n") and "value: 120\n" in text
    assert run("registry", "check").exit_code == 0


def test_record_add_of_a_path_without_a_line_asks_for_the_line(project: Path) -> None:
    result = run("record", "add", "articles/homes.md", "--yes")
    assert result.exit_code == 2
    assert result.stderr == "error: give the figure's line: articles/homes.md:LINE or articles/homes.md:LINE:COL\n"


def test_coloured_report_dims_only_the_labels_not_the_quoted_sentence_or_record(project: Path) -> None:
    (project / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    (project / "articles" / "homes.md").write_text(LONG_ARTICLE, encoding="utf-8")
    out = runner.invoke(app, ["scan", "--color", "always"], env={"COLUMNS": "80"}).stdout
    assert "\x1b[2m  │ \x1b[0m\x1b[3mThe council will build \x1b[0m\x1b[1;3;7m120\x1b[0m" in out  # italic, not dim
    assert "\x1b[36mnew-homes-2025\x1b[0m  new council homes" in out  # only the id is cyan
    assert "\x1b[2;3m" not in out


# --------------------------------------------------------------------------- CI: baselines


def test_baseline_prune_after_scanning_one_article_keeps_the_other_articles_entries(project: Path) -> None:
    (project / "articles" / "parks.md").write_text("Parks\n\nWe counted 62 benches.\n", encoding="utf-8")
    assert run("baseline", "write", "bl.json").stdout == "wrote 3 findings to bl.json\n"
    pruned = run("baseline", "prune", "bl.json", "articles/parks.md")
    assert pruned.exit_code == 0
    assert pruned.stdout == "dropped 0 entries; 3 remain in bl.json\n"
    assert run("scan", "--baseline", "bl.json").exit_code == 0
    (project / "articles" / "parks.md").unlink()  # a deleted article's entries do go
    assert run("baseline", "prune", "bl.json").stdout == "dropped 1 entry; 2 remain in bl.json\n"


# --------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize(("args", "expected"), [
    (["diff", "old.md", "new.md", "--fail-level", "bogus"],
     "error: --fail-level must be error, warning, info or never, not 'bogus'\n"),  # was a traceback
    (["scan", "--color", "sometimes"], "error: --color must be auto, always or never, not 'sometimes'\n"),  # was ignored
])
def test_a_bad_option_value_is_a_usage_error(project: Path, args: list[str], expected: str) -> None:
    _drafts(project)
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == expected


def test_claimreview_explanation_ends_the_verdict_before_the_working(project: Path) -> None:
    import json

    (project / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    (project / "articles" / "homes.md").write_text(LONG_ARTICLE, encoding="utf-8")
    result = run("export", "claimreview")
    assert result.exit_code == 0, result.output
    review = next(d for d in json.loads(result.stdout) if "150" in d["reviewRating"]["ratingExplanation"])
    assert review["reviewRating"]["ratingExplanation"].startswith(
        "the article gives 120; record new-homes-2025 (Housing plan 2025) gives 150. The article's figure allows")

"""claims.yaml: the models, the loader's problems with positions, the seed, the schema, the writer."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from filelock import FileLock
from pydantic import ValidationError
from ruamel.yaml import YAML

from claimcheck.errors import Problem, RegistryError, RegistryLockedError
from claimcheck.models import Interval, Kind, Record, Registry, Role
from claimcheck.registry import (
    add_figure,
    derive,
    load_registry,
    parse_registry,
    registry_json_schema,
    update,
)
from claimcheck.registry.schema import SCHEMA_FILE

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "registry"
SEED = ROOT / "claims.yaml"


def problems_of(text: str) -> list[Problem]:
    with pytest.raises(RegistryError) as info:
        parse_registry(text, "claims.yaml")
    return info.value.problems


def at(problems: list[Problem]) -> list[tuple[int, int]]:
    return [(p.line, p.column) for p in problems]


# --------------------------------------------------------------------------- models


def test_record_needs_a_figure_and_a_consistent_interval() -> None:
    with pytest.raises(ValidationError, match="needs one of value"):
        Record(id="a", subject="s")
    with pytest.raises(ValidationError, match="outside interval"):
        Record(id="a", subject="s", value=10, interval=Interval(low=20))
    with pytest.raises(ValidationError, match="is empty"):
        Record(id="a", subject="s", interval=Interval(low=5, high=1))
    # "more than 50,000": the stated value is the open end of its interval
    Record(id="a", subject="s", value=50000, interval=Interval(low=50000, low_closed=False))


@pytest.mark.parametrize(
    "fields",
    [
        {"id": "Not-Kebab"},
        {"id": "9-starts-with-digit"},
        {"id": "double--hyphen"},
        {"kind": "year"},
        {"per": "fortnite"},
        {"per_amount": 49},
        {"per": "second", "per_amount": 0},
        {"status": "maybe"},
        {"same_as": ["a"]},
        {"precision": -1},
        {"line": "x"},
    ],
)
def test_record_rejects(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Record.model_validate({"id": "a", "subject": "s", "value": 1, **fields})


def test_rates_dates_and_roles() -> None:
    rate = Record(id="r", subject="s", value=1, kind=Kind.RATE, per="second", per_amount=49)
    per_day = rate.per_day()
    assert per_day is not None and per_day.low == pytest.approx(1763.27, abs=0.01)
    assert Record(id="r", subject="s", value=1, as_of=2017).as_of == "2017"  # type: ignore[arg-type]
    role = Role(title="Children's Commissioner for England", start="2015-03", end="2021-02")
    assert role.held_on("2018-10") and role.held_on("2015") and not role.held_on("2014-12")
    assert not role.held_on("2021-05") and role.held_on("2021")


def test_line_is_bookkeeping_not_format() -> None:
    record = Record(id="a", subject="s", value=1, line=12)
    assert "line" not in record.model_dump()
    assert "line" not in registry_json_schema()["$defs"]["Record"]["properties"]


# --------------------------------------------------------------------------- loader


def test_every_problem_is_reported_together_with_its_position() -> None:
    with pytest.raises(RegistryError) as info:
        load_registry(DATA / "many_problems.yaml")
    error = info.value
    assert str(error).startswith("many_problems.yaml has 8 problems")
    expected = [
        (8, 9, "duplicate source id 'report-a' (first defined on line 6)"),
        (17, 5, "unknown key 'valeu' in figure 'typo'; did you mean 'value'?"),
        (20, 12, "'value' in figure 'wrong-type': should be a number, got '19,640'"),
        (24, 13, "figure 'dangling' source names unknown source 'report-b'; did you mean 'report-a'?"),
        (25, 14, "unknown person or organisation 'nobody'"),
        (28, 37, "formula error at column 19: expected ')', found end of formula"),
        (31, 19, "figure 'loop-a' is derived from itself: loop-a → loop-b → loop-a"),
        (35, 5, "missing required key 'id'"),
    ]
    assert at(error.problems) == [(line, col) for line, col, _ in expected]
    for problem, (_, _, fragment) in zip(error.problems, expected, strict=True):
        assert fragment in problem.message
        assert problem.path.endswith("many_problems.yaml")


def test_yaml_syntax_error_has_ruamels_position() -> None:
    with pytest.raises(RegistryError) as info:
        load_registry(DATA / "bad_syntax.yaml")
    (problem,) = info.value.problems
    assert (problem.line, problem.column) == (5, 7)
    assert problem.message.startswith("YAML syntax error:")


def test_duplicate_yaml_key_is_a_syntax_error() -> None:
    (problem,) = problems_of("version: 1\nversion: 1\n")
    assert problem.line == 2 and "duplicate key" in problem.message


def test_empty_and_comment_only_files_are_empty_registries(tmp_path: Path) -> None:
    assert load_registry(DATA / "empty.yaml").figures == []
    empty = tmp_path / "claims.yaml"
    empty.write_text("")
    registry = load_registry(empty)
    assert registry == Registry(path=str(empty))


def test_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "claims.yaml"
    with pytest.raises(RegistryError, match="does not exist") as info:
        load_registry(missing)
    assert str(missing) in str(info.value)


@pytest.mark.parametrize(
    ("text", "where", "fragment"),
    [
        ("figures: []\n", (1, 1), "missing 'version: 1'"),
        ("version: 2\n", (1, 10), "unsupported version 2"),
        ("version: 1\nfigurse: []\n", (2, 1), "did you mean 'figures'?"),
        ("version: 1\nfigures: {}\n", (2, 10), "figures should be a list"),
        ("version: 1\nfigures: [3]\n", (2, 11), "should be a mapping"),
        ("- a\n", (1, 1), "should be a mapping with version"),
        ("version: 1\nconstants: {Bad: 1}\n", (2, 13), "not a lowercase kebab-case id"),
        ("version: 1\nconstants: {k: many}\n", (2, 16), "constant 'k' should be a number"),
        (
            "version: 1\nsources:\n  - id: s\n    title: t\n    date: 31/01/2018\n",
            (5, 11), "should be a date written YYYY",
        ),
        (
            "version: 1\npeople:\n  - id: p\n    name: P\n    roles:\n      - titel: Chair\n",
            (6, 9), "unknown key 'titel' in person 'p' 'roles' item 1; did you mean 'title'?",
        ),
        (
            "version: 1\nfigures:\n  - id: a\n    subject: s\n    value: 1\n    line: 3\n",
            (6, 5), "unknown key 'line'",
        ),
        (
            "version: 1\nfigures:\n  - id: a\n    subject: s\n    interval: {low: 1, hihg: 2}\n",
            (5, 24), "did you mean 'high'?",
        ),
        (
            "version: 1\nfigures:\n  - id: a\n    subject: s\n    value: 1\n    same_as: [b]\n",
            (6, 15), "same_as names unknown figure 'b'",
        ),
        (
            "version: 1\npeople:\n  - id: p\n    name: P\n    member_of: [q]\n  - id: q\n    name: Q\n",
            (5, 17), "is a person, not an organisation",
        ),
    ],
)
def test_single_problems(text: str, where: tuple[int, int], fragment: str) -> None:
    problems = problems_of(text)
    assert any((p.line, p.column) == where and fragment in p.message for p in problems), problems


def test_formula_positions_inside_quoted_and_plain_values() -> None:
    base = "version: 1\nconstants: {las: 152}\nfigures:\n  - id: a\n    subject: s\n    value: 1\n"
    plain = problems_of(base + "    derived_from: a + (las\n")
    assert at(plain) == [(7, 27)]  # the end of the formula
    quoted = problems_of(base + '    derived_from: "las + nope"\n')
    assert at(quoted) == [(7, 26)] and "'nope'" in quoted[0].message
    minus = problems_of(base + "    derived_from: a-las\n")
    assert "did you mean 'a - las'?" in minus[0].message


def test_constant_clashing_with_figure_and_self_cycle() -> None:
    text = (
        "version: 1\nconstants: {a: 1}\nfigures:\n  - id: a\n    subject: s\n"
        "    derived_from: a * 2\n"
    )
    messages = [p.message for p in problems_of(text)]
    assert any("same name as figure 'a'" in m for m in messages)
    assert any("derived from itself: a → a" in m for m in messages)


def test_a_comma_that_splits_a_flow_alias_is_caught() -> None:
    text = (
        "version: 1\nfigures:\n  - id: a\n    subject: s\n    value: 1770\n"
        "    aliases: [an average of 1,770 children]\n"
    )
    (problem,) = problems_of(text)
    assert "splits the list item" in problem.message and problem.line == 6


def test_wrong_value_in_a_formula_is_not_a_loader_error() -> None:
    registry = load_registry(DATA / "small.yaml")
    rest = registry.figure("rest")
    assert rest is not None and rest.value == 15800
    assert derive(registry, "rest") == Interval.point(15820)


def test_records_remember_their_lines() -> None:
    registry = load_registry(DATA / "small.yaml")
    assert [(f.id, f.line) for f in registry.figures] == [("total", 21), ("part", 28), ("rest", 35)]
    assert registry.sources[0].line == 9 and registry.people[0].line == 15
    assert registry.constants == {"local-authorities": 152.0}


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed() -> Registry:
    return load_registry(SEED)


def test_seed_loads_with_every_reference_resolved(seed: Registry) -> None:
    assert len(seed.figures) >= 30
    for figure in seed.figures:
        assert figure.source and seed.source(figure.source), figure.id
        assert figure.speaker and seed.person(figure.speaker), figure.id
    used = {f.source for f in seed.figures}
    assert {s.id for s in seed.sources} <= used


@pytest.mark.parametrize(
    ("figure_id", "value", "source", "speaker"),
    [
        ("babies-in-need-2017", 19640, "a-crying-shame", "childrens-commissioner"),
        ("babies-vulnerable-at-home-2017", 15800, "a-crying-shame", "childrens-commissioner"),
        ("children-below-threshold-no-early-help-2015-16", 140000, "revolving-door", "action-for-children"),
        ("referrals-daily-lga", 1770, "lga-referrals-finding", "local-government-association"),
        ("children-entering-care-daily-lga-2018", 90, "lga-statement-crying-shame", "anntoinette-bramble"),
        ("child-protection-inquiries-change-decade-lga-2018", 124, "lga-statement-no-good-options", "richard-watts"),
        ("directors-finding-duties-difficult-2018", 89, "appg-directors-survey", "appg-for-children"),
        ("children-in-need-at-any-time-2016", 390000, "longfield-ncas-speech-2016", "anne-longfield"),
        ("innovation-programme-targeted-support-children-in-need", 5e6, "hl-written-answer-2018-01-31", "lord-agnew"),
        ("dfe-social-work-bursaries-and-programmes", 8e8, "dfe-statement-no-good-options", "department-for-education"),
    ],
)
def test_seed_figures(seed: Registry, figure_id: str, value: float, source: str, speaker: str) -> None:
    figure = seed.figure(figure_id)
    assert figure is not None
    assert (figure.value, figure.source, figure.speaker) == (value, source, speaker)


def test_seed_derivations(seed: Registry) -> None:
    # the deliberately inconsistent one: the parts give 14,880, the text says 15,800
    assert derive(seed, "babies-vulnerable-at-home-2017") == Interval.point(14880)
    # those that hold
    increase = derive(seed, "children-on-child-protection-plans-increase-decade-lga-2018")
    assert increase is not None and increase.low == 23600 and not increase.low_closed
    estimate = derive(seed, "children-below-threshold-no-early-help-2015-16")
    assert estimate is not None and estimate.contains(140000)
    per_la = derive(seed, "babies-vulnerable-per-local-authority-2017")
    stated = seed.figure("babies-vulnerable-per-local-authority-2017")
    assert per_la is not None and stated is not None and per_la.low is not None
    assert stated.effective_interval().contains(per_la.low)  # 103.9 is "around 100"


def test_seed_rates_tied_by_same_as(seed: Registry) -> None:
    every_49 = seed.figure("referral-every-49-seconds-lga-2018")
    daily = seed.figure("referrals-daily-lga")
    assert every_49 is not None and daily is not None
    assert daily.id in every_49.same_as and every_49.id in daily.same_as
    assert every_49.per_day().low == pytest.approx(1763.3, abs=0.1)  # type: ignore[union-attr]


def test_seed_people_roles(seed: Registry) -> None:
    watts, bramble = seed.person("richard-watts"), seed.person("anntoinette-bramble")
    assert watts is not None and bramble is not None
    assert watts.roles[0].held_on("2017") and not watts.roles[0].held_on("2019")
    assert bramble.roles[0].held_on("2018-10")
    assert [p.id for p in seed.speakers_for("children-entering-care-daily-lga-2018")] == [
        "anntoinette-bramble", "local-government-association",
    ]


# --------------------------------------------------------------------------- JSON schema


def _plain_yaml(path: Path) -> object:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def test_json_schema_is_valid_and_accepts_the_seed() -> None:
    schema = registry_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_plain_yaml(SEED), schema)
    record = schema["$defs"]["Record"]
    assert record["additionalProperties"] is False
    assert all(prop.get("description") for prop in record["properties"].values())
    assert "year" not in record["properties"]["kind"]["enum"]


def test_json_schema_rejects_an_unknown_key() -> None:
    data = _plain_yaml(DATA / "small.yaml")
    data["figures"][0]["valeu"] = 3  # type: ignore[index]
    with pytest.raises(jsonschema.ValidationError, match="valeu"):
        jsonschema.validate(data, registry_json_schema())


def test_shipped_schema_file_is_current() -> None:
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(registry_json_schema())), (
        "run: python -c 'from claimcheck.registry.schema import write_schema_file; write_schema_file()'"
    )


# --------------------------------------------------------------------------- writer


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_bytes((DATA / "small.yaml").read_bytes())
    return path


def _temps(directory: Path) -> list[Path]:
    return [p for p in directory.iterdir() if p.name.endswith(".tmp")]


def test_round_trip_is_byte_identical(small: Path) -> None:
    before = small.read_bytes()
    update(small, lambda doc: None)
    assert small.read_bytes() == before


def test_seed_round_trip_is_byte_identical(tmp_path: Path) -> None:
    copy = tmp_path / "claims.yaml"
    copy.write_bytes(SEED.read_bytes())
    update(copy, lambda doc: None)
    assert copy.read_bytes() == SEED.read_bytes()


def test_add_figure_keeps_comments_and_order(small: Path) -> None:
    before = small.read_text()
    record = Record(
        id="more-than", subject="a hedged figure", value=50000,
        interval=Interval(low=50000, low_closed=False), source="report-a", speaker="org",
    )
    add_figure(small, record, comment="FACT-CHECK: added in a test")
    after = small.read_text()
    assert after.startswith(before)
    assert after[len(before):] == (
        "\n"
        "  # FACT-CHECK: added in a test\n"
        "  - id: more-than\n"
        "    subject: a hedged figure\n"
        "    value: 50000\n"
        "    interval: {low: 50000, low_closed: false}\n"
        "    source: report-a\n"
        "    speaker: org\n"
    )
    added = load_registry(small).figure("more-than")
    assert added is not None and added.line == 44 and added.effective_interval() == record.interval


def test_add_figure_to_a_new_or_comment_only_file(tmp_path: Path) -> None:
    fresh = tmp_path / "claims.yaml"
    add_figure(fresh, Record(id="a", subject="s", value=1))
    assert fresh.read_text() == "version: 1\nfigures:\n  - id: a\n    subject: s\n    value: 1\n"
    comments = tmp_path / "other.yaml"
    comments.write_text("# kept\n")
    add_figure(comments, Record(id="a", subject="s", value=1))
    assert comments.read_text().startswith("# kept\nversion: 1\n")


def test_an_edit_that_breaks_the_registry_is_refused(small: Path) -> None:
    before = small.read_bytes()
    with pytest.raises(RegistryError, match="refusing to write") as info:
        add_figure(small, Record(id="x", subject="s", value=1, source="no-such-source"))
    assert "no-such-source" in str(info.value)
    with pytest.raises(RegistryError, match="duplicate figure id 'total'"):
        add_figure(small, Record(id="total", subject="again", value=1))
    assert small.read_bytes() == before and not _temps(small.parent)


def test_update_edits_in_place(small: Path) -> None:
    def retract(doc: dict) -> None:  # type: ignore[type-arg]
        doc["figures"][1]["status"] = "retracted"

    registry = update(small, retract)
    assert registry.figure("part").status == "retracted"  # type: ignore[union-attr]
    assert "# FACT-CHECK: 19,640 - 3,820 = 15,820" in small.read_text()
    assert "    value: 19640  # page 4\n" in small.read_text()


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_crash_mid_write_leaves_the_original(
    small: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    before = small.read_bytes()

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError("simulated crash")

    monkeypatch.setattr(os, failing, crash)
    with pytest.raises(OSError, match="simulated crash"):
        add_figure(small, Record(id="new", subject="s", value=1))
    monkeypatch.undo()
    assert small.read_bytes() == before
    assert not _temps(small.parent)


def test_stale_temp_files_from_a_killed_writer_are_cleared(small: Path) -> None:
    stale = small.parent / ".claims.yaml.abc123.tmp"
    stale.write_text("half a file")
    update(small, lambda doc: None)
    assert not stale.exists()


def test_file_mode_is_kept(small: Path) -> None:
    small.chmod(0o640)
    add_figure(small, Record(id="new", subject="s", value=1))
    assert small.stat().st_mode & 0o777 == 0o640


def test_a_concurrent_writer_is_refused(small: Path) -> None:
    before = small.read_bytes()
    held = FileLock(str(small) + ".lock")
    with held, pytest.raises(RegistryLockedError, match="another process"):
        add_figure(small, Record(id="new", subject="s", value=1))
    assert small.read_bytes() == before
    add_figure(small, Record(id="new", subject="s", value=1))  # free again once released


def test_the_example_in_the_docs_loads() -> None:
    doc = (ROOT / "docs" / "registry.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    registry = parse_registry(example, "docs/registry.md")
    assert [f.id for f in registry.figures][:1] == ["babies-in-need-2017"]
    assert derive(registry, "babies-per-local-authority-2017") is not None

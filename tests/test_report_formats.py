"""Every output format rendered from one hand-built report, asserting real content."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from claimcheck.checks.base import RuleInfo
from claimcheck.models import (
    Article,
    Attribution,
    Claim,
    Finding,
    Interval,
    Kind,
    Link,
    Position,
    Quantity,
    Record,
    Registry,
    Report,
    Severity,
    Source,
    Summary,
    TimeRef,
    Verification,
)
from claimcheck.report import FORMATTERS, get_formatter
from claimcheck.report.base import RenderOptions
from claimcheck.report.github import escape_data, escape_property
from claimcheck.report.json_format import claim_to_dict

SCHEMA = Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json"
ANSI = re.compile(r"\x1b\[")

CLAIM_KEYS = {
    "path", "line", "column", "end_line", "end_column", "start", "end", "surface", "kind",
    "value", "low", "high", "low_closed", "high_closed", "unit", "per", "per_amount",
    "qualifier", "is_claim", "sentence", "subject", "subject_head", "time", "place", "change",
    "speaker", "speaker_role", "source", "attribution", "part", "id", "record",
}
FINDING_KEYS = {
    "rule", "code", "severity", "message", "explanation", "path", "line", "column", "end_line",
    "end_column", "claims", "records", "fingerprint",
}

RULES = {
    "CC101": RuleInfo("CC101", "unsourced-figure", Severity.WARNING, "A figure has no source.",
                      "Say where the figure comes from."),
    "CC201": RuleInfo("CC201", "figure-mismatch", Severity.ERROR,
                      "A figure contradicts its record.", "Compare with the registry."),
    "CC301": RuleInfo("CC301", "stale-figure", Severity.INFO, "A figure is old.", "Update it."),
}


def _claim(cid: str, path: str, line: int, col: int, surface: str, sentence: str,
           value: float) -> Claim:
    return Claim(
        id=cid,
        position=Position(path=path, line=line, column=col, end_line=line,
                          end_column=col + len(surface), start=line * 100 + col,
                          end=line * 100 + col + len(surface)),
        quantity=Quantity(surface=surface, start=0, end=len(surface), kind=Kind.COUNT,
                          value=value, interval=Interval(low=value * 0.99, high=None)),
        sentence=sentence,
        subject="children in care",
        time=TimeRef(text="in 2019"),
        attribution=Attribution(speaker="Anne Longfield", method="sentence"),
    )


def _finding(rule: RuleInfo, claims: list[Claim], message: str, explanation: str = "",
             records: list[str] | None = None, fp: str = "") -> Finding:
    return Finding(
        rule=rule.name, code=rule.code, severity=rule.severity, message=message,
        explanation=explanation, position=claims[0].position, claims=[c.id for c in claims],
        records=records or [], fingerprint=fp or f"fp-{claims[0].id}-{rule.code}",
    )


def make_report(root: Path) -> Report:
    a, b = str(root / "articles" / "care.md"), str(root / "articles" / "knife crime.html")
    c1 = _claim("c1", a, 3, 5, "78,150", "There were 78,150 children in care in 2019.", 78150)
    c2 = _claim("c2", a, 7, 1, "80,000", "Some 80,000 children, a rise of 2%, are in care.", 80000)
    c3 = _claim("c3", b, 2, 10, "1,770", "Police recorded 1,770 offences each day.", 1770)
    registry = Registry(
        sources=[Source(id="dfe-2019", title="Children looked after in England",
                        publisher="Department for Education", date="2019-12-05")],
        figures=[Record(id="looked-after-2019", subject="children looked after", value=78150,
                        as_of="2019-03-31", source="dfe-2019")],
    )
    findings = [
        _finding(RULES["CC201"], [c2, c1], "80,000 does not match the record (78,150)",
                 "80,000 vs 78,150: 2.4% apart, beyond the rounding of 'some'",
                 ["looked-after-2019"]),
        _finding(RULES["CC101"], [c3], "1,770 has no source"),
        _finding(RULES["CC301"], [c1], "The record is from 2019", "as of 2019-03-31"),
    ]
    return Report(
        summary=Summary(articles=2, claims=3, linked=2, unsourced=1,
                        findings={"error": 1, "warning": 1, "info": 1}),
        articles=[Article(path=a, source="", text=""), Article(path=b, source="", text=""),
                  Article(path=str(root / "clean.txt"), source="", text="")],
        registry=registry,
        claims=[c1, c2, c3],
        links=[Link(claim_id="c1", record_id="looked-after-2019", score=0.93,
                    reasons=["value within rounding", "subject matches"]),
               Link(claim_id="c2", record_id="looked-after-2019", score=0.71,
                    reasons=["subject matches"]),
               Link(claim_id="c3", score=0.1, reasons=["no candidate"])],
        findings=findings,
        verifications=[Verification(relation="c1 equals looked-after-2019", claims=["c1"],
                                    records=["looked-after-2019"],
                                    working="78,150 = 78,150 (DfE 2019)")],
    )


@pytest.fixture
def report(tmp_path: Path) -> Report:
    return make_report(tmp_path)


def render(name: str, report: Report, root: Path, **kw: object) -> str:
    stream = io.StringIO()
    options = RenderOptions(root=root, rules=dict(RULES), env={}, **kw)  # type: ignore[arg-type]
    get_formatter(name).write(report, stream, options)
    return stream.getvalue()


def test_registry_lists_every_format() -> None:
    assert set(FORMATTERS) == {
        "text", "concise", "json", "jsonl", "sarif", "github", "junit", "markdown"
    }
    with pytest.raises(KeyError, match="choose from: text"):
        get_formatter("yaml")


def test_concise_lines(report: Report, tmp_path: Path) -> None:
    lines = render("concise", report, tmp_path).splitlines()
    assert lines == [
        "articles/care.md:3:5: CC301 stale-figure The record is from 2019",
        "articles/care.md:7:1: CC201 figure-mismatch 80,000 does not match the record (78,150)",
        "articles/knife crime.html:2:10: CC101 unsourced-figure 1,770 has no source",
    ]


def test_json_document(report: Report, tmp_path: Path) -> None:
    doc = json.loads(render("json", report, tmp_path))
    assert doc["schema_version"] == "1.0"
    assert {"summary", "claims", "findings", "verifications"} <= doc.keys()
    assert doc["summary"]["unsourced"] == 1
    assert [set(c) for c in doc["claims"]] == [CLAIM_KEYS] * 3
    first = doc["findings"][0]
    assert set(first) == FINDING_KEYS
    assert first["path"] == "articles/care.md" and first["severity"] == "error"
    assert [c["surface"] for c in first["claims"]] == ["80,000", "78,150"]
    assert first["claims"][0]["record"] == "looked-after-2019"
    assert first["claims"][0]["high"] is None  # unbounded end is null, not Infinity
    assert first["records"] == ["looked-after-2019"]
    assert doc["verifications"][0]["working"].startswith("78,150")


def test_claim_to_dict_shape(report: Report) -> None:
    d = claim_to_dict(report.claims[0], report.links[0])
    assert set(d) == CLAIM_KEYS
    assert d["value"] == 78150 and d["kind"] == "count" and d["attribution"] == "sentence"
    assert d["time"] == {"text": "in 2019", "start": None, "end": None}
    assert claim_to_dict(report.claims[2])["record"] is None


def test_jsonl_one_line_per_finding_then_summary(report: Report, tmp_path: Path) -> None:
    rows = [json.loads(line) for line in render("jsonl", report, tmp_path).splitlines()]
    assert [r["type"] for r in rows] == ["finding"] * 3 + ["summary"]
    assert rows[-1]["schema_version"] == "1.0" and rows[-1]["articles"] == 2
    assert rows[1]["code"] == "CC101"


def test_sarif_validates_and_is_stable(report: Report, tmp_path: Path) -> None:
    first, second = render("sarif", report, tmp_path), render("sarif", report, tmp_path)
    doc = json.loads(first)
    Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(doc)
    run = doc["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")
    driver = run["tool"]["driver"]
    assert driver["name"] == "claimcheck" and driver["informationUri"]
    ids = [r["id"] for r in driver["rules"]]
    assert {"CC101", "CC201", "CC301", "CC901"} <= set(ids)
    mismatch = driver["rules"][ids.index("CC201")]
    assert mismatch["defaultConfiguration"]["level"] == "error"
    assert mismatch["help"]["markdown"] and mismatch["fullDescription"]["text"]
    result = run["results"][0]
    assert result["ruleIndex"] == ids.index(result["ruleId"])
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "articles/care.md", "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 7, "startColumn": 1, "endLine": 7, "endColumn": 7}
    assert result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 3
    unsourced = run["results"][1]
    assert unsourced["level"] == "warning"
    uri = unsourced["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "articles/knife%20crime.html"
    assert run["results"][2]["level"] == "note"
    fps = [r["partialFingerprints"] for r in doc["runs"][0]["results"]]
    assert fps == [r["partialFingerprints"] for r in json.loads(second)["runs"][0]["results"]]
    assert fps[0] == {"claimcheck/v1": "fp-c2-CC201"}


def test_sarif_uses_check_registry_when_no_rules_given(report: Report, tmp_path: Path) -> None:
    stream = io.StringIO()
    get_formatter("sarif").write(report, stream, RenderOptions(root=tmp_path, env={}))
    doc = json.loads(stream.getvalue())
    Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(doc)
    ids = {r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]}
    assert {"CC101", "CC201", "CC301", "CC901"} <= ids


def test_github_escaping() -> None:
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_annotations(report: Report, tmp_path: Path) -> None:
    report.findings[1].message = "1,770 a day: 100% unsourced\nsee notes"
    lines = render("github", report, tmp_path).splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(
        "::notice file=articles/care.md,line=3,col=5,endLine=3,endColumn=11,"
        "title=CC301 stale-figure::The record is from 2019%0Aas of 2019-03-31"
    )
    assert lines[2] == (
        "::warning file=articles/knife crime.html,line=2,col=10,endLine=2,endColumn=15,"
        "title=CC101 unsourced-figure::1,770 a day: 100%25 unsourced%0Asee notes"
    )
    assert lines[1].startswith("::error file=articles/care.md,line=7,")


def test_github_step_summary(report: Report, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    options = RenderOptions(root=tmp_path, rules=dict(RULES),
                            env={"GITHUB_STEP_SUMMARY": str(summary)})
    get_formatter("github").write(report, io.StringIO(), options)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## claimcheck")
    assert "| Articles |" in text


def test_junit_xml(report: Report, tmp_path: Path) -> None:
    report.findings[1].message = 'quote " and <tag> & more'
    tree = ET.fromstring(render("junit", report, tmp_path))
    suites = {s.get("name"): s for s in tree.iter("testsuite")}
    assert set(suites) == {"articles/care.md", "articles/knife crime.html", "clean.txt"}
    assert suites["articles/care.md"].get("failures") == "2"
    assert len(suites["articles/care.md"].findall("testcase/failure")) == 2
    assert suites["clean.txt"].get("failures") == "0"
    clean_cases = suites["clean.txt"].findall("testcase")
    assert len(clean_cases) == 1 and clean_cases[0].find("failure") is None
    failure = suites["articles/knife crime.html"].find("testcase/failure")
    assert failure is not None and failure.get("message") == 'quote " and <tag> & more'
    assert tree.get("failures") == "3"


def test_text_never_has_no_ansi(report: Report, tmp_path: Path) -> None:
    out = render("text", report, tmp_path, color="never")
    assert not ANSI.search(out)
    assert out.splitlines()[0].startswith("2 articles · 3 claims · 2 linked · 1 unsourced")
    assert "1 error, 1 warning, 1 info" in out.splitlines()[0]
    assert "80,000" in out and "2.4% apart" in out
    assert "Children looked after in England — Department for Education, 2019-12-05" in out
    assert "looked-after-2019" in out
    assert max(len(line) for line in out.splitlines()) <= 100
    assert "0.93" not in out  # link scores only when verbose


def test_text_verbose_lists_claims_and_verifications(report: Report, tmp_path: Path) -> None:
    out = render("text", report, tmp_path, color="never", verbose=True)
    assert "0.93" in out and "value within rounding" in out
    assert "78,150 = 78,150 (DfE 2019)" in out
    assert "clean.txt" in out


def test_text_always_has_ansi(report: Report, tmp_path: Path) -> None:
    out = render("text", report, tmp_path, color="always")
    assert ANSI.search(out)


def test_text_auto_honours_no_color_and_pipes(report: Report, tmp_path: Path) -> None:
    stream = io.StringIO()  # not a tty
    get_formatter("text").write(report, stream, RenderOptions(root=tmp_path, env={}))
    assert not ANSI.search(stream.getvalue())
    stream = io.StringIO()
    options = RenderOptions(root=tmp_path, env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    get_formatter("text").write(report, stream, options)
    assert not re.search(r"\x1b\[[0-9;]*3\dm", stream.getvalue())  # no colour codes


def test_markdown_comment(report: Report, tmp_path: Path) -> None:
    out = render("markdown", report, tmp_path)
    assert "| Articles | Claims | Linked | Unsourced | Errors | Warnings | Info |" in out
    assert "| 2 | 3 | 2 | 1 | 1 | 1 | 1 | 0 |" in out
    assert "### `articles/care.md`" in out
    assert "> Some **80,000** children, a rise of 2%, are in care." in out
    assert "<details>" in out and "78,150 = 78,150 (DfE 2019)" in out
    assert "(line 7, col 1): 80,000 does not match the record (78,150)" in out


def test_empty_report_renders_everywhere(tmp_path: Path) -> None:
    for name in FORMATTERS:
        out = render(name, Report(), tmp_path, color="never")
        assert isinstance(out, str)
    assert "No findings" in render("markdown", Report(), tmp_path)

"""Inline suppressions: scopes, rule names or codes, reasons, and unused-suppression reports."""

from __future__ import annotations

import re

import pytest

from claimcheck.models import Article, Finding, Position, Severity
from claimcheck.suppress import UNUSED_SUPPRESSION, apply_suppressions, parse_suppressions

NAMES = {"CC101": "unsourced-figure", "CC201": "figure-mismatch"}


def resolve(key: str) -> str:
    if key in NAMES:
        return NAMES[key]
    if key in NAMES.values():
        return key
    raise KeyError(key)


def article(source: str, path: str = "a.md", fmt: str = "markdown",
            from_ingest: bool = True) -> Article:
    comments = (
        [(m.start(), m.end(), m.group()) for m in re.finditer(r"<!--.*?-->", source, re.S)]
        if from_ingest and fmt != "text" else []
    )
    return Article(path=path, source=source, text=source, format=fmt,  # type: ignore[arg-type]
                   comments=comments)


def finding_at(line: int, rule: str = "unsourced-figure", path: str = "a.md") -> Finding:
    code = {v: k for k, v in NAMES.items()}[rule]
    return Finding(
        rule=rule, code=code, severity=Severity.WARNING, message=f"{rule} on {line}",
        position=Position(path=path, line=line, column=1, end_line=line, end_column=5,
                          start=0, end=4),
    )


def lines(*text: str) -> str:
    return "\n".join(text) + "\n"


def test_next_line_silences_exactly_one_finding() -> None:
    src = lines(
        "Intro.",
        "<!-- claimcheck-disable-next-line unsourced-figure -->",
        "Some 4,000 people came.",
        "Another 5,000 stayed.",
    )
    findings = [finding_at(3), finding_at(4)]
    result = apply_suppressions(findings, [article(src)], resolve)
    assert result.suppressed == [findings[0]]
    assert result.kept == [findings[1]]
    assert result.unused == []


def test_next_line_skips_blank_lines_and_only_the_named_rule() -> None:
    src = lines("<!-- claimcheck-disable-next-line CC101 -->", "", "Some 4,000 people came.")
    findings = [finding_at(3), finding_at(3, "figure-mismatch")]
    result = apply_suppressions(findings, [article(src)], resolve)
    assert [f.rule for f in result.suppressed] == ["unsourced-figure"]
    assert [f.rule for f in result.kept] == ["figure-mismatch"]


def test_region_disable_enable() -> None:
    src = lines(
        "1 before",
        "<!-- claimcheck-disable CC101, figure-mismatch -->",
        "3 inside",
        "<!-- claimcheck-enable CC101 -->",
        "5 after",
        "<!-- claimcheck-enable -->",
        "7 after all",
    )
    findings = [finding_at(n) for n in (1, 3, 5, 7)] + [
        finding_at(5, "figure-mismatch"), finding_at(7, "figure-mismatch")
    ]
    result = apply_suppressions(findings, [article(src)], resolve)
    got = {(f.position.line, f.rule) for f in result.suppressed}
    assert got == {(3, "unsourced-figure"), (5, "figure-mismatch")}
    assert result.unused == []


def test_unclosed_region_runs_to_end_of_file() -> None:
    src = lines("1", "<!-- claimcheck-disable -->", "3", "4")
    result = apply_suppressions([finding_at(1), finding_at(4)], [article(src)], resolve)
    assert [f.position.line for f in result.suppressed] == [4]


def test_file_wide() -> None:
    src = lines("Figures: 1, 2, 3.", "<!-- claimcheck-disable-file -->", "More: 4.")
    other = finding_at(1, path="b.md")
    findings = [finding_at(1), finding_at(3, "figure-mismatch"), other]
    result = apply_suppressions(findings, [article(src), article("x\n", "b.md")], resolve)
    assert result.kept == [other]
    assert len(result.suppressed) == 2


def test_disable_line_same_line_and_reason() -> None:
    src = lines(
        "Some 4,000 came. <!-- claimcheck-disable-line unsourced-figure -- checked by phone -->",
        "Another 5,000.",
    )
    result = apply_suppressions([finding_at(1), finding_at(2)], [article(src)], resolve)
    assert [f.position.line for f in result.suppressed] == [1]
    assert result.unused == []


def test_unused_suppression_reported_at_its_line() -> None:
    src = lines(
        "Title",
        "",
        "<!-- claimcheck-disable-next-line figure-mismatch -- old note -->",
        "No figure here.",
    )
    result = apply_suppressions([finding_at(4)], [article(src)], resolve)
    assert result.kept == [finding_at(4)]
    (unused,) = result.unused
    assert unused.code == "CC901" and unused.rule == "unused-suppression"
    assert unused.severity == Severity.WARNING
    assert (unused.position.path, unused.position.line, unused.position.column) == ("a.md", 3, 1)
    assert "figure-mismatch" in unused.message
    assert unused.fingerprint


def test_unknown_rule_is_reported() -> None:
    src = lines("<!-- claimcheck-disable-next-line no-such-rule -->", "x")
    (unused,) = apply_suppressions([], [article(src)], resolve).unused
    assert "unknown rule 'no-such-rule'" in unused.message


def test_unused_suppression_can_itself_be_suppressed() -> None:
    src = lines(
        "<!-- claimcheck-disable-file unused-suppression -- legacy notes -->",
        "<!-- claimcheck-disable-next-line CC101 -->",
        "No figure here.",
    )
    assert apply_suppressions([], [article(src)], resolve).unused == []


def test_finding_suppressed_through_any_of_its_claims() -> None:
    from claimcheck.models import Claim, Kind, Quantity

    src = lines("80,000 here.", "<!-- claimcheck-disable-next-line CC201 -->", "78,150 there.")
    pos = Position(path="a.md", line=3, column=1, end_line=3, end_column=7, start=0, end=6)
    other = Claim(id="c2", position=pos,
                  quantity=Quantity(surface="78,150", start=0, end=6, kind=Kind.COUNT))
    f = finding_at(1, "figure-mismatch").model_copy(update={"claims": ["c1", "c2"]})
    result = apply_suppressions([f], [article(src)], resolve, claims=[other])
    assert result.suppressed == [f]


@pytest.mark.parametrize("from_ingest", [True, False])
def test_text_files_are_scanned_for_comments(from_ingest: bool) -> None:
    src = lines("<!-- claimcheck-disable-next-line unsourced-figure -->", "Some 4,000.")
    art = article(src, "a.txt", fmt="text", from_ingest=from_ingest)
    result = apply_suppressions([finding_at(2, path="a.txt")], [art], resolve)
    assert len(result.suppressed) == 1


def test_non_directive_comments_are_ignored() -> None:
    src = lines("<!-- an editor's note: claimcheck is great -->", "text")
    assert parse_suppressions(article(src), resolve) == []


def test_rule_info_has_help_and_examples() -> None:
    assert UNUSED_SUPPRESSION.code == "CC901" and UNUSED_SUPPRESSION.help
    assert any(e.flags for e in UNUSED_SUPPRESSION.examples)
    assert any(not e.flags for e in UNUSED_SUPPRESSION.examples)

"""Figure-level diff: alignment, whole-figure tokens, findings and rendering."""

from __future__ import annotations

import re
from io import StringIO

from _claims import claims_from_text, make_claim
from rich.console import Console

from claimcheck.diff import diff_claims
from claimcheck.diff_findings import diff_findings
from claimcheck.diffview import (
    choose_view,
    render,
    render_inline,
    render_plain,
    render_side_by_side,
    summary_line,
)
from claimcheck.models import (
    Finding,
    Interval,
    Link,
    Position,
    Record,
    Registry,
    Severity,
)
from claimcheck.tokendiff import sentence_diff

ANSI = re.compile(r"\x1b\[[0-9;]*m")

OLD = """The survey found 4.2 million children live in poverty. Councils spent £200 million.

Officials said 300 babies were adopted last year. Nothing else changed here.
"""


def _diff(old: str, new: str, **kw):
    return diff_claims(claims_from_text(old), claims_from_text(new), **kw)


def test_changed_figure_in_edited_sentence_is_one_unit() -> None:
    new = OLD.replace("4.2 million children live", "4.5 million children now live")
    d = _diff(OLD, new)
    assert [c.kind for c in d.changes] == ["changed"]
    change = d.changes[0]
    assert (change.old_surface, change.new_surface) == ("4.2 million", "4.5 million")
    assert d.unchanged == 2
    text = render_plain(d)
    assert "[-4.2 million-]{+4.5 million+}" in text
    assert "{+now+}" in text
    assert "4.[-2" not in text


def test_figure_only_change_renders_exactly() -> None:
    new = OLD.replace("4.2 million", "4.5 million")
    d = _diff(OLD, new)
    assert render_plain(d).count("[-4.2 million-]{+4.5 million+}") == 1
    assert "The survey found [-4.2 million-]{+4.5 million+} children live in poverty." in render_plain(d)


def test_added_sentence_with_figure() -> None:
    new = OLD.replace("Nothing else changed here.", "Nothing else changed here. A further 640 were placed.")
    d = _diff(OLD, new)
    assert [(c.kind, c.new_surface) for c in d.changes] == [("added", "640")]
    assert d.changes[0].old is None and d.changes[0].new_sentence == "A further 640 were placed."
    assert "{+A further 640 were placed.+}" in render_plain(d)


def test_removed_sentence_with_figure() -> None:
    new = OLD.replace("Officials said 300 babies were adopted last year. ", "")
    d = _diff(OLD, new)
    assert [(c.kind, c.old_surface) for c in d.changes] == [("removed", "300")]
    assert "[-Officials said 300 babies were adopted last year.-]" in render_plain(d)


def test_moved_paragraphs_produce_no_changes() -> None:
    a, b = OLD.strip().split("\n\n")
    d = _diff(OLD, f"{b}\n\n{a}\n")
    assert d.changes == [] and d.sentences == []
    assert d.unchanged == 3
    assert d.moved >= 1
    assert summary_line(d).startswith("0 figures changed, 0 added, 0 removed, 3 unchanged")


def test_moved_and_edited() -> None:
    a, b = OLD.strip().split("\n\n")
    d = _diff(OLD, f"{b}\n\n{a.replace('£200 million', '£250 million')}\n")
    assert [(c.kind, c.old_surface, c.new_surface) for c in d.changes] == [
        ("changed", "£200 million", "£250 million")
    ]


def test_figures_paired_by_subject_when_reordered() -> None:
    s_old = "There were 19,640 babies in need and 3,820 looked after."
    s_new = "Local authorities looked after 3,900 babies, out of 19,640 in need."
    old = [
        make_claim("19,640", 10, s_old, subject="babies in need"),
        make_claim("3,820", 37, s_old, subject="babies looked after"),
    ]
    new = [
        make_claim("3,900", 31, s_new, subject="babies looked after"),
        make_claim("19,640", 49, s_new, subject="babies in need"),
    ]
    d = diff_claims(old, new)
    assert [(c.kind, c.old_surface, c.new_surface) for c in d.changes] == [("changed", "3,820", "3,900")]
    assert d.unchanged == 1


def test_token_diff_keeps_figures_whole() -> None:
    old, new = "Some 4.2 million people.", "Some 4.25 million people."
    segs = sentence_diff(old, {"a": (5, 16)}, new, {"b": (5, 17)})
    assert [(s.op, s.text) for s in segs] == [
        ("equal", "Some"), ("delete", "4.2 million"), ("insert", "4.25 million"), ("equal", "people."),
    ]
    assert segs[1].figures == [(0, 11)]


def _finding(claim, rule="figure-mismatch", line=1) -> Finding:
    pos = claim.position.model_copy(update={"line": line})
    return Finding(rule=rule, code="CC201", severity=Severity.ERROR, message="does not match",
                   position=pos, claims=[claim.id], records=["babies-at-home-2017"])


def test_link_change_and_findings() -> None:
    record = Record(id="babies-at-home-2017", subject="babies at home", value=15800)
    registry = Registry(figures=[record])
    old_text = "There were 15,800 babies at home. Unrelated 12 per cent."
    new_text = "\n\nThere were 18,500 babies at home. Unrelated 12 per cent."
    old, new = claims_from_text(old_text), claims_from_text(new_text)
    old_links = [Link(claim_id=old[0].id, record_id=record.id)]
    new_links = [Link(claim_id=new[0].id, record_id=record.id)]
    # a finding on the unchanged figure moves lines but is neither introduced nor resolved
    moved_old, moved_new = _finding(old[1], "unsourced-figure", 1), _finding(new[1], "unsourced-figure", 3)
    introduced = _finding(new[0])
    d = diff_claims(old, new, old_links=old_links, new_links=new_links, registry=registry,
                    old_findings=[moved_old], new_findings=[moved_new, introduced])
    (change,) = d.changes
    assert change.link_change == "the new figure no longer matches record babies-at-home-2017"
    assert change.old_sourcing.status == "linked" and change.old_sourcing.record_id == record.id
    assert change.findings_introduced == [introduced]
    assert d.findings_introduced == [introduced] and d.findings_resolved == []
    plain = render_plain(d)
    assert "no longer matches record babies-at-home-2017" in plain
    assert "1 finding introduced, 0 resolved" in plain


def test_diff_findings_ignores_line_numbers() -> None:
    c1 = make_claim("15,800", 0, "15,800 babies.")
    c2 = make_claim("15,800", 40, "15,800 babies.", line=9)
    f1, f2 = _finding(c1, line=1), _finding(c2, line=9)
    assert diff_findings([f1], [f2], [c1], [c2]) == ([], [])
    other = _finding(make_claim("16,000", 40, "16,000 babies."))
    assert diff_findings([f1], [other], [c1], []) == ([other], [f1])


def test_finding_on_an_unchanged_figure_survives_an_edit_to_another_figure_of_its_sentence() -> None:
    c1 = make_claim("7.57 million", 30, "It fell to 7.54 million, down from 7.57 million.")
    c2 = make_claim("7.57 million", 30, "It fell to 7.61 million, down from 7.57 million.")
    assert diff_findings([_finding(c1)], [_finding(c2)], [c1], [c2]) == ([], [])
    c3 = make_claim("7.59 million", 30, "It fell to 7.61 million, down from 7.59 million.")
    f3 = _finding(c3)
    assert diff_findings([_finding(c1)], [f3], [c1], [c3])[0] == [f3]


def test_sourcing_status() -> None:
    old = claims_from_text("Ministers say 40 per cent agree.")
    new = claims_from_text("Ministers say 45 per cent agree.", speakers={"45 per cent": "Ministers"})
    (change,) = diff_claims(old, new).changes
    assert change.old_sourcing.status == "unsourced"
    assert change.new_sourcing.describe() == "attributed to Ministers"


def test_side_by_side_has_ansi_and_plain_has_none() -> None:
    d = _diff(OLD, OLD.replace("4.2 million", "4.5 million"))
    out = StringIO()
    render_side_by_side(d, Console(file=out, width=160, force_terminal=True, color_system="standard"))
    coloured = out.getvalue()
    assert ANSI.search(coloured)
    assert "4.2 million" in ANSI.sub("", coloured) and "4.5 million" in ANSI.sub("", coloured)
    plain = render_plain(d)
    assert not ANSI.search(plain)
    out2 = StringIO()
    render(d, Console(file=out2, width=160, force_terminal=True, color_system="standard"), "plain")
    assert not ANSI.search(out2.getvalue())
    assert "[-4.2 million-]{+4.5 million+}" in out2.getvalue()


def test_inline_render() -> None:
    d = _diff(OLD, OLD.replace("£200 million", "£2 billion"))
    out = StringIO()
    render_inline(d, Console(file=out, width=80, force_terminal=True, color_system="standard"))
    text = out.getvalue()
    assert "\x1b[" in text and "£2 billion" in ANSI.sub("", text)


def test_choose_view() -> None:
    assert choose_view(160, False, True) == "side-by-side"
    assert choose_view(100, False, True) == "inline"
    assert choose_view(160, True, True) == "inline"
    assert choose_view(160, False, False) == "plain"


def test_no_changes_is_empty() -> None:
    d = _diff(OLD, OLD)
    assert d.empty and d.unchanged == 3 and d.moved == 0


def test_interval_overlap_keeps_match() -> None:
    record = Record(id="r", subject="x", value=15800)
    s1, s2 = "About 15,800 babies.", "About 16,000 babies."
    old = [make_claim("15,800", 6, s1)]
    new = [make_claim("16,000", 6, s2, interval=Interval(low=15500, high=16500, high_closed=False))]
    d = diff_claims(old, new, old_links=[Link(claim_id=old[0].id, record_id="r")],
                    new_links=[Link(claim_id=new[0].id, record_id="r")], registry=Registry(figures=[record]))
    assert d.changes[0].link_change is None
    _ = Position  # keep import for readers building positions by hand


def test_figure_dropped_from_kept_sentence_with_texts() -> None:
    new = OLD.replace("Councils spent £200 million.", "Councils spent a fortune.")
    old_claims, new_claims = claims_from_text(OLD), claims_from_text(new)
    without = diff_claims(old_claims, new_claims)
    assert "[-Councils spent £200 million.-]" in render_plain(without)
    d = diff_claims(old_claims, new_claims, old_text=OLD, new_text=new)
    assert [(c.kind, c.old_surface) for c in d.changes] == [("removed", "£200 million")]
    assert "Councils spent [-£200 million-]{+a fortune+}." in render_plain(d)
    assert d.sentences[0].new_line == 1


def test_diff_reports_and_render_choice() -> None:
    from claimcheck.diff import diff_reports
    from claimcheck.diffview import color_enabled
    from claimcheck.models import Article, Report

    new_text = OLD.replace("300 babies", "350 babies")
    old_claims, new_claims = claims_from_text(OLD, path="d.md"), claims_from_text(new_text, path="d.md")
    old_r = Report(claims=old_claims, articles=[Article(path="d.md", source=OLD, text=OLD)])
    new_r = Report(claims=new_claims, articles=[Article(path="d.md", source=new_text, text=new_text)],
                   findings=[_finding(new_claims[2])])
    d = diff_reports(old_r, new_r)
    assert [(c.old_surface, c.new_surface) for c in d.changes] == [("300", "350")]
    assert d.introduced == d.findings_introduced and len(d.introduced) == 1
    piped = StringIO()
    console = Console(file=piped, width=200)
    assert not color_enabled(console)
    render(d, console, old_name="d.md@HEAD", new_name="d.md")
    out = piped.getvalue()
    assert not ANSI.search(out) and out.startswith("d.md@HEAD -> d.md\n")
    assert "[-300-]{+350+}" in out
    wide = StringIO()
    render(d, Console(file=wide, width=160, force_terminal=True, color_system="standard"), inline=True)
    assert "│" not in wide.getvalue() and ANSI.search(wide.getvalue())

"""Display copy: a headline or standfirst figure that the body restates with a source.

Headlines name no sources; they restate the body. CI users must not get an unsourced-figure
error on every headline whose figure the body attributes, nor lose one on a headline figure
that the body never backs.
"""

from __future__ import annotations

from pathlib import Path

from _scan import scan_texts


def _findings(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    report = scan_texts(tmp_path, text)
    claims = {c.id: c for c in report.claims}
    return [(f.rule, claims[f.claims[0]].quantity.surface, claims[f.claims[0]].part)
            for f in report.findings]


def test_headline_figure_the_body_attributes_is_not_unsourced(tmp_path: Path) -> None:
    found = _findings(tmp_path, "# Ferry fares to rise by 6.2% in April\n\n"
                      "*Car tickets will go up by more than £40 on the longest routes*\n\n"
                      "Ferry fares will rise by 6.2% in April, Western Ferries said, adding more "
                      "than £40 to a car ticket.\n")
    assert ("unsourced-figure", "6.2%", "headline") not in found
    assert not [f for f in found if f[0] == "unsourced-figure"]
    # the body's copy is what the registry rule judges
    assert ("unregistered-figure", "6.2%", "body") in found


def test_headline_figure_the_body_never_backs_is_still_unsourced(tmp_path: Path) -> None:
    found = _findings(tmp_path, "# Ferry fares to rise by 9% in April\n\n"
                      "Ferry fares will rise by 6.2% in April, Western Ferries said.\n")
    assert ("unsourced-figure", "9%", "headline") in found


def test_a_body_restatement_without_attribution_does_not_source_the_headline(tmp_path: Path) -> None:
    found = _findings(tmp_path, "# Ferry fares to rise by 6.2% in April\n\n"
                      "Ferry fares will rise by 6.2% in April.\n")
    assert ("unsourced-figure", "6.2%", "headline") in found
    assert ("unsourced-figure", "6.2%", "body") in found

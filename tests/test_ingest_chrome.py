"""Site chrome captured with an article: promos, cookie notices, menus, footers, "Most read".

A scraped page carries the headlines of other stories ("READ MORE: Why fares rose 40% in a
decade") and a menu above the headline; their figures must never become claims, and the
menu must not be taken for the headline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.engine import Input, extract
from claimcheck.ingest.furniture import is_navigation, match_line

PAGE = """We use cookies to improve your experience on our site. Accept all cookies
Skip to main content
Home News Sport Business Top 10
Ferry fares to rise by 6.2% in April
Islanders face the steepest increase in five years, with car tickets up by more than £40
By Staff Reporter
Published 18 November 2026

Ferry fares on the western routes will rise by 6.2% from 1 April, the operator has announced.

READ MORE: Why crossings have cost 35% more since 2019

The increase affects about 70% of all sailings, the operator said.

Read more: Delays cost island firms £4.5m, study finds

Related: Seven things to know about the 2027 timetable

Watch: Passengers react to the 6.2% rise (2:14)

Residents said a return trip for a family of four would cost £312, up from £290.

Follow us on Facebook, Twitter and Instagram
Copyright © 2026 The Island Courier Ltd. Registered in Scotland No. SC456781.
Most read
Man, 47, charged after harbour crash
House prices fall 3% in a month
"""


@pytest.fixture
def scraped(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _extract(path: Path, include_all: bool = False):  # type: ignore[no-untyped-def]
    (only,) = list(extract(Input(paths=[path]), include_all=include_all))
    return only


def test_figures_in_promos_and_footers_are_not_claims(scraped: Path) -> None:
    ex = _extract(scraped)
    surfaces = [c.quantity.surface for c in ex.claims]
    assert surfaces == ["6.2%", "more than £40", "6.2%", "about 70%", "£312, up from £290"]


def test_headline_is_found_after_a_menu_line(scraped: Path) -> None:
    ex = _extract(scraped)
    parts = [(c.quantity.surface, c.part) for c in ex.claims]
    assert parts[:3] == [("6.2%", "headline"), ("more than £40", "standfirst"), ("6.2%", "body")]
    text = ex.article.text
    assert ex.article.headline is not None
    assert text[slice(*ex.article.headline)] == "Ferry fares to rise by 6.2% in April"


def test_all_lists_a_figure_in_furniture_as_furniture_with_its_part(scraped: Path) -> None:
    ex = _extract(scraped, include_all=True)
    others = {c.quantity.surface: c for c in ex.others}
    promo = others["35%"]
    assert promo.quantity.kind == "furniture" and promo.quantity.is_claim is False
    assert others["£4.5m"].quantity.kind == "furniture"
    assert others["3%"].quantity.kind == "furniture"  # under "Most read": the tail is furniture
    assert others["five years"].part == "standfirst"  # non-claims carry their part too
    assert others["five years"].quantity.kind == "duration"  # a non-claim keeps its own kind


@pytest.mark.parametrize("line", [
    "READ MORE: Why crossings have cost 35% more since 2019",
    "Read more: Delays cost island firms £4.5m, study finds",
    "Related: Seven things to know about the 2027 timetable",
    "See also | Ten charts on ferry delays",
    "Watch: Passengers react to the 6.2% rise (2:14)",
    "This website uses cookies. By continuing you accept 3 of them",
    "© 2026 The Island Courier Ltd, 12 Quay Street",
    "Most popular today",
    "2h ago",
    "35 mins ago",
    "Updated at 14.20",
    "14:25 GMT",
    "Posted 9.05am",
])
def test_chrome_lines_are_furniture(line: str) -> None:
    assert match_line(line) is not None, line


@pytest.mark.parametrize("line", [
    "Related charities said 40% of donations fell",
    "Watch officials say 300 sailings were cancelled.",
    "We use 12% more fuel than in 2019, the operator said.",
    "Most readers said fares were too high.",
    "2 hours ago the council voted for 14 new buses.",
    "Updated at 14.20, the forecast shows 3.5% growth.",
])
def test_prose_that_opens_like_chrome_is_not_furniture(line: str) -> None:
    assert match_line(line) is None, line


@pytest.mark.parametrize(("line", "menu"), [
    ("Home News Sport Business Top 10", True),
    ("News | Politics | World | Business | Opinion", True),
    ("Home › News › Scotland", True),
    ("Ferry Fares To Rise By 6.2% In April", False),  # a title-case headline
    ("Sport England cuts funding by 10%", False),
    ("Wales, Scotland and England", False),
    ("Business news", False),
])
def test_navigation_lines(line: str, menu: bool) -> None:
    assert is_navigation(line) is menu


HTML_PAGE = """<html><head><title>Harbour dues to rise 7.5% - Coast Gazette</title></head>
<body>
<div id="cookie-consent">This site uses 14 cookies. <a href="#">OK</a></div>
<div class="masthead"><div class="menu"><a>News</a> <a>Top 100 Beaches</a></div></div>
<div class="col-main">
 <div class="story-header"><h1>Harbour dues to rise 7.5% as repair bill hits £9m</h1>
 <div class="byline">By Ann Holt | 10 February 2026</div></div>
 <div class="social-share"><a>Share</a> <span class="count">1,204</span></div>
 <div class="story-body">
  <p>Boat owners face a 7.5% rise in harbour dues from April, the trust said.</p>
  <div class="inline-promo"><p>Get our 5 best stories every morning.</p></div>
  <p>The trust said 240 moorings were in use.</p>
  <div class="advert">Advertisement: win a £500 voucher</div>
  <div role="complementary"><p>Poll: 61% back the plan</p></div>
  <p hidden>Draft: 999 boats</p>
 </div>
 <div class="content--comment"><p>Opinion: the 7.5% rise is fair, say 3 in 4 owners.</p></div>
</div>
<div class="site-footer">Valley Media 2026. Company no. 0123456.</div>
</body></html>
"""


def test_html_chrome_elements_are_dropped_by_class_id_and_role(tmp_path: Path) -> None:
    path = tmp_path / "dues.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    ex = _extract(path, include_all=True)
    surfaces = [c.quantity.surface for c in ex.claims]
    assert surfaces == ["7.5%", "£9m", "7.5% rise", "240", "7.5% rise", "3 in 4"]
    text = ex.article.text
    for gone in ("cookies", "1,204", "£500", "61%", "999", "Top 100", "0123456"):
        assert gone not in text, gone


def test_a_byline_is_not_the_standfirst(tmp_path: Path) -> None:
    path = tmp_path / "byline.txt"
    path.write_text("Harbour dues to rise 7.5% as repair bill hits £9m\n"
                    "By Ann Holt | 10 February 2026 | 5 min read\n\n"
                    "Boat owners face a 7.5% rise in harbour dues from April.\n", encoding="utf-8")
    ex = _extract(path)
    assert ex.article.standfirst is None
    path.write_text("Harbour dues to rise 7.5% as repair bill hits £9m\n"
                    "By Christmas, owners will pay up to £40 more a month for a mooring\n\n"
                    "Boat owners face a 7.5% rise in harbour dues from April.\n", encoding="utf-8")
    ex = _extract(path)
    assert ex.article.standfirst is not None
    assert ex.article.text[slice(*ex.article.standfirst)].startswith("By Christmas")


def test_markdown_footnote_markers_are_not_figures(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Rents rose 6.1% in a year[^1], the fastest since records began[^ons-2].\n\n"
                    "[^1]: Private rental prices, April 2026.\n"
                    "[^ons-2]: Table 3, released 20 May 2026.\n", encoding="utf-8")
    ex = _extract(path, include_all=True)
    assert [c.quantity.surface for c in ex.claims] == ["6.1%"]
    assert "1" not in [c.quantity.surface for c in ex.others]
    assert ex.article.text.index("6.1%") == ex.article.source.index("6.1%")  # offsets kept


def test_html_headline_in_a_page_header_before_the_article_is_read(tmp_path: Path) -> None:
    source = ("<html><body>\n<header><nav><a>Home</a></nav>\n"
              "<h1>Waiting lists hit 7.6 million as 1 in 8 wait over a year</h1>\n"
              "<p class=\"dek\">Ministers had promised a cut of 2 million</p></header>\n"
              "<article>\n<p>The waiting list rose to 7.6 million in January.</p>\n</article>\n"
              "</body></html>\n")
    path = tmp_path / "lists.html"
    path.write_text(source, encoding="utf-8")
    ex = _extract(path)
    found = [(c.quantity.surface, c.part, c.position.line, c.position.column) for c in ex.claims]
    assert found == [("7.6 million", "headline", 3, 23), ("1 in 8", "headline", 3, 38),
                     ("a cut of 2 million", "standfirst", 4, 39), ("7.6 million", "body", 6, 29)]
    assert "Home" not in ex.article.text

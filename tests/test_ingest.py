"""Ingest: every character of an article's text must lead back to the right line:column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import (
    LineIndex,
    Skipped,
    UndecodableError,
    discover,
    is_furniture,
    iter_articles,
    position_for,
    read_article,
    read_text_article,
)
from claimcheck.ingest.decode import decode
from claimcheck.ingest.furniture import match_line, rules
from claimcheck.models import Article

DATA = Path(__file__).parent / "data" / "ingest"
CORPUS = Path(__file__).parent.parent / "corpus"


def span_of(article: Article, needle: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(needle), article.text)]
    return starts[nth], starts[nth] + len(needle)


def furniture_texts(article: Article) -> list[str]:
    return [article.text[a:b] for a, b in article.furniture]


# --------------------------------------------------------------------------- positions


def test_line_index_counts_characters_not_bytes() -> None:
    index = LineIndex("ab\n“£5”\n\nlast")
    assert index.position(0) == (1, 1)
    assert index.position(3) == (2, 1)
    assert index.position(5) == (2, 3)  # '5' after two multi-byte characters
    assert index.position(8) == (3, 1)
    assert index.position(9) == (4, 1)
    assert index.position(999) == (4, 5)  # clamped to the end
    assert index.offset(2, 3) == 5
    assert index.line_span(2) == (3, 7)


def test_txt_is_identity_and_positions_are_exact() -> None:
    article = read_article(DATA / "plain.txt")
    assert article.format == "text"
    assert article.text == article.source and article.offsets is None
    start, end = span_of(article, "15%")
    pos = position_for(article, start, end)
    assert (pos.line, pos.column, pos.end_line, pos.end_column) == (4, 44, 4, 47)
    assert pos.path == str(DATA / "plain.txt")


def test_display_path_is_kept() -> None:
    article = read_article(DATA / "plain.txt", display_path="articles/plain.txt")
    assert article.path == "articles/plain.txt"
    assert position_for(article, 0, 1).path == "articles/plain.txt"


# --------------------------------------------------------------------------- metadata


def test_sidecar_index_yaml_metadata() -> None:
    meta = read_article(DATA / "plain.txt").meta
    assert meta.title == "Council spending falls by a fifth"
    assert meta.date == "2018-05" and meta.kind == "news report" and meta.publisher is None
    assert meta.extra == {"asked": "2018-01-17"}


def test_front_matter_wins_over_sidecar_field_by_field() -> None:
    article = read_article(DATA / "story.md")
    assert article.meta.title == "Front matter headline with 3 figures"
    assert article.meta.date == "2019-04-01"  # an unquoted YAML date becomes a string
    assert article.meta.publisher == "The Example Gazette"
    assert article.meta.url == "https://example.org/story"  # only the sidecar has it
    assert article.meta.extra == {"desk": "data"}
    assert article.warnings == []


def test_seed_corpus_metadata() -> None:
    article = read_article(CORPUS / "written-answer-children-protection-2018.txt")
    assert article.meta.date == "2018-01-31"
    assert article.meta.extra["answered_by"] == "Lord Agnew of Oulton"


# --------------------------------------------------------------------------- markdown


def test_markdown_blanks_markup_but_keeps_length_and_lines() -> None:
    article = read_article(DATA / "story.md")
    src, text = article.source, article.text
    assert len(text) == len(src) and article.offsets is None
    assert [i for i, c in enumerate(src) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    for gone in ("title:", "x = 99", "indented 77", "https://", "report-42", "chart",
                 "v2.0", "claimcheck-disable", "**", "#", "![", "](", "ref/55", "page/88"):
        assert gone not in text, gone
    for kept in ("The report found 1,234 cases, see  the report", "15,800", "£5 million",
                 "first point with 20%", "A quote with 40 things"):
        assert kept in text, kept
    assert "1." not in text and "> A" not in text  # list and quote markers
    start, end = span_of(article, "1,234")
    assert src[start:end] == "1,234"
    assert position_for(article, start, end).line == 13


def test_markdown_comments_headline_and_standfirst() -> None:
    article = read_article(DATA / "story.md")
    [(start, end, inner)] = article.comments
    assert inner == "claimcheck-disable-next-line unsourced-figure"
    assert article.source[start:end].startswith("<!--") and article.source[end - 3:end] == "-->"
    assert article.text[slice(*article.headline)] == "Front matter headline with 3 figures"
    assert article.text[slice(*article.standfirst)].startswith("A standfirst that")


def test_markdown_from_stdin_uses_the_filename_for_format() -> None:
    article = read_text_article("# Title here now\n\nBody with [a](http://x.org/9) link.\n", "draft.md")
    assert article.format == "markdown" and article.path == "draft.md"
    assert "http" not in article.text and "9" not in article.text
    assert article.text[slice(*article.headline)] == "Title here now"


# --------------------------------------------------------------------------- html


def test_html_extracts_article_and_drops_chrome() -> None:
    article = read_article(DATA / "page.html")
    text = article.text
    assert article.format == "html"
    assert text.startswith("Costs & risks: 15,800 babies\n\nA £5 million fund falls short\n\n")
    assert "Councils spent £200 billion, the report – published in 2018 — said." in text
    assert "Rates rose by 9% & more." in text
    for gone in ("Site title", "tracking", "Sport 24", "Edition", "Related", "Posted", "Copyright"):
        assert gone not in text, gone
    assert "\n\n" in text and "\n\n\n" not in text
    assert article.text[slice(*article.headline)] == "Costs & risks: 15,800 babies"
    assert article.text[slice(*article.standfirst)] == "A £5 million fund falls short"
    assert article.meta.publisher == "The Example" and article.meta.date == "2018-10-03"
    [(start, end, inner)] = article.comments
    assert article.source[start:end].startswith("<!-- claimcheck-disable")


def test_html_offset_map_is_exact() -> None:
    article = read_article(DATA / "page.html")
    assert article.offsets is not None and len(article.offsets) == len(article.text)
    entities = {"&": "&amp;", "£": "&pound;", "–": "&#8211;", "—": "&#x2014;", "%": "&#37;"}
    for i, ch in enumerate(article.text):
        src = article.source[article.offsets[i]:]
        if ch == "\n":
            assert src.startswith("<") or src[0].isspace()
        elif ch == " ":
            assert src[0].isspace() or src.startswith("&nbsp;"), (i, src[:10])
        elif not src.startswith(ch):
            assert src.startswith(entities[ch]), (i, ch, src[:10])
    assert article.offsets == sorted(article.offsets)


def test_html_positions_after_entities() -> None:
    article = read_article(DATA / "page.html")
    lines = article.source.splitlines()

    def at(pos_line: int, col: int, n: int) -> str:
        return lines[pos_line - 1][col - 1:col - 1 + n]

    start, end = span_of(article, "£200 billion")
    pos = position_for(article, start, end)
    assert at(pos.line, pos.column, 10) == "&pound;200"
    assert pos.end_line == pos.line and at(pos.line, pos.end_column - 7, 7) == "billion"
    start, end = span_of(article, "15,800")
    pos = position_for(article, start, end)
    assert at(pos.line, pos.column, 6) == "15,800" and pos.line == 15
    # a span ending on an entity ends after the whole entity, not after its '&'
    start, end = span_of(article, "Costs &")
    pos = position_for(article, start, end)
    assert article.source[pos.start:pos.end] == "Costs &amp;"
    # the text after "&amp;" on a later line maps to that line
    start, end = span_of(article, "more.")
    assert at(position_for(article, start, end).line, position_for(article, start, end).column, 5) == "more."


# --------------------------------------------------------------------------- encodings


def test_latin1_is_decoded_with_a_warning() -> None:
    article = read_article(DATA / "latin1.txt")
    assert article.encoding == "cp1252"
    assert "café cost £5 million, naïve" in article.text
    assert len(article.warnings) == 1 and "latin1.txt" in article.warnings[0]


def test_utf8_bom_is_not_text() -> None:
    decoded = decode("\ufeffHello £5".encode("utf-8"), "x.txt")
    assert decoded.text == "Hello £5" and decoded.encoding == "utf-8-sig" and not decoded.warnings


def test_binary_file_is_skipped_and_others_still_read() -> None:
    with pytest.raises(UndecodableError, match=r"binary\.txt: binary file"):
        read_article(DATA / "mixed" / "binary.txt")
    results = list(iter_articles([DATA / "mixed"], ignore=["*.draft.md"]))
    assert [type(r).__name__ for r in results] == ["Skipped", "Article"]
    skipped, good = results
    assert isinstance(skipped, Skipped) and skipped.path.endswith("binary.txt")
    assert skipped.reason == "binary file (contains NUL bytes)"
    assert isinstance(good, Article) and good.text.startswith("A good article")


# --------------------------------------------------------------------------- discovery


def test_discover_is_sorted_recursive_and_honours_ignore() -> None:
    found = discover([DATA])
    names = [p.relative_to(DATA).as_posix() for p in found]
    assert names == sorted(names)
    assert {"plain.txt", "story.md", "page.html", "mixed/good.txt", "mixed/ignored.draft.md"} <= set(names)
    assert "index.yaml" not in names
    assert not any("mixed" in n for n in (p.as_posix() for p in discover([DATA], ignore=["mixed"])))
    assert discover([DATA / "index.yaml"]) == [DATA / "index.yaml"]  # explicit files always read


def test_nonexistent_path_raises_input_error_naming_it() -> None:
    with pytest.raises(InputError, match="no-such-article.txt"):
        list(iter_articles([DATA / "no-such-article.txt"]))


# --------------------------------------------------------------------------- furniture, layout


def test_every_furniture_rule_matches_its_example() -> None:
    for rule in rules():
        assert rule.example, rule.name
        hit = match_line(rule.example)
        assert hit is not None and hit[0].name == rule.name, rule.name


def test_furniture_regions_on_seed_like_text() -> None:
    article = read_article(DATA / "furniture.txt")
    found = furniture_texts(article)
    assert found[:7] == [
        "Skip to content", "News", "3 mins read Children's rights Social Care",
        "Children are left home alone", "Children are left home alone", "Have your say",
        "- View Source"]
    assert "Lord Agnew of Oulton Portrait" in found
    assert "For the report, click here." in found
    assert found[-1].startswith("More like this") and found[-1].endswith("SE1 7JY, London (Greater)")
    assert article.text[slice(*article.headline)] == "Councils 'failing to support children', inquiry finds"
    assert article.standfirst is None  # the next line is a lead paragraph ending in '.'
    assert not is_furniture(article, *span_of(article, "89 per cent"))
    assert not is_furniture(article, *span_of(article, "Lord Agnew of Oulton", 1))
    assert is_furniture(article, *span_of(article, "SE1 7JY"))
    assert is_furniture(article, *span_of(article, "3 mins"))


SEED_HEADLINES = {
    "action-for-children-revolving-door.txt": ("Councils ‘letting down’ children in danger", None),
    "appg-no-good-options-inquiry.txt": (
        "Councils 'failing to support children in need of help', inquiry finds", None),
    "childrens-commissioner-a-crying-shame.txt": (
        "Many thousands of babies are living in households carrying very high risks: Children’s Commissioner",
        "15,800 babies considered to be vulnerable or highly vulnerable are still living at home"),
    "longfield-ncas-conference-speech.txt": (None, None),
    "written-answer-children-protection-2018.txt": ("Children: Protection", None),
}


@pytest.mark.parametrize("name", sorted(SEED_HEADLINES))
def test_seed_headlines_and_standfirsts(name: str) -> None:
    article = read_article(CORPUS / name)
    headline = article.headline and article.text[slice(*article.headline)]
    standfirst = article.standfirst and article.text[slice(*article.standfirst)]
    assert (headline, standfirst) == SEED_HEADLINES[name]


def test_seed_furniture() -> None:
    appg = read_article(CORPUS / "appg-no-good-options-inquiry.txt")
    found = furniture_texts(appg)
    assert found[0] == "News" and found[1] == "3 mins read Children's rights Social Care"
    assert found[-1].startswith("More like this") and found[-1].endswith("SE1 7JY, London (Greater)")
    shame = read_article(CORPUS / "childrens-commissioner-a-crying-shame.txt")
    assert furniture_texts(shame) == [
        "IQ Legal TrainingBerkeley Lifford Hall Accountancy Services", "For the report, click here."]
    answer = read_article(CORPUS / "written-answer-children-protection-2018.txt")
    assert furniture_texts(answer) == [
        "- View Source", "Lord Agnew of Oulton Portrait", "Reticulating Splines"]
    speech = read_article(CORPUS / "longfield-ncas-conference-speech.txt")
    assert furniture_texts(speech) == ["Skip to content", "Related News Articles"]


def test_html_without_article_uses_the_body_and_drops_site_header() -> None:
    source = (
        "<html><head><title>T</title>\n<body><header><h1>Site 1</h1></header>"
        "<div>Top 5 things</div>\r\n<p>Para &amp; 6.</p><p>unclosed <li>a<li>b</body></html>"
    )
    article = read_text_article(source, "page.htm")
    assert article.text == "Top 5 things\n\nPara & 6.\n\nunclosed\na\nb"
    assert article.meta.title == "T"
    start, end = span_of(article, "6.")
    pos = position_for(article, start, end)
    assert (pos.line, article.source[pos.start:pos.end]) == (3, "6.")


def test_markdown_with_crlf_keeps_columns() -> None:
    article = read_text_article("# Head line here\r\n\r\nBody **12** [x](http://y/1).\r\n", "a.md")
    start, end = span_of(article, "12")
    pos = position_for(article, start, end)
    assert (pos.line, pos.column, pos.end_column) == (3, 8, 10)
    assert article.text[slice(*article.headline)] == "Head line here"


@pytest.mark.parametrize(("line", "expected"), [
    ("Published 14 March 2025", "2025-03-14"),
    ("Posted on March 14, 2025", "2025-03-14"),
    ("Last updated: Tuesday 3 June 2024", "2024-06-03"),
    ("Updated 31 February 2024", None),  # no such day: no date rather than a wrong one
])
def test_a_published_line_dates_a_plain_text_article(tmp_path: Path, line: str, expected: str | None) -> None:
    from claimcheck.ingest import read_article

    (tmp_path / "a.txt").write_text(f"Floods hit Cumbria\n\n{line}\n\nRain fell 20% more.\n", encoding="utf-8")
    assert read_article(tmp_path / "a.txt").meta.date == expected


def test_front_matter_wins_over_a_published_line(tmp_path: Path) -> None:
    from claimcheck.ingest import read_article

    (tmp_path / "a.md").write_text("---\ndate: 2024-01-02\n---\n\nPublished 14 March 2025\n\nRain.\n",
                                   encoding="utf-8")
    assert read_article(tmp_path / "a.md").meta.date == "2024-01-02"

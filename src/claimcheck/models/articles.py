"""Articles as read, places in files, and claims: a figure in its frame."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Literal

from pydantic import Field

from claimcheck.models.quantities import Model, Quantity

# --------------------------------------------------------------------------- articles


class ArticleMeta(Model):
    """Metadata from YAML front matter or ``corpus/index.yaml``."""

    title: str | None = None
    publisher: str | None = None
    kind: str | None = None
    #: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; see ``date_range``
    date: str | None = None
    date_note: str | None = None
    url: str | None = None
    extra: dict[str, str] = Field(default_factory=dict)


class Article(Model):
    """A readable article: the text the NLP pass sees plus the way back to the file.

    ``text`` has the same length as ``source`` for text and Markdown (skipped regions are
    blanked, not removed); for HTML ``offsets[i]`` is the source offset of ``text[i]``.
    """

    path: str
    source: str
    text: str
    offsets: list[int] | None = None
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    format: Literal["text", "markdown", "html"] = "text"
    encoding: str = "utf-8"
    #: (start, end, comment text) of comments kept for inline suppressions, source offsets
    comments: list[tuple[int, int, str]] = Field(default_factory=list)
    #: (start, end) regions of ``text`` that are page furniture (menus, job ads, read times)
    furniture: list[tuple[int, int]] = Field(default_factory=list)
    #: (start, end) regions of ``text`` that are the headline and the standfirst
    headline: tuple[int, int] | None = None
    standfirst: tuple[int, int] | None = None
    #: problems met while reading that did not stop it (e.g. a non-UTF-8 encoding guessed)
    warnings: list[str] = Field(default_factory=list)

    def source_offset(self, i: int) -> int:
        if self.offsets is None:
            return i
        if i >= len(self.offsets):
            return len(self.source)
        return self.offsets[i]


class Position(Model):
    """A place in a file: 1-based line and column, 0-based offsets."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int


# --------------------------------------------------------------------------- claims


class TimeRef(Model):
    text: str
    start: date | None = None
    end: date | None = None


class Attribution(Model):
    speaker: str | None = None
    speaker_role: str | None = None
    source: str | None = None
    source_publisher: str | None = None
    #: how the speaker was found
    method: Literal["sentence", "quote", "quote-continuation", "pronoun", "source", "none"] = "none"


class Claim(Model):
    """A figure in its frame: what it counts, when, where, who said it, from what source."""

    id: str
    position: Position
    quantity: Quantity
    sentence: str = ""
    subject: str | None = None
    subject_head: str | None = None
    time: TimeRef | None = None
    place: str | None = None
    attribution: Attribution = Field(default_factory=Attribution)
    part: Literal["headline", "standfirst", "body"] = "body"

    @property
    def path(self) -> str:
        return self.position.path

    @property
    def attributed(self) -> bool:
        a = self.attribution
        return bool(a.speaker or a.source)


def article_map(articles: Mapping[str, Article] | Iterable[Article] | None) -> dict[str, Article]:
    """Articles by path, from a mapping or a list (reports keep a list, checks a dict)."""
    if articles is None:
        return {}
    if isinstance(articles, Mapping):
        return dict(articles)
    return {a.path: a for a in articles}

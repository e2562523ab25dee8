"""Page furniture: lines of site chrome captured with an article ("3 mins read", job ads).

The patterns are data (``furniture.yaml``) so a new site's chrome is a one-line addition
with an example, not a code change. Regions are ``(start, end)`` offsets into the article
text; the NLP pass treats figures inside them as furniture, never as claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML

from claimcheck.models import Article

Region = tuple[int, int]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    tail: bool = False
    example: str | None = None


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("claimcheck.ingest").joinpath("furniture.yaml").read_text("utf-8")
    data: dict[str, Any] = YAML(typ="safe", pure=True).load(text)
    return data


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The furniture rules shipped in ``furniture.yaml``, compiled once per process."""
    out = []
    for entry in _data()["lines"]:
        flags = re.IGNORECASE if entry.get("ignore_case", True) else 0
        out.append(Rule(
            name=entry["name"], pattern=re.compile(entry["pattern"], flags),
            tail=bool(entry.get("tail", False)), example=entry.get("example"),
        ))
    return tuple(out)


@lru_cache(maxsize=1)
def navigation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _data()["navigation_words"])


_CLASS_SPLIT = re.compile(r"[\s_-]+")


def is_chrome_element(attrs: dict[str, str | None]) -> bool:
    """An HTML element that its class, id or ARIA role names as site chrome (see
    ``chrome_classes`` in ``furniture.yaml``)."""
    if (attrs.get("role") or "").lower() in _CHROME_ROLES or "hidden" in attrs:
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if not names.strip():
        return False
    words = set(_CLASS_SPLIT.split(names))
    data = _class_words()
    return not words.isdisjoint(data[0]) and words.isdisjoint(data[1])


#: ARIA landmarks that are never the article: site header, footer, sidebars, menus
_CHROME_ROLES = frozenset({"banner", "contentinfo", "complementary", "navigation", "search"})


@lru_cache(maxsize=1)
def _class_words() -> tuple[frozenset[str], frozenset[str]]:
    data = _data()
    return frozenset(data["chrome_classes"]), frozenset(data["content_classes"])


_NAV_TOKEN = re.compile(r"[^\W\d_][\w'’&.-]*|\d+")


def is_navigation(line: str) -> bool:
    """A menu line ("Home News Sport Business Top 10"): three or more capitalised words, at
    least three quarters of them section names; numbers and separators count either way."""
    words = [w for w in _NAV_TOKEN.findall(line) if not w.isdigit()]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return False
    known = sum(w.lower() in navigation_words() for w in words)
    return known >= 3 and 4 * known >= 3 * len(words)


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line's content, leading/trailing whitespace trimmed."""
    for m in re.finditer(r"[^\n]+", text):
        chunk = m.group()
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            yield m.start() + lead, m.start() + lead + len(stripped)


def match_line(line: str) -> tuple[Rule, Region] | None:
    """The first rule matching a (stripped) line and the part of it that is furniture."""
    for rule in rules():
        m = rule.pattern.search(line)
        if m:
            if "f" in rule.pattern.groupindex and m.group("f") is not None:
                start, end = m.span("f")
                chunk = line[start:end]
                start += len(chunk) - len(chunk.lstrip())
                return rule, (start, end)
            return rule, (0, len(line))
    return None


def find_furniture(text: str) -> list[tuple[int, int, str]]:
    """(start, end, rule name) of every furniture region in the text, in order.

    A ``tail`` rule ends the search: everything from its line to the end is furniture.
    """
    found: list[tuple[int, int, str]] = []
    for start, end in lines(text):
        hit = match_line(text[start:end])
        if hit is None:
            continue
        rule, (a, b) = hit
        if rule.tail:
            found.append((start, len(text.rstrip()), rule.name))
            break
        found.append((start + a, start + b, rule.name))
    return found


def merge(regions: Iterable[Region]) -> list[Region]:
    """Sorted, non-overlapping regions (touching ones joined)."""
    out: list[Region] = []
    for start, end in sorted(regions):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def is_furniture(article: Article, start: int, end: int | None = None) -> bool:
    """True when ``article.text[start:end]`` lies inside a furniture region."""
    end = start + 1 if end is None else end
    return any(a <= start and end <= b for a, b in article.furniture)

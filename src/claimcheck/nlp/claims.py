"""Claims: every claim quantity outside page furniture, in its frame and with attribution.

Reads what the pipeline left on the doc (``Doc._.quantities``, ``Doc._.frames``,
``Doc._.attributions``) and the article (furniture, headline and standfirst spans, the date
that relative periods such as "over the past decade" are measured back from).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from spacy.tokens import Doc

from claimcheck.models import (
    Article,
    Attribution,
    Claim,
    Kind,
    Position,
    Quantity,
    TimeRef,
)
from claimcheck.nlp.frames import Frame, claim_quantities
from claimcheck.nlp.frames_calendar import (
    resolve_calendar,
    resolve_months,
    resolve_relative,
)
from claimcheck.nlp.frames_dates import shifted
from claimcheck.nlp.frames_timehit import TimeHit, bounds


def claim_id(path: str, start: int, surface: str) -> str:
    """Stable id: first 12 hex of sha1("path\\0start\\0surface")."""
    return hashlib.sha1(f"{path}\0{start}\0{surface}".encode()).hexdigest()[:12]


def _position_fn() -> Callable[[Article, int, int], Position]:
    """ingest.positions' mapping when present, else a plain line/column count."""
    try:
        from claimcheck.ingest import positions
    except ImportError:  # pragma: no cover - ingest is built in parallel
        positions = None  # type: ignore[assignment]
    fn = getattr(positions, "position_for", None) if positions is not None else None
    if callable(fn):
        return fn  # type: ignore[no-any-return]
    return _plain_position


def _plain_position(article: Article, start: int, end: int) -> Position:
    src = article.source
    s, e = article.source_offset(start), article.source_offset(end)
    line = src.count("\n", 0, s) + 1
    col = s - (src.rfind("\n", 0, s) + 1) + 1
    end_line = src.count("\n", 0, e) + 1
    end_col = e - (src.rfind("\n", 0, e) + 1) + 1
    return Position(path=article.path, line=line, column=col, end_line=end_line,
                    end_column=end_col, start=s, end=e)


def _in_furniture(article: Article, q: Quantity) -> bool:
    return any(s <= q.start < e for s, e in article.furniture)


def non_claim(article: Article, q: Quantity) -> Claim:
    """A recognised non-figure (a date, a postcode), so ``extract --all`` can list it. A
    figure inside page furniture ("READ MORE: Why fares rose 40%") is listed as furniture,
    which is why it is not a claim."""
    if q.is_claim and _in_furniture(article, q):
        q = q.model_copy(update={"kind": Kind.FURNITURE, "is_claim": False})
    return Claim(
        id=claim_id(article.path, q.start, q.surface),
        position=_position_fn()(article, q.start, q.end),
        quantity=q,
        attribution=Attribution(),
        part=_part(article, q.start),  # type: ignore[arg-type]
    )


def _part(article: Article, start: int) -> str:
    for name, span in (("headline", article.headline), ("standfirst", article.standfirst)):
        if span is not None and span[0] <= start < span[1]:
            return name
    return "body"


def _time(hit: TimeHit | None, article: Article) -> TimeRef | None:
    if hit is None:
        return None
    start, end = hit.start, hit.end
    if hit.relative_years is not None:
        start, end = resolve_relative(hit.relative_years, article.meta.date)
    elif hit.calendar is not None:
        start, end = bounds(*resolve_calendar(hit, article.meta.date), hit.bound)
    elif hit.relative:
        start, end = bounds(*resolve_months(hit, article.meta.date), hit.bound)
    return TimeRef(text=hit.text, start=shifted(start, hit.shift_years), end=shifted(end, hit.shift_years))


def build_claims(article: Article, doc: Doc) -> list[Claim]:
    """Claim models for every claim quantity of ``doc`` not inside ``article.furniture``."""
    frames: dict[int, Frame] = doc._.frames or {} if doc.has_extension("frames") else {}
    attrs: dict[int, Attribution] = doc._.attributions or {} if doc.has_extension("attributions") else {}
    position = _position_fn()
    text = article.text
    claims: list[Claim] = []
    for q in claim_quantities(doc):
        if _in_furniture(article, q):
            continue
        f = frames.get(q.start, Frame())
        quantity = q.model_copy(update={"change": f.change}) if f.change is not None else q
        ss, se = f.sentence
        claims.append(Claim(
            id=claim_id(article.path, q.start, q.surface),
            position=position(article, q.start, q.end),
            quantity=quantity,
            sentence=" ".join(text[ss:se].split()) if se > ss else "",
            subject=f.subject,
            subject_head=f.subject_head,
            time=_time(f.time, article),
            place=f.place,
            attribution=attrs.get(q.start, Attribution()),
            part=_part(article, q.start),  # type: ignore[arg-type]
        ))
    return claims


def article_claims(article: Article, doc: Doc, include_all: bool = False) -> tuple[list[Claim], list[Claim]]:
    """The article's claims and, with ``include_all``, its recognised non-claims."""
    claims = build_claims(article, doc)
    if not include_all:
        return claims, []
    claimed = {c.quantity.start for c in claims}
    return claims, [non_claim(article, q) for q in doc._.quantities if q.start not in claimed]

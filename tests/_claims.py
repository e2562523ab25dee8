"""Hand-built claims for tests that must not depend on the nlp pass."""

from __future__ import annotations

import re

from claimcheck.models import Attribution, Claim, Interval, Kind, Position, Quantity

_FIGURE = re.compile(
    r"(?:£|\$)?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|thousand))?(?:\s?(?:per cent|%))?"
)


def claims_from_text(
    text: str, path: str = "draft.md", speakers: dict[str, str] | None = None,
    subjects: dict[str, str] | None = None,
) -> list[Claim]:
    """One claim per digit figure, with sentences split on '. ' and newlines.

    A crude stand-in for the nlp pass: enough for alignment tests, which only need surfaces,
    offsets, sentences and an interval per figure.
    """
    claims: list[Claim] = []
    for sm in re.finditer(r"[^\n]+?(?:\.(?=\s|$)|$)", text, re.MULTILINE):
        sentence = sm.group().strip()
        base = sm.start() + (len(sm.group()) - len(sm.group().lstrip()))
        for m in _FIGURE.finditer(sentence):
            surface = m.group()
            if re.fullmatch(r"(19|20)\d\d", surface):
                continue
            start = base + m.start()
            claims.append(make_claim(
                surface, start, sentence, path=path, text=text,
                speaker=(speakers or {}).get(surface), subject=(subjects or {}).get(surface),
            ))
    return claims


def value_of(surface: str) -> tuple[float, Kind, str | None]:
    number = float(re.search(r"\d[\d,]*(?:\.\d+)?", surface).group().replace(",", ""))  # type: ignore[union-attr]
    for word, scale in (("million", 1e6), ("billion", 1e9), ("thousand", 1e3)):
        if word in surface:
            number *= scale
    if "per cent" in surface or "%" in surface:
        return number, Kind.PERCENT, "%"
    if surface.startswith(("£", "$")):
        return number, Kind.MONEY, "GBP" if surface.startswith("£") else "USD"
    return number, Kind.COUNT, None


def make_claim(
    surface: str, start: int, sentence: str, *, path: str = "draft.md", text: str | None = None,
    speaker: str | None = None, subject: str | None = None, value: float | None = None,
    interval: Interval | None = None, kind: Kind | None = None, unit: str | None = None,
    qualifier: str | None = None, vague: str | None = None, source: str | None = None,
    line: int | None = None, time=None, place: str | None = None, per: str | None = None,
) -> Claim:
    v, k, u = value_of(surface) if value is None and re.search(r"\d", surface) else (value, kind or Kind.COUNT, unit)
    if line is None:
        line = (text or "")[:start].count("\n") + 1
    pos = Position(path=path, line=line, column=1, end_line=line, end_column=1 + len(surface),
                   start=start, end=start + len(surface))
    q = Quantity(
        surface=surface, start=start, end=start + len(surface), kind=kind or k, value=v,
        interval=interval or (Interval.point(v) if v is not None else Interval()),
        unit=unit or u, qualifier=qualifier, vague=vague, per=per,
    )
    return Claim(
        id=f"{path}:{start}", position=pos, quantity=q, sentence=sentence, subject=subject,
        subject_head=subject.split()[-1] if subject else None, time=time, place=place,
        attribution=Attribution(speaker=speaker, source=source,
                                method="sentence" if speaker or source else "none"),
    )

"""Draft a registry entry from a claim in an article (``claimcheck propose``).

Typing a figure into claims.yaml by hand is where registries rot; a draft filled from the
claim's frame (subject, value, unit, time, place, speaker, source) leaves the editor only to
verify it. Drafts are always ``status: unverified``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from rapidfuzz import fuzz, process

from claimcheck.errors import UsageError
from claimcheck.link_index import normalise, unit_of
from claimcheck.models import (
    Claim,
    Interval,
    Kind,
    Person,
    Record,
    Registry,
    TimeRef,
)
from claimcheck.registry.loader import plain_message
from claimcheck.registry.positions import suggest

#: rapidfuzz WRatio (0–100) above which an attributed name is taken to be a registry entry
NAME_MATCH = 88.0
_CLAIM_KINDS = {Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.RATE, Kind.RATIO, Kind.CHANGE, Kind.RANGE, Kind.VAGUE}
_STOP = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "with", "by", "at", "from", "who", "are", "were"}


def slugify(text: str, max_words: int = 5) -> str:
    """Lowercase kebab-case, the registry's id syntax (letters and digits only)."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))
    kept = [w for w in words if w not in _STOP] or words
    return "-".join(kept[:max_words])


def _year(claim: Claim) -> str | None:
    t = claim.time
    if t is not None and (t.end or t.start):
        return str((t.end or t.start).year)  # type: ignore[union-attr]
    m = re.search(r"\b(19|20)\d\d\b", t.text) if t is not None else None
    return m.group() if m else None


def propose_id(claim: Claim, existing: Iterable[str]) -> str:
    """'babies-2017', then 'babies-2017-2' if taken: subject head plus the year."""
    heads = (claim.subject_head, claim.subject, claim.quantity.unit, claim.quantity.kind.value)
    base = next((slug for h in heads if h and (slug := slugify(h, max_words=3))), "figure")
    if not base[0].isalpha():
        base = f"figure-{base}"
    year = _year(claim)
    if year and not base.endswith(year):
        base = f"{base}-{year}"
    taken = set(existing)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def as_of(time: TimeRef | None) -> tuple[str | None, str | None]:
    """(as_of, period): a day, a month or a year when the time is one, else a period."""
    if time is None:
        return None, None
    s, e = time.start, time.end or time.start
    if s is None or e is None:
        return None, time.text or None
    if s == e:
        return s.isoformat(), None
    if (s.month, s.day) == (1, 1) and (e.month, e.day) == (12, 31) and s.year == e.year:
        return str(s.year), None
    last = calendar.monthrange(e.year, e.month)[1]
    if (s.year, s.month) == (e.year, e.month) and s.day == 1 and e.day == last:
        return f"{s.year:04d}-{s.month:02d}", None
    return e.isoformat(), f"{s.isoformat()}/{e.isoformat()}"


def _best(query: str | None, choices: dict[str, list[str]]) -> str | None:
    """The id whose names best match ``query`` (None below NAME_MATCH)."""
    if not query:
        return None
    flat = [(cid, name) for cid, names in choices.items() for name in names if name]
    if not flat:
        return None
    hit = process.extractOne(query, [n for _, n in flat], scorer=fuzz.WRatio, score_cutoff=NAME_MATCH)
    return flat[hit[2]][0] if hit else None


def _person_names(p: Person) -> list[str]:
    return [p.name, *p.aliases, *(r.title for r in p.roles)]


def match_speaker(claim: Claim, registry: Registry) -> str | None:
    a = claim.attribution
    people = {p.id: _person_names(p) for p in registry.people}
    return _best(a.speaker, people) or _best(a.speaker_role, people)


def match_source(claim: Claim, registry: Registry) -> str | None:
    a = claim.attribution
    titles = {s.id: [s.title] for s in registry.sources}
    by_title = _best(a.source, titles)
    if by_title:
        return by_title
    publishers = {s.id: [s.publisher or ""] for s in registry.sources}
    # a publisher alone is ambiguous when it publishes several sources
    hit = _best(a.source_publisher or a.source, publishers)
    if hit and sum(1 for s in registry.sources if s.publisher == registry.source(hit).publisher) == 1:  # type: ignore[union-attr]
        return hit
    return None


def _interval(claim: Claim) -> Interval | None:
    """Keep the interval only when it says more than the stated value does."""
    q = claim.quantity
    iv = q.interval
    if q.value is not None and iv.low == q.value and iv.high == q.value:
        return None
    if iv.low is None and iv.high is None:
        return None
    return iv


def propose_record(claim: Claim, registry: Registry) -> Record:
    """A draft figure for claims.yaml built from the claim's frame; never verified."""
    q = claim.quantity
    when, period = as_of(claim.time)
    subject = claim.subject or claim.sentence or q.surface
    kind = q.kind if q.kind in _CLAIM_KINDS else Kind.COUNT
    return Record(
        id=propose_id(claim, (f.id for f in registry.figures)),
        subject=subject,
        aliases=[claim.subject] if claim.subject else [],
        value=q.value if q.kind != Kind.VAGUE else None,
        interval=_interval(claim),
        vague=q.vague,
        unit=q.unit,
        kind=kind,
        per=q.per,
        per_amount=q.per_amount,
        as_of=when,
        period=period,
        place=claim.place,
        source=match_source(claim, registry),
        speaker=match_speaker(claim, registry),
        status="unverified",
        notes=f"proposed from {claim.position.path}:{claim.position.line}",
    )


# --------------------------------------------------------------------------- finding the claim


def _same_path(a: str, b: str) -> bool:
    if a == b:
        return True
    pa, pb = Path(a), Path(b)
    try:
        return pa.resolve() == pb.resolve()
    except OSError:
        return pa.as_posix().endswith(pb.as_posix()) or pb.as_posix().endswith(pa.as_posix())


def find_claim(
    claims: Sequence[Claim], path: str | Path | None = None, line: int | None = None,
    column: int | None = None, *, claim_id: str | None = None,
) -> Claim:
    """The claim at PATH:LINE[:COL] (the one covering the column, else the nearest on the
    line) or with ``claim_id``; a UsageError naming the figures nearby when there is none."""
    if claim_id is not None:
        found = find_claim_by_id(claims, claim_id)
        if found is None:
            raise UsageError(f"no figure with claim id {claim_id!r}")
        return found
    if path is None or line is None:
        raise UsageError("give PATH:LINE[:COL] or a claim id")
    in_file = [c for c in claims if _same_path(c.path, str(path))]
    found = locate(in_file, line, column)
    if found is not None:
        return found
    where = f"{path}:{line}{f':{column}' if column else ''}"
    on_line = sorted((c for c in in_file if c.position.line == line), key=lambda c: c.position.column)
    if on_line and column is not None:
        listed = ", ".join(f"column {c.position.column} “{c.quantity.surface}”" for c in on_line)
        raise UsageError(f"no figure at {where}; the figures on line {line} are at {listed}")
    near = sorted(in_file, key=lambda c: abs(c.position.line - line))[:3]
    hint = "; nearby: " + ", ".join(
        f"line {c.position.line} column {c.position.column} “{c.quantity.surface}”" for c in near) if near else ""
    raise UsageError(f"no figure at {where}{hint}")


def locate(claims: Sequence[Claim], line: int, column: int | None = None) -> Claim | None:
    """The claim on ``line`` covering ``column`` (the first on the line without one).

    A column that falls between figures finds nothing: guessing the nearest figure would
    record a figure the editor did not point at."""
    here = [c for c in claims if c.position.line <= line <= c.position.end_line]
    if not here:
        return None
    if column is None:
        return min(here, key=lambda c: c.position.start)

    def covers(c: Claim) -> bool:
        p = c.position
        return (p.line, p.column) <= (line, column) < (p.end_line, p.end_column)

    return next((c for c in here if covers(c)), None)


def find_claim_by_id(claims: Sequence[Claim], claim_id: str) -> Claim | None:
    return next((c for c in claims if c.id == claim_id), None)


def parse_location(where: str) -> tuple[str, int | None, int | None]:
    """'draft.md:12' or 'draft.md:12:7' → (path, line, column); a claim id → (id, None, None)."""
    parts = where.rsplit(":", 2)
    nums = [p for p in parts[1:] if p.isdigit()]
    if not nums:
        return where, None, None
    if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return parts[0], int(parts[1]), int(parts[2])
    head, _, tail = where.rpartition(":")
    if not tail.isdigit():
        raise UsageError(f"expected PATH:LINE[:COL], got {where!r}")
    return head, int(tail), None



# --------------------------------------------------------------------------- duplicates


def _amount(r: Record) -> tuple[object, ...]:
    """What a record states, comparable across records: kind, unit, value or interval, vague."""
    iv = r.interval
    bounds = (iv.low, iv.high, iv.low_closed, iv.high_closed) if iv is not None else None
    stated = r.value if r.value is not None else bounds
    return r.kind, unit_of(r.unit), stated, r.vague, r.per, r.per_amount


def _names(r: Record) -> set[str]:
    return {n for n in map(normalise, (r.subject, *r.aliases)) if n}


def existing_record(draft: Record, registry: Registry, linked: str | None = None) -> Record | None:
    """The registry figure that already states ``draft``: the same amount and time, and the
    same subject (a shared subject or alias, or the record the linker chose for the claim).

    Writing the draft anyway would leave two records of one fact, which later scans link
    to at random and CC204 reports against each other."""
    for record in registry.figures:
        if _amount(record) != _amount(draft) or (record.as_of, record.period) != (draft.as_of, draft.period):
            continue
        if record.id == linked or _names(record) & _names(draft):
            return record
    return None


#: the answer that clears an optional field (a blank answer keeps the proposed value)
CLEAR = "-"
#: fields an editor is asked to confirm before the draft is written, in order
EDITABLE = ("id", "subject", "value", "unit", "as_of", "place", "source", "speaker", "notes")


def edit_fields(
    record: Record, ask: Callable[[str, str], str], registry: Registry | None = None,
    tell: Callable[[str], None] | None = None,
) -> Record:
    """Let the editor confirm or change each field; ``ask(label, default)`` returns the answer.

    A blank answer keeps the proposal, ``-`` clears an optional field. Each answer is checked as it is given (a number
    for ``value``, a free kebab-case ``id``, a date for ``as_of``, a ``source`` and ``speaker``
    the registry holds), so nothing the writer would refuse is asked for and then lost: with
    ``tell`` the problem is told and the field asked again, without it a UsageError is raised.
    """
    data = record.model_dump()
    for name in EDITABLE:
        current = data.get(name)
        shown = "" if current is None else (f"{current:g}" if isinstance(current, float) else str(current))
        while True:
            answer = ask(name, shown).strip()
            if answer == shown:
                break
            try:
                data = _edited(data, name, answer, registry)
                break
            except UsageError as exc:
                if tell is None:
                    raise
                tell(str(exc))
    return Record.model_validate(data)


def _edited(data: dict[str, Any], name: str, answer: str, registry: Registry | None) -> dict[str, Any]:
    """``data`` with field ``name`` set from ``answer``; a UsageError saying what is wrong."""
    new: Any = None if answer in ("", CLEAR) else answer
    if name in ("id", "subject") and new is None:
        raise UsageError(f"{name}: a figure needs one")
    if name == "value" and new is not None:
        try:
            new = float(answer.replace(",", "").replace("_", ""))
        except ValueError:
            raise UsageError(f"value: must be a number (such as 15800 or 4.5e6), not {answer!r}") from None
    out = {**data, name: new}
    iv = out.get("interval")
    if name == "value" and iv is not None and new is not None and not Interval(**iv).contains(new):
        out["interval"] = None  # the old figure's rounding band says nothing of the new value
    if registry is not None:
        _check_reference(name, new, registry)
    try:
        Record.model_validate(out)
    except ValidationError as exc:
        raise UsageError(f"{name}: {plain_message(exc.errors()[0])}") from None
    return out


def _check_reference(name: str, value: Any, registry: Registry) -> None:
    """An id that is taken, or a source or speaker the registry does not hold."""
    if name == "id" and registry.figure(value) is not None:
        raise UsageError(f"id: {value!r} is already a figure in the registry; choose another")
    known = {"source": [s.id for s in registry.sources], "speaker": [p.id for p in registry.people]}.get(name)
    if known is not None and value is not None and value not in known:
        hint = suggest(value, known) or (f"; it holds {', '.join(known[:8])}{' …' if len(known) > 8 else ''}" if known else "")
        raise UsageError(f"{name}: the registry has no {name} {value!r}{hint} ('{CLEAR}' for none)")

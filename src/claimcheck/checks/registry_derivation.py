"""CC501 registry-derivation: a registry figure its own formula does not give.

Why: claims.yaml states how some figures follow from others ('in need' minus 'looked
after' minus ... leaves 'at home'). If the parts do not add up to the stated figure, the
source's arithmetic (or the registry's transcription) is wrong, and every article quoting
the figure inherits the error. The formula is evaluated with interval arithmetic over the
parts' intervals, so rounding and hedges in the parts are honoured.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.checks._provenance import record_interval, record_label, record_position
from claimcheck.checks.base import CheckContext, Example, RuleInfo, finding
from claimcheck.checks.semantics import describe, fmt
from claimcheck.models import (
    Finding,
    Interval,
    Kind,
    Record,
    Registry,
    Severity,
    Verification,
)
from claimcheck.registry.formula import FormulaError, derive, parse


def _part_text(registry: Registry, name: str) -> str:
    if name in registry.constants:
        return fmt(registry.constants[name])
    part = registry.figure(name)
    if part is None:
        return name
    kind = Kind.MONEY if part.kind == Kind.MONEY else None
    if part.value is not None and part.interval is None:
        return fmt(part.value, part.unit, kind)
    if part.value is None and part.interval is None:
        return f"({name})"
    return f"({describe(part.effective_interval(), part.unit, kind, integer=False)})"


def working(registry: Registry, r: Record, result: Interval) -> str:
    """'19,640 - 3,820 - 640 - 300 = 14,880': the formula with each part's value in place."""
    assert r.derived_from is not None
    text = r.derived_from
    for name, column in sorted(parse(text).name_columns(), key=lambda nc: -nc[1]):
        i = column - 1
        text = text[:i] + _part_text(registry, name) + text[i + len(name):]
    kind = Kind.MONEY if r.kind == Kind.MONEY else None
    return f"{text} = {describe(result, r.unit, kind, integer=False)}"


class RegistryDerivation:
    info = RuleInfo(
        code="CC501",
        name="registry-derivation",
        severity=Severity.ERROR,
        summary="A registry figure whose derived_from formula does not give its stated value.",
        help=(
            "A figure in claims.yaml with derived_from states how it follows from other "
            "figures and constants. The formula is evaluated with interval arithmetic (each "
            "part's rounding and hedges kept) and compared with the figure's own value; when "
            "they cannot agree, either the source's arithmetic or the registry is wrong. The "
            "finding points at the figure in claims.yaml and shows the working."
        ),
        examples=(
            Example("babies-at-home: 15,800, derived_from: in-need - looked-after - special "
                    "- adopted (19,640 - 3,820 - 640 - 300)", flags=True,
                    note="gives 14,880, not 15,800"),
            Example("per-authority: around 100, derived_from: babies-at-home / 152",
                    flags=False, note="15,800 / 152 = 103.9, within [90, 110]"),
        ),
    )

    def run(self, ctx: CheckContext) -> Iterable[Finding | Verification]:
        reg = ctx.registry
        for r in reg.figures:
            if r.derived_from is None or (r.value is None and r.interval is None):
                continue
            try:
                result = derive(reg, r.id)
            except FormulaError as exc:
                # the loader reports formulas it cannot read; one that reads but cannot be
                # worked out ('a / zero') holds no value either, and must not pass silently
                yield self._about(reg, r, f"states a value its formula cannot give: {exc.message} "
                                  f"(at column {exc.column} of '{r.derived_from}')", "")
                continue
            if result is None:
                continue
            stated = record_interval(r)
            shown = working(reg, r, result)
            if result.overlaps(stated):
                yield Verification(relation=self.info.name, records=[r.id],
                                   working=f"{shown}, consistent with {r.id} "
                                   f"({describe(stated, r.unit, integer=False)})")
                continue
            kind = Kind.MONEY if r.kind == Kind.MONEY else None
            value = fmt(r.value, r.unit, kind) if r.value is not None else describe(stated)
            yield self._about(reg, r, f"states {value}, but its formula gives "
                              f"{describe(result, r.unit, kind, integer=False)}", f"{shown}, not {value}. ")

    def _about(self, reg: Registry, r: Record, says: str, shown: str) -> Finding:
        """A finding on the record itself, at its line in claims.yaml."""
        return finding(self.info, [], f"{record_label(reg, r)} {says}",
                       explanation=f"{shown}Formula: {r.derived_from}", records=[r.id],
                       position=record_position(reg, r))


CHECK = RegistryDerivation()

"""The scan's rules, discovered: every module in this package that defines ``CHECK``.

Adding a rule is a one-file change, so nothing here lists the rules by hand. Rules are
ordered by code; ``get_rule`` accepts a code or a name ("CC101" or "unsourced-figure"), as
users type both on the command line, in config and in suppression comments.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import pkgutil
from typing import TypeVar

from claimcheck.checks.base import Check, RuleInfo
from claimcheck.errors import UnknownNameError

T = TypeVar("T")


def _discover() -> tuple[Check, ...]:
    found: list[Check] = []
    for mod in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if mod.name.startswith("_") or mod.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        check = getattr(module, "CHECK", None)
        if check is not None:
            found.append(check)
    codes = [c.info.code for c in found]
    names = [c.info.name for c in found]
    for label, keys in (("code", codes), ("name", names)):
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise RuntimeError(f"two checks share a {label}: {', '.join(dupes)}")
    return tuple(sorted(found, key=lambda c: c.info.code))


#: Every check, ordered by code (resolved on first use by ``__getattr__``).
ALL_CHECKS: tuple[Check, ...]


@functools.cache
def _checks() -> tuple[tuple[Check, ...], dict[str, Check]]:
    found = _discover()
    by_key = {key: c for c in found for key in (c.info.code.upper(), c.info.name.lower())}
    return found, by_key


def __getattr__(name: str) -> object:
    """``ALL_CHECKS`` (every check, ordered by code) is found on first use, so importing
    ``checks.base`` alone (formatters do) does not import every rule."""
    if name == "ALL_CHECKS":
        return _checks()[0]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def _rules() -> tuple[tuple[RuleInfo, ...], dict[str, RuleInfo]]:
    """Every rule users can name: the checks plus unused-suppression, which is applied
    after the checks run (it needs their findings) but is listed and named like them."""
    from claimcheck.suppress import UNUSED_SUPPRESSION

    infos = tuple(sorted([c.info for c in _checks()[0]] + [UNUSED_SUPPRESSION], key=lambda r: r.code))
    return infos, {key: r for r in infos for key in (r.code.upper(), r.name.lower())}


def _find(by_key: dict[str, T], code_or_name: str) -> T:
    """Look up by code or name (case-insensitive); KeyError suggests the nearest."""
    key = code_or_name.strip()
    found = by_key.get(key.upper()) or by_key.get(key.lower())
    if found is not None:
        return found
    close = difflib.get_close_matches(key.lower(), list(by_key), n=1, cutoff=0.5)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise UnknownNameError(f"no rule {code_or_name!r}{hint}")


def get_check(code_or_name: str) -> Check:
    """The check with this code or name."""
    return _find(_checks()[1], code_or_name)


def get_rule(code_or_name: str) -> RuleInfo:
    """The RuleInfo of a rule given by code ("CC101") or name ("unsourced-figure")."""
    return _find(_rules()[1], code_or_name)


def all_rules() -> list[RuleInfo]:
    return list(_rules()[0])


__all__ = ["ALL_CHECKS", "all_rules", "get_check", "get_rule"]

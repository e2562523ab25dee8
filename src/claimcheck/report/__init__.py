"""Output formats, found by name: every module here that defines ``FORMATTER`` is one.

Adding a format is adding a module; nothing else (the CLI included) needs editing.
"""

from __future__ import annotations

import importlib
import pkgutil

from claimcheck.errors import UnknownNameError
from claimcheck.report.base import Formatter, RenderOptions


def _discover() -> dict[str, Formatter]:
    found: dict[str, Formatter] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_") or module_info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        formatter = getattr(module, "FORMATTER", None)
        if formatter is not None:
            if formatter.name in found:
                raise RuntimeError(f"two output formats are named {formatter.name!r}")
            found[formatter.name] = formatter
    # 'text' first: it is the default and the first choice a user sees in --help
    return dict(sorted(found.items(), key=lambda kv: (kv[0] != "text", kv[0])))


FORMATTERS: dict[str, Formatter] = _discover()


def get_formatter(name: str) -> Formatter:
    """The formatter called ``name``; the KeyError lists the choices for the usage message."""
    try:
        return FORMATTERS[name]
    except KeyError:
        choices = ", ".join(FORMATTERS)
        raise UnknownNameError(f"unknown output format {name!r} (choose from: {choices})") from None


__all__ = ["FORMATTERS", "Formatter", "RenderOptions", "get_formatter"]

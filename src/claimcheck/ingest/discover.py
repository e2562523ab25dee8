"""Find the article files a user named: files as given, directories walked recursively.

Order is stable (arguments in the order given, each directory's files sorted by path) so
reports and baselines do not churn between runs or machines.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from typing import Literal

from claimcheck.errors import InputError

Format = Literal["text", "markdown", "html"]

#: extension (lower case) → reader format
FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def format_for(path: str | Path) -> Format:
    """The reader for a path; unknown extensions read as plain text (the safe identity)."""
    return FORMATS.get(Path(path).suffix.lower(), "text")


def is_supported(path: str | Path) -> bool:
    return Path(path).suffix.lower() in FORMATS


def is_ignored(relative: str, ignore: Iterable[str], root: Path | None = None) -> bool:
    """True when a glob matches the path relative to the walked root, the path as shown
    (root joined), or any single part of it.

    Matching parts lets ``drafts`` or ``*.draft.md`` work without ``**/`` prefixes.
    """
    posix = PurePosixPath(relative)
    shown = (root / relative).as_posix() if root is not None else None
    for pattern in ignore:
        pattern = pattern.rstrip("/")
        if fnmatch(posix.as_posix(), pattern) or any(fnmatch(p, pattern) for p in posix.parts):
            return True
        if shown is not None and fnmatch(shown, pattern):
            return True
    return False


def _walk(root: Path, ignore: list[str]) -> list[Path]:
    """Supported files under ``root``; hidden entries (``.git``, ``.venv``) are never entered."""
    found: list[Path] = []
    for directory, dirnames, filenames in os.walk(root):
        here = Path(directory)
        rel_dir = here.relative_to(root)
        dirnames[:] = sorted(
            d for d in dirnames
            if not d.startswith(".") and not is_ignored((rel_dir / d).as_posix(), ignore, root)
        )
        for name in filenames:
            if name.startswith(".") or not is_supported(name):
                continue
            if is_ignored((rel_dir / name).as_posix(), ignore, root):
                continue
            found.append(here / name)
    return sorted(found, key=lambda p: p.as_posix())


def _any_supported(root: Path) -> bool:
    """Whether ``root`` holds a supported file at all (ignored ones included)."""
    return any(is_supported(name) for _d, _s, names in os.walk(root) for name in names)


def discover(paths: list[Path], ignore: list[str] | None = None, force_exclude: bool = False) -> list[Path]:
    """Files to read, each as a path built from the user's own argument (the display path).

    A file named explicitly is read whatever its extension (an unknown one reads as text) and,
    unless ``force_exclude`` (what a pre-commit hook that names each staged file wants), whatever
    the ignore globs say: the user asked for it. A path that does not exist, or a directory
    with no article in it, raises ``InputError`` naming it before anything is read: a mistyped
    path in CI must not pass as a clean scan.
    """
    ignore = list(ignore or [])
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InputError(f"no such file or directory: {', '.join(missing)}")
    walked = {path: _walk(path, ignore) for path in paths if path.is_dir()}
    empty = [str(p) for p, found in walked.items() if not found and not _any_supported(p)]
    if empty:
        raise InputError(f"no articles (.txt, .md, .html) under {', '.join(empty)}")
    seen: set[Path] = set()
    out: list[Path] = []
    for path in paths:
        if force_exclude and path not in walked and is_ignored(path.as_posix(), ignore):
            continue
        for found in walked.get(path, [path]):
            key = found.resolve()
            if key not in seen:
                seen.add(key)
                out.append(found)
    return out

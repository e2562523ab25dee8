"""Edit claims.yaml safely: keep comments and order, validate, write atomically, one writer.

claims.yaml is curated by hand, so a tool edit must not reflow it, drop a fact-checker's
comment or leave a half-written file. Every edit goes through ``update``:

1. take ``claims.yaml.lock`` without waiting (a second writer gets RegistryLockedError);
2. load the file with ruamel's round-trip loader and let the caller change the document;
3. dump it and re-load the new text with the validating loader (refuse if it has problems);
4. write a temp file in the same directory, flush and fsync it, ``os.replace`` it over the
   original and fsync the directory, so a crash leaves the old file or the new, never half.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import LiteralScalarString

from claimcheck.atomic import atomic_write
from claimcheck.errors import RegistryError, RegistryLockedError
from claimcheck.models import Record, Registry
from claimcheck.registry.loader import FORMAT_VERSION, parse_registry
from claimcheck.registry.positions import make_yaml

Edit = Callable[[CommentedMap], None]


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def update(path: Path, fn: Edit) -> Registry:
    """Apply ``fn`` to the round-trip document of ``path`` and write the result atomically.

    A missing file starts as ``version: 1``. Returns the validated registry that was written;
    raises RegistryError (nothing written) if the result would not load cleanly and
    RegistryLockedError if another writer holds the lock.
    """
    lock = FileLock(str(lock_path(path)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise RegistryLockedError(
            f"{path.name} is being edited by another process (lock file {lock_path(path)}); "
            "try again when it has finished"
        ) from None
    try:
        _remove_stale_temps(path)
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        prefix, doc = _load(old, path)
        fn(doc)
        buffer = io.StringIO()
        make_yaml().dump(doc, buffer)
        new = prefix + buffer.getvalue()
        try:
            registry = parse_registry(new, str(path))
        except RegistryError as exc:
            raise RegistryError(
                f"refusing to write {path.name}: the edit would leave {len(exc.problems)} "
                "problem(s) (lines refer to the edited text)",
                exc.problems,
            ) from None
        atomic_write(path, new)
        return registry
    finally:
        lock.release()


def add_figure(path: Path, record: Record, comment: str | None = None) -> None:
    """Append ``record`` to ``figures``, with ``comment`` as a comment line above it."""

    def edit(doc: CommentedMap) -> None:
        figures = doc.get("figures")
        if figures is None:
            figures = CommentedSeq()
            doc["figures"] = figures
        if not isinstance(figures, CommentedSeq):
            raise RegistryError(f"{path.name}: 'figures' is not a list; cannot add {record.id!r}")
        figures.append(record_to_yaml(record))
        # a blank line before the new entry, as between hand-written ones, then the comment
        before = ("\n" if len(figures) > 1 else "") + (comment or "")
        if before:
            figures.yaml_set_comment_before_after_key(len(figures) - 1, before=before, indent=2)

    update(path, edit)


def record_to_yaml(record: Record) -> CommentedMap:
    """A record as a round-trip mapping holding only what is set, in the model's field order."""
    data = record.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    item = CommentedMap()
    for key, value in data.items():
        if key == "interval":
            interval = CommentedMap((k, _number(v)) for k, v in value.items())
            interval.fa.set_flow_style()
            item[key] = interval
        elif isinstance(value, str) and "\n" in value:
            item[key] = LiteralScalarString(value)
        else:
            item[key] = _number(value)
    return item


def record_text(record: Record) -> str:
    """The record as it will be written into ``figures``, for the editor to confirm."""
    buffer = io.StringIO()
    make_yaml().dump([record_to_yaml(record)], buffer)
    return buffer.getvalue()


def _number(value: Any) -> Any:
    """19640.0 → 19640, so whole figures read as they were written."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _load(text: str, path: Path) -> tuple[str, CommentedMap]:
    """(text kept before the document, document); a comment-only file keeps its comments."""
    try:
        doc = make_yaml().load(text)
    except YAMLError:
        parse_registry(text, str(path))  # raises RegistryError with the syntax error's position
        raise
    if doc is None:
        fresh = CommentedMap()
        fresh["version"] = FORMAT_VERSION
        prefix = text if not text or text.endswith("\n") else text + "\n"
        return prefix, fresh
    if not isinstance(doc, CommentedMap):
        parse_registry(text, str(path))
        raise RegistryError(f"{path.name} is not a mapping; cannot edit it")
    return "", doc


def _remove_stale_temps(path: Path) -> None:
    """Temp files left by a writer that was killed mid-write; safe to drop under the lock."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with suppress(OSError):
            stale.unlink()

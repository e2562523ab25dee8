"""Read a file as it was at a git revision, for ``diff --rev``.

Shelling out to ``git show REV:path`` keeps claimcheck free of a git library; every failure
becomes an InputError that says what to do, never a traceback or git's raw stderr alone.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from claimcheck.errors import InputError


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    exe = shutil.which("git")
    if exe is None:
        raise InputError("git is not installed or not on PATH; cannot read an earlier revision")
    return subprocess.run([exe, *args], cwd=cwd, capture_output=True, check=False)


def repo_root(path: Path) -> Path:
    """The top of the work tree that contains ``path``."""
    start = path if path.is_dir() else path.parent
    if not start.exists():
        raise InputError(f"{path}: no such file or directory")
    proc = _git(["rev-parse", "--show-toplevel"], start)
    if proc.returncode != 0:
        raise InputError(f"{path}: not inside a git repository, so there is no revision to compare with")
    return Path(proc.stdout.decode().strip()).resolve()


def read_at_revision(path: Path, rev: str = "HEAD") -> str:
    """The text of ``path`` at ``rev`` (UTF-8, a BOM dropped, invalid bytes replaced)."""
    return read_bytes_at_revision(path, rev).decode("utf-8-sig", errors="replace")


def read_bytes_at_revision(path: Path, rev: str = "HEAD") -> bytes:
    """The raw bytes of ``path`` at ``rev``, for callers that detect the encoding themselves."""
    if rev.startswith("-"):
        raise InputError(f"{rev!r} is not a revision")
    absolute = path.resolve()
    root = repo_root(absolute)
    try:
        relative = absolute.relative_to(root).as_posix()
    except ValueError:
        raise InputError(f"{path}: outside the git repository at {root}") from None
    check = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], root)
    if check.returncode != 0:
        raise InputError(f"{rev}: unknown revision in {root}")
    proc = _git(["show", f"{rev}:{relative}"], root)
    if proc.returncode != 0:
        raise InputError(f"{relative}: not in revision {rev} (new or renamed since?)")
    return proc.stdout

"""read_at_revision: a file's text at a git revision, and clear errors when there is none."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.gitrev import read_at_revision

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
                        "HOME": str(cwd), "PATH": "/usr/bin:/bin:/usr/local/bin"})


def test_read_at_revision(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    draft = tmp_path / "news" / "draft.md"
    draft.parent.mkdir()
    draft.write_text("There were 4.2 million.\n", encoding="utf-8")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "one")
    draft.write_text("There were 4.5 million.\n", encoding="utf-8")
    assert read_at_revision(draft) == "There were 4.2 million.\n"
    assert read_at_revision(draft, "HEAD") == "There were 4.2 million.\n"
    new = tmp_path / "news" / "new.md"
    new.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="not in revision HEAD"):
        read_at_revision(new)
    with pytest.raises(InputError, match="unknown revision"):
        read_at_revision(draft, "no-such-branch")


def test_not_a_repository(tmp_path: Path) -> None:
    lone = tmp_path / "lone.md"
    lone.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="not inside a git repository"):
        read_at_revision(lone)

"""The error family and exit codes: every user-facing failure is one of these, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2


@dataclass(frozen=True)
class Problem:
    """One problem at a place in a file; ``line``/``column`` are 1-based (0 = unknown)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.column}: {self.message}"
        return f"{self.path}: {self.message}"


class ClaimcheckError(Exception):
    """Base of every error the CLI turns into exit code 2 with a readable message."""

    exit_code = ExitCode.ERROR

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems or []

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        return "\n".join([self.message, *(f"  {p}" for p in self.problems)])


class RegistryError(ClaimcheckError):
    """claims.yaml cannot be used: every problem found is listed, each with file:line:col."""


class InputError(ClaimcheckError):
    """An article or path given on the command line cannot be read."""


class ConfigError(ClaimcheckError):
    """The configuration file is malformed or names something that does not exist."""


class UsageError(ClaimcheckError):
    """The command line asks for something that cannot be done."""


class RegistryLockedError(ClaimcheckError):
    """Another process is writing claims.yaml; refusing rather than losing an edit."""


class UnknownNameError(UsageError, KeyError):
    """A rule or format name that does not exist; still a KeyError for lookups that expect one."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


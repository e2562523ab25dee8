"""The command line: options → engine → formatter → exit code.

Importing the command modules registers their commands on ``app``.
"""

from claimcheck.cli import editors as _editors  # noqa: F401
from claimcheck.cli import scan as _scan  # noqa: F401
from claimcheck.cli.common import app


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]

"""How a command fails: one line on stderr, naming the program, and exit status 1 (design.md §5)."""

from __future__ import annotations

import sys
from typing import TextIO

from desktop.core.terminal_text import terminal_safe
from desktop.identity import PROGRAM


class CommandError(Exception):
    """A command failed for a reason the user can act on; ``str()`` is the one line to print.

    The command line (``desktop.cli.run_command``) prints it with ``fail`` and exits with status 1.
    """


def one_line(message: str) -> str:
    """``message`` with every run of whitespace (newlines included) made one space, and any control
    character left (an escape in a baby's name, say) shown as an escape, never obeyed."""
    return terminal_safe(" ".join(message.split()))


def fail(message: str, stream: TextIO | None = None) -> int:
    """Print ``twitch-diary: MESSAGE`` as one line on stderr and return the exit status 1."""
    print(f"{PROGRAM}: {one_line(message)}", file=stream if stream is not None else sys.stderr)
    return 1

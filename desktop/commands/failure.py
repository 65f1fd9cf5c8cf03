"""How a command fails: one line on stderr, naming the program, and exit status 1 (design.md §5)."""

from __future__ import annotations

import sys
from typing import TextIO

from desktop.identity import PROGRAM


def one_line(message: str) -> str:
    """``message`` with every run of whitespace (newlines included) made one space."""
    return " ".join(message.split())


def fail(message: str, stream: TextIO | None = None) -> int:
    """Print ``twitch-diary: MESSAGE`` as one line on stderr and return the exit status 1."""
    print(f"{PROGRAM}: {one_line(message)}", file=stream if stream is not None else sys.stderr)
    return 1

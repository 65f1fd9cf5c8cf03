"""A fresh Xvfb server for tests that need a real X display (one starter for every such test)."""

from __future__ import annotations

import os
import select
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def fresh_xvfb(size: str = "1280x800") -> Iterator[str]:
    """Start Xvfb on a free display number (Xvfb picks it and tells us through a pipe); yield ``:N``.

    ``-noreset`` and the pipe held open until the end both keep the server alive between clients:
    on its reset after the last client leaves it writes to the pipe again and dies if it is closed.
    """
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not report a display number within 30 s")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)

"""The real program on a real X display: resized and moved, closed, reopened at the same place."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from .conftest import add_baby
from .x11_support import NEEDS_X, running_app, wait_for, x_display, xdotool

pytestmark = [NEEDS_X, pytest.mark.slow]


def geometry(display: str, window: str) -> tuple[int, int, int, int]:
    """The window's x, y, width and height as the X server has them."""
    out = xdotool(display, "getwindowgeometry", window)
    position = re.search(r"Position: (-?\d+),(-?\d+)", out)
    size = re.search(r"Geometry: (\d+)x(\d+)", out)
    assert position is not None and size is not None, out
    return int(position[1]), int(position[2]), int(size[1]), int(size[2])


def test_the_window_reopens_with_the_size_and_place_it_was_closed_with(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    add_baby(data_dir)  # the bedside, as on every start after the first
    with x_display("1280x800") as display:
        with running_app(display, data_dir) as (_app, window):
            assert geometry(display, window)[2:] == (1000, 760)  # the size a new diary opens at
            xdotool(display, "windowsize", "--sync", window, "700", "520")
            xdotool(display, "windowmove", "--sync", window, "90", "60")
            assert wait_for(lambda: geometry(display, window) == (90, 60, 700, 520), timeout=10)
            time.sleep(0.3)  # let Qt take in the new geometry before Ctrl+Q
        with running_app(display, data_dir) as (_app, window):
            assert geometry(display, window) == (90, 60, 700, 520)

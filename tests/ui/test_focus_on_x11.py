"""On a bare X server (no window manager to hand the keyboard back), the keys reach the bedside
again once a question closes: Baby › Delete baby…, Enter (Keep), then E ends the episode."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import add_baby
from .x11_support import NEEDS_X, running_app, stored, wait_for, x_display, xdotool

pytestmark = [pytest.mark.slow, NEEDS_X]


def test_after_the_delete_question_the_next_key_reaches_the_bedside(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    add_baby(data_dir, "Mia")
    with x_display() as display, running_app(display, data_dir):
        xdotool(display, "key", "s", "e")  # a sleep, and an episode being timed
        windows = len(visible(display))
        xdotool(display, "key", "alt+b")
        assert wait_for(lambda: len(visible(display)) > windows)  # the Baby menu is open
        xdotool(display, "key", "Down", "Down", "Return")  # Add, Edit, Delete baby…
        question = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^Delete Mia$").split()[0]
        xdotool(display, "windowfocus", "--sync", question)
        xdotool(display, "key", "Return")  # the default button: Keep
        assert wait_for(lambda: not visible(display, "--name", "^Delete Mia$"))
        xdotool(display, "key", "e")  # the parent ends the episode
        assert wait_for(lambda: stored(data_dir, "episode") == 1), "E went nowhere after the question"
        assert stored(data_dir, "twitch") == 0


def visible(display: str, *match: str) -> list[str]:
    """The visible windows that ``match`` (xdotool search terms; any window of a class if none)."""
    import subprocess

    from .x11_support import x_env

    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", *(match or ("--class", "."))],
        env=x_env(display),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return found.stdout.split()

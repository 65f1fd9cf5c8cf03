"""Holding Space under real X11 key repeat (xdotool on Xvfb, ``xset r on``): holds and taps stay exact.

X repeats a held key as release/press pairs, which Qt does not always flag as repeats on a busy
machine (design.md §6: a hold of a second is one episode toggle, never a burst of twitches).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from tests.ui.conftest import add_baby
from tests.ui.x11_support import (
    NEEDS_X,
    busy_cores,
    other_window,
    running_app,
    stored,
    wait_for,
    x_display,
    xdotool,
)

pytestmark = [pytest.mark.slow, NEEDS_X]

# Holds of 1.3 to 2 s each toggle the episode; under 1 s (0.4, 0.6) each is one twitch.
LONG_HOLDS = (1.3, 1.6, 2.0, 1.8, 1.4, 1.7, 2.0, 1.5, 1.9, 1.3) * 2
SHORT_HOLDS = (0.4, 0.6, 0.5, 0.4, 0.6, 0.45)


def hold(display: str, seconds: float) -> None:
    """Press Space, keep it down (the X server repeats it), release it."""
    xdotool(display, "keydown", "space")
    time.sleep(seconds)
    xdotool(display, "keyup", "space")
    time.sleep(0.35)  # between holds, as a hand would


def test_twenty_holds_on_a_busy_machine_are_ten_episodes_and_no_twitch(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    add_baby(data_dir)
    with x_display() as display, running_app(display, data_dir):
        with busy_cores():
            for seconds in LONG_HOLDS:
                hold(display, seconds)
        # Every second hold ends the episode the one before started: ten stored, none running.
        wait_for(lambda: stored(data_dir, "episode") == len(LONG_HOLDS) // 2)
        counts = (stored(data_dir, "episode"), stored(data_dir, "twitch"))
        print(f"20 holds: {counts[0]} episodes, {counts[1]} twitches")
        assert counts == (len(LONG_HOLDS) // 2, 0)


def test_short_presses_and_bursts_are_one_twitch_each(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    add_baby(data_dir)
    with x_display() as display, running_app(display, data_dir):
        for seconds in SHORT_HOLDS:
            hold(display, seconds)
        xdotool(display, "key", "--delay", "90", *(["space"] * 12))  # a burst, as quick as a hand
        xdotool(display, "key", "--delay", "40", *(["space"] * 8))  # quicker than a hand
        expected = len(SHORT_HOLDS) + 12 + 8
        assert wait_for(lambda: stored(data_dir, "twitch") == expected)
        time.sleep(1.5)  # nothing more arrives late
        assert stored(data_dir, "twitch") == expected
        assert stored(data_dir, "episode") == 0


def test_a_press_whose_release_lands_in_another_window_is_one_twitch(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    add_baby(data_dir)
    with (
        x_display() as display,
        running_app(display, data_dir) as (_app, window),
        other_window(display) as other,
    ):
        xdotool(display, "keydown", "space")
        time.sleep(0.2)
        xdotool(display, "windowfocus", "--sync", other)
        time.sleep(1.5)  # longer than a hold: the app must not time an episode by itself
        xdotool(display, "keyup", "space")
        time.sleep(0.5)
        assert wait_for(lambda: stored(data_dir, "twitch") == 1)
        xdotool(display, "windowfocus", "--sync", window)
        time.sleep(0.5)
        xdotool(display, "key", "e")  # the bedside is not timing an episode: E starts one
        xdotool(display, "key", "e")
        assert wait_for(lambda: stored(data_dir, "episode") == 1)
        assert stored(data_dir, "twitch") == 1

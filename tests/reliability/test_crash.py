"""A crash (SIGKILL) at the bedside loses no confirmed tap, and the running sleep is there on restart."""

from __future__ import annotations

import os
import signal
import subprocess
from datetime import date
from pathlib import Path

import pytest
from tests.reliability.processes import BEDSIDE_LOGGER, WINDOW_LOGGER, WINDOW_REPORTER, start_python

from desktop.core.model import Baby, new_id
from desktop.store.diary import Diary

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]
TAPS = 25


@pytest.fixture
def mia(data_dir: Path) -> Baby:
    baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
    with Diary(data_dir) as diary:
        diary.babies.add(baby)
    return baby


def read_until_killed(child: subprocess.Popen[str], taps: int) -> list[list[str]]:
    """Read the child's lines until ``taps`` taps were confirmed, kill it, then read what is left."""
    assert child.stdout is not None
    lines: list[list[str]] = []
    while sum(line[0] == "tap" for line in lines) < taps:
        line = child.stdout.readline()
        assert line, f"the child stopped early: {child.stderr.read() if child.stderr else ''}"
        lines.append(line.split())
    os.kill(child.pid, signal.SIGKILL)
    # Lines printed after the last one read but before the kill were confirmed too; a last line
    # cut short by the kill (no newline yet) was not.
    *complete, _cut = child.stdout.read().split("\n")
    lines.extend(line.split() for line in complete if line.strip())
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert not any(line[0] == "ERROR" for line in lines), lines
    return lines


def test_killed_bedside_keeps_its_running_sleep_and_every_confirmed_tap(data_dir: Path, mia: Baby) -> None:
    with start_python(BEDSIDE_LOGGER, str(data_dir)) as child:
        lines = read_until_killed(child, TAPS)
    (sleep_id,) = [line[1] for line in lines if line[0] == "sleep"]
    confirmed = [line[1] for line in lines if line[0] == "tap"]
    with Diary(data_dir) as diary:
        running = diary.sleeps.running(mia.id)
        assert running is not None and running.id == sleep_id
        stored = {event.id for event in diary.events.in_sleep(sleep_id)}
    assert set(confirmed) <= stored
    # At most the one tap being written at the moment of the kill may be stored unconfirmed.
    assert len(stored) - len(confirmed) <= 1


def test_killed_window_restarts_on_the_running_sleep_with_all_taps(data_dir: Path, mia: Baby) -> None:
    with start_python(WINDOW_LOGGER, str(data_dir)) as child:
        lines = read_until_killed(child, TAPS)
    confirmed = [line[1] for line in lines if line[0] == "tap"]
    (sleep_id,) = {line[2] for line in lines if line[0] == "tap"}  # the first tap started one sleep
    with Diary(data_dir) as diary:
        stored = {event.id for event in diary.events.in_sleep(sleep_id)}
    assert set(confirmed) <= stored
    # Started again: the stale lock does not block it, and the bedside shows the sleep still running.
    with start_python(WINDOW_REPORTER, str(data_dir)) as again:
        out, err = again.communicate(timeout=120)
    assert again.returncode == 0, (out, err)
    shown = dict(line.split(" ", 1) for line in out.splitlines())
    assert shown["running"] == sleep_id
    assert shown["count"] == str(len(stored))
    assert "Mia" in shown["label"] and "since" in shown["label"]

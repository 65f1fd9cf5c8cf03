"""Every tap the app has confirmed is on disk: a logging process killed mid-stream loses none."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.model import Baby
from desktop.store.diary import Diary

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TAPS_BEFORE_KILL = 40

# The child logs taps one by one as the bedside does, printing each id only after add() returned.
CHILD = """
import sys
from datetime import datetime, timezone
from pathlib import Path

from desktop.core.model import Event, new_id
from desktop.store.diary import Diary

diary = Diary(Path(sys.argv[1]))
while True:
    tap = Event(id=new_id(), baby_id=sys.argv[2], sleep_id=None, at=datetime.now(timezone.utc),
                kind="twitch", state="awake")
    diary.events.add(tap)
    print(tap.id, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_logger_loses_no_confirmed_tap(data_dir: Path, baby: Baby, diary: Diary) -> None:
    diary.close()
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), baby.id],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        confirmed = [child.stdout.readline().strip() for _ in range(TAPS_BEFORE_KILL)]
        os.kill(child.pid, signal.SIGKILL)
        # Ids printed after the last one read but before the kill were confirmed too.
        confirmed += child.stdout.read().split()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with Diary(data_dir) as reopened:
        stored = {event.id for event in reopened.events.for_baby(baby.id)}
    assert len(confirmed) >= TAPS_BEFORE_KILL
    assert all(confirmed), "the child printed an empty line: it failed before logging"
    assert set(confirmed) <= stored

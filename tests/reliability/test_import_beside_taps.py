"""A command-line import and a second process logging taps at the same time: every tap is stored.

The second process is the bedside's own write path (``BedsideSession`` over the undo commands)
in its own process, tapping every 50 ms and printing each tap only after it was committed. The
import is the real ``python -m desktop import``, optionally on a computer so slow that checking
the file takes longer than a tap may wait for the write lock (those checks must not hold it).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from tests.reliability.processes import ROOT, start_python

from desktop.core.model import Baby, new_id
from desktop.exchange.v2_export import merge_document
from desktop.store.connection import BUSY_TIMEOUT_MS
from desktop.store.diary import Diary

pytestmark = pytest.mark.slow

# Taps until the file ``argv[2]`` appears; "tap ID" after each commit, "FAILED why" when one fails.
TAPPER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui.bedside.session import BedsideSession

app = QCoreApplication([])
stop = Path(sys.argv[2])
diary = Diary(Path(sys.argv[1]))
session = BedsideSession(diary, QUndoStack(), lambda message: print("ERROR", message, flush=True))
session.set_baby([baby for baby in diary.babies.all() if baby.name == "Mia"][0])
print("ready", flush=True)
for _ in range(20_000):  # bounded: never outlive a test that stopped reading
    if stop.exists():
        break
    try:
        print("tap", session.log_twitch(session.clock.now(), "hand", "left").id, flush=True)
    except StoreError as error:
        print("FAILED", error, flush=True)
    time.sleep(0.05)
print("done", flush=True)
"""

# ``python -m desktop ARGS``, with the import's checks made slower than the busy timeout when asked.
IMPORTER = """
import sys, time
from desktop.exchange import merge
delay = float(sys.argv[1])
planned = merge.plan_merge
def slow_plan(diary, parsed, now):
    time.sleep(delay)
    return planned(diary, parsed, now)
merge.plan_merge = slow_plan
from desktop.app import main
sys.argv = ["twitch-diary", *sys.argv[2:]]
sys.exit(main())
"""


SLOW_CHECKS = pytest.mark.parametrize(
    "slow_checks", [False, True], ids=["as it is", "checks slower than the busy timeout"]
)


@SLOW_CHECKS
def test_taps_from_another_process_during_a_command_line_import_are_all_stored(
    data_dir: Path, tmp_path: Path, slow_checks: bool
) -> None:
    from tests.perf.generate import generate_diary

    with Diary(tmp_path / "big") as big:
        generate_diary(big, days=200, seed=3)  # about 25,000 events
        in_file = int(big.connection.execute("SELECT COUNT(*) FROM event").fetchone()[0])
        source = tmp_path / "big.json"
        source.write_text(json.dumps(merge_document(big)), encoding="utf-8")
    mia = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
    with Diary(data_dir) as diary:
        diary.babies.add(mia)
    stop = tmp_path / "stop"
    with start_python(TAPPER, str(data_dir), str(stop)) as tapper:
        assert tapper.stdout is not None
        assert tapper.stdout.readline().strip() == "ready"
        delay = BUSY_TIMEOUT_MS / 1000 + 1 if slow_checks else 0.0
        imported = subprocess.run(
            [sys.executable, "-c", IMPORTER, str(delay), "--data-dir", str(data_dir), "import", str(source)],
            cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        stop.touch()
        out, err = tapper.communicate(timeout=60)
    assert imported.returncode == 0, imported.stderr
    assert "Merged" in imported.stdout
    lines = [line.split(maxsplit=1) for line in out.splitlines()]
    assert lines[-1] == ["done"], err
    assert [line for line in lines if line[0] in ("FAILED", "ERROR")] == []
    tapped = {line[1] for line in lines if line[0] == "tap"}
    assert len(tapped) >= 5  # taps went on all through the import
    with Diary(data_dir) as diary:
        stored = {event.id for event in diary.events.for_baby(mia.id)}
        total = diary.connection.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    assert stored == tapped
    assert total == in_file + len(tapped)

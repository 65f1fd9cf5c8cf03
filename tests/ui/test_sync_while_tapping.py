"""A background sync that brings a whole diary (a new device's first sync) never holds up a tap:
every tap made meanwhile is stored and shown logged, and the sync's records all arrive.

``SYNC_TAP_DAYS=1100`` makes the other diary three years long; ``-s`` prints the longest taps (a
figure to read, not to assert: the machine is shared).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.core.model import Event
from desktop.store.diary import Diary
from desktop.sync.run import set_up, sync_now
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.slow
TAP_EVERY_MS = 30
PASSPHRASE = "moon river at three"


def test_taps_made_during_a_long_background_sync_are_all_logged(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.perf.generate import generate_diary

    (mia,) = window.diary.babies.all()
    shared = tmp_path / "shared"
    shared.mkdir()
    with Diary(tmp_path / "other") as other:  # the other caregiver's 200 days, already in the folder
        generate_diary(other, days=int(os.environ.get("SYNC_TAP_DAYS", "200")), seed=5)
        in_file = int(other.connection.execute("SELECT COUNT(*) FROM event").fetchone()[0])
        set_up(other, shared, PASSPHRASE)
        sync_now(other)
    sync = window.late.folder_sync
    monkeypatch.setattr(sync, "ask_settings", lambda: (shared, PASSPHRASE))
    bedside = window.bedside
    failures: list[str] = []
    shown_error = bedside._on_session_error
    monkeypatch.setattr(bedside, "_on_session_error", lambda text: (failures.append(text), shown_error(text)))
    logged: list[Event] = []
    bedside.twitch_logged.connect(logged.append)
    waits: list[float] = []
    during = 0

    def tap() -> None:
        nonlocal during
        running = sync.work is not None and sync.work.running()
        started = time.perf_counter()
        window.actions_by_name["log_twitch"].trigger()
        waits.append(time.perf_counter() - started)
        during += running

    timer = QTimer(window)
    timer.timeout.connect(tap)
    timer.start(TAP_EVERY_MS)
    window.actions_by_name["sync_settings"].trigger()
    qtbot.waitUntil(lambda: sync.work is not None and not sync.work.running(), timeout=180_000)
    timer.stop()
    assert failures == []
    assert during >= 3, "the parent did tap while the sync ran"
    assert len(logged) == len(waits)
    print(f"taps during the sync: {during}; longest taps (ms): {sorted(round(w * 1000) for w in waits)[-8:]}")
    with Diary(window.diary.data_dir) as reopened:
        stored = {event.id for event in reopened.events.for_baby(mia.id)}
        total = reopened.connection.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    assert stored == {event.id for event in logged}
    assert total == in_file + len(logged)

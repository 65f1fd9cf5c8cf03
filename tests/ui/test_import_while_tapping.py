"""A long Diary › Import never holds up a tap: every tap made meanwhile is stored and shown logged."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.core.model import Event
from desktop.exchange import merge
from desktop.exchange.records import ParsedDocument
from desktop.exchange.v2_export import merge_document
from desktop.store.connection import BUSY_TIMEOUT_MS
from desktop.store.diary import Diary
from desktop.ui.background_work import Watch
from desktop.ui.main_window import MainWindow

TAP_EVERY_MS = 30  # fast enough that a quick machine still taps several times during the import


def _big_file(folder: Path) -> tuple[Path, int]:
    """Another caregiver's export of about 25,000 events (its own baby), and how many events it holds."""
    from tests.perf.generate import generate_diary

    with Diary(folder / "big") as big:
        generate_diary(big, days=200, seed=3)
        count = int(big.connection.execute("SELECT COUNT(*) FROM event").fetchone()[0])
        source = folder / "big.json"
        source.write_text(json.dumps(merge_document(big)), encoding="utf-8")
    return source, count


SLOW_CHECKS = pytest.mark.parametrize(
    "slow_checks", [False, True], ids=["as it is", "checks slower than the busy timeout"]
)


@SLOW_CHECKS
def test_taps_made_during_a_long_import_are_all_logged(
    window: MainWindow,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    slow_checks: bool,
) -> None:
    (mia,) = window.diary.babies.all()
    source, in_file = _big_file(tmp_path)
    if slow_checks:
        # A slow, busy computer: checking the file against the diary takes longer than a tap may
        # wait for the write lock. Those checks must not hold the lock (they did: taps failed).
        planned = merge.plan_merge

        def slow_plan(diary: Diary, parsed: ParsedDocument, now: datetime) -> merge.MergePlan:
            time.sleep(BUSY_TIMEOUT_MS / 1000 + 1)
            return planned(diary, parsed, now)

        monkeypatch.setattr(merge, "plan_merge", slow_plan)
    exchange = window.late.diary_exchange
    monkeypatch.setattr(exchange, "choose_import_file", lambda: source)
    monkeypatch.setattr(exchange, "confirm", lambda preview: True)
    bedside = window.bedside
    failures: list[str] = []
    shown_error = bedside._on_session_error
    monkeypatch.setattr(bedside, "_on_session_error", lambda text: (failures.append(text), shown_error(text)))
    logged: list[Event] = []
    bedside.twitch_logged.connect(logged.append)
    outcomes: list[object] = []
    writing: list[bool] = []
    started = exchange._run

    def run(label: str, work: Callable[[Watch], object], done: Callable[[object], None]) -> None:
        started(label, work, done)
        if label.startswith("Importing"):
            assert exchange.work is not None
            writing.append(True)
            exchange.work.failed.connect(outcomes.append)
            exchange.work.finished.connect(outcomes.append)

    monkeypatch.setattr(exchange, "_run", run)
    taps = 0
    taps_while_writing = 0

    def tap() -> None:
        nonlocal taps, taps_while_writing
        window.actions_by_name["log_twitch"].trigger()  # the tap's own path: the action Space triggers
        taps += 1
        taps_while_writing += bool(writing) and not outcomes

    timer = QTimer(window)
    timer.timeout.connect(tap)
    timer.start(TAP_EVERY_MS)
    window.actions_by_name["import_diary"].trigger()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=120_000)
    timer.stop()

    assert isinstance(outcomes[0], str) and "Merged" in outcomes[0], outcomes
    assert failures == []
    assert taps_while_writing >= 3  # the parent did tap while the import was being written
    assert len(logged) == taps
    with Diary(window.diary.data_dir) as reopened:  # what is on the disk, read afresh
        stored = {event.id for event in reopened.events.for_baby(mia.id)}
        total = reopened.connection.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    assert stored == {event.id for event in logged}
    assert total == in_file + taps

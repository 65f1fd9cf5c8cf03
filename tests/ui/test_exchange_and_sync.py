"""The window's Diary › Import…, Export… and sync: preview before writing, sync off the GUI thread."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.exchange.v2_export import merge_document
from desktop.store.diary import Diary
from desktop.sync.run import set_up, sync_now
from desktop.ui import baby_doubles
from desktop.ui.background_work import Watch
from desktop.ui.diary_exchange import Preview, PreviewDialog
from desktop.ui.main_window import MainWindow

from .conftest import OpenWindow

NOW = datetime.now().astimezone()


def _other_device(folder: Path, baby: Baby, taps: int = 3) -> tuple[Sleep, list[Event]]:
    """Another caregiver's diary holding ``baby`` and one night with ``taps`` taps."""
    sleep = Sleep(
        id=new_id(),
        baby_id=baby.id,
        start=NOW - timedelta(hours=5),
        end=NOW - timedelta(hours=1),
        kind="night",
    )
    events = [
        Event(new_id(), baby.id, sleep.id, sleep.start + timedelta(minutes=5 * (k + 1)), "twitch")
        for k in range(taps)
    ]
    with Diary(folder) as diary:
        if diary.babies.get(baby.id) is None:
            diary.babies.add(baby)
        diary.sleeps.add(sleep)
        diary.events.add_many(events)
    return sleep, events


def test_import_shows_a_preview_and_writes_nothing_until_asked(
    window: MainWindow, mia: Baby, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleep, _ = _other_device(tmp_path / "other", mia)
    with Diary(tmp_path / "other") as other:
        source = tmp_path / "from-b.json"
        source.write_text(json.dumps(merge_document(other)), encoding="utf-8")
    exchange = window.late.diary_exchange
    previews: list[Preview] = []
    answers = [False, True]
    monkeypatch.setattr(exchange, "choose_import_file", lambda: source)
    monkeypatch.setattr(exchange, "confirm", lambda preview: previews.append(preview) or answers.pop(0))

    window.actions_by_name["import_diary"].trigger()
    qtbot.waitUntil(lambda: bool(previews) and not exchange.work.running(), timeout=10_000)
    # The sleep and its taps are new; Mia, added on both computers, has a later version there, but
    # with the same content: already here, not changed.
    assert (previews[0].new, previews[0].changed, previews[0].unchanged, previews[0].refused) == (4, 0, 1, [])
    assert window.diary.sleeps.for_baby(mia.id) == []  # declined: nothing written

    window.actions_by_name["import_diary"].trigger()
    qtbot.waitUntil(lambda: window.diary.sleeps.for_baby(mia.id) == [sleep], timeout=10_000)
    qtbot.waitUntil(
        lambda: "Merged 4 new records. 1 already up to date." in window.statusBar().currentMessage(),
        timeout=10_000,
    )


def test_the_preview_lists_refusals_as_plain_text_and_offers_no_import(qtbot: QtBot, tmp_path: Path) -> None:
    preview = Preview(tmp_path / "x.json", refused=["babies[0].name: <b>bold</b> must not be empty"])
    dialog = PreviewDialog(preview, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "<b>bold</b>" in dialog.problems.toPlainText()


def test_export_writes_json_and_csv(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    exchange = window.late.diary_exchange
    for name, table in (("d.json", "events"), ("s.csv", "sleeps")):
        monkeypatch.setattr(exchange, "choose_export_file", lambda n=name, t=table: (tmp_path / n, t))
        window.actions_by_name["export_diary"].trigger()
        qtbot.waitUntil(
            lambda n=name: (tmp_path / n).exists() and not exchange.work.running(), timeout=10_000
        )
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["version"] == 2
    assert (tmp_path / "s.csv").read_text(encoding="utf-8-sig").startswith("baby_name,date,start_local_time")


def test_sync_runs_off_the_gui_thread_shows_its_status_and_what_came_in(
    open_window: OpenWindow,
    mia: Baby,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    other = tmp_path / "other"
    _other_device(other, mia, taps=4)
    with Diary(other) as diary:
        set_up(diary, shared, "moon river")
        sync_now(diary)
    window = open_window()
    sync = window.late.folder_sync
    threads: list[threading.Thread] = []
    from desktop.ui import folder_sync

    real = folder_sync.sync_now
    monkeypatch.setattr(
        folder_sync, "sync_now", lambda diary: threads.append(threading.current_thread()) or real(diary)
    )
    monkeypatch.setattr(sync, "ask_settings", lambda: (shared, "moon river"))
    window.actions_by_name["sync_settings"].trigger()
    qtbot.waitUntil(lambda: "with 1 other device" in sync.status.text(), timeout=15_000)
    assert threads and threads[0] is not threading.main_thread()
    assert len(window.diary.events.for_baby(mia.id)) == 4
    assert window.bedside.session.baby == mia
    # A tap logged here goes out with the next sync (debounced after the change).
    window.actions_by_name["log_twitch"].trigger()
    sync.sync()
    qtbot.waitUntil(lambda: not sync.work.running(), timeout=15_000)
    with Diary(other) as diary:
        report = sync_now(diary)
        assert sum(report.received.values()) >= 2  # the tap and the sleep it started
    window.actions_by_name["sync_off"].trigger()
    assert sync.status.text() == ""


def test_a_baby_entered_on_two_devices_is_offered_for_merging_in_one_undoable_step(
    window: MainWindow, mia: Baby, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    twin = replace(mia, id=new_id())  # the same baby, entered on the other computer
    _other_device(tmp_path / "other", twin, taps=2)
    with Diary(tmp_path / "other") as other:
        source = tmp_path / "from-b.json"
        source.write_text(json.dumps(merge_document(other)), encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(
        baby_doubles, "ask_to_merge", lambda parent, name, born, count: asked.append(name) or True
    )
    monkeypatch.setattr(window.late.diary_exchange, "choose_import_file", lambda: source)
    monkeypatch.setattr(window.late.diary_exchange, "confirm", lambda preview: True)
    window.actions_by_name["import_diary"].trigger()
    qtbot.waitUntil(lambda: asked == ["Mia"], timeout=10_000)
    assert [baby.id for baby in window.diary.babies.all()] == [mia.id]
    assert len(window.diary.events.for_baby(mia.id)) == 2
    window.undo_stack.undo()
    assert {baby.id for baby in window.diary.babies.all()} == {mia.id, twin.id}
    assert window.diary.events.for_baby(mia.id) == []
    window.undo_stack.redo()
    assert [baby.id for baby in window.diary.babies.all()] == [mia.id]


def test_cancel_during_a_long_import_writes_nothing(
    window: MainWindow, mia: Baby, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.perf.generate import generate_diary

    from desktop.ui.background_work import Cancelled

    with Diary(tmp_path / "big") as big:
        generate_diary(big, days=200, seed=3)  # about 25,000 events: seconds of work
        source = tmp_path / "big.json"
        source.write_text(json.dumps(merge_document(big)), encoding="utf-8")
    exchange = window.late.diary_exchange
    monkeypatch.setattr(exchange, "choose_import_file", lambda: source)
    monkeypatch.setattr(exchange, "confirm", lambda preview: True)
    outcomes: list[object] = []
    started = exchange._run

    def run_and_cancel(label: str, work: Callable[[Watch], object], done: Callable[[object], None]) -> None:
        """Start the work; when it is the write, the parent presses Cancel as it begins.

        Pressed here, not after polling: the write of 25,000 events can end before a poll sees it.
        """
        started(label, work, done)
        if label.startswith("Importing"):
            assert exchange.work is not None and exchange.work.dialog is not None  # its Cancel button
            exchange.work.failed.connect(outcomes.append)
            exchange.work.finished.connect(outcomes.append)
            exchange.work.dialog.findChild(QPushButton).click()

    monkeypatch.setattr(exchange, "_run", run_and_cancel)
    window.actions_by_name["import_diary"].trigger()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    assert isinstance(outcomes[0], Cancelled)
    assert [baby.id for baby in window.diary.babies.all()] == [mia.id]
    assert window.diary.connection.execute("SELECT COUNT(*) FROM event").fetchone()[0] == 0
    assert "Cancelled; nothing was changed." in window.statusBar().currentMessage()

"""The same baby entered on two devices with a birth-date typo on one: the window asks to merge them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.model import Baby, Event, new_id
from desktop.store.diary import Diary
from desktop.sync.run import set_up, sync_now
from desktop.ui import baby_doubles
from desktop.ui.main_window import MainWindow


def test_a_birth_date_typo_on_the_other_device_is_offered_for_merging(
    window: MainWindow, mia: Baby, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    typo = replace(mia, id=new_id(), birth_date=mia.birth_date + timedelta(days=10))
    with Diary(tmp_path / "other") as other:
        other.babies.add(typo)
        at = datetime.now().astimezone() - timedelta(minutes=5)
        other.events.add(Event(new_id(), typo.id, None, at, "twitch", state="awake"))
        set_up(other, shared, "moon river")
        sync_now(other)
    asked: list[str] = []
    monkeypatch.setattr(  # the parent says Mia's first birth date is the right one
        baby_doubles, "ask_which_birth_date", lambda parent, name, dates: asked.append(name) or 0
    )
    sync = window.late.folder_sync
    monkeypatch.setattr(sync, "ask_settings", lambda: (shared, "moon river"))
    window.actions_by_name["sync_settings"].trigger()
    qtbot.waitUntil(lambda: sync.work is not None and not sync.work.running(), timeout=15_000)
    qtbot.wait(100)
    assert asked == ["Mia"]
    assert len(window.diary.babies.all()) == 1


def test_different_babies_is_not_asked_again_while_the_window_is_open(
    window: MainWindow, mia: Baby, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.diary.babies.add(replace(mia, id=new_id(), birth_date=mia.birth_date + timedelta(days=10)))
    asked: list[list[str]] = []
    monkeypatch.setattr(  # the parent says they are two babies
        baby_doubles, "ask_which_birth_date", lambda parent, name, dates: asked.append(dates) or None
    )
    window.show_outside_changes()
    window.show_outside_changes()  # the next sync's changes
    assert asked == [[mia.birth_date.isoformat(), (mia.birth_date + timedelta(days=10)).isoformat()]]
    assert len(window.diary.babies.all()) == 2


def test_the_question_defaults_to_different_babies_and_names_each_birth_date(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[tuple[str, list[str]]] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append((box.defaultButton().text(), [button.text() for button in box.buttons()]))
        box.defaultButton().click()

    QTimer.singleShot(200, answer)
    chosen = baby_doubles.ask_which_birth_date(window, "Mia", ["2026-08-01", "2026-08-11"])
    assert chosen is None  # Enter (the default) merges nothing
    assert seen[0][0] == "Different babies"
    assert sorted(seen[0][1]) == ["Born 2026-08-01", "Born 2026-08-11", "Different babies"]

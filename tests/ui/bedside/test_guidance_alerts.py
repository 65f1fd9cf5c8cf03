"""Urgent guidance findings in the bedside banner of the real window, until the parent acknowledges them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.ui.bedside.alerts import ACKNOWLEDGED_SETTING


def _nap_with_sign(data_dir: Path, baby: Baby, *signs: str) -> None:
    """A nap that ended an hour ago, with a sign logged in it."""
    end = datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=1)
    nap = Sleep(new_id(), baby.id, end - timedelta(hours=1), end)
    with Diary(data_dir) as diary:
        diary.sleeps.add(nap)
        diary.events.add(
            Event(new_id(), baby.id, nap.id, end - timedelta(minutes=20), "sign", signs=frozenset(signs))
        )


def test_a_doctor_finding_shows_at_start_until_acknowledged(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, mia: Baby
) -> None:
    _nap_with_sign(data_dir, mia, "eyes_rolling")
    window = open_window()
    banner = window.bedside.findings_banner
    assert banner.isVisible()
    assert banner.severity == "doctor"
    assert banner.title_label.text() == "Eyes rolling was logged"
    assert "pediatrician" in banner.body_label.text()

    with qtbot.waitSignal(banner.acknowledged):
        qtbot.mouseClick(banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    stored = json.loads(window.diary.settings.get(ACKNOWLEDGED_SETTING) or "[]")
    assert len(stored) == 1 and ":neuro_symptoms:doctor:" in stored[0]
    window.close()

    again = open_window()
    assert not again.bedside.findings_banner.isVisible()


def test_a_sign_logged_at_the_bedside_raises_the_banner(
    qtbot: QtBot, open_window: OpenWindow, mia: Baby
) -> None:
    window = open_window()
    banner = window.bedside.findings_banner
    assert not banner.isVisible()  # nothing logged yet: nothing to alert about
    qtbot.mouseClick(window.bedside.sign_buttons["stiffening"], Qt.MouseButton.LeftButton)
    assert banner.isVisible()
    assert banner.severity == "doctor"
    assert banner.title_label.text() == "Stiffening was logged"
    qtbot.mouseClick(window.bedside.sign_buttons["breathing_pause"], Qt.MouseButton.LeftButton)
    # The most urgent finding comes first; acknowledging it shows the next one.
    assert banner.severity == "emergency"
    qtbot.mouseClick(banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert banner.isVisible() and banner.severity == "doctor"
    qtbot.mouseClick(banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()

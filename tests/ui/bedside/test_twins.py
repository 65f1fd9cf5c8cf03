"""Twins at the bedside: the bar names the baby shown, shows whose sleep runs, one tap switches."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow, add_baby

from desktop.core.model import Baby, new_id
from desktop.ui.baby_form import BabyDialog
from desktop.ui.main_window import MainWindow

from .test_bedside_geometry import SIZES, problems, settle


def checked(window: MainWindow) -> list[str]:
    return [b.text() for b in window.bedside.twins.buttons.values() if b.isChecked()]


def test_after_add_baby_the_picker_names_the_baby_shown(
    qtbot: QtBot, window: MainWindow, mia: Baby, monkeypatch: pytest.MonkeyPatch
) -> None:
    twin = Baby(id=new_id(), name="Ava", birth_date=mia.birth_date)
    monkeypatch.setattr(BabyDialog, "ask", classmethod(lambda cls, *args, **kw: twin))
    window.actions_by_name["add_baby"].trigger()
    assert window.baby == twin
    assert "Ava" in window.bedside.sleep_label.text()
    assert checked(window) == ["Ava"]
    assert window.baby_switcher.currentText() == "Ava"
    assert window.bedside.twins.isVisible()
    window.actions_by_name["undo"].trigger()
    assert not window.bedside.twins.isVisible()  # one baby again: no bar


def test_every_running_sleep_shows_and_one_tap_switches(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, mia: Baby
) -> None:
    leo = add_baby(data_dir, "Leo")
    window = open_window()
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_Space)  # Mia's sleep starts
    bedside.refresh()
    buttons = bedside.twins.buttons
    assert buttons[mia.id].text().startswith("Mia · asleep")
    assert buttons[leo.id].text() == "Leo"
    assert buttons[mia.id].height() >= 40  # a large target
    qtbot.mouseClick(buttons[leo.id], Qt.MouseButton.LeftButton)
    assert window.baby is not None and window.baby.id == leo.id
    assert checked(window) == ["Leo"]
    assert "Leo · no sleep running" in bedside.sleep_label.text()
    assert buttons[mia.id].text().startswith("Mia · asleep")  # still seen while logging Leo
    window.actions_by_name["toggle_fullscreen"].trigger()
    assert bedside.twins.isVisible()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_twins_bar_fits_at_each_size(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, mia: Baby, size: tuple[int, int]
) -> None:
    add_baby(data_dir, "Leonardo")
    window = open_window()
    settle(window, size)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    window.bedside.refresh()
    QApplication.processEvents()
    assert problems(window) == []

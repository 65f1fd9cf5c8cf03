"""The main window: the action contract, first run, babies, views, full screen and closing."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from desktop.core.model import Baby, new_id
from desktop.store.diary import Diary
from desktop.ui.baby_form import BabyDialog
from desktop.ui.main_window import BABY_SETTING, MainWindow

from .conftest import OpenWindow, add_baby


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("log_twitch", "Space"),
        ("toggle_sleep", "S"),
        ("toggle_episode", "E"),
        ("mark_woke", "W"),
        ("undo", "Ctrl+Z"),
        ("redo", "Ctrl+Shift+Z"),
        ("toggle_fullscreen", "F11"),
        ("show_bedside", "Ctrl+1"),
        ("show_review", "Ctrl+2"),
        ("show_history", "Ctrl+3"),
        ("export_report", "Ctrl+E"),
        ("theme_system", ""),
        ("theme_night", ""),
        ("theme_day", ""),
        ("add_baby", ""),
        ("edit_baby", ""),
        ("delete_baby", ""),
    ],
)
def test_every_command_is_an_action_with_its_stable_name_and_key(
    window: MainWindow, name: str, key: str
) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    assert action.shortcut() == QKeySequence(key)
    assert action.text()
    assert window.actions_by_name[name] is action


def test_shortcuts_are_not_shared_by_two_actions(window: MainWindow) -> None:
    keys = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys))


def test_an_empty_diary_opens_on_the_baby_form_and_saving_it_opens_the_bedside(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    assert window.views.currentWidget() is window.first_run
    assert not window.actions_by_name["log_twitch"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.diary.events.all() == []
    form = window.first_run.form
    form.name_edit.setText("Noa")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    (noa,) = window.diary.babies.all()
    assert noa.name == "Noa"
    assert window.views.currentWidget() is window.bedside
    assert window.diary.settings.get(BABY_SETTING) == noa.id
    assert "Noa" in window.bedside.sleep_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert [e.baby_id for e in window.diary.events.all()] == [noa.id]


def test_the_chosen_baby_is_remembered_and_each_baby_has_its_own_sleep(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, mia: Baby
) -> None:
    leo = add_baby(data_dir, "Leo")
    window = open_window()
    assert window.baby is not None and window.baby.id == mia.id
    switcher = window.baby_switcher
    assert switcher.count() == 2
    window.findChild(QAction, "select_baby_2").trigger()
    assert window.baby is not None and window.baby.id == leo.id
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.diary.sleeps.running(leo.id) is not None
    assert window.diary.sleeps.running(mia.id) is None
    window.close()
    again = open_window()
    assert again.baby is not None and again.baby.id == leo.id
    assert again.bedside.count_label.text() == "1"


def test_add_and_edit_baby_are_undoable(
    qtbot: QtBot, window: MainWindow, mia: Baby, monkeypatch: pytest.MonkeyPatch
) -> None:
    twin = Baby(id=new_id(), name="Ava", birth_date=mia.birth_date)
    monkeypatch.setattr(BabyDialog, "ask", classmethod(lambda cls, parent, existing, **kw: twin))
    window.actions_by_name["add_baby"].trigger()
    assert {b.name for b in window.diary.babies.all()} == {"Mia", "Ava"}
    assert window.baby == twin
    assert window.baby_switcher.count() == 2
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [b.name for b in window.diary.babies.all()] == ["Mia"]
    assert window.baby is not None and window.baby.id == mia.id

    renamed = Baby(id=mia.id, name="Mia Rose", birth_date=mia.birth_date, due_date=date(2026, 8, 10))
    monkeypatch.setattr(BabyDialog, "ask", classmethod(lambda cls, parent, existing, **kw: renamed))
    window.actions_by_name["edit_baby"].trigger()
    assert window.diary.babies.get(mia.id) == renamed
    assert "Mia Rose" in window.bedside.sleep_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.diary.babies.get(mia.id) == mia
    assert "Mia Rose" not in window.bedside.sleep_label.text()


def test_ctrl_3_shows_the_history_and_ctrl_1_the_bedside_again(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.history is not None
    assert window.views.currentWidget() is window.history
    assert not window.actions_by_name["log_twitch"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # Space does not log while the history shows
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.views.currentWidget() is window.bedside
    assert window.bedside.count_label.text() == "1"
    assert len(window.diary.events.all()) == 1


# Run in a fresh interpreter: other tests of the same run may have imported matplotlib already.
_LOADS_MATPLOTLIB = """
import os
import subprocess
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.app import create_window
window = create_window(Path(sys.argv[1]))
window.show()
app.processEvents()
print("bedside", "matplotlib" in sys.modules)
from PySide6.QtGui import QAction
window.findChild(QAction, "show_review").trigger()
app.processEvents()
print("review", "matplotlib" in sys.modules, type(window.centralWidget().currentWidget()).__name__)
window.close()
"""


def test_the_bedside_opens_without_matplotlib_and_ctrl_2_loads_it_for_the_review(
    data_dir: Path, mia: Baby
) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", _LOADS_MATPLOTLIB, str(data_dir)],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        timeout=120,
        check=True,
    )
    assert result.stdout.split("\n")[:2] == ["bedside False", "review True ReviewView"]


def test_ctrl_2_shows_the_review(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.review is not None
    assert window.views.currentWidget() is window.review


def test_f11_fills_the_screen_with_the_bedside_and_back(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.actions_by_name["toggle_fullscreen"].isChecked()
    assert window.views.currentWidget() is window.bedside
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # shortcuts still work without the menu bar
    assert window.bedside.count_label.text() == "1"
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.actions_by_name["toggle_fullscreen"].isChecked()
    assert window.menuBar().isVisible()


def test_closing_the_window_stores_a_running_episode_and_closes_the_diary(
    qtbot: QtBot, window: MainWindow, data_dir: Path, mia: Baby
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_E)
    window.close()
    with Diary(data_dir) as diary:
        assert [e.kind for e in diary.events.for_baby(mia.id)] == ["episode"]


def test_no_timer_runs_on_after_the_window_closed_its_diary(qtbot: QtBot, window: MainWindow) -> None:
    # The review holds its guidance until the charts drew (a 3 s timer): closing the window in that
    # time once let the timer read the closed file in a later test's event loop.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.review is not None
    running = [timer for timer in window.findChildren(QTimer) if timer.isActive()]
    assert running  # the bedside clock at least
    window.close()
    assert [timer for timer in running if timer.isActive()] == []
    window.guidance_panel.release()  # a late call finds the diary closed and reads nothing


def test_every_bedside_control_has_a_name_and_a_touch_size(window: MainWindow) -> None:
    window.bedside.episode_panel.show()
    buttons = window.bedside.findChildren(QAbstractButton)
    assert len(buttons) > 30
    for button in buttons:
        if not button.isVisibleTo(window):
            continue
        assert button.accessibleName() or button.text(), button.objectName()
        assert button.height() >= 44, (button.objectName(), button.height())
        # In an exclusive row Tab reaches one chip (the last focused) and the arrow keys the others.
        group = button.group()
        mates = [button] if group is None or not group.exclusive() else group.buttons()
        assert any(mate.focusPolicy() & Qt.FocusPolicy.TabFocus for mate in mates), button.objectName()


def test_the_arrow_keys_move_the_chosen_chip_along_its_row(qtbot: QtBot, window: MainWindow) -> None:
    chips = window.bedside.side_chips
    chips.buttons["unknown"].setFocus()
    qtbot.keyClick(chips.buttons["unknown"], Qt.Key.Key_Left)
    qtbot.keyClick(chips.buttons["both"], Qt.Key.Key_Left)
    assert chips.value() == "right"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert [e.side for e in window.diary.events.all()] == ["right"]


def test_buttons_are_pressed_with_enter_when_reached_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_Space)
    episode_button = bedside.control_buttons["toggle_episode"]
    episode_button.setFocus()
    qtbot.keyClick(episode_button, Qt.Key.Key_Return)
    assert bedside.episode_running
    qtbot.keyClick(episode_button, Qt.Key.Key_Return)
    assert not bedside.episode_running
    # Ending the sleep is never one stray Enter away: S or a click.
    sleep_button = bedside.control_buttons["toggle_sleep"]
    assert sleep_button.text() == "End sleep"
    sleep_button.setFocus()
    qtbot.keyClick(sleep_button, Qt.Key.Key_Return)
    assert bedside.sleep_running
    bedside.sign_buttons["color_change"].setFocus()
    qtbot.keyClick(bedside.sign_buttons["color_change"], Qt.Key.Key_Enter)
    assert bedside.help_banner.isVisible()
    bedside.help_banner.acknowledge_button.setFocus()
    qtbot.keyClick(bedside.help_banner.acknowledge_button, Qt.Key.Key_Return)
    assert not bedside.help_banner.isVisible()
    assert [e.kind for e in window.diary.events.all()] == ["twitch", "episode", "sign"]

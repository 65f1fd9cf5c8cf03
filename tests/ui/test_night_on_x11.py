"""The night theme's dialogs as a real X11 desktop draws them (xcb with its platform theme, which
an offscreen test does not have): no coloured icons on their buttons, nothing bright."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import add_baby
from .x11_support import NEEDS_X, ROOT, x_display, x_env

pytestmark = [pytest.mark.slow, NEEDS_X]

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox
from desktop.app import create_window
from desktop.ui.baby_form import BabyDialog
from tests.ui.test_night_brightness import bright_pixels

app = QApplication.instance() or QApplication([])
window = create_window(Path(sys.argv[1]))
window.actions_by_name["theme_night"].trigger()
window.show()
while not window.start_finished:  # the Help menu is built after the first paint
    app.processEvents()
found = {}
box = QMessageBox(QMessageBox.Icon.Warning, "The backup could not be made", "The disk is full.")
box.setParent(window, box.windowFlags())
box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
note = QInputDialog(window)  # the bedside's Note (N)
note.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
note.setLabelText("Note on the last event")
dialogs = {
    "note": note,
    "baby dialog": BabyDialog(window, window.baby),
    "message": box,
    "keyboard shortcuts": window.late.help_menu.show_shortcuts(),
}
for name, dialog in dialogs.items():
    dialog.show()
    for _ in range(20):
        app.processEvents()
    buttons = [b for b in dialog.findChildren(QDialogButtonBox)[0].buttons() if b.isVisible()]
    found[name] = {
        "icons": sum(not b.icon().isNull() for b in buttons),
        "bright": bright_pixels(dialog.findChildren(QDialogButtonBox)[0].grab().toImage()),
    }
    dialog.hide()
print(json.dumps(found))
window.close()
"""


def test_night_dialog_buttons_have_no_coloured_icons_on_a_real_desktop(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    add_baby(data_dir)
    with x_display() as display:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(data_dir)],
            env=x_env(display),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {
        "note": {"icons": 0, "bright": 0},
        "baby dialog": {"icons": 0, "bright": 0},
        "message": {"icons": 0, "bright": 0},
        "keyboard shortcuts": {"icons": 0, "bright": 0},
    }


FILE_DIALOGS_CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.app import create_window
from tests.ui.file_dialog_support import file_dialog_openers, while_open
from tests.ui.test_night_brightness import bright_pixels, without_caret

app = QApplication.instance() or QApplication([])
window = create_window(Path(sys.argv[1]))
window.actions_by_name["theme_night"].trigger()
window.show()
window.activateWindow()
while not (window.start_finished and window.isActiveWindow()):  # V and Ctrl+E reach the active window
    app.processEvents()
shots = Path(sys.argv[2])
found = {}
for name, open_it in file_dialog_openers(window).items():
    image = while_open(open_it, without_caret)  # the caret, drawn inverted, is the one light allowed
    image.save(str(shots / f"night-file-dialog-x11-{name}.png"))
    found[name] = bright_pixels(image)
print(json.dumps(found))
window.close()
"""


def test_night_file_dialogs_are_dark_on_a_real_desktop(tmp_path: Path) -> None:
    from .file_dialog_support import fill_home

    data_dir = tmp_path / "data"
    add_baby(data_dir)
    home = tmp_path / "home"
    fill_home(home)
    shots = Path(os.environ.get("NIGHT_SHOTS_DIR", tmp_path))  # where to keep the grabs, to look at them
    shots.mkdir(parents=True, exist_ok=True)
    with x_display() as display:
        env = {**x_env(display), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
        result = subprocess.run(
            [sys.executable, "-c", FILE_DIALOGS_CHILD, str(data_dir), str(shots)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(found) == 8, found
    assert found == dict.fromkeys(found, 0), f"bright pixels (grabs in {shots})"

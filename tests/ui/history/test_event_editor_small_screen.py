"""The History event editor on a 1024x600 screen (a real process whose offscreen screen is that size):
no taller than the screen, Save and Cancel in view, every field reached by scrolling; on a taller
screen it shows every field at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
import json, sys
from datetime import date, datetime, timedelta
from pathlib import Path
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from desktop.app import create_window
from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.ui.history.event_editor import EventEditor

data_dir = Path(sys.argv[1])
app = QApplication.instance() or QApplication([])
baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1), due_date=date(2026, 8, 1))
end = datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=1)
nap = Sleep(new_id(), baby.id, end - timedelta(hours=2), end)
episode = Event(
    new_id(), baby.id, nap.id, end - timedelta(hours=1), "episode", body_part="arm", side="both",
    duration_s=40.0, rhythmic=True, stopped_on_waking="yes", pause_length="under_10s",
    signs=frozenset({"breathing_pause"}), video="/home/parent/Videos/arms.mp4", note="Both arms.",
)
with Diary(data_dir) as diary:
    diary.babies.add(baby)
    diary.sleeps.add(nap)
    diary.events.add(episode)
window = create_window(data_dir)
window.resize(1024, 600)
window.show()
window.show_history()
history = window.history
row = history.event_model.row_of(episode.id)
history.event_table.setCurrentIndex(history.event_model.index(row, 0))
found = {}

def look():
    editor = QApplication.activeModalWidget()
    if not isinstance(editor, EventEditor):
        QTimer.singleShot(20, look)
        return
    app.processEvents()
    scroll = getattr(editor, "fields_scroll", None)  # without one, nothing would scroll
    buttons = editor.findChild(QDialogButtonBox)
    def inside(widget, container):
        return container.rect().contains(QRect(widget.mapTo(container, QPoint(0, 0)), widget.size()))
    found["screen"] = editor.screen().availableGeometry().height()
    found["height"] = editor.height()
    found["buttons_in_view"] = inside(buttons, editor)
    found["scrolls"] = scroll is not None and scroll.verticalScrollBar().maximum() > 0
    reached = []
    fields = (editor.time_edit, editor.signs_box, editor.pause_combo, editor.note_edit, editor.video_edit)
    for field in fields:
        if scroll is not None:
            scroll.ensureWidgetVisible(field)
            app.processEvents()
        reached.append(inside(field, editor if scroll is None else scroll.viewport()))
    found["every_field_reached"] = all(reached)
    editor.reject()

QTimer.singleShot(0, look)
history.event_table.setFocus()
history._on_edit_event()  # what F2 and Return call
print(json.dumps(found))
window.close()
"""


def run_editor(tmp_path: Path, width: int, height: int) -> dict[str, object]:
    config = tmp_path / "screen.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        env=env,
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert isinstance(found, dict)
    return found


@pytest.mark.slow
def test_on_a_600_pixel_screen_the_editor_fits_and_its_fields_scroll(tmp_path: Path) -> None:
    found = run_editor(tmp_path, 1024, 600)
    assert found["screen"] == 600
    assert isinstance(found["height"], int) and found["height"] <= 600 - 40  # a title bar's room
    assert found["buttons_in_view"] is True
    assert found["scrolls"] is True
    assert found["every_field_reached"] is True


@pytest.mark.slow
def test_on_a_taller_screen_every_field_shows_at_once(tmp_path: Path) -> None:
    found = run_editor(tmp_path, 1280, 900)
    assert found["scrolls"] is False
    assert found["buttons_in_view"] is True and found["every_field_reached"] is True

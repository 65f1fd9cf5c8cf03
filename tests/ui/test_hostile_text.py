"""A hostile name, note and video path are shown as the text they are, everywhere in the real window.

The window runs in a child process under a memory limit: rendered as rich text, ``<img
src="/dev/zero">`` makes Qt read /dev/zero as a picture until memory runs out (it once took the
whole machine down), so the child must die alone if the rule is broken.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 2 * 1024**3  # bytes of address space: ample for the window, fatal for /dev/zero
HOSTILE = '<img src="/dev/zero">Mia<b>bold</b>'
NOTE = '<a href="file:///etc/passwd">note</a><img src="/dev/zero">'
VIDEO = "/tmp/<img src=missing.png>.mp4"  # a file name holds no "/": its tooltip shows the name

CHILD = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
from datetime import date, datetime, timedelta
from pathlib import Path
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget
from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.ui.launch import application
from desktop.app import create_window

data_dir, hostile, note, video, shot = Path(sys.argv[1]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
baby = Baby(id=new_id(), name=hostile, birth_date=date.today() - timedelta(days=60), note=note)
with Diary(data_dir) as diary:
    diary.babies.add(baby)
    # A second baby: the twins bar shows both names, with a tooltip each.
    diary.babies.add(Baby(id=new_id(), name=hostile + " 2", birth_date=baby.birth_date))
    start = datetime.now().astimezone() - timedelta(days=1, hours=3)
    sleep = Sleep(id=new_id(), baby_id=baby.id, start=start, end=start + timedelta(hours=2), kind="nap",
                  note=note)
    diary.sleeps.add(sleep)
    diary.events.add(Event(id=new_id(), baby_id=baby.id, sleep_id=sleep.id, at=start + timedelta(minutes=5),
                           kind="twitch", body_part="hand", side="left", note=note, video=video))
app = application()
window = create_window(data_dir)
window.show()
while not window.start_finished:  # the first paint, then the rule of desktop.ui.plain_text
    app.processEvents()
parts = ("<img", "dev/zero", "<b>", "<a href")
found = []

def walk(where):
    app.processEvents()
    for widget in QApplication.allWidgets():
        texts = []
        if isinstance(widget, QLabel):
            texts.append(("label", widget.text(), widget.textFormat().name))
        tip = widget.toolTip()
        if tip:
            QToolTip.hideText()
            event = QHelpEvent(QEvent.Type.ToolTip, QPoint(1, 1), widget.mapToGlobal(QPoint(1, 1)))
            QApplication.sendEvent(widget, event)
            texts.append(("tooltip", tip, QToolTip.text()))
        for kind, text, shown in texts:
            if any(part in text for part in parts):
                found.append({"where": where, "widget": widget.objectName() or type(widget).__name__,
                              "kind": kind, "text": text, "shown": shown,
                              "visible": widget.isVisible()})

walk("bedside")
window.grab().save(shot + "-bedside.png")
window.show_review()
window.review.sleep_videos.show_sleep(window.diary, sleep.id)  # the sleep's video, with its tooltip
walk("review")
window.grab().save(shot + "-review.png")
window.show_history()
walk("history")
from desktop.ui.bedside.twins_bar import TwinsBar
for bar in window.findChildren(TwinsBar):
    bar.setVisible(True)
window.show_bedside()
walk("twins")
window.grab().save(shot + "-history.png")
print(json.dumps(found), flush=True)
window.close_diary()
"""


@pytest.mark.slow
def test_user_text_is_plain_text_in_every_label_and_tooltip_of_the_window(tmp_path: Path) -> None:
    # Fails without the rule: the bedside's and history's title labels were AutoText, so the name
    # was rendered as rich text (and the window aborted with std::bad_alloc reading /dev/zero).
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data"), str(MEMORY_LIMIT), HOSTILE, NOTE, VIDEO,
         str(shots / "hostile-name")],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, (
        f"the window died (returncode {result.returncode}): {result.stderr[-2000:]}"
    )
    found = json.loads(result.stdout.strip().splitlines()[-1])
    labels = [item for item in found if item["kind"] == "label"]
    assert labels, "the hostile name is shown nowhere: the walk saw nothing"
    assert any(item["where"] == "bedside" for item in labels)
    assert any(item["kind"] == "tooltip" for item in found), "the video's tooltip was not seen"
    for item in labels:
        # Plain text, or rich text the app wrote itself with the user's text escaped (no raw tag).
        assert item["shown"] == "PlainText" or (item["shown"] == "RichText" and "<img" not in item["text"]), (
            item
        )
    for item in (item for item in found if item["kind"] == "tooltip"):
        assert "&lt;img" in item["shown"] and "<img" not in item["shown"].replace("&lt;img", ""), item

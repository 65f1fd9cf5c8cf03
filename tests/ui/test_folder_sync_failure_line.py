"""A background sync's failure is said in the status bar in full: a long line wraps, never cut off."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.model import Baby
from desktop.store.diary import Diary
from desktop.sync.run import set_up

from .conftest import OpenWindow


def test_a_long_sync_failure_is_shown_whole(
    open_window: OpenWindow, mia: Baby, data_dir: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    shared = tmp_path / "the family's shared folder on the network drive that is not mounted tonight"
    shared.mkdir()
    with Diary(data_dir) as diary:
        set_up(diary, shared, "moon river")
    (shared / "twitch-diary-sync.json").unlink()  # unmounted: its empty mount point is left
    window = open_window()
    window.resize(1000, 760)
    sync = window.late.folder_sync
    sync.sync()
    qtbot.waitUntil(lambda: "not mounted" in sync.status.text(), timeout=15_000)
    qtbot.wait(50)
    label = sync.status
    assert label.text() == (
        f"Sync failed: The sync folder {shared} has no twitch-diary-sync.json (not mounted, or not"
        " copied here yet?); nothing was changed."
    )
    assert label.geometry().right() <= window.width()  # inside the window
    one_line = label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    wrapped = label.wordWrap() and label.height() >= label.heightForWidth(label.width())
    assert label.height() < 5 * label.fontMetrics().lineSpacing()  # and no taller than its lines
    assert one_line or wrapped  # every word of it shown
    assert label.toolTip() == label.text()

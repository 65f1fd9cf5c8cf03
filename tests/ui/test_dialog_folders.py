"""File dialogs start in the user's Videos folder for a clip and Documents for a report, not in the
folder the app happened to be started from."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from pytestqt.qtbot import QtBot

from desktop.ui import user_folders
from desktop.ui.main_window import MainWindow
from desktop.ui.review.report_actions import ReportDialogs

from .conftest import OpenWindow
from .file_dialog_support import while_open


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with Videos and Documents (the XDG defaults), and a working folder elsewhere."""
    folder = tmp_path / "home"
    for name in ("Videos", "Documents"):
        (folder / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))  # no user-dirs.dirs: the defaults
    monkeypatch.delenv("XDG_VIDEOS_DIR", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    elsewhere = tmp_path / "somewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return folder


def movies() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MoviesLocation)


def test_the_folders_are_the_platforms_and_fall_back_to_home(home: Path, tmp_path: Path) -> None:
    assert user_folders.videos_folder() == Path(movies())
    assert user_folders.videos_folder() == home / "Videos"
    assert user_folders.documents_folder() == home / "Documents"
    (home / "Videos").rmdir()
    assert user_folders.videos_folder() == Path.home()  # a folder that is not there: home
    clip = tmp_path / "clips" / "night.mp4"
    clip.parent.mkdir()
    assert user_folders.video_start(str(clip)) == str(clip.parent)
    assert user_folders.video_start("https://example.org/v.mp4") == str(Path.home())


def test_attaching_a_video_at_the_bedside_opens_in_videos(
    qtbot: QtBot, home: Path, window: MainWindow
) -> None:
    def attach() -> None:
        qtbot.keyClick(window, Qt.Key.Key_E)
        qtbot.keyClick(window, Qt.Key.Key_E)  # an episode timed
        qtbot.keyClick(window, Qt.Key.Key_V)

    assert while_open(attach, lambda dialog: dialog.directory().absolutePath()) == str(home / "Videos")


def test_the_checkup_report_is_offered_in_documents(
    qtbot: QtBot, home: Path, open_window: OpenWindow, mia: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[Path] = []

    def ask_save_path(_cls: object, _parent: object, _title: str, path: Path, _filter: str) -> None:
        suggested.append(path)

    monkeypatch.setattr(ReportDialogs, "ask_save_path", classmethod(ask_save_path))
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert suggested
    assert suggested[0].parent == home / "Documents"
    assert suggested[0].suffix == ".pdf"

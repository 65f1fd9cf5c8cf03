"""An episode's video opens in the system player from the review and the editor; a lost file is said."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from tests.core.test_stats import TERM, fill_small_diary

from desktop.store.diary import Diary
from desktop.ui.history.event_editor import EventEditor
from desktop.ui.review.view import ReviewView
from desktop.ui.video_opener import VideoOpener, open_video, problem


class Player:
    """What the replaced system player was handed, and what the parent was told."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.opened: list[QUrl] = []
        self.told: list[str] = []


@pytest.fixture
def player(monkeypatch: pytest.MonkeyPatch) -> Player:
    """Replace the desktop's player and the message box (pytest-qt's note on dialogs)."""
    given = Player()

    def hand_over(cls: type, url: QUrl) -> bool:
        given.opened.append(url)
        return given.works

    def tell(cls: type, parent: QWidget | None, text: str) -> None:
        given.told.append(text)

    monkeypatch.setattr(VideoOpener, "hand_over", classmethod(hand_over))
    monkeypatch.setattr(VideoOpener, "tell", classmethod(tell))
    return given


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    """A video file on this computer."""
    path = tmp_path / "Videos" / "VID 0312.mp4"
    path.parent.mkdir()
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42")
    return path


def test_a_local_file_is_handed_to_the_player(player: Player, clip: Path) -> None:
    assert open_video(None, str(clip))
    assert player.opened == [QUrl.fromLocalFile(str(clip))] and player.told == []


def test_a_link_is_handed_over_as_it_is(player: Player) -> None:
    assert open_video(None, "https://photos.example/clip/12")
    assert player.opened == [QUrl("https://photos.example/clip/12")]


@pytest.mark.parametrize("as_link", [False, True])
def test_a_file_that_is_gone_is_said_plainly_and_not_handed_over(
    player: Player, clip: Path, as_link: bool
) -> None:
    video = QUrl.fromLocalFile(str(clip)).toString() if as_link else str(clip)
    clip.unlink()
    assert not open_video(None, video)
    assert player.opened == []
    (message,) = player.told
    assert "“VID 0312.mp4” is no longer at" in message and str(clip.parent) in message
    assert "The episode is kept" in message


def test_no_player_at_all_is_said(player: Player, clip: Path) -> None:
    player.works = False
    assert not open_video(None, str(clip))
    assert player.told == [
        "No program on this computer would open “VID 0312.mp4”. Install a video player, then try again."
    ]


def test_problem_of_an_empty_video() -> None:
    assert problem("  ") == "No video is attached to this episode."


@pytest.fixture
def review(qtbot: QtBot, diary: Diary, clip: Path) -> Iterator[ReviewView]:
    """The review of the small diary, whose 45 s episode has the clip attached."""
    fill_small_diary(diary)
    episode = diary.events.get("ep1")
    assert episode is not None
    diary.events.update(replace(episode, video=str(clip)))
    window = QMainWindow()
    qtbot.addWidget(window)
    view = ReviewView(diary, window)
    view.today = lambda: date(2026, 4, 7)
    window.setCentralWidget(view)
    window.resize(1000, 760)
    view.set_baby(TERM)
    with qtbot.wait_signal(view.charts_drawn):
        window.show()
    yield view
    window.close()


def test_the_one_sleep_tab_opens_its_episodes_video(
    qtbot: QtBot, review: ReviewView, player: Player, clip: Path
) -> None:
    episode = review._diary.events.get("ep1")
    assert episode is not None and episode.sleep_id is not None
    review.open_sleep(episode.sleep_id)
    qtbot.waitUntil(review.sleep_videos.isVisible, timeout=5000)
    (button,) = review.sleep_videos.buttons
    assert button.text() == "Open video of 10:00"
    with qtbot.wait_signal(review.sleep_videos.video_opened) as opened:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened.args == ["ep1"] and player.opened == [QUrl.fromLocalFile(str(clip))]
    clip.unlink()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(player.opened) == 1 and "no longer at" in player.told[0]


def test_a_sleep_without_videos_offers_none(qtbot: QtBot, review: ReviewView) -> None:
    review.open_sleep("night")
    qtbot.wait(50)
    assert not review.sleep_videos.isVisible() and review.sleep_videos.buttons == []


def test_the_editor_opens_the_video_it_holds(qtbot: QtBot, diary: Diary, player: Player, clip: Path) -> None:
    fill_small_diary(diary)
    episode = diary.events.get("ep1")
    assert episode is not None
    editor = EventEditor(diary, QUndoStack(), replace(episode, video=None), baby=TERM)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.open_video_button.isEnabled()  # nothing to open yet
    editor.video_edit.setText(str(clip))
    assert editor.open_video_button.isEnabled()
    qtbot.mouseClick(editor.open_video_button, Qt.MouseButton.LeftButton)
    assert player.opened == [QUrl.fromLocalFile(str(clip))]

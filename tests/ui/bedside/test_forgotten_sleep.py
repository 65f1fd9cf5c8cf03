"""A sleep left running (S forgotten, or a crash reopened yesterday's) never outlasts 24 h.

On opening, or on a tap long after its last event, the bedside ends it at that last event, says
so in a line, and lets Ctrl+Z take it back; the tap starts a sleep of its own (design.md §3).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.exchange.json_export import document
from desktop.exchange.json_import import import_document
from desktop.store.diary import Diary


def store_sleep(
    data_dir: Path, baby: Baby, start: datetime, kind: str, twitch_after: list[timedelta]
) -> Sleep:
    sleep = Sleep(id=new_id(), baby_id=baby.id, start=start, kind=kind)
    with Diary(data_dir) as diary:
        diary.sleeps.add(sleep)
        for offset in twitch_after:
            diary.events.add(
                Event(id=new_id(), baby_id=baby.id, sleep_id=sleep.id, at=start + offset, kind="twitch")
            )
    return sleep


def exports_and_imports_cleanly(diary: Diary, tmp_path: Path) -> None:
    with Diary(tmp_path / "copy") as copy:
        import_document(copy, document(diary))  # raises with every problem if refused


def test_a_night_left_running_since_yesterday_is_ended_at_its_last_event_on_opening(
    qtbot: QtBot, open_window: OpenWindow, mia: Baby, data_dir: Path, tmp_path: Path
) -> None:
    start = datetime.now().astimezone() - timedelta(hours=30)
    sleep = store_sleep(data_dir, mia, start, "night", [timedelta(hours=1), timedelta(hours=2)])
    window = open_window()
    bedside = window.bedside
    assert not bedside.sleep_running
    stored = window.diary.sleeps.get(sleep.id)
    assert stored is not None and stored.end == start + timedelta(hours=2)
    notice = bedside.tap_area.notice_label
    assert notice.isVisible()
    assert "was still running" in notice.text() and "2 h 00 min long" in notice.text()
    assert "Ctrl+Z" in notice.text()
    exports_and_imports_cleanly(window.diary, tmp_path)
    # Undo keeps it running; the next tap then ends it again and starts a sleep of its own.
    window.actions_by_name["undo"].trigger()
    assert bedside.sleep_running
    assert not notice.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert bedside.sleep_running and bedside.session.sleep is not None
    assert bedside.session.sleep.id != sleep.id
    assert notice.isVisible()
    assert bedside.count_label.text() == "1"
    ended = window.diary.sleeps.get(sleep.id)
    assert ended is not None and ended.end == start + timedelta(hours=2)
    exports_and_imports_cleanly(window.diary, tmp_path)


def test_a_tap_long_after_a_forgotten_nap_goes_into_a_new_sleep(
    qtbot: QtBot, open_window: OpenWindow, mia: Baby, data_dir: Path
) -> None:
    start = datetime.now().astimezone() - timedelta(hours=5, minutes=50)
    sleep = store_sleep(data_dir, mia, start, "nap", [timedelta(minutes=10)])
    window = open_window()
    bedside = window.bedside
    assert bedside.sleep_running  # nothing logged for 5 h 40 min: a long nap, still running
    later = datetime.now().astimezone() + timedelta(minutes=40)
    event = bedside.log_twitch(later)
    assert event is not None and event.sleep_id != sleep.id
    ended = window.diary.sleeps.get(sleep.id)
    assert ended is not None and ended.end == start + timedelta(minutes=10)
    assert bedside.tap_area.notice_label.isVisible()


def test_s_on_a_forgotten_sleep_ends_it_at_its_last_event_not_now(
    qtbot: QtBot, open_window: OpenWindow, mia: Baby, data_dir: Path
) -> None:
    window = open_window()
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_Space)
    session = bedside.session
    assert session.sleep is not None and session.last_activity is not None
    # The parent forgot S: the clock has moved on 17 hours since the tap.
    last = session.last_activity
    assert session.forgotten(last + timedelta(hours=17))
    assert not session.forgotten(last + timedelta(hours=1))
    ended = session.end_forgotten(last + timedelta(hours=17))
    assert ended is not None and ended.end == last
    assert session.sleep is None

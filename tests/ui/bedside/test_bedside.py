"""The bedside view driven like a parent would: taps, keys, chips, episodes, signs and undo."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow

from desktop.core.model import SIGNS, Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.ui.bedside.dialogs import NoteDialog, VideoPicker
from desktop.ui.main_window import MainWindow


def stored_twitches(window: MainWindow) -> int:
    sleep = window.diary.sleeps.running(window.bedside.session._baby().id)
    return 0 if sleep is None else window.diary.events.count_in_sleep(sleep.id)


def test_window_opens_on_the_bedside_with_no_sleep_running(window: MainWindow, mia: Baby) -> None:
    assert window.views.currentWidget() is window.bedside
    assert window.bedside.count_label.text() == "0"
    assert "no sleep running" in window.bedside.sleep_label.text()
    assert "Mia" in window.bedside.sleep_label.text()


def test_space_logs_a_twitch_per_press_and_the_first_starts_a_sleep(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Space)
    sleep = window.diary.sleeps.running(window.baby.id if window.baby else "")
    assert sleep is not None
    events = window.diary.events.in_sleep(sleep.id)
    assert [e.kind for e in events] == ["twitch"] * 3
    assert all(e.body_part == "unknown" and e.side == "unknown" and e.state == "asleep" for e in events)
    assert window.bedside.count_label.text() == "3"
    assert window.bedside.count_caption.text() == "twitches this sleep"
    assert window.bedside.logged_label.text().startswith("logged ")
    assert window.bedside.since_label.text() in ("last twitch 0 s ago", "last twitch 1 s ago")


def test_a_click_anywhere_on_the_tap_area_logs_a_twitch(qtbot: QtBot, window: MainWindow) -> None:
    area = window.bedside.tap_area
    qtbot.mouseClick(area, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseClick(window.bedside.count_label, Qt.MouseButton.LeftButton)
    assert stored_twitches(window) == 2
    assert window.bedside.count_label.text() == "2"


def test_chips_stay_selected_and_taps_record_them(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.mouseClick(bedside.body_chips.buttons["hand"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bedside.side_chips.buttons["left"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.mouseClick(bedside.body_chips.buttons["foot"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert bedside.body_chips.buttons["foot"].isChecked()
    assert bedside.side_chips.buttons["left"].isChecked()
    sleep = bedside.session.sleep
    assert sleep is not None
    stored = [(e.body_part, e.side) for e in window.diary.events.in_sleep(sleep.id)]
    assert stored == [("hand", "left"), ("hand", "left"), ("foot", "left")]


def test_a_chip_focused_by_keyboard_is_pressed_with_enter_and_space_still_logs(
    qtbot: QtBot, window: MainWindow
) -> None:
    chip = window.bedside.body_chips.buttons["arm"]
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    assert chip.isChecked()
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert chip.isChecked()
    sleep = window.bedside.session.sleep
    assert sleep is not None
    assert [e.body_part for e in window.diary.events.in_sleep(sleep.id)] == ["arm"]


def test_s_starts_and_ends_a_sleep_never_before_its_last_event(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S)
    sleep = window.bedside.session.sleep
    assert sleep is not None
    assert "since" in window.bedside.sleep_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_S)
    ended = window.diary.sleeps.get(sleep.id)
    assert ended is not None and ended.end is not None
    events = window.diary.events.in_sleep(sleep.id)
    assert len(events) == 1
    assert ended.start <= events[0].at <= ended.end
    assert window.diary.sleeps.running(sleep.baby_id) is None
    assert window.bedside.count_label.text() == "0"
    assert "sleep ended" in window.bedside.logged_label.text()


def test_undo_and_redo_taps_and_the_sleep_the_first_tap_started(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Space)
    baby_id = window.bedside.session._baby().id
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_twitches(window) == 1
    assert window.bedside.count_label.text() == "1"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # One undo takes back the first tap and the sleep it started.
    assert window.diary.sleeps.running(baby_id) is None
    assert window.diary.sleeps.for_baby(baby_id) == []
    assert window.bedside.count_label.text() == "0"
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    assert stored_twitches(window) == 2
    assert window.bedside.count_label.text() == "2"


def test_e_times_an_episode_and_the_panel_answers_are_stored_and_undoable(
    qtbot: QtBot, window: MainWindow
) -> None:
    bedside = window.bedside
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert bedside.episode_running
    assert bedside.episode_label.isVisible()
    assert bedside.episode_label.text().startswith(("Episode 0 s —", "Episode 1 s —"))
    qtbot.wait(50)
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert not bedside.episode_running
    sleep = bedside.session.sleep
    assert sleep is not None
    episode = next(e for e in window.diary.events.in_sleep(sleep.id) if e.kind == "episode")
    assert episode.duration_s is not None and episode.duration_s > 0
    assert episode.state == "asleep" and episode.sleep_id == sleep.id
    panel = bedside.episode_panel
    assert panel.isVisible() and panel.episode is not None and panel.episode.id == episode.id
    # The panel never blocks logging: a tap still counts while it is open.
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert bedside.count_label.text() == "2"

    qtbot.mouseClick(panel.buttons["state"]["drowsy"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.buttons["stopped_on_waking"]["yes"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.buttons["rhythmic"]["no"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.buttons["signs"]["stiffening"], Qt.MouseButton.LeftButton)
    answered = window.diary.events.get(episode.id)
    assert answered is not None
    assert (answered.state, answered.stopped_on_waking, answered.rhythmic) == ("drowsy", "yes", False)
    assert answered.signs == frozenset({"stiffening"})
    assert not bedside.help_banner.isVisible()  # stiffening alone is for the pediatrician

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = window.diary.events.get(episode.id)
    assert undone is not None and undone.signs == frozenset()
    assert not panel.buttons["signs"]["stiffening"].isChecked()
    assert panel.buttons["rhythmic"]["no"].isChecked()
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()


def test_an_episode_with_no_sleep_running_is_stored_outside_any_sleep_as_awake(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.keyClick(window, Qt.Key.Key_E)
    events = window.diary.events.for_baby(window.bedside.session._baby().id)
    assert [(e.kind, e.sleep_id, e.state) for e in events] == [("episode", None, "awake")]
    assert window.bedside.session.sleep is None


def test_holding_space_for_a_second_times_an_episode_and_logs_no_twitch(
    qtbot: QtBot, window: MainWindow
) -> None:
    bedside = window.bedside
    qtbot.keyPress(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bedside.episode_running, timeout=3000)
    qtbot.keyRelease(window, Qt.Key.Key_Space)
    assert bedside.count_label.text() == "0"
    qtbot.keyPress(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not bedside.episode_running, timeout=3000)
    qtbot.keyRelease(window, Qt.Key.Key_Space)
    events = window.diary.events.for_baby(bedside.session._baby().id)
    assert [e.kind for e in events] == ["episode"]
    assert events[0].duration_s is not None and events[0].duration_s >= 0.9


def test_w_marks_that_the_last_twitch_woke_the_baby(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_W)
    sleep = window.bedside.session.sleep
    assert sleep is not None
    assert [e.woke_baby for e in window.diary.events.in_sleep(sleep.id)] == [False, True]
    assert "woke the baby" in window.bedside.logged_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.woke_baby for e in window.diary.events.in_sleep(sleep.id)] == [False, False]


def test_w_with_nothing_logged_says_so_and_stores_nothing(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert window.bedside.error_label.isVisible()
    assert "no twitch or episode" in window.bedside.error_label.text()
    assert window.diary.events.all() == []


def test_a_sign_button_logs_a_sign_and_an_emergency_sign_shows_get_help_now(
    qtbot: QtBot, window: MainWindow
) -> None:
    bedside = window.bedside
    qtbot.mouseClick(bedside.sign_buttons["tremor"], Qt.MouseButton.LeftButton)
    assert not bedside.help_banner.isVisible()
    qtbot.mouseClick(bedside.sign_buttons["breathing_pause"], Qt.MouseButton.LeftButton)
    events = window.diary.events.all()
    assert [(e.kind, e.signs) for e in events] == [
        ("sign", frozenset({"tremor"})),
        ("sign", frozenset({"breathing_pause"})),
    ]
    banner = bedside.help_banner
    assert banner.isVisible()
    assert banner.severity == "emergency"
    assert "Get help now" in banner.title_label.text()
    assert "emergency number" in banner.title_label.text()
    assert "20 seconds" in banner.body_label.text()
    assert "NHS" in banner.body_label.text()
    with qtbot.waitSignal(banner.acknowledged) as signal:
        qtbot.mouseClick(banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert signal.args == [f"event:{events[1].id}"]
    assert not banner.isVisible()


def test_an_emergency_answer_after_an_episode_shows_get_help_now(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.keyClick(window, Qt.Key.Key_E)
    panel = window.bedside.episode_panel
    qtbot.mouseClick(panel.buttons["signs"]["color_change"], Qt.MouseButton.LeftButton)
    assert window.bedside.help_banner.isVisible()
    assert panel.episode is not None
    stored = window.diary.events.get(panel.episode.id)
    assert stored is not None and stored.is_emergency


def test_an_episode_reaching_five_minutes_shows_get_help_now(window: MainWindow) -> None:
    import time

    bedside = window.bedside
    bedside.toggle_episode(monotonic_at=time.monotonic() - 301)
    bedside.refresh()
    assert bedside.help_banner.isVisible()
    assert "5 minutes" in bedside.help_banner.title_label.text()
    assert "Episode 5 min 0" in bedside.episode_label.text()


def test_findings_banner_shows_a_message_and_reports_its_acknowledgement(
    qtbot: QtBot, window: MainWindow
) -> None:
    banner = window.bedside.findings_banner
    banner.show_message(
        "rule:disturbs_sleep", "doctor", "Talk to your pediatrician", "Twitches woke the baby."
    )
    assert banner.isVisible() and banner.severity == "doctor"
    with qtbot.waitSignal(banner.acknowledged) as signal:
        qtbot.mouseClick(banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["rule:disturbs_sleep"]
    assert not banner.isVisible()


def test_a_failed_write_shows_the_tap_as_not_logged_and_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Space)
    # A read-only database refuses every write, like a full or read-only disk.
    window.diary.connection.execute("PRAGMA query_only = ON")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    bedside = window.bedside
    assert bedside.error_label.isVisible()
    assert "NOT logged" in bedside.error_label.text()
    assert bedside.count_label.text() == "1"
    window.diary.connection.execute("PRAGMA query_only = OFF")
    assert stored_twitches(window) == 1
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not bedside.error_label.isVisible()
    assert stored_twitches(window) == 2
    assert bedside.count_label.text() == "2"


def test_a_hundred_quick_taps_are_all_logged(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(100):
        qtbot.keyClick(window, Qt.Key.Key_Space)
    assert stored_twitches(window) == 100
    assert window.bedside.count_label.text() == "100"


def test_a_sleep_open_in_the_diary_is_shown_running_with_its_count(
    qtbot: QtBot, open_window: OpenWindow, mia: Baby, data_dir: Path
) -> None:
    start = datetime.now().astimezone() - timedelta(minutes=42)
    sleep = Sleep(id=new_id(), baby_id=mia.id, start=start, kind="night")
    with Diary(data_dir) as diary:
        diary.sleeps.add(sleep)
        for minute in (3, 7):
            diary.events.add(
                Event(
                    id=new_id(),
                    baby_id=mia.id,
                    sleep_id=sleep.id,
                    at=start + timedelta(minutes=minute),
                    kind="twitch",
                )
            )
    window = open_window()
    bedside = window.bedside
    assert bedside.sleep_running
    assert bedside.count_label.text() == "2"
    assert "Night since" in bedside.sleep_label.text()
    assert "· 42 min 0" in bedside.sleep_label.text()
    assert "last twitch 35 min 0" in bedside.since_label.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert [e.sleep_id for e in window.diary.events.in_sleep(sleep.id)] == [sleep.id] * 3
    assert bedside.count_label.text() == "3"


def test_a_note_goes_on_the_last_event_or_else_on_the_sleep(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["Slept on her side", "Left hand only"])
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda cls, parent, title, text: next(answers)))
    qtbot.keyClick(window, Qt.Key.Key_S)
    qtbot.keyClick(window, Qt.Key.Key_N)
    sleep = window.bedside.session.sleep
    assert sleep is not None
    assert window.diary.sleeps.get(sleep.id).note == "Slept on her side"  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert [e.note for e in window.diary.events.in_sleep(sleep.id)] == ["Left hand only"]
    assert window.bedside.logged_label.text() == "note saved"


def test_a_cancelled_note_changes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda cls, parent, title, text: None))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert [e.note for e in window.diary.events.all()] == [""]
    assert window.undo_stack.count() == 1


def test_a_video_is_attached_to_the_episode(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clip = tmp_path / "episode.mp4"
    clip.write_bytes(b"\x00")
    monkeypatch.setattr(VideoPicker, "ask", classmethod(lambda cls, parent: str(clip)))
    qtbot.keyClick(window, Qt.Key.Key_V)
    assert "Time an episode first" in window.bedside.error_label.text()
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.mouseClick(window.bedside.control_buttons["attach_video"], Qt.MouseButton.LeftButton)
    (episode,) = window.diary.events.all()
    assert episode.kind == "episode" and episode.video == str(clip)
    assert window.bedside.logged_label.text() == "video attached"


def test_an_urgent_finding_waits_until_get_help_now_is_acknowledged(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    qtbot.mouseClick(bedside.sign_buttons["unresponsive"], Qt.MouseButton.LeftButton)
    assert bedside.help_banner.isVisible()
    bedside.findings_banner.show_message(
        "rule:emergency_signs", "emergency", "Get help now", "Logged: unresponsive."
    )
    assert not bedside.findings_banner.isVisible()  # never two red banners at once
    qtbot.mouseClick(bedside.help_banner.acknowledge_button, Qt.MouseButton.LeftButton)
    assert not bedside.help_banner.isVisible()
    assert bedside.findings_banner.isVisible()
    assert bedside.findings_banner.key == "rule:emergency_signs"


def test_a_doctor_finding_shows_beside_get_help_now(qtbot: QtBot, window: MainWindow) -> None:
    bedside = window.bedside
    bedside.show_get_help("long_episode")
    bedside.findings_banner.show_message(
        "rule:disturbs_sleep", "doctor", "Talk to your pediatrician", "Woke twice."
    )
    assert bedside.help_banner.isVisible() and bedside.findings_banner.isVisible()


def test_each_tap_pulses_the_count_and_the_pulse_fades(qtbot: QtBot, window: MainWindow) -> None:
    area = window.bedside.tap_area
    for count in ("1", "2"):  # a quick second tap keeps the pulse on
        qtbot.keyClick(window, Qt.Key.Key_Space)
        assert area.count_label.text() == count
        assert area.property("pulse") is True and area.count_label.property("pulse") is True
    qtbot.waitUntil(lambda: area.property("pulse") is False, timeout=2000)
    assert area.count_label.property("pulse") is False
    qtbot.keyClick(window, Qt.Key.Key_Space)  # a tap after the pulse faded pulses again
    assert area.count_label.text() == "3"
    assert area.property("pulse") is True


def test_a_banner_raised_right_after_the_banners_are_built_is_shown_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The banners are built after the first paint; one raised at once must not wait for the loop."""
    from desktop.ui.bedside.view import BedsideView

    view = BedsideView(window.diary, window.undo_stack, window.actions_by_name)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    banner = view.findings_banner  # built now, into a view already on screen
    banner.show_message("guidance:test", "doctor", "Stiffening was logged", "Talk to your pediatrician.")
    assert banner.isVisible()  # no event processed in between
    view.shut_down()


def test_tab_goes_down_the_bedside_as_it_is_laid_out(window: MainWindow) -> None:
    """Banners, the pause question, tap area, episode questions, chips, buttons: also for the parts
    built after the first paint (a widget built late would otherwise come last in the focus chain)."""
    bedside = window.bedside

    def next_stop(widget: QWidget) -> QWidget:
        following = widget.nextInFocusChain()
        while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
            following = following.nextInFocusChain()
        return following

    questions = bedside.episode_panel.findChildren(QAbstractButton)
    help_button = bedside.help_banner.acknowledge_button
    findings_button = bedside.findings_banner.acknowledge_button
    assert next_stop(help_button) is findings_button
    lengths = bedside.pause_question.findChildren(QAbstractButton)  # asked over the tap area's top
    assert next_stop(findings_button) is lengths[0]
    assert next_stop(lengths[-1]) is bedside.tap_area
    assert next_stop(bedside.tap_area) is questions[0]
    assert next_stop(questions[-1]) is bedside.state_row.buttons["asleep"]
    assert next_stop(bedside.state_row.buttons["awake"]) is bedside.body_chips.buttons["face"]
    assert next_stop(bedside.body_chips.buttons["unknown"]) is bedside.side_chips.buttons["left"]
    assert next_stop(bedside.side_chips.buttons["unknown"]) is bedside.sign_buttons["stiffening"]
    assert next_stop(bedside.sign_buttons[SIGNS[-1]]) is bedside.control_buttons["toggle_sleep"]

"""Undo and redo travel like any other change: a delete taken back on one window comes back on the
other, an edit taken back there goes back everywhere, after both windows have synced."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui import commands

from .test_two_caregivers import _sync, _tap, two_caregivers


def test_an_undone_delete_and_an_undone_edit_travel_to_the_other_window(qtbot: QtBot, tmp_path: Path) -> None:
    wa, wb, clock_a, _ = two_caregivers(qtbot, tmp_path)
    windows = [wa, wb]
    for hour, minute in ((22, 14), (22, 31), (23, 2)):
        _tap(wa, clock_a, hour, minute)
    _sync(wa, qtbot)
    _sync(wb, qtbot)
    night = wb.bedside.session.sleep
    assert night is not None
    gone = wb.diary.events.in_sleep(night.id)[0]
    commands.push(wb.undo_stack, commands.delete_event(wb.diary, gone))  # B deletes the first tap
    taps_a = wa.diary.events.in_sleep(night.id)
    edited = replace(taps_a[2], body_part="leg")
    commands.push(wa.undo_stack, commands.update_event(wa.diary, taps_a[2], edited))  # A edits the last
    for window in (wb, wa, wb):
        _sync(window, qtbot)
    for window in windows:
        assert [t.body_part for t in window.diary.events.in_sleep(night.id)] == ["unknown", "leg"]
    wb.actions_by_name["undo"].trigger()  # B takes the delete back
    wa.actions_by_name["undo"].trigger()  # A takes the edit back
    for window in (wa, wb, wa):
        _sync(window, qtbot)
    for window in windows:
        taps = window.diary.events.in_sleep(night.id)
        assert [(t.id, t.body_part) for t in taps] == [(t.id, "unknown") for t in taps_a]
        assert window.bedside.session.count == 3
    wb.actions_by_name["redo"].trigger()  # and B deletes it again after all
    for window in (wb, wa):
        _sync(window, qtbot)
    for window in windows:
        assert [t.id for t in window.diary.events.in_sleep(night.id)] == [t.id for t in taps_a[1:]]
        assert window.bedside.session.count == 2

"""The bedside's writes without the view: sleep kinds by hour, clock jumps, starts and ends."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from desktop.core.model import Baby
from desktop.store.diary import Diary
from desktop.ui.bedside.session import BedsideSession, sleep_kind

START = datetime(2026, 11, 20, 21, 0).astimezone()


@pytest.fixture
def session(qtbot: QtBot, diary: Diary, baby: Baby) -> BedsideSession:
    errors: list[str] = []
    opened = BedsideSession(diary, QUndoStack(), errors.append)
    opened.set_baby(baby)
    return opened


@pytest.mark.parametrize(
    ("hour", "kind"),
    [(0, "night"), (5, "night"), (6, "nap"), (12, "nap"), (18, "nap"), (19, "night"), (23, "night")],
)
def test_a_sleep_is_a_night_from_19_to_6_and_a_nap_otherwise(hour: int, kind: str) -> None:
    assert sleep_kind(datetime(2026, 11, 20, hour, 30).astimezone()) == kind


@pytest.mark.parametrize(
    ("end_after_start", "expected_after_start"),
    [
        (timedelta(minutes=90), timedelta(minutes=90)),  # the usual case: ends now
        (timedelta(minutes=-30), timedelta(minutes=10, seconds=4)),  # clock jumped back before a late event
        (timedelta(hours=30), timedelta(hours=24)),  # forgotten for a day: kept to 24 hours
    ],
)
def test_ending_a_sleep_is_never_before_its_start_or_its_last_event(
    session: BedsideSession, diary: Diary, end_after_start: timedelta, expected_after_start: timedelta
) -> None:
    session.start_sleep(START)
    session.log_twitch(START + timedelta(minutes=5), "hand", "left")
    # An episode timed for 4 seconds (its length comes from the monotonic clock).
    session.start_episode(START + timedelta(minutes=10), monotonic_at=time.monotonic() - 4.0)
    episode = session.end_episode("arm", "both")
    assert episode.duration_s == pytest.approx(4.0, abs=0.5)
    ended = session.end_sleep(START + end_after_start)
    assert ended.end is not None
    assert ended.end - START == pytest.approx(expected_after_start, abs=timedelta(seconds=1))
    stored = diary.sleeps.get(ended.id)
    assert stored == ended
    assert all(ended.start <= e.at and e.end <= ended.end for e in diary.events.in_sleep(ended.id))


def test_a_tap_before_the_sleep_start_after_a_clock_jump_is_kept_inside_the_sleep(
    session: BedsideSession, diary: Diary
) -> None:
    sleep = session.start_sleep(START)
    event = session.log_twitch(START - timedelta(minutes=3), "unknown", "unknown")
    assert event.at == sleep.start
    assert diary.events.in_sleep(sleep.id) == [event]


def test_a_sleep_left_running_is_picked_up_with_its_count(
    session: BedsideSession, diary: Diary, baby: Baby
) -> None:
    sleep = session.start_sleep(START)
    for minute in (1, 2, 3):
        session.log_twitch(START + timedelta(minutes=minute), "face", "right")
    again = BedsideSession(diary, QUndoStack(), print)
    again.set_baby(baby)
    assert again.sleep == sleep
    assert again.count == 3
    assert again.last_twitch_at == START + timedelta(minutes=3)

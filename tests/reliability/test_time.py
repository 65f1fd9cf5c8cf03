"""Time: nights across a DST change, records from another time zone, and a clock that jumps backwards."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.ui.bedside.session import BedsideSession

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("bedtime", "waking", "hours", "offsets"),
    [
        # Clocks go back at 03:00 on 25 October 2026: the night has an extra hour.
        (datetime(2026, 10, 24, 20, 0), datetime(2026, 10, 25, 6, 0), 11, (2, 1)),
        # Clocks go forward at 02:00 on 29 March 2026: the night is an hour shorter.
        (datetime(2026, 3, 28, 20, 0), datetime(2026, 3, 29, 6, 0), 9, (1, 2)),
        # An ordinary night for comparison.
        (datetime(2026, 9, 1, 20, 0), datetime(2026, 9, 2, 6, 0), 10, (2, 2)),
    ],
)
def test_night_across_a_dst_change_keeps_its_length_and_local_times(  # noqa: PLR0917 - table columns
    diary: Diary, baby: Baby, bedtime: datetime, waking: datetime, hours: int, offsets: tuple[int, int]
) -> None:
    start, end = bedtime.replace(tzinfo=BERLIN), waking.replace(tzinfo=BERLIN)
    # The tap at 02:30 local after the change (the second 02:30 in autumn).
    tap = (end.astimezone(UTC) - timedelta(hours=3, minutes=30)).astimezone(BERLIN)
    night = Sleep(id=new_id(), baby_id=baby.id, start=start, end=end, kind="night")
    diary.sleeps.add(night)
    diary.events.add(Event(id=new_id(), baby_id=baby.id, sleep_id=night.id, at=tap, kind="twitch"))
    stored = diary.sleeps.get(night.id)
    assert stored is not None and stored.end is not None
    assert stored.duration() == timedelta(hours=hours)
    assert (stored.start.hour, stored.end.hour) == (20, 6)  # the wall clock the parent saw
    assert stored.start.utcoffset() == timedelta(hours=offsets[0])
    assert stored.end.utcoffset() == timedelta(hours=offsets[1])
    (event,) = diary.events.in_sleep(night.id)
    assert event.at.astimezone(UTC) == tap.astimezone(UTC)  # (PEP 495: ambiguous times compare unequal)
    assert (event.at.hour, event.at.utcoffset()) == (tap.hour, tap.utcoffset())
    assert stored.contains(event.at)


def test_records_logged_in_another_time_zone_keep_their_own_offset(diary: Diary, baby: Baby) -> None:
    at_home = datetime(2026, 9, 1, 21, 0, tzinfo=BERLIN)
    on_holiday = datetime(2026, 9, 10, 21, 0, tzinfo=NEW_YORK)
    for moment in (at_home, on_holiday):
        diary.events.add(Event(id=new_id(), baby_id=baby.id, sleep_id=None, at=moment, kind="twitch"))
    home, away = diary.events.for_baby(baby.id)
    assert (home.at.hour, home.at.utcoffset()) == (21, timedelta(hours=2))
    assert (away.at.hour, away.at.utcoffset()) == (21, timedelta(hours=-4))
    assert away.at - home.at == timedelta(days=9, hours=6)


def test_clock_jumping_back_during_a_sleep_gives_no_negative_length_nor_a_stray_tap(
    qapp: QApplication, diary: Diary, baby: Baby
) -> None:
    stack = QUndoStack()
    session = BedsideSession(diary, stack, lambda message: None)
    session.set_baby(baby)
    start = datetime(2026, 11, 1, 21, 0, tzinfo=BERLIN)
    sleep = session.start_sleep(start)
    session.log_twitch(start + timedelta(minutes=30), "hand", "left")
    # The computer's clock is set back by an hour (a wrong NTP fix, a time zone change).
    early = session.log_twitch(start - timedelta(minutes=30), "foot", "right")
    assert early.at == start
    ended = session.end_sleep(start - timedelta(hours=1))
    assert ended.end is not None
    assert ended.duration() >= timedelta(0)
    events = diary.events.in_sleep(sleep.id)
    assert all(ended.start <= event.at <= ended.end for event in events)
    assert ended.end >= max(event.at for event in events)
    stack.blockSignals(True)  # the stack outlives the diary: its last signals must not read it


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=-7200, max_value=7200), min_size=1, max_size=12))
def test_any_clock_jumps_keep_every_tap_inside_a_sleep_of_positive_length(
    qapp: QApplication, jumps: list[int]
) -> None:
    with tempfile.TemporaryDirectory() as folder, Diary(Path(folder) / "data") as diary:
        baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1))
        diary.babies.add(baby)
        stack = QUndoStack()
        session = BedsideSession(diary, stack, lambda message: None)
        session.set_baby(baby)
        clock = datetime(2026, 11, 1, 21, 0, tzinfo=BERLIN)
        sleep = session.start_sleep(clock)
        for seconds in jumps[:-1]:
            clock += timedelta(seconds=seconds)
            session.log_twitch(clock, "hand", "left")
        ended = session.end_sleep(clock + timedelta(seconds=jumps[-1]))
        assert ended.end is not None and ended.end >= ended.start
        stored = diary.sleeps.get(sleep.id)
        assert stored == ended
        events = diary.events.in_sleep(sleep.id)
        assert len(events) == len(jumps) - 1
        assert all(stored.contains(event.at) for event in events)
        stack.blockSignals(True)  # the stack outlives the diary: its last signals must not read it

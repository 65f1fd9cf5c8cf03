"""Shared helpers of the history tests: a fixed 'now', local times, sleeps with events."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A local time in 2026 (the computer's zone), as the app would log it."""
    return datetime(2026, month, day, hour, minute).astimezone()


NOW = at(20, 12)


def set_wall(edit: QDateTimeEdit, moment: datetime) -> None:
    """Pick a wall-clock date and time in a date-time editor, as the parent would."""
    edit.setDateTime(
        QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute),
            QTimeZone.utc(),
        )
    )


def add_sleep(
    diary: Diary,
    baby: Baby,
    start: datetime,
    end: datetime | None,
    *,
    kind: str = "nap",
    twitches: int = 0,
    episodes: int = 0,
    signs: int = 0,
    woke: int = 0,
) -> tuple[Sleep, list[Event]]:
    """Store a sleep with events a minute apart: twitches, then episodes, then sign reports.

    The first ``woke`` twitches are marked as having woken the baby.
    """
    sleep = Sleep(id=new_id(), baby_id=baby.id, start=start, end=end, kind=kind)
    diary.sleeps.add(sleep)
    events: list[Event] = []
    minute = 1
    for number in range(twitches):
        events.append(
            Event(
                id=new_id(),
                baby_id=baby.id,
                sleep_id=sleep.id,
                at=start + timedelta(minutes=minute),
                kind="twitch",
                woke_baby=number < woke,
            )
        )
        minute += 1
    for _ in range(episodes):
        events.append(
            Event(
                id=new_id(),
                baby_id=baby.id,
                sleep_id=sleep.id,
                at=start + timedelta(minutes=minute),
                kind="episode",
                body_part="arm",
                duration_s=12.0,
                rhythmic=True,
            )
        )
        minute += 1
    for _ in range(signs):
        events.append(
            Event(
                id=new_id(),
                baby_id=baby.id,
                sleep_id=sleep.id,
                at=start + timedelta(minutes=minute),
                kind="sign",
                signs=frozenset({"stiffening"}),
            )
        )
        minute += 1
    diary.events.add_many(events)
    return sleep, events

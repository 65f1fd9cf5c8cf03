"""Helpers of the reliability tests: a diary filled with real data, and file snapshots."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.store.lock import LOCK_NAME

BERLIN_SUMMER = timezone(timedelta(hours=2))


def fill(diary: Diary, nights: int = 20, taps_per_night: int = 40) -> Baby:
    """Store a baby with ``nights`` ended nights of twitch taps (enough rows to span many pages)."""
    baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1), due_date=date(2026, 8, 5))
    sleeps: list[Sleep] = []
    events: list[Event] = []
    for night in range(nights):
        start = datetime(2026, 9, 1, 20, 0, tzinfo=BERLIN_SUMMER) + timedelta(days=night)
        sleep = Sleep(id=new_id(), baby_id=baby.id, start=start, end=start + timedelta(hours=9), kind="night")
        sleeps.append(sleep)
        events.extend(
            Event(id=new_id(), baby_id=baby.id, sleep_id=sleep.id, at=start + timedelta(minutes=5 * i),
                  kind="twitch", body_part="hand", side="left", note="a tap with a little note")
            for i in range(taps_per_night)
        )  # fmt: skip
    with diary.transaction():
        diary.babies.add(baby)
        for sleep in sleeps:
            diary.sleeps.add(sleep)
        diary.events.add_many(events)
    return baby


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name → SHA-256), to prove nothing was touched.

    The lock file is left out: it holds only the process id of whoever last took the lock.
    """
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != LOCK_NAME
    }

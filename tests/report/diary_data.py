"""A realistic four-week diary for report tests: nights, naps, twitch taps, episodes, a sign and notes."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from desktop.core.model import BODY_PARTS, Baby, Event, Sleep, new_id
from desktop.store.diary import Diary

# A fixed offset keeps local dates and times the same on every test machine.
ZONE = timezone(timedelta(hours=1))
RATE_PER_HOUR = 8.0
VIDEO = "/home/parent/Videos/VID_20261114_0312.mp4"


@dataclass(frozen=True)
class Notable:
    """The records a test expects to see named in the report."""

    emergency_sign: Event
    long_episode: Event
    awake_episode: Event
    sleep_note: Sleep


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZONE)


def _twitches(rng: random.Random, baby: Baby, sleep: Sleep) -> list[Event]:
    assert sleep.end is not None
    seconds = (sleep.end - sleep.start).total_seconds()
    count = int(seconds / 3600 * RATE_PER_HOUR)
    parts = [p for p in BODY_PARTS if p not in ("whole_body", "unknown")]
    moments = sorted(rng.uniform(60, seconds - 60) for _ in range(count))
    return [
        Event(
            new_id(),
            baby.id,
            sleep.id,
            sleep.start + timedelta(seconds=s),
            "twitch",
            body_part=rng.choice(parts),
            side=rng.choice(("left", "right")),
        )
        for s in moments
    ]


def fill_weeks(diary: Diary, baby: Baby, last_day: date, days: int = 28, seed: int = 7) -> Notable:
    """Log ``days`` days of sleeps ending on ``last_day`` (a night and two naps a day)."""
    rng = random.Random(seed)
    sleeps: list[Sleep] = []
    events: list[Event] = []
    for back in range(days - 1, -1, -1):
        day = last_day - timedelta(days=back)
        for start, end, kind in (
            (_at(day, 0, 30), _at(day, 6, 45), "night"),
            (_at(day, 10), _at(day, 11, 15), "nap"),
            (_at(day, 14), _at(day, 15, 30), "nap"),
        ):
            sleep = Sleep(new_id(), baby.id, start, end, kind)
            sleeps.append(sleep)
            events += _twitches(rng, baby, sleep)
    night_day, nap_day = last_day - timedelta(days=5), last_day - timedelta(days=3)
    night = next(s for s in sleeps if s.kind == "night" and s.start.date() == night_day)
    noted = Sleep(night.id, baby.id, night.start, night.end, "night", note="Restless night, teething?")
    sleeps[sleeps.index(night)] = noted
    nap = next(s for s in sleeps if s.kind == "nap" and s.start.date() == nap_day)
    long_episode = Event(
        new_id(), baby.id, noted.id, noted.start + timedelta(hours=2, minutes=42), "episode",
        body_part="arm", side="both", duration_s=75.0, woke_baby=True, rhythmic=True,
        stopped_on_waking="yes", video=VIDEO, note="Both arms jerked, stopped when I picked her up.",
    )  # fmt: skip
    awake_episode = Event(
        new_id(), baby.id, nap.id, nap.end - timedelta(minutes=4), "episode", body_part="leg", side="left",
        state="awake", duration_s=20.0, stopped_on_waking="no",
    )  # fmt: skip
    emergency_sign = Event(
        new_id(), baby.id, nap.id, nap.start + timedelta(minutes=20), "sign",
        signs=frozenset({"breathing_pause"}), note="Seemed to stop breathing for a moment.",
    )  # fmt: skip
    events += [long_episode, awake_episode, emergency_sign]
    with diary.transaction():
        for sleep in sleeps:
            diary.sleeps.add(sleep)
        diary.events.add_many(events)
    return Notable(emergency_sign, long_episode, awake_episode, noted)

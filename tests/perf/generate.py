"""A realistic three-year diary for the benchmark and the review's speed checks, written fast.

``generate_diary(diary, days=1100, seed=1)`` adds one baby born five weeks early whose diary runs
for ``days`` days ending yesterday: a night and two or three naps a day (about 4,400 sleeps),
twitch taps in bursts whose rate falls with age (about 120,000 taps), a few timed episodes and
signs. Times are wall-clock times in Europe/Berlin, so the diary crosses many DST changes.
Everything goes in with ``executemany`` inside one ``diary.transaction()``.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from desktop.core.model import Baby, Event, Sleep
from desktop.store.diary import Diary
from desktop.store.events import EVENT_COLUMNS, event_to_row
from desktop.store.sleeps import sleep_to_row

ZONE: Final = ZoneInfo("Europe/Berlin")
BORN_EARLY_DAYS: Final = 35  # 35 weeks of gestation: preterm, so corrected age is the default
# Taps per sleep hour at birth and after three years; sleep twitching fades with age.
RATE_AT_BIRTH: Final = 14.0
RATE_AT_THREE_YEARS: Final = 3.0
PARTS: Final = ("face", "eyes", "mouth", "hand", "arm", "leg", "foot", "torso", "whole_body", "unknown")
PART_WEIGHTS: Final = (14, 3, 5, 24, 14, 14, 14, 4, 2, 6)
SIDES: Final = ("left", "right", "both", "unknown")
SIDE_WEIGHTS: Final = (36, 36, 8, 20)
EPISODE_CHANCE: Final = 0.03  # per sleep
SIGN_CHANCE: Final = 0.004  # per sleep
SIGN_KINDS: Final = ("tremor", "sleep_change", "shaking")

_EVENT_SQL: Final = f"INSERT INTO event ({EVENT_COLUMNS}) VALUES ({', '.join('?' * 17)})"
_SLEEP_SQL: Final = (
    "INSERT INTO sleep (id, baby_id, start_us, start_offset_s, end_us, end_offset_s, kind, note)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _id(rng: random.Random) -> str:
    """A UUID4 string drawn from the seeded generator: the same seed gives the same diary."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ZONE)


def _later(moment: datetime, seconds: float) -> datetime:
    """Real elapsed time later, in the offset in force then (DST-correct)."""
    return (moment + timedelta(seconds=seconds)).astimezone(ZONE)


def _day_sleeps(rng: random.Random, day: date, baby: Baby, age_days: int) -> list[Sleep]:
    """Naps (fewer as the baby grows) and the night starting on ``day``."""
    # Naps shorten as the baby grows; the diary keeps three a day (some are quiet rests later on).
    longest_nap = 110 - 60 * min(1.0, age_days / 1000)
    sleeps: list[Sleep] = []
    for start_at in (time(9, 0), time(12, 30), time(16, 0)):
        start = _local(day, start_at) + timedelta(minutes=rng.uniform(-30, 30))
        length = rng.uniform(25, longest_nap)
        sleeps.append(Sleep(_id(rng), baby.id, start, _later(start, length * 60), "nap"))
    bedtime = _local(day, time(19, 15)) + timedelta(minutes=rng.uniform(0, 60))
    night_h = rng.uniform(9.5, 11.5)
    sleeps.append(Sleep(_id(rng), baby.id, bedtime, _later(bedtime, night_h * 3600), "night"))
    return sleeps


def _twitches(rng: random.Random, baby: Baby, sleep: Sleep, rate_per_h: float) -> list[Event]:
    """Bursts of 1-6 taps at exponential gaps, about ``rate_per_h`` taps per hour."""
    assert sleep.end is not None
    span_s = (sleep.end - sleep.start).total_seconds()
    mean_burst = 2.5
    events: list[Event] = []
    moment_s = rng.uniform(60, 600)
    while True:
        moment_s += rng.expovariate(rate_per_h / mean_burst / 3600)
        part = rng.choices(PARTS, PART_WEIGHTS)[0]
        side = rng.choices(SIDES, SIDE_WEIGHTS)[0]
        for _ in range(rng.randint(1, 4)):
            moment_s += rng.uniform(0.3, 4.0)
            if moment_s >= span_s:
                return events
            events.append(
                Event(_id(rng), baby.id, sleep.id, _later(sleep.start, moment_s), "twitch", part, side)
            )


def _rare_events(rng: random.Random, baby: Baby, sleep: Sleep) -> list[Event]:
    """Now and then a timed episode or a sign, well inside the sleep."""
    assert sleep.end is not None
    span_s = (sleep.end - sleep.start).total_seconds()
    events: list[Event] = []
    if rng.random() < EPISODE_CHANCE:
        duration = round(rng.uniform(5, 90), 1)
        at = _later(sleep.start, rng.uniform(60, max(61.0, span_s - duration - 60)))
        woke = rng.random() < 0.2
        events.append(
            Event(
                _id(rng),
                baby.id,
                sleep.id,
                at,
                "episode",
                rng.choices(PARTS, PART_WEIGHTS)[0],
                "both",
                duration_s=duration,
                woke_baby=woke,
                rhythmic=rng.random() < 0.3,
                stopped_on_waking="yes" if woke else "not_tried",
            )
        )
    if rng.random() < SIGN_CHANCE:
        at = _later(sleep.start, rng.uniform(30, span_s - 30))
        sign = frozenset({rng.choice(SIGN_KINDS)})
        events.append(Event(_id(rng), baby.id, sleep.id, at, "sign", "face", "both", signs=sign))
    return events


def generate_diary(diary: Diary, days: int = 1100, seed: int = 1) -> Baby:
    """Add a baby with ``days`` days of sleeps and events ending yesterday; returns the baby."""
    rng = random.Random(seed)
    today = date.today()
    first_day = today - timedelta(days=days)
    birth = first_day
    baby = Baby(
        id=_id(rng),
        name="Ada",
        birth_date=birth,
        due_date=birth + timedelta(days=BORN_EARLY_DAYS),
        birth_weight_g=2400,
        note="Generated three-year diary.",
    )
    now = datetime.now(ZONE)
    sleep_rows: list[tuple[object, ...]] = []
    event_rows: list[tuple[object, ...]] = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        fade = offset / max(1, days - 1)
        rate = RATE_AT_BIRTH + (RATE_AT_THREE_YEARS - RATE_AT_BIRTH) * fade
        for sleep in _day_sleeps(rng, day, baby, offset):
            if sleep.end is None or sleep.end > now:
                continue  # never a time in the future
            sleep_rows.append(sleep_to_row(sleep))
            events = _twitches(rng, baby, sleep, rate * rng.uniform(0.6, 1.4))
            events.extend(_rare_events(rng, baby, sleep))
            event_rows.extend(event_to_row(event) for event in events)
    # A bigger page cache while inserting: random UUID keys touch pages all over the indexes.
    diary.connection.execute("PRAGMA cache_size = -65536")
    with diary.transaction():
        diary.babies.add(baby)
        diary.connection.executemany(_SLEEP_SQL, sleep_rows)
        diary.connection.executemany(_EVENT_SQL, event_rows)
    diary.connection.execute("PRAGMA cache_size = -2000")
    return baby

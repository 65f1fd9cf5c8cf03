"""The review's numbers aggregated in SQL, cached per baby until the diary changes.

Twitch rows are never walked in Python: SQLite counts them per sleep, per sleep and local hour,
and per sleep and body part. A local time is ``at_us + at_offset_s * 1e6`` (the wall clock where
the event was logged); a local day is that divided by a day's microseconds. Twitches in a sleep
count for the day the sleep started on, so a night across midnight stays one night. Only the rare
rows (episodes, signs, woke-baby marks) are read one by one.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Final, TypeVar, cast

from desktop.core.model import SIGNS
from desktop.core.stats import BabyAggregates, DayRange, EpisodeRow, SleepRow
from desktop.store.connection import change_stamp

_EPOCH_DAY: Final = date(1970, 1, 1)
_HOUR_US: Final = 3_600_000_000
# The SQL below is fixed text (numbers written out, no values pasted in): parameters are bound.
# Local microseconds / 86400000000 = local day number; / 3600000000 = local hour number.
_PER_SLEEP: Final = """
    SELECT s.id, s.start_us, s.start_offset_s, s.end_us,
           (SELECT COUNT(*) FROM event AS e WHERE e.sleep_id = s.id AND e.kind = 'twitch')
    FROM sleep AS s WHERE s.baby_id = :baby AND s.end_us IS NOT NULL
    AND s.start_us >= :lo AND s.start_us < :hi ORDER BY s.start_us
"""
# "+baby_id" keeps SQLite scanning the table in order instead of hopping through the index.
_NOTABLE: Final = """
    SELECT sleep_id, (at_us + at_offset_s * 1000000) / 86400000000, kind, duration_s, woke_baby, signs
    FROM event WHERE +baby_id = :baby
    AND (kind != 'twitch' OR woke_baby OR signs != '' OR sleep_id IS NULL)
"""
_SLEEP_DAYS: Final = """
    SELECT id, (start_us + start_offset_s * 1000000) / 86400000000 FROM sleep
    WHERE baby_id = :baby AND start_us >= :lo AND start_us < :hi
"""
# Grouped by sleep and local hour number (not by day), so a night's twitches after midnight
# go to the day the night started on without joining every event to its sleep.
_PER_SLEEP_HOUR: Final = """
    SELECT sleep_id, (at_us + at_offset_s * 1000000) / 3600000000 AS hour, COUNT(*) FROM event
    WHERE +baby_id = :baby AND kind = 'twitch' GROUP BY sleep_id, hour
"""
_PER_SLEEP_PART: Final = """
    SELECT sleep_id,
           CASE WHEN sleep_id IS NULL THEN (at_us + at_offset_s * 1000000) / 86400000000 END AS loose_day,
           body_part, COUNT(*)
    FROM event WHERE +baby_id = :baby AND kind = 'twitch' GROUP BY sleep_id, loose_day, body_part
"""
# Bounded to some days: the events of the sleeps that started near them (through the sleep index),
# and the events outside any sleep logged near them (through the baby-and-time index).
_NOTABLE_BOUNDED: Final = """
    SELECT sleep_id, (at_us + at_offset_s * 1000000) / 86400000000, kind, duration_s, woke_baby, signs
    FROM event WHERE sleep_id IN (
        SELECT id FROM sleep WHERE baby_id = :baby AND start_us >= :lo AND start_us < :hi
    )
    AND (kind != 'twitch' OR woke_baby OR signs != '')
    UNION ALL
    SELECT sleep_id, (at_us + at_offset_s * 1000000) / 86400000000, kind, duration_s, woke_baby, signs
    FROM event WHERE baby_id = :baby AND at_us >= :lo AND at_us < :hi AND sleep_id IS NULL
"""
_PER_SLEEP_HOUR_BOUNDED: Final = """
    SELECT sleep_id, (at_us + at_offset_s * 1000000) / 3600000000 AS hour, COUNT(*) FROM event
    WHERE sleep_id IN (
        SELECT id FROM sleep WHERE baby_id = :baby AND start_us >= :lo AND start_us < :hi
    ) AND kind = 'twitch' GROUP BY sleep_id, hour
    UNION ALL
    SELECT NULL, (at_us + at_offset_s * 1000000) / 3600000000 AS hour, COUNT(*) FROM event
    WHERE baby_id = :baby AND at_us >= :lo AND at_us < :hi AND sleep_id IS NULL AND kind = 'twitch'
    GROUP BY hour
"""
_PER_SLEEP_PART_BOUNDED: Final = """
    SELECT sleep_id, NULL, body_part, COUNT(*) FROM event
    WHERE sleep_id IN (
        SELECT id FROM sleep WHERE baby_id = :baby AND start_us >= :lo AND start_us < :hi
    ) AND kind = 'twitch' GROUP BY sleep_id, body_part
    UNION ALL
    SELECT NULL, (at_us + at_offset_s * 1000000) / 86400000000 AS loose_day, body_part, COUNT(*) FROM event
    WHERE baby_id = :baby AND at_us >= :lo AND at_us < :hi AND sleep_id IS NULL AND kind = 'twitch'
    GROUP BY loose_day, body_part
"""
_EPISODES_BOUNDED: Final = """
    SELECT id, sleep_id, (at_us + at_offset_s * 1000000) / 86400000000, duration_s, woke_baby, at_us
    FROM event WHERE sleep_id IN (
        SELECT id FROM sleep WHERE baby_id = :baby AND start_us >= :lo AND start_us < :hi
    ) AND kind = 'episode'
    UNION ALL
    SELECT id, sleep_id, (at_us + at_offset_s * 1000000) / 86400000000, duration_s, woke_baby, at_us
    FROM event WHERE baby_id = :baby AND at_us >= :lo AND at_us < :hi AND sleep_id IS NULL
    AND kind = 'episode'
    ORDER BY at_us
"""
_EPISODES: Final = """
    SELECT id, sleep_id, (at_us + at_offset_s * 1000000) / 86400000000, duration_s, woke_baby
    FROM event WHERE baby_id = :baby AND kind = 'episode' ORDER BY at_us
"""

_T = TypeVar("_T")
_ALL: Final = {"lo": -(2**63), "hi": 2**63 - 1}
# A local day lies within 14 h of the UTC day of the same date: a day of slack each side finds
# every record of the local days asked for (the exact local day is then checked in Python).
_SLACK_US: Final = 86_400_000_000


def _bounds(baby_id: str, days: DayRange | None) -> dict[str, object]:
    """The query parameters: the baby, and UTC microseconds around ``days`` (everything for None)."""
    if days is None:
        return {"baby": baby_id, **_ALL}
    first = (days.first - _EPOCH_DAY).days * 86_400_000_000
    after = (days.last - _EPOCH_DAY).days * 86_400_000_000 + 86_400_000_000
    return {"baby": baby_id, "lo": first - _SLACK_US, "hi": after + _SLACK_US}


def _within(days: DayRange | None) -> Callable[[date], bool]:
    if days is None:
        return lambda _day: True
    return lambda day: days.first <= day <= days.last


def _day(number: int) -> date:
    return _EPOCH_DAY + timedelta(days=number)


def _sleep_days(connection: sqlite3.Connection, params: dict[str, object]) -> dict[str, int]:
    """The local start day number of each of the baby's sleeps within the bounds (running ones too)."""
    return dict(connection.execute(_SLEEP_DAYS, params).fetchall())


def _ordered_signs(counts: Counter[str]) -> dict[str, int]:
    return {sign: counts[sign] for sign in SIGNS if counts[sign]}


@dataclass
class _Notable:
    """Running totals of the rare events of one sleep (or of one day outside sleeps)."""

    twitches: int = 0
    episodes: int = 0
    episode_seconds: float = 0.0
    longest: float = 0.0
    woke: int = 0
    signs: Counter[str] = field(default_factory=Counter)

    def add(self, kind: str, duration_s: float | None, woke: int, signs: str) -> None:
        """Count one event."""
        if kind == "episode":
            self.episodes += 1
            self.episode_seconds += duration_s or 0.0
            self.longest = max(self.longest, duration_s or 0.0)
        if woke and kind in {"twitch", "episode"}:
            self.woke += 1
        self.signs.update(sign for sign in signs.split(",") if sign)

    def row(
        self, sleep_id: str | None, day: date, start: datetime | None, hours: float, twitches: int
    ) -> SleepRow:
        """These totals as a review row."""
        return SleepRow(
            sleep_id=sleep_id,
            day=day,
            start=start,
            hours=hours,
            twitches=twitches,
            episodes=self.episodes,
            episode_seconds=self.episode_seconds,
            longest_episode_s=self.longest,
            woke=self.woke,
            signs=_ordered_signs(self.signs),
        )


def sleep_rows(connection: sqlite3.Connection, baby_id: str, days: DayRange | None = None) -> list[SleepRow]:
    """One row per finished sleep, plus one per day with events outside any sleep, by day.

    With ``days``, only the rows of those days (the same rows as filtering the whole history),
    read through the indexes instead of the whole event table.
    """
    params = _bounds(baby_id, days)
    in_sleep: dict[str, _Notable] = {}
    loose: dict[int, _Notable] = {}
    notable_sql = _NOTABLE if days is None else _NOTABLE_BOUNDED
    for sleep_id, day, kind, duration_s, woke, signs in connection.execute(notable_sql, params):
        if sleep_id is None:
            notable = loose.setdefault(day, _Notable())
        else:
            notable = in_sleep.setdefault(sleep_id, _Notable())
        notable.add(kind, duration_s, woke, signs)
        if sleep_id is None and kind == "twitch":
            notable.twitches += 1  # a tap while awake: counted apart from the rate
    rows: list[SleepRow] = []
    zones: dict[int, timezone] = {}  # a handful of offsets serve thousands of sleeps
    for sleep_id, start_us, start_off, end_us, twitches in connection.execute(_PER_SLEEP, params):
        zone = zones.get(start_off) or zones.setdefault(start_off, timezone(timedelta(seconds=start_off)))
        start = datetime.fromtimestamp(start_us / 1_000_000, zone)
        hours = (end_us - start_us) / _HOUR_US  # real elapsed time: UTC instants, DST-proof
        totals = in_sleep.get(sleep_id)
        if totals is None:  # most sleeps hold only taps
            rows.append(SleepRow(sleep_id, start.date(), start, hours, twitches))
        else:
            rows.append(totals.row(sleep_id, start.date(), start, hours, twitches))
    for day, notable in loose.items():
        rows.append(notable.row(None, _day(day), None, 0.0, notable.twitches))
    if days is not None:
        rows = [row for row in rows if days.first <= row.day <= days.last]
    rows.sort(key=lambda row: row.day)  # stable: sleeps keep their start order within a day
    return rows


def hour_counts(
    connection: sqlite3.Connection, baby_id: str, days: DayRange | None = None
) -> dict[date, list[int]]:
    """Twitches per local hour of day (24 numbers) for each day twitches count for (of ``days``)."""
    params = _bounds(baby_id, days)
    sleep_days = _sleep_days(connection, params)
    within = _within(days)
    result: dict[date, list[int]] = {}
    sql = _PER_SLEEP_HOUR if days is None else _PER_SLEEP_HOUR_BOUNDED
    for sleep_id, hour_number, count in connection.execute(sql, params):
        own_day, hour = divmod(hour_number, 24)
        day = _day(own_day if sleep_id is None else sleep_days[sleep_id])
        if within(day):
            result.setdefault(day, [0] * 24)[hour] += count
    return result


def part_counts(
    connection: sqlite3.Connection, baby_id: str, days: DayRange | None = None
) -> dict[date, dict[str, int]]:
    """Twitches per body part for each day twitches count for (of ``days``)."""
    params = _bounds(baby_id, days)
    sleep_days = _sleep_days(connection, params)
    within = _within(days)
    result: dict[date, dict[str, int]] = {}
    sql = _PER_SLEEP_PART if days is None else _PER_SLEEP_PART_BOUNDED
    for sleep_id, loose_day, part, count in connection.execute(sql, params):
        day = _day(loose_day if sleep_id is None else sleep_days[sleep_id])
        if within(day):
            parts = result.setdefault(day, {})
            parts[part] = parts.get(part, 0) + count
    return result


def episode_rows(
    connection: sqlite3.Connection, baby_id: str, days: DayRange | None = None
) -> list[EpisodeRow]:
    """Every timed episode of the baby (counting for ``days``), in time order, on the day it counts for."""
    params = _bounds(baby_id, days)
    sleep_days = _sleep_days(connection, params)
    within = _within(days)
    rows: list[EpisodeRow] = []
    sql = _EPISODES if days is None else _EPISODES_BOUNDED
    for event_id, sleep_id, own_day, duration, woke, *_ in connection.execute(sql, params):
        day = _day(own_day if sleep_id is None else sleep_days[sleep_id])
        if within(day):
            rows.append(EpisodeRow(event_id, sleep_id, day, float(duration or 0.0), bool(woke)))
    return rows


def aggregate(connection: sqlite3.Connection, baby_id: str, days: DayRange | None = None) -> BabyAggregates:
    """All of the review's aggregates for one baby (of ``days`` only, if given)."""
    return BabyAggregates(
        sleeps=sleep_rows(connection, baby_id, days),
        episodes=episode_rows(connection, baby_id, days),
        hour_counts=hour_counts(connection, baby_id, days),
        part_counts=part_counts(connection, baby_id, days),
    )


class AggregateCache:
    """Aggregates per baby (and days), each computed when first asked for and kept until the diary changes.

    A change through this connection moves ``total_changes``; one by another process (a
    command-line import) moves ``PRAGMA data_version``. Either drops everything cached. The parts
    are separate so the review's first chart needs only the cheap per-sleep rows; asked for some
    ``days``, each reads only those days (through the indexes), not the whole history.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._stamp: tuple[int, int] | None = None
        self._cached: dict[tuple[str, str, DayRange | None], object] = {}

    def stamp(self) -> tuple[int, int]:
        """What changes whenever the diary changed (for views that skip redrawing the same thing)."""
        return self._current_stamp()

    def _current_stamp(self) -> tuple[int, int]:
        return change_stamp(self._connection)

    def _get(
        self,
        part: str,
        baby_id: str,
        days: DayRange | None,
        compute: Callable[[sqlite3.Connection, str, DayRange | None], _T],
    ) -> _T:
        stamp = self._current_stamp()
        if stamp != self._stamp:
            self._cached.clear()
            self._stamp = stamp
        key = (part, baby_id, days)
        if key not in self._cached:
            self._cached[key] = compute(self._connection, baby_id, days)
        return cast(_T, self._cached[key])

    def sleeps(self, baby_id: str, days: DayRange | None = None) -> list[SleepRow]:
        """Per-sleep rows (and loose-event days), of ``days`` or all; see ``sleep_rows``."""
        return self._get("sleeps", baby_id, days, sleep_rows)

    def episodes(self, baby_id: str, days: DayRange | None = None) -> list[EpisodeRow]:
        """Every episode (counting for ``days``), see ``episode_rows``."""
        return self._get("episodes", baby_id, days, episode_rows)

    def hours(self, baby_id: str, days: DayRange | None = None) -> dict[date, list[int]]:
        """Twitches per day (of ``days``) and hour, see ``hour_counts``."""
        return self._get("hours", baby_id, days, hour_counts)

    def parts(self, baby_id: str, days: DayRange | None = None) -> dict[date, dict[str, int]]:
        """Twitches per day (of ``days``) and body part, see ``part_counts``."""
        return self._get("parts", baby_id, days, part_counts)

    def invalidate(self) -> None:
        """Forget everything cached (the next request reads the store again)."""
        self._cached.clear()
        self._stamp = None

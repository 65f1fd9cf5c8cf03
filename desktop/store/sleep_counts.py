"""A baby's sleeps with their event counts, read in one grouped query (the history list)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Final

from desktop.core.model import Sleep
from desktop.store.codec import columns_to_instant, optional_instant

# One query for the whole list: the events of the baby's sleeps are counted per sleep in a
# subquery that walks the (sleep_id, kind) index in order, so no sort of every event is needed,
# then joined to the sleeps. A diary holds thousands of sleeps; a query per row would crawl.
_SUMMARY_QUERY: Final = """
SELECT s.id, s.baby_id, s.start_us, s.start_offset_s, s.end_us, s.end_offset_s, s.kind, s.note,
       COALESCE(c.twitches, 0), COALESCE(c.episodes, 0), COALESCE(c.signs, 0),
       COALESCE(c.woke, 0), COALESCE(c.events, 0)
FROM sleep AS s
LEFT JOIN (
    SELECT sleep_id,
           SUM(kind = 'twitch') AS twitches,
           SUM(kind = 'episode') AS episodes,
           SUM(signs != '') AS signs,
           SUM(woke_baby) AS woke,
           COUNT(*) AS events
    FROM event
    WHERE sleep_id IN (SELECT id FROM sleep WHERE baby_id = :baby)
    GROUP BY sleep_id
) AS c ON c.sleep_id = s.id
WHERE s.baby_id = :baby
ORDER BY s.start_us DESC
"""


@dataclass(frozen=True)
class SleepSummary:
    """One sleep with how many twitches, episodes, sign reports and wakings were logged in it."""

    sleep: Sleep
    twitches: int
    episodes: int
    signs: int  # events that recorded at least one sign (a sign report or an episode with signs)
    woke: int  # events marked as having woken the baby
    events: int  # every event in the sleep


def _int(value: object) -> int:
    assert isinstance(value, int)  # INTEGER columns and SUM/COUNT results come back as int
    return value


def _row_to_summary(row: tuple[object, ...]) -> SleepSummary:
    (sleep_id, baby_id, start_us, start_off, end_us, end_off, kind, note,
     twitches, episodes, signs, woke, events) = row  # fmt: skip
    sleep = Sleep(
        id=str(sleep_id),
        baby_id=str(baby_id),
        start=columns_to_instant(_int(start_us), _int(start_off)),
        end=optional_instant(
            None if end_us is None else _int(end_us), None if end_off is None else _int(end_off)
        ),
        kind=str(kind),
        note=str(note),
    )
    return SleepSummary(
        sleep=sleep,
        twitches=_int(twitches),
        episodes=_int(episodes),
        signs=_int(signs),
        woke=_int(woke),
        events=_int(events),
    )


def sleep_summaries(connection: sqlite3.Connection, baby_id: str) -> list[SleepSummary]:
    """The baby's sleeps, newest first, each with its event counts (one query)."""
    rows = connection.execute(_SUMMARY_QUERY, {"baby": baby_id}).fetchall()
    return [_row_to_summary(row) for row in rows]

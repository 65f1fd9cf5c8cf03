"""The database schema as an ordered tuple of migrations; ``PRAGMA user_version`` counts those applied."""

from __future__ import annotations

from typing import Final

# Never edit a migration that has shipped: append a new one. Instants are UTC microseconds since
# the epoch plus the UTC offset (in seconds) in force where they were logged (design.md section 3).
MIGRATIONS: Final[tuple[str, ...]] = (
    # 1: babies, sleeps and events.
    """
    CREATE TABLE baby (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        due_date TEXT,
        birth_weight_g INTEGER,
        family_history TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE sleep (
        id TEXT PRIMARY KEY,
        baby_id TEXT NOT NULL REFERENCES baby(id),
        start_us INTEGER NOT NULL,
        start_offset_s INTEGER NOT NULL,
        end_us INTEGER,
        end_offset_s INTEGER,
        kind TEXT NOT NULL CHECK (kind IN ('nap', 'night')),
        note TEXT NOT NULL DEFAULT '',
        CHECK (end_us IS NULL OR end_us >= start_us)
    );
    CREATE INDEX sleep_by_baby_start ON sleep(baby_id, start_us);
    CREATE TABLE event (
        id TEXT PRIMARY KEY,
        baby_id TEXT NOT NULL REFERENCES baby(id),
        sleep_id TEXT REFERENCES sleep(id),
        at_us INTEGER NOT NULL,
        at_offset_s INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('twitch', 'episode', 'sign')),
        body_part TEXT NOT NULL DEFAULT 'unknown',
        side TEXT NOT NULL DEFAULT 'unknown',
        state TEXT NOT NULL DEFAULT 'asleep',
        duration_s REAL,
        woke_baby INTEGER NOT NULL DEFAULT 0,
        rhythmic INTEGER,
        stopped_on_waking TEXT,
        signs TEXT NOT NULL DEFAULT '',
        video TEXT,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX event_by_baby_at ON event(baby_id, at_us);
    CREATE INDEX event_by_sleep ON event(sleep_id, kind);
    """,
    # 2: small per-diary settings (checkup date, acknowledged findings, chosen theme).
    """
    CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 3: the running sleep found without reading every sleep (the window asks at each start).
    """
    CREATE INDEX sleep_running ON sleep(baby_id, end_us, start_us);
    """,
    # 4: how long a logged breathing pause lasted (design.md section 3); NULL means not sure.
    """
    ALTER TABLE event ADD COLUMN pause_length TEXT
        CHECK (pause_length IS NULL OR pause_length IN ('under_10s', '10_to_20s', 'over_20s'));
    """,
)

SCHEMA_VERSION: Final = len(MIGRATIONS)

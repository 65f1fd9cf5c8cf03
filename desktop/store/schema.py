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
    # 5: who changed each record when (design.md section 7, exchange version 2). Triggers stamp
    # every insert and edit with the hybrid logical clock and this device's id, and leave a
    # tombstone for every delete, so undo, redo and each edit travel as changes. A record written
    # by a merge carries its own stamp (changed_by not empty, or a new stamp) and is not stamped
    # again. ``parked_*`` hold merged records whose parent is missing or whose sleep lost an
    # overlap; they come back when their parent does.
    """
    ALTER TABLE baby ADD COLUMN changed_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE baby ADD COLUMN changed_offset_s INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE baby ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE sleep ADD COLUMN changed_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sleep ADD COLUMN changed_offset_s INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sleep ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE event ADD COLUMN changed_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE event ADD COLUMN changed_offset_s INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE event ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
    CREATE TABLE change_clock (
        only INTEGER PRIMARY KEY CHECK (only = 1),
        device TEXT NOT NULL,
        last_ms INTEGER NOT NULL
    );
    INSERT INTO change_clock (only, device, last_ms) VALUES (1, lower(hex(randomblob(5))),
        CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER));
    UPDATE baby SET changed_ms = (SELECT last_ms FROM change_clock), changed_offset_s =
        CAST(ROUND((julianday('now', 'localtime') - julianday('now')) * 86400.0) AS INTEGER),
        changed_by = (SELECT device FROM change_clock);
    UPDATE sleep SET changed_ms = (SELECT last_ms FROM change_clock), changed_offset_s =
        CAST(ROUND((julianday('now', 'localtime') - julianday('now')) * 86400.0) AS INTEGER),
        changed_by = (SELECT device FROM change_clock);
    UPDATE event SET changed_ms = (SELECT last_ms FROM change_clock), changed_offset_s =
        CAST(ROUND((julianday('now', 'localtime') - julianday('now')) * 86400.0) AS INTEGER),
        changed_by = (SELECT device FROM change_clock);
    CREATE TABLE tombstone (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('baby', 'sleep', 'event')),
        changed_ms INTEGER NOT NULL,
        changed_offset_s INTEGER NOT NULL,
        changed_by TEXT NOT NULL
    );
    CREATE TABLE parked_sleep (
        id TEXT PRIMARY KEY,
        baby_id TEXT NOT NULL,
        start_us INTEGER NOT NULL,
        start_offset_s INTEGER NOT NULL,
        end_us INTEGER,
        end_offset_s INTEGER,
        kind TEXT NOT NULL,
        note TEXT NOT NULL,
        changed_ms INTEGER NOT NULL,
        changed_offset_s INTEGER NOT NULL,
        changed_by TEXT NOT NULL
    );
    CREATE INDEX parked_sleep_by_baby ON parked_sleep(baby_id);
    CREATE TABLE parked_event (
        id TEXT PRIMARY KEY,
        baby_id TEXT NOT NULL,
        sleep_id TEXT,
        at_us INTEGER NOT NULL,
        at_offset_s INTEGER NOT NULL,
        kind TEXT NOT NULL,
        body_part TEXT NOT NULL,
        side TEXT NOT NULL,
        state TEXT NOT NULL,
        duration_s REAL,
        woke_baby INTEGER NOT NULL,
        rhythmic INTEGER,
        stopped_on_waking TEXT,
        signs TEXT NOT NULL,
        video TEXT,
        note TEXT NOT NULL,
        pause_length TEXT,
        changed_ms INTEGER NOT NULL,
        changed_offset_s INTEGER NOT NULL,
        changed_by TEXT NOT NULL
    );
    CREATE INDEX parked_event_by_sleep ON parked_event(sleep_id);
    CREATE INDEX parked_event_by_baby ON parked_event(baby_id);

    CREATE TRIGGER baby_stamp_new AFTER INSERT ON baby WHEN NEW.changed_by = '' BEGIN
        UPDATE change_clock SET last_ms = MAX(last_ms + 1, CAST(ROUND((julianday('now') - 2440587.5) *
            86400000.0) AS INTEGER));
        UPDATE baby SET changed_ms = (SELECT last_ms FROM change_clock),
            changed_offset_s = CAST(ROUND((julianday('now', 'localtime') - julianday('now')) * 86400.0) AS
                INTEGER), changed_by = (SELECT device FROM change_clock)
            WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER baby_revived AFTER INSERT ON baby BEGIN
        DELETE FROM tombstone WHERE id = NEW.id;
    END;
    CREATE TRIGGER baby_stamp_edit AFTER UPDATE ON baby
        WHEN NEW.changed_ms = OLD.changed_ms AND NEW.changed_by = OLD.changed_by BEGIN
        UPDATE change_clock SET last_ms = MAX(last_ms + 1, CAST(ROUND((julianday('now') - 2440587.5) *
            86400000.0) AS INTEGER));
        UPDATE baby SET changed_ms = (SELECT last_ms FROM change_clock),
            changed_offset_s = CAST(ROUND((julianday('now', 'localtime') - julianday('now')) * 86400.0) AS
                INTEGER), changed_by = (SELECT device FROM change_clock)
            WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER baby_stamp_delete AFTER DELETE ON baby
        WHEN NOT EXISTS (SELECT 1 FROM tombstone WHERE id = OLD.id) BEGIN
        UPDATE change_clock SET last_ms = MAX(last_ms + 1, CAST(ROUND((julianday('now') - 2440587.5) *
            86400000.0) AS INTEGER));
        INSERT INTO tombstone (id, kind, changed_ms, changed_offset_s, changed_by)
            SELECT OLD.id, 'baby', last_ms, CAST(ROUND((julianday('now', 'localtime') - julianday('now'))
                * 86400.0) AS INTEGER), device FROM change_clock;
    END;
    CREATE TRIGGER sleep_stamp_new AFTER INSERT ON sleep WHEN NEW.changed_by = '' BEGIN
        UPDATE change_clock SET last_ms = MAX(last_ms + 1, CAST(ROUND((julianday('now') - 2440587.5) *
            86400000.0) AS INTEGER));
        UPDATE sleep SET changed_ms = (SELECT last_ms FROM change_clock),
            changed_offset_s = CAST(ROUND((julianday('now', 'localtime') - julianday('now')) * 86400.0) AS
                INTEGER), changed_by = (SELECT device FROM change_clock)
            WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER sleep_revived AFTER INSERT ON sleep BEGIN
        DELETE FROM tombstone WHERE id = NEW.id;
    END;
    CREATE TRIGGER sleep_stamp_edit AFTER UPDATE ON sleep
        WHEN NEW.changed_ms = OLD.changed_ms AND NEW.changed_by = OLD.changed_by BEGIN
        UPDATE change_clock SET last_ms = MAX(last_ms + 1, CAST(ROUND((julianday('now') - 2440587.5) *
            86400000.0) AS INTEGER));
        UPDATE sleep SET changed_ms = (SELECT last_ms FROM change_clock),
            changed_offset_s = CAST(ROUND((julianday('now', 'localtime') - julianday('now')) * 86400.0) AS
                INTEGER), changed_by = (SELECT device FROM change_clock)
            WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER sleep_stamp_delete AFTER DELETE ON sleep
        WHEN NOT EXISTS (SELECT 1 FROM tombstone WHERE id = OLD.id) AND NOT EXISTS (SELECT 1 FROM
            parked_sleep WHERE id = OLD.id) BEGIN
        UPDATE change_clock SET last_ms = MAX(last_ms + 1, CAST(ROUND((julianday('now') - 2440587.5) *
            86400000.0) AS INTEGER));
        INSERT INTO tombstone (id, kind, changed_ms, changed_offset_s, changed_by)
            SELECT OLD.id, 'sleep', last_ms, CAST(ROUND((julianday('now', 'localtime') - julianday('now'))
                * 86400.0) AS INTEGER), device FROM change_clock;
    END;
    CREATE TRIGGER event_stamp_new AFTER INSERT ON event WHEN NEW.changed_by = '' BEGIN
        UPDATE change_clock SET last_ms = MAX(last_ms + 1, CAST(ROUND((julianday('now') - 2440587.5) *
            86400000.0) AS INTEGER));
        UPDATE event SET changed_ms = (SELECT last_ms FROM change_clock),
            changed_offset_s = CAST(ROUND((julianday('now', 'localtime') - julianday('now')) * 86400.0) AS
                INTEGER), changed_by = (SELECT device FROM change_clock)
            WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER event_revived AFTER INSERT ON event BEGIN
        DELETE FROM tombstone WHERE id = NEW.id;
    END;
    CREATE TRIGGER event_stamp_edit AFTER UPDATE ON event
        WHEN NEW.changed_ms = OLD.changed_ms AND NEW.changed_by = OLD.changed_by BEGIN
        UPDATE change_clock SET last_ms = MAX(last_ms + 1, CAST(ROUND((julianday('now') - 2440587.5) *
            86400000.0) AS INTEGER));
        UPDATE event SET changed_ms = (SELECT last_ms FROM change_clock),
            changed_offset_s = CAST(ROUND((julianday('now', 'localtime') - julianday('now')) * 86400.0) AS
                INTEGER), changed_by = (SELECT device FROM change_clock)
            WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER event_stamp_delete AFTER DELETE ON event
        WHEN NOT EXISTS (SELECT 1 FROM tombstone WHERE id = OLD.id) AND NOT EXISTS (SELECT 1 FROM
            parked_event WHERE id = OLD.id) BEGIN
        UPDATE change_clock SET last_ms = MAX(last_ms + 1, CAST(ROUND((julianday('now') - 2440587.5) *
            86400000.0) AS INTEGER));
        INSERT INTO tombstone (id, kind, changed_ms, changed_offset_s, changed_by)
            SELECT OLD.id, 'event', last_ms, CAST(ROUND((julianday('now', 'localtime') - julianday('now'))
                * 86400.0) AS INTEGER), device FROM change_clock;
    END;
    -- A sleep put back (an undo of its delete) takes back the events parked for it.
    CREATE TRIGGER sleep_unparks_events AFTER INSERT ON sleep BEGIN
        INSERT INTO event (id, baby_id, sleep_id, at_us, at_offset_s, kind, body_part, side, state,
            duration_s, woke_baby, rhythmic, stopped_on_waking, signs, video, note, pause_length, changed_ms,
            changed_offset_s, changed_by)
            SELECT id, baby_id, sleep_id, at_us, at_offset_s, kind, body_part, side, state, duration_s,
                woke_baby, rhythmic, stopped_on_waking, signs, video, note, pause_length, changed_ms,
                changed_offset_s, changed_by FROM parked_event WHERE sleep_id = NEW.id AND baby_id =
                NEW.baby_id;
        DELETE FROM parked_event WHERE sleep_id = NEW.id AND baby_id = NEW.baby_id;
    END;
    -- The sync's record of which files of other devices were applied (file names are per device).
    CREATE TABLE sync_applied (
        device TEXT NOT NULL,
        file TEXT NOT NULL,
        PRIMARY KEY (device, file)
    );
    """,
    # 6: a record added here (an undo of its delete) while a merged version of it waits aside
    # replaces that version: one id is never both shown and kept aside (found by the property test).
    """
    CREATE TRIGGER sleep_replaces_parked AFTER INSERT ON sleep BEGIN
        DELETE FROM parked_sleep WHERE id = NEW.id;
    END;
    CREATE TRIGGER event_replaces_parked AFTER INSERT ON event BEGIN
        DELETE FROM parked_event WHERE id = NEW.id;
    END;
    """,
)

SCHEMA_VERSION: Final = len(MIGRATIONS)

"""Build the frozen diary of one schema version: ``python -m tests.store.frozen.build VERSION``.

Each ``diary-vN.sqlite3`` beside this file is a diary as the app of schema version N left it:
the first N migrations applied one by one with their ``user_version`` bump, the app's pragmas,
and the records below written as rows, column by column, the way that version wrote them. They
are committed as built and never rebuilt for a version that has shipped: opening them with
today's migrations is the test (tests/store/test_frozen_databases.py). A new schema version
gets its file once, when it ships; a column it adds takes its default here unless named below.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from desktop.store.schema import MIGRATIONS

FOLDER: Final = Path(__file__).resolve().parent


def frozen_path(version: int) -> Path:
    """The frozen diary of schema ``version``."""
    return FOLDER / f"diary-v{version}.sqlite3"


def _us(text: str) -> int:
    """UTC microseconds since the epoch of an ISO instant with its offset."""
    return (datetime.fromisoformat(text) - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)


def _offset(text: str) -> int:
    offset = datetime.fromisoformat(text).utcoffset()
    assert offset is not None
    return int(offset.total_seconds())


def _instant(text: str | None) -> dict[str, int | None]:
    return {"us": None if text is None else _us(text), "offset_s": None if text is None else _offset(text)}


def _sleep(
    sleep_id: str, baby_id: str, start: str, end: str | None, *, kind: str, note: str = ""
) -> dict[str, object]:
    begin, finish = _instant(start), _instant(end)
    return {
        "id": sleep_id,
        "baby_id": baby_id,
        "start_us": begin["us"],
        "start_offset_s": begin["offset_s"],
        "end_us": finish["us"],
        "end_offset_s": finish["offset_s"],
        "kind": kind,
        "note": note,
    }


def _event(
    event_id: str, baby_id: str, sleep_id: str | None, at: str, kind: str, **fields: object
) -> dict[str, object]:
    return {
        "id": event_id,
        "baby_id": baby_id,
        "sleep_id": sleep_id,
        "at_us": _us(at),
        "at_offset_s": _offset(at),
        "kind": kind,
        **fields,
    }


# Every table's rows; a row's keys are its columns (a version without a column leaves it out).
ROWS: Final[dict[str, list[dict[str, object]]]] = {
    "baby": [
        {
            "id": "b-mia",
            "name": "Mia",
            "birth_date": "2026-08-01",
            "due_date": "2026-08-20",
            "birth_weight_g": 3100,
            "family_history": "epilepsy,movement_disorder",
            "note": 'Born early; "Mimi" at home',
        },
        {
            "id": "b-noa",
            "name": "Noa Ünal",
            "birth_date": "2026-05-10",
            "due_date": None,
            "birth_weight_g": None,
            "family_history": "",
            "note": "",
        },
    ],
    "sleep": [
        _sleep(
            "s-nap",
            "b-mia",
            "2026-09-01T13:00:00+02:00",
            "2026-09-01T14:30:00+02:00",
            kind="nap",
            note="after feeding",
        ),
        # Logged on a trip: another offset, kept as logged.
        _sleep(
            "s-noa", "b-noa", "2026-09-01T20:15:00-04:00", "2026-09-02T06:05:00-04:00", kind="night", note=""
        ),
        _sleep("s-night", "b-mia", "2026-09-01T19:30:00+02:00", None, kind="night", note=""),  # still running
    ],
    "event": [
        _event(
            "e-tap",
            "b-mia",
            "s-nap",
            "2026-09-01T13:05:12.250000+02:00",
            "twitch",
            body_part="hand",
            side="left",
            state="asleep",
            signs="",
            note="",
        ),
        _event(
            "e-episode",
            "b-mia",
            "s-nap",
            "2026-09-01T13:40:00+02:00",
            "episode",
            body_part="arm",
            side="both",
            state="drowsy",
            duration_s=12.5,
            woke_baby=1,
            rhythmic=1,
            stopped_on_waking="yes",
            video="/home/parent/Videos/clip 1.mp4",
            note="both arms",
        ),
        _event(
            "e-sign",
            "b-mia",
            "s-nap",
            "2026-09-01T14:10:00+02:00",
            "sign",
            signs="stiffening,breathing_pause",
            pause_length="10_to_20s",
            note="",
        ),
        _event(
            "e-awake",
            "b-mia",
            None,
            "2026-09-01T16:00:00+02:00",
            "twitch",
            body_part="foot",
            side="right",
            state="awake",
            rhythmic=0,
            stopped_on_waking="not_tried",
        ),
        _event("e-noa", "b-noa", "s-noa", "2026-09-02T02:00:00-04:00", "twitch", body_part="face"),
        _event("e-night", "b-mia", "s-night", "2026-09-01T21:00:00.000001+02:00", "twitch"),
    ],
    "setting": [
        {"key": "theme", "value": "night"},
        {"key": "checkup_date", "value": "2026-10-01"},
    ],
}


# Schema 5 stamps every row with its last change; the frozen rows carry fixed stamps (given, so
# the triggers leave them as written) from one device, as a diary made by that version would.
_FROZEN_DEVICE: Final = "f5d0c0ffee"
for _number, _row in enumerate(ROWS["baby"] + ROWS["sleep"] + ROWS["event"]):
    _row.update(changed_ms=1_788_000_000_000 + _number, changed_offset_s=7200, changed_by=_FROZEN_DEVICE)


def build(version: int, path: Path) -> None:
    """Write the diary of schema ``version`` to ``path`` (replacing it)."""
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA foreign_keys = ON")
        for number, script in enumerate(MIGRATIONS[:version], start=1):
            connection.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
        connection.execute("BEGIN IMMEDIATE")
        for table, rows in ROWS.items():
            present = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            if not present:
                continue  # the table came with a later version
            for row in rows:
                columns = [name for name in row if name in present]
                placeholders = ", ".join("?" * len(columns))
                connection.execute(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",
                    [row[name] for name in columns],
                )
        connection.execute("COMMIT")
        # One file, as a closed app leaves it: the write-ahead log folded in.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


if __name__ == "__main__":
    wanted = int(sys.argv[1])
    if not 1 <= wanted <= len(MIGRATIONS):
        sys.exit(f"schema versions run from 1 to {len(MIGRATIONS)}")
    build(wanted, frozen_path(wanted))
    print(frozen_path(wanted))

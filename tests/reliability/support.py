"""Helpers of the reliability tests: a diary filled with real data, ways to damage it, file snapshots."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.connection import check_existing_file
from desktop.store.diary import Diary
from desktop.store.errors import DamagedDatabaseError
from desktop.store.lock import LOCK_NAME
from desktop.store.schema import SCHEMA_VERSION

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


PAGE = 4096


def random_bytes(path: Path) -> None:
    """A file of noise the size of a real diary (a disk error, or the wrong file renamed)."""
    path.write_bytes(os.urandom(path.stat().st_size))


def truncated(path: Path) -> None:
    """The first half of the diary: a copy cut short, or a disk that filled up while copying."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def zeroed_after_header(path: Path) -> None:
    """The 100-byte SQLite header kept, every byte after it zero."""
    data = path.read_bytes()
    path.write_bytes(data[:100] + bytes(len(data) - 100))


def zeroed_after_first_page(path: Path) -> None:
    """The whole first page kept (so the schema reads fine), every later page zero."""
    data = path.read_bytes()
    path.write_bytes(data[:PAGE] + bytes(len(data) - PAGE))


def other_program(path: Path) -> None:
    """An SQLite file of another program (a browser history, say) in the diary's place."""
    path.unlink()
    other = sqlite3.connect(path)
    other.executescript("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);")
    other.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    other.commit()
    other.close()


def other_program_wal_versioned(path: Path) -> None:
    """Another program's WAL-mode file with its own user_version far above ours."""
    path.unlink()
    other = sqlite3.connect(path)
    other.execute("PRAGMA journal_mode = WAL")
    other.executescript("CREATE TABLE notes (body TEXT); PRAGMA user_version = 41;")
    other.commit()
    other.close()


def newer_version(path: Path) -> None:
    """A diary written by a newer Twitch Diary: our tables, a higher schema number, WAL mode."""
    newer = sqlite3.connect(path)
    newer.execute("PRAGMA journal_mode = WAL")
    newer.executescript(f"CREATE TABLE feeding (id TEXT); PRAGMA user_version = {SCHEMA_VERSION + 1};")
    newer.commit()
    newer.close()


def zeroed_last_page(path: Path) -> None:
    """Damage deep in the file, which opening does not read but a full export does.

    The page zeroed is a leaf of the event table: the file's own last page may belong to the id
    index, whose layout depends on the random ids, and a full read need not visit it. Opening
    reads the first row of every table and index, and with random ids that row can sit on any
    leaf, so the last leaf whose loss opening does not notice is chosen (tried on a copy).
    """
    with sqlite3.connect(path) as probe:
        leaves = [
            int(row[0])
            for row in probe.execute(
                "SELECT pageno FROM dbstat WHERE name = 'event' AND pagetype = 'leaf' ORDER BY pageno DESC"
            )
        ]
        page_size = probe.execute("PRAGMA page_size").fetchone()[0]
    probe.close()
    original = path.read_bytes()
    trial = path.with_name(path.name + ".damage-trial")
    try:
        for page in leaves:
            data = bytearray(original)
            start = (page - 1) * page_size
            data[start : start + page_size] = bytes(page_size)
            trial.write_bytes(bytes(data))
            try:
                check_existing_file(trial)
            except DamagedDatabaseError:
                continue
            path.write_bytes(bytes(data))
            return
    finally:
        trial.unlink(missing_ok=True)
    raise AssertionError("every leaf of the event table is read on opening; no page to damage deep")

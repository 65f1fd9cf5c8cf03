"""Migration 4: events gain the breathing pause's length; old diaries upgrade with their events intact."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.core.model import PAUSE_LENGTHS, Baby, Event, new_id
from desktop.store.connection import BACKUP_DIR_NAME, DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

CEST = timezone(timedelta(hours=2))
AT = datetime(2026, 9, 1, 13, 5, tzinfo=CEST)


def _pause(baby: Baby, length: str | None) -> Event:
    return Event(
        id=new_id(),
        baby_id=baby.id,
        sleep_id=None,
        at=AT,
        kind="sign",
        state="awake",
        signs=frozenset({"breathing_pause"}),
        pause_length=length,
    )


@pytest.mark.parametrize("length", [*PAUSE_LENGTHS, None])
def test_pause_length_round_trips_through_the_file(data_dir: Path, baby: Baby, length: str | None) -> None:
    event = _pause(baby, length)
    with Diary(data_dir) as diary:
        diary.events.add(event)
    with Diary(data_dir) as diary:
        assert diary.events.get(event.id) == event
        assert diary.events.for_baby(baby.id) == [event]


def test_update_changes_the_pause_length(diary: Diary, baby: Baby) -> None:
    event = _pause(baby, None)
    diary.events.add(event)
    answered = replace(event, pause_length="10_to_20s")
    diary.events.update(answered)
    assert diary.events.get(event.id) == answered


def test_the_file_refuses_an_unknown_pause_length(diary: Diary, baby: Baby) -> None:
    """The column's CHECK holds the enum even against a write that skipped validation."""
    diary.events.add(_pause(baby, None))
    with pytest.raises(sqlite3.IntegrityError):
        diary.connection.execute("UPDATE event SET pause_length = 'forever'")


def test_a_version_3_diary_upgrades_to_4_keeping_its_events(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    connection = sqlite3.connect(data_dir / DATABASE_NAME)
    connection.executescript("".join(MIGRATIONS[:3]) + "\nPRAGMA user_version = 3;")
    connection.execute("INSERT INTO baby (id, name, birth_date) VALUES ('b1', 'Mia', '2026-08-01')")
    connection.execute(
        "INSERT INTO event (id, baby_id, at_us, at_offset_s, kind, signs)"
        " VALUES ('e1', 'b1', 1788000000000000, 7200, 'sign', 'breathing_pause')"
    )
    connection.commit()
    connection.close()

    with Diary(data_dir) as diary:
        assert diary.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 4
        event = diary.events.get("e1")
        assert event is not None
        assert (event.signs, event.pause_length) == (frozenset({"breathing_pause"}), None)
        diary.events.update(replace(event, pause_length="under_10s"))
        stored = diary.events.get("e1")
        assert stored is not None and stored.pause_length == "under_10s"
    copies = [p.name for p in (data_dir / BACKUP_DIR_NAME).iterdir()]
    assert any(name.startswith("before-migration-v3-") for name in copies)

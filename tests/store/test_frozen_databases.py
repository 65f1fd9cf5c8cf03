"""Every released schema version, frozen as a file: opening it migrates it and keeps every record.

The files in tests/store/frozen/ were written by the migrations of their own version and are
never rebuilt (tests/store/frozen/build.py says how one was made): a later edit to a shipped
migration, a lost column or a migration that drops rows fails here, not in a parent's diary.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.core.model import Baby, Event, Sleep
from desktop.store.connection import BACKUP_DIR_NAME, DATABASE_NAME, read_only_uri
from desktop.store.diary import Diary
from desktop.store.schema import SCHEMA_VERSION

FROZEN = Path(__file__).resolve().parent / "frozen"
VERSIONS = range(1, SCHEMA_VERSION + 1)
PLUS2 = timezone(timedelta(hours=2))
MINUS4 = timezone(timedelta(hours=-4))


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


# The records of tests/store/frozen/build.py, as the app must read them back (written out again
# here by hand, not derived from the rows, so that a codec change is caught too).
BABIES = [
    Baby(
        id="b-mia",
        name="Mia",
        birth_date=date(2026, 8, 1),
        due_date=date(2026, 8, 20),
        birth_weight_g=3100,
        family_history=frozenset({"epilepsy", "movement_disorder"}),
        note='Born early; "Mimi" at home',
    ),
    Baby(id="b-noa", name="Noa Ünal", birth_date=date(2026, 5, 10)),
]
SLEEPS = {
    Sleep(
        id="s-nap",
        baby_id="b-mia",
        start=datetime(2026, 9, 1, 13, 0, tzinfo=PLUS2),
        end=datetime(2026, 9, 1, 14, 30, tzinfo=PLUS2),
        kind="nap",
        note="after feeding",
    ),
    Sleep(
        id="s-noa",
        baby_id="b-noa",
        start=datetime(2026, 9, 1, 20, 15, tzinfo=MINUS4),
        end=datetime(2026, 9, 2, 6, 5, tzinfo=MINUS4),
        kind="night",
    ),
    Sleep(id="s-night", baby_id="b-mia", start=datetime(2026, 9, 1, 19, 30, tzinfo=PLUS2), kind="night"),
}


def _events(version: int) -> set[Event]:
    # Schema 4 added how long a breathing pause lasted; an older diary does not know it.
    pause = "10_to_20s" if version >= 4 else None
    return {
        Event(
            id="e-tap",
            baby_id="b-mia",
            sleep_id="s-nap",
            at=datetime(2026, 9, 1, 13, 5, 12, 250_000, tzinfo=PLUS2),
            kind="twitch",
            body_part="hand",
            side="left",
        ),
        Event(
            id="e-episode",
            baby_id="b-mia",
            sleep_id="s-nap",
            at=datetime(2026, 9, 1, 13, 40, tzinfo=PLUS2),
            kind="episode",
            body_part="arm",
            side="both",
            state="drowsy",
            duration_s=12.5,
            woke_baby=True,
            rhythmic=True,
            stopped_on_waking="yes",
            video="/home/parent/Videos/clip 1.mp4",
            note="both arms",
        ),
        Event(
            id="e-sign",
            baby_id="b-mia",
            sleep_id="s-nap",
            at=datetime(2026, 9, 1, 14, 10, tzinfo=PLUS2),
            kind="sign",
            signs=frozenset({"stiffening", "breathing_pause"}),
            pause_length=pause,
        ),
        Event(
            id="e-awake",
            baby_id="b-mia",
            sleep_id=None,
            at=datetime(2026, 9, 1, 16, 0, tzinfo=PLUS2),
            kind="twitch",
            body_part="foot",
            side="right",
            state="awake",
            rhythmic=False,
            stopped_on_waking="not_tried",
        ),
        Event(
            id="e-noa",
            baby_id="b-noa",
            sleep_id="s-noa",
            at=datetime(2026, 9, 2, 2, 0, tzinfo=MINUS4),
            kind="twitch",
            body_part="face",
        ),
        Event(
            id="e-night",
            baby_id="b-mia",
            sleep_id="s-night",
            at=datetime(2026, 9, 1, 21, 0, 0, 1, tzinfo=PLUS2),
            kind="twitch",
        ),
    }


def _frozen(version: int) -> Path:
    return FROZEN / f"diary-v{version}.sqlite3"


def _opened_copy(version: int, data_dir: Path) -> Path:
    data_dir.mkdir()
    shutil.copyfile(_frozen(version), data_dir / DATABASE_NAME)
    return data_dir / DATABASE_NAME


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(read_only_uri(path), uri=True) as connection:
        rows = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
    connection.close()
    return [(kind, name, " ".join(str(sql).split())) for kind, name, sql in rows]


def test_every_released_schema_version_has_its_frozen_file() -> None:
    """A new migration ships with its frozen file (python -m tests.store.frozen.build N, once)."""
    assert sorted(path.name for path in FROZEN.glob("diary-v*.sqlite3")) == sorted(
        _frozen(version).name for version in VERSIONS
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_frozen_file_is_of_its_version(version: int) -> None:
    with sqlite3.connect(read_only_uri(_frozen(version)), uri=True) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == version
    connection.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_opening_a_frozen_diary_migrates_it_and_keeps_every_record(version: int, tmp_path: Path) -> None:
    path = _opened_copy(version, tmp_path / "diary")
    with Diary(tmp_path / "diary") as diary:
        assert diary.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert diary.babies.all() == BABIES
        assert set(diary.sleeps.all()) == SLEEPS
        assert set(diary.events.all()) == _events(version)
        assert diary.sleeps.running("b-mia") == next(s for s in SLEEPS if s.id == "s-night")
        if version >= 2:  # settings came with schema 2
            assert diary.settings.get("theme") == "night"
            assert diary.settings.get("checkup_date") == "2026-10-01"
        else:
            assert diary.settings.get("theme") is None
    # The same file opens again as it is, with nothing lost on the second opening either.
    with Diary(tmp_path / "diary") as diary:
        assert len(diary.events.all()) == len(_events(version))
    copies = sorted((tmp_path / "diary" / BACKUP_DIR_NAME).glob(f"before-migration-v{version}-*.sqlite3"))
    if version < SCHEMA_VERSION:
        # The file as it was is copied before a migration touches it (style.md point 6).
        (copy,) = copies
        assert _schema(copy) == _schema(_frozen(version))
    else:
        assert copies == []
    assert path.exists()


@pytest.mark.parametrize("version", VERSIONS)
def test_a_migrated_diary_has_the_schema_of_a_new_one(version: int, tmp_path: Path) -> None:
    """An edit to a migration that has shipped shows here: old diaries would differ from new ones."""
    _opened_copy(version, tmp_path / "old")
    Diary(tmp_path / "old").close()
    Diary(tmp_path / "new").close()
    assert _schema(tmp_path / "old" / DATABASE_NAME) == _schema(tmp_path / "new" / DATABASE_NAME)


def test_the_frozen_files_hold_what_build_writes(tmp_path: Path) -> None:
    """The builder still writes the frozen files' records (so the next version's file matches)."""
    from tests.store.frozen.build import build

    for version in VERSIONS:
        built = tmp_path / f"v{version}.sqlite3"
        build(version, built)
        for table in ("baby", "sleep", "event"):
            query = f"SELECT * FROM {table} ORDER BY id"
            with (
                sqlite3.connect(read_only_uri(built), uri=True) as fresh,
                sqlite3.connect(read_only_uri(_frozen(version)), uri=True) as frozen,
            ):
                assert fresh.execute(query).fetchall() == frozen.execute(query).fetchall(), (version, table)
            fresh.close()
            frozen.close()

"""Opening the diary file: private and durable when new, upgraded after a copy, refused without a write."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from desktop.core.model import Baby, new_id
from desktop.store.connection import BACKUP_DIR_NAME, DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.errors import DamagedDatabaseError, TooNewDatabaseError
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

BIRTH = date(2026, 8, 1)
posix_only = pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes, to prove nothing was written."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@posix_only
def test_fresh_diary_is_private(data_dir: Path) -> None:
    with Diary(data_dir) as diary:
        diary.babies.add(Baby(id=new_id(), name="Mia", birth_date=BIRTH))
        assert _mode(data_dir) == 0o700
        assert _mode(data_dir / DATABASE_NAME) == 0o600
        for suffix in ("-wal", "-shm"):
            side_file = data_dir / (DATABASE_NAME + suffix)
            assert _mode(side_file) == 0o600


@posix_only
def test_existing_folder_is_tightened(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    Diary(data_dir).close()
    assert _mode(data_dir) == 0o700


def test_fresh_diary_is_durable_and_current(diary: Diary) -> None:
    """WAL with synchronous=FULL: a committed tap survives a power cut, not only a crash."""
    assert diary.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert diary.connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert diary.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert diary.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not (diary.data_dir / BACKUP_DIR_NAME).exists(), "a new diary has nothing to back up"


def _make_version_1(data_dir: Path, baby_id: str) -> Path:
    """A diary file as the first release wrote it: only the first migration, with one baby."""
    data_dir.mkdir(parents=True)
    path = data_dir / DATABASE_NAME
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    connection.execute(
        "INSERT INTO baby (id, name, birth_date, due_date, birth_weight_g, family_history, note)"
        " VALUES (?, 'Mia', '2026-08-01', '2026-08-05', 3100, 'epilepsy', 'first release')",
        (baby_id,),
    )
    connection.commit()
    connection.close()
    return path


def test_old_diary_is_upgraded_with_a_copy_first(data_dir: Path) -> None:
    baby_id = new_id()
    _make_version_1(data_dir, baby_id)

    with Diary(data_dir) as diary:
        assert diary.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        baby = diary.babies.get(baby_id)
        assert baby is not None
        assert (baby.name, baby.birth_weight_g, baby.family_history, baby.note) == (
            "Mia",
            3100,
            frozenset({"epilepsy"}),
            "first release",
        )
        diary.settings.set("checkup", "2026-10-01")  # the table the second migration added
        assert diary.settings.get("checkup") == "2026-10-01"

    copies = list((data_dir / BACKUP_DIR_NAME).iterdir())
    assert len(copies) == 1
    assert copies[0].name.startswith("before-migration-v1-")
    copy = sqlite3.connect(copies[0])
    try:
        # The copy is the diary as it was before upgrading: version 1, with the baby in it.
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT id, name FROM baby").fetchall() == [(baby_id, "Mia")]
    finally:
        copy.close()


def test_upgraded_diary_opens_again_without_another_copy(data_dir: Path) -> None:
    _make_version_1(data_dir, new_id())
    Diary(data_dir).close()
    Diary(data_dir).close()
    assert len(list((data_dir / BACKUP_DIR_NAME).iterdir())) == 1


def test_newer_diary_is_refused_and_left_unchanged(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / DATABASE_NAME
    connection = sqlite3.connect(path)
    connection.executescript("".join(MIGRATIONS) + f"\nPRAGMA user_version = {SCHEMA_VERSION + 1};")
    connection.close()
    before = _snapshot(data_dir)

    with pytest.raises(TooNewDatabaseError) as raised:
        Diary(data_dir)

    assert _snapshot(data_dir) == before
    message = str(raised.value)
    assert f"schema {SCHEMA_VERSION + 1}" in message
    assert "left unchanged" in message
    assert "\n" not in message


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()


def _sqlite_without_tables(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 1")
    connection.close()


def _corrupt_pages(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    connection.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header survives, the schema page does not
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "detail"),
    [
        (
            lambda path: path.write_bytes(b"Dear diary, tonight she twitched twice.\n"),
            "not an SQLite database",
        ),
        (lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50), ""),
        (_foreign_sqlite, "another program"),
        (_sqlite_without_tables, "tables are missing"),
        (_corrupt_pages, ""),
    ],
    ids=["text", "truncated", "foreign", "no-tables", "corrupt"],
)
def test_damaged_diary_is_refused_and_left_unchanged(
    data_dir: Path, make: Callable[[Path], object], detail: str
) -> None:
    data_dir.mkdir()
    make(data_dir / DATABASE_NAME)
    before = _snapshot(data_dir)

    with pytest.raises(DamagedDatabaseError) as raised:
        Diary(data_dir)

    assert _snapshot(data_dir) == before
    message = str(raised.value)
    assert detail in message
    assert "left unchanged" in message
    assert "twitch-diary restore" in message

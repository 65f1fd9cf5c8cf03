"""A damaged or foreign diary file is refused with a clear message and left byte-for-byte as it was."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.reliability.processes import run_cli
from tests.reliability.support import (
    newer_version,
    other_program,
    other_program_wal_versioned,
    random_bytes,
    snapshot,
    truncated,
    zeroed_after_first_page,
    zeroed_after_header,
    zeroed_last_page,
)

from desktop.store.connection import DATABASE_NAME, check_existing_file
from desktop.store.diary import Diary
from desktop.store.errors import DamagedDatabaseError, StoreError, TooNewDatabaseError
from desktop.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


DAMAGES: list[tuple[Callable[[Path], None], type[StoreError], str]] = [
    (random_bytes, DamagedDatabaseError, "not an SQLite database"),
    (truncated, DamagedDatabaseError, "malformed"),
    (zeroed_after_header, DamagedDatabaseError, "malformed"),
    (zeroed_after_first_page, DamagedDatabaseError, "malformed"),
    (other_program, DamagedDatabaseError, "another program"),
    (other_program_wal_versioned, DamagedDatabaseError, "another program"),
    (newer_version, TooNewDatabaseError, "newer Twitch Diary"),
]


@pytest.fixture(params=DAMAGES, ids=[damage.__name__ for damage, _, _ in DAMAGES])
def damaged(request: pytest.FixtureRequest, filled_dir: Path) -> tuple[Path, type[StoreError], str]:
    """A data directory whose diary file was damaged (or replaced) in one of the ways above."""
    damage, error, words = request.param
    damage(filled_dir / DATABASE_NAME)
    return filled_dir, error, words


def test_opening_a_damaged_file_is_refused_and_changes_nothing(
    damaged: tuple[Path, type[StoreError], str],
) -> None:
    data_dir, error_type, words = damaged
    before = snapshot(data_dir)
    with pytest.raises(error_type) as caught:
        Diary(data_dir)
    message = str(caught.value)
    assert str(data_dir / DATABASE_NAME) in message
    assert words in message
    assert "left unchanged" in message
    # Says what to do: restore a backup (damaged) or install the newer version (too new).
    assert "restore" in message or "newer version" in message
    # Byte-for-byte unchanged and no -wal, -shm or journal file created next to it.
    assert snapshot(data_dir) == before


def test_the_check_itself_creates_no_file_beside_a_wal_mode_file(filled_dir: Path) -> None:
    newer_version(filled_dir / DATABASE_NAME)
    before = snapshot(filled_dir)
    with pytest.raises(TooNewDatabaseError):
        check_existing_file(filled_dir / DATABASE_NAME)
    assert snapshot(filled_dir) == before


def test_a_healthy_diary_passes_the_check(filled_dir: Path) -> None:
    assert check_existing_file(filled_dir / DATABASE_NAME) == SCHEMA_VERSION
    with Diary(filled_dir) as diary:
        assert len(diary.events.all()) == 800


@pytest.mark.slow
def test_command_line_refuses_a_damaged_file_in_one_line(damaged: tuple[Path, type[StoreError], str]) -> None:
    data_dir, _, words = damaged
    before = snapshot(data_dir)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "babies"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(data_dir / DATABASE_NAME) in lines[0]
    assert words in lines[0]
    assert "Traceback" not in result.stderr
    assert snapshot(data_dir) == before


@pytest.mark.slow
def test_damage_found_mid_query_is_one_clear_line_not_a_traceback(filled_dir: Path, tmp_path: Path) -> None:
    zeroed_last_page(filled_dir / DATABASE_NAME)
    before = snapshot(filled_dir)
    result = run_cli("--data-dir", str(filled_dir), "export", str(tmp_path / "all.json"))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert str(filled_dir / DATABASE_NAME) in line
    assert "malformed" in line and "restore" in line
    assert snapshot(filled_dir) == before
    assert not (tmp_path / "all.json").exists()


def test_damage_found_mid_query_is_a_store_error(filled_dir: Path) -> None:
    zeroed_last_page(filled_dir / DATABASE_NAME)
    # Usually the full read meets the zeroed page; now and then the check at opening does first
    # (its probe of an index fetches one row, which the random ids may put on that page).
    with pytest.raises(DamagedDatabaseError) as caught, Diary(filled_dir) as diary:
        diary.events.all()
    assert caught.value.path == filled_dir / DATABASE_NAME

"""The diary's folder and files: private whatever the umask, and no planted symbolic link followed."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.exchange.timetext import TimeTextError, parse_date, parse_instant
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary
from desktop.store.errors import DamagedDatabaseError, WriteFailedError
from desktop.store.lock import LOCK_NAME, DataDirLock


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The process's umask set to 000 (everything made world-writable) for the test."""
    before = os.umask(0)
    try:
        yield
    finally:
        os.umask(before)


@pytest.mark.usefixtures("open_umask")
def test_every_folder_made_for_the_diary_is_0700_whatever_the_umask(tmp_path: Path) -> None:
    # Fails without the fix: the parents mkdir(parents=True) made were 0777 under umask 000.
    data_dir = tmp_path / "a" / "b" / "diary"
    with Diary(data_dir):
        pass
    for folder in (tmp_path / "a", tmp_path / "a" / "b", data_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE((data_dir / DATABASE_NAME).stat().st_mode) == 0o600


def test_a_lock_file_planted_as_a_symlink_is_refused_and_its_target_kept(tmp_path: Path) -> None:
    # Fails without the fix: the lock followed the link and truncated the file it points to.
    data_dir = tmp_path / "diary"
    data_dir.mkdir()
    target = tmp_path / "precious.txt"
    target.write_text("the parent's notes\n")
    (data_dir / LOCK_NAME).symlink_to(target)
    with pytest.raises(WriteFailedError) as refused:
        DataDirLock(data_dir).acquire()
    assert "symbolic link" in str(refused.value)
    assert target.read_text() == "the parent's notes\n"


@pytest.mark.parametrize("points_to", ["empty", "missing"])
def test_a_diary_file_that_links_to_an_empty_or_missing_file_is_refused(
    tmp_path: Path, points_to: str
) -> None:
    # Fails without the fix: SQLite wrote a new diary into the link's target.
    data_dir = tmp_path / "diary"
    data_dir.mkdir()
    target = tmp_path / "elsewhere.sqlite3"
    if points_to == "empty":
        target.write_bytes(b"")
    (data_dir / DATABASE_NAME).symlink_to(target)
    with pytest.raises(DamagedDatabaseError) as refused:
        Diary(data_dir)
    assert "symbolic link" in str(refused.value)
    assert not target.exists() or target.stat().st_size == 0


@pytest.mark.parametrize(
    "text", ["٢٠٢٦-٠٨-٠١", "２０２６-０８-０１", "2026-٠٨-01", "۲۰۲۶-۰۸-۰۱"]
)  # Arabic-Indic, full-width, mixed, Persian
def test_dates_in_other_digits_are_refused_by_the_exchange_format(text: str) -> None:
    # Fails without the fix: "٢٠٢٦-٠٨-٠١" was read as 2026-08-01.
    with pytest.raises(TimeTextError):
        parse_date(text)
    with pytest.raises(TimeTextError):
        parse_instant(f"{text}T12:00:00+02:00")

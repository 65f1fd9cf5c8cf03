"""The diary's one change stamp: it moves on every write, here or in another process, and only then."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.core.model import Baby, new_id
from desktop.store.diary import Diary


def test_the_stamp_moves_on_a_write_and_stays_on_reads(tmp_path: Path) -> None:
    with Diary(tmp_path) as diary:
        before = diary.change_stamp()
        diary.babies.all()
        assert diary.change_stamp() == before
        diary.babies.add(Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1)))
        assert diary.change_stamp() != before


def test_the_stamp_moves_when_another_process_writes(tmp_path: Path) -> None:
    """A command-line import (another connection) changes what the window must show."""
    with Diary(tmp_path) as window, Diary(tmp_path) as command:
        before = window.change_stamp()
        command.babies.add(Baby(id=new_id(), name="Noa", birth_date=date(2026, 5, 10)))
        after = window.change_stamp()
        assert after != before
        assert window.change_stamp() == after  # and then stays, until the next change

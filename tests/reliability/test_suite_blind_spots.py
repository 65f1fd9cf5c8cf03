"""Checks a mutation run found missing: retention as the README's numbers, flushes before renames,
BEGIN IMMEDIATE, and an import's checks inside its own write transaction.

Each test here fails on a mutant that the rest of the suite let through (noted on each).
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from tests.reliability.processes import ROOT
from tests.reliability.strace import STRACE, strace_works

from desktop.core.model import Baby, new_id
from desktop.exchange import json_import
from desktop.store.backup import backup_if_due, list_backups
from desktop.store.connection import write_transaction
from desktop.store.diary import Diary


def test_sixty_days_keep_exactly_seven_daily_and_four_weekly_copies(data_dir: Path) -> None:
    # The README's promise as literal numbers: the module's own constants set to keep 1 daily and
    # 0 weekly made the older test pass.
    with Diary(data_dir) as diary:
        diary.babies.add(Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1)))
        morning = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
        days = [morning - timedelta(days=n) for n in range(59, -1, -1)]
        for day in days:
            backup_if_due(diary, day)
    kept = [b for b in list_backups(data_dir) if b.kind == "daily"]
    assert len(kept) == 11
    newest = [b.taken_at for b in kept[:7]]
    assert newest == [morning - timedelta(days=n) for n in range(7)]
    older_weeks = [b.taken_at.isocalendar()[:2] for b in kept[7:]]
    assert len(older_weeks) == 4 and len(set(older_weeks)) == 4


EXPORT_AND_BACKUP = """
import sys
from datetime import datetime
from pathlib import Path
from desktop.app import main
from desktop.store.backup import make_backup
from desktop.store.diary import Diary
assert main(["--data-dir", sys.argv[1], "export", sys.argv[2]]) == 0
with Diary(Path(sys.argv[1])) as diary:
    make_backup(diary, datetime(2026, 11, 24, 7, 30).astimezone())
"""


@pytest.mark.slow
@pytest.mark.skipif(not strace_works(), reason="strace is missing or cannot trace here")
def test_exports_and_backups_are_flushed_before_their_rename(filled_dir: Path, tmp_path: Path) -> None:
    # Removing the fsync before os.replace in the export or the backup copy went unnoticed.
    assert STRACE is not None
    log = tmp_path / "calls.txt"
    subprocess.run(
        [STRACE, "-f", "-qq", "-y", "-o", str(log), "-e", "trace=fsync,fdatasync,rename,renameat,renameat2",
         sys.executable, "-c", EXPORT_AND_BACKUP, str(filled_dir), str(tmp_path / "out.json")],
        cwd=ROOT, check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    calls = log.read_text().splitlines()
    flushed: set[str] = set()  # names of the files flushed so far
    renamed: list[str] = []
    for call in calls:
        flush = re.search(r"f(?:data)?sync\(\d+<([^>]+)>\)", call)
        if flush:
            flushed.add(Path(flush[1]).name)
        move = re.search(r"rename(?:at2?)?\((?:(?:AT_FDCWD|\d+<[^>]*>), )?\"([^\"]+)\"", call)
        if move and move[1].endswith(".partial"):
            assert Path(move[1]).name in flushed, f"renamed before it was flushed: {call}"
            renamed.append(Path(move[1]).name)
    assert any(name.startswith(".out.json.") for name in renamed), calls
    assert any(name.startswith("daily-") for name in renamed), calls


def test_a_write_transaction_takes_the_write_lock_at_begin(filled_dir: Path) -> None:
    # A plain (deferred) BEGIN passed: another writer could slip in between a check and the write.
    with Diary(filled_dir) as diary, write_transaction(diary.connection):
        other = sqlite3.connect(filled_dir / "diary.sqlite3", timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_an_imports_checks_run_inside_its_write_transaction(
    filled_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Moving plan_import (the checks against the diary) before the transaction passed.
    seen: list[bool] = []
    real = json_import.plan_import

    def watched(diary: Diary, *args: object, **kwargs: object) -> object:
        seen.append(diary.connection.in_transaction)
        return real(diary, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(json_import, "plan_import", watched)
    with Diary(filled_dir) as diary:
        baby = diary.babies.all()[0]
        document = {"format": "twitch-diary", "version": 1, "babies": [], "sleeps": [], "events": []}
        json_import.import_document(diary, document)
        assert baby.id
    assert seen == [True]

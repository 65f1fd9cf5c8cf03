"""A crash at every flush and rename of every writing command leaves the diary whole, old or new.

Each command runs for real under strace, SIGKILLed on entering its Nth call of one kind (fsync,
fdatasync, rename, link, unlink), for every N until it runs to its end; after each kill the next
open must find the diary whole with either the content from before or the content after.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.reliability.strace import killed, run_killed_at, strace_works
from tests.reliability.support import fill

from desktop.store.backup import check_backup, list_backups, make_backup
from desktop.store.connection import DATABASE_NAME, read_only_uri
from desktop.store.diary import Diary
from desktop.store.schema import SCHEMA_VERSION

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not strace_works(), reason="strace is missing or cannot trace here"),
]

BERLIN = timezone(timedelta(hours=1))
MORNING = datetime(2026, 11, 23, 7, 30, tzinfo=BERLIN)
FROZEN_V1 = Path(__file__).resolve().parents[1] / "store" / "frozen" / "diary-v1.sqlite3"
# The restore's own steps: flushes, renames, and the links and removals of its swap.
STEPS = ("fsync", "fdatasync", "rename", "link", "unlink")
MAX_STEPS = 60  # a command that never finishes under the sweep is a test failure, not a hang


def _event_count(data_dir: Path) -> int:
    """Open the diary as the next start does (recovering what a crash left) and count its events."""
    with Diary(data_dir) as diary:
        assert diary.connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        version = diary.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
        return len(diary.events.all())


def _sweep(template: Path, work: Path, args: Callable[[Path], list[str]], check: Callable[[Path, bool], None],
           code: str | None = None) -> int:  # fmt: skip
    """Run the command killed at each step of each kind on a fresh copy of ``template``; returns the kills."""
    kills = 0
    for syscall in STEPS:
        for step in range(1, MAX_STEPS + 1):
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(template, work, symlinks=True)
            data_dir = work / "data"
            result = run_killed_at(syscall, step, *args(data_dir), code=code)
            if not killed(result):
                assert result.returncode == 0, (syscall, step, result.stderr)
                check(data_dir, True)
                break
            kills += 1
            check(data_dir, False)
        else:
            pytest.fail(f"still killed at the {MAX_STEPS}th {syscall}")
    return kills


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """A folder ``data`` with a diary of 800 events, a daily backup of it, then 5 more taps."""
    data_dir = tmp_path / "template" / "data"
    with Diary(data_dir) as diary:
        baby = fill(diary)
        make_backup(diary, MORNING)
        from desktop.core.model import Event, new_id

        for minute in range(5):
            diary.events.add(
                Event(id=new_id(), baby_id=baby.id, sleep_id=None, at=MORNING + timedelta(minutes=minute),
                      kind="twitch", state="awake")
            )  # fmt: skip
    return data_dir.parent


def test_restore_killed_at_any_step_leaves_the_old_or_the_new_diary(template: Path, tmp_path: Path) -> None:
    # Fails without the crash-safe swap: killed between moving the diary aside and putting the
    # backup in its place, the next open made an empty diary (0 events).
    (backup,) = [b.name for b in list_backups(template / "data")]

    def check(data_dir: Path, finished: bool) -> None:
        count = _event_count(data_dir)
        assert count == 800 if finished else count in (800, 805), count
        # The taps logged after the backup are never lost: in the diary or in the file set aside.
        kept = [b for b in list_backups(data_dir) if b.kind == "before-restore"]
        if count == 800:
            (aside,) = kept
            with sqlite3.connect(read_only_uri(aside.path), uri=True) as probe:
                assert probe.execute("SELECT COUNT(*) FROM event").fetchone()[0] == 805
            probe.close()
        leftovers = [*data_dir.glob("*.restoring*"), *data_dir.glob("*.restore-plan*")]
        assert not leftovers, leftovers  # the next open finished or dropped what the crash left

    kills = _sweep(template, tmp_path / "work", lambda d: ["--data-dir", str(d), "restore", backup], check)
    assert kills >= 8  # the sweep did reach the swap's steps


def test_import_killed_at_any_step_leaves_the_old_or_the_new_diary(template: Path, tmp_path: Path) -> None:
    document = {
        "format": "twitch-diary",
        "version": 1,
        "babies": [{"id": "00000000-0000-4000-8000-000000000001", "name": "Leo", "birth_date": "2026-08-01"}],
        "sleeps": [],
        "events": [
            {"id": f"10000000-0000-4000-8000-{n:012d}", "baby_id": "00000000-0000-4000-8000-000000000001",
             "sleep_id": None, "at": "2026-09-01T12:00:00+02:00", "kind": "twitch", "state": "awake"}
            for n in range(30)
        ],
    }  # fmt: skip
    source = tmp_path / "import.json"
    source.write_text(json.dumps(document), encoding="utf-8")

    def check(data_dir: Path, finished: bool) -> None:
        count = _event_count(data_dir)
        assert count == 835 if finished else count in (805, 835), count

    _sweep(template, tmp_path / "work", lambda d: ["--data-dir", str(d), "import", str(source)], check)


def test_export_killed_at_any_step_leaves_no_half_file(template: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"

    def check(data_dir: Path, finished: bool) -> None:
        assert _event_count(data_dir) == 805
        if finished or target.exists():
            # Whatever is under the export's name is a whole export, never a cut-off one.
            assert len(json.loads(target.read_text(encoding="utf-8"))["events"]) == 805
        target.unlink(missing_ok=True)
        assert not list(tmp_path.glob("out.json*[!n]"))

    _sweep(template, tmp_path / "work", lambda d: ["--data-dir", str(d), "export", str(target)], check)


BACKUP = """
import sys
from datetime import datetime
from pathlib import Path
from desktop.store.backup import make_backup
from desktop.store.diary import Diary
with Diary(Path(sys.argv[1])) as diary:
    make_backup(diary, datetime(2026, 11, 24, 7, 30).astimezone())
"""


def test_daily_backup_killed_at_any_step_leaves_the_diary_and_only_whole_backups(
    template: Path, tmp_path: Path
) -> None:
    def check(data_dir: Path, finished: bool) -> None:
        assert _event_count(data_dir) == 805
        backups = list_backups(data_dir)
        for backup in backups:
            check_backup(backup.path)  # no half-written copy is ever listed
        assert len(backups) == (2 if finished else len(backups))
        # A copy cut off by the crash is cleaned away by the next backup.
        with Diary(data_dir) as diary:
            make_backup(diary, datetime(2026, 11, 25, 7, 30, tzinfo=BERLIN))
        assert not list((data_dir / "backups").glob("*.partial*"))

    _sweep(template, tmp_path / "work", lambda d: [str(d)], check, code=BACKUP)


def test_first_open_and_migration_killed_at_any_step_leave_a_diary_that_opens(tmp_path: Path) -> None:
    template = tmp_path / "template"
    (template / "data").mkdir(parents=True)
    shutil.copy(FROZEN_V1, template / "data" / DATABASE_NAME)
    with sqlite3.connect(read_only_uri(FROZEN_V1), uri=True) as probe:
        events = probe.execute("SELECT COUNT(*) FROM event").fetchone()[0]
    probe.close()

    def check(data_dir: Path, finished: bool) -> None:
        assert _event_count(data_dir) == events

    _sweep(template, tmp_path / "work", lambda d: ["--data-dir", str(d), "babies"], check)
    empty = tmp_path / "empty"
    empty.mkdir()

    def check_new(data_dir: Path, finished: bool) -> None:
        assert _event_count(data_dir) == 0

    _sweep(empty, tmp_path / "work-new", lambda d: ["--data-dir", str(d), "babies"], check_new)


def test_a_big_version_2_import_killed_at_any_step_leaves_the_old_or_the_new_diary(
    template: Path, tmp_path: Path
) -> None:
    """3,000 new events: the write sets the event table's triggers and indexes aside, then remakes them."""
    baby_id = "00000000-0000-4000-8000-000000000002"
    stamp = {"changed_at": "2026-09-02T08:00:00.000+02:00", "changed_by": "0a0b0c0d0e"}
    document = {
        "format": "twitch-diary",
        "version": 2,
        "babies": [{"id": baby_id, "name": "Ada", "birth_date": "2026-08-01", **stamp}],
        "sleeps": [],
        "events": [
            {"id": f"20000000-0000-4000-8000-{n:012d}", "baby_id": baby_id, "sleep_id": None,
             "at": f"2026-09-01T12:{n // 60 % 60:02d}:{n % 60:02d}+02:00", "kind": "twitch", "state": "awake",
             **stamp}
            for n in range(3000)
        ],
        "deleted": [],
    }  # fmt: skip
    source = tmp_path / "import-v2.json"
    source.write_text(json.dumps(document), encoding="utf-8")

    def check(data_dir: Path, finished: bool) -> None:
        count = _event_count(data_dir)
        assert count == 3805 if finished else count in (805, 3805), count
        with sqlite3.connect(read_only_uri(data_dir / DATABASE_NAME), uri=True) as probe:
            query = "SELECT name FROM sqlite_master WHERE tbl_name = 'event'"
            names = {str(row[0]) for row in probe.execute(query)}
        assert {"event_by_baby_at", "event_by_sleep", "event_stamp_new", "event_stamp_delete"} <= names

    command = lambda d: ["--data-dir", str(d), "import", str(source)]  # noqa: E731
    kills = _sweep(template, tmp_path / "work", command, check)
    assert kills >= 3  # the sweep did reach the write's flushes

"""Every write path holds the folder's lock: two processes racing never lose what one was told is saved.

Each race is real: the first command runs under strace with its flushes slowed (a slow disk), so
the second one starts while the first is mid-way, deterministically.
"""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from tests.reliability.processes import run_cli, start_python
from tests.reliability.strace import start_slowed, strace_works, wait_for

from desktop.store.backup import make_backup
from desktop.store.connection import DATABASE_NAME
from desktop.store.diary import Diary

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not strace_works(), reason="strace is missing or cannot trace here"),
]

# What the app does when it starts (run_app): take the folder's lock, open the diary, then log a
# baby and taps, each committed before it is printed; or say it was refused.
APP_WRITER = """
import sys
from datetime import date, datetime
from pathlib import Path
from desktop.core.model import Baby, Event, new_id
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.store.lock import DataDirLock
data_dir = Path(sys.argv[1])
try:
    lock = DataDirLock(data_dir)
    lock.acquire()
except StoreError as error:
    print("refused", error, flush=True)
    sys.exit(0)
diary = Diary(data_dir)
baby = Baby(id=new_id(), name="Ada", birth_date=date(2026, 8, 1))
diary.babies.add(baby)
for _ in range(20):
    event = Event(id=new_id(), baby_id=baby.id, sleep_id=None, at=datetime.now().astimezone(),
                  kind="twitch", state="awake")
    diary.events.add(event)
    print("tap", event.id, flush=True)
"""


def _lines(child: subprocess.Popen[str]) -> tuple[list[str], str]:
    out, err = child.communicate(timeout=120)
    return out.splitlines(), err


def _stored_event_ids(data_dir: Path) -> set[str]:
    if not (data_dir / DATABASE_NAME).exists():
        return set()
    with Diary(data_dir) as diary:
        return {event.id for event in diary.events.all()}


def _document(babies: int, bad: bool) -> dict[str, object]:
    """An exchange document with a baby and ``babies`` more; ``bad`` makes its last event invalid."""
    ids = [f"00000000-0000-4000-8000-{n:012d}" for n in range(babies + 1)]
    events = [
        {"id": f"10000000-0000-4000-8000-{n:012d}", "baby_id": ids[0], "sleep_id": None,
         "at": "2026-09-01T12:00:00+02:00", "kind": "twitch", "state": "awake"}
        for n in range(30)
    ]  # fmt: skip
    if bad:
        events[-1]["at"] = "not a time"
    return {
        "format": "twitch-diary",
        "version": 1,
        "babies": [{"id": i, "name": f"Baby {n}", "birth_date": "2026-08-01"} for n, i in enumerate(ids)],
        "sleeps": [],
        "events": events,
    }


def _write(path: Path, document: dict[str, object]) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_refused_first_import_never_removes_a_diary_the_app_wrote_to(tmp_path: Path) -> None:
    # Fails without the fix: the import held no lock, the app opened the new file and logged 20
    # taps, then the import's clean-up removed the file under it.
    data_dir = tmp_path / "diary"
    bad = _write(tmp_path / "bad.json", _document(0, bad=True))
    bad_document = json.loads(bad.read_text())
    bad_document["events"][-1]["at"] = "2026-09-01T12:00:00+02:00"
    bad_document["babies"][0]["birth_date"] = "2026-13-01"  # refused in the transaction's checks
    _write(bad, bad_document)
    with start_slowed("--data-dir", str(data_dir), "import", str(bad)) as importing:
        wait_for(data_dir / DATABASE_NAME, importing)
        with start_python(APP_WRITER, str(data_dir)) as app:
            lines, err = _lines(app)
        _out, import_err = importing.communicate(timeout=120)
    assert importing.returncode == 1 and "nothing was imported" in import_err
    confirmed = {line.split()[1] for line in lines if line.startswith("tap ")}
    assert confirmed <= _stored_event_ids(data_dir), "taps shown as logged are gone"
    if not confirmed:
        (line,) = lines
        assert line.startswith("refused") and "busy with an import" in line, (lines, err)
        # The refused import took away only the empty diary it had made itself.
        assert not data_dir.exists()


def test_two_first_imports_at_once_never_lose_the_good_one(tmp_path: Path) -> None:
    # Fails without the fix: the bad one's clean-up removed the file the good one had filled.
    data_dir = tmp_path / "diary"
    bad_document = _document(0, bad=False)
    bad_document["babies"][0]["birth_date"] = "2026-13-01"
    bad = _write(tmp_path / "bad.json", bad_document)
    good = _write(
        tmp_path / "good.json",
        _document(0, bad=False)
        | {
            "babies": [
                {"id": "00000000-0000-4000-8000-000000000000", "name": "Mia", "birth_date": "2026-08-01"}
            ]
        },
    )
    with start_slowed("--data-dir", str(data_dir), "import", str(bad)) as first:
        wait_for(data_dir / DATABASE_NAME, first)
        second = run_cli("--data-dir", str(data_dir), "import", str(good))
        first.communicate(timeout=120)
    assert first.returncode == 1
    if second.returncode == 0:
        assert "Imported 1 baby" in second.stdout
        assert len(_stored_event_ids(data_dir)) == 30, "the import said it was done, yet nothing is left"
    else:
        (line,) = second.stderr.splitlines()
        assert "busy with an import" in line and "Nothing was imported" in line
    # Either way, once the bad import is gone the good one goes through.
    assert run_cli("--data-dir", str(data_dir), "import", str(good)).returncode == 0
    assert len(_stored_event_ids(data_dir)) == 30


def test_restore_waits_for_a_running_import_and_the_import_lands_in_the_diary(
    filled_dir: Path, tmp_path: Path
) -> None:
    # Fails without the fix: restore swapped the file mid-import; the import's records went to
    # the file it set aside.
    with Diary(filled_dir) as diary:
        backup = make_backup(diary, diary_time())
        before = {event.id for event in diary.events.all()}
    good = _write(tmp_path / "good.json", _document(0, bad=False))
    with start_slowed("--data-dir", str(filled_dir), "import", str(good)) as importing:
        wait_for(filled_dir / f"{DATABASE_NAME}-wal", importing)  # the import is writing
        restore = run_cli("--data-dir", str(filled_dir), "restore", backup.name)
        _out, import_err = importing.communicate(timeout=120)
    assert importing.returncode == 0, import_err
    stored = _stored_event_ids(filled_dir)
    if restore.returncode == 0:
        pytest.fail(f"the restore ran during the import: {restore.stdout}")
    (line,) = restore.stderr.splitlines()
    assert "busy with an import" in line and "Nothing was changed" in line
    assert len(stored - before) == 30, "the import's records are not in the diary"


def diary_time() -> datetime:
    """Now, in local time."""
    return datetime.now().astimezone()


def _count_everywhere(data_dir: Path) -> tuple[int, list[int]]:
    """The events in the diary, and in each file a restore kept aside (all opened read-only)."""
    from desktop.store.backup import count_records, list_backups

    with Diary(data_dir) as diary:
        assert diary.connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        in_diary = len(diary.events.all())
    aside = [count_records(b.path).events for b in list_backups(data_dir) if b.kind == "before-restore"]
    return in_diary, aside


PAIRS = [
    ("import", "import"),
    ("import", "restore"),
    ("restore", "import"),
    ("restore", "restore"),
    ("import", "export"),
    ("restore", "export"),
    ("restore", "babies"),
]


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=[f"{a}-then-{b}" for a, b in PAIRS])
def test_two_commands_racing_lose_nothing_and_say_what_they_did(
    filled_dir: Path, tmp_path: Path, first: str, second: str
) -> None:
    """The first command is slowed at each flush; the second starts while it is mid-way."""
    with Diary(filled_dir) as diary:
        backup = make_backup(diary, diary_time()).name
    good = _write(tmp_path / "good.json", _document(0, bad=False))
    args = {
        "import": ["import", str(good)],
        "restore": ["restore", backup],
        "export": ["export", str(tmp_path / "out.json")],
        "babies": ["babies"],
    }
    # What shows the first command is under way: the file it writes first.
    started = {
        "import": filled_dir / f"{DATABASE_NAME}-wal",
        "restore": filled_dir / f"{DATABASE_NAME}.restoring.partial",
    }
    with start_slowed("--data-dir", str(filled_dir), *args[first], delay_s=0.5) as running:
        wait_for(started[first], running)
        other = run_cli("--data-dir", str(filled_dir), *args[second])
        _out, first_err = running.communicate(timeout=180)
    assert running.returncode == 0, first_err
    if other.returncode != 0:
        (line,) = other.stderr.splitlines()  # refused in one line, naming who is busy
        assert "busy with" in line, line
        assert second in ("export", "babies") or "othing was" in line, line
    elif second == "export":
        # A reader during a write sees the diary whole: before or after the other command.
        assert len(json.loads((tmp_path / "out.json").read_text())["events"]) in (800, 830)
    in_diary, aside = _count_everywhere(filled_dir)
    imported = [name for name, result in ((first, running.returncode), (second, other.returncode))
                if name == "import" and result == 0]  # fmt: skip
    # Whatever an import said it added is in the diary, or in the diary a later restore kept aside.
    expected = 800 + 30 * len(imported)
    assert in_diary == expected or expected in aside, (in_diary, aside)

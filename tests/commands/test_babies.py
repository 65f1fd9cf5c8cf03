"""``twitch-diary babies`` as a user runs it: the table and the JSON of a diary's babies."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from tests.commands.support import PROJECT_ROOT, Cli, one_line_error, snapshot

from desktop.core.model import Baby, Sleep, new_id
from desktop.store.diary import Diary


@pytest.mark.slow
def test_babies_in_a_new_diary(cli: Cli) -> None:
    result = cli.run("babies")
    assert result.returncode == 0, result.stderr
    assert "No babies" in result.stdout
    assert json.loads(cli.run("babies", "--json").stdout) == []


HOLD_LOCK = """
import sys, time
from pathlib import Path
from desktop.store.lock import DataDirLock
with DataDirLock(Path(sys.argv[1]), sys.argv[2]):
    print("HELD", flush=True)
    time.sleep(120)
"""


def _two_mias(data_dir: Path) -> tuple[str, str]:
    """A diary with Mia entered twice (as on two computers), one sleep each; their ids."""
    born = date(2026, 8, 1)
    with Diary(data_dir) as diary:
        ids = []
        for hour in (13, 16):
            baby = Baby(id=new_id(), name="Mia", birth_date=born)
            diary.babies.add(baby)
            start = datetime(2026, 9, 1, hour, tzinfo=UTC)
            diary.sleeps.add(Sleep(id=new_id(), baby_id=baby.id, start=start, end=start + timedelta(hours=1)))
            ids.append(baby.id)
    return ids[0], ids[1]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("holder", "told"),
    [("open", "close the app, then merge again"), ("sync", "busy with a sync")],
)
def test_a_merge_waits_its_turn_while_the_window_or_a_sync_holds_the_diary(
    cli: Cli, holder: str, told: str
) -> None:
    keep, other = _two_mias(cli.data_dir)
    before = snapshot(cli.data_dir)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(cli.data_dir), holder],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as holding:
        try:
            assert holding.stdout is not None and holding.stdout.readline().startswith("HELD")
            line = one_line_error(cli.run("babies", "--merge", keep, other))
            assert told in line
            assert "nothing was changed" in line.lower()
            assert snapshot(cli.data_dir) == before  # not one record moved
        finally:
            holding.kill()
    merged = cli.run("babies", "--merge", keep, other)  # once the diary is free, the merge runs
    assert merged.returncode == 0, merged.stderr
    with Diary(cli.data_dir) as diary:
        assert [baby.id for baby in diary.babies.all()] == [keep]
        assert {sleep.baby_id for sleep in diary.sleeps.all()} == {keep}

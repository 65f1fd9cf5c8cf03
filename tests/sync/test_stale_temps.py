"""A sync killed while it wrote leaves a hidden temp file in its own sub-folder; the next sync of
that device removes it once it is stale (real processes, real files). Other devices' sub-folders
are never touched: each device writes, and so cleans, only its own."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop.exchange.atomic import STALE_AFTER_S

from .support import cli, family_folders, night, ok, records

pytestmark = pytest.mark.slow


def _device_folders(shared: Path) -> list[Path]:
    return sorted(path for path in shared.iterdir() if path.is_dir())


def _plant(folder: Path, name: str, age_s: float) -> Path:
    """A temp file as a sync killed mid-write leaves it, last touched ``age_s`` ago."""
    path = folder / name
    path.write_bytes(os.urandom(64))
    moment = time.time() - age_s
    os.utime(path, (moment, moment))
    return path


def test_the_next_sync_removes_its_own_stale_temp_files_and_no_one_elses(tmp_path: Path) -> None:
    a, b, shared, passphrase = family_folders(tmp_path)
    night(a)
    ok(cli(a, "sync", str(shared), "--passphrase-file", str(passphrase)))
    ok(cli(b, "sync", str(shared), "--passphrase-file", str(passphrase)))
    (own,) = [folder for folder in _device_folders(shared) if any(folder.glob("*.tdsync"))]
    others = [folder for folder in _device_folders(shared) if folder != own]
    stale = _plant(own, ".twitch-diary-killed.partial", STALE_AFTER_S + 60)
    fresh = _plant(own, ".twitch-diary-writing.partial", 5)  # another sync of it may be writing now
    not_ours = _plant(own, "notes.partial", STALE_AFTER_S + 60)  # not a name this app makes
    elsewhere = [_plant(folder, ".twitch-diary-theirs.partial", STALE_AFTER_S + 60) for folder in others]

    night(a, taps=2)  # something new to send, so A writes a file
    ok(cli(a, "sync"))

    assert not stale.exists()
    assert fresh.exists() and not_ours.exists()
    assert all(path.exists() for path in elsewhere)
    ok(cli(b, "sync"))
    assert records(a)["event"] == records(b)["event"]  # the sync itself went on as ever

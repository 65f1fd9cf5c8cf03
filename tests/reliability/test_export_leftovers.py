"""An export killed mid-write leaves its temp copy; the next export to that file removes it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from tests.reliability.processes import run_cli
from tests.reliability.strace import killed, run_killed_at, strace_works

from desktop.exchange.atomic import STALE_AFTER_S, remove_stale_copies

pytestmark = pytest.mark.slow


def _leftovers(target: Path) -> list[Path]:
    return sorted(target.parent.glob(f".{target.name}.*.partial"))


@pytest.mark.skipif(not strace_works(), reason="needs strace allowed to trace a child (apt: strace)")
def test_a_killed_exports_copy_is_removed_by_the_next_export(filled_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "diary.json"
    target.parent.mkdir()
    for step in range(1, 6):  # the first flush of the export's own temp copy
        result = run_killed_at("fsync", step, "--data-dir", str(filled_dir), "export", str(target))
        assert killed(result), result.stderr
        if _leftovers(target):
            break
    (leftover,) = _leftovers(target)
    assert not target.exists()
    old = time.time() - STALE_AFTER_S - 60
    os.utime(leftover, (old, old))
    done = run_cli("--data-dir", str(filled_dir), "export", str(target))
    assert done.returncode == 0, done.stderr
    assert target.exists() and _leftovers(target) == []


def test_only_old_copies_of_this_file_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "diary[1].json"  # glob characters in the name match only themselves
    old_copy = tmp_path / f".{target.name}.abc123.partial"
    fresh_copy = tmp_path / f".{target.name}.def456.partial"
    other_file = tmp_path / ".other.json.abc123.partial"
    for path in (old_copy, fresh_copy, other_file):
        path.write_text("{}")
    now = time.time()
    os.utime(old_copy, (now - STALE_AFTER_S - 1, now - STALE_AFTER_S - 1))
    os.utime(other_file, (now - STALE_AFTER_S - 1, now - STALE_AFTER_S - 1))
    assert remove_stale_copies(target, now) == [old_copy]
    assert fresh_copy.exists() and other_file.exists() and not old_copy.exists()

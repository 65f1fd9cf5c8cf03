"""Putting a new diary file in place of the current one so that a crash at any moment loses neither.

``restore`` writes the new file complete and flushed as ``diary.sqlite3.restoring``, then a plan
(``diary.sqlite3.restore-plan``, naming where the current diary is kept aside), then carries the
plan out. Each step can be done again, so the next open finishes a plan a crash interrupted
(``finish_planned_swap``). Until the last rename, ``diary.sqlite3`` is the old diary; after it, the
new one; the old set (main file and its ``-wal``) is hard-linked aside before either is touched, so
it is whole there too.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Final

from desktop.store.private import fsync_dir, fsync_path

DATABASE_NAME: Final = "diary.sqlite3"
INCOMING_SUFFIX: Final = ".restoring"
PLAN_SUFFIX: Final = ".restore-plan"
COMPANIONS: Final = ("-wal", "-journal")  # the files SQLite replays into the main file on opening


def incoming_path(data_dir: Path) -> Path:
    """Where the new diary file is written before it takes the diary's place."""
    return data_dir / f"{DATABASE_NAME}{INCOMING_SUFFIX}"


def plan_path(data_dir: Path) -> Path:
    """The plan of a restore under way: one line, the name the current diary is kept aside as."""
    return data_dir / f"{DATABASE_NAME}{PLAN_SUFFIX}"


def write_plan(data_dir: Path, aside_name: str) -> None:
    """Commit to the swap: from now on an interrupted restore is finished, not undone."""
    plan = plan_path(data_dir)
    partial = plan.with_name(plan.name + ".partial")
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write(aside_name + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, plan)
    fsync_dir(data_dir)


def _read_plan(data_dir: Path) -> str | None:
    try:
        name = plan_path(data_dir).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    # Only a plain file name in the data directory: a plan is never a way to write elsewhere.
    if not name.startswith(f"{DATABASE_NAME}.before-restore-") or "/" in name or "\\" in name:
        return ""
    return name


def _keep_aside(live: Path, aside: Path) -> None:
    """Give ``live`` the second name ``aside`` (a hard link), or move it where links are not possible."""
    if aside.exists():
        return  # done before the crash: the same file under both names, or moved already
    try:
        os.link(live, aside)
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        os.replace(live, aside)  # a file system without hard links (FAT): the plan covers the gap


def carry_out(data_dir: Path) -> Path | None:
    """Finish the planned swap (each step may already be done); returns the kept-aside file.

    Returns None when there is no plan. The caller holds the data directory's lock.
    """
    name = _read_plan(data_dir)
    if name is None:
        return None
    live = data_dir / DATABASE_NAME
    incoming = incoming_path(data_dir)
    aside = data_dir / name if name else None
    if aside is not None and incoming.exists():
        # The -wal (or a hot -journal) first: whenever the kept-aside main file is there, so are
        # its last taps.
        for suffix in COMPANIONS:
            companion = live.with_name(live.name + suffix)
            if companion.exists() and companion.stat().st_size > 0:
                _keep_aside(companion, aside.with_name(aside.name + suffix))
        if live.exists():
            _keep_aside(live, aside)
        fsync_dir(data_dir)
        # The old -wal or -journal must not meet the new main file: SQLite would replay it into it.
        for suffix in (*COMPANIONS, "-shm"):
            live.with_name(live.name + suffix).unlink(missing_ok=True)
        fsync_dir(data_dir)
        os.replace(incoming, live)
        fsync_dir(data_dir)
    plan_path(data_dir).unlink(missing_ok=True)
    fsync_dir(data_dir)
    return aside


def finish_planned_swap(data_dir: Path) -> None:
    """On opening: finish a restore a crash interrupted, and drop a new file that was never planned.

    The caller holds the data directory's lock.
    """
    if plan_path(data_dir).exists():
        carry_out(data_dir)
    # A new file whose plan was never written: the restore had not begun, the diary is as it was.
    plan, incoming = plan_path(data_dir), incoming_path(data_dir)
    partial = incoming.with_name(incoming.name + ".partial")
    # The copy being written and the journal SQLite kept beside it while writing.
    leftovers = [incoming, plan.with_name(plan.name + ".partial"), partial]
    leftovers += [partial.with_name(partial.name + suffix) for suffix in ("-journal", "-wal", "-shm")]
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)


def needs_finishing(data_dir: Path) -> bool:
    """True when a restore left its plan or its new file behind."""
    incoming = incoming_path(data_dir)
    return (
        plan_path(data_dir).exists()
        or incoming.exists()
        or incoming.with_name(incoming.name + ".partial").exists()
    )


def flush(path: Path) -> None:
    """Flush the new file before the plan is written (its bytes must be on disk first)."""
    fsync_path(path)

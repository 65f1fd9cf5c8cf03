"""``--demo``: fill the separate demo diary with its sample baby before a command or the window uses it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.demo import fill_demo_diary
from desktop.store.diary import Diary
from desktop.store.errors import DiaryLockedError, StoreError
from desktop.store.lock import DataDirLock


def ensure_demo(data_dir: Path) -> None:
    """Fill the diary in ``data_dir`` with the demo baby when it has no baby yet."""
    try:
        with DataDirLock(data_dir, "demo"), Diary(data_dir) as diary:
            if not diary.babies.all():
                now = datetime.now().astimezone()
                fill_demo_diary(diary, now.date(), now=now)
    except DiaryLockedError:
        return  # the app is open on it and owns it; it then says so itself


def prepare_demo(data_dir: Path, window: bool) -> None:
    """Fill the demo diary; a damaged demo file is left for the window, which offers its backup."""
    try:
        ensure_demo(data_dir)
    except StoreError:
        if not window:
            raise

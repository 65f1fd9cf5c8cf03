"""Fixtures of the reliability tests: a closed diary file with real data."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.reliability.support import fill

from desktop.store.diary import Diary


@pytest.fixture
def filled_dir(data_dir: Path) -> Path:
    """A data directory holding a closed diary with one baby, 20 nights and 800 taps."""
    with Diary(data_dir) as diary:
        fill(diary)
    return data_dir

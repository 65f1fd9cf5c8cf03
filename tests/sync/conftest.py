"""The sync tests' shared fixture: a family of two caregivers and their shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from .support import family_folders


@pytest.fixture
def family(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    """Two caregivers' data folders (not made yet), the shared folder, and the passphrase's file."""
    return family_folders(tmp_path)

"""Shared test setup: offscreen Qt by default, temporary data directories, a diary with a baby, and
the program itself run in fresh processes (``cli``)."""

from __future__ import annotations

import os

# Tests must never open windows on a real screen unless a test asks for one (Xvfb smoke test).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from desktop.core.model import Baby, new_id
from desktop.store.diary import Diary

if TYPE_CHECKING:
    from tests.commands.support import Cli

# The command tests' shared checks are plain asserts in a helper module: let pytest explain them
# (registered before any test module imports it).
pytest.register_assert_rewrite("tests.commands.support")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data directory that does not exist yet, as on a first start."""
    return tmp_path / "data"


@pytest.fixture
def diary(data_dir: Path) -> Iterator[Diary]:
    """An open, empty diary on a real file."""
    with Diary(data_dir) as opened:
        yield opened


@pytest.fixture
def baby(diary: Diary) -> Baby:
    """A term baby stored in the diary."""
    mia = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1), due_date=date(2026, 8, 5))
    diary.babies.add(mia)
    return mia


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """The program, with a data directory that does not exist yet."""
    from tests.commands.support import Cli

    return Cli(tmp_path)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every notice the app would have shown (title, message), instead of a modal box."""
    from desktop.ui.recovery_dialog import ProblemNotice  # here: the conftest loads no Qt for every test

    messages: list[tuple[str, str]] = []

    def tell(cls: type[ProblemNotice], title: str, message: str, parent: object = None) -> None:
        messages.append((title, message))

    monkeypatch.setattr(ProblemNotice, "tell", classmethod(tell))
    return messages

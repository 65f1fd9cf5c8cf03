"""Fixtures for the exchange tests (the material itself lives in ``samples``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.exchange.samples import sample_document, snapshot

from desktop.store.diary import Diary


@pytest.fixture(scope="session")
def sample() -> Callable[[], dict[str, Any]]:
    """Build a fresh sample document (session-scoped so hypothesis tests may use it)."""
    return sample_document


@pytest.fixture(scope="session")
def rows_of() -> Callable[[Diary], dict[str, list[tuple[object, ...]]]]:
    """The ``snapshot`` function, for tests."""
    return snapshot

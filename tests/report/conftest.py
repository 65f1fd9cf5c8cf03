"""Report test setup: a Qt application before any PDF is painted, and a four-week diary for Mia."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qt_compat import qt_api
from tests.report.diary_data import Notable, fill_weeks

from desktop.core.model import Baby
from desktop.store.diary import Diary

# The last day of the test diary's four weeks: a fixed day, so every run sees the same report.
LAST_DAY = date(2026, 11, 20)


@pytest.fixture(autouse=True)
def _app(qapp: qt_api.QtWidgets.QApplication) -> None:
    """Painting a PDF needs a Qt application; pytest-qt's, so widget tests can share it."""


@pytest.fixture
def notable(diary: Diary, baby: Baby) -> Notable:
    """Mia's diary filled with four weeks ending on ``LAST_DAY``; the records the report must name."""
    return fill_weeks(diary, baby, LAST_DAY)

"""The review's status and summary are true for a term, preterm, newborn or twin baby, in every range."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot
from tests.report.babies import LAST_DAY, Kind, fill

from desktop.core.stats import DayRange
from desktop.core.summary_text import format_range
from desktop.store.diary import Diary
from desktop.ui.review.report_actions import review_target
from desktop.ui.review.view import ReviewView

KINDS = ("term", "preterm", "newborn", "twin_a", "twin_b")


@pytest.fixture(scope="module")
def kinds_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Kind]]:
    """A diary holding every kind of baby (filled once for the module)."""
    data_dir = tmp_path_factory.mktemp("review_kinds") / "data"
    return data_dir, fill(data_dir)


@pytest.fixture
def shown(
    qtbot: QtBot, kinds_dir: tuple[Path, dict[str, Kind]]
) -> Iterator[tuple[ReviewView, dict[str, Kind]]]:
    """The review on that diary, shown on ``LAST_DAY``."""
    with Diary(kinds_dir[0]) as diary:
        window = QMainWindow()
        qtbot.addWidget(window)
        view = ReviewView(diary, window)
        view.today = lambda: LAST_DAY
        window.setCentralWidget(view)
        window.resize(1000, 760)
        window.show()
        yield view, kinds_dir[1]
        window.close()


@pytest.mark.parametrize("mode", ["corrected", "chronological"])
@pytest.mark.parametrize("preset", ["7", "28", "all"])
@pytest.mark.parametrize("key", KINDS)
def test_status_and_summary_tell_the_truth(
    shown: tuple[ReviewView, dict[str, Kind]], key: str, preset: str, mode: str
) -> None:
    view, kinds = shown
    kind = kinds[key]
    view.set_baby(kind.baby)
    view.set_range(preset)
    if kind.baby.due_date is not None:
        view.set_age_mode(mode)
    corrected = view.age_mode == "corrected"
    days = view.days
    assert days is not None and days.first >= kind.baby.birth_date  # never a day before birth
    status = view.status.text()
    assert status.startswith(format_range(days))
    assert ("corrected age" in status) is corrected
    assert ("age since birth" in status) is (not corrected)
    if not corrected:
        assert "-" not in status.split("·", 1)[1]  # no negative week since birth
    current, previous = view.summaries
    assert current is not None and current.days == days
    if preset == "all":
        assert previous is None
        assert "Everything logged is shown, so there is no earlier period to compare it with." in status
    elif kind.newborn and preset == "28":
        assert previous is None
        assert f"The period starts on {kind.baby.name}'s birth date" in status
    else:
        before = days.previous()  # cut at the birth date: a newborn's week has three days before it
        assert previous is not None
        assert previous.days == DayRange(max(before.first, kind.baby.birth_date), before.last)
        assert view.comparison_note == ""
    target = review_target(kind.baby, view)
    assert target is not None
    assert target.days == days and target.everything is (preset == "all") and target.age_mode == view.age_mode


def test_a_twin_review_shows_that_twin_only(shown: tuple[ReviewView, dict[str, Kind]]) -> None:
    view, kinds = shown
    view.set_baby(kinds["twin_b"].baby)
    view.set_range("28")
    assert view.title.text() == "Review — Bea"
    assert view.summary.value("sleeps", 1) == "36"  # Bea's 12 logged days before, three sleeps each
    view.set_baby(kinds["twin_a"].baby)
    assert view.summary.value("sleeps", 1) == "84"

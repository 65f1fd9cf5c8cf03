"""The history's item models: thin adapters that pass Qt's model tester and show plain words."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.qtbot import QtBot
from tests.ui.history_support import NOW, add_sleep, at

from desktop.core.model import Baby, Event, new_id
from desktop.store.diary import Diary
from desktop.store.sleep_counts import sleep_summaries
from desktop.ui.history.event_model import EVENT_ROLE, EventTableModel
from desktop.ui.history.sleep_model import SLEEP_ROLE, SleepTableModel


def texts(model: QAbstractItemModel, row: int) -> list[str]:
    """The display text of one row."""
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def test_sleep_model_passes_the_model_tester_empty_and_full(
    qtmodeltester: object, diary: Diary, baby: Baby
) -> None:
    model = SleepTableModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    add_sleep(diary, baby, at(18, 13), at(18, 14), twitches=2, woke=1)
    add_sleep(diary, baby, at(20, 11), None, episodes=1)
    model.set_summaries(sleep_summaries(diary.connection, baby.id), NOW)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Twitches"
    assert model.index(0, 0).data(SLEEP_ROLE).running
    assert model.index(1, 4).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )


def test_sleep_model_reset_replaces_every_row(qtbot: QtBot, diary: Diary, baby: Baby) -> None:
    model = SleepTableModel()
    add_sleep(diary, baby, at(18, 13), at(18, 14))
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        model.set_summaries(sleep_summaries(diary.connection, baby.id), NOW)
    assert model.rowCount() == 1
    model.set_summaries([], NOW)
    assert model.rowCount() == 0


def test_event_model_passes_the_model_tester_and_speaks_plainly(qtmodeltester: object, baby: Baby) -> None:
    model = EventTableModel()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    episode = Event(
        id=new_id(),
        baby_id=baby.id,
        sleep_id=None,
        at=at(18, 13, 5).replace(second=12),
        kind="episode",
        body_part="whole_body",
        side="both",
        duration_s=75.0,
        woke_baby=True,
        signs=frozenset({"color_change", "stiffening"}),
        video="/clips/a.mp4",
        note="after feed",
    )
    model.set_events([episode])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert texts(model, 0) == [
        "13:05:12",
        "episode",
        "whole body",
        "both sides",
        "asleep",
        "1 min 15 s",
        "yes",
        "",
        "stiffening, colour change",
        "a.mp4",
        "after feed",
    ]
    assert model.index(0, 0).data(EVENT_ROLE) == episode
    tooltip = "Note: after feed\nVideo: /clips/a.mp4"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == tooltip

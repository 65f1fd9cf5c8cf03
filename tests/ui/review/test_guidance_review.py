"""The guidance panel inside the real review: a finding's sleep opens that sleep's timeline."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow

from desktop.core.guidance import evaluate
from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.ui.review import guidance_panel
from desktop.ui.review.guidance_panel import SLEEP_ID_ROLE, GuidancePanel
from desktop.ui.review.view import ReviewView


def test_review_has_the_guidance_tab_and_evidence_opens_the_sleep(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, mia: Baby
) -> None:
    end = datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=2)
    nap = Sleep(new_id(), mia.id, end - timedelta(hours=1), end)
    with Diary(data_dir) as diary:
        diary.sleeps.add(nap)
        diary.events.add(Event(new_id(), mia.id, nap.id, end - timedelta(minutes=30), "twitch"))
        diary.events.add(
            Event(new_id(), mia.id, nap.id, end - timedelta(minutes=20), "sign", signs=frozenset({"shaking"}))
        )
    window = open_window()
    window.actions_by_name["show_review"].trigger()
    review = window.review
    assert review is not None
    tabs = review.side_tabs
    panel = tabs.widget(tabs.count() - 1)
    assert isinstance(panel, GuidancePanel)
    assert tabs.tabText(tabs.count() - 1) == "Guidance"
    tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: not panel.held)  # judged once the review's first chart has drawn
    card = panel.card("with_other_movements")
    assert card is not None and card.finding.severity == "checkup"
    card.set_open(True)
    qtbot.waitExposed(card.evidence_list)
    item = card.evidence_list.item(0)
    assert item.data(SLEEP_ID_ROLE) == nap.id
    with qtbot.waitSignal(review.sleep_opened, timeout=5000) as opened:
        rect = card.evidence_list.visualItemRect(item)
        qtbot.mouseClick(card.evidence_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [nap.id]


def test_opening_the_review_judges_the_rules_once_after_the_first_chart(
    qtbot: QtBot, open_window: OpenWindow, mia: Baby, monkeypatch: pytest.MonkeyPatch
) -> None:
    judged: list[int] = []

    def counted(*args: Any) -> Any:
        judged.append(len(drawn))
        return evaluate(*args)

    monkeypatch.setattr(guidance_panel, "evaluate", counted)  # the panel's own name for the rules
    window = open_window()
    window.actions_by_name["show_review"].trigger()
    review = window.review
    assert isinstance(review, ReviewView)
    drawn: list[int] = []
    review.charts_drawn.connect(lambda: drawn.append(1))
    panel = window.guidance_panel
    assert panel.held and judged == []
    qtbot.waitUntil(lambda: not panel.held, timeout=5000)
    assert judged == [1]  # once, after the first chart drew
    assert panel.status_label.isVisible()  # nothing logged yet: too little to judge
    window.actions_by_name["show_bedside"].trigger()
    window.actions_by_name["show_review"].trigger()
    assert judged == [1]  # shown again with nothing new: the findings shown still hold

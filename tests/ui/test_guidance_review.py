"""The guidance panel inside the real review: a finding's sleep opens that sleep's timeline."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.store.diary import Diary
from desktop.ui.guidance_panel import SLEEP_ID_ROLE, GuidancePanel


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

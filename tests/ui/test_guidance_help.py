"""The Help menu of the real window opens "Things that may help" and "How to film an episode"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.help_pages import HELP_PAGES, HelpDialog, page_text
from desktop.ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("show_help_soothing", ["stop swaddling as soon as your baby", "hips free", "firm, flat mattress"]),
        ("show_help_filming", ["Show whether waking stops it", "whole baby", "local emergency number"]),
    ],
)  # fmt: skip
def test_help_actions_open_their_pages(
    qtbot: QtBot, window: MainWindow, action: str, expected: list[str]
) -> None:
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert "&Help" in menu_titles
    window.actions_by_name[action].trigger()
    dialog = window.late.help_menu.dialogs[action.removeprefix("show_help_")]
    assert isinstance(dialog, HelpDialog)
    qtbot.waitExposed(dialog)
    shown = " ".join(dialog.browser.toPlainText().split())
    for phrase in expected:
        assert phrase.casefold() in shown.casefold()
    # Triggering again brings the same window forward instead of stacking copies.
    window.actions_by_name[action].trigger()
    assert window.late.help_menu.dialogs[action.removeprefix("show_help_")] is dialog
    dialog.close()


def test_help_text_avoids_forbidden_phrases() -> None:
    for page in HELP_PAGES:
        text = page_text(page).casefold()
        for phrase in ("this is nothing", "this is normal", "this is a seizure"):
            assert phrase not in text

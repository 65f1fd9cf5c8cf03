"""Saving, printing and exporting the checkup report from the real window, by its shortcuts."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.report.diary_data import fill_weeks
from tests.report.pdf_text import all_words, page_words

from desktop.app import create_window
from desktop.core.model import Baby, new_id
from desktop.report.content import days_text, report_days
from desktop.store.diary import Diary
from desktop.ui.main_window import MainWindow
from desktop.ui.review.report_actions import ReportDialogs

YESTERDAY = date.today() - timedelta(days=1)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    """The real window on a diary holding Mia's four weeks up to yesterday, shown and active."""
    with Diary(data_dir) as diary:
        baby = Baby(id=new_id(), name="Mia", birth_date=date(2026, 8, 1), due_date=date(2026, 8, 5))
        diary.babies.add(baby)
        fill_weeks(diary, baby, YESTERDAY)
    opened = create_window(data_dir)
    assert isinstance(opened, MainWindow)
    qtbot.addWidget(opened)
    opened.show()
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow, timeout=5000)
    yield opened
    opened.close()


class Answers:
    """What the replaced dialogs answer, and what they were asked."""

    def __init__(self, save_to: Path | None) -> None:
        self.save_to = save_to
        self.suggested: list[Path] = []
        self.errors: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Answers:
    """Replace the file dialog and the error box (pytest-qt's note on dialogs)."""
    given = Answers(tmp_path / "report.pdf")

    def ask_save_path(
        cls: type, parent: QWidget, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        given.suggested.append(suggested)
        return given.save_to

    def show_error(cls: type, parent: QWidget, title: str, text: str) -> None:
        given.errors.append(text)

    monkeypatch.setattr(ReportDialogs, "ask_save_path", classmethod(ask_save_path))
    monkeypatch.setattr(ReportDialogs, "show_error", classmethod(show_error))
    return given


def test_ctrl_e_saves_the_report_for_the_last_four_weeks(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    with qtbot.waitSignal(window.late.report_actions.report_saved, timeout=30_000) as saved:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [str(answers.save_to)]
    assert answers.suggested[0].name == f"Mia-checkup-{date.today().isoformat()}.pdf"
    assert answers.save_to is not None
    pages = page_words(answers.save_to)
    assert 2 <= len(pages) <= 4
    assert days_text(report_days(None, None, date.today())) in pages[0]
    assert "Saved the checkup report" in window.statusBar().currentMessage()


def test_the_report_covers_the_period_and_age_the_review_shows(
    qtbot: QtBot, window: MainWindow, answers: Answers
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.review is not None
    window.review.set_range("7")  # type: ignore[attr-defined]
    window.review.set_age_mode("corrected")  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.late.report_actions.report_saved, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert answers.save_to is not None
    text = all_words(answers.save_to)
    assert days_text(report_days(date.today() - timedelta(days=6), date.today(), date.today())) in text
    assert "compared with the 7 days before" in text
    assert "Corrected age (weeks)" in text  # the charts count weeks as the review does
    assert "Age since birth (weeks)" not in text


def test_cancelling_the_file_dialog_writes_nothing(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.save_to = None
    with qtbot.assertNotEmitted(window.late.report_actions.report_saved):
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert list(tmp_path.glob("*.pdf")) == []
    assert answers.errors == []


def test_a_folder_that_cannot_be_written_is_reported(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    answers.save_to = tmp_path / "gone" / "report.pdf"
    with qtbot.waitSignal(window.late.report_actions.failed, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.errors) == 1
    assert "Nothing was written" in answers.errors[0]
    assert not (tmp_path / "gone").exists()


def test_ctrl_p_prints_the_same_report(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def ask_printer(cls: type, parent: QWidget, printer: QPrinter) -> bool:
        # The user picks "print to file" in the platform's dialog.
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(ReportDialogs, "ask_printer", classmethod(ask_printer))
    with qtbot.waitSignal(window.late.report_actions.report_printed, timeout=30_000) as done:
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert 2 <= done.args[0] <= 4
    pages = page_words(printed)
    assert len(pages) == done.args[0]
    assert "Mia" in pages[0]


def test_print_dialog_cancelled_prints_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ReportDialogs, "ask_printer", classmethod(lambda cls, parent, printer: False))
    with qtbot.assertNotEmitted(window.late.report_actions.report_printed):
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_export_csv_writes_every_event_of_the_baby(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path, data_dir: Path
) -> None:
    answers.save_to = tmp_path / "mia"  # the user typed no extension
    action = window.findChild(QAction, "export_csv")
    assert action is not None
    assert action.isEnabled()
    with qtbot.waitSignal(window.late.report_actions.csv_exported, timeout=30_000) as exported:
        action.trigger()
    written = tmp_path / "mia.csv"
    assert exported.args == [str(written)]
    with written.open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    with Diary(data_dir) as diary:
        stored = len(diary.events.all())
    assert len(rows) - 1 == stored


def test_export_sleeps_csv_writes_one_row_per_sleep(
    qtbot: QtBot, window: MainWindow, answers: Answers, tmp_path: Path, data_dir: Path
) -> None:
    answers.save_to = tmp_path / "mia-sleeps.csv"
    action = window.findChild(QAction, "export_sleeps_csv")
    assert action is not None and action.isEnabled()
    with qtbot.waitSignal(window.late.report_actions.csv_exported, timeout=30_000):
        action.trigger()
    assert answers.suggested[-1].name.endswith("-sleeps.csv")
    with answers.save_to.open(newline="", encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file))
    with Diary(data_dir) as diary:
        stored = len(diary.sleeps.all())
    assert len(rows) == stored and rows[0]["twitches_per_hour"]
    assert "Exported Mia's sleeps to" in window.statusBar().currentMessage()


def test_print_preview_paints_the_report_pages(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[int] = []

    def show_preview(cls: type, parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], int]) -> None:
        # What the preview dialog does on paintRequested, onto a PDF printer we can read back.
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        shown.append(paint(printer))

    monkeypatch.setattr(ReportDialogs, "show_preview", classmethod(show_preview))
    action = window.findChild(QAction, "preview_report")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+P"
    with qtbot.waitSignal(window.late.report_actions.preview_painted, timeout=30_000) as painted:
        action.trigger()
    assert shown == painted.args and 2 <= shown[0] <= 4
    pages = page_words(tmp_path / "preview.pdf")
    assert len(pages) == shown[0] and "Mia" in pages[0]


def test_report_commands_sit_in_the_diary_menu_beside_export(window: MainWindow) -> None:
    names = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and "export_report" in [a.objectName() for a in menu.actions()]:
            names = [a.objectName() for a in menu.actions()]
    position = names.index("export_report")
    assert names[position : position + 5] == [
        "export_report",
        "print_report",
        "preview_report",
        "export_csv",
        "export_sleeps_csv",
    ]
    shortcuts = {
        name: window.findChild(QAction, name).shortcut().toString() for name in names[position : position + 2]
    }  # type: ignore[union-attr]
    assert shortcuts == {"export_report": "Ctrl+E", "print_report": "Ctrl+P"}

"""Checkup report commands of the main window: save the PDF, print it, export CSV for the review's period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from desktop.core.model import Baby
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui.translation import translate
from desktop.ui.user_folders import documents_folder

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop.core.stats import DayRange
    from desktop.report.content import ReportContent
    from desktop.ui.review.view import ReviewView

PRINT_REPORT: Final = "print_report"
PREVIEW_REPORT: Final = "preview_report"
EXPORT_CSV: Final = "export_csv"
EXPORT_SLEEPS_CSV: Final = "export_sleeps_csv"
EXPORT_REPORT: Final = "export_report"


@dataclass(frozen=True)
class ReportTarget:
    """Whose report, over which days: what the review shows when a report command runs."""

    baby: Baby
    days: DayRange
    age_mode: str | None = None  # the review's age axis (corrected or chronological), if chosen
    everything: bool = False  # the review shows everything logged: nothing to compare it with


# Returns the baby and days the review shows, or None when no baby is chosen yet.
TargetSource = Callable[[], ReportTarget | None]


class ReportDialogs:
    """The dialogs the report commands open; tests replace these classmethods (pytest-qt note_dialogs)."""

    @classmethod
    def ask_save_path(cls, parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Ask where to save a file; None when the user cancels."""
        from desktop.ui import file_dialogs  # dialogs are imported when asked: quicker start

        answer = file_dialogs.save_file(parent, title, str(suggested), file_filter)
        return Path(answer[0]) if answer else None

    @classmethod
    def ask_printer(cls, parent: QWidget, printer: QPrinter) -> bool:
        """Show the platform's print dialog for ``printer``; True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("ReportActions", "Print checkup report"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    @classmethod
    def show_preview(cls, parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], int]) -> None:
        """Show the report's pages as they will print; ``paint`` draws them onto the printer given."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(translate("ReportActions", "Checkup report: print preview"))
        dialog.paintRequested.connect(paint)
        dialog.resize(900, 1000)
        dialog.exec()

    @classmethod
    def show_error(cls, parent: QWidget, title: str, text: str) -> None:
        """Tell the user a command failed and that nothing was lost."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)


def suggested_name(target: ReportTarget, suffix: str) -> str:
    """A file name that says whose report and which days, e.g. ``Mia-checkup-2026-11-23.pdf``."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in target.baby.name).strip("-") or "baby"
    return f"{safe}-checkup-{target.days.last.isoformat()}{suffix}"


class ReportActions(QObject):
    """Saves, prints and exports the checkup report for the baby and period the review shows.

    Signals:
        report_saved(str): a PDF was written to this path.
        report_printed(int): the report was sent to a printer; the page count.
        preview_painted(int): the print preview drew the report; the page count.
        csv_exported(str): a CSV export (of events or of sleeps) was written to this path.
        failed(str): a command failed; the message the user saw.
    """

    report_saved = Signal(str)
    report_printed = Signal(int)
    preview_painted = Signal(int)
    csv_exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self, window: QMainWindow, diary: Diary, target: TargetSource, folder: Path | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._diary = diary
        self._target = target
        self._folder = folder or documents_folder()
        export = window.findChild(QAction, EXPORT_REPORT)
        if export is None:
            export = self._new_action(
                EXPORT_REPORT, translate("ReportActions", "&Export checkup report…"), "Ctrl+E"
            )
        self.export_action = export
        self.print_action = self._new_action(
            PRINT_REPORT, translate("ReportActions", "&Print checkup report…"), "Ctrl+P"
        )
        self.preview_action = self._new_action(
            PREVIEW_REPORT, translate("ReportActions", "Print pre&view…"), "Ctrl+Shift+P"
        )
        self.csv_action = self._new_action(
            EXPORT_CSV, translate("ReportActions", "Export events as &CSV…"), ""
        )
        self.sleeps_csv_action = self._new_action(
            EXPORT_SLEEPS_CSV, translate("ReportActions", "Export &sleeps as CSV…"), ""
        )
        self.print_action.setToolTip(
            translate("ReportActions", "Print the checkup report for the review's period")
        )
        self.preview_action.setToolTip(
            translate("ReportActions", "See the checkup report's pages as they will print")
        )
        self.csv_action.setToolTip(
            translate("ReportActions", "Save the baby's events as a spreadsheet file (CSV)")
        )
        self.sleeps_csv_action.setToolTip(
            translate(
                "ReportActions",
                "Save the baby's sleeps as a spreadsheet file (CSV): length, counts and rate of each",
            )
        )
        added = (self.print_action, self.preview_action, self.csv_action, self.sleeps_csv_action)
        self._place_beside(export, added)
        # Printing and CSV need a baby exactly when saving the PDF does; the window enables that one.
        for action in added:
            action.setEnabled(export.isEnabled())
            export.enabledChanged.connect(action.setEnabled)
        export.triggered.connect(self._on_export_triggered)
        self.print_action.triggered.connect(self._on_print_triggered)
        self.preview_action.triggered.connect(self._on_preview_triggered)
        self.csv_action.triggered.connect(lambda: self._export_csv("events"))
        self.sleeps_csv_action.triggered.connect(lambda: self._export_csv("sleeps"))

    def _new_action(self, name: str, text: str, key: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setAutoRepeat(False)
        if key:
            action.setShortcuts([QKeySequence(key)])  # a list: see actions.create_actions
        self._window.addAction(action)
        return action

    @staticmethod
    def _place_beside(anchor: QAction, actions: tuple[QAction, ...]) -> None:
        """Show the new actions in each menu that holds ``anchor``, right after it."""
        for owner in anchor.associatedObjects():
            if not isinstance(owner, QMenu):
                continue
            listed = owner.actions()
            index = listed.index(anchor) + 1
            before = listed[index] if index < len(listed) else None
            for action in actions:
                if before is None:
                    owner.addAction(action)
                else:
                    owner.insertAction(before, action)

    def _current(self, title: str) -> ReportTarget | None:
        target = self._target()
        if target is None:
            self._fail(
                title,
                translate("ReportActions", "Choose or add a baby first; there is nothing to report yet."),
            )
        return target

    def _fail(self, title: str, text: str) -> None:
        ReportDialogs.show_error(self._window, title, text)
        self.failed.emit(text)

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    def _content(self, title: str, target: ReportTarget) -> ReportContent | None:
        """Build the report (a wait cursor shows while the charts draw); None after telling why not."""
        from desktop.report.build import build_content, gather
        from desktop.report.figures import report_charts

        QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)  # not at start-up: qt_by_name
        try:
            data = gather(self._diary, target.baby, target.days, target.age_mode, target.everything)
            return build_content(data, charts=report_charts)
        except StoreError as error:
            problem = str(error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._fail(title, problem)  # after the wait cursor is gone
        return None

    @Slot()
    def _on_export_triggered(self) -> None:
        from desktop.report.output import write_pdf

        title = translate("ReportActions", "Save checkup report")
        target = self._current(title)
        if target is None:
            return
        path = ReportDialogs.ask_save_path(
            self._window,
            title,
            self._folder / suggested_name(target, ".pdf"),
            translate("ReportActions", "PDF files (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        content = self._content(title, target)
        if content is None:
            return
        try:
            write_pdf(content, path)
        except OSError as error:
            reason = error.strerror or str(error)
            self._fail(
                title,
                translate("ReportActions", "Could not save {path}: {reason}. Nothing was written.").format(
                    path=path, reason=reason
                ),
            )
            return
        self._folder = path.parent
        self._status(translate("ReportActions", "Saved the checkup report to {path}").format(path=path))
        self.report_saved.emit(str(path))

    @Slot()
    def _on_print_triggered(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from desktop.report.output import locale_page_size, print_report

        title = translate("ReportActions", "Print checkup report")
        target = self._current(title)
        if target is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(locale_page_size())
        printer.setDocName(suggested_name(target, ""))
        if not ReportDialogs.ask_printer(self._window, printer):
            return
        content = self._content(title, target)
        if content is None:
            return
        try:
            pages = print_report(content, printer)
        except OSError as error:
            self._fail(
                title,
                translate("ReportActions", "Could not print: {reason}.").format(
                    reason=error.strerror or error
                ),
            )
            return
        self._status(
            translate("ReportActions", "Sent the checkup report to the printer ({pages} pages)").format(
                pages=pages
            )
        )
        self.report_printed.emit(pages)

    @Slot()
    def _on_preview_triggered(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from desktop.report.output import locale_page_size, print_report

        title = translate("ReportActions", "Print preview")
        target = self._current(title)
        if target is None:
            return
        content = self._content(title, target)
        if content is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(locale_page_size())
        printer.setDocName(suggested_name(target, ""))

        def paint(device: QPrinter) -> int:
            pages = print_report(content, device)
            self.preview_painted.emit(pages)
            return pages

        ReportDialogs.show_preview(self._window, printer, paint)

    def _export_csv(self, table: str) -> None:
        """Save the baby's events (``events``) or sleeps (``sleeps``) as CSV where the user chooses."""
        from desktop.exchange import ExchangeError, export_file

        title = (
            translate("ReportActions", "Export sleeps as CSV")
            if table == "sleeps"
            else translate("ReportActions", "Export events as CSV")
        )
        target = self._current(title)
        if target is None:
            return
        suffix = "-sleeps.csv" if table == "sleeps" else ".csv"
        path = ReportDialogs.ask_save_path(
            self._window,
            title,
            self._folder / suggested_name(target, suffix),
            translate("ReportActions", "CSV files (*.csv)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            export_file(self._diary, path, target.baby.id, table)
        except (ExchangeError, OSError) as error:
            self._fail(title, str(error))
            return
        self._folder = path.parent
        what = (
            translate("ReportActions", "sleeps")
            if table == "sleeps"
            else translate("ReportActions", "events")
        )
        self._status(
            translate("ReportActions", "Exported {name}'s {what} to {path}").format(
                name=target.baby.name, what=what, path=path
            )
        )
        self.csv_exported.emit(str(path))


def install_report_actions(
    window: QMainWindow, diary: Diary, target: TargetSource, folder: Path | None = None
) -> ReportActions:
    """Connect ``export_report`` and add ``print_report`` (Ctrl+P) and ``export_csv`` to the window."""
    return ReportActions(window, diary, target, folder)


def review_target(
    baby: Baby | None, review: ReviewView | None, today: date | None = None
) -> ReportTarget | None:
    """The chosen baby and the review's days; the 28 days up to today before the review is opened."""
    if baby is None:
        return None
    # Imported here: the report modules are not needed to show the bedside.
    from desktop.report.content import report_days

    shown = None if review is None else review.days
    days = shown if shown is not None else report_days(None, None, today or date.today())
    mode = None if review is None else review.age_mode
    everything = review is not None and review.range_preset == "all"
    return ReportTarget(baby, days, mode if isinstance(mode, str) else None, everything)

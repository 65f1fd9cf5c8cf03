"""Diary › Import… and Export…: a file from another caregiver's computer, previewed before it is written.

Import reads and checks the whole file first, off the GUI thread, and shows what would come in
(new, changed, deleted, refused); only after "Import" is anything written, in one transaction.
Export writes the exchange file (version 2) or a spreadsheet (CSV of events or of sleeps).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange import export_file, import_file
from desktop.exchange.checks import plan_import
from desktop.exchange.errors import ExchangeError
from desktop.exchange.json_import import read_document
from desktop.exchange.merge import plan_merge
from desktop.exchange.records import MERGE_VERSION, NotOurFormatError, parse_document
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui import file_dialogs
from desktop.ui.background_work import Cancelled, Watch, Work
from desktop.ui.translation import translate
from desktop.ui.user_folders import documents_folder

_SHOWN_PROBLEMS = 8
JSON_FILTER = "Diary file for another computer (*.json)"
EVENTS_FILTER = "Spreadsheet, one row per event (*.csv)"
SLEEPS_FILTER = "Spreadsheet, one row per sleep (*.csv)"


@dataclass(frozen=True)
class Preview:
    """What an import of a file would do, found without writing."""

    path: Path
    new: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    refused: list[str] = field(default_factory=list)


def preview_file(data_dir: Path, path: Path, watch: Watch) -> Preview:
    """Read and check the file against the diary (its own connection, on the worker thread)."""
    try:
        parsed = parse_document(read_document(path))
    except NotOurFormatError as error:
        raise ExchangeError(str(error)) from None
    now = datetime.now().astimezone()
    with Diary(data_dir) as diary:
        watch(diary)
        if parsed.version == MERGE_VERSION:
            merge = plan_merge(diary, parsed, now)
            return Preview(path, merge.new, merge.changed, merge.deleted, merge.unchanged, merge.problems)
        plan = plan_import(diary, parsed, now)
        added = len(plan.babies) + len(plan.sleeps) + len(plan.events)
        skipped = plan.babies_skipped + plan.sleeps_skipped + plan.events_skipped
        return Preview(path, new=added, unchanged=skipped, refused=plan.problems)


def warn_plainly(parent: QWidget, text: str) -> None:
    """A warning whose text is shown as plain text (it may quote a name from a file)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("DiaryExchange", "Twitch Diary"), text, parent=parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class PreviewDialog(QDialog):
    """New, changed, deleted and refused records of a file; Import only when nothing is refused."""

    def __init__(self, preview: Preview, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DiaryExchange", "Import {name}").format(name=preview.path.name))
        layout = QVBoxLayout(self)
        counts = translate(
            "DiaryExchange", "New: {new}   Changed: {changed}   Deleted: {deleted}   Already here: {same}"
        ).format(new=preview.new, changed=preview.changed, deleted=preview.deleted, same=preview.unchanged)
        self.counts = QLabel(counts, self)
        self.counts.setObjectName("import_counts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.counts)
        self.problems = QPlainTextEdit(self)  # plain text: a name in the file is never markup
        self.problems.setObjectName("import_refused")
        self.problems.setReadOnly(True)
        if preview.refused:
            shown = preview.refused[:_SHOWN_PROBLEMS]
            more = len(preview.refused) - len(shown)
            header = self.tr(
                "Refused: %n problem(s). Nothing can be imported until they are fixed.",
                "",
                len(preview.refused),
            )
            tail = [translate("DiaryExchange", "… and {more} more.").format(more=more)] if more else []
            self.problems.setPlainText("\n".join([header, *shown, *tail]))
        else:
            self.problems.setPlainText(translate("DiaryExchange", "Refused: none."))
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            translate("DiaryExchange", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(
            not preview.refused and preview.new + preview.changed + preview.deleted > 0
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class DiaryExchange(QObject):
    """The ``import_diary`` and ``export_diary`` actions; ``imported`` is called after a write."""

    def __init__(
        self, window: QMainWindow, diary: Diary, menu: QMenu, before: QAction, imported: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._diary = diary
        self._imported = imported
        self.work: Work[object] | None = None
        self.import_action = QAction(translate("DiaryExchange", "&Import…"), window)
        self.import_action.setObjectName("import_diary")
        self.import_action.triggered.connect(self._on_import_triggered)
        self.export_action = QAction(translate("DiaryExchange", "E&xport…"), window)
        self.export_action.setObjectName("export_diary")
        self.export_action.triggered.connect(self._on_export_triggered)
        menu.insertActions(before, [self.import_action, self.export_action])

    # Seams that tests replace: the file dialogs and the preview's answer.
    def choose_import_file(self) -> Path | None:
        """Ask for the file to import; None when cancelled."""
        name = file_dialogs.open_file(
            self._window, translate("DiaryExchange", "Import a diary file"), str(documents_folder()),
            JSON_FILTER,
        )  # fmt: skip
        return Path(name) if name else None

    def choose_export_file(self) -> tuple[Path, str] | None:
        """Ask where to export and as what; None when cancelled."""
        answer = file_dialogs.save_file(
            self._window, translate("DiaryExchange", "Export the diary"),
            str(documents_folder() / "twitch-diary.json"), f"{JSON_FILTER};;{EVENTS_FILTER};;{SLEEPS_FILTER}",
        )  # fmt: skip
        if answer is None:
            return None
        name, chosen = answer
        path = Path(name)
        wanted = ".json" if chosen == JSON_FILTER else ".csv"
        if path.suffix.lower() != wanted:
            path = path.with_suffix(wanted)
        return path, "sleeps" if chosen == SLEEPS_FILTER else "events"

    def confirm(self, preview: Preview) -> bool:
        """Show the preview; True when the parent chose Import."""
        return PreviewDialog(preview, self._window).exec() == QDialog.DialogCode.Accepted

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 30_000)

    def _busy(self) -> bool:
        return self.work is not None and self.work.running()

    @Slot()
    def _on_import_triggered(self) -> None:
        path = None if self._busy() else self.choose_import_file()
        if path is None:
            return
        data_dir = self._diary.data_dir
        label = translate("DiaryExchange", "Reading {name}…").format(name=path.name)
        self._run(label, lambda watch: preview_file(data_dir, path, watch), self._on_previewed)

    def _on_previewed(self, preview: object) -> None:
        assert isinstance(preview, Preview)
        if self._diary.closed or not self.confirm(preview):
            return
        data_dir, path = self._diary.data_dir, preview.path

        def write(watch: Watch) -> str:
            with Diary(data_dir) as diary:
                watch(diary)
                return import_file(diary, path).describe()

        label = translate("DiaryExchange", "Importing {name}…").format(name=path.name)
        self._run(label, write, self._on_imported)

    def _on_imported(self, summary: object) -> None:
        if self._diary.closed:
            return
        self._imported()
        self._say(str(summary))

    @Slot()
    def _on_export_triggered(self) -> None:
        chosen = None if self._busy() else self.choose_export_file()
        if chosen is None:
            return
        path, table = chosen
        data_dir = self._diary.data_dir

        def write(watch: Watch) -> str:
            with Diary(data_dir) as diary:
                watch(diary)
                return export_file(diary, path, table=table).describe()

        label = translate("DiaryExchange", "Exporting to {name}…").format(name=path.name)
        self._run(label, write, lambda summary: self._say(str(summary)))

    def _run(
        self,
        label: str,
        work: Callable[[Watch], object],
        done: Callable[[object], None],
    ) -> None:
        self.work = Work(self._window, label, work)
        self.work.finished.connect(done)
        self.work.failed.connect(self._on_failed)
        self.work.start()

    def _on_failed(self, error: object) -> None:
        if isinstance(error, Cancelled):
            self._say(translate("DiaryExchange", "Cancelled; nothing was changed."))
            return
        if isinstance(error, ExchangeError | StoreError | OSError):
            warn_plainly(self._window, str(error))
            return
        raise error if isinstance(error, BaseException) else RuntimeError(str(error))

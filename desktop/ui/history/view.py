"""The sleep history: a baby's sleeps newest first, the events of the chosen sleep, all editable.

Every change (add a past sleep, edit or delete a sleep or an event) is an undoable command; the
view refreshes on ``QUndoStack.indexChanged``, so bedside taps and undo/redo show up here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Baby, Event, Sleep
from desktop.language import QT_TRANSLATE_NOOP
from desktop.language.catalog import Context
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui import commands
from desktop.ui.form_parts import TOUCH_HEIGHT
from desktop.ui.history.event_details import EventDetails
from desktop.ui.history.event_editor import EventEditor
from desktop.ui.history.event_model import VOCABULARY_COLUMNS, EventTableModel
from desktop.ui.history.sleep_dialog import Clock, SleepDialog, local_now
from desktop.ui.history.sleep_model import SleepTableModel
from desktop.ui.overrides import override
from desktop.ui.translation import translate
from desktop.ui.value_labels import sleep_title


def _delete_keys() -> list[QKeySequence]:
    # Built on demand: a standard key needs the platform theme, which exists only once Qt has started.
    return [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]


_SIZE_SAMPLE_ROWS = 40


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab moves on to the buttons instead of cell by cell
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT)
    table.horizontalHeader().setStretchLastSection(True)
    # Size columns from the first rows only: measuring all of 4,400 sleeps would take a second.
    table.horizontalHeader().setResizeContentsPrecision(_SIZE_SAMPLE_ROWS)
    return table


def _fit_vocabulary(table: QTableView) -> None:
    """Widen the kind, body part, side and state columns to their longest possible word."""
    metrics = table.fontMetrics()
    # The item's text margins (Qt's: the focus frame margin and one pixel, each side), and room.
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 8
    for column, words in VOCABULARY_COLUMNS.items():
        needed = max(metrics.horizontalAdvance(word) for word in words) + margin
        if table.columnWidth(column) < needed:
            table.setColumnWidth(column, needed)


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
    button.setMinimumHeight(TOUCH_HEIGHT)
    return button


class HistoryWords(Context):
    """The history's plural messages: plain Python (``Context``), so English has its forms without Qt."""

    def events_in(self, count: int) -> str:
        """ "8 events in {sleep}"."""
        return self.tr("%n event(s) in {sleep}", "", count)

    def deleted_with(self, count: int) -> str:
        """ "Deleted {sleep} with its 8 events. …"."""
        return self.tr("Deleted {sleep} with its %n event(s). Undo (Ctrl+Z) brings it back.", "", count)


class HistoryView(QWidget):
    """A baby's sleeps (newest first) and the events of the chosen one, with undoable edits."""

    def __init__(
        self,
        diary: Diary,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._stack = undo_stack
        self._clock = clock
        self._baby: Baby | None = None
        self._stale = False  # changed while hidden: reload when shown
        self._wanted_sleep_id: str | None = None  # select this sleep after the next reload
        self._last_row = 0
        self._events_fresh = False  # the event list matches the chosen sleep
        self._columns_sized = False  # sleep columns are sized once per baby, not on every change

        self.sleep_model = SleepTableModel(self)
        self.event_model = EventTableModel(self)
        self._make_actions()
        self._build()
        undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.set_baby(None)

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(translate("HistoryView", text), self)
        action.setObjectName(name)
        action.setToolTip(translate("HistoryView", tip))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.add_sleep_action = self._action(
            "history_add_sleep",
            QT_TRANSLATE_NOOP("HistoryView", "&Add a past sleep…"),
            QT_TRANSLATE_NOOP("HistoryView", "Enter a nap or night by hand"),
            self._on_add_sleep,
        )
        self.edit_sleep_action = self._action(
            "history_edit_sleep",
            QT_TRANSLATE_NOOP("HistoryView", "Edit s&leep…"),
            QT_TRANSLATE_NOOP("HistoryView", "Change the start, end, kind or note"),
            self._on_edit_sleep,
        )
        self.delete_sleep_action = self._action(
            "history_delete_sleep",
            QT_TRANSLATE_NOOP("HistoryView", "&Delete sleep"),
            QT_TRANSLATE_NOOP("HistoryView", "Delete the sleep with its events"),
            self._on_delete_sleep,
        )
        self.edit_event_action = self._action(
            "history_edit_event",
            QT_TRANSLATE_NOOP("HistoryView", "Edit e&vent…"),
            QT_TRANSLATE_NOOP("HistoryView", "Correct what was seen"),
            self._on_edit_event,
        )
        self.delete_event_action = self._action(
            "history_delete_event",
            QT_TRANSLATE_NOOP("HistoryView", "Delete even&t"),
            QT_TRANSLATE_NOOP("HistoryView", "Delete the chosen event"),
            self._on_delete_event,
        )
        for action in (self.delete_sleep_action, self.delete_event_action):
            action.setShortcuts(_delete_keys())
            # Delete acts on the table that has focus only: the sleep list or the event list.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for action in (self.edit_sleep_action, self.edit_event_action):
            action.setShortcut(QKeySequence(Qt.Key.Key_F2))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _make_tables(self) -> None:
        self.sleep_table = _table(self.tr("Sleeps"))
        self.sleep_table.setModel(self.sleep_model)
        self.sleep_table.addAction(self.delete_sleep_action)
        self.sleep_table.addAction(self.edit_sleep_action)
        self.sleep_table.activated.connect(self._on_sleep_table_activated)
        self.sleep_table.selectionModel().currentRowChanged.connect(self._on_sleep_current_changed)
        self.event_table = _table(self.tr("Events in the sleep"))
        self.event_table.setModel(self.event_model)
        self.event_table.addAction(self.delete_event_action)
        self.event_table.addAction(self.edit_event_action)
        self.event_table.activated.connect(self._on_event_table_activated)
        self.event_table.selectionModel().currentRowChanged.connect(self._update_actions)
        # Every field of the chosen event, the whole note and the video's path (cut in the list).
        self.event_details = EventDetails()
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidget(self.event_details)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setMinimumWidth(220)
        self.events_title = QLabel()
        self.events_title.setObjectName("events_title")
        self.events_title.setWordWrap(True)

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("history_title")
        self.status_label = QLabel()
        self.status_label.setObjectName("history_status")
        self.status_label.setAccessibleName(self.tr("Last change"))
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self._make_tables()

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        for action in (self.add_sleep_action, self.edit_sleep_action, self.delete_sleep_action):
            top.addWidget(_button(action))
        events_panel = QWidget()
        events_layout = QVBoxLayout(events_panel)
        events_layout.setContentsMargins(0, 0, 0, 0)
        events_head = QHBoxLayout()
        events_head.addWidget(self.events_title, 1)
        for action in (self.edit_event_action, self.delete_event_action):
            events_head.addWidget(_button(action))
        events_layout.addLayout(events_head)
        events_row = QSplitter(Qt.Orientation.Horizontal)
        events_row.addWidget(self.event_table)
        events_row.addWidget(self.details_scroll)
        events_row.setStretchFactor(0, 1)
        events_row.setStretchFactor(1, 1)
        events_row.setSizes([560, 440])  # scaled to the width the splitter gets
        events_row.setChildrenCollapsible(False)
        events_layout.addWidget(events_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sleep_table)
        splitter.addWidget(events_panel)
        splitter.setChildrenCollapsible(False)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("history_empty")
        self.empty_label.setAccessibleName(self.tr("No sleeps yet"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(splitter)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        self.setTabOrder(self.sleep_table, self.event_table)
        self.setFocusProxy(self.sleep_table)  # showing the history puts the keyboard in the sleep list

    # --- what is shown -------------------------------------------------------------------------

    def set_baby(self, baby: Baby | None) -> None:
        """Show this baby's sleeps (None: nothing to show)."""
        self._baby = baby
        self._wanted_sleep_id = None
        self._last_row = 0
        self._columns_sized = False
        self.status_label.clear()
        self.error_label.hide()
        self.reload()

    def current_sleep(self) -> Sleep | None:
        """The sleep chosen in the list, or None."""
        index = self.sleep_table.currentIndex()
        return self.sleep_model.summary(index.row()).sleep if index.isValid() else None

    def current_event(self) -> Event | None:
        """The event chosen in the sleep's event list, or None."""
        index = self.event_table.currentIndex()
        return self.event_model.event_at(index.row()) if index.isValid() else None

    def reload(self) -> None:
        """Read the baby's sleeps and counts again (one query), keeping the chosen sleep."""
        self._stale = False
        current = self.current_sleep()
        keep = self._wanted_sleep_id or (current.id if current else None)
        self._wanted_sleep_id = None
        baby = self._baby
        summaries = [] if baby is None else self._diary.sleep_summaries(baby.id)
        self.sleep_model.set_summaries(summaries, self._clock())
        self.add_sleep_action.setEnabled(baby is not None)
        if baby is None:
            self.title_label.setText(self.tr("Sleep history"))
            self.empty_label.setText(self.tr("Add a baby to start the diary."))
        else:
            self.title_label.setText(self.tr("Sleeps of {name}").format(name=baby.name))
            self.empty_label.setText(
                self.tr(
                    "No sleeps yet for {name}.\n\nStart one at the bedside (press S),"
                    " or add a past sleep by hand with “Add a past sleep”."
                ).format(name=baby.name)
            )
        self.pages.setCurrentIndex(1 if summaries else 0)
        if summaries:
            row = self.sleep_model.row_of(keep) if keep else None
            if row is None:
                row = min(self._last_row, len(summaries) - 1)
            self._events_fresh = False
            self._select(self.sleep_table, row)  # loads the events when the current row changes
            if not self._columns_sized:
                self.sleep_table.resizeColumnsToContents()
                self._columns_sized = True
        if not summaries or not self._events_fresh:
            self._load_events()

    @staticmethod
    def _select(table: QTableView, row: int) -> None:
        index = table.model().index(row, 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)

    def _load_events(self) -> None:
        self._events_fresh = True
        sleep = self.current_sleep()
        current = self.current_event()
        events = [] if sleep is None else self._diary.events.in_sleep(sleep.id)
        self.event_model.set_events(events)
        if sleep is None:
            self.events_title.setText("")
        elif events:
            self.events_title.setText(
                HistoryWords()
                .events_in(len(events))
                .format(sleep=sleep_title(sleep.kind, sleep.start, sleep.end))
            )
            row = self.event_model.row_of(current.id) if current else None
            self._select(self.event_table, row if row is not None else 0)
            self.event_table.resizeColumnsToContents()
            _fit_vocabulary(self.event_table)
        else:
            self.events_title.setText(
                translate("HistoryView", "Nothing logged in {sleep}.").format(
                    sleep=sleep_title(sleep.kind, sleep.start, sleep.end)
                )
            )
        self._update_actions()

    @Slot()
    def _update_actions(self) -> None:
        has_sleep = self.current_sleep() is not None
        has_event = self.current_event() is not None
        self.edit_sleep_action.setEnabled(has_sleep)
        self.delete_sleep_action.setEnabled(has_sleep)
        self.edit_event_action.setEnabled(has_event)
        self.delete_event_action.setEnabled(has_event)
        self.event_details.show_event(self.current_event())

    # --- changes -------------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _push(self, command: commands.DiaryCommand, done: str) -> bool:
        self.error_label.hide()
        try:
            commands.push(self._stack, command, report_error=self._show_error)
        except StoreError as error:
            self._show_error(str(error))
            return False
        self.status_label.setText(done)
        return True

    @Slot()
    def _on_add_sleep(self) -> None:
        if self._baby is None:
            return
        saved = SleepDialog.edit(self, self._diary, self._stack, self._baby, None, clock=self._clock)
        if saved is not None:
            self._wanted_sleep_id = saved.id
            self.reload()
            self.status_label.setText(
                translate("HistoryView", "Added {sleep}.").format(
                    sleep=sleep_title(saved.kind, saved.start, saved.end)
                )
            )

    @Slot()
    def _on_edit_sleep(self) -> None:
        sleep = self.current_sleep()
        if self._baby is None or sleep is None:
            return
        saved = SleepDialog.edit(self, self._diary, self._stack, self._baby, sleep, clock=self._clock)
        if saved is not None:
            if self._stale:
                self.reload()
            self.status_label.setText(self.tr("Sleep changed. Undo (Ctrl+Z) puts it back."))

    @Slot()
    def _on_delete_sleep(self) -> None:
        sleep = self.current_sleep()
        if sleep is None:
            return
        self._last_row = self.sleep_table.currentIndex().row()
        events = self._diary.events.in_sleep(sleep.id)
        title = sleep_title(sleep.kind, sleep.start, sleep.end)
        self._push(
            commands.delete_sleep(
                self._diary, sleep, events, translate("HistoryView", "Delete {sleep}").format(sleep=title)
            ),
            HistoryWords().deleted_with(len(events)).format(sleep=title),
        )
        if self._stale:
            self.reload()

    @Slot()
    def _on_edit_event(self) -> None:
        event = self.current_event()
        if event is None:
            return
        saved = EventEditor.edit(
            self,
            self._diary,
            self._stack,
            event,
            sleep=self.current_sleep(),
            baby=self._baby,
            clock=self._clock,
        )
        if saved is not None:
            if self._stale:
                self.reload()
            self.status_label.setText(self.tr("Event changed. Undo (Ctrl+Z) puts it back."))

    @Slot()
    def _on_delete_event(self) -> None:
        event = self.current_event()
        if event is None:
            return
        row = self.event_table.currentIndex().row()
        done = "Event deleted. Undo (Ctrl+Z) brings it back."
        if self._push(commands.delete_event(self._diary, event), done):
            if self._stale:
                self.reload()
            if self.event_model.rowCount():
                self._select(self.event_table, min(row, self.event_model.rowCount() - 1))
            self.event_table.setFocus()

    # --- signals -------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_sleep_table_activated(self, index: QModelIndex) -> None:
        # Opening a sleep (Enter or double-click) moves into its events, ready to edit one.
        if index.isValid() and self.event_model.rowCount():
            self.event_table.setFocus()

    @Slot(QModelIndex)
    def _on_event_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._on_edit_event()

    @Slot(QModelIndex, QModelIndex)
    def _on_sleep_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row():
            self._load_events()

    @Slot(int)
    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self.status_label.clear()  # "undo brings it back" is stale once anything else happened
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # bedside taps should not pay for a history nobody is looking at

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Reload when shown after changes made while hidden."""
        if self._stale:
            self.reload()
        super().showEvent(event)

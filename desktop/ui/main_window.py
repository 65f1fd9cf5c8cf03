"""The main window: one diary, one undo stack, the bedside / review / history views and every action.

First screen: this module is on the bedside's start-up path and follows the start-up rules of
``desktop/ui/startup/qt_by_name.py`` (enums by name, no ``QIcon`` overloads); the rest of the ui
is ordinary PySide.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.core.clock import Clock, SystemClock
from desktop.core.model import Baby
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui import commands, themes
from desktop.ui.actions import BEDSIDE_ACTIONS, create_actions
from desktop.ui.baby_picker import BabyMenu, FirstRunPage
from desktop.ui.bedside.view import BedsideView
from desktop.ui.overrides import override
from desktop.ui.startup.qt_by_name import set_enum, set_shortcut
from desktop.ui.translation import translate
from desktop.ui.window_geometry import restore_geometry, save_geometry

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QComboBox

    from desktop.ui.history.view import HistoryView
    from desktop.ui.late_parts import LateParts
    from desktop.ui.review.view import ReviewView

BABY_SETTING: Final = "ui.baby_id"
# The window finishes starting (Space filter, first guidance check) after its first paint, or by then.
FINISH_START_LATEST_MS: Final = 300
FIRST_PAINT_POLL_MS: Final = 1  # how often the window looks whether it has been exposed (painted)
VIEW_ACTIONS: Final = ("show_bedside", "show_review", "show_history")
TOOLBAR_ACTIONS: Final = (
    "show_bedside",
    "show_review",
    "show_history",
    None,
    "undo",
    "redo",
    None,
    "toggle_fullscreen",
)


class MainWindow(QMainWindow):
    """Twitch Diary's window on one open diary (closed with the window).

    Signals:
        baby_changed(object): the chosen Baby changed, or its details did (None when the diary
            has none); every view built after the bedside follows the baby through it.
        first_painted(): the window is on screen (once); the start-up work that can wait follows.
        restore_requested(str): the parent chose this backup to restore; the window closes next,
            and whoever runs it restores the backup once the diary is closed.
    """

    baby_changed = Signal(object)
    first_painted = Signal()
    restore_requested = Signal(str)

    def __init__(self, diary: Diary, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        # The one clock of the window (design: app.py builds it); views and questions read it.
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.setObjectName("main_window")
        self.setWindowTitle(translate("MainWindow", "Twitch Diary"))
        self.resize(1000, 760)
        self.diary = diary
        self.baby: Baby | None = None
        self._babies: tuple[Baby, ...] = ()
        self._twins_connected = False
        self._closed = False
        self._restored_baby_id: str | None = None  # a deleted baby an undo just brought back
        self._declined_merges: set[frozenset[str]] = set()  # babies the parent said are not one
        self.undo_stack = QUndoStack(self)
        self.actions_by_name = create_actions(self)
        self._add_undo_actions()
        # Styled before any child exists: each widget is polished once as it is built, instead of
        # the whole finished tree being re-polished (that cost a quarter of a second at start).
        # "system" starts from what the desktop said last time; _finish_start asks it again.
        saved_scheme = diary.settings.get(themes.SCHEME_SETTING_KEY)
        self._desktop_scheme = saved_scheme if saved_scheme in themes.SCHEMES else None
        self._apply_theme_choice(diary.settings.get(themes.SETTING_KEY, "system") or "system", save=False)

        self.views = QStackedWidget(self)
        self.setCentralWidget(self.views)
        self._first_run: FirstRunPage | None = None  # built only while the diary has no baby
        self._welcoming = True  # the first-run page is (or, before a baby is chosen, would be) shown
        self.bedside = BedsideView(diary, self.undo_stack, self.actions_by_name, self, clock=self.clock)
        self.screen_awake = self.bedside.screen_awake
        self.review: ReviewView | None = None
        self.history: HistoryView | None = None
        self.views.addWidget(self.bedside)

        self._connect_actions()
        self._build_menus()
        self._build_toolbar()
        self._start_begun = False  # the rest of the start-up waits for the first paint
        self._shown_at: float | None = None  # time.monotonic() when first shown
        self._start_finished = False
        self._listening = False  # the Space filter and the desktop's light/dark changes are hooked up
        self._late: LateParts | None = None  # built right after the first paint: see late
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        # "system" without a desktop preference follows the clock: look again every minute.
        self._theme_clock = QTimer(self)
        self._theme_clock.setInterval(60_000)
        self._theme_clock.timeout.connect(self._on_theme_clock_timeout)
        self._theme_clock.start()

        self._sync_babies(select=diary.settings.get(BABY_SETTING))
        # Where the parent left the window last time (this data folder's own), else 1000 × 760.
        self._geometry_before_full_screen: QByteArray | None = None
        restore_geometry(self, diary.settings)

    # -- building ------------------------------------------------------------------------------

    def _add_undo_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        undo.setObjectName("undo")
        set_shortcut(undo, "Ctrl+Z")  # by name: see qt_by_name
        redo = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        redo.setObjectName("redo")
        set_shortcut(redo, "Ctrl+Shift+Z")
        for action in (undo, redo):
            action.setAutoRepeat(False)
            # The toolbar shows the short name; the menu says what would be undone.
            action.setIconText(
                translate("MainWindow", "Undo") if action is undo else translate("MainWindow", "Redo")
            )
            self.actions_by_name[action.objectName()] = action
        # Shortcuts keep working in full screen, with the menu bar and toolbar hidden.
        self.addActions(list(self.actions_by_name.values()))

    def _connect_actions(self) -> None:
        act = self.actions_by_name
        bedside = self.bedside
        act["log_twitch"].triggered.connect(self._on_log_twitch_triggered)
        act["toggle_sleep"].triggered.connect(bedside.toggle_sleep)
        act["toggle_episode"].triggered.connect(self._on_toggle_episode_triggered)
        act["mark_woke"].triggered.connect(bedside.mark_woke)
        act["add_note"].triggered.connect(bedside.add_note)
        act["attach_video"].triggered.connect(bedside.attach_video)
        act["toggle_fullscreen"].triggered.connect(self._on_fullscreen_triggered)
        act["leave_fullscreen"].triggered.connect(self._on_leave_fullscreen_triggered)
        act["leave_fullscreen"].setEnabled(False)  # Esc is only taken while in full screen
        act["show_bedside"].triggered.connect(self.show_bedside)
        act["show_review"].triggered.connect(self.show_review)
        act["show_history"].triggered.connect(self.show_history)
        act["add_baby"].triggered.connect(self._on_add_baby_triggered)
        act["edit_baby"].triggered.connect(self._on_edit_baby_triggered)
        act["delete_baby"].triggered.connect(self._on_delete_baby_triggered)
        act["quit"].triggered.connect(self.close)
        views = QActionGroup(self)
        for name in VIEW_ACTIONS:
            views.addAction(act[name])
        self._theme_group = QActionGroup(self)
        for choice in themes.THEME_CHOICES:
            action = act[f"theme_{choice}"]
            self._theme_group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=choice: self._apply_theme_choice(c))

    def _build_menus(self) -> None:
        act = self.actions_by_name
        bar = self.menuBar()
        diary_menu = bar.addMenu(translate("MainWindow", "&Diary"))
        diary_menu.addAction(act["export_report"])
        diary_menu.addSeparator()
        diary_menu.addAction(self._restore_action())
        # The late parts' actions (second backup place, import, sync) go here after the first paint.
        self._diary_menu_end = diary_menu.addSeparator()
        diary_menu.addAction(act["quit"])
        self.diary_menu = diary_menu
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([act["undo"], act["redo"]])
        log_menu = bar.addMenu(translate("MainWindow", "&Log"))
        log_menu.addActions(
            [act[name] for name in ("log_twitch", "toggle_episode", "mark_woke", "toggle_sleep")]
        )
        log_menu.addSeparator()
        log_menu.addActions([act["add_note"], act["attach_video"]])
        baby_actions = [act["add_baby"], act["edit_baby"], act["delete_baby"]]
        self.baby_menu = BabyMenu(bar.addMenu(translate("MainWindow", "&Baby")), baby_actions, self)
        self.baby_menu.baby_selected.connect(self.select_baby)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addActions([act[name] for name in VIEW_ACTIONS])
        view_menu.addSeparator()
        view_menu.addAction(act["toggle_fullscreen"])
        theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
        theme_menu.addActions([act[f"theme_{choice}"] for choice in themes.THEME_CHOICES])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Views"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        set_enum(toolbar, "toolButtonStyle", "ToolButtonTextOnly")
        for name in TOOLBAR_ACTIONS:
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions_by_name[name])
        toolbar.addSeparator()
        self.baby_menu.place_switcher_on(toolbar)
        self.addToolBar(toolbar)  # at the top
        self.toolbar = toolbar

    @property
    def baby_switcher(self) -> QComboBox:
        """The toolbar's "which baby" list, shown while the diary has two babies or more."""
        return self.baby_menu.switcher

    @property
    def first_run(self) -> FirstRunPage:
        """The welcome page with the baby form (built the first time it is needed)."""
        if self._first_run is None:
            page = FirstRunPage(self, today=self.clock.today)
            page.form.baby_submitted.connect(self._on_first_run_baby_submitted)
            self.views.addWidget(page)
            self._first_run = page
        return self._first_run

    def _rebuild_baby_menu(self) -> None:
        self.baby_menu.show_babies(self._babies, self.baby)
        if self.baby_menu.switcher_action is not None:
            self.baby_menu.switcher_action.setVisible(False)  # the bedside's twins bar replaces it
        if len(self._babies) > 1 and not self._twins_connected:
            self._twins_connected = True
            self.bedside.twins.baby_selected.connect(self.select_baby)
        self.bedside.show_babies(self._babies, self.baby)

    # -- babies ------------------------------------------------------------------------------

    def _sync_babies(self, select: str | None = None) -> None:
        """Read the babies again; keep (or choose) the selected one; show first run if none."""
        babies = tuple(self.diary.babies.all())
        wanted = select or (self.baby.id if self.baby is not None else None)
        chosen = next((b for b in babies if b.id == wanted), babies[0] if babies else None)
        changed_list = babies != self._babies
        self._babies = babies
        changed_baby = chosen != self.baby
        if changed_baby or chosen is None:
            self._set_baby(chosen)
        if changed_list or changed_baby:
            # Also for a new choice alone: the list was rebuilt when the undo stack moved (an
            # added baby), before the new baby was chosen, and must name the one shown.
            self._rebuild_baby_menu()

    def _set_baby(self, baby: Baby | None) -> None:
        same = baby is not None and self.baby is not None and baby.id == self.baby.id
        self.baby = baby
        self.bedside.set_baby(baby)
        if baby is None:
            self.views.setCurrentWidget(self.first_run)
            self._welcoming = True
        elif self._welcoming:
            self._welcoming = False
            self.views.setCurrentWidget(self.bedside)
            self.bedside.tap_area.setFocus()
            self.actions_by_name["show_bedside"].setChecked(True)
        if baby is not None and not same:
            self._save_setting(BABY_SETTING, baby.id)
        for name in ("edit_baby", "delete_baby"):
            self.actions_by_name[name].setEnabled(baby is not None)
        for name in ("show_history", "export_report"):
            self.actions_by_name[name].setEnabled(baby is not None)
        self._update_bedside_state()
        self.baby_changed.emit(baby)

    def select_baby(self, baby_id: str) -> None:
        """Log and show this baby from now on (remembered for the next start)."""
        self._sync_babies(select=baby_id)
        self._rebuild_baby_menu()
        # From the twins' bar, the menu or the switcher: the next Space or Enter is a tap, not a
        # second press of the baby's button.
        self._focus_tap_area()

    def _push_baby(self, command: commands.DiaryCommand, select: str) -> bool:
        try:
            commands.push(self.undo_stack, command, self.bedside.show_problem)
        except StoreError as error:
            if self._first_run is not None:  # the welcome page says it too, when it is there
                self._first_run.error_label.setText(str(error))
                self._first_run.error_label.show()
            self.bedside.show_problem(str(error))
            return False
        self._sync_babies(select=select)
        return True

    # -- view switching ---------------------------------------------------------------------

    def _bedside_active(self) -> bool:
        return self.views.currentWidget() is self.bedside and self.actions_by_name["log_twitch"].isEnabled()

    def _update_bedside_state(self) -> None:
        on_bedside = self.baby is not None and self.views.currentWidget() is self.bedside
        for name in BEDSIDE_ACTIONS:
            self.actions_by_name[name].setEnabled(on_bedside)

    @Slot()
    def show_bedside(self) -> None:
        """Show the bedside logging view."""
        if self.baby is not None:
            self.views.setCurrentWidget(self.bedside)
            self.bedside.tap_area.setFocus()
        self.actions_by_name["show_bedside"].setChecked(True)
        self._update_bedside_state()

    @Slot()
    def show_review(self) -> None:
        """Show the weekly review (built, and matplotlib loaded, the first time)."""
        if self.baby is None or not self.actions_by_name["show_review"].isEnabled():
            return
        if self.review is None:
            # Imported here, not at the top: the review loads matplotlib, the bedside must not.
            from desktop.ui.review.view import ReviewView

            review = ReviewView(self.diary, self, today=self.clock.today)
            review.set_baby(self.baby)
            self.baby_changed.connect(review.set_baby)
            from desktop.ui.review.guidance_panel import attach_to_review

            self.guidance_panel = attach_to_review(review, self.diary, self.baby)
            self.baby_changed.connect(self.guidance_panel.set_baby)
            self.views.addWidget(review)
            self.review = review
        self.views.setCurrentWidget(self.review)
        self.actions_by_name["show_review"].setChecked(True)
        self._update_bedside_state()

    @Slot()
    def show_history(self) -> None:
        """Show the history of sleeps and events (built the first time)."""
        if self.baby is None:
            return
        if self.history is None:
            from desktop.ui.history.view import HistoryView

            history = HistoryView(self.diary, self.undo_stack, self, clock=self.clock.now)
            history.set_baby(self.baby)
            self.baby_changed.connect(history.set_baby)
            self.views.addWidget(history)
            self.history = history
        self.views.setCurrentWidget(self.history)
        self.actions_by_name["show_history"].setChecked(True)
        self._update_bedside_state()

    # -- theme -------------------------------------------------------------------------------

    @property
    def theme(self) -> str:
        """The theme shown now: ``night`` or ``day``."""
        return str(self.property("theme"))

    def _apply_theme_choice(self, choice: str, save: bool = True) -> None:
        if choice not in themes.THEME_CHOICES:
            choice = "system"
        self._theme_choice = choice
        self.actions_by_name[f"theme_{choice}"].setChecked(True)
        themes.apply(self, themes.resolve(choice, self._desktop_scheme))
        if save:
            self._save_setting(themes.SETTING_KEY, choice)

    def _save_setting(self, key: str, value: str) -> None:
        # A preference that cannot be saved is not worth interrupting the parent for.
        try:
            if self.diary.settings.get(key) != value:
                self.diary.settings.set(key, value)
        except StoreError:
            pass

    # -- slots -------------------------------------------------------------------------------

    @Slot(object)
    def _on_first_run_baby_submitted(self, baby: Baby) -> None:
        if self._push_baby(commands.add_baby(self.diary, baby), baby.id) and self._first_run is not None:
            self._first_run.error_label.hide()

    def _restore_action(self) -> QAction:
        """``restore_backup``: choose a backup; the window closes and ``run_app`` restores it."""
        action = QAction(self)  # not QAction(text, parent): see actions.create_actions
        action.setText(translate("MainWindow", "&Restore a Backup…"))
        action.setObjectName("restore_backup")
        action.setStatusTip(
            translate(
                "MainWindow", "Put back the diary as it was on an earlier day (the current one is kept)"
            )
        )
        action.triggered.connect(self._on_restore_backup_triggered)
        self.actions_by_name["restore_backup"] = action
        return action

    @Slot()
    def _on_restore_backup_triggered(self) -> None:
        from desktop.store.backup import list_backups
        from desktop.store.backup_elsewhere import (
            fetch_and_restore_videos,
            is_in_place,
            list_backups_in,
            second_place,
        )
        from desktop.ui.recovery_dialog import RestoreChooser

        place = second_place(self.diary.settings)
        found = list_backups(self.diary.data_dir) + (list_backups_in(place) if place else [])
        found.sort(key=lambda b: (b.taken_at, b.name), reverse=True)
        backup = RestoreChooser.choose(found, self)
        if backup is None:
            return
        name = backup.name
        if place is not None and is_in_place(backup, place):
            # Brought into the diary's own backups first: the one restore path does the rest.
            try:
                name, _videos = fetch_and_restore_videos(self.diary.data_dir, backup, place)
            except StoreError as error:
                from desktop.ui.recovery_dialog import ProblemNotice

                ProblemNotice.tell(
                    translate("MainWindow", "The backup could not be restored"), str(error), self
                )
                return
        self.restore_requested.emit(name)
        self.close()

    @Slot()
    def _on_add_baby_triggered(self) -> None:
        from desktop.ui.baby_form import BabyDialog

        names = [b.name for b in self._babies]
        baby = BabyDialog.ask(self, None, twin_of=self.baby, other_names=names, today=self.clock.today)
        if baby is not None:
            self._push_baby(commands.add_baby(self.diary, baby), baby.id)
        self._focus_tap_area()

    @Slot()
    def _on_edit_baby_triggered(self) -> None:
        before = self.baby
        if before is None:
            return
        from desktop.ui.baby_form import BabyDialog

        names = [b.name for b in self._babies if b.id != before.id]
        after = BabyDialog.ask(self, before, other_names=names, today=self.clock.today)
        if after is not None and after != before:
            self._push_baby(commands.update_baby(self.diary, before, after), after.id)
        self._focus_tap_area()

    def _focus_tap_area(self) -> None:
        # After a dialog the keyboard goes back to the tap area, not to whatever button was next.
        if self.views.currentWidget() is self.bedside:
            self.bedside.tap_area.take_keyboard()

    @Slot()
    def _on_delete_baby_triggered(self) -> None:
        baby = self.baby
        if baby is None:
            return
        from desktop.ui.baby_delete import BabyRecords, DeleteBabyBox

        if not DeleteBabyBox.ask(BabyRecords.read(self.diary, baby, self.bedside.episode_running), self):
            self._focus_tap_area()
            return  # "Keep": nothing changes, an episode being timed goes on being timed
        if self.bedside.episode_running:
            self.bedside.toggle_episode()  # stored first, so the delete takes it and its undo restores it
            if self.bedside.episode_running:
                return  # it could not be stored (the bedside says why): delete nothing
        records = BabyRecords.read(self.diary, baby)
        command = commands.delete_baby(
            self.diary,
            baby,
            records.sleeps,
            records.events,
            text=translate("Commands", "Delete {name}").format(name=baby.name),
            restored=self._on_baby_restored,
        )
        others = [b.id for b in self._babies if b.id != baby.id]
        if self._push_baby(command, others[0] if others else ""):
            if not others:
                # Not in the welcome form's name field: a text field keeps Ctrl+Z for itself.
                self.first_run.setFocus()
            else:
                self._focus_tap_area()  # the twin shown now
            self.statusBar().showMessage(
                translate("MainWindow", "{name} was deleted. Undo (Ctrl+Z) brings everything back.").format(
                    name=baby.name
                ),
                30_000,
            )

    def _on_baby_restored(self, baby: Baby) -> None:
        self._restored_baby_id = baby.id  # shown again by the index change that follows the undo

    @Slot(int)
    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if self._closed or self.bedside.session.writing:
            return  # a bedside tap or answer never changes the babies
        restored, self._restored_baby_id = self._restored_baby_id, None
        self._sync_babies(select=restored)
        self._update_bedside_state()

    @Slot()
    def _on_log_twitch_triggered(self) -> None:
        self.bedside.log_twitch()

    @Slot()
    def _on_toggle_episode_triggered(self) -> None:
        self.bedside.toggle_episode()

    @Slot(object)
    def _on_space_key_tapped(self, at: datetime) -> None:
        self.bedside.log_twitch(at)

    @Slot(object, float)
    def _on_space_key_held(self, at: datetime, monotonic_at: float) -> None:
        self.bedside.toggle_episode(at, monotonic_at)

    @Slot()
    def _on_fullscreen_triggered(self) -> None:
        full = not self.isFullScreen()
        # Full screen is for the bedside: nothing else on screen, only the big tap target.
        self.menuBar().setVisible(not full)
        self.toolbar.setVisible(not full)
        if full:
            self._geometry_before_full_screen = self.saveGeometry()  # what the next start reopens
            self.show_bedside()
            self.showFullScreen()
        else:
            self.showNormal()
        self.actions_by_name["toggle_fullscreen"].setChecked(full)
        self.actions_by_name["leave_fullscreen"].setEnabled(full)
        self.bedside.leave_full_screen_button.setVisible(full)
        self._focus_tap_area()  # the button just hidden would hand the focus to the next one

    @Slot()
    def _on_leave_fullscreen_triggered(self) -> None:
        if self.isFullScreen() or self.actions_by_name["toggle_fullscreen"].isChecked():
            self._on_fullscreen_triggered()

    @Slot()
    def _on_theme_clock_timeout(self) -> None:
        self._on_color_scheme_changed()

    @Slot()
    def _on_color_scheme_changed(self) -> None:
        if self._closed:
            return
        scheme = themes.desktop_scheme()
        if scheme != self._desktop_scheme:
            self._desktop_scheme = scheme
            self._save_setting(themes.SCHEME_SETTING_KEY, scheme)  # the next start begins with it
        if self._theme_choice != "system":
            return
        theme = themes.resolve("system", scheme)
        if theme != self.theme:  # re-styling the whole window is not free: only on a change
            themes.apply(self, theme)

    @override
    def setVisible(self, visible: bool) -> None:
        """Show or hide; the first time shown, watch for the first paint to finish the start-up."""
        super().setVisible(visible)
        if visible and self._shown_at is None:
            self._shown_at = time.monotonic()
            QTimer.singleShot(0, self, self._watch_first_paint)

    @Slot()
    def _watch_first_paint(self) -> None:
        # Qt paints a widget window at once when the window system first exposes it, so once the
        # window is exposed its first paint is done. Watched here, not in paintEvent: a Python
        # event handler makes PySide build its QEvent type (180 values, 1.8 ms) before that paint.
        handle = self.windowHandle()
        waited_ms = 1000 * (time.monotonic() - (self._shown_at or 0.0))
        if (handle is not None and handle.isExposed()) or waited_ms >= FINISH_START_LATEST_MS:
            self._finish_start()
        elif not self._start_begun:
            QTimer.singleShot(FIRST_PAINT_POLL_MS, self, self._watch_first_paint)

    @Slot()
    def _finish_start(self) -> None:
        # Deferred from start-up: an application-wide Python event filter makes PySide set up
        # the type of every object it sees (~50 ms the first time), and the guidance rules read
        # weeks of the diary. Until now, Space reaches the bedside through the log_twitch action.
        if self._closed or self._start_begun:
            return
        self._start_begun = True
        self.first_painted.emit()
        if self._closed:
            return  # a slot of first_painted closed the window
        # The parent's own text is never markup, in any label or tooltip from now on; the first
        # screen's labels that show it were made plain text where they were built.
        from desktop.ui.plain_text import install_plain_text_rule

        install_plain_text_rule()
        self.bedside.finish_start()
        late = self._build_late_parts()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(late.space_key)
        # The desktop's light/dark setting, read now (it may have changed since the last start),
        # then followed as it changes.
        self._on_color_scheme_changed()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self._listening = True
        late.guidance_alerts.start()
        self._start_finished = True

    @property
    def start_finished(self) -> bool:
        """Whether the start-up has finished (the first paint, then the parts built after it)."""
        return self._start_finished

    @property
    def late(self) -> LateParts:
        """The parts built right after the first paint (Space key, Help, backup place, …).

        Raises LookupError before then: until the window has been painted (``start_finished``),
        Space reaches the bedside through the ``log_twitch`` action and the menus lack these.
        """
        if self._late is None:
            raise LookupError("the window's late parts are built after its first paint, not yet")
        return self._late

    def _build_late_parts(self) -> LateParts:
        # Imported here: the first screen needs none of these modules (nor their menus) to appear.
        from desktop.ui.late_parts import build_late_parts
        from desktop.ui.review.report_actions import review_target

        late = build_late_parts(
            self,
            diary=self.diary,
            clock=self.clock,
            bedside=self.bedside,
            undo_stack=self.undo_stack,
            actions_by_name=self.actions_by_name,
            diary_menu=self.diary_menu,
            diary_menu_end=self._diary_menu_end,
            baby=self.baby,
            bedside_active=self._bedside_active,
            # For the review's period (the 28 days up to today before the review is opened).
            report_target=lambda: review_target(self.baby, self.review, self.clock.today()),
            show_outside_changes=self.show_outside_changes,
        )
        late.space_key.tapped.connect(self._on_space_key_tapped)
        late.space_key.held.connect(self._on_space_key_held)
        self.baby_changed.connect(late.guidance_alerts.set_baby)
        self._late = late
        return late

    def show_outside_changes(self) -> None:
        """Show what an import or a sync brought in, and offer to merge a baby entered twice."""
        if self._closed:
            return
        from desktop.ui.baby_doubles import offer_merges

        self.bedside.session.reload()
        self.bedside.refresh()
        self._sync_babies(select=None if self.baby is None else self.baby.id)
        if self.history is not None:
            self.history.reload()
        offer_merges(self, self.diary, self.undo_stack, self.bedside.show_problem, self._declined_merges)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        """Store an episode being timed, remember the window's place, let the screen blank, close."""
        if self.bedside.episode_running:
            self.bedside.toggle_episode()
        if not self._closed:
            before_full = self._geometry_before_full_screen
            geometry = before_full if self.isFullScreen() and before_full is not None else self.saveGeometry()
            save_geometry(self.diary.settings, geometry)
        self.close_diary()
        super().closeEvent(event)

    def close_diary(self) -> None:
        """Stop using the diary and close its file (safe to call twice)."""
        if self._closed:
            return
        self._closed = True
        late = self._late
        if late is not None:
            for work in (late.folder_sync.work, late.diary_exchange.work):
                if work is not None:
                    work.wait()  # its thread has its own connection; it must end before the window does
        # Every timer in the window (the guidance panel's hold, the bedside clock, the theme clock)
        # stops here: a window closed but not yet deleted must never reach the closed file.
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.bedside.shut_down()
        app = QCoreApplication.instance()
        if self._listening and late is not None:
            if app is not None:
                app.removeEventFilter(late.space_key)
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_color_scheme_changed)
        self.undo_stack.clear()
        self.diary.close()

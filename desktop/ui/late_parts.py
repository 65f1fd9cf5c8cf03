"""The window's parts built right after its first paint: the first screen shows none of them.

The main window builds them once, with ``build_late_parts``, when it has been painted (see
``MainWindow.late``); until then Space reaches the bedside through the ``log_twitch`` action,
and the menus hold only what the first screen needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.core.clock import Clock
from desktop.core.model import Baby
from desktop.store.diary import Diary
from desktop.ui.about_dialog import install_about
from desktop.ui.app_icon import app_icon
from desktop.ui.backup_place import BackupPlace
from desktop.ui.bedside.alerts import GuidanceAlerts, install_guidance_alerts
from desktop.ui.bedside.space_key import SpaceKey
from desktop.ui.bedside.view import BedsideView
from desktop.ui.diary_exchange import DiaryExchange
from desktop.ui.folder_sync import FolderSync
from desktop.ui.help_pages import HelpMenu, install_help_menu
from desktop.ui.review.report_actions import ReportActions, TargetSource, install_report_actions


@dataclass(frozen=True)
class LateParts:
    """The parts of the window built after its first paint, each owned by the window."""

    space_key: SpaceKey  # Space: a tap, or held down, an episode (the application's event filter)
    backup_place: BackupPlace  # Diary › Second Backup Place… and Stop Backing Up Elsewhere
    diary_exchange: DiaryExchange  # Diary › Import… and Export…
    folder_sync: FolderSync  # Diary › Sync with Other Devices…, Sync Now, Stop Syncing
    help_menu: HelpMenu  # Help: the guidance pages, the keyboard shortcuts, About
    guidance_alerts: GuidanceAlerts  # urgent findings in the bedside banner (started by the window)
    report_actions: ReportActions  # export_report (Ctrl+E), print_report (Ctrl+P), export_csv


def build_late_parts(
    window: QMainWindow,
    *,
    diary: Diary,
    clock: Clock,
    bedside: BedsideView,
    undo_stack: QUndoStack,
    actions_by_name: dict[str, QAction],
    diary_menu: QMenu,
    diary_menu_end: QAction,
    baby: Baby | None,
    bedside_active: Callable[[], bool],
    report_target: TargetSource,
    show_outside_changes: Callable[[], None],
) -> LateParts:
    """Build the late parts into ``window``: its Diary menu entries (before ``diary_menu_end``), Help.

    ``bedside_active`` says whether Space is the bedside's now, ``report_target`` which baby and
    days a report covers, ``show_outside_changes`` shows what an import or a sync brought in. The
    Diary menu's new actions, and Help's, are added to ``actions_by_name``. Nothing is connected
    to the window's own slots or signals here: the window does that with what is returned.
    """
    space_key = SpaceKey(window, bedside_active, clock)
    backup_place = BackupPlace(window, diary, diary_menu, diary_menu_end)
    diary_exchange = DiaryExchange(window, diary, diary_menu, diary_menu_end, show_outside_changes)
    folder_sync = FolderSync(window, diary, diary_menu, diary_menu_end, undo_stack, show_outside_changes)
    for action in (
        backup_place.choose_action,
        backup_place.forget_action,
        diary_exchange.import_action,
        diary_exchange.export_action,
        folder_sync.settings_action,
        folder_sync.now_action,
        folder_sync.off_action,
    ):
        actions_by_name[action.objectName()] = action
    help_menu = install_help_menu(window, actions_by_name)
    install_about(window, help_menu, diary.data_dir, actions_by_name)
    # The icon after the first paint: QIcon's type costs the first screen 1.5 ms (ui/startup/qt_by_name).
    QGuiApplication.setWindowIcon(app_icon())
    # Checked once the window starts it, then after each sign or episode.
    guidance_alerts = install_guidance_alerts(window, diary, bedside, undo_stack, baby, today=clock.today)
    report_actions = install_report_actions(window, diary, report_target)
    return LateParts(
        space_key=space_key,
        backup_place=backup_place,
        diary_exchange=diary_exchange,
        folder_sync=folder_sync,
        help_menu=help_menu,
        guidance_alerts=guidance_alerts,
        report_actions=report_actions,
    )

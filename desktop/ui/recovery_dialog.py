"""Dialogs for when the diary cannot be used as it is: damaged, too new, already open, or a backup to restore.

Each dialog sits behind a classmethod (``ask`` / ``tell`` / ``choose``) that tests replace, so
no test ever blocks on a modal window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.store.backup import Backup
from desktop.store.backup_elsewhere import ROOT_NAME
from desktop.store.errors import StoreError, TooNewDatabaseError
from desktop.ui.plain_text import install_plain_text_rule
from desktop.ui.translation import translate


def backup_label(backup: Backup) -> str:
    """How a backup is named to the parent: its local date and time, and what kind it is."""
    when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    kinds = {
        "daily": translate("RecoveryDialog", "daily backup"),
        "before-migration": translate("RecoveryDialog", "copy made before an update"),
        "before-restore": translate("RecoveryDialog", "diary kept aside by a restore"),
    }
    label = f"{when} — {kinds.get(backup.kind, backup.kind)}"
    # A copy in the second backup place (see store/backup_elsewhere) says where it is.
    if backup.path.parent.parent.name == ROOT_NAME:
        label += " — " + translate("RecoveryDialog", "in {place}").format(
            place=backup.path.parent.parent.parent
        )
    return label


def recovery_text(error: StoreError, latest: Backup | None) -> str:
    """What went wrong with the file, that it was left alone, and what the parent can do."""
    lines = [str(error)]
    if isinstance(error, TooNewDatabaseError):
        lines.append(
            translate("RecoveryDialog", "Your diary is safe in that file; a newer Twitch Diary can open it.")
        )
    if latest is None:
        lines.append(translate("RecoveryDialog", "There is no backup to restore yet."))
    else:
        lines.append(
            translate(
                "RecoveryDialog",
                "You can restore the latest backup ({when}). The file as it is now is kept beside it.",
            ).format(when=backup_label(latest))
        )
    return "\n\n".join(lines)


class RecoveryDialog:
    """Asks whether to restore the latest backup when the diary file cannot be opened."""

    @classmethod
    def ask(cls, error: StoreError, latest: Backup | None, parent: QWidget | None = None) -> bool:
        """Show the problem; True when the parent chose to restore ``latest``."""
        install_plain_text_rule()  # shown before the window: the file's path is not markup
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("RecoveryDialog", "Twitch Diary cannot open your diary"))
        box.setText(recovery_text(error, latest))
        restore = None
        if latest is not None:
            restore = box.addButton(
                translate("RecoveryDialog", "Restore latest backup"), QMessageBox.ButtonRole.AcceptRole
            )
        quit_button = box.addButton(translate("RecoveryDialog", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(quit_button)  # restoring is a choice, never the default
        box.exec()
        return restore is not None and box.clickedButton() is restore


class ProblemNotice:
    """Tells the parent about a problem (already open, cannot save, backup trouble) in plain words."""

    @classmethod
    def tell(cls, title: str, message: str, parent: QWidget | None = None) -> None:
        """Show ``message`` in a modal box with one button."""
        install_plain_text_rule()  # perhaps before the window: a path in the message is not markup
        QMessageBox.warning(parent, title, message)


class RestoreChooser:
    """Lets the parent pick a backup to restore, newest first, and confirm."""

    @classmethod
    def choose(cls, backups: list[Backup], parent: QWidget | None = None) -> Backup | None:
        """The backup chosen, or None when cancelled (or there is none)."""
        install_plain_text_rule()
        if not backups:
            ProblemNotice.tell(
                translate("RecoveryDialog", "Restore a backup"),
                translate("RecoveryDialog", "There are no backups yet."),
                parent,
            )
            return None
        labels = [backup_label(backup) for backup in backups]
        label, accepted = QInputDialog.getItem(
            parent,
            translate("RecoveryDialog", "Restore a backup"),
            translate(
                "RecoveryDialog", "Restore the diary as it was at (the diary as it is now is kept aside):"
            ),
            labels,
            0,
            False,
        )
        if not accepted:
            return None
        return backups[labels.index(label)]

"""The main window's size, place and maximized state, kept in the diary's own settings.

Kept in the diary (its ``setting`` table), not in ``QSettings``, because the place belongs to the
data folder: the demo diary, a second diary on a USB stick and the parent's own each open as they
were left, and a test or a ``--data-dir`` run never touches the user's real window settings (a
``QSettings`` file is one per user, shared by every data folder). The value is Qt's own
``saveGeometry`` blob in Base64; Qt's ``restoreGeometry`` moves a window saved on a screen that is
no longer there back onto one that is.

Full screen is not reopened: it is a bedside moment, and the window opens as it was before it.
"""

from __future__ import annotations

import binascii
from typing import Final

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QWidget

from desktop.store.errors import StoreError
from desktop.store.settings import SettingRepository

GEOMETRY_SETTING: Final = "ui.window_geometry"


def restore_geometry(window: QWidget, settings: SettingRepository) -> bool:
    """Put the window where it was last closed; False (nothing changed) when nothing usable is saved."""
    try:
        text = settings.get(GEOMETRY_SETTING)
    except StoreError:
        return False
    if not text:
        return False
    try:
        blob = binascii.a2b_base64(text.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError):
        return False
    return bool(window.restoreGeometry(QByteArray(blob)))


def save_geometry(settings: SettingRepository, geometry: QByteArray) -> None:
    """Remember a ``saveGeometry`` blob for the next start; a diary that cannot be written is let be."""
    text = binascii.b2a_base64(geometry.data(), newline=False).decode("ascii")
    try:
        if settings.get(GEOMETRY_SETTING) != text:
            settings.set(GEOMETRY_SETTING, text)
    except StoreError:
        pass  # a window place is not worth a message at closing time

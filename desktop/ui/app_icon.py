"""The app's icon from the PNGs in ``resources/icons`` (built after the first paint: QIcon costs start-up)."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from desktop import identity, resources


def app_icon() -> QIcon:
    """The app's icon at every rendered size (the window, the task bar, the About box)."""
    icon = QIcon()
    for size in identity.ICON_PNG_SIZES:
        pixmap = QPixmap()
        pixmap.loadFromData(resources.read_bytes(*identity.icon_png(size)), "PNG")
        icon.addPixmap(pixmap)
    return icon

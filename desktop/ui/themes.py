"""Night and day themes: a palette and a style sheet built from ``resources/styles`` colours.

The night theme keeps a dark room dark: near-black backgrounds, dim warm accents and no colour
brighter than the dim text, so the screen never lights up the baby's room. "system" follows the
desktop's light/dark setting (``QStyleHints.colorScheme``) by day and is the night theme from
19:00 to 06:00 local time whatever the desktop says (see ``resolve``).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Final

from PySide6 import QtCore
from PySide6.QtCore import QJsonDocument
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from desktop import resources
from desktop.core.night_hours import is_night_hour

THEME_CHOICES: Final = ("system", "night", "day")
THEMES: Final = ("night", "day")
SETTING_KEY: Final = "ui.theme"
# What the desktop said last time (``dark``, ``light`` or ``unknown``): the window starts with it
# and reads the desktop again after its first paint (see ``desktop_scheme``).
SCHEME_SETTING_KEY: Final = "ui.desktop_scheme"
SCHEMES: Final = ("dark", "light", "unknown")


def style_files() -> list[str]:
    """The numbered style sheet files under ``resources/styles``, in the order they apply.

    Views add their own rules as numbered files (``30-history.qss`` ...), read in name order.
    """
    # Tested by hand, not by a glob: the glob's pattern compiler costs 2 ms of the start-up.
    names = resources.list_names("styles")
    return sorted(n for n in names if n[:2].isdigit() and n[2:3] == "-" and n.endswith(".qss"))


_NAME = re.compile(r"@([a-z_]+)")

# Which colour of the theme paints which palette role (widgets without a style sheet rule use these).
_ROLES: Final = {
    QPalette.ColorRole.Window: "bg",
    QPalette.ColorRole.WindowText: "text",
    QPalette.ColorRole.Base: "surface",
    QPalette.ColorRole.AlternateBase: "raised",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.Button: "raised",
    QPalette.ColorRole.ButtonText: "text",
    QPalette.ColorRole.BrightText: "text",
    QPalette.ColorRole.Highlight: "accent_soft",
    QPalette.ColorRole.HighlightedText: "on_accent",
    QPalette.ColorRole.ToolTipBase: "raised",
    QPalette.ColorRole.ToolTipText: "text",
    QPalette.ColorRole.PlaceholderText: "muted",
    QPalette.ColorRole.Link: "accent",
    QPalette.ColorRole.LinkVisited: "accent_soft",
    QPalette.ColorRole.Light: "border",
    QPalette.ColorRole.Midlight: "raised",
    QPalette.ColorRole.Mid: "border",
    QPalette.ColorRole.Dark: "surface",
    QPalette.ColorRole.Shadow: "bg",
}


def colours(theme: str) -> dict[str, str]:
    """The named colours of a theme (``night`` or ``day``) as ``#rrggbb`` strings."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    return _colour_file(theme)


@cache
def _colour_file(theme: str) -> dict[str, str]:
    # Qt's JSON reader, already loaded: Python's json module would add 1.4 ms to the window's start.
    text = resources.read_text("styles", f"{theme}.json").encode("utf-8")
    document = QJsonDocument.fromJson(text)
    if not document.isObject():
        raise ValueError(f"resources/styles/{theme}.json is not a JSON object")
    named = document.object()
    if not all(isinstance(value, str) for value in named.values()):
        raise ValueError(f"resources/styles/{theme}.json: every colour must be a string")
    return {str(name): str(value) for name, value in named.items()}


def desktop_scheme() -> str:
    """The desktop's light/dark preference now: ``dark``, ``light`` or ``unknown``.

    Asking builds PySide's whole ``Qt`` namespace the first time (about 90 enums, 14 ms), so the
    window starts with the answer it saved last time and asks once it is on screen.
    """
    scheme = QGuiApplication.styleHints().colorScheme()
    names = {QtCore.Qt.ColorScheme.Dark: "dark", QtCore.Qt.ColorScheme.Light: "light"}
    return names.get(scheme, "unknown")


def local_hour() -> int:
    """The hour of the local clock now (a function, so tests can set the time of day)."""
    return datetime.now().hour


def is_night(hour: int) -> bool:
    """19:00 to 06:00 local time: the hours a baby's room is dark."""
    return is_night_hour(hour)


def resolve(choice: str, scheme: str | None = None, hour: int | None = None) -> str:
    """The theme to show for a saved choice: ``system`` becomes night or day.

    ``scheme`` is the desktop's preference (``desktop_scheme()`` when not given). By day "system"
    follows it. From 19:00 to 06:00 local time it is the night theme whatever the desktop says:
    most desktops stay light all night, and a bright screen must not light up a dark room at
    3 a.m. A parent who wants the day theme at night chooses "Day".
    """
    if choice in THEMES:
        return choice
    hour = local_hour() if hour is None else hour
    if is_night(hour):
        return "night"
    scheme = desktop_scheme() if scheme is None else scheme
    return "day" if scheme in ("light", "unknown") else "night"


# The icons of message boxes (warning, error, information, question): the style's own are bright
# yellow, red and blue, so the night theme draws its own in its dim colours.
MESSAGE_ICONS: Final = ("warning", "critical", "information", "question")


def _message_icons(theme: str) -> str:
    if theme != "night":
        return ""  # by day the system's own icons
    rules = []
    for name in MESSAGE_ICONS:
        # The file's own path (a source checkout, an installed wheel and the bundle all have one);
        # forward slashes, as a style sheet's url() wants them on Windows too.
        path = str(resources.resource_path("styles", "night-icons", f"{name}.svg")).replace("\\", "/")
        rules.append(f"    messagebox-{name}-icon: url({path});")
    return "QMessageBox {\n" + "\n".join(rules) + "\n}\n"


# The calendar popup's month arrows: some Qt releases (6.9) draw them as bright green icons.
CALENDAR_ICONS: Final = {"qt_calendar_prevmonth": "previous-month", "qt_calendar_nextmonth": "next-month"}


def _calendar_icons(theme: str) -> str:
    if theme != "night":
        return ""  # by day Qt's own arrows
    rules = []
    for button, name in CALENDAR_ICONS.items():
        path = str(resources.resource_path("styles", "night-icons", f"{name}.svg")).replace("\\", "/")
        rules.append(f"QCalendarWidget QToolButton#{button} {{ qproperty-icon: url({path}); }}")
    return "\n".join(rules) + "\n"


def style_sheet(theme: str) -> str:
    """The full style sheet of a theme, colour names replaced by the theme's colours."""
    named = colours(theme)
    text = "\n".join(resources.read_text("styles", name) for name in style_files())
    return (
        _NAME.sub(lambda match: named[match.group(1)], text) + _message_icons(theme) + _calendar_icons(theme)
    )


def palette(theme: str) -> QPalette:
    """A palette in the theme's colours, also for disabled widgets (dimmed, never brighter)."""
    named = colours(theme)
    result = QPalette()
    for role, name in _ROLES.items():
        result.setColor(role, QColor(named[name]))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(named["faint"]))
    return result


def apply(widget: QWidget, theme: str) -> None:
    """Give a window (and its children and dialogs) the theme's palette and style sheet."""
    colours_of_theme = palette(theme)
    widget.setPalette(colours_of_theme)
    # Popups (drop-down lists, menus, tooltips) are windows of their own: a palette does not pass
    # from a window to them as the style sheet does, and the default one draws their frames light.
    QGuiApplication.setPalette(colours_of_theme)
    widget.setStyleSheet(style_sheet(theme))
    widget.setProperty("theme", theme)

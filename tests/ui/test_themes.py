"""Night and day themes: each applies, the night keeps a dark room dark, the choice is remembered."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from desktop.app import create_window as create_window_without_showing
from desktop.ui import themes
from desktop.ui.main_window import MainWindow

from .conftest import OpenWindow

# "No bright white": nothing in the night theme may be lighter than its dim warm text/accent.
NIGHT_BRIGHTEST = 0xB5
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def brightest_channel(colour: QColor) -> int:
    return max(colour.red(), colour.green(), colour.blue())


def test_every_night_colour_is_dim() -> None:
    for name, value in themes.colours("night").items():
        assert brightest_channel(QColor(value)) <= NIGHT_BRIGHTEST, name
    assert themes.colours("night")["bg"] == "#0b0b0d"


def test_the_night_style_sheet_names_no_white_and_no_colour_outside_the_theme() -> None:
    sheet = themes.style_sheet("night")
    assert "@" not in sheet  # every colour name was replaced
    assert "white" not in sheet.lower()
    for value in HEX.findall(sheet):
        assert brightest_channel(QColor(value)) <= NIGHT_BRIGHTEST, value


def test_the_night_palette_has_no_pure_white_in_any_role() -> None:
    palette = themes.palette("night")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role in themes._ROLES:
            colour = palette.color(group, role)
            assert brightest_channel(colour) <= NIGHT_BRIGHTEST, (group, role, colour.name())


@pytest.mark.parametrize("theme", themes.THEMES)
def test_each_theme_has_the_same_colour_names_and_applies_to_the_window(
    window: MainWindow, theme: str
) -> None:
    assert set(themes.colours(theme)) == set(themes.colours("night"))
    themes.apply(window, theme)
    assert window.theme == theme
    assert window.palette().color(QPalette.ColorRole.Window) == QColor(themes.colours(theme)["bg"])
    assert window.styleSheet() == themes.style_sheet(theme)


def test_the_day_theme_reads_dark_text_on_a_light_background() -> None:
    day = themes.colours("day")
    assert QColor(day["bg"]).lightness() > 200
    assert QColor(day["text"]).lightness() < 80


def test_system_is_the_default_and_a_chosen_theme_is_remembered(
    qtbot: QtBot, open_window: OpenWindow, mia: object
) -> None:
    window = open_window()
    assert window.actions_by_name["theme_system"].isChecked()
    assert window.theme == themes.resolve("system")
    window.actions_by_name["theme_night"].trigger()
    assert window.theme == "night"
    assert window.diary.settings.get(themes.SETTING_KEY) == "night"
    window.actions_by_name["theme_day"].trigger()
    assert window.theme == "day"
    window.actions_by_name["theme_night"].trigger()
    window.close()
    again = open_window()
    assert again.theme == "night"
    assert again.actions_by_name["theme_night"].isChecked()


def test_an_unknown_theme_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown theme"):
        themes.colours("neon")


def test_every_numbered_style_file_is_used_and_every_colour_name_is_defined() -> None:
    files = themes.style_files()
    assert files[0] == "10-base.qss"
    assert files == sorted(files)
    for theme in themes.THEMES:
        sheet = themes.style_sheet(theme)
        assert "@" not in sheet, theme


@pytest.mark.parametrize(
    ("scheme", "hour", "expected"),
    [
        ("dark", 12, "night"),
        ("light", 12, "day"),
        ("light", 23, "night"),  # a light desktop at night: the room stays dark
        ("light", 3, "night"),
        ("light", 6, "day"),
        ("unknown", 23, "night"),  # no desktop preference: the clock decides
        ("unknown", 3, "night"),
        ("unknown", 6, "day"),
        ("unknown", 18, "day"),
        ("unknown", 19, "night"),
    ],
)
def test_system_follows_the_desktop_by_day_and_is_night_at_night(
    scheme: str, hour: int, expected: str
) -> None:
    assert themes.resolve("system", scheme, hour) == expected
    assert themes.resolve("day", scheme, hour) == "day"
    assert themes.resolve("night", scheme, hour) == "night"


def test_follow_the_system_says_which_hours_are_night(window: MainWindow) -> None:
    from desktop.core.night_hours import NIGHT_FROM_HOUR, NIGHT_UNTIL_HOUR

    tip = window.actions_by_name["theme_system"].toolTip()
    assert f"{NIGHT_FROM_HOUR:02d}:00 to {NIGHT_UNTIL_HOUR:02d}:00" in tip  # the hours resolve uses
    assert "night" in tip


def test_the_desktop_scheme_is_read_as_a_name() -> None:
    assert themes.desktop_scheme() in themes.SCHEMES


def test_following_the_system_turns_night_at_nightfall_without_saving_a_choice(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.actions_by_name["theme_system"].isChecked()
    themes.apply(window, "day")
    monkeypatch.setattr(themes, "desktop_scheme", lambda: "unknown")
    monkeypatch.setattr(themes, "resolve", lambda choice, *_: "night" if choice == "system" else choice)
    window._on_theme_clock_timeout()  # the minute check
    assert window.theme == "night"
    assert window.diary.settings.get(themes.SETTING_KEY) is None
    window.actions_by_name["theme_day"].trigger()
    window._on_theme_clock_timeout()
    assert window.theme == "day"  # a chosen theme stays


@pytest.mark.usefixtures("mia")
@pytest.mark.parametrize(("saved", "desktop"), [("dark", "light"), ("light", "dark"), (None, "dark")])
def test_the_window_starts_as_the_desktop_was_and_follows_it_once_shown(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch, saved: str | None, desktop: str
) -> None:
    monkeypatch.setattr(themes, "local_hour", lambda: 12)  # by day: the desktop decides
    window = open_window()
    qtbot.waitUntil(lambda: window.diary.settings.get(themes.SCHEME_SETTING_KEY) is not None)
    if saved is None:
        window.diary.settings.delete(themes.SCHEME_SETTING_KEY)
    else:
        window.diary.settings.set(themes.SCHEME_SETTING_KEY, saved)
    window.close()
    monkeypatch.setattr(themes, "desktop_scheme", lambda: desktop)
    painted: list[str] = []
    # Asking the desktop builds PySide's Qt namespace (14 ms): a known scheme is used until the
    # window is on screen; with none saved yet, the desktop is asked before the first paint.
    again = create_window_without_showing(window.diary.data_dir)
    qtbot.addWidget(again)
    again.first_painted.connect(lambda: painted.append(again.theme))
    start_theme = again.theme
    again.show()
    qtbot.waitUntil(lambda: bool(painted))
    want = {"dark": "night", "light": "day"}[desktop]
    assert start_theme == (want if saved is None else {"dark": "night", "light": "day"}[saved])
    qtbot.waitUntil(lambda: again.theme == want)
    assert again.diary.settings.get(themes.SCHEME_SETTING_KEY) == desktop
    assert again.diary.settings.get(themes.SETTING_KEY) is None  # following the desktop is not a choice

"""The window's translators: Spanish from the compiled .qm, the pseudo-locale, Qt's own buttons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop import language
from desktop.language.pseudo import is_pseudo
from desktop.ui import translation
from desktop.ui.about_dialog import AboutDialog


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """A function that makes the window speak a language; English again after the test."""
    installed: list[translation.QTranslator] = []

    def switch(code: str) -> None:
        translation.remove(qapp, installed)
        installed[:] = translation.install(qapp, code)
        language.set_current(code)

    yield switch
    translation.remove(qapp, installed)
    language.set_current(language.ENGLISH)


def test_spanish_comes_from_the_compiled_catalogue(speak, qtbot: QtBot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    speak("es")
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Acerca de Twitch Diary"
    assert dialog.open_button.text() == "Abrir la carpeta de datos"


def test_qt_own_buttons_are_in_the_language_too(speak, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    speak("es")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


def test_the_pseudo_locale_marks_known_messages_and_leaves_unknown_ones(speak) -> None:  # type: ignore[no-untyped-def]
    speak(language.PSEUDO)
    assert is_pseudo(QCoreApplication.translate("AboutDialog", "About Twitch Diary"))
    # Looked up under a context lupdate never saw: left plain, so the walk of the window finds it.
    assert QCoreApplication.translate("Elsewhere", "About Twitch Diary") == "About Twitch Diary"


def test_dates_and_numbers_follow_the_language(speak) -> None:  # type: ignore[no-untyped-def]
    speak("es")
    assert QLocale().toString(QDate(2026, 11, 3), "d MMMM yyyy") == "3 noviembre 2026"
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    speak("en")
    assert QLocale().toString(QDate(2026, 11, 3), "d MMMM yyyy") == "3 November 2026"


def test_the_pseudo_locale_covers_qt_own_buttons(speak, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    speak(language.PSEUDO)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert is_pseudo(box.button(QDialogButtonBox.StandardButton.Cancel).text())

"""The window's language: Qt's translators for the chosen language, and QLocale for dates and numbers.

``install`` loads Qt's own catalogue (the standard buttons: "Cancel", "OK") and the app's
``.qm`` (compiled by ``pyside6-lrelease`` from ``resources/i18n``, see ``tools/i18n.py``). The
pseudo-locale has no ``.qm``: a translator made here accents every message the catalogue knows,
so a string that never went through ``tr()`` under the context ``lupdate`` saw stays plain.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from desktop import language, resources
from desktop.language import catalog
from desktop.language.pseudo import pseudo

# QLocale names for the app's languages (the pseudo-locale formats dates as English does).
from desktop.ui.overrides import override

_LOCALE_NAMES: Final = {language.ENGLISH: "en_US", "es": "es_ES", language.PSEUDO: "en_US"}
# Qt's own classes, whose text Qt's catalogue (qtbase_xx.qm) translates, not the app's.
_QT_CONTEXT_PREFIX: Final = "Q"


class PseudoTranslator(QTranslator):
    """Accents every message the app's catalogue (or Qt's own classes) asks for; see module docs."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The pseudo-locale text of a known message; None (untranslated: Qt shows the source) otherwise."""
        key = (context, source, disambiguation or "")
        if key in catalog.known_keys():
            return catalog.lookup(language.PSEUDO, context, source, disambiguation or "", n)
        if context.startswith(_QT_CONTEXT_PREFIX) and source.strip():
            text = pseudo(source)
            return text.replace("%n", str(n)) if n >= 0 else text
        return None  # a null QString: an empty one would blank the text instead

    @override
    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False


def locale_for(code: str) -> QLocale:
    """The QLocale that formats dates, times and numbers for a language of the app."""
    return QLocale(_LOCALE_NAMES.get(code, "en_US"))


def _qm_translator(parent: QObject, name: str) -> QTranslator | None:
    """A translator loaded from one of the app's ``.qm`` files, or None when there is none."""
    try:
        place = resources.resource_path("i18n", name)
    except FileNotFoundError:
        return None
    translator = QTranslator(parent)
    path = resources.on_disk(place)
    if path is not None:
        return translator if translator.load(str(path)) else None
    from importlib.resources import as_file

    with as_file(place) as copy:  # a real file made from a zipped package's data
        return translator if translator.load(str(copy)) else None


def _qt_translator(parent: QObject, code: str) -> QTranslator | None:
    """Qt's own catalogue for a language (its standard buttons and dialogs), if shipped."""
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{code}", folder) else None


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Make ``code`` the window's language: translators installed, QLocale's default set."""
    QLocale.setDefault(locale_for(code))
    translators: list[QTranslator | None]
    if code == language.PSEUDO:
        translators = [PseudoTranslator(app)]
    else:
        # English too: its catalogue holds the plural forms ("1 twitch", "2 twitches").
        translators = [_qt_translator(app, code), _qm_translator(app, f"twitch_diary_{code}.qm")]
    installed = [translator for translator in translators if translator is not None]
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Take the translators ``install`` returned off the application again (tests switch languages)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(locale_for(language.ENGLISH))


# ``translate("Context", "text")``: the name ``lupdate`` extracts, with the context written out, so
# the message lands where the code looks it up (a wrapper such as ``_tr(text)`` is never extracted).
translate: Final = QCoreApplication.translate

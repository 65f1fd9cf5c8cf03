"""The messages of the ``.ts`` catalogues, looked up without Qt (the command line, guidance, report).

The catalogues are the ones Qt's ``pyside6-lupdate`` writes from the ``translate("Context", "…")``
calls of the source (``tools/i18n.py``); the window reads their compiled ``.qm`` through Qt, the
rest of the program reads the same ``.ts`` here, so each message is translated once.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Final

from desktop.language import choice
from desktop.language.pseudo import pseudo

if TYPE_CHECKING:
    from xml.etree import ElementTree

PACKAGE: Final = "twitch_diary_resources"  # resources/ as package data (see desktop.resources)
FOLDER: Final = "i18n"
# Plural forms: which form of a numerus message a count takes (Qt's rules for these languages).
_SINGULAR_ONLY_FOR_ONE: Final = frozenset({"en", "es"})

Key = tuple[str, str, str]  # context, source text, disambiguation ("" when none)
Message = str | tuple[str, ...]  # a translation, or the forms of a numerus message


def catalogue_name(code: str) -> str:
    """The file name of a language's catalogue ("twitch_diary_es.ts")."""
    return f"twitch_diary_{code}.ts"


def _parse(data: bytes) -> ElementTree.Element:
    # Imported here: an English window never reads a catalogue, and its start-up is timed.
    from xml.etree import ElementTree

    return ElementTree.fromstring(data)  # noqa: S314 (our own package data, not untrusted XML)


@cache
def messages(code: str) -> dict[Key, Message]:
    """The finished translations of a language's catalogue; empty when it has none."""
    from importlib.resources import files  # here: an English start reads no catalogue

    place = files(PACKAGE).joinpath(FOLDER).joinpath(catalogue_name(code))
    if not place.is_file():
        return {}
    root = _parse(place.read_bytes())
    found: dict[Key, Message] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            found[key] = forms if message.get("numerus") == "yes" else (translation.text or "")
    return found


@cache
def known_keys() -> frozenset[Key]:
    """Every message the source asks for, as ``lupdate`` found it (the Spanish catalogue's keys)."""
    from importlib.resources import files

    place = files(PACKAGE).joinpath(FOLDER).joinpath(catalogue_name("es"))
    root = _parse(place.read_bytes())
    return frozenset(
        (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    )


def plural_form(code: str, n: int) -> int:
    """Which numerus form ``n`` takes in this language (0: the singular)."""
    if code.split("-", maxsplit=1)[0] in _SINGULAR_ONLY_FOR_ONE:
        return 0 if n == 1 else 1
    return 0


def lookup(code: str, context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in language ``code``, with ``%n`` replaced by ``n``; the source when untranslated."""
    if code == choice.ENGLISH and n < 0:
        # The source text is the English text; English's catalogue holds only plural forms
        # (tests/language/test_catalog.py), so an English start never parses XML for a label.
        return text
    key = (context, text, disambiguation)
    if code == choice.PSEUDO:
        found = messages(choice.ENGLISH).get(key, text) if key in known_keys() else None
        result = text if found is None else pseudo(_pick(found, n, choice.ENGLISH))
    else:
        result = _pick(messages(code).get(key, text), n, code)
    return result.replace("%n", str(n)) if n >= 0 else result


def _pick(message: Message, n: int, code: str) -> str:
    if isinstance(message, str):
        return message
    if not message:
        return ""
    return message[min(plural_form(code, n), len(message) - 1)] if n >= 0 else message[0]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in this run's language, looked up as ``QCoreApplication.translate`` would."""
    return lookup(choice.current(), context, text, disambiguation or "", n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``lupdate`` under ``context`` and returns it untranslated (label tables)."""
    del context
    return text


class Context:
    """A translation context for plain-Python code: ``self.tr`` looks up under the class's name.

    lupdate reads a plural message (``numerus``) only from ``self.tr(text, "", n)``: it loses a
    ``translate(context, text, "", n)`` whose count is not a literal number. So plural messages
    are methods of a small subclass named for their context, as ``QObject.tr`` works in the window.
    """

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in this run's language, in the context named after this class."""
        return translate(type(self).__name__, text, disambiguation, n)

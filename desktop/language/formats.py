"""Dates, numbers, lists and counted nouns in this run's language, for the parts without Qt."""

from __future__ import annotations

from datetime import date
from typing import Final

from desktop.language import choice
from desktop.language.catalog import QT_TRANSLATE_NOOP, Context, translate

# Abbreviated names, Monday first and January first, as the catalogue translates them.
WEEKDAYS: Final = (
    QT_TRANSLATE_NOOP("Dates", "Mon"),
    QT_TRANSLATE_NOOP("Dates", "Tue"),
    QT_TRANSLATE_NOOP("Dates", "Wed"),
    QT_TRANSLATE_NOOP("Dates", "Thu"),
    QT_TRANSLATE_NOOP("Dates", "Fri"),
    QT_TRANSLATE_NOOP("Dates", "Sat"),
    QT_TRANSLATE_NOOP("Dates", "Sun"),
)
MONTHS: Final = (
    QT_TRANSLATE_NOOP("Dates", "Jan"),
    QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"),
    QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"),
    QT_TRANSLATE_NOOP("Dates", "Dec"),
)
# English nouns ending so take "-es" in the plural ("match" → "matches").
_ES_ENDINGS: Final = ("ch", "sh", "s", "x")
_VOWELS: Final = "aeiouáéíóú"


def day_text(day: date) -> str:
    """A day as "Mon 3 Nov 2026" (Spanish "lun. 3 nov. 2026"), whatever the system locale."""
    return translate("Dates", "{weekday} {day} {month} {year}").format(
        weekday=translate("Dates", WEEKDAYS[day.weekday()]),
        day=day.day,
        month=translate("Dates", MONTHS[day.month - 1]),
        year=day.year,
    )


def decimal_text(value: float, places: int = 1) -> str:
    """A number with ``places`` decimals and the language's decimal mark ("1.5", "1,5")."""
    text = f"{value:.{places}f}"
    # The decimal mark as the language writes it: one character, "." in English.
    return text.replace(".", translate("Numbers", ".", "decimal mark"))


def list_text(words: list[str]) -> str:
    """Words joined the way people say lists: "a, b and c" ("a, b y c")."""
    if len(words) <= 1:
        return "".join(words)
    return translate("Lists", "{items} and {last}").format(items=", ".join(words[:-1]), last=words[-1])


class Counts(Context):
    """Counted words of the guidance and the report (the context of their plural messages)."""

    def times(self, count: int) -> str:
        """ "%n times" in the plural form ``count`` takes."""
        return self.tr("%n times", "", count)


def times_text(count: int) -> str:
    """How many times something happened: "once", "twice", "3 times" ("una vez", "3 veces")."""
    if count == 1:
        return translate("Counts", "once")
    if count == 2:
        return translate("Counts", "twice")
    return Counts().times(count)


def plural(noun: str, count: object) -> str:
    """The form of ``noun`` for ``count``: "singular|plural", or a regular plural of the language.

    The nouns come from the wording in ``resources/`` (``{count:episode}``), written in the
    language of that wording; English adds "s" or "es", Spanish "s" after a vowel, else "es".
    """
    if "|" in noun:
        singular, plural_form = noun.split("|", 1)
    elif choice.current() == "es":
        singular = noun
        plural_form = (
            noun + "s"
            if noun[-1:].lower() in _VOWELS
            else noun[:-1] + "ces"
            if noun.endswith("z")
            else noun + "es"
        )
    else:
        singular = noun
        plural_form = noun + ("es" if noun.endswith(_ES_ENDINGS) else "s")
    return singular if count == 1 else plural_form

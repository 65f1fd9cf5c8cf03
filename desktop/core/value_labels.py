"""The one spelling of every stored value in words: bedside chips, editor, review and report use it.

Labels are lower case, as they read inside a sentence ("signs: tremor, colour change"); a
button or a list shows them with ``capitalised``. Changing a word here changes it everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from desktop.language import QT_TRANSLATE_NOOP, translate


class Labels(Mapping[str, str]):
    """Stored values and their words, read in this run's language on every lookup.

    The table holds the English words (marked for lupdate with ``QT_TRANSLATE_NOOP``); reading
    a key translates it, so a table built at import time still follows ``--lang``.
    """

    def __init__(self, words: dict[str, str], capital: bool = False) -> None:
        self._words = words
        self._capital = capital

    def __getitem__(self, key: str) -> str:
        word = translate("Values", self._words[key])
        return capitalised(word) if self._capital else word

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)

    def capitalised(self) -> Labels:
        """The same table with each word capitalised, as a button or a list item shows it."""
        return Labels(self._words, capital=True)


BODY_PART_LABELS: Final = Labels(
    {
        "face": QT_TRANSLATE_NOOP("Values", "face"),
        "eyes": QT_TRANSLATE_NOOP("Values", "eyes"),
        "mouth": QT_TRANSLATE_NOOP("Values", "mouth"),
        "hand": QT_TRANSLATE_NOOP("Values", "hand"),
        "arm": QT_TRANSLATE_NOOP("Values", "arm"),
        "leg": QT_TRANSLATE_NOOP("Values", "leg"),
        "foot": QT_TRANSLATE_NOOP("Values", "foot"),
        "torso": QT_TRANSLATE_NOOP("Values", "torso"),
        "whole_body": QT_TRANSLATE_NOOP("Values", "whole body"),
        "unknown": QT_TRANSLATE_NOOP("Values", "not sure"),
    }
)
SIDE_LABELS: Final = Labels(
    {
        "left": QT_TRANSLATE_NOOP("Values", "left"),
        "right": QT_TRANSLATE_NOOP("Values", "right"),
        "both": QT_TRANSLATE_NOOP("Values", "both sides"),
        "unknown": QT_TRANSLATE_NOOP("Values", "not sure"),
    }
)
STATE_LABELS: Final = Labels(
    {
        "asleep": QT_TRANSLATE_NOOP("Values", "asleep"),
        "drowsy": QT_TRANSLATE_NOOP("Values", "drowsy"),
        "awake": QT_TRANSLATE_NOOP("Values", "awake"),
    }
)
EVENT_KIND_LABELS: Final = Labels(
    {
        "twitch": QT_TRANSLATE_NOOP("Values", "twitch"),
        "episode": QT_TRANSLATE_NOOP("Values", "episode"),
        "sign": QT_TRANSLATE_NOOP("Values", "sign seen"),
    }
)
SLEEP_KIND_LABELS: Final = Labels(
    {"nap": QT_TRANSLATE_NOOP("Values", "nap"), "night": QT_TRANSLATE_NOOP("Values", "night")}
)
STOPPED_ON_WAKING_LABELS: Final = Labels(
    {
        "yes": QT_TRANSLATE_NOOP("Values", "yes, it stopped"),
        "no": QT_TRANSLATE_NOOP("Values", "no, it went on"),
        "not_tried": QT_TRANSLATE_NOOP("Values", "not tried"),
    }
)
SIGN_LABELS: Final = Labels(
    {
        "stiffening": QT_TRANSLATE_NOOP("Values", "stiffening"),
        "shaking": QT_TRANSLATE_NOOP("Values", "shaking"),
        "tremor": QT_TRANSLATE_NOOP(
            "Values", "tremor"
        ),  # as the guidance says it (resources/guidance/common.json)
        "eyes_rolling": QT_TRANSLATE_NOOP("Values", "eyes rolling"),
        "breathing_pause": QT_TRANSLATE_NOOP("Values", "breathing pause"),
        "color_change": QT_TRANSLATE_NOOP("Values", "colour change"),
        "unresponsive": QT_TRANSLATE_NOOP("Values", "unresponsive or floppy"),
        "sleep_change": QT_TRANSLATE_NOOP("Values", "change in sleep"),
        "lost_skills": QT_TRANSLATE_NOOP("Values", "lost a skill"),
    }
)
PAUSE_LENGTH_LABELS: Final = Labels(
    {
        "under_10s": QT_TRANSLATE_NOOP("Values", "under 10 seconds"),
        "10_to_20s": QT_TRANSLATE_NOOP("Values", "10 to 20 seconds"),
        "over_20s": QT_TRANSLATE_NOOP("Values", "over 20 seconds"),
    }
)
YES_NO_LABELS: Final = Labels(
    {"yes": QT_TRANSLATE_NOOP("Values", "yes"), "no": QT_TRANSLATE_NOOP("Values", "no")}
)
NOT_SURE: Final = QT_TRANSLATE_NOOP(
    "Values", "not sure"
)  # an answer left open (a pause length, rhythmic) reads the same everywhere
FAMILY_HISTORY_LABELS: Final = Labels(
    {
        "newborn_seizures": QT_TRANSLATE_NOOP("Values", "newborn seizures"),
        "epilepsy": QT_TRANSLATE_NOOP("Values", "epilepsy"),
        "movement_disorder": QT_TRANSLATE_NOOP("Values", "a movement disorder"),
        "startle_disease": QT_TRANSLATE_NOOP("Values", "startle disease (hyperekplexia)"),
    }
)


def capitalised(label: str) -> str:
    """A label as a button or a list item shows it: the first letter upper case."""
    return label[:1].upper() + label[1:]


def sign_words(signs: frozenset[str] | set[str]) -> str:
    """Signs in their canonical order as words, comma-separated (``"tremor, colour change"``)."""
    return ", ".join(label for key, label in SIGN_LABELS.items() if key in signs)


def not_sure() -> str:
    """ "not sure" in this run's language: an answer left open (a pause length, rhythmic)."""
    return translate("Values", NOT_SURE)


def label_of(labels: Mapping[str, str], value: str) -> str:
    """A stored value's label; an unknown value (from a newer app) as its words."""
    return labels.get(value, value.replace("_", " "))

"""The one spelling of every stored value in words: bedside chips, editor, review and report use it.

Labels are lower case, as they read inside a sentence ("signs: tremor, colour change"); a
button or a list shows them with ``capitalised``. Changing a word here changes it everywhere.
"""

from __future__ import annotations

from typing import Final

BODY_PART_LABELS: Final = {
    "face": "face",
    "eyes": "eyes",
    "mouth": "mouth",
    "hand": "hand",
    "arm": "arm",
    "leg": "leg",
    "foot": "foot",
    "torso": "torso",
    "whole_body": "whole body",
    "unknown": "not sure",
}
SIDE_LABELS: Final = {"left": "left", "right": "right", "both": "both sides", "unknown": "not sure"}
STATE_LABELS: Final = {"asleep": "asleep", "drowsy": "drowsy", "awake": "awake"}
EVENT_KIND_LABELS: Final = {"twitch": "twitch", "episode": "episode", "sign": "sign seen"}
SLEEP_KIND_LABELS: Final = {"nap": "nap", "night": "night"}
STOPPED_ON_WAKING_LABELS: Final = {"yes": "yes, it stopped", "no": "no, it went on", "not_tried": "not tried"}
SIGN_LABELS: Final = {
    "stiffening": "stiffening",
    "shaking": "shaking",
    "tremor": "tremor",  # as the guidance says it (resources/guidance/common.json)
    "eyes_rolling": "eyes rolling",
    "breathing_pause": "breathing pause",
    "color_change": "colour change",
    "unresponsive": "unresponsive or floppy",
    "sleep_change": "change in sleep",
    "lost_skills": "lost a skill",
}
PAUSE_LENGTH_LABELS: Final = {
    "under_10s": "under 10 seconds",
    "10_to_20s": "10 to 20 seconds",
    "over_20s": "over 20 seconds",
}
NOT_SURE: Final = "not sure"  # an answer left open (a pause length, rhythmic) reads the same everywhere
FAMILY_HISTORY_LABELS: Final = {
    "newborn_seizures": "newborn seizures",
    "epilepsy": "epilepsy",
    "movement_disorder": "a movement disorder",
    "startle_disease": "startle disease (hyperekplexia)",
}


def capitalised(label: str) -> str:
    """A label as a button or a list item shows it: the first letter upper case."""
    return label[:1].upper() + label[1:]


def sign_words(signs: frozenset[str] | set[str]) -> str:
    """Signs in their canonical order as words, comma-separated (``"tremor, colour change"``)."""
    return ", ".join(label for key, label in SIGN_LABELS.items() if key in signs)


def label_of(labels: dict[str, str], value: str) -> str:
    """A stored value's label; an unknown value (from a newer app) as its words."""
    return labels.get(value, value.replace("_", " "))

"""A guidance finding: which rule fired, how urgent it is, the evidence and the facts behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

# Severities from the most to the least urgent (guidance.md, "Severities").
SEVERITIES: Final = ("emergency", "doctor", "checkup", "info")

# Rule ids in the order guidance.md lists them; a contract used by `guidance --json`.
RULE_IDS: Final = (
    "emergency_signs",
    "not_stopping_on_waking",
    "clusters_after_waking",
    "movements_while_awake",
    "disturbs_sleep",
    "with_other_movements",
    "neuro_symptoms",
    "rhythmic",
    "spreading",
    "late_onset_or_increasing",
    "preterm_not_improving",
    "family_history",
    "typical",
)

# A fact the wording can show: a count, a duration in seconds, a ratio, a name or a day.
Fact = str | int | float | date


def more_urgent(first: str, second: str) -> str:
    """The more urgent of two severities."""
    return first if SEVERITIES.index(first) <= SEVERITIES.index(second) else second


@dataclass(frozen=True)
class Finding:
    """One rule that fired, with the logged records that made it fire.

    ``reasons`` names which of the rule's triggers matched (keys into the rule's wording), in the
    order the wording should mention them; ``facts`` holds the numbers and days the wording shows.
    """

    rule: str
    severity: str
    reasons: tuple[str, ...]
    sleep_ids: tuple[str, ...] = ()
    event_ids: tuple[str, ...] = ()
    facts: dict[str, Fact] = field(default_factory=dict, hash=False, compare=True)

    def sort_key(self) -> tuple[int, int]:
        """Most urgent first, then in the order guidance.md lists the rules."""
        return SEVERITIES.index(self.severity), RULE_IDS.index(self.rule)

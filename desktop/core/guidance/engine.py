"""Runs every guidance rule on a baby's records as of one day and sorts what fired by urgency."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Final

from desktop.core.guidance.awake import AWAKE_STATES
from desktop.core.guidance.family import family_history
from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.rates import twitch_rate
from desktop.core.guidance.rhythmic import rhythmic
from desktop.core.guidance.signs import emergency_signs, neuro_symptoms, with_other_movements
from desktop.core.guidance.spreading import spreading
from desktop.core.guidance.trends import late_onset_or_increasing, preterm_not_improving
from desktop.core.guidance.waking import clusters_after_waking, disturbs_sleep, not_stopping_on_waking
from desktop.core.guidance.while_awake import movements_while_awake
from desktop.core.guidance.window import RECENT_DAYS, Window, ids, sleep_ids_of
from desktop.core.model import Baby, Event, Sleep

Rule = Callable[[Window], Finding | None]

# Every warning-sign rule of guidance.md version 2, in its order; `typical` is decided after them.
RULES: Final[tuple[Rule, ...]] = (
    emergency_signs,
    not_stopping_on_waking,
    clusters_after_waking,
    movements_while_awake,
    disturbs_sleep,
    with_other_movements,
    neuro_symptoms,
    rhythmic,
    spreading,
    late_onset_or_increasing,
    preterm_not_improving,
    family_history,
)


def _typical(window: Window) -> Finding:
    """Context with the recent numbers, when no warning-sign rule fired.

    Version 2: when taps or episodes were logged awake or drowsy, no rule judged them (none fired),
    so the finding says what those were and does not claim that no warning sign was seen.
    """
    rate = twitch_rate(window, window.first_day(RECENT_DAYS), window.as_of)
    awake = [e for e in window.recent_events(("twitch", "episode")) if e.state in AWAKE_STATES]
    facts: dict[str, Fact] = {
        "twitch_count": len(window.recent_events(("twitch",))),
        "sleep_count": len(window.recent_sleeps()),
        "sleep_hours": rate.hours,
        "rate": rate.per_hour,
        "age_weeks": window.effective_weeks(window.as_of),
        "age_basis": window.age_basis(),
        "awake_count": len(awake),
    }
    if awake:
        return Finding("typical", "info", ("logged", "not_assessed"), sleep_ids_of(awake), ids(awake), facts)
    return Finding("typical", "info", ("nothing_matched",), (), (), facts)


def evaluate(baby: Baby, sleeps: Iterable[Sleep], events: Iterable[Event], as_of: date) -> list[Finding]:
    """The findings for a baby as of a day, most urgent first.

    Only records up to the end of the as-of day (local dates) count. When nothing was logged in the
    14 days up to the as-of day there is too little to judge and the list is empty (see
    ``too_little_to_judge``); otherwise it holds the warning-sign findings, or `typical` alone.
    """
    window = Window.build(baby, sleeps, events, as_of)
    if not window.has_recent_data():
        return []
    found = [finding for rule in RULES if (finding := rule(window)) is not None]
    if not found:
        found.append(_typical(window))
    return sorted(found, key=Finding.sort_key)


def too_little_to_judge(findings: list[Finding]) -> bool:
    """True for the outcome of ``evaluate`` when nothing was logged recently enough to judge."""
    return not findings

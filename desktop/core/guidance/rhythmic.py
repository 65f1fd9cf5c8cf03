"""The rhythmic rule: evenly spaced twitch taps in sleep, or episodes the parent described as rhythmic."""

from __future__ import annotations

from typing import Final

from desktop.core.guidance.awake import AWAKE_STATES
from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.window import Window, ids, sleep_ids_of
from desktop.core.rhythm import find_rhythmic_runs

# Rhythmic clusters are common in benign newborn sleep myoclonus, which is usually gone by 3 months
# (Maurer et al. 2010): under 12 weeks the wording says so and asks the parent to try waking the
# baby gently; from 12 weeks that reassurance would be about a condition the baby has outgrown.
NEWBORN_UNDER_WEEKS: Final = 12


def rhythmic(window: Window) -> Finding | None:
    """A recent rhythmic run of taps in sleep, or a recent episode marked rhythmic (checkup).

    It rises to doctor when a rhythmic episode did not stop on waking; runs with taps logged awake
    or drowsy belong to movements_while_awake.
    """
    runs = [
        run
        for run in find_rhythmic_runs(window.recent_events(("twitch",)))
        if not any(tap.state in AWAKE_STATES for tap in run.events)
    ]
    episodes = [e for e in window.recent_events(("episode",)) if e.rhythmic is True]
    if not runs and not episodes:
        return None
    not_stopping = [e for e in episodes if e.stopped_on_waking == "no"]
    reasons: list[str] = []
    if runs:
        reasons.append("tap_runs")
    if episodes:
        reasons.append("marked_episodes")
    if not_stopping:
        reasons.append("not_stopping")
    age_weeks = window.effective_weeks(window.as_of)
    if age_weeks < NEWBORN_UNDER_WEEKS:
        reasons.append("newborn")
    run_events = [e for run in runs for e in run.events]
    evidence = sorted([*run_events, *episodes], key=lambda e: e.at)
    longest = max(runs, key=lambda run: len(run.events), default=None)
    facts: dict[str, Fact] = {
        "run_count": len(runs),
        "longest_run_taps": 0 if longest is None else len(longest.events),
        "taps_per_second": 0.0 if longest is None else longest.taps_per_second,
        "episode_count": len(episodes),
        "not_stopping_count": len(not_stopping),
        "age_weeks": age_weeks,
        "age_basis": window.age_basis(),
    }
    return Finding(
        "rhythmic",
        "doctor" if not_stopping else "checkup",
        tuple(reasons),
        sleep_ids_of(evidence),
        ids(evidence),
        facts,
    )

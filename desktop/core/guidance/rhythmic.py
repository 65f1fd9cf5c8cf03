"""The rhythmic rule: evenly spaced twitch taps, or episodes the parent described as rhythmic."""

from __future__ import annotations

from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.window import Window, ids, sleep_ids_of
from desktop.core.model import Event
from desktop.core.rhythm import find_rhythmic_runs


def _raises_concern(event: Event) -> bool:
    """Rhythmic jerks while awake or that went on after waking are not sleep myoclonus (Maurer 2010)."""
    return event.state == "awake" or event.stopped_on_waking == "no"


def rhythmic(window: Window) -> Finding | None:
    """A recent rhythmic run of taps or a recent episode marked rhythmic (checkup; doctor if awake).

    Rhythmic clusters are common in benign newborn sleep myoclonus, so on its own this is a checkup
    item; it rises to doctor when the rhythm was seen awake or did not stop on waking.
    """
    runs = find_rhythmic_runs(window.recent_events(("twitch",)))
    episodes = [e for e in window.recent_events(("episode",)) if e.rhythmic is True]
    if not runs and not episodes:
        return None
    concerning = any(_raises_concern(e) for run in runs for e in run.events) or any(
        _raises_concern(e) for e in episodes
    )
    reasons: list[str] = []
    if runs:
        reasons.append("tap_runs")
    if episodes:
        reasons.append("marked_episodes")
    if concerning:
        reasons.append("awake_or_not_stopping")
    run_events = [e for run in runs for e in run.events]
    evidence = sorted([*run_events, *episodes], key=lambda e: e.at)
    longest = max(runs, key=lambda run: len(run.events), default=None)
    facts: dict[str, Fact] = {
        "run_count": len(runs),
        "longest_run_taps": 0 if longest is None else len(longest.events),
        "taps_per_second": 0.0 if longest is None else longest.taps_per_second,
        "episode_count": len(episodes),
    }
    return Finding(
        "rhythmic",
        "doctor" if concerning else "checkup",
        tuple(reasons),
        sleep_ids_of(evidence),
        ids(evidence),
        facts,
    )

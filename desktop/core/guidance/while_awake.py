"""The movements_while_awake rule: awake clusters not on waking, and rhythmic runs while awake."""

from __future__ import annotations

from desktop.core.guidance.awake import AWAKE_STATES
from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.waking import after_waking, recent_clusters
from desktop.core.guidance.window import Window, ids, sleep_ids_of
from desktop.core.model import Event
from desktop.core.rhythm import RhythmicRun, find_rhythmic_runs


def awake_runs(window: Window) -> list[RhythmicRun]:
    """Recent rhythmic runs with a tap logged awake or drowsy, in a sleep or outside one."""
    runs = find_rhythmic_runs(window.recent_events(("twitch",)), outside_sleeps=True)
    return [run for run in runs if any(tap.state in AWAKE_STATES for tap in run.events)]


def movements_while_awake(window: Window) -> Finding | None:
    """An awake cluster that clusters_after_waking did not cover, or a rhythmic run while awake (doctor).

    Sleep myoclonus happens only in sleep (Maurer et al. 2010), so repeated jerks while the baby is
    awake need a doctor's look whenever they come; clusters_after_waking already speaks, more
    urgently, for the clusters that came as a sleep ended at the age of infantile spasms.
    """
    covered = {e.id for m in after_waking(window) if m.is_cluster for e in m.events}
    clusters = [c for c in recent_clusters(window) if not {e.id for e in c.events} <= covered]
    runs = awake_runs(window)
    if not clusters and not runs:
        return None
    reasons = [*(["awake_clusters"] if clusters else []), *(["awake_runs"] if runs else [])]
    fastest = max(runs, key=lambda run: len(run.events), default=None)
    facts: dict[str, Fact] = {
        "cluster_count": len(clusters),
        "cluster_taps": max((len(c.events) for c in clusters), default=0),
        "run_count": len(runs),
        "longest_run_taps": 0 if fastest is None else len(fastest.events),
        "taps_per_second": 0.0 if fastest is None else fastest.taps_per_second,
    }
    evidence: list[Event] = sorted(
        {
            e.id: e for e in [*(e for c in clusters for e in c.events), *(e for r in runs for e in r.events)]
        }.values(),
        key=lambda e: e.at,
    )
    return Finding(
        "movements_while_awake", "doctor", tuple(reasons), sleep_ids_of(evidence), ids(evidence), facts
    )

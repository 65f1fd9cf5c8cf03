"""Awake clusters and their timing: 5+ taps logged awake or drowsy within 10 minutes, near a waking."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from desktop.core.model import Event, Sleep

# guidance.md version 2: an "awake cluster" is 5 or more twitch taps logged with state awake or
# drowsy within 10 minutes. Sleep myoclonus happens only in sleep, so jerks in a run like this while
# the baby is awake are what infantile spasms and other seizures look like to a parent.
AWAKE_STATES: Final = frozenset({"awake", "drowsy"})
CLUSTER_TAPS: Final = 5
CLUSTER_SPAN: Final = timedelta(minutes=10)
# Infantile spasms cluster just after waking (AAP; STOP infantile spasms): a cluster or an episode
# that starts up to 30 minutes after a sleep ended, or in its last 10 minutes (a baby waking up is
# often still logged as asleep or drowsy), counts as "on waking" (guidance.md, clusters_after_waking).
AFTER_WAKING: Final = timedelta(minutes=30)
BEFORE_SLEEP_END: Final = timedelta(minutes=10)


@dataclass(frozen=True)
class Cluster:
    """Twitch taps logged awake or drowsy that came 5 or more within 10 minutes."""

    events: tuple[Event, ...]

    @property
    def start(self) -> datetime:
        """When the first tap of the cluster was logged."""
        return self.events[0].at


def awake_clusters(events: Iterable[Event]) -> list[Cluster]:
    """The awake clusters among events, each as long as its overlapping 10-minute windows reach.

    Every tap that starts a 10-minute window holding 5 or more awake or drowsy taps begins a
    qualifying window; windows that share taps are one cluster, so a long run is one cluster.
    """
    taps = sorted((e for e in events if e.kind == "twitch" and e.state in AWAKE_STATES), key=lambda e: e.at)
    spans: list[tuple[int, int]] = []
    end = 0
    for start in range(len(taps)):
        end = max(end, start)
        while end + 1 < len(taps) and taps[end + 1].at - taps[start].at <= CLUSTER_SPAN:
            end += 1
        if end - start + 1 >= CLUSTER_TAPS:
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return [Cluster(tuple(taps[first : last + 1])) for first, last in spans]


def woken_from(moment: datetime, sleeps: Iterable[Sleep]) -> Sleep | None:
    """The ended sleep that ``moment`` falls in the last 10 minutes of, or up to 30 minutes after."""
    for sleep in sleeps:
        if sleep.end is None:
            continue
        if max(sleep.start, sleep.end - BEFORE_SLEEP_END) <= moment <= sleep.end + AFTER_WAKING:
            return sleep
    return None

"""Rules about waking: episodes that do not stop on waking, clusters on waking, disturbed sleep."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from desktop.core.guidance.awake import AFTER_WAKING, AWAKE_STATES, Cluster, awake_clusters, woken_from
from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.window import RECENT_DAYS, Window, ids, local_day, sleep_ids_of
from desktop.core.model import Event, Sleep

# Version 2: one day is enough. Spasm-like clusters seen on a single morning got only the "typical"
# reassurance in version 1 (2 days); infantile spasms need a same-day look (AAP, STOP campaign).
MIN_CLUSTER_DAYS: Final = 1
# Infantile spasms begin mostly at 2-12 months and occasionally later (guidance.md version 2): as
# whole weeks of (corrected) age, 8 to 104 (24 months is 104.4 weeks).
CLUSTER_MIN_WEEKS: Final = 8
CLUSTER_MAX_WEEKS: Final = 104
# The parenting article's "frequent or prolonged twitching that disturbs sleep" (guidance.md version
# 2, disturbs_sleep): doctor for one waking episode of a minute or more, or waking in 3+ sleeps
# within any 7 days; checkup for waking in 2+ sleeps within the recent 14 days.
LONG_WAKING_EPISODE_S: Final = 60.0
DOCTOR_WOKEN_SLEEPS: Final = 3
DOCTOR_SPAN_DAYS: Final = 7
CHECKUP_WOKEN_SLEEPS: Final = 2


def _days(events: list[Event]) -> int:
    return len({local_day(event.at) for event in events})


def not_stopping_on_waking(window: Window) -> Finding | None:
    """A recent episode marked as not stopping on waking, or a recent episode while awake."""
    episodes = window.recent_events(("episode",))
    not_stopped = [e for e in episodes if e.stopped_on_waking == "no"]
    awake = [e for e in episodes if e.state == "awake"]
    if not not_stopped and not awake:
        return None
    reasons: list[str] = []
    if not_stopped:
        reasons.append("did_not_stop")
    if awake:
        reasons.append("while_awake")
    evidence = [e for e in episodes if e in not_stopped or e in awake]
    facts: dict[str, Fact] = {
        "not_stopped_count": len(not_stopped),
        "awake_count": len(awake),
        "days": _days(evidence),
    }
    return Finding(
        "not_stopping_on_waking", "doctor", tuple(reasons), sleep_ids_of(evidence), ids(evidence), facts
    )


@dataclass(frozen=True)
class WakingMatch:
    """An awake or drowsy episode, or an awake cluster, that began as a sleep ended."""

    events: tuple[Event, ...]
    sleep: Sleep
    day: date
    is_cluster: bool


def _in_age(window: Window, day: date) -> bool:
    return CLUSTER_MIN_WEEKS <= window.effective_weeks(day) <= CLUSTER_MAX_WEEKS


def after_waking(window: Window) -> list[WakingMatch]:
    """Recent awake or drowsy episodes and awake clusters on waking, at 8 weeks to 24 months of age."""
    candidates: list[tuple[tuple[Event, ...], bool]] = [
        ((e,), False) for e in window.recent_events(("episode",)) if e.state in AWAKE_STATES
    ]
    candidates += [(c.events, True) for c in recent_clusters(window)]
    matches: list[WakingMatch] = []
    for events, is_cluster in candidates:
        day = local_day(events[0].at)
        sleep = woken_from(events[0].at, window.sleeps)
        if sleep is not None and _in_age(window, day):
            matches.append(WakingMatch(events, sleep, day, is_cluster))
    return sorted(matches, key=lambda m: m.events[0].at)


def recent_clusters(window: Window) -> list[Cluster]:
    """The awake clusters among the recent twitch taps."""
    return awake_clusters(window.recent_events(("twitch",)))


def clusters_after_waking(window: Window) -> Finding | None:
    """Awake or drowsy episodes or awake clusters as a sleep ends, at 8 weeks to 24 months (doctor, today)."""
    matches = after_waking(window)
    if len({m.day for m in matches}) < MIN_CLUSTER_DAYS:
        return None
    episodes = [m for m in matches if not m.is_cluster]
    clusters = [m for m in matches if m.is_cluster]
    lost = [e for e in window.recent_events() if "lost_skills" in e.signs]
    reasons = [
        *(["after_waking"] if episodes else []),
        *(["tap_clusters"] if clusters else []),
        *(["lost_skills"] if lost else []),
    ]
    facts: dict[str, Fact] = {
        "episode_count": len(episodes),
        "cluster_count": len(clusters),
        "cluster_taps": max((len(m.events) for m in clusters), default=0),
        "days": len({m.day for m in matches}),
        "minutes": int(AFTER_WAKING.total_seconds() // 60),
        "age_weeks": window.effective_weeks(window.as_of),
        "age_basis": window.age_basis(),
        "lost_skills_count": len(lost),
    }
    evidence = [e for m in matches for e in m.events] + lost
    sleep_ids = tuple(dict.fromkeys([*(m.sleep.id for m in matches), *sleep_ids_of(lost)]))
    return Finding("clusters_after_waking", "doctor", tuple(reasons), sleep_ids, ids(evidence), facts)


def _most_woken_in_span(woke: list[Event], first: date, last: date) -> list[Event]:
    """The waking events of the 7-day span (within first..last) that holds the most woken sleeps."""
    best: list[Event] = []
    day = first
    while day <= last:
        span_end = day + timedelta(days=DOCTOR_SPAN_DAYS - 1)
        inside = [e for e in woke if day <= local_day(e.at) <= span_end]
        if len(sleep_ids_of(inside)) > len(sleep_ids_of(best)):
            best = inside
        day += timedelta(days=1)
    return best


def disturbs_sleep(window: Window) -> Finding | None:
    """Twitches or episodes that woke the baby: doctor when long or in 3+ sleeps in 7 days, else checkup."""
    woke = [e for e in window.recent_events(("twitch", "episode")) if e.woke_baby]
    woken_sleeps = sleep_ids_of(woke)
    long_episodes = [
        e for e in woke if e.kind == "episode" and (e.duration_s or 0.0) >= LONG_WAKING_EPISODE_S
    ]
    busiest = _most_woken_in_span(woke, window.first_day(RECENT_DAYS), window.as_of)
    reasons: list[str] = []
    if len(sleep_ids_of(busiest)) >= DOCTOR_WOKEN_SLEEPS:
        reasons.append("several_sleeps_week")
    elif len(woken_sleeps) >= CHECKUP_WOKEN_SLEEPS:
        reasons.append("several_sleeps")
    if long_episodes:
        reasons.append("long_episode")
    if not reasons:
        return None
    severity = "checkup" if reasons == ["several_sleeps"] else "doctor"
    evidence = long_episodes if reasons == ["long_episode"] else woke
    facts: dict[str, Fact] = {
        "woken_sleeps": len(woken_sleeps),
        "woke_count": len(woke),
        "week_woken_sleeps": len(sleep_ids_of(busiest)),
        "long_episode_count": len(long_episodes),
        "longest_s": max((e.duration_s or 0.0 for e in long_episodes), default=0.0),
    }
    return Finding("disturbs_sleep", severity, tuple(reasons), sleep_ids_of(evidence), ids(evidence), facts)

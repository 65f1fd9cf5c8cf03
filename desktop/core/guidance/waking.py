"""Rules about waking: episodes that do not stop on waking, clusters just after waking, disturbed sleep."""

from __future__ import annotations

from datetime import timedelta
from typing import Final

from desktop.core.guidance.finding import Fact, Finding
from desktop.core.guidance.window import Window, ids, local_day, sleep_ids_of
from desktop.core.model import Event, Sleep

# Infantile spasms cluster just after waking (AAP; STOP infantile spasms): an episode up to 30 min
# after a sleep ended counts as "after waking" (guidance.md, clusters_after_waking).
AFTER_WAKING: Final = timedelta(minutes=30)
# Seen on 2 or more different days, so one odd morning does not raise a doctor item.
MIN_CLUSTER_DAYS: Final = 2
# Infantile spasms begin at 2-12 months (peak 4-8, AAP); as weeks of (corrected) age: 8 to 52.
CLUSTER_MIN_WEEKS: Final = 8
CLUSTER_MAX_WEEKS: Final = 52
# The seed's "disturbs sleep": waking the baby in 2 or more different sleeps, or one episode of
# a minute or more that woke the baby (guidance.md, disturbs_sleep).
MIN_WOKEN_SLEEPS: Final = 2
LONG_WAKING_EPISODE_S: Final = 60.0


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


def _woken_from(episode: Event, sleeps: tuple[Sleep, ...]) -> Sleep | None:
    """The sleep that ended up to 30 minutes before the episode began, if any."""
    for sleep in sleeps:
        if sleep.end is not None and timedelta(0) <= episode.at - sleep.end <= AFTER_WAKING:
            return sleep
    return None


def clusters_after_waking(window: Window) -> Finding | None:
    """Recent awake or drowsy episodes just after a sleep, on 2+ days, at 8-52 weeks of age."""
    matches: list[tuple[Event, Sleep]] = []
    for episode in window.recent_events(("episode",)):
        if episode.state not in ("awake", "drowsy"):
            continue
        if not CLUSTER_MIN_WEEKS <= window.effective_weeks(local_day(episode.at)) <= CLUSTER_MAX_WEEKS:
            continue
        sleep = _woken_from(episode, window.sleeps)
        if sleep is not None:
            matches.append((episode, sleep))
    episodes = [episode for episode, _ in matches]
    if _days(episodes) < MIN_CLUSTER_DAYS:
        return None
    facts: dict[str, Fact] = {
        "episode_count": len(episodes),
        "days": _days(episodes),
        "minutes": int(AFTER_WAKING.total_seconds() // 60),
        "age_weeks": window.effective_weeks(window.as_of),
        "age_basis": window.age_basis(),
    }
    sleep_ids = tuple(dict.fromkeys(sleep.id for _, sleep in matches))
    return Finding("clusters_after_waking", "doctor", ("after_waking",), sleep_ids, ids(episodes), facts)


def disturbs_sleep(window: Window) -> Finding | None:
    """Recent twitches or episodes that woke the baby in 2+ sleeps, or a waking episode of 60 s or more."""
    woke = [e for e in window.recent_events(("twitch", "episode")) if e.woke_baby]
    woken_sleeps = sleep_ids_of(woke)
    long_episodes = [
        e for e in woke if e.kind == "episode" and (e.duration_s or 0.0) >= LONG_WAKING_EPISODE_S
    ]
    reasons: list[str] = []
    if len(woken_sleeps) >= MIN_WOKEN_SLEEPS:
        reasons.append("several_sleeps")
    if long_episodes:
        reasons.append("long_episode")
    if not reasons:
        return None
    evidence = woke if "several_sleeps" in reasons else long_episodes
    facts: dict[str, Fact] = {
        "woken_sleeps": len(woken_sleeps),
        "woke_count": len(woke),
        "long_episode_count": len(long_episodes),
        "longest_s": max((e.duration_s or 0.0 for e in long_episodes), default=0.0),
    }
    return Finding("disturbs_sleep", "doctor", tuple(reasons), sleep_ids_of(evidence), ids(evidence), facts)

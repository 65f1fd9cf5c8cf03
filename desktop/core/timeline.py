"""One sleep laid out in time: taps, episodes, signs and woke-baby marks, in minutes from its start."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.core.model import Event, Sleep
from desktop.core.value_labels import sign_words


@dataclass(frozen=True)
class TimelineMark:
    """Something seen at one moment of the sleep (minutes from its start) with a short label."""

    minute: float
    label: str


@dataclass(frozen=True)
class SleepTimeline:
    """What one sleep held, placed on real elapsed minutes (so a DST change does not shift marks)."""

    sleep_id: str
    start: datetime  # local, offset-aware
    minutes: float  # the sleep's length
    kind: str
    taps: Sequence[float]  # twitch taps
    episodes: Sequence[tuple[float, float]]  # (start minute, length in minutes)
    signs: Sequence[TimelineMark]
    woke: Sequence[float]  # twitches and episodes that woke the baby

    @property
    def twitches(self) -> int:
        """How many taps the sleep holds."""
        return len(self.taps)


def sleep_timeline(sleep: Sleep, events: Iterable[Event], now: datetime | None = None) -> SleepTimeline:
    """Lay out a sleep's events; a running sleep is measured up to ``now``."""
    taps: list[float] = []
    episodes: list[tuple[float, float]] = []
    signs: list[TimelineMark] = []
    woke: list[float] = []
    for event in events:
        minute = (event.at - sleep.start).total_seconds() / 60
        if event.kind == "twitch":
            taps.append(minute)
        elif event.kind == "episode":
            episodes.append((minute, (event.duration_s or 0.0) / 60))
        if event.signs:
            signs.append(TimelineMark(minute, sign_words(event.signs)))
        if event.woke_baby and event.kind in {"twitch", "episode"}:
            woke.append(minute)
    return SleepTimeline(
        sleep_id=sleep.id,
        start=sleep.start,
        minutes=sleep.duration(now).total_seconds() / 60,
        kind=sleep.kind,
        taps=taps,
        episodes=episodes,
        signs=signs,
        woke=woke,
    )

"""The demo diary: the same realistic six weeks every time, and every record valid."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from desktop.core.age import age_on
from desktop.core.model import Baby, Event, Sleep
from desktop.core.rhythm import find_rhythmic_runs
from desktop.core.validation import overlaps, validate_baby, validate_event, validate_sleep
from desktop.demo import fill_demo_diary
from desktop.store.diary import Diary

TODAY = date(2026, 11, 23)
# A POSIX rule works without the system's time zone database: Central Europe, clocks back on 25 October.
BERLIN = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture(scope="module")
def berlin_time() -> Iterator[None]:
    """Local time is Central European, so the six weeks cross the autumn clock change."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = BERLIN
    time.tzset()
    yield
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


def _fill(folder: Path, now: datetime | None = None) -> tuple[Baby, list[Sleep], list[Event]]:
    with Diary(folder) as diary:
        baby = fill_demo_diary(diary, TODAY, now=now)
        return baby, diary.sleeps.all(), diary.events.all()


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, berlin_time: None
) -> tuple[Baby, list[Sleep], list[Event]]:
    """The demo diary as made on TODAY (made once: the tests only read it)."""
    return _fill(tmp_path_factory.mktemp("demo"))


def test_two_fills_give_the_same_diary(tmp_path: Path, berlin_time: None) -> None:
    first = _fill(tmp_path / "one")
    second = _fill(tmp_path / "two")
    assert len(first[1]) == len(second[1])
    assert len(first[2]) == len(second[2])
    # Only the ids differ (they are never reused); every time and answer is the same.
    assert [(s.start, s.end, s.kind) for s in first[1]] == [(s.start, s.end, s.kind) for s in second[1]]
    assert [(e.at, e.kind, e.body_part, e.side, e.duration_s) for e in first[2]] == [
        (e.at, e.kind, e.body_part, e.side, e.duration_s) for e in second[2]
    ]


def test_noa_is_a_term_baby_about_ten_weeks_old(demo: tuple[Baby, list[Sleep], list[Event]]) -> None:
    baby, _, _ = demo
    age = age_on(baby, TODAY)
    assert baby.name == "Noa"
    assert age.chronological_weeks == 10
    assert baby.due_date is not None and not age.preterm
    assert baby.birth_weight_g is not None
    assert baby.family_history == frozenset()


def test_six_weeks_of_naps_and_nights(demo: tuple[Baby, list[Sleep], list[Event]]) -> None:
    _, sleeps, _ = demo
    days = {sleep.start.date() for sleep in sleeps}
    assert min(days) == TODAY - timedelta(days=42)
    assert max(days) == TODAY - timedelta(days=1)
    naps = [s for s in sleeps if s.kind == "nap"]
    nights = [s for s in sleeps if s.kind == "night"]
    assert set(Counter(nap.start.date() for nap in naps).values()) <= {3, 4}
    assert all(timedelta(minutes=30) <= nap.duration() <= timedelta(minutes=120) for nap in naps)
    assert len(nights) == 41, "one a night; the last one, ending today, is not over by midnight"
    for night in nights:
        assert night.end is not None and night.end.date() == night.start.date() + timedelta(days=1)
        assert timedelta(hours=9) <= night.duration() <= timedelta(hours=11)
    assert all(not sleep.running for sleep in sleeps)


def test_local_times_follow_the_clock_change(demo: tuple[Baby, list[Sleep], list[Event]]) -> None:
    _, sleeps, _ = demo
    offsets = {sleep.start.utcoffset() for sleep in sleeps}
    assert offsets == {timedelta(hours=2), timedelta(hours=1)}
    bedtimes = [n.start.hour * 60 + n.start.minute for n in sleeps if n.kind == "night"]
    assert all(19 * 60 + 30 <= minute <= 20 * 60 + 45 for minute in bedtimes), "bedtime by the local clock"


def test_every_record_is_valid(demo: tuple[Baby, list[Sleep], list[Event]]) -> None:
    baby, sleeps, events = demo
    now = datetime(2026, 11, 23, 0, 0).astimezone()
    assert validate_baby(baby, TODAY) == []
    by_id = {sleep.id: sleep for sleep in sleeps}
    for sleep in sleeps:
        assert validate_sleep(sleep, now, baby) == []
        assert overlaps(sleep, sleeps, now) is None
    for event in events:
        assert event.sleep_id is not None
        sleep = by_id[event.sleep_id]
        assert validate_event(event, now, sleep, baby) == []
        assert sleep.end is not None and event.end <= sleep.end


def test_twitches_come_in_irregular_bursts_of_small_parts(
    demo: tuple[Baby, list[Sleep], list[Event]],
) -> None:
    _, _, events = demo
    taps = [e for e in events if e.kind == "twitch"]
    assert len(taps) > 2000
    parts = Counter(tap.body_part for tap in taps)
    small = sum(parts[part] for part in ("face", "hand", "foot", "arm", "leg"))
    assert small / len(taps) > 0.85
    assert {tap.side for tap in taps} == {"left", "right", "both", "unknown"}
    assert all(tap.state == "asleep" and not tap.woke_baby for tap in taps)
    gaps = [(b.at - a.at).total_seconds() for a, b in pairwise(taps) if a.sleep_id == b.sleep_id]
    within_bursts = [gap for gap in gaps if gap <= 3.0]
    assert len(within_bursts) / len(gaps) > 0.5, "most taps follow another within a few seconds"
    assert min(gaps) >= 0.2
    assert find_rhythmic_runs(taps) == [], "the demo shows an ordinary pattern, never a steady beat"


def test_rate_falls_slowly_with_age(demo: tuple[Baby, list[Sleep], list[Event]]) -> None:
    _, sleeps, events = demo

    def rate(first: date, last: date) -> float:
        chosen = {s.id: s for s in sleeps if first <= s.start.date() <= last}
        hours = sum(s.duration().total_seconds() for s in chosen.values()) / 3600
        return sum(1 for e in events if e.kind == "twitch" and e.sleep_id in chosen) / hours

    first_week = rate(TODAY - timedelta(days=42), TODAY - timedelta(days=36))
    last_week = rate(TODAY - timedelta(days=7), TODAY - timedelta(days=1))
    assert 5 < last_week < first_week < 15


def test_a_few_episodes_and_one_sign(demo: tuple[Baby, list[Sleep], list[Event]]) -> None:
    _, sleeps, events = demo
    episodes = [e for e in events if e.kind == "episode"]
    assert 3 <= len(episodes) <= 4
    for episode in episodes:
        assert episode.state == "asleep"
        assert episode.stopped_on_waking == "yes"
        assert episode.duration_s is not None and 10 <= episode.duration_s <= 90
        assert episode.note
    assert {episode.rhythmic for episode in episodes} == {True, False}
    (sign,) = [e for e in events if e.kind == "sign"]
    assert sign.signs == frozenset({"tremor"})
    assert sign.note
    kinds = {s.id: s.kind for s in sleeps}
    assert kinds[sign.sleep_id or ""] == "nap"


def test_only_sleeps_over_by_now_are_added(tmp_path: Path, berlin_time: None) -> None:
    morning = datetime(2026, 11, 23, 9, 0).astimezone()
    _, sleeps, events = _fill(tmp_path / "morning", now=morning)
    last = max(sleeps, key=lambda sleep: sleep.start)
    assert last.kind == "night" and last.end is not None and last.end.date() == TODAY
    assert all(sleep.end is not None and sleep.end <= morning for sleep in sleeps)
    assert all(event.end <= morning for event in events)

"""A realistic sample diary for ``--demo``: one term baby, six weeks of sleeps and twitch taps."""

from __future__ import annotations

import random
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.core.rhythm import MAX_CV, MAX_INTERVAL_S, MIN_INTERVAL_S, MIN_TAPS, rhythmic_runs_in_sleep
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.store.diary import Diary

SEED: Final = 20260823  # fixed, so every demo diary made on the same day has the same shape
AGE_DAYS: Final = 70  # "about 10 weeks old today"
LOGGED_DAYS: Final = 42  # six weeks of naps and nights
BABY_NAME: Final = "Noa"

# Twitch taps per hour of sleep at the start and the end of the six weeks: falling slowly with age,
# as sleep twitching usually does over the first months.
RATE_FIRST_PER_H: Final = 12.0
RATE_LAST_PER_H: Final = 7.0
# Mostly small muscle groups, as parents see in sleep myoclonus; a little torso so the chart has it.
BODY_PART_WEIGHTS: Final = {
    "face": 24,
    "hand": 26,
    "foot": 16,
    "arm": 14,
    "leg": 14,
    "torso": 2,
    "unknown": 4,
}
SIDE_WEIGHTS: Final = {"left": 36, "right": 36, "both": 8, "unknown": 20}


@dataclass(frozen=True)
class _Episode:
    """One scripted episode: which day back from today, its answers and its note."""

    days_ago: int
    duration_s: float
    rhythmic: bool
    body_part: str
    side: str
    note: str


# Episodes like those benign sleep myoclonus gives: asleep, stopping when the baby was woken.
# The rhythmic one is older than the guidance's 14 "recent" days, so the demo stays calm.
# The notes are a parent's own words: written in the language the demo is made in, then stored as
# they are (like any note typed in), so the demo diary reads as one written in that language.
_EPISODES: Final = (
    _Episode(
        36, 45.0, True, "arm", "both",
        QT_TRANSLATE_NOOP("Demo", "Both arms jerked in a steady beat; stopped when I lifted her."),
    ),
    _Episode(
        23, 20.0, False, "leg", "left",
        QT_TRANSLATE_NOOP("Demo", "Left leg jerked on and off; stopped when she woke."),
    ),
    _Episode(
        11, 75.0, False, "hand", "right",
        QT_TRANSLATE_NOOP("Demo", "Right hand jerked; she woke calmly and it stopped."),
    ),
    _Episode(
        4, 12.0, False, "foot", "both",
        QT_TRANSLATE_NOOP("Demo", "Short run of foot jerks; stopped when I stroked her cheek."),
    ),
)  # fmt: skip
_SIGN_DAYS_AGO: Final = 6
_SIGN_NOTE: Final = QT_TRANSLATE_NOOP(
    "Demo", "Chin trembled for a few seconds as she fell asleep, then settled."
)


def _local(day: date, at: time) -> datetime:
    """A wall-clock time on a day, in the computer's local time zone (DST-correct offset)."""
    return datetime.combine(day, at).astimezone()


def _later(moment: datetime, seconds: float) -> datetime:
    """``moment`` plus a duration, with the local offset in force at the new instant."""
    return (moment + timedelta(seconds=seconds)).astimezone()


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _day_sleeps(
    rng: random.Random, day: date, woke_at: datetime
) -> tuple[list[tuple[datetime, float]], datetime]:
    """The naps (start, seconds) of one day after waking, and the night's bedtime."""
    bedtime = _local(day, time(19, 30)) + timedelta(minutes=rng.randint(0, 75))
    count = rng.choice((3, 3, 4))
    longest = 120 if count == 3 else 95
    naps_min = [rng.uniform(30, longest) for _ in range(count)]
    awake_min = (bedtime - woke_at).total_seconds() / 60 - sum(naps_min)
    least_awake = 55 * (count + 1)  # a baby of this age stays awake about an hour between sleeps
    if awake_min < least_awake:
        scale = ((bedtime - woke_at).total_seconds() / 60 - least_awake) / sum(naps_min)
        naps_min = [max(30.0, minutes * scale) for minutes in naps_min]
        awake_min = (bedtime - woke_at).total_seconds() / 60 - sum(naps_min)
    shares = [rng.uniform(0.8, 1.3) for _ in range(count + 1)]
    naps: list[tuple[datetime, float]] = []
    moment = woke_at
    for index, minutes in enumerate(naps_min):
        moment = _later(moment, awake_min * shares[index] / sum(shares) * 60)
        naps.append((moment, minutes * 60))
        moment = _later(moment, minutes * 60)
    return naps, bedtime


def _burst_size(rng: random.Random) -> int:
    """Taps in one burst: 2 to 10, small bursts far more often than large ones."""
    return min(10, 2 + int(rng.expovariate(1 / 2.2)))


def _steady(gaps: list[float]) -> bool:
    """True when some MIN_TAPS or more taps in a row are as evenly spaced as the rhythmic rule asks."""
    shortest = MIN_TAPS - 1
    for i in range(len(gaps) - shortest + 1):
        for j in range(i + shortest, len(gaps) + 1):
            window = gaps[i:j]
            in_range = all(MIN_INTERVAL_S <= gap <= MAX_INTERVAL_S for gap in window)
            if in_range and statistics.pstdev(window) / statistics.fmean(window) <= MAX_CV:
                return True
    return False


def _burst_gaps(rng: random.Random, taps: int) -> list[float]:
    """Seconds between the taps of one burst: 0.2-3 s, drawn again in the rare case they keep a beat."""
    while True:
        gaps = [rng.uniform(0.2, 3.0) for _ in range(taps - 1)]
        if not _steady(gaps):
            return gaps


def _twitches(rng: random.Random, baby: Baby, sleep: Sleep, rate_per_h: float) -> Iterator[Event]:
    """Bursts of twitch taps through one sleep at about ``rate_per_h`` taps per hour."""
    assert sleep.end is not None
    mean_burst = 3.7  # the mean of ``_burst_size``: 2 + 1/(e^(1/2.2) - 1), a little less for the cap
    mean_gap_s = 3600 * mean_burst / rate_per_h
    moment = _later(sleep.start, rng.uniform(60, 600))  # babies settle before twitching starts
    while True:
        moment = _later(moment, rng.expovariate(1 / mean_gap_s))
        taps = _burst_size(rng)
        part, side = _pick(rng, BODY_PART_WEIGHTS), _pick(rng, SIDE_WEIGHTS)
        offsets = [0.0, *_burst_gaps(rng, taps)]
        for gap in offsets:
            moment = _later(moment, gap)
            if moment >= sleep.end:
                return
            # A burst mostly stays in one limb; now and then a tap jumps elsewhere.
            same = rng.random() < 0.75
            yield Event(
                id=new_id(),
                baby_id=baby.id,
                sleep_id=sleep.id,
                at=moment,
                kind="twitch",
                body_part=part if same else _pick(rng, BODY_PART_WEIGHTS),
                side=side if same else _pick(rng, SIDE_WEIGHTS),
                state="asleep",
            )


def _irregular_twitches(rng: random.Random, baby: Baby, sleep: Sleep, rate_per_h: float) -> list[Event]:
    """One sleep's taps, drawn again until no run looks rhythmic to the guidance's own detector.

    Bursts are irregular on their own, but two bursts close together can still line up into a
    beat now and then; the demo is meant to show an ordinary pattern.
    """
    while True:
        taps = list(_twitches(rng, baby, sleep, rate_per_h))
        if not rhythmic_runs_in_sleep(sleep.id, taps):
            return taps


def _episode(rng: random.Random, baby: Baby, sleep: Sleep, script: _Episode) -> Event:
    """A scripted episode placed inside a sleep, ending before the sleep does."""
    assert sleep.end is not None
    room = (sleep.end - sleep.start).total_seconds() - script.duration_s - 120
    return Event(
        id=new_id(),
        baby_id=baby.id,
        sleep_id=sleep.id,
        at=_later(sleep.start, rng.uniform(60, room)),
        kind="episode",
        body_part=script.body_part,
        side=script.side,
        state="asleep",
        duration_s=script.duration_s,
        rhythmic=script.rhythmic,
        stopped_on_waking="yes",
        note=translate("Demo", script.note),
    )


def _sign(baby: Baby, nap: Sleep) -> Event:
    """A brief tremor seen just after a nap began."""
    return Event(
        id=new_id(),
        baby_id=baby.id,
        sleep_id=nap.id,
        at=_later(nap.start, 40),
        kind="sign",
        body_part="face",
        side="both",
        state="drowsy",
        signs=frozenset({"tremor"}),
        note=translate("Demo", _SIGN_NOTE),
    )


def demo_baby(today: date) -> Baby:
    """Noa: born at term ten weeks before ``today``, with a due date and a birth weight."""
    birth = today - timedelta(days=AGE_DAYS)
    return Baby(
        id=new_id(),
        name=BABY_NAME,
        birth_date=birth,
        due_date=birth + timedelta(days=4),
        birth_weight_g=3350,
    )


def fill_demo_diary(diary: Diary, today: date, now: datetime | None = None) -> Baby:
    """Add the demo baby with six weeks of sleeps, taps, episodes and one sign; returns the baby.

    The shape is fixed by ``SEED`` and ``today``; only sleeps that have ended by ``now`` are added
    (default: the start of ``today``, so the same day always gives the same diary). Everything is
    written in one transaction.
    """
    cutoff = _local(today, time(0)) if now is None else now
    rng = random.Random(SEED)
    baby = demo_baby(today)
    first_day = today - timedelta(days=LOGGED_DAYS)
    sleeps: list[Sleep] = []
    events: list[Event] = []
    woke_at = _local(first_day, time(6, 30))
    for offset in range(LOGGED_DAYS):
        day = first_day + timedelta(days=offset)
        naps, bedtime = _day_sleeps(rng, day, woke_at)
        night_s = rng.uniform(9, 11) * 3600
        woke_at = _later(bedtime, night_s)
        day_sleeps = [
            Sleep(id=new_id(), baby_id=baby.id, start=start, end=_later(start, seconds), kind="nap")
            for start, seconds in naps
        ]
        day_sleeps.append(Sleep(id=new_id(), baby_id=baby.id, start=bedtime, end=woke_at, kind="night"))
        rate = RATE_FIRST_PER_H + (RATE_LAST_PER_H - RATE_FIRST_PER_H) * offset / (LOGGED_DAYS - 1)
        # Only sleeps over by ``now``: the diary must not hold times in the future.
        ended = [sleep for sleep in day_sleeps if sleep.end is not None and sleep.end <= cutoff]
        for sleep in ended:
            sleeps.append(sleep)
            events.extend(_irregular_twitches(rng, baby, sleep, rate * rng.uniform(0.7, 1.3)))
        days_ago = (today - day).days
        if len(ended) == len(day_sleeps):
            events.extend(
                _episode(rng, baby, ended[-1], script) for script in _EPISODES if script.days_ago == days_ago
            )
            if days_ago == _SIGN_DAYS_AGO:
                events.append(_sign(baby, ended[1]))
    events.sort(key=lambda event: event.at)
    with diary.transaction():
        diary.babies.add(baby)
        for sleep in sleeps:
            diary.sleeps.add(sleep)
        diary.events.add_many(events)
    return baby

"""A seeded population of ordinary diaries: the calibration set of guidance.md version 2.

Each diary is a baby from newborn to 24 months (term or born early) with 2 to 8 weeks of naps and
nights, logged the way a parent logs: not every sleep, and only the part of a night someone watched.
Twitches come in irregular bursts; now and then a regular cluster in sleep, a twitch that woke the
baby, a short episode in sleep that stopped on waking, or a parent-entered sign (tremor, changed
sleep). Nothing here is a warning sign, so a doctor or emergency finding on any diary is a false
alarm. The module imports only ``desktop.core.model`` so that ``tools/false_alarms.py --code DIR``
can run it against an older version of the rules.

Where the numbers come from (and where they are guesses) is said next to each constant.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Final

from desktop.core.model import Baby, Event, Sleep

AS_OF: Final = date(2026, 11, 20)
DEFAULT_SIZE: Final = 400
DEFAULT_SEED: Final = 20261120
# Offsets away from UTC, so local days and UTC days differ for some diaries.
ZONES: Final = tuple(timezone(timedelta(hours=h)) for h in (-5, 0, 1, 2, 10))

# Ages (corrected for babies born early): the app's parents are mostly of young babies. Guess:
# 40 % under 12 weeks, 30 % 12-26 weeks, 30 % 26-104 weeks.
AGE_BANDS: Final = ((0.40, 0, 12), (0.30, 12, 26), (0.30, 26, 104))
PRETERM_SHARE: Final = 0.15  # about 1 in 10 babies is born early; more of their parents worry (guess)
FAMILY_HISTORY_SHARE: Final = 0.05  # guess; shows that family_history is left out of the target
# Naps a day by age (NHS and AAP sleep guides: 4-5 as a newborn, 2-3 at 6-12 months, 1-2 after).
NAPS_BY_WEEKS: Final = ((12, 4, 5), (26, 3, 4), (52, 2, 3), (105, 1, 2))
# Sleep twitching: 50-90 % of babies under 6 months (parenting article); more in babies born early;
# fading over the first years (Maurer et al. 2010). The rate per watched sleep hour is a guess: a
# median of 8 per hour in newborns falling to about 1 per hour at 2 years, spread lognormally.
NEWBORN_RATE: Final = 8.0
RATE_HALF_LIFE_WEEKS: Final = 30.0
PRETERM_RATE_FACTOR: Final = 1.4
BABY_RATE_SIGMA: Final = 0.6  # between babies
SLEEP_RATE_SIGMA: Final = 0.5  # between sleeps of one baby
# Bursts: 1 to 8 jerks (mostly 1-3), each gap 0.3-4 s drawn independently: irregular, as parents tap.
BURST_MEAN: Final = 2.2
BURST_MAX: Final = 8
BURST_GAP_S: Final = (0.3, 4.0)
# The odd regular cluster in sleep (benign sleep myoclonus has clusters of 1-5 jerks a second):
# a third of diaries under 12 weeks, 1 in 20 older ones, have 1 or 2 in the whole diary. Tapped by
# hand, the beat jitters: 6-14 taps, a CV of the intervals from 0.08 to 0.35 (guess).
REGULAR_SHARE_YOUNG: Final = 1 / 3
REGULAR_SHARE_OLDER: Final = 0.05
# A twitch that woke the baby: "the odd" one, on average once in 6 weeks of diary and never two
# within 4 days of each other (guess; more often is what disturbs_sleep is for).
WOKE_PER_WEEK: Final = 1 / 6
WOKE_APART: Final = timedelta(days=4)
# Short episodes in sleep that stopped on waking: 1 in 4 diaries under 26 weeks (guess), 1 to 3 of
# 5-60 s; at 26 weeks or older sleep myoclonus episodes have usually stopped, so 1 in 20 diaries,
# with a single one.
EPISODE_SHARE_YOUNG: Final = 0.25
EPISODE_SHARE_OLDER: Final = 0.05
# Parent-entered signs: jitteriness (tremor) in 1 in 25, a changed sleep pattern in 1 in 50 (guess).
TREMOR_SHARE: Final = 0.04
SLEEP_CHANGE_SHARE: Final = 0.02
# Body parts of ordinary twitches: mostly the small parts; the parent often leaves it unknown.
PARTS: Final = (
    ("hand", 18),
    ("arm", 14),
    ("leg", 14),
    ("foot", 12),
    ("face", 10),
    ("mouth", 6),
    ("eyes", 4),
    ("torso", 3),
    ("whole_body", 1),
    ("unknown", 18),
)
SIDES: Final = (("left", 3), ("right", 3), ("both", 2), ("unknown", 4))


@dataclass(frozen=True)
class OrdinaryDiary:
    """One diary of the population, with what it was made of (for the figures' breakdown)."""

    index: int
    baby: Baby
    sleeps: tuple[Sleep, ...]
    events: tuple[Event, ...]
    as_of: date
    age_weeks: int
    preterm: bool


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _pick(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([name for name, _ in table], weights=[w for _, w in table])[0]


def _age_weeks(rng: random.Random) -> int:
    roll = rng.random()
    for share, low, high in AGE_BANDS:
        if roll < share:
            return rng.randint(low, high - 1) if high < 104 else rng.randint(low, high)
        roll -= share
    return rng.randint(26, 104)


def _naps(weeks: int, rng: random.Random) -> int:
    for upto, low, high in NAPS_BY_WEEKS:
        if weeks < upto:
            return rng.randint(low, high)
    return 1


def _baby(rng: random.Random, index: int, age_weeks: int, preterm: bool) -> Baby:
    """A baby whose rule age (corrected when born early) on AS_OF is ``age_weeks`` weeks and some days."""
    extra = timedelta(days=7 * age_weeks + rng.randint(0, 6))
    if preterm:  # born 4 to 12 weeks early (24 to 36 weeks of gestation); ages count from the due date
        due = AS_OF - extra
        birth = due - timedelta(days=7 * rng.randint(4, 12) + rng.randint(0, 6))
    else:  # born at 37 to 42 weeks; ages count from birth
        birth = AS_OF - extra
        due = birth + timedelta(days=rng.randint(-14, 21))
    history = (
        frozenset({rng.choice(("epilepsy", "newborn_seizures", "movement_disorder", "startle_disease"))})
        if rng.random() < FAMILY_HISTORY_SHARE
        else frozenset()
    )
    return Baby(id=_id(rng), name=f"Baby {index}", birth_date=birth, due_date=due, family_history=history)


class _Writer:
    """Writes one diary's records with its own random stream."""

    def __init__(self, rng: random.Random, baby: Baby, tz: timezone, weeks: int, preterm: bool) -> None:
        self.rng = rng
        self.baby = baby
        self.tz = tz
        self.weeks = weeks
        self.sleeps: list[Sleep] = []
        self.events: list[Event] = []
        rate = NEWBORN_RATE * math.exp(-math.log(2) * weeks / RATE_HALF_LIFE_WEEKS)
        rate *= PRETERM_RATE_FACTOR if preterm else 1.0
        self.rate = rate * rng.lognormvariate(0.0, BABY_RATE_SIGMA)
        self.parts = [p for p in PARTS if rng.random() < 0.8 or p[0] == "unknown"]

    def at(self, day: date, hour: float) -> datetime:
        return datetime.combine(day, time(0), tzinfo=self.tz) + timedelta(hours=hour)

    def event(self, sleep: Sleep, moment: datetime, kind: str, **fields: object) -> Event:
        event = Event(_id(self.rng), self.baby.id, sleep.id, moment, kind, **fields)  # type: ignore[arg-type]
        self.events.append(event)
        return event

    def twitch(self, sleep: Sleep, moment: datetime, **fields: object) -> Event:
        return self.event(
            sleep,
            moment,
            "twitch",
            body_part=_pick(self.rng, tuple(self.parts)),
            side=_pick(self.rng, SIDES),
            **fields,
        )

    def day(self, day: date, logged_share: float) -> None:
        """The sleeps of one day the parent logged: a night from the evening, and naps in the day."""
        rng = self.rng
        naps = _naps(self.weeks, rng)
        wake = 6.0 + rng.uniform(0, 1.5)
        bedtime = 19.0 + rng.uniform(0, 2.5)
        awake_span = (bedtime - wake) / (naps + 1)
        for n in range(naps):
            if rng.random() < logged_share:
                start = wake + awake_span * (n + 1) - rng.uniform(0, 0.3)
                length = min(rng.uniform(0.4, 2.2), awake_span * 0.8)
                self.sleep(day, start, length, "nap", watched=rng.uniform(0.6, 1.0))
        if rng.random() < logged_share:
            night = rng.uniform(9.0, 11.5) if self.weeks >= 12 else rng.uniform(3.0, 5.0)
            self.sleep(day, bedtime, night, "night", watched=rng.uniform(0.05, 0.35))

    def sleep(self, day: date, start_hour: float, hours: float, kind: str, watched: float) -> None:
        start = self.at(day, start_hour)
        end = start + timedelta(hours=hours)
        if self.sleeps and start <= (self.sleeps[-1].end or start):
            return
        if start.date() < self.baby.birth_date:
            return
        sleep = Sleep(_id(self.rng), self.baby.id, start, end, kind)
        self.sleeps.append(sleep)
        self.bursts(sleep, hours * watched)

    def bursts(self, sleep: Sleep, watched_hours: float) -> None:
        """Irregular bursts of taps through the watched part of a sleep."""
        rng = self.rng
        rate = self.rate * rng.lognormvariate(0.0, SLEEP_RATE_SIGMA)
        taps = rate * watched_hours
        moment = sleep.start + timedelta(minutes=rng.uniform(3, 15))
        limit = sleep.start + timedelta(hours=watched_hours)
        mean_gap_s = 3600 * BURST_MEAN / max(rate, 0.1)
        while taps > 0:
            moment += timedelta(seconds=rng.expovariate(1 / mean_gap_s))
            if moment >= limit:
                return
            size = min(BURST_MAX, 1 + int(rng.expovariate(1 / (BURST_MEAN - 1))))
            for _ in range(size):
                if sleep.end is not None and moment >= sleep.end:
                    return
                self.twitch(sleep, moment)
                moment += timedelta(seconds=rng.uniform(*BURST_GAP_S))
            taps -= size

    def regular_cluster(self, sleep: Sleep) -> None:
        """A hand-tapped regular cluster in sleep: 6-14 taps at 1-3 a second with some jitter."""
        rng = self.rng
        assert sleep.end is not None
        moment = sleep.start + (sleep.end - sleep.start) * rng.uniform(0.1, 0.6)
        interval = 1 / rng.uniform(1.0, 3.0)
        jitter = rng.uniform(0.08, 0.35)
        for _ in range(rng.randint(6, 14)):
            self.twitch(sleep, moment)
            moment += timedelta(seconds=max(0.2, rng.gauss(interval, jitter * interval)))

    def woke(self, sleep: Sleep) -> None:
        """A twitch that woke the baby, near the end of the sleep."""
        assert sleep.end is not None
        self.twitch(sleep, sleep.end - timedelta(seconds=self.rng.uniform(5, 60)), woke_baby=True)

    def episode(self, sleep: Sleep) -> None:
        """A short episode in sleep that stopped when the parent woke the baby."""
        rng = self.rng
        assert sleep.end is not None
        moment = sleep.start + (sleep.end - sleep.start) * rng.uniform(0.1, 0.7)
        self.event(
            sleep,
            moment,
            "episode",
            duration_s=round(rng.uniform(5, 60), 1),
            stopped_on_waking="yes",
            rhythmic=rng.choice((None, False)),
            body_part=_pick(self.rng, tuple(self.parts)),
        )

    def sign(self, sleep: Sleep, sign: str) -> None:
        """A parent-entered sign seen during a sleep."""
        assert sleep.end is not None
        self.event(sleep, sleep.start + (sleep.end - sleep.start) / 2, "sign", signs=frozenset({sign}))


def ordinary_diary(seed: int, index: int) -> OrdinaryDiary:
    """Diary ``index`` of the population made with ``seed``; the same arguments give the same diary."""
    rng = random.Random(f"{seed}:{index}")
    weeks = _age_weeks(rng)
    preterm = rng.random() < PRETERM_SHARE
    baby = _baby(rng, index, weeks, preterm)
    writer = _Writer(rng, baby, rng.choice(ZONES), weeks, preterm)
    span_days = rng.randint(14, 56)
    logged_share = rng.uniform(0.5, 0.95)
    first = max(AS_OF - timedelta(days=span_days - 1), baby.birth_date + timedelta(days=1))
    day = first
    while day <= AS_OF:
        if rng.random() < 0.9:  # some days nothing is logged at all
            writer.day(day, logged_share)
        day += timedelta(days=1)
    # Night sleeps may run past the end of the as-of day; the rules only see what began by then.
    sleeps = [s for s in writer.sleeps if s.end is not None and s.end.date() <= AS_OF]
    if sleeps:
        _extras(rng, writer, sleeps, weeks)
    kept = {s.id for s in sleeps}
    return OrdinaryDiary(
        index=index,
        baby=baby,
        sleeps=tuple(sleeps),
        events=tuple(e for e in writer.events if e.sleep_id in kept),
        as_of=AS_OF,
        age_weeks=weeks,
        preterm=preterm,
    )


def _extras(rng: random.Random, writer: _Writer, sleeps: list[Sleep], weeks: int) -> None:
    """The odd regular cluster, waking twitch, short episode and parent-entered sign."""
    young = weeks < 12
    if rng.random() < (REGULAR_SHARE_YOUNG if young else REGULAR_SHARE_OLDER):
        for sleep in rng.sample(sleeps, min(len(sleeps), rng.randint(1, 2))):
            writer.regular_cluster(sleep)
    weeks_logged = ((sleeps[-1].start - sleeps[0].start).days + 1) / 7
    chosen: list[Sleep] = []
    for sleep in rng.sample(sleeps, min(len(sleeps), _poisson(rng, WOKE_PER_WEEK * weeks_logged))):
        if all(abs(sleep.start - other.start) >= WOKE_APART for other in chosen):
            chosen.append(sleep)
            writer.woke(sleep)
    if weeks < 26 and rng.random() < EPISODE_SHARE_YOUNG:
        for sleep in rng.sample(sleeps, min(len(sleeps), rng.randint(1, 3))):
            writer.episode(sleep)
    elif weeks >= 26 and rng.random() < EPISODE_SHARE_OLDER:
        writer.episode(rng.choice(sleeps))
    if rng.random() < TREMOR_SHARE:
        writer.sign(rng.choice(sleeps), "tremor")
    if rng.random() < SLEEP_CHANGE_SHARE:
        writer.sign(rng.choice(sleeps), "sleep_change")


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth's method; the means here are small)."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def ordinary_population(size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> Iterator[OrdinaryDiary]:
    """The population's diaries, one at a time (each is made from its own seed and index)."""
    for index in range(size):
        yield ordinary_diary(seed, index)

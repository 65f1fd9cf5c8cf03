"""Review numbers on small hand-made diaries with exact expectations: rates, weeks, ranges, summaries."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import weekly
from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.core.stats import DayRange, SleepRow, preset_range, rate_per_hour, summarize
from desktop.core.summary_text import format_seconds, summary_rows
from desktop.core.timeline import sleep_timeline
from desktop.store.aggregates import AggregateCache, aggregate
from desktop.store.diary import Diary

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))  # 29 March 2026, 02:00 CET → 03:00 CEST
TERM = Baby(id="term", name="Mia", birth_date=date(2026, 3, 1), due_date=date(2026, 3, 3))
PRETERM = Baby(id="pre", name="Leo", birth_date=date(2026, 1, 1), due_date=date(2026, 2, 19))  # 33 weeks


def _twitch(baby: Baby, sleep: Sleep, at: datetime, part: str = "hand", woke: bool = False) -> Event:
    return Event(new_id(), baby.id, sleep.id, at, "twitch", body_part=part, woke_baby=woke)


def fill_small_diary(diary: Diary, baby: Baby = TERM) -> dict[str, Sleep]:
    """Four sleeps of a baby born 1 March 2026 (a Sunday), with exactly known numbers.

    * week 3: a night from Sat 28 March 20:00 CET to Sun 29 March 07:00 CEST: across midnight and
      the DST change, 10 real hours (11 on the clock), 5 twitches (2 after midnight), rate 0.5;
    * week 4: a 1 h nap with 10 twitches and a 3 h nap with 2 twitches: rate 12 / 4 = 3.0
      (the mean of the per-sleep rates would be 5.33); one 45 s episode that woke the baby;
    * week 5: a 30 min nap with 3 twitches: too little data, no rate;
    * week 6: nothing. One tremor sign and one twitch outside any sleep on 2 April.
    """
    diary.babies.add(baby)
    start, end = datetime(2026, 3, 28, 20, 0, tzinfo=CET), datetime(2026, 3, 29, 7, 0, tzinfo=CEST)
    night = Sleep("night", baby.id, start, end, "night")
    nap1 = Sleep(
        "nap1", baby.id, datetime(2026, 3, 29, 13, 0, tzinfo=CEST), datetime(2026, 3, 29, 14, 0, tzinfo=CEST)
    )
    nap2 = Sleep(
        "nap2", baby.id, datetime(2026, 4, 1, 9, 0, tzinfo=CEST), datetime(2026, 4, 1, 12, 0, tzinfo=CEST)
    )
    nap3 = Sleep(
        "nap3", baby.id, datetime(2026, 4, 5, 10, 0, tzinfo=CEST), datetime(2026, 4, 5, 10, 30, tzinfo=CEST)
    )
    events = [
        _twitch(baby, night, datetime(2026, 3, 28, 21, 10, tzinfo=CET), "face"),
        _twitch(baby, night, datetime(2026, 3, 28, 21, 40, tzinfo=CET), "face"),
        _twitch(baby, night, datetime(2026, 3, 28, 23, 5, tzinfo=CET), "leg"),
        _twitch(baby, night, datetime(2026, 3, 29, 1, 30, tzinfo=CET), "leg"),
        _twitch(baby, night, datetime(2026, 3, 29, 5, 0, tzinfo=CEST), "torso", woke=True),
        *(_twitch(baby, nap1, datetime(2026, 3, 29, 13, 5 + i, tzinfo=CEST)) for i in range(10)),
        _twitch(baby, nap2, datetime(2026, 4, 1, 9, 30, tzinfo=CEST), "foot"),
        _twitch(baby, nap2, datetime(2026, 4, 1, 11, 30, tzinfo=CEST), "foot"),
        Event(
            "ep1",
            baby.id,
            nap2.id,
            datetime(2026, 4, 1, 10, 0, tzinfo=CEST),
            "episode",
            "arm",
            "both",
            duration_s=45.0,
            woke_baby=True,
            stopped_on_waking="yes",
        ),
        *(_twitch(baby, nap3, datetime(2026, 4, 5, 10, 5 + i, tzinfo=CEST), "arm") for i in range(3)),
        Event(
            new_id(),
            baby.id,
            None,
            datetime(2026, 4, 2, 16, 0, tzinfo=CEST),
            "sign",
            "face",
            "both",
            state="awake",
            signs=frozenset({"tremor"}),
        ),
        Event(
            new_id(), baby.id, None, datetime(2026, 4, 2, 16, 5, tzinfo=CEST), "twitch", "hand", state="awake"
        ),
    ]
    with diary.transaction():
        for sleep in (night, nap1, nap2, nap3):
            diary.sleeps.add(sleep)
        diary.events.add_many(events)
    return {sleep.id: sleep for sleep in (night, nap1, nap2, nap3)}


@pytest.fixture
def small(diary: Diary) -> Diary:
    fill_small_diary(diary)
    return diary


def test_sleep_rows_have_real_lengths_and_start_days(small: Diary) -> None:
    rows = {row.sleep_id: row for row in aggregate(small.connection, TERM.id).sleeps}
    night = rows["night"]
    assert night.hours == 10.0  # across the DST change: real elapsed time, not the clock's 11 h
    assert night.day == date(2026, 3, 28)  # across midnight: the day it began
    assert (night.twitches, night.woke) == (5, 1)
    assert (rows["nap1"].hours, rows["nap1"].twitches, rows["nap1"].rate) == (1.0, 10, 10.0)
    assert (rows["nap2"].episodes, rows["nap2"].longest_episode_s, rows["nap2"].woke) == (1, 45.0, 1)
    loose = rows[None]
    assert (loose.day, loose.twitches, loose.hours, dict(loose.signs)) == (
        date(2026, 4, 2),
        1,
        0.0,
        {"tremor": 1},
    )


def test_running_sleeps_do_not_count(small: Diary) -> None:
    small.sleeps.add(Sleep("running", TERM.id, datetime(2026, 4, 6, 13, 0, tzinfo=CEST)))
    assert "running" not in {row.sleep_id for row in aggregate(small.connection, TERM.id).sleeps}


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        # (week, sleeps, hours, twitches, rate, episodes); born 1 March, due 3 March.
        ("chronological", [(3, 1, 10.0, 5, 0.5, 0), (4, 2, 4.0, 12, 3.0, 1), (5, 1, 0.5, 3, None, 0)]),
        # Corrected: 28-29 March are days 25-26 (week 3), 1 and 5 April days 29 and 33 (week 4).
        ("corrected", [(3, 2, 11.0, 15, 15 / 11, 0), (4, 2, 3.5, 5, 5 / 3.5, 1)]),
    ],
)
def test_weekly_rates_are_totals_over_totals(
    small: Diary, mode: str, expected: list[tuple[object, ...]]
) -> None:
    rows = aggregate(small.connection, TERM.id).sleeps
    weeks = weekly.weekly_rates(rows, TERM, mode, DayRange(date(2026, 3, 28), date(2026, 4, 5)))
    assert [(w.week, w.sleeps, w.sleep_hours, w.twitches, w.rate, w.episodes) for w in weeks] == expected


def test_a_week_under_an_hour_is_too_little_data_not_zero(small: Diary) -> None:
    rows = aggregate(small.connection, TERM.id).sleeps
    weeks = weekly.weekly_rates(rows, TERM, "chronological", DayRange(date(2026, 3, 28), date(2026, 4, 15)))
    by_week = {w.week: w for w in weeks}
    assert by_week[5].rate is None and by_week[5].too_little_data
    assert by_week[6].sleeps == 0 and by_week[6].too_little_data
    assert weekly.too_little_weeks(weeks) == [5, 6]
    assert by_week[4].q1 == pytest.approx(2 / 3 + (10 - 2 / 3) * 0.25)  # quartiles of the per-sleep rates


def test_summary_of_a_period_and_the_one_before(small: Diary) -> None:
    rows = aggregate(small.connection, TERM.id).sleeps
    days = preset_range("7", date(2026, 4, 5))
    assert days == DayRange(date(2026, 3, 30), date(2026, 4, 5))
    current, previous = summarize(rows, days), summarize(rows, days.previous())
    assert (current.sleeps, current.sleep_hours, current.twitches, current.rate) == (
        2,
        3.5,
        5,
        pytest.approx(5 / 3.5),
    )
    assert (current.episodes, current.longest_episode_s, current.woke) == (1, 45.0, 1)
    assert (current.twitches_outside_sleep, dict(current.signs)) == (1, {"tremor": 1})
    assert previous.days == DayRange(date(2026, 3, 23), date(2026, 3, 29))
    assert (previous.sleeps, previous.sleep_hours, previous.twitches, previous.rate) == (2, 11.0, 15, 15 / 11)
    lines = {key: (now, before) for key, _, now, before in summary_rows(current, previous)}
    assert lines["rate"] == ("1.4", "1.4")
    assert lines["longest"] == ("45 s", "—")
    assert lines["signs"] == ("tremor", "none")


def test_a_period_under_an_hour_has_no_rate() -> None:
    row = SleepRow("s", date(2026, 4, 1), None, 0.75, twitches=4)
    summary = summarize([row], DayRange(date(2026, 4, 1), date(2026, 4, 1)))
    assert summary.rate is None
    assert summary_rows(summary, None)[3][2:] == ("too little data", "—")


@pytest.mark.parametrize(
    ("preset", "checkup", "expected"),
    [
        ("7", None, (date(2026, 4, 1), date(2026, 4, 7))),
        ("14", None, (date(2026, 3, 25), date(2026, 4, 7))),
        ("28", None, (date(2026, 3, 11), date(2026, 4, 7))),
        ("checkup", date(2026, 3, 20), (date(2026, 3, 20), date(2026, 4, 7))),
        ("checkup", None, None),
        ("all", None, (date(2026, 3, 28), date(2026, 4, 7))),
    ],
)
def test_range_presets(preset: str, checkup: date | None, expected: tuple[date, date] | None) -> None:
    days = preset_range(preset, date(2026, 4, 7), checkup, earliest=date(2026, 3, 28))
    assert (None if days is None else (days.first, days.last)) == expected


def test_preterm_ages_and_term_marker() -> None:
    assert weekly.default_age_mode(PRETERM) == "corrected"
    assert weekly.default_age_mode(TERM) == "chronological"
    day = date(2026, 3, 28)
    assert weekly.week_of(PRETERM, day, "chronological") == 12  # 86 days since birth
    assert weekly.week_of(PRETERM, day, "corrected") == 5  # 37 days since the due date
    assert weekly.week_of(PRETERM, date(2026, 2, 12), "corrected") == -1  # before term-equivalent age
    assert weekly.term_week(PRETERM, "corrected") == 0
    assert weekly.term_week(PRETERM, "chronological") == 7.0
    assert weekly.term_week(TERM, "chronological") is None


def test_preterm_rate_chart_in_corrected_weeks(diary: Diary) -> None:
    fill_small_diary(diary, PRETERM)
    rows = aggregate(diary.connection, PRETERM.id).sleeps
    chart = weekly.rate_chart(rows, PRETERM, "corrected", DayRange(date(2026, 3, 28), date(2026, 4, 5)))
    assert [w.week for w in chart.weeks] == [5, 6]
    # The night started 28 March 20:00: corrected day 37 and 20/24 of a day.
    assert chart.ages[0] == pytest.approx((37 + 20 / 24) / 7)
    assert chart.rates[0] == 0.5 and chart.hours[0] == 10.0
    assert chart.sleep_ids[0] == "night"


def test_hours_and_parts_count_for_the_day_the_sleep_began(small: Diary) -> None:
    hours = aggregate(small.connection, TERM.id).hour_counts
    night_day = hours[date(2026, 3, 28)]
    assert (night_day[21], night_day[23], night_day[1], night_day[5]) == (
        2,
        1,
        1,
        1,
    )  # 01:30 and 05:00 after midnight
    assert sum(hours[date(2026, 3, 29)]) == 10  # only the nap's twitches
    parts = aggregate(small.connection, TERM.id).part_counts
    assert parts[date(2026, 3, 28)] == {"face": 2, "leg": 2, "torso": 1}
    assert parts[date(2026, 4, 2)] == {"hand": 1}
    chart = weekly.body_part_chart(
        parts, TERM, "chronological", DayRange(date(2026, 3, 28), date(2026, 4, 5))
    )
    assert chart.weeks == [3, 4, 5]
    assert chart.totals == [5, 13, 3]
    assert chart.shares[0][0] == 40.0  # face: 2 of the night's 5
    heat = weekly.hour_chart(hours, TERM, "chronological", DayRange(date(2026, 3, 28), date(2026, 4, 5)))
    assert heat.counts[0][1] == 1 and heat.counts[1][13] == 10


def test_cache_notices_changes(small: Diary) -> None:
    cache = AggregateCache(small.connection)
    first = cache.sleeps(TERM.id)
    assert cache.sleeps(TERM.id) is first  # nothing changed: the same rows
    small.events.add(
        _twitch(
            TERM,
            small.sleeps.get("nap1") or Sleep("x", "x", datetime.now(CET)),
            datetime(2026, 3, 29, 13, 50, tzinfo=CEST),
        )
    )
    again = cache.sleeps(TERM.id)
    assert again is not first
    assert {row.sleep_id: row.twitches for row in again}["nap1"] == 11


def test_timeline_of_a_night_across_dst(small: Diary) -> None:
    night = small.sleeps.get("night")
    assert night is not None
    line = sleep_timeline(night, small.events.in_sleep("night"))
    assert line.minutes == 600.0
    # 05:00 CEST is 8 real hours after 20:00 CET (the clock says 9).
    assert line.taps == [70.0, 100.0, 185.0, 330.0, 480.0]
    assert line.woke == [480.0]


@pytest.mark.parametrize(("seconds", "text"), [(45, "45 s"), (60, "1 min"), (125.4, "2 min 5 s")])
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


_rows = st.lists(
    st.builds(
        SleepRow,
        sleep_id=st.sampled_from(["a", "b", None]),
        day=st.dates(date(2026, 3, 1), date(2026, 6, 1)),
        start=st.none(),
        hours=st.floats(0, 14),
        twitches=st.integers(0, 200),
    ),
    max_size=40,
)


@given(_rows)
def test_weeks_add_up_to_the_period(rows: list[SleepRow]) -> None:
    days = DayRange(date(2026, 3, 1), date(2026, 6, 1))
    total = summarize(rows, days)
    weeks = weekly.weekly_rates(rows, TERM, "chronological", days)
    assert sum(w.twitches for w in weeks) == total.twitches
    assert sum(w.sleep_hours for w in weeks) == pytest.approx(total.sleep_hours)
    assert total.rate == rate_per_hour(total.twitches, total.sleep_hours)
    for week in weeks:
        assert week.rate is None or week.sleep_hours >= 1.0


_OFFSETS = st.sampled_from([timezone(timedelta(hours=h)) for h in (-5, 0, 1, 2, 9)])


@st.composite
def _diaries(draw: st.DrawFn) -> tuple[list[Sleep], list[Event]]:
    """Up to five non-overlapping sleeps with twitches (some after midnight), in changing offsets."""
    sleeps: list[Sleep] = []
    events: list[Event] = []
    moment = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    for number in range(draw(st.integers(1, 5))):
        moment += timedelta(minutes=draw(st.integers(30, 2000)))
        length = timedelta(minutes=draw(st.integers(1, 720)))
        start = moment.astimezone(draw(_OFFSETS))
        sleep = Sleep(f"s{number}", TERM.id, start, (moment + length).astimezone(draw(_OFFSETS)))
        sleeps.append(sleep)
        for seconds in draw(st.lists(st.integers(0, int(length.total_seconds())), max_size=12)):
            at = (moment + timedelta(seconds=seconds)).astimezone(draw(_OFFSETS))
            events.append(
                Event(new_id(), TERM.id, sleep.id, at, "twitch", draw(st.sampled_from(["hand", "leg"])))
            )
        moment += length
    return sleeps, events


@settings(max_examples=25, deadline=None)
@given(_diaries())
def test_sql_aggregates_match_counting_by_hand(diary_data: tuple[list[Sleep], list[Event]]) -> None:
    sleeps, events = diary_data
    with tempfile.TemporaryDirectory() as folder, Diary(Path(folder)) as diary:
        diary.babies.add(TERM)
        with diary.transaction():
            for sleep in sleeps:
                diary.sleeps.add(sleep)
            diary.events.add_many(events)
        got = aggregate(diary.connection, TERM.id)
    by_sleep = {sleep.id: sleep for sleep in sleeps}
    rows = {row.sleep_id: row for row in got.sleeps}
    hours: dict[date, list[int]] = {}
    parts: dict[date, dict[str, int]] = {}
    for event in events:
        day = by_sleep[event.sleep_id or ""].start.date()  # the day the sleep began, in its offset
        hours.setdefault(day, [0] * 24)[event.at.hour] += 1  # the event's own local hour
        parts.setdefault(day, {}).setdefault(event.body_part, 0)
        parts[day][event.body_part] += 1
    for sleep in sleeps:
        row = rows[sleep.id]
        assert row.day == sleep.start.date()
        assert row.hours == pytest.approx(sleep.duration().total_seconds() / 3600)
        assert row.twitches == sum(1 for event in events if event.sleep_id == sleep.id)
    assert {day: list(counts) for day, counts in got.hour_counts.items()} == hours
    assert {day: dict(counts) for day, counts in got.part_counts.items()} == parts


def test_the_generated_benchmark_diary_is_valid_and_realistic(tmp_path: Path) -> None:
    from tests.perf.generate import generate_diary

    from desktop.exchange.json_export import export_json
    from desktop.exchange.json_import import import_file

    with Diary(tmp_path / "generated") as generated:
        baby = generate_diary(generated, days=14, seed=2)
        export_json(generated, tmp_path / "diary.json")
        rows = aggregate(generated.connection, baby.id).sleeps
    assert weekly.default_age_mode(baby) == "corrected"  # born five weeks early
    assert len(rows) == 14 * 4 - 1 or len(rows) == 14 * 4  # the last night may still be running today
    assert 5 < summarize(rows, DayRange(baby.birth_date, date.today())).rate < 20  # type: ignore[operator]
    with Diary(tmp_path / "imported") as imported:
        # The strict importer checks every rule (no overlaps, events inside sleeps, nothing in the future).
        assert import_file(imported, tmp_path / "diary.json").sleeps_added == len(rows)

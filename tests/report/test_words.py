"""The report's plain words for lengths, places, video files, evidence lines and summary changes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.core.model import Event
from desktop.core.stats import DayRange, PeriodSummary
from desktop.report.content import days_text, report_days
from desktop.report.summary import summary_rows
from desktop.report.words import event_evidence, length_text, video_name, where_text

AT = datetime(2026, 11, 14, 3, 12, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (12.4, "12 s"),
        (59.6, "1 min 00 s"),
        (75, "1 min 15 s"),
        (3600, "1 h 00 min"),
        (4980, "1 h 23 min"),
    ],
)
def test_length_text(seconds: float, text: str) -> None:
    assert length_text(seconds) == text


@pytest.mark.parametrize(
    ("video", "name"),
    [
        (None, "–"),
        ("", "–"),
        ("/home/ana/Videos/VID_0001.mp4", "VID_0001.mp4"),
        ("C:\\Users\\ana\\Videos\\clip 2.mov", "clip 2.mov"),
        ("https://example.org/share/abc123.mp4?x=1", "abc123.mp4"),
        ("https://example.org/", "https://example.org/"),
    ],
)
def test_video_name_shows_the_file_not_the_folder(video: str | None, name: str) -> None:
    assert video_name(video) == name


@pytest.mark.parametrize(
    ("part", "side", "text"),
    [
        ("hand", "left", "left hand"),
        ("whole_body", "unknown", "whole body"),
        ("leg", "both", "leg, both sides"),
        ("unknown", "right", "not sure"),
    ],
)
def test_where_text(part: str, side: str, text: str) -> None:
    assert where_text(Event("e", "b", None, AT, "twitch", body_part=part, side=side)) == text


def test_evidence_line_says_when_how_long_and_what_was_marked() -> None:
    episode = Event(
        "e", "b", "s", AT, "episode", body_part="arm", side="both", state="asleep", duration_s=75.0,
        woke_baby=True, rhythmic=True, stopped_on_waking="not_tried", signs=frozenset({"stiffening"}),
        video="/v/VID_1.mp4", note="  Both arms.  ",
    )  # fmt: skip
    assert event_evidence(episode) == (
        "Sat 14 Nov, 03:12 · episode · 1 min 15 s · arm, both sides · asleep · signs: stiffening · rhythmic"
        " · stopped on waking: not tried · woke the baby · video VID_1.mp4 · “Both arms.”"
    )


@pytest.mark.parametrize(
    ("first", "last", "today", "expected"),
    [
        (None, None, date(2026, 11, 23), "27 Oct 2026 – 23 Nov 2026 (28 days)"),
        (None, date(2026, 3, 1), date(2026, 11, 23), "2 Feb 2026 – 1 Mar 2026 (28 days)"),
        (date(2026, 11, 1), None, date(2026, 11, 23), "1 Nov 2026 – 23 Nov 2026 (23 days)"),
        (date(2026, 11, 5), date(2026, 11, 5), date(2026, 11, 23), "5 Nov 2026 – 5 Nov 2026 (1 day)"),
    ],
)
def test_report_days(first: date | None, last: date | None, today: date, expected: str) -> None:
    assert days_text(report_days(first, last, today)) == expected


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="must not end before it starts"):
        report_days(date(2026, 11, 10), date(2026, 11, 1), date(2026, 11, 23))


def _summary(days: DayRange, hours: float, twitches: int, episodes: int = 0) -> PeriodSummary:
    return PeriodSummary(
        days=days, sleeps=10, sleep_hours=hours, twitches=twitches, twitches_outside_sleep=0,
        episodes=episodes, longest_episode_s=40.0 if episodes else 0.0, woke=0, signs={},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("now", "before", "rate_row"),
    [
        ((100.0, 800), (100.0, 1000), ("8.0", "10.0", "−2.0 (−20 %)")),
        ((100.0, 1000), (100.0, 800), ("10.0", "8.0", "+2.0 (+25 %)")),
        ((100.0, 800), (100.0, 800), ("8.0", "8.0", "no change")),
        ((100.0, 800), (0.5, 3), ("8.0", "too little sleep logged", "–")),
        ((100.0, 500), (10.0, 0), ("5.0", "0.0", "+5.0")),
    ],
)
def test_rate_row_gives_both_rates_and_the_change(
    now: tuple[float, int], before: tuple[float, int], rate_row: tuple[str, str, str]
) -> None:
    days = DayRange(date(2026, 10, 27), date(2026, 11, 23))
    rows = summary_rows(_summary(days, *now), _summary(days.previous(), *before), (20, 18))
    (rate,) = [row for row in rows if row.label == "Twitches per hour of sleep"]
    assert (rate.current, rate.previous, rate.change) == rate_row


def test_summary_rows_say_how_many_days_were_logged() -> None:
    days = DayRange(date(2026, 10, 27), date(2026, 11, 23))
    rows = summary_rows(_summary(days, 100.0, 800, 2), _summary(days.previous(), 50.0, 400), (20, 9))
    by_label = {row.label: row for row in rows}
    assert by_label["Days with sleep logged"].current == "20 of 28"
    assert by_label["Days with sleep logged"].change == "+11"
    assert by_label["Timed episodes"].change == "+2"
    assert by_label["Longest episode"].current == "40 s"
    assert by_label["Longest episode"].previous == "–"
    assert by_label["Sleep time logged"].change == "+50.0 h"

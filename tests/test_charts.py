"""The chart functions, checked on the artists they draw (the plotted values), never on pixels."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

from desktop import charts
from desktop.core.model import Baby
from desktop.core.stats import DayRange, EpisodeRow, SleepRow
from desktop.core.timeline import SleepTimeline, TimelineMark
from desktop.core.weekly import body_part_chart, episode_chart, hour_chart, rate_chart

CET = timezone(timedelta(hours=1))
BABY = Baby(id="b", name="Ida", birth_date=date(2026, 1, 1), due_date=date(2026, 2, 19))  # preterm
DAYS = DayRange(date(2026, 3, 5), date(2026, 3, 25))  # corrected weeks 2 to 4 (days 14 to 34)


def _row(day: date, hours: float, twitches: int, sleep_id: str, hour: int = 13) -> SleepRow:
    return SleepRow(sleep_id, day, datetime(day.year, day.month, day.day, hour, tzinfo=CET), hours, twitches)


def _axes() -> tuple[Figure, Axes]:
    figure = Figure(layout="constrained")
    return figure, figure.add_subplot()


def _boxes(bars: Any) -> list[tuple[float, float, float]]:
    """(centre, bottom, top) of each bar in a bar collection."""
    result = []
    for path in bars.get_paths():
        xs, ys = path.vertices[:, 0], path.vertices[:, 1]
        result.append((round(float(xs.min() + xs.max()) / 2, 6), float(ys.min()), float(ys.max())))
    return result


def _by_gid(ax: Axes, gid: str) -> list[Any]:
    return [
        artist for artist in [*ax.collections, *ax.lines, *ax.patches, *ax.images] if artist.get_gid() == gid
    ]


def test_rate_chart_points_weekly_line_gaps_and_term_marker() -> None:
    rows = [
        _row(date(2026, 3, 5), 2.0, 10, "a"),  # corrected day 14: week 2
        _row(date(2026, 3, 6), 2.0, 2, "b"),  # week 2: rate (10 + 2) / 4 = 3, not mean(5, 1)
        _row(date(2026, 3, 13), 0.5, 6, "c"),  # week 3: half an hour only → too little data
        _row(date(2026, 3, 20), 4.0, 4, "d"),  # week 4: rate 1
    ]
    _, ax = _axes()
    charts.draw_rate_by_age(ax, rate_chart(rows, BABY, "corrected", DAYS))
    (points,) = _by_gid(ax, "sleeps")
    offsets = points.get_offsets()
    assert [round(y, 6) for y in offsets[:, 1]] == [5.0, 1.0, 12.0, 1.0]
    assert offsets[0, 0] == pytest.approx((14 + 13 / 24) / 7)
    assert list(points.get_sizes()) == [20.0, 20.0, 9.5, 34.0]
    (line,) = _by_gid(ax, "weekly")
    assert list(line.get_xdata()) == [2.5, 3.5, 4.5]
    ys = list(line.get_ydata())
    assert ys[0] == 3.0 and math.isnan(ys[1]) and ys[2] == 1.0  # a gap, never a zero
    (hatch,) = _by_gid(ax, "too_little")
    assert isinstance(hatch, PolyCollection)
    assert [path.vertices[:, 0].min() for path in hatch.get_paths()] == [3.0]
    assert not _by_gid(ax, "term")  # term-equivalent age (week 0) lies before this range


def test_term_marker_in_chronological_weeks() -> None:
    days = DayRange(date(2026, 2, 1), date(2026, 3, 1))
    rows = [_row(date(2026, 2, 10), 3.0, 6, "a")]
    _, ax = _axes()
    charts.draw_rate_by_age(ax, rate_chart(rows, BABY, "chronological", days))
    (term,) = _by_gid(ax, "term")
    assert list(term.get_xdata()) == [7.0, 7.0]  # born 7 weeks early
    assert ax.get_xlabel() == "Age since birth (weeks)"


def test_episode_bars_and_lengths() -> None:
    episodes = [
        EpisodeRow("e1", "a", date(2026, 3, 6), 30.0, False),
        EpisodeRow("e2", "a", date(2026, 3, 7), 90.0, True),
        EpisodeRow("e3", "b", date(2026, 3, 21), 12.0, False),
    ]
    figure, ax = _axes()
    charts.draw_episodes(ax, episode_chart(episodes, BABY, "corrected", DAYS, too_little=[3]))
    (bars,) = _by_gid(ax, "episode_counts")
    assert _boxes(bars) == [(2.5, 0.0, 2.0), (4.5, 0.0, 1.0)]  # centred in their week, like the weekly rate
    twin = figure.axes[1]
    (lengths,) = [c for c in twin.collections if c.get_gid() == "episode_lengths"]
    assert list(lengths.get_offsets()[:, 1]) == [30.0, 90.0, 12.0]
    assert _by_gid(ax, "too_little")


def test_body_part_shares_stack_to_a_hundred() -> None:
    parts = {date(2026, 3, 5): {"hand": 3, "eyes": 1}, date(2026, 3, 20): {"torso": 2, "whole_body": 2}}
    _, ax = _axes()
    charts.draw_body_parts(ax, body_part_chart(parts, BABY, "corrected", DAYS))
    (face,) = _by_gid(ax, "part:Face")
    (hand,) = _by_gid(ax, "part:Hand")
    (torso,) = _by_gid(ax, "part:Torso")
    (whole,) = _by_gid(ax, "part:Whole body")
    assert _boxes(face) == [(2.5, 0.0, 25.0)]  # eyes count as face
    assert _boxes(hand) == [(2.5, 25.0, 100.0)]  # stacked on top of the face
    assert _boxes(torso) == [(4.5, 0.0, 50.0)]
    assert _boxes(whole) == [(4.5, 50.0, 100.0)]
    (hatch,) = _by_gid(ax, "too_little")  # week 3 had no twitches: no bar, marked
    assert len(hatch.get_paths()) == 1


def test_time_of_day_heatmap_blanks_weeks_without_data() -> None:
    hours = {date(2026, 3, 5): [0] * 3 + [4] + [0] * 20, date(2026, 3, 21): [1] * 24}
    figure, ax = _axes()
    charts.draw_time_of_day(ax, hour_chart(hours, BABY, "corrected", DAYS, too_little=[3]))
    (image,) = _by_gid(ax, "hours")
    grid = image.get_array()
    assert grid.shape == (24, 3)
    assert grid[3, 0] == 4 and grid[0, 2] == 1
    assert grid.mask[0, 1]  # too little data: blank (masked), not zero
    assert len(figure.axes) == 2  # the colour bar


def test_sleep_timeline_ticks_bars_and_marks() -> None:
    line = SleepTimeline(
        sleep_id="s",
        start=datetime(2026, 3, 28, 20, 0, tzinfo=CET),
        minutes=600.0,
        kind="night",
        taps=[70.0, 100.0],
        episodes=[(120.0, 0.75)],
        signs=[TimelineMark(200.0, "tremor")],
        woke=[120.0],
    )
    _, ax = _axes()
    charts.draw_sleep_timeline(ax, line, charts.NIGHT)
    (taps,) = _by_gid(ax, "taps")
    assert list(taps.get_positions()) == [70.0, 100.0]
    (bars,) = _by_gid(ax, "episodes")
    assert bars.get_paths()[0].vertices[:, 0].min() == 120.0
    assert list(_by_gid(ax, "woke")[0].get_offsets()[:, 0]) == [120.0]
    assert "2 twitches" in ax.get_title()


def test_empty_periods_say_so() -> None:
    _, ax = _axes()
    charts.draw_rate_by_age(
        ax, rate_chart([], BABY, "corrected", DayRange(date(2026, 3, 5), date(2026, 3, 5)))
    )
    assert not _by_gid(ax, "sleeps")
    assert [text.get_text() for text in ax.texts] == ["No sleep logged in this period"]


def test_night_theme_is_dark_and_dimmed() -> None:
    figure, ax = _axes()
    charts.style_figure(figure, charts.NIGHT)
    charts.draw_rate_by_age(
        ax, rate_chart([_row(date(2026, 3, 5), 2.0, 4, "a")], BABY, "corrected", DAYS), charts.NIGHT
    )
    assert figure.get_facecolor()[:3] == pytest.approx((11 / 255, 11 / 255, 13 / 255))
    red, green, blue, _ = _by_gid(ax, "sleeps")[0].get_facecolor()[0]
    assert max(red, green, blue) <= charts.NIGHT_DIMMING + 1e-9  # never full brightness at night

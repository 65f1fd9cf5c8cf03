"""What each review chart tab draws: its data from the cached aggregates, its colours from the app theme.

Imported only once the review's charts exist (it loads matplotlib through ``desktop.charts``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from PySide6.QtGui import QPalette

from desktop import charts
from desktop.charts import ChartTheme
from desktop.core import weekly
from desktop.core.model import Baby
from desktop.core.stats import DayRange, SleepRow, rows_in
from desktop.core.timeline import sleep_timeline
from desktop.language import QT_TRANSLATE_NOOP
from desktop.store.aggregates import AggregateCache
from desktop.store.diary import Diary
from desktop.ui import themes
from desktop.ui.review.chart_widget import ChartWidget
from desktop.ui.translation import translate

NO_SLEEP = QT_TRANSLATE_NOOP(
    "ReviewCharts", "No sleep in this period. Click a point on the first chart to open its sleep."
)


@dataclass(frozen=True)
class ChartRequest:
    """Everything a chart tab needs: whose data, which days (None: no range), which age, which sleep."""

    diary: Diary
    cache: AggregateCache
    baby: Baby
    mode: str
    days: DayRange | None
    sleep_id: str | None = None
    span: DayRange | None = None  # the days to read (holding ``days``); None: the whole history


def chart_theme(palette: QPalette) -> ChartTheme:
    """Chart colours for the app theme a palette belongs to (dark window: night)."""
    night = palette.color(QPalette.ColorRole.Window).lightness() < 128
    named = themes.colours("night" if night else "day")
    # Night: the room-dark background #0b0b0d; day: the light surface colour, not a white sheet.
    background = named["bg"] if night else named["surface"]
    return ChartTheme.from_colours(background, named["text"], named["muted"], named["border"], night)


def draw_tab(name: str, chart: ChartWidget, request: ChartRequest) -> str | None:
    """Draw the chart of one tab (``rate``, ``episodes``, ``parts``, ``hours`` or ``sleep``).

    Returns the id of the sleep the ``sleep`` tab shows (None for the other tabs, or no sleep).
    """
    baby, mode, cache = request.baby, request.mode, request.cache
    have_days = request.days is not None
    days = request.days or DayRange(baby.birth_date, baby.birth_date)
    span = request.span
    rows: Sequence[SleepRow] = cache.sleeps(baby.id, span) if have_days else []
    if name == "rate":
        chart.show_chart(charts.draw_rate_by_age, weekly.rate_chart(rows, baby, mode, days))
        return None
    if name == "sleep":
        return _draw_sleep(chart, request, rows_in(rows, days))
    quiet = weekly.too_little_weeks(weekly.weekly_rates(rows, baby, mode, days))
    if name == "episodes":
        episodes = cache.episodes(baby.id, span) if have_days else []
        chart.show_chart(charts.draw_episodes, weekly.episode_chart(episodes, baby, mode, days, quiet))
    elif name == "parts":
        parts = cache.parts(baby.id, span) if have_days else {}
        chart.show_chart(charts.draw_body_parts, weekly.body_part_chart(parts, baby, mode, days, quiet))
    elif name == "hours":
        hours = cache.hours(baby.id, span) if have_days else {}
        chart.show_chart(charts.draw_time_of_day, weekly.hour_chart(hours, baby, mode, days, quiet))
    else:
        raise ValueError(f"unknown chart {name!r}")
    return None


def _draw_sleep(chart: ChartWidget, request: ChartRequest, rows: Sequence[SleepRow]) -> str | None:
    """The chosen sleep's timeline, or the last sleep of the range when none was chosen."""
    sleep_id = request.sleep_id
    if sleep_id is None:
        in_range = [row.sleep_id for row in rows if row.sleep_id is not None]
        sleep_id = in_range[-1] if in_range else None
    sleep = None if sleep_id is None else request.diary.sleeps.get(sleep_id)
    if sleep is None:
        chart.show_chart(_draw_message, translate("ReviewCharts", NO_SLEEP))
        return None
    events = request.diary.events.in_sleep(sleep.id)
    chart.show_chart(charts.draw_sleep_timeline, sleep_timeline(sleep, events))
    return sleep.id


def _draw_message(ax: Axes, message: str, theme: ChartTheme) -> None:
    """A chart that only says something (there is no data to draw)."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", color=theme.dim)

"""The report's charts as SVG: twitch rate by age in weeks, episodes, body parts (matplotlib, no pyplot).

SVG keeps the charts vector: QSvgRenderer paints them into the PDF or onto the printer as paths.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from matplotlib.axes import Axes
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from desktop.core.age import age_on
from desktop.core.model import BODY_PARTS
from desktop.core.stats import DayRange, rate_per_hour
from desktop.report.build import ReportInput
from desktop.report.content import Chart, format_day
from desktop.report.words import words

WIDTH_IN: Final = 7.0  # about the printed width, so type sizes come out as set
ASPECT: Final = 0.36
# Okabe–Ito: blue for this period, sky blue for the days before, vermillion for "woke the baby".
BLUE: Final = "#0072B2"
SKY: Final = "#56B4E9"
VERMILLION: Final = "#D55E00"
GREY: Final = "#666666"
STYLE: Final[dict[str, Any]] = {
    "font.size": 8.0,
    "axes.edgecolor": GREY,
    "axes.labelcolor": "#000000",
    "xtick.color": "#000000",
    "ytick.color": "#000000",
    "svg.fonttype": "none",  # real text: searchable in the PDF, and Qt SVG reads it cleanly
}


@dataclass(frozen=True)
class WeekRate:
    """Twitches per sleep hour in one week of age; ``rate`` None when under an hour of sleep."""

    week: int
    rate: float | None
    in_period: bool


def weekly_rates(data: ReportInput) -> list[WeekRate]:
    """Rates by week of age (corrected for a preterm baby) over the period and the days before."""
    span = DayRange(data.days.previous().first, data.days.last)
    twitches: Counter[int] = Counter()
    hours: dict[int, float] = {}
    in_period: dict[int, bool] = {}
    for row in data.aggregates.sleeps:
        if row.sleep_id is None or row.day not in span:
            continue
        week = age_on(data.baby, row.day).effective_weeks
        twitches[week] += row.twitches
        hours[week] = hours.get(week, 0.0) + row.hours
        in_period[week] = in_period.get(week, False) or row.day in data.days
    return [
        WeekRate(week, rate_per_hour(twitches[week], hours[week]), in_period[week]) for week in sorted(hours)
    ]


def draw_rate_by_age(ax: Axes, rates: Sequence[WeekRate], age_label: str) -> None:
    """Bars of twitches per sleep hour for each week of age; this period dark, the days before light."""
    shown = [r for r in rates if r.rate is not None]
    ax.bar(
        [r.week for r in shown],
        [r.rate or 0.0 for r in shown],
        color=[BLUE if r.in_period else SKY for r in shown],
        width=0.7,
    )
    for r in shown:
        ax.annotate(f"{r.rate:.1f}", (r.week, r.rate or 0.0), ha="center", va="bottom", fontsize=7)
    ax.set_xlabel(age_label)
    ax.set_ylabel("twitches per sleep hour")
    ax.set_xticks([r.week for r in rates])
    ax.margins(y=0.18)


def draw_episodes(ax: Axes, days: DayRange, episodes: Sequence[tuple[date, float, bool]]) -> None:
    """Each episode as a bar of its length on its day; vermillion when it woke the baby."""
    ax.bar(
        [day.toordinal() for day, _, _ in episodes],
        [seconds for _, seconds, _ in episodes],
        color=[VERMILLION if woke else BLUE for _, _, woke in episodes],
        width=0.6,
    )
    ax.set_xlim(days.first.toordinal() - 0.5, days.last.toordinal() + 0.5)
    ax.set_ylabel("length (seconds)")
    ticks = list(range(days.first.toordinal(), days.last.toordinal() + 1, max(1, days.days // 7)))
    ax.set_xticks(ticks, [format_day(date.fromordinal(t))[:-5] for t in ticks])
    ax.plot([], [], "s", color=BLUE, label="did not wake the baby")
    ax.plot([], [], "s", color=VERMILLION, label="woke the baby")
    ax.legend(loc="upper left", frameon=False, fontsize=7)
    if not episodes:
        ax.text(0.5, 0.5, "no timed episodes logged", transform=ax.transAxes, ha="center", color=GREY)
        ax.set_yticks([])


def draw_body_parts(ax: Axes, now: Counter[str], before: Counter[str]) -> None:
    """Twitch taps per body part: this period beside the days before."""
    parts = [p for p in BODY_PARTS if now[p] or before[p]]
    ys = range(len(parts))
    ax.barh([y + 0.2 for y in ys], [before[p] for p in parts], height=0.4, color=SKY, label="the days before")
    ax.barh([y - 0.2 for y in ys], [now[p] for p in parts], height=0.4, color=BLUE, label="this period")
    ax.set_yticks(list(ys), ["not marked" if p == "unknown" else words(p) for p in parts])
    ax.invert_yaxis()
    ax.set_xlabel("twitch taps")
    ax.legend(loc="lower right", frameon=False, fontsize=7)


def svg_of(draw: Callable[[Axes], None], aspect: float = ASPECT) -> bytes:
    """Draw on a fresh figure's axes and return the figure as SVG bytes."""
    import matplotlib

    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]  # mpl types rc keys as literals
        figure = Figure(figsize=(WIDTH_IN, WIDTH_IN * aspect), layout="constrained")
        FigureCanvasSVG(figure)
        ax = figure.add_subplot()
        ax.spines[["top", "right"]].set_visible(False)
        draw(ax)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg")
    return buffer.getvalue()


def _part_counts(data: ReportInput, days: DayRange) -> Counter[str]:
    counts: Counter[str] = Counter()
    for day, parts in data.aggregates.part_counts.items():
        if day in days:
            counts.update(parts)
    return counts


def report_charts(data: ReportInput) -> list[Chart]:
    """The three charts of the report for its baby and period."""
    preterm = age_on(data.baby, data.days.last).preterm
    age_label = "corrected age (weeks)" if preterm else "age (weeks since birth)"
    episodes = [
        (event.at.date(), event.duration_s or 0.0, event.woke_baby)
        for event in data.events
        if event.kind == "episode" and event.at.date() in data.days
    ]
    now, before = _part_counts(data, data.days), _part_counts(data, data.days.previous())
    return [
        Chart(
            "Twitches per hour of sleep, by age in weeks",
            svg_of(lambda ax: draw_rate_by_age(ax, weekly_rates(data), age_label)),
            ASPECT,
            "Dark bars: this period; light bars: the days before. Weeks with under an hour of sleep logged"
            " have no bar.",
        ),
        Chart(
            "Timed episodes",
            svg_of(lambda ax: draw_episodes(ax, data.days, episodes)),
            ASPECT * 0.85,
        ),
        Chart(
            "Where the twitches were",
            svg_of(lambda ax: draw_body_parts(ax, now, before), ASPECT),
            ASPECT,
        ),
    ]

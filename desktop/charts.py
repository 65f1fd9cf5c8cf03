"""The review's charts as matplotlib drawing functions ``draw_<chart>(ax, data, theme)`` (no Qt, no pyplot).

Each function draws one chart of plain core data onto an Axes it is given, so the review's Qt
widget and the PDF report draw the same pictures. Colours are the Okabe–Ito palette (safe for
colour-blind readers), dimmed for the night theme so a chart never lights up a dark room.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator, MultipleLocator

from desktop.core.timeline import SleepTimeline
from desktop.core.weekly import BodyPartChart, EpisodeChart, HourChart, RateChart
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.language.formats import day_text

OKABE_ITO: Final = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
TOO_LITTLE_LABEL: Final = QT_TRANSLATE_NOOP("Charts", "too little data (under 1 h of sleep)")
NIGHT_DIMMING: Final = 0.72  # night colours keep their hue at about 70 % brightness
LEGEND_LINE_CHARS: Final = 22  # a legend beside a chart wraps its labels at about this many characters
AXIS_LINE_CHARS: Final = 44  # a longer axis title puts its part in brackets on a second line


def _dimmed(colour: str, factor: float) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(channel * factor) for channel in (red, green, blue)))


@dataclass(frozen=True)
class ChartTheme:
    """The colours a chart is drawn in: background and text from the app theme, series from Okabe–Ito."""

    background: str
    text: str
    dim: str
    grid: str
    points: str
    line: str
    episode: str
    alert: str
    sign: str
    parts: tuple[str, ...]
    colormap: str = "viridis"
    # How far up its colormap a chart goes: the night stops before cividis's bright yellow end,
    # at about the lightness of the night text.
    colormap_top: float = 1.0

    @classmethod
    def from_colours(cls, background: str, text: str, dim: str, grid: str, night: bool) -> ChartTheme:
        """A theme on the app's own background and text colours (night colours dimmed)."""
        factor = NIGHT_DIMMING if night else 1.0
        pick = {name: _dimmed(colour, factor) for name, colour in OKABE_ITO.items()}
        return cls(
            background=background,
            text=text,
            dim=dim,
            grid=grid,
            points=pick["sky_blue"] if night else pick["blue"],
            line=pick["orange"] if night else pick["vermillion"],
            episode=pick["bluish_green"],
            alert=pick["vermillion"] if night else pick["reddish_purple"],
            sign=pick["reddish_purple"] if night else pick["orange"],
            parts=(
                pick["orange"],
                pick["sky_blue"],
                pick["bluish_green"],
                pick["yellow"],
                pick["blue"],
                pick["vermillion"],
                pick["reddish_purple"],
                dim,
            ),
            colormap="cividis" if night else "viridis",
            colormap_top=0.7 if night else 1.0,
        )


DAY: Final = ChartTheme.from_colours("#ffffff", "#2a2420", "#6a5e52", "#cfc4b6", night=False)
NIGHT: Final = ChartTheme.from_colours("#0b0b0d", "#a89a8a", "#6f6459", "#2a2420", night=True)


def _colormap(theme: ChartTheme) -> Any:
    """The theme's colormap, cut at ``colormap_top`` (the night's has no bright end)."""
    import matplotlib
    from matplotlib.colors import ListedColormap

    base = matplotlib.colormaps[theme.colormap]
    if theme.colormap_top >= 1.0:
        return base
    return ListedColormap(base(np.linspace(0.0, theme.colormap_top, 256)), name=f"{theme.colormap}_dim")


def style_figure(figure: Figure, theme: ChartTheme) -> None:
    """Paint the figure's background in the theme (no white sheet in the night theme)."""
    figure.set_facecolor(theme.background)


def _style(ax: Axes, theme: ChartTheme) -> None:
    ax.set_facecolor(theme.background)
    for spine in ax.spines.values():
        spine.set_color(theme.grid)
    ax.tick_params(colors=theme.dim, labelcolor=theme.text)
    ax.xaxis.label.set_color(theme.text)
    ax.yaxis.label.set_color(theme.text)
    ax.title.set_color(theme.text)
    ax.grid(True, color=theme.grid, linewidth=0.6, alpha=0.8)
    ax.set_axisbelow(True)


def _legend(ax: Axes, theme: ChartTheme, columns: int = 1) -> None:
    handles, _ = ax.get_legend_handles_labels()
    if not handles:
        return
    legend = ax.legend(
        loc="upper right",
        fontsize="small",
        ncols=columns,
        facecolor=theme.background,
        edgecolor=theme.grid,
        labelcolor=theme.text,
        framealpha=0.85,
    )
    legend.set_zorder(5)


def _aside_below(title: str) -> str:
    """An axis title with its part in brackets on a line of its own when it is long: on one line
    the Spanish time axis of a night ran past the edge of the review's chart."""
    words, bracket, aside = title.partition(" (")
    return f"{words}\n({aside}" if bracket and len(title) > AXIS_LINE_CHARS else title


def _empty(ax: Axes, theme: ChartTheme, message: str) -> None:
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", color=theme.dim)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)


def _week_axis(ax: Axes, mode: str) -> None:
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins="auto"))
    ax.set_xlabel(_age_label(mode))


def _age_label(mode: str) -> str:
    if mode == "corrected":
        return translate("Charts", "Corrected age (weeks)")
    return translate("Charts", "Age since birth (weeks)")


def _mark_too_little(
    ax: Axes, weeks: list[int] | tuple[int, ...], theme: ChartTheme, left_edge: float = 0.0
) -> None:
    """Hatch the weeks with too little logged sleep across the whole height: a gap, never a zero."""
    if not weeks:
        return
    ax.broken_barh(
        [(week + left_edge, 1.0) for week in weeks],
        (0.0, 1.0),
        transform=ax.get_xaxis_transform(),
        facecolor="none",
        edgecolor=theme.dim,
        hatch="///",
        linewidth=0.0,
        label=translate("Charts", TOO_LITTLE_LABEL),
        gid="too_little",
    )


def _bars(
    ax: Axes,
    centres: Sequence[float],
    heights: Sequence[float],
    bottoms: Sequence[float] | None = None,
    width: float = 0.8,
    **style: Any,
) -> PolyCollection:
    """Bars as one collection, not one patch each: three years of weeks draw in a blink.

    Bars of zero height are left out (they would draw nothing).
    """
    half = width / 2
    lows = bottoms if bottoms is not None else [0.0] * len(heights)
    boxes = [
        (
            (centre - half, low),
            (centre - half, low + height),
            (centre + half, low + height),
            (centre + half, low),
        )
        for centre, height, low in zip(centres, heights, lows, strict=True)
        if height > 0
    ]
    collection = PolyCollection(boxes, closed=True, linewidths=0, **style)
    ax.add_collection(collection, autolim=False)
    return collection


def _bar_width(weeks: int) -> float:
    """Gaps between a few weeks' bars; over a year of weeks, gaps would read as stripes."""
    return 0.8 if weeks <= 52 else 1.0


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def draw_rate_by_age(ax: Axes, data: RateChart, theme: ChartTheme = DAY) -> None:
    """Twitches per sleep hour by age: a point per sleep (size = length), weekly rate and its spread."""
    _style(ax, theme)
    if not any(row.sleeps for row in data.weeks):
        _empty(ax, theme, translate("Charts", "No sleep logged in this period"))
        return
    # Arrays, not lists: matplotlib checks a list's items one by one (slow for thousands of sleeps).
    sizes = np.minimum(90.0, 6.0 + 7.0 * np.asarray(data.hours, dtype=float))  # area grows with hours
    ax.scatter(
        np.asarray(data.ages, dtype=float),
        np.asarray(data.rates, dtype=float),
        s=sizes,
        color=theme.points,
        alpha=0.6 if len(data.ages) <= 600 else 0.35,  # thousands of sleeps: let the line show through
        linewidths=0,
        picker=True,
        label=translate("Charts", "one sleep (bigger = longer)"),
        gid="sleeps",
        zorder=2,
    )
    middles = [row.week + 0.5 for row in data.weeks]
    ax.fill_between(
        middles,
        [_nan(row.q1) for row in data.weeks],
        [_nan(row.q3) for row in data.weeks],
        color=theme.line,
        alpha=0.22,
        linewidth=0,
        label=translate("Charts", "middle half of the sleeps"),
        gid="spread",
        zorder=1.5,  # under the points, which stay their own colour
    )
    ax.plot(
        middles,
        [_nan(row.rate) for row in data.weeks],
        color=theme.line,
        linewidth=2.2,
        marker="o" if len(data.weeks) <= 52 else "",  # over a year, dots would crowd the line
        markersize=4,
        label=translate("Charts", "weekly rate (all twitches ÷ all sleep)"),
        gid="weekly",
        zorder=3,
    )
    _mark_too_little(ax, [row.week for row in data.weeks if row.too_little_data], theme)
    if data.term_week is not None and data.weeks[0].week <= data.term_week <= data.weeks[-1].week + 1:
        ax.axvline(
            data.term_week,
            color=theme.dim,
            linestyle="--",
            linewidth=1.2,
            label=translate("Charts", "term-equivalent age"),
            gid="term",
        )
    ax.set_xlim(data.weeks[0].week, data.weeks[-1].week + 1)
    ax.set_ylim(bottom=0)
    _week_axis(ax, data.mode)
    ax.set_ylabel(translate("Charts", "Twitches per hour of sleep"))
    _legend(ax, theme)


def draw_episodes(ax: Axes, data: EpisodeChart, theme: ChartTheme = DAY) -> None:
    """Episodes per week (bars) and how long each lasted (dots on the right axis; woke the baby in red)."""
    _style(ax, theme)
    if not data.weeks:
        _empty(ax, theme, translate("Charts", "Nothing logged in this period"))
        return
    quiet = set(data.too_little)
    shown = [(week, count) for week, count in zip(data.weeks, data.counts, strict=True) if week not in quiet]
    _bars(
        ax,
        [week + 0.5 for week, _ in shown],
        [float(count) for _, count in shown],
        width=_bar_width(len(data.weeks)),
        facecolor=theme.episode,
        alpha=0.75,
        label=translate("Charts", "episodes in the week"),
        gid="episode_counts",
    )
    _mark_too_little(ax, list(data.too_little), theme)
    ax.set_xlim(data.weeks[0], data.weeks[-1] + 1)
    ax.set_ylim(bottom=0, top=max([*data.counts, 1]) * 1.25)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    _week_axis(ax, data.mode)
    ax.set_ylabel(translate("Charts", "Episodes per week"))
    if data.durations_s:
        lengths = ax.twinx()
        lengths.scatter(
            data.ages,
            data.durations_s,
            s=22,
            marker="D",
            gid="episode_lengths",
            zorder=4,
            color=[theme.alert if woke else theme.text for woke in data.woke],
        )
        # Keys for the dots too, in the bars' legend (the twin axes has none of its own).
        ax.scatter(
            [], [], s=22, marker="D", color=theme.text, label=translate("Charts", "length of one episode")
        )
        if any(data.woke):
            ax.scatter(
                [],
                [],
                s=22,
                marker="D",
                color=theme.alert,
                label=translate("Charts", "length, woke the baby"),
            )
        lengths.set_ylim(bottom=0, top=max(data.durations_s) * 1.2)
        lengths.set_ylabel(translate("Charts", "Length of each episode (s)"), color=theme.text)
        lengths.tick_params(colors=theme.dim, labelcolor=theme.text)
        for spine in lengths.spines.values():
            spine.set_color(theme.grid)
    _legend(ax, theme)


def draw_body_parts(ax: Axes, data: BodyPartChart, theme: ChartTheme = DAY) -> None:
    """Which body parts twitched, as each week's share of its twitches (stacked bars)."""
    _style(ax, theme)
    if not data.weeks or not any(data.totals):
        _empty(ax, theme, translate("Charts", "No twitches logged in this period"))
        return
    centres = [week + 0.5 for week in data.weeks]
    bottoms = [0.0] * len(data.weeks)
    for number, (group, shares) in enumerate(zip(data.groups, data.shares, strict=True)):
        if not any(shares):
            continue
        _bars(
            ax,
            centres,
            list(shares),
            bottoms,
            width=_bar_width(len(data.weeks)),
            facecolor=theme.parts[number % len(theme.parts)],
            label=group,
            gid=f"part:{group}",
        )
        bottoms = [bottom + share for bottom, share in zip(bottoms, shares, strict=True)]
    empty = [week for week, total in zip(data.weeks, data.totals, strict=True) if not total]
    _mark_too_little(ax, sorted(set(data.too_little) | set(empty)), theme)
    ax.set_xlim(data.weeks[0], data.weeks[-1] + 1)
    ax.set_ylim(0, 100)
    _week_axis(ax, data.mode)
    ax.set_ylabel(translate("Charts", "Share of the week's twitches (%)"))
    handles, labels = ax.get_legend_handles_labels()
    ax.legend(
        handles,
        # Wrapped: the Spanish "too little data (…)" on one line took most of a narrow chart's
        # width beside it, and the axis title under the bars was cut off at the figure's edge.
        [textwrap.fill(label, LEGEND_LINE_CHARS) for label in labels],
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize="small",
        facecolor=theme.background,
        edgecolor=theme.grid,
        labelcolor=theme.text,
    )


def draw_time_of_day(ax: Axes, data: HourChart, theme: ChartTheme = DAY) -> None:
    """When twitches happen: twitches per week of age and local hour of day (heatmap)."""
    _style(ax, theme)
    if not data.weeks or not any(any(row) for row in data.counts):
        _empty(ax, theme, translate("Charts", "No twitches logged in this period"))
        return
    quiet = set(data.too_little)
    # Rows are hours, columns weeks; weeks with too little sleep are left blank (NaN), not zero.
    grid = [
        [
            math.nan if week in quiet else float(data.counts[column][hour])
            for column, week in enumerate(data.weeks)
        ]
        for hour in range(24)
    ]
    first, last = data.weeks[0], data.weeks[-1] + 1
    image = ax.imshow(
        grid,
        aspect="auto",
        origin="upper",
        extent=(first, last, 24, 0),
        cmap=_colormap(theme),
        interpolation="nearest",
        gid="hours",
    )
    ax.grid(False)
    _mark_too_little(ax, sorted(quiet), theme)
    ax.set_yticks(range(0, 25, 3))
    ax.set_yticklabels([f"{hour:02d}:00" for hour in range(0, 25, 3)])
    _week_axis(ax, data.mode)
    ax.set_ylabel(translate("Charts", "Time of day (local clock)"))
    figure = ax.get_figure()
    if isinstance(figure, Figure):
        bar = figure.colorbar(image, ax=ax, pad=0.01)
        bar.set_label(translate("Charts", "Twitches in that hour, whole week"), color=theme.text)
        bar.ax.tick_params(colors=theme.dim, labelcolor=theme.text)
        bar.outline.set_edgecolor(theme.grid)


def draw_sleep_timeline(ax: Axes, data: SleepTimeline, theme: ChartTheme = DAY) -> None:
    """One sleep: taps as ticks, episodes as bars, signs and woke-baby marks, on real minutes."""
    _style(ax, theme)
    ax.eventplot(
        [list(data.taps)], lineoffsets=2.0, linelengths=0.7, colors=theme.points, linewidths=1.2, gid="taps"
    )
    if data.episodes:
        ax.broken_barh(list(data.episodes), (0.65, 0.7), facecolor=theme.episode, gid="episodes")
    if data.signs:
        ax.scatter(
            [mark.minute for mark in data.signs],
            [3.0] * len(data.signs),
            marker="*",
            s=90,
            color=theme.sign,
            gid="signs",
            zorder=3,
        )
        for mark in data.signs:
            ax.annotate(
                mark.label,
                (mark.minute, 3.0),
                xytext=(4, 6),
                textcoords="offset points",
                color=theme.text,
                fontsize="small",
            )
    if data.woke:
        ax.scatter(
            data.woke, [3.7] * len(data.woke), marker="v", s=60, color=theme.alert, gid="woke", zorder=3
        )
    ax.set_xlim(0, max(data.minutes, 1.0))
    ax.set_ylim(0.2, 4.2)
    ax.set_yticks([1.0, 2.0, 3.0, 3.7])
    ax.set_yticklabels(
        [
            translate("Charts", "episodes"),
            translate("Charts", "twitch taps"),
            translate("Charts", "signs"),
            translate("Charts", "woke baby"),
        ]
    )
    if data.minutes > 120:
        # A night reads better in hours; the marks stay on real elapsed minutes (DST-proof).
        ax.xaxis.set_major_locator(MultipleLocator(60))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda minute, _: f"{minute / 60:.0f} h"))
        ax.set_xlabel(_aside_below(translate("Charts", "Time since the sleep began (real elapsed hours)")))
    else:
        ax.set_xlabel(_aside_below(translate("Charts", "Minutes since the sleep began (real elapsed time)")))
    kind = translate("Charts", "Night") if data.kind == "night" else translate("Charts", "Nap")
    hours, minutes = divmod(round(data.minutes), 60)
    # Two lines: on one, the title ran past a narrow chart's edge (the review at 1000 pixels).
    ax.set_title(
        translate("Charts", "{kind} from {start}\n{hours} h {minutes:02d} min · {twitches} twitches").format(
            kind=kind,
            start=f"{day_text(data.start.date())}, {data.start:%H:%M}",
            hours=hours,
            minutes=minutes,
            twitches=data.twitches,
        ),
        color=theme.text,
        fontsize="medium",
    )

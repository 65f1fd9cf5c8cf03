"""The report's charts as SVG, drawn by the review's own chart functions in a print theme.

SVG keeps the charts vector: QSvgRenderer paints them into the PDF or onto the printer as paths
and real text. The charts span the period and the days before it, so a trend shows.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Final

from matplotlib.axes import Axes
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.collections import Collection
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from desktop.charts import (
    OKABE_ITO,
    ChartTheme,
    draw_body_parts,
    draw_episodes,
    draw_rate_by_age,
    style_figure,
)
from desktop.core.periods import age_axis_text
from desktop.core.weekly import (
    age_days,
    body_part_chart,
    episode_chart,
    rate_chart,
    term_week,
    too_little_weeks,
    weekly_rates,
)
from desktop.language import QT_TRANSLATE_NOOP, translate
from desktop.report.build import ReportInput
from desktop.report.content import Chart

WIDTH_IN: Final = 7.0  # about the printed width, so type sizes come out as set
ASPECT: Final = 0.36
LEGEND_COLUMNS: Final = 3
LEGEND_ROW_IN: Final = 0.15  # one row of the legend under the chart, at 8 pt
# White paper, black text, grey rules; the series keep the Okabe–Ito colours of the review. The
# body parts are reordered so that neighbours in a stacked bar differ in lightness too: printed
# in grey, each band still stands apart from the next.
_PAPER: Final = ChartTheme.from_colours("#ffffff", "#000000", "#444444", "#c8c8c8", night=False)
PRINT: Final = replace(
    _PAPER,
    parts=(
        OKABE_ITO["yellow"],
        OKABE_ITO["blue"],
        OKABE_ITO["orange"],
        OKABE_ITO["bluish_green"],
        OKABE_ITO["sky_blue"],
        OKABE_ITO["vermillion"],
        OKABE_ITO["reddish_purple"],
        "#444444",
    ),
)
PERIOD_LABEL: Final = QT_TRANSLATE_NOOP("Report", "start of this period")
TOO_LITTLE_TINT: Final = "#e4e4e4"
STYLE: Final[dict[str, Any]] = {
    "font.size": 8.0,
    "svg.fonttype": "none",  # real text: searchable in the PDF, and Qt's SVG renderer reads it cleanly
}


def _flatten_hatches(figure: Figure) -> None:
    """Turn hatched areas (weeks with too little data) into a flat light grey, legend keys included.

    A hatch becomes an SVG pattern, which Qt paints slowly (0.2 s a chart) and a printer may
    rasterise; a flat tint prints crisply and says the same thing with the legend beside it.
    """
    for artist in figure.findobj(lambda a: isinstance(a, Patch | Collection) and bool(a.get_hatch())):
        assert isinstance(artist, Patch | Collection)
        artist.set_hatch("")
        if isinstance(artist, Patch):
            artist.set_fill(True)  # the legend's key is drawn unfilled around its hatch
        artist.set_facecolor(TOO_LITTLE_TINT)


def mark_period(ax: Axes, at_week: float | None) -> None:
    """A solid black line where the report's period starts (the days before it come first)."""
    if at_week is None:
        return
    low, high = ax.get_xlim()
    if not low < at_week < high:
        return
    ax.axvline(
        at_week,
        color="#000000",
        linewidth=1.3,
        label=translate("Report", PERIOD_LABEL),
        gid="period_start",
        zorder=4.5,
    )


def legend_below(figure: Figure, ax: Axes) -> None:
    """Move the chart's legend under the axes, across the figure: it never covers a bar or a point."""
    old = ax.get_legend()
    if old is not None:
        old.remove()
    handles, labels = ax.get_legend_handles_labels()
    if not handles:
        return
    figure.legend(
        handles,
        labels,
        loc="lower left",
        bbox_to_anchor=(0.075, 0.01),
        ncols=LEGEND_COLUMNS,
        fontsize="small",
        frameon=False,
        labelcolor=PRINT.text,
        handlelength=1.6,
        columnspacing=1.4,
    )


def _legend_rows(ax: Axes) -> int:
    handles, _ = ax.get_legend_handles_labels()
    return math.ceil(len(handles) / LEGEND_COLUMNS)


def figure_of(
    draw: Callable[[Axes], None], aspect: float = ASPECT, period_start: float | None = None
) -> Figure:
    """A print figure with one chart: drawn, the period marked, the legend under the axes."""
    figure = Figure(figsize=(WIDTH_IN, WIDTH_IN * aspect))
    FigureCanvasSVG(figure)
    style_figure(figure, PRINT)
    ax = figure.add_subplot()
    draw(ax)
    mark_period(ax, period_start)
    # Fixed margins, the same for every chart: the week axes line up down the page, and there is
    # no layout solver to run (it took half the drawing time). The legend's rows sit under the
    # axis title; the right margin holds a second axis's labels.
    rows = _legend_rows(ax)
    figure.set_figheight(WIDTH_IN * aspect + rows * LEGEND_ROW_IN)
    height = figure.get_figheight()
    figure.subplots_adjust(
        left=0.075, right=0.91, bottom=(0.47 + rows * LEGEND_ROW_IN) / height, top=1 - 0.14 / height
    )
    legend_below(figure, ax)
    _flatten_hatches(figure)
    return figure


def svg_of(
    draw: Callable[[Axes], None], aspect: float = ASPECT, period_start: float | None = None
) -> tuple[bytes, float]:
    """Draw a print figure and return it as SVG bytes with its height-to-width ratio."""
    import matplotlib

    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]  # mpl types rc keys as literals
        figure = figure_of(draw, aspect, period_start)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg")
    return buffer.getvalue(), figure.get_figheight() / figure.get_figwidth()


def _chart(title: str, drawn: tuple[bytes, float], caption: str = "") -> Chart:
    svg, aspect = drawn
    return Chart(title, svg, aspect, caption)


def period_start_week(data: ReportInput) -> float | None:
    """Where the period starts on the charts' week axis; None when the charts show the period only."""
    if data.before is None:
        return None
    return age_days(data.baby, data.days.first, data.mode) / 7


def chart_caption(data: ReportInput, quiet: bool = True) -> str:
    """What the charts show, true for this baby, its age axis and whether there is a comparison."""
    which = age_axis_text(data.baby, data.mode)
    if data.before is None:
        span = translate("Report", "This period only")
    else:
        span = translate(
            "Report",
            "This period and the {days} days before it (the black line marks where the period starts)",
        ).format(days=data.before.days)
    parts = [translate("Report", "{span}, by {which}.").format(span=span, which=which)]
    if term_week(data.baby, data.mode) is not None:
        parts.append(translate("Report", "The dashed line marks term-equivalent age (the due date)."))
    if quiet:
        parts.append(
            translate("Report", "Grey weeks had under an hour of sleep logged: too little to give a rate.")
        )
    return " ".join(parts)


def report_charts(data: ReportInput) -> list[Chart]:
    """Rate by age in weeks, episodes and body parts, over the period and the days before it."""
    baby, rows, mode = data.baby, data.aggregates.sleeps, data.mode
    span = data.chart_days
    quiet = too_little_weeks(weekly_rates(rows, baby, mode, span))
    rates = rate_chart(rows, baby, mode, span)
    episodes = episode_chart(data.aggregates.episodes, baby, mode, span, quiet)
    parts = body_part_chart(data.aggregates.part_counts, baby, mode, span, quiet)
    start = period_start_week(data)
    return [
        _chart(
            translate("Report", "Twitches per hour of sleep, by age in weeks"),
            svg_of(lambda ax: draw_rate_by_age(ax, rates, PRINT), ASPECT, start),
            chart_caption(data, bool(quiet)),
        ),
        _chart(
            translate("Report", "Timed episodes"),
            svg_of(lambda ax: draw_episodes(ax, episodes, PRINT), 0.3, start),
        ),
        _chart(
            translate("Report", "Body parts that twitched"),
            svg_of(lambda ax: draw_body_parts(ax, parts, PRINT), 0.3, start),
        ),
    ]

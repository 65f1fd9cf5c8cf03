"""The report's charts as SVG, drawn by the review's own chart functions in a print theme.

SVG keeps the charts vector: QSvgRenderer paints them into the PDF or onto the printer as paths
and real text. The charts span the period and the days before it, so a trend shows.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, Final

from matplotlib.axes import Axes
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.collections import Collection
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from desktop.charts import ChartTheme, draw_body_parts, draw_episodes, draw_rate_by_age, style_figure
from desktop.core.stats import DayRange
from desktop.core.weekly import (
    body_part_chart,
    default_age_mode,
    episode_chart,
    rate_chart,
    too_little_weeks,
    weekly_rates,
)
from desktop.report.build import ReportInput
from desktop.report.content import Chart

WIDTH_IN: Final = 7.0  # about the printed width, so type sizes come out as set
ASPECT: Final = 0.36
# White paper, black text, grey rules; the series keep the Okabe–Ito colours of the review.
PRINT: Final = ChartTheme.from_colours("#ffffff", "#000000", "#444444", "#c8c8c8", night=False)
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


def svg_of(draw: Callable[[Axes], None], aspect: float = ASPECT) -> bytes:
    """Draw on a fresh figure's axes and return the figure as SVG bytes."""
    import matplotlib

    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]  # mpl types rc keys as literals
        figure = Figure(figsize=(WIDTH_IN, WIDTH_IN * aspect))
        FigureCanvasSVG(figure)
        # Fixed margins, the same for every chart: the week axes line up down the page, and there is
        # no layout solver to run (it took half the drawing time). The right margin holds legends.
        height = WIDTH_IN * aspect
        figure.subplots_adjust(left=0.075, right=0.8, bottom=0.42 / height, top=1 - 0.12 / height)
        style_figure(figure, PRINT)
        draw(figure.add_subplot())
        _flatten_hatches(figure)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg")
    return buffer.getvalue()


def report_charts(data: ReportInput) -> list[Chart]:
    """Rate by age in weeks, episodes and body parts, over the period and the days before it."""
    baby, rows = data.baby, data.aggregates.sleeps
    mode = data.age_mode or default_age_mode(baby)
    span = DayRange(data.days.previous().first, data.days.last)
    quiet = too_little_weeks(weekly_rates(rows, baby, mode, span))
    rates = rate_chart(rows, baby, mode, span)
    episodes = episode_chart(data.aggregates.episodes, baby, mode, span, quiet)
    parts = body_part_chart(data.aggregates.part_counts, baby, mode, span, quiet)
    which = "corrected age, as the baby was born preterm" if mode == "corrected" else "age since birth"
    return [
        Chart(
            "Twitches per hour of sleep, by age in weeks",
            svg_of(lambda ax: draw_rate_by_age(ax, rates, PRINT)),
            ASPECT,
            f"This period and the {span.days - data.days.days} days before, by {which}. Grey weeks had under"
            " an hour of sleep logged: too little to give a rate.",
        ),
        Chart("Timed episodes", svg_of(lambda ax: draw_episodes(ax, episodes, PRINT), 0.3), 0.3),
        Chart("Body parts that twitched", svg_of(lambda ax: draw_body_parts(ax, parts, PRINT), 0.3), 0.3),
    ]

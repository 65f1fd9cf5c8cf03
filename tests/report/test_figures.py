"""The printed charts: legends clear of every bar and point, the period's start marked, grey-readable."""

from __future__ import annotations

import itertools
from pathlib import Path

import matplotlib
import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from tests.report.babies import LAST_DAY, Kind, fill

from desktop.charts import draw_body_parts, draw_episodes, draw_rate_by_age
from desktop.core.weekly import body_part_chart, episode_chart, rate_chart, too_little_weeks, weekly_rates
from desktop.report.build import ReportInput, gather
from desktop.report.content import report_days
from desktop.report.figures import PERIOD_LABEL, PRINT, STYLE, figure_of, period_start_week, report_charts
from desktop.store.diary import Diary

PERIOD = report_days(None, LAST_DAY, LAST_DAY)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ReportInput]:
    """The report input of each kind of baby."""
    data_dir = tmp_path_factory.mktemp("figures") / "data"
    kinds: dict[str, Kind] = fill(data_dir)
    with Diary(data_dir) as diary:
        return {key: gather(diary, kind.baby, PERIOD) for key, kind in kinds.items()}


def _figures(data: ReportInput) -> list[Figure]:
    baby, rows, mode, span = data.baby, data.aggregates.sleeps, data.mode, data.chart_days
    quiet = too_little_weeks(weekly_rates(rows, baby, mode, span))
    start = period_start_week(data)
    rates = rate_chart(rows, baby, mode, span)
    episodes = episode_chart(data.aggregates.episodes, baby, mode, span, quiet)
    parts = body_part_chart(data.aggregates.part_counts, baby, mode, span, quiet)
    draws = (
        lambda ax: draw_rate_by_age(ax, rates, PRINT),
        lambda ax: draw_episodes(ax, episodes, PRINT),
        lambda ax: draw_body_parts(ax, parts, PRINT),
    )
    with matplotlib.rc_context(STYLE):  # type: ignore[arg-type]  # as svg_of draws them
        figures = [figure_of(draw, 0.33, start) for draw in draws]
        for figure in figures:
            figure.draw_without_rendering()
    return figures


@pytest.mark.parametrize("key", ["term", "preterm", "newborn", "twin_b"])
def test_legends_sit_clear_of_the_plot_and_its_axes(inputs: dict[str, ReportInput], key: str) -> None:
    for figure in _figures(inputs[key]):
        (legend,) = figure.legends
        box = legend.get_window_extent()
        assert figure.bbox.contains(box.x0, box.y0) and figure.bbox.contains(box.x1, box.y1)
        for ax in figure.axes:  # the plot, a second (lengths) axis: with tick labels and titles
            assert isinstance(ax, Axes)
            assert not box.overlaps(ax.get_tightbbox()), f"legend over {ax.get_ylabel()!r}"
        assert not any(ax.get_legend() for ax in figure.axes)  # no second legend inside


@pytest.mark.parametrize("key", ["term", "preterm", "twin_a"])
def test_the_period_start_is_marked_on_every_chart(inputs: dict[str, ReportInput], key: str) -> None:
    data = inputs[key]
    start = period_start_week(data)
    assert start is not None
    for figure in _figures(data):
        ax = figure.axes[0]
        (line,) = [line for line in ax.lines if line.get_gid() == "period_start"]
        assert list(line.get_xdata()) == [start, start]  # type: ignore[arg-type]
        assert PERIOD_LABEL in [text.get_text() for text in figure.legends[0].get_texts()]
    svg = report_charts(data)[0].svg.decode()
    assert PERIOD_LABEL in svg


def test_a_period_from_birth_has_nothing_before_it_to_mark(inputs: dict[str, ReportInput]) -> None:
    data = inputs["newborn"]
    assert period_start_week(data) is None
    for figure in _figures(data):
        assert not [line for line in figure.axes[0].lines if line.get_gid() == "period_start"]
        assert figure.axes[0].get_xlim()[0] >= 0  # no week before birth


def _lightness(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue  # what a greyscale printer keeps


def test_body_part_bands_differ_in_grey_from_their_neighbours() -> None:
    grey = [_lightness(colour) for colour in PRINT.parts]
    assert min(abs(a - b) for a, b in itertools.pairwise(grey)) >= 0.1
    assert all(value < 0.9 for value in grey)  # none vanishes into white paper


def test_the_charts_fit_the_page_width(inputs: dict[str, ReportInput], tmp_path: Path) -> None:
    for chart in report_charts(inputs["preterm"]):
        assert 0.3 <= chart.aspect <= 0.6  # a legend row or three under the chart, not a tall sheet

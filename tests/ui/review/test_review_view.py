"""The weekly review as a parent uses it: ranges, age modes, checkup date, one sleep, themes, saving."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from tests.core.test_stats import PRETERM, TERM, fill_small_diary
from tests.ui.conftest import OpenWindow

from desktop.core.model import Baby, Event, Sleep, new_id
from desktop.core.stats import checkup_key, summarize
from desktop.store.aggregates import sleep_rows
from desktop.store.diary import Diary
from desktop.store.errors import WriteFailedError
from desktop.ui import themes
from desktop.ui.review.chart_widget import ChartWidget
from desktop.ui.review.view import ReviewView

TODAY = date(2026, 4, 7)


@pytest.fixture
def review(qtbot: QtBot, diary: Diary) -> Iterator[ReviewView]:
    """The review of the small hand-made diary (term baby), shown on 7 April 2026."""
    fill_small_diary(diary)
    window = QMainWindow()
    qtbot.addWidget(window)
    view = ReviewView(diary, window)
    view.today = lambda: TODAY
    window.setCentralWidget(view)
    window.resize(1200, 800)
    view.set_baby(TERM)
    with qtbot.wait_signal(view.charts_drawn):
        window.show()
    yield view  # the window stays referenced (alive) until the test ends
    window.close()


def _rate_data(view: ReviewView) -> tuple[list[float], list[float]]:
    chart = view.chart("rate")
    assert chart is not None and chart.axes is not None
    (line,) = [artist for artist in chart.axes.lines if artist.get_gid() == "weekly"]
    return list(line.get_xdata()), list(line.get_ydata())  # type: ignore[arg-type]


def _points(view: ReviewView) -> Any:
    chart = view.chart("rate")
    assert chart is not None and chart.axes is not None
    (points,) = [c for c in chart.axes.collections if c.get_gid() == "sleeps"]
    return points


def test_the_summary_shows_the_period_beside_the_one_before(review: ReviewView) -> None:
    assert review.range_preset == "28"
    review.set_range("7")  # 1-7 April; before: 25-31 March
    assert review.summary.value("sleeps") == "2"
    assert review.summary.value("hours") == "3.5 h"
    assert review.summary.value("twitches") == "5"
    assert review.summary.value("rate") == "1.4"
    assert review.summary.value("episodes") == "1"
    assert review.summary.value("longest") == "45 s"
    assert review.summary.value("woke") == "1"
    assert review.summary.value("signs") == "tremor"
    assert review.summary.value("outside") == "1"
    assert [review.summary.value(key, 1) for key in ("sleeps", "hours", "twitches", "rate")] == [
        "2",
        "11.0 h",
        "15",
        "1.4",
    ]
    review.set_range("all")  # no period before "everything"
    assert review.summary.value("sleeps") == "4"
    assert review.summary.value("sleeps", 1) == "—"


def test_switching_ranges_and_age_modes_redraws_the_rate_chart(qtbot: QtBot, review: ReviewView) -> None:
    xs, ys = _rate_data(review)  # last 28 days: weeks 1 to 5 of a baby born 1 March
    assert xs == [1.5, 2.5, 3.5, 4.5, 5.5]
    assert ys[2:4] == [0.5, 3.0]
    assert all(math.isnan(y) for y in (ys[0], ys[1], ys[4]))  # too little data: gaps
    assert len(_points(review).get_offsets()) == 4  # every sleep is a point, even the 30-minute nap
    with qtbot.wait_signal(review.charts_drawn):
        review.set_range("7")
    xs, ys = _rate_data(review)
    assert xs == [4.5, 5.5] and ys[0] == pytest.approx(2 / 3) and math.isnan(ys[1])  # 1-7 April
    with qtbot.wait_signal(review.charts_drawn):
        review.age_box.setCurrentIndex(0)  # corrected age: due 3 March
    assert review.age_mode == "corrected"
    xs, ys = _rate_data(review)
    assert xs == [4.5, 5.5]  # corrected days 29 to 35
    assert ys[0] == pytest.approx(5 / 3.5) and math.isnan(ys[1])
    chart = review.chart("rate")
    assert chart is not None and chart.axes is not None
    assert chart.axes.get_xlabel() == "Corrected age (weeks)"


def test_a_preterm_baby_starts_in_corrected_weeks_with_the_term_marker(qtbot: QtBot, diary: Diary) -> None:
    fill_small_diary(diary, PRETERM)
    cet = timezone(timedelta(hours=1))
    diary.sleeps.add(
        Sleep(
            "early", PRETERM.id, datetime(2026, 2, 15, 13, tzinfo=cet), datetime(2026, 2, 15, 15, tzinfo=cet)
        )
    )
    view = ReviewView(diary)
    qtbot.addWidget(view)
    view.today = lambda: TODAY
    view.set_baby(PRETERM)
    view.set_range("all")
    with qtbot.wait_signal(view.charts_drawn):
        view.show()
    assert view.age_mode == "corrected"
    assert view.age_box.currentText() == "Corrected age"
    assert _term_x(view) == [0.0, 0.0]  # term-equivalent age: corrected week 0
    with qtbot.wait_signal(view.charts_drawn):
        view.set_age_mode("chronological")
    assert _term_x(view) == [7.0, 7.0]  # born 7 weeks before the due date


def _term_x(view: ReviewView) -> list[float]:
    chart = view.chart("rate")
    assert chart is not None and chart.axes is not None
    (term,) = [line for line in chart.axes.lines if line.get_gid() == "term"]
    return list(term.get_xdata())  # type: ignore[arg-type]


def test_the_checkup_date_is_saved_and_used(qtbot: QtBot, review: ReviewView, diary: Diary) -> None:
    review.set_range("checkup")
    assert review.days is None
    assert "checkup" in review.status.text()
    review.checkup_edit.setDate(review.checkup_edit.date().fromString("2026-03-29", Qt.DateFormat.ISODate))
    qtbot.mouseClick(review.checkup_button, Qt.MouseButton.LeftButton)
    assert diary.settings.get(checkup_key(TERM.id)) == "2026-03-29"
    assert review.days is not None and (review.days.first, review.days.last) == (date(2026, 3, 29), TODAY)
    assert review.summary.value("sleeps") == "3"  # nap1, nap2, nap3; the night began on 28 March
    assert review.summary.value("sleeps", 1) == "1"  # 20-28 March: the night


def test_clicking_a_sleep_point_opens_its_timeline(qtbot: QtBot, review: ReviewView) -> None:
    chart = review.chart("rate")
    assert chart is not None and chart.axes is not None
    chart.canvas.draw()
    points = _points(review)
    x, y = points.get_offsets()[0]  # the night, drawn first
    display_x, display_y = chart.axes.transData.transform((x, y))
    ratio = chart.canvas.device_pixel_ratio
    where = QPoint(round(display_x / ratio), round(chart.canvas.height() - display_y / ratio))
    with qtbot.wait_signal(review.sleep_opened) as opened:
        qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == ["night"]
    assert review.chart_tabs.tabText(review.chart_tabs.currentIndex()) == "One sleep"
    timeline = review.chart("sleep")
    assert timeline is not None and timeline.axes is not None
    (taps,) = [c for c in timeline.axes.collections if c.get_gid() == "taps"]
    assert list(taps.get_positions()) == [70.0, 100.0, 185.0, 330.0, 480.0]  # type: ignore[attr-defined]


def test_other_charts_are_drawn_when_their_tab_is_opened(qtbot: QtBot, review: ReviewView) -> None:
    review.set_range("all")
    for index, gid in ((1, "episode_counts"), (2, "part:Hand"), (3, "hours")):
        with qtbot.wait_signal(review.charts_drawn):
            review.chart_tabs.setCurrentIndex(index)
        chart = review.chart(("rate", "episodes", "parts", "hours")[index])
        assert chart is not None and chart.axes is not None
        artists = [*chart.axes.collections, *chart.axes.images]
        assert any(artist.get_gid() == gid for artist in artists)
    hours = review.chart("hours")
    assert hours is not None and hours.axes is not None
    assert hours.axes.images[0].get_array()[1, 0] == 1  # type: ignore[index]  # 01:30, week 3


def test_the_charts_follow_the_night_and_day_themes(review: ReviewView) -> None:
    window = review.window()
    themes.apply(window, "night")
    chart = review.chart("rate")
    assert chart is not None
    assert chart.figure.get_facecolor()[:3] == pytest.approx((11 / 255, 11 / 255, 13 / 255))
    themes.apply(window, "day")
    assert min(chart.figure.get_facecolor()[:3]) > 0.9


def test_a_chart_is_saved_where_the_parent_chooses(
    qtbot: QtBot, review: ReviewView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rate.svg"
    monkeypatch.setattr(ChartWidget, "ask_save_path", classmethod(lambda cls, parent, suggested: target))
    chart = review.chart("rate")
    assert chart is not None
    with qtbot.wait_signal(chart.saved):
        qtbot.mouseClick(chart.save_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    monkeypatch.setattr(ChartWidget, "ask_save_path", classmethod(lambda cls, parent, suggested: None))
    qtbot.mouseClick(chart.save_button, Qt.MouseButton.LeftButton)  # cancelled: nothing happens


def test_the_side_area_takes_the_guidance_panel(review: ReviewView) -> None:
    assert review.side_tabs.isHidden()
    review.add_side_panel(QLabel("Guidance"), "Guidance")
    assert review.side_tabs.isVisible()
    assert review.side_tabs.tabText(0) == "Guidance"


def test_ctrl_2_opens_the_review_of_the_chosen_baby(
    qtbot: QtBot, data_dir: Path, open_window: OpenWindow
) -> None:
    with Diary(data_dir) as diary:
        fill_small_diary(diary)
    window = open_window()
    window.findChild(QAction, "show_review").trigger()
    view = window.findChild(ReviewView)
    assert view is not None and view.isVisible()
    assert view.baby == TERM
    assert view.title.text() == "Review — Mia"
    view.set_range("all")
    assert view.summary.value("sleeps") == "4"


def test_a_change_in_the_diary_shows_when_the_review_is_shown_again(
    qtbot: QtBot, review: ReviewView, diary: Diary
) -> None:
    review.set_range("7")
    assert review.summary.value("twitches") == "5"
    review.hide()
    nap2 = diary.sleeps.get("nap2")
    assert nap2 is not None
    diary.events.add(Event(new_id(), TERM.id, "nap2", nap2.start + timedelta(minutes=5), "twitch"))
    with qtbot.wait_signal(review.charts_drawn):
        review.show()
    assert review.summary.value("twitches") == "6"
    _, ys = _rate_data(review)
    assert ys[0] == pytest.approx(1.0)  # week 4 from 1 April: 3 twitches in nap2's 3 hours


def test_a_checkup_date_that_cannot_be_saved_is_reported_and_nothing_changes(
    qtbot: QtBot, review: ReviewView, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(key: str, value: str) -> None:
        raise WriteFailedError("disk full")

    monkeypatch.setattr(diary.settings, "set", fail)
    qtbot.mouseClick(review.checkup_button, Qt.MouseButton.LeftButton)
    assert review.status.text().startswith("The checkup date was not saved")
    assert diary.settings.get(checkup_key(TERM.id)) is None
    assert review.range_preset == "28"


def test_corrected_age_is_offered_only_with_a_due_date(qtbot: QtBot, diary: Diary) -> None:
    no_due = Baby(id="nodue", name="Ava", birth_date=date(2026, 3, 1))
    diary.babies.add(no_due)
    view = ReviewView(diary)
    qtbot.addWidget(view)
    view.set_baby(no_due)
    model = view.age_box.model()
    assert isinstance(model, QStandardItemModel)
    assert view.age_mode == "chronological"
    assert not model.item(0).isEnabled()
    diary.babies.add(PRETERM)
    view.set_baby(PRETERM)
    assert model.item(0).isEnabled()
    assert view.age_mode == "corrected"


def test_charts_not_drawn_yet_are_dark_in_the_night_theme(review: ReviewView) -> None:
    themes.apply(review.window(), "night")
    hours = review.chart("hours")  # its tab was never opened
    assert hours is not None and hours.axes is None
    assert hours.figure.get_facecolor()[:3] == pytest.approx((11 / 255, 11 / 255, 13 / 255))


@pytest.mark.parametrize("preset", ["7", "14", "28", "checkup", "all"])
def test_each_range_sums_the_same_as_the_whole_history(
    qtbot: QtBot, review: ReviewView, diary: Diary, preset: str
) -> None:
    review.set_checkup_date(date(2026, 3, 30))
    review.set_range(preset)
    days = review.days
    assert days is not None
    rows = sleep_rows(diary.connection, TERM.id)  # everything, filtered by the summary itself
    before = days.previous()  # the term baby was born long before: only "all" or an empty span stand alone
    logged_before = any(row.day in before for row in rows)
    previous = summarize(rows, before) if preset != "all" and logged_before else None
    assert review.summaries == (summarize(rows, days), previous)


@pytest.mark.parametrize("tab", ["rate", "sleep"])
def test_a_saved_chart_names_the_baby_the_period_and_says_where_it_went(
    qtbot: QtBot, review: ReviewView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tab: str
) -> None:
    from PySide6.QtGui import QImage

    from desktop.core.summary_text import format_range

    suggested: list[str] = []

    def ask(cls: type, parent: object, name: str) -> Path:
        suggested.append(name)
        return tmp_path / name.replace(".png", ".svg")

    monkeypatch.setattr(ChartWidget, "ask_save_path", classmethod(ask))
    review.chart_tabs.setCurrentIndex(["rate", "episodes", "parts", "hours", "sleep"].index(tab))
    chart = review.chart(tab)
    assert chart is not None and review.days is not None
    size = tuple(chart.figure.get_size_inches())
    with qtbot.wait_signal(chart.saved) as saved:
        qtbot.mouseClick(chart.save_button, Qt.MouseButton.LeftButton)
    days = review.days
    assert suggested == [f"Mia-{tab}-{days.first.isoformat()}-to-{days.last.isoformat()}.png"]
    svg = Path(saved.args[0]).read_text(encoding="utf-8")
    assert chart.title and chart.title in svg  # the full title, not the tab's short name
    assert "Mia" in svg and format_range(days) in svg and "age since birth" in svg
    assert chart.saved_label.text() == f"Saved to {saved.args[0]}"
    # The screen keeps its own size and shows no title it did not show before.
    assert tuple(chart.figure.get_size_inches()) == size
    assert chart.figure.get_suptitle() == ""
    png = tmp_path / "chart.png"
    chart.save(png)
    assert (QImage(str(png)).width(), QImage(str(png)).height()) == (1500, 900)

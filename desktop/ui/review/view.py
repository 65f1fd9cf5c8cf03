"""The weekly review: a summary of a range of days beside the one before, and the charts by age.

Built the first time the parent presses Ctrl+2. matplotlib is imported when the view is first
shown (not when this module is). Numbers come from ``AggregateCache``, which notices any change
to the diary by itself, so the view simply refreshes whenever it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.chart_import import import_charts
from desktop.core import weekly
from desktop.core.model import Baby
from desktop.core.periods import compare, from_birth, no_comparison_text
from desktop.core.stats import (
    DayRange,
    PeriodSummary,
    checkup_key,
    earliest_day,
    preset_range,
    summarize,
)
from desktop.core.summary_text import format_range
from desktop.language import QT_TRANSLATE_NOOP
from desktop.store.diary import Diary
from desktop.store.errors import StoreError
from desktop.ui.overrides import override
from desktop.ui.review.chart_chooser import ChartChooser
from desktop.ui.review.controls import AGE_CHOICES, RANGE_CHOICES, ReviewControls, named
from desktop.ui.review.sleep_videos import SleepVideos
from desktop.ui.review.summary import SummaryTable
from desktop.ui.translation import translate

if TYPE_CHECKING:
    from desktop.charts import ChartTheme
    from desktop.ui.review.chart_widget import ChartWidget

# The charts' names (short: they share a line at 1000 pixels wide, and wrap when a language runs
# longer); the tooltip says more.
CHARTS: Final = (
    (
        "rate",
        QT_TRANSLATE_NOOP("ReviewView", "Rate"),
        QT_TRANSLATE_NOOP("ReviewView", "Twitches per hour of sleep, by age in weeks"),
    ),
    (
        "episodes",
        QT_TRANSLATE_NOOP("ReviewView", "Episodes"),
        QT_TRANSLATE_NOOP("ReviewView", "Timed episodes per week and how long each lasted"),
    ),
    (
        "parts",
        QT_TRANSLATE_NOOP("ReviewView", "Body parts"),
        QT_TRANSLATE_NOOP("ReviewView", "Which body parts twitched, as each week's share"),
    ),
    (
        "hours",
        QT_TRANSLATE_NOOP("ReviewView", "Time of day"),
        QT_TRANSLATE_NOOP("ReviewView", "When twitches were logged, by hour of the day"),
    ),
    (
        "sleep",
        QT_TRANSLATE_NOOP("ReviewView", "One sleep"),
        QT_TRANSLATE_NOOP("ReviewView", "The timeline of one sleep"),
    ),
)


SIDE_ROOM_PX: Final = 520  # the most the summary's whole lines may ask of the side column


class SideScroll(QScrollArea):
    """The review's side column: scrolls up and down, and is never narrower than what it holds.

    It also keeps room for the summary's lines whole (``keep_whole``, up to ``SIDE_ROOM_PX``):
    the summary's labels wrap only when a longer language would take the charts' width.
    """

    keep_whole: QWidget | None = None

    @override
    def minimumSizeHint(self) -> QSize:
        """As wide as the column's content and a scroll bar (the splitter keeps to it)."""
        inner = self.widget()
        hint = super().minimumSizeHint()
        if inner is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        width = inner.minimumSizeHint().width() + bar
        if self.keep_whole is not None:
            margins = inner.contentsMargins()
            whole = self.keep_whole.sizeHint().width() + margins.left() + margins.right() + bar
            width = max(width, min(whole, SIDE_ROOM_PX))
        return QSize(max(hint.width(), width), hint.height())


class ReviewView(QWidget):
    """Summary and charts of one baby for a range of days; guidance and other panels go beside them.

    Signals:
        charts_drawn(): the chart in view finished drawing (after opening, or a range/age change).
        sleep_opened(str): the timeline of this sleep id is shown.
    """

    charts_drawn = Signal()
    sleep_opened = Signal(str)

    def __init__(
        self, diary: Diary, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_view")
        self.today = today  # the window's clock (tests pin the day)
        self._diary = diary
        self._cache = diary.aggregate_cache()
        self._baby: Baby | None = None
        self._mode = "chronological"
        self._days: DayRange | None = None
        self._span: DayRange | None = None  # the days the rows were read for (None: all of them)
        self._summaries: tuple[PeriodSummary | None, PeriodSummary | None] = (None, None)
        self._comparison_note = ""
        self._shown: tuple[object, ...] | None = None  # what the charts show now (skip redrawing it)
        self._charts: dict[str, ChartWidget] = {}
        self._dirty: set[str] = set()
        self._sleep_id: str | None = None
        self._theme: ChartTheme | None = None
        self._build()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.controls = ReviewControls(self)
        # The controls by name, as the review's own (tests and the report read them here).
        self.title = self.controls.title
        self.range_box = self.controls.range_box
        self.age_box = self.controls.age_box
        self.checkup_edit = self.controls.checkup_edit
        self.checkup_button = self.controls.checkup_button
        self.range_box.currentIndexChanged.connect(self._on_range_box_changed)
        self.age_box.currentIndexChanged.connect(self._on_age_box_changed)
        self.checkup_button.clicked.connect(self._on_checkup_button_clicked)
        self.status = named(QLabel(), "review_status")
        self.status.setWordWrap(True)
        self._build_panes()

    def _build_panes(self) -> None:
        self.summary = SummaryTable()
        self.sleep_videos = SleepVideos()  # under the one-sleep timeline: its episodes' clips
        # The side area: guidance and other panels are added as tabs here (add_side_panel).
        self.side_tabs = named(QTabWidget(), "review_side_panels")
        self.side_tabs.setVisible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # The summary keeps its height (its column heads were cut when the window was short);
        # the side panels below take what is left, and scroll.
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.side_tabs, 1)
        left_layout.addStretch(0)

        self.chart_tabs = named(QTabWidget(), "review_charts")
        self.chart_tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.chart_tabs.setMinimumSize(420, 320)  # a chart needs room; the side column scrolls instead
        for index, (name, label, tip) in enumerate(CHARTS):
            page = named(QWidget(), f"page_{name}")
            QVBoxLayout(page).setContentsMargins(4, 4, 4, 4)
            self.chart_tabs.addTab(page, translate("ReviewView", label))
            self.chart_tabs.setTabToolTip(index, translate("ReviewView", tip))
        self.chart_tabs.currentChanged.connect(self._on_chart_tabs_changed)
        # Buttons that wrap choose the chart, not the tab bar (hidden): a bar cannot wrap.
        self.chart_chooser = ChartChooser(self.chart_tabs)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.setSpacing(4)
        charts_layout.addWidget(self.chart_chooser)
        charts_layout.addWidget(self.chart_tabs, 1)

        # The summary and the panels scroll together when the window is short (1024 × 600):
        # nothing is squeezed or cut, and the charts keep the rest of the width.
        self.side = named(SideScroll(), "review_side")
        self.side.keep_whole = self.summary
        self.side.setWidget(left)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setMaximumWidth(560)  # the charts keep most of the width whatever the summary holds
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.side)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def add_side_panel(self, widget: QWidget, title: str) -> None:
        """Put a panel (the guidance, for one) in the side area beside the charts, as a tab."""
        self.side_tabs.addTab(widget, title)
        self.side_tabs.setVisible(True)

    # -- state ---------------------------------------------------------------------------------

    @property
    def baby(self) -> Baby | None:
        """The baby under review."""
        return self._baby

    @property
    def age_mode(self) -> str:
        """``corrected`` or ``chronological``."""
        return self._mode

    @property
    def range_preset(self) -> str:
        """The chosen range preset (a key of ``RANGE_CHOICES``)."""
        return str(self.range_box.currentData())

    @property
    def days(self) -> DayRange | None:
        """The days shown (None when the range cannot be formed, e.g. no checkup date yet)."""
        return self._days

    @property
    def summaries(self) -> tuple[PeriodSummary | None, PeriodSummary | None]:
        """The period shown and the one of the same length before it."""
        return self._summaries

    def chart(self, name: str) -> ChartWidget | None:
        """The chart widget of a tab (see ``CHARTS``), once the charts exist."""
        return self._charts.get(name)

    def checkup_date(self) -> date | None:
        """The baby's saved checkup date, if any."""
        if self._baby is None:
            return None
        text = self._diary.settings.get(checkup_key(self._baby.id))
        try:
            return None if text is None else date.fromisoformat(text)
        except ValueError:
            return None

    def set_baby(self, baby: Baby | None) -> None:
        """Review this baby (None: nothing to review)."""
        changed = baby != self._baby
        self._baby = baby
        if baby is not None and changed:
            self._mode = weekly.default_age_mode(baby)
            self._sleep_id = None
        self._sync_controls()
        if self.isVisible():
            self.refresh()

    def set_range(self, preset: str) -> None:
        """Show a range preset (``7``, ``14``, ``28``, ``checkup`` or ``all``)."""
        self.range_box.setCurrentIndex([key for key, _ in RANGE_CHOICES].index(preset))

    def set_age_mode(self, mode: str) -> None:
        """Show ages as ``corrected`` or ``chronological`` weeks."""
        self.age_box.setCurrentIndex([key for key, _ in AGE_CHOICES].index(mode))

    def set_checkup_date(self, day: date) -> None:
        """Save the baby's checkup date and show the range since then."""
        if self._baby is None:
            return
        try:
            self._diary.settings.set(checkup_key(self._baby.id), day.isoformat())
        except StoreError as error:
            self.status.setText(self.tr("The checkup date was not saved: {0}").format(error))
            return
        self.checkup_edit.setDate(QDate(day.year, day.month, day.day))
        if self.range_preset == "checkup":
            self.refresh()
        else:
            self.set_range("checkup")

    def invalidate(self) -> None:
        """Forget what is drawn, so the next refresh reads and draws everything again."""
        self._shown = None
        self._cache.invalidate()

    def set_chart_theme(self, theme: ChartTheme) -> None:
        """Draw the charts in these colours (the view follows the app theme by itself otherwise)."""
        self._theme = theme
        for chart in self._charts.values():
            chart.set_theme(theme)

    def _sync_controls(self) -> None:
        baby = self._baby
        self.title.setText(self.tr("Review") if baby is None else self.tr("Review — {0}").format(baby.name))
        for widget in (self.range_box, self.age_box, self.checkup_edit, self.checkup_button):
            widget.setEnabled(baby is not None)
        if baby is None:
            return
        model = self.age_box.model()
        corrected = model.item(0) if isinstance(model, QStandardItemModel) else None
        if corrected is not None:
            corrected.setEnabled(weekly.can_correct(baby))  # corrected age needs a due date
        self.age_box.blockSignals(True)
        self.age_box.setCurrentIndex([key for key, _ in AGE_CHOICES].index(self._mode))
        self.age_box.blockSignals(False)
        checkup = self.checkup_date() or self.today() - timedelta(days=28)
        self.checkup_edit.setDate(QDate(checkup.year, checkup.month, checkup.day))
        self.checkup_edit.setMaximumDate(QDate.currentDate())
        self.checkup_edit.setMinimumDate(
            QDate(baby.birth_date.year, baby.birth_date.month, baby.birth_date.day)
        )

    # -- drawing -------------------------------------------------------------------------------

    def _ensure_charts(self) -> None:
        if self._charts:
            return
        # Loads matplotlib: the slow part of the first Ctrl+2. (Reading the rows in a thread
        # meanwhile was tried: the GIL makes it slower on two cores, not faster.)
        module = import_charts("desktop.ui.review.chart_widget")
        for index, (name, _, _) in enumerate(CHARTS):
            chart: ChartWidget = module.ChartWidget(f"chart_{name}")
            page = self.chart_tabs.widget(index)
            layout = None if page is None else page.layout()
            assert layout is not None
            layout.addWidget(chart)
            chart.drawn.connect(lambda name=name: self._on_chart_drawn(name))
            self._charts[name] = chart
        self._charts["rate"].point_picked.connect(self._on_rate_point_picked)
        sleep_page = self.chart_tabs.widget([key for key, _, _ in CHARTS].index("sleep"))
        sleep_layout = None if sleep_page is None else sleep_page.layout()
        assert sleep_layout is not None
        sleep_layout.addWidget(self.sleep_videos)
        self._update_theme()

    def refresh(self) -> None:
        """Recompute the range and the summary, and redraw the chart in view (others when shown).

        A diary that cannot be read (damage deep in its file) is said so in the status line, with
        what to do: never a traceback and an empty view.
        """
        try:
            self._refresh()
        except StoreError as error:
            self._shown = None
            self._summaries = (None, None)
            self.summary.set_summaries(None, None)
            self.status.setText(self.tr("The review cannot be shown: {0}").format(error))

    def _refresh(self) -> None:
        baby = self._baby
        if baby is None:
            self._days = None
            self._summaries = (None, None)
            self.summary.set_summaries(None, None)
            self.status.setText(self.tr("Add a baby to see the review."))
            return
        self._ensure_charts()
        today = self.today()
        everything = self.range_preset == "all"
        if everything:
            rows = self._cache.sleeps(baby.id)
            days = preset_range("all", today, None, earliest_day(rows))
            self._span = None
        else:
            # The days shown and the same number before them (the summary compares the two):
            # read through the indexes, not the whole history.
            days = preset_range(self.range_preset, today, self.checkup_date())
            self._span = None if days is None else DayRange(days.previous().first, days.last)
            rows = [] if self._span is None else self._cache.sleeps(baby.id, self._span)
        if days is not None:
            days = from_birth(baby, days) or days  # no weeks before birth (a newborn's "28 days")
        self._days = days
        shown = (baby, self.range_preset, self._mode, days, self._cache.stamp())
        if shown == self._shown:
            return  # shown again with nothing changed: keep what is drawn
        self._shown = shown
        if days is None:
            self._summaries = (None, None)
            self._comparison_note = ""
            self.status.setText(self.tr("Choose the date of the last checkup and press “Set checkup date”."))
        else:
            comparison = compare(baby, days, rows, everything)
            current = summarize(rows, days)
            previous = None if comparison.before is None else summarize(rows, comparison.before)
            self._summaries = (current, previous)
            self._comparison_note = no_comparison_text(comparison.reason, baby.name)
            self.status.setText(self._status_text(baby, days))
        self.summary.set_summaries(*self._summaries)
        self._dirty = {name for name, _, _ in CHARTS}
        self._draw_current()

    @property
    def comparison_note(self) -> str:
        """Why the period shown is compared with nothing ("" when it is compared)."""
        return self._comparison_note

    def _status_text(self, baby: Baby, days: DayRange) -> str:
        corrected = self._mode == "corrected" and weekly.can_correct(baby)
        ages = weekly.week_of(baby, days.first, self._mode), weekly.week_of(baby, days.last, self._mode)
        weeks = (
            self.tr("week {0}").format(ages[0])
            if ages[0] == ages[1]
            else self.tr("weeks {0} to {1}").format(ages[0], ages[1])
        )
        kind = self.tr("corrected age (from the due date)") if corrected else self.tr("age since birth")
        text = self.tr("{0} · {1} of {2}. A night counts for the day it began.").format(
            format_range(days), weeks, kind
        )
        return f"{text} {self._comparison_note}" if self._comparison_note else text

    def _draw_current(self) -> None:
        name = CHARTS[self.chart_tabs.currentIndex()][0]
        if name in self._dirty:
            self._dirty.discard(name)
            self._draw(name)

    def _draw(self, name: str) -> None:
        try:
            self._draw_chart(name)
        except StoreError as error:
            self.status.setText(self.tr("The review cannot be shown: {0}").format(error))

    def _draw_chart(self, name: str) -> None:
        from desktop.ui.review.charts import ChartRequest, draw_tab

        if self._baby is not None:
            request = ChartRequest(
                self._diary, self._cache, self._baby, self._mode, self._days, self._sleep_id, self._span
            )
            chart = self._charts[name]
            chart.set_caption(*self._caption(name, self._baby))
            shown = draw_tab(name, chart, request)
            if name == "sleep":
                self.sleep_videos.show_sleep(self._diary, shown)

    def _caption(self, name: str, baby: Baby) -> tuple[str, str, str]:
        """A chart's full title, the baby, period and age it shows, and a file name for it."""
        title = next(translate("ReviewView", tip) for key, _, tip in CHARTS if key == name)
        days = self._days
        corrected = self._mode == "corrected" and weekly.can_correct(baby)
        age = self.tr("corrected age") if corrected else self.tr("age since birth")
        period = "" if days is None else format_range(days)
        subtitle = " · ".join(part for part in (baby.name, period, age) if part)
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in baby.name).strip("-") or "baby"
        stem = f"{safe}-{name}" + (
            "" if days is None else f"-{days.first.isoformat()}-to-{days.last.isoformat()}"
        )
        return title, subtitle, stem

    def open_sleep(self, sleep_id: str) -> None:
        """Show the timeline of one sleep in the "One sleep" tab."""
        self._sleep_id = sleep_id
        self._dirty.add("sleep")
        index = [name for name, _, _ in CHARTS].index("sleep")
        if self.chart_tabs.currentIndex() == index:
            self._draw_current()
        else:
            self.chart_tabs.setCurrentIndex(index)
        self.sleep_opened.emit(sleep_id)

    # -- theme ---------------------------------------------------------------------------------

    def _update_theme(self) -> None:
        if not self._charts:
            return
        from desktop.ui.review.charts import chart_theme

        # The palette changes first when the app switches theme (its "theme" property last).
        theme = self._theme or chart_theme(self.palette())
        for chart in self._charts.values():
            chart.set_theme(theme)

    @override
    def changeEvent(self, event: QEvent) -> None:
        """Follow the app's theme when its palette or style sheet changes."""
        super().changeEvent(event)
        if event.type() in {QEvent.Type.PaletteChange, QEvent.Type.StyleChange}:
            self._update_theme()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Bring the numbers up to date each time the review is shown."""
        super().showEvent(event)
        self.refresh()

    # -- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_range_box_changed(self, _index: int) -> None:
        if self.isVisible():
            self.refresh()

    @Slot(int)
    def _on_age_box_changed(self, index: int) -> None:
        self._mode = AGE_CHOICES[index][0]
        if self.isVisible():
            self.refresh()

    @Slot()
    def _on_checkup_button_clicked(self) -> None:
        chosen = self.checkup_edit.date()
        self.set_checkup_date(date(chosen.year(), chosen.month(), chosen.day()))

    @Slot(int)
    def _on_chart_tabs_changed(self, _index: int) -> None:
        if self._charts:
            self._draw_current()

    @Slot(str, int)
    def _on_rate_point_picked(self, gid: str, index: int) -> None:
        if gid != "sleeps" or self._baby is None or self._days is None:
            return
        rows = self._cache.sleeps(self._baby.id, self._span)
        data = weekly.rate_chart(rows, self._baby, self._mode, self._days)
        if 0 <= index < len(data.sleep_ids):
            self.open_sleep(data.sleep_ids[index])

    def _on_chart_drawn(self, name: str) -> None:
        # Only the chart in view counts: hidden canvases also draw when resized or restyled.
        if CHARTS[self.chart_tabs.currentIndex()][0] == name:
            self.charts_drawn.emit()

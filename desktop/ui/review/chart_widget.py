"""One chart on screen: a widget owning a matplotlib canvas, a save button and click-to-pick.

Importing this module loads matplotlib, so only the review imports it, and only when first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from matplotlib.axes import Axes
from matplotlib.backend_bases import Event, PickEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.charts import DAY, ChartTheme, style_figure
from desktop.ui import file_dialogs
from desktop.ui.translation import translate
from desktop.ui.user_folders import documents_folder

SAVE_FORMATS: Final = ("png", "svg")
SAVE_SIZE_IN: Final = (10.0, 6.0)  # a saved chart is drawn at one size: its title whole, its type legible
DrawFunction = Callable[[Axes, Any, ChartTheme], None]


class ChartWidget(QWidget):
    """A figure with one chart, redrawn in place; ``ask_save_path`` is the dialog tests replace.

    Signals:
        point_picked(str, int): a point of the artist with this gid was clicked (its index).
        drawn(): the canvas finished drawing the current chart.
        saved(str): the chart was saved to this path.
    """

    point_picked = Signal(str, int)
    drawn = Signal()
    saved = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.theme = DAY
        self.figure = Figure(layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._draw: DrawFunction | None = None
        self._data: object = None
        self.title = ""  # the chart's full title and what it shows (baby, period, age): saved with it
        self.subtitle = ""
        self.file_stem = name
        self.save_button = QPushButton(self.tr("Save chart…"))
        self.save_button.setObjectName(f"{name}_save")
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture or an SVG drawing"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.saved_label = QLabel()
        self.saved_label.setObjectName(f"{name}_saved")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        self.canvas.mpl_connect("pick_event", self._on_canvas_pick)
        self.canvas.mpl_connect("draw_event", self._on_canvas_draw)

    @property
    def axes(self) -> Axes | None:
        """The chart's main axes (None before anything was drawn)."""
        return self.figure.axes[0] if self.figure.axes else None

    def show_chart(self, draw: DrawFunction, data: object) -> None:
        """Draw ``draw(ax, data, theme)`` on a fresh axes; the screen updates when Qt next paints."""
        self._draw, self._data = draw, data
        self.figure.clear()
        style_figure(self.figure, self.theme)
        draw(self.figure.add_subplot(), data, self.theme)
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def set_theme(self, theme: ChartTheme) -> None:
        """Use the app theme's colours, redrawing the chart shown."""
        if theme == self.theme:
            return
        self.theme = theme
        if self._draw is not None:
            self.show_chart(self._draw, self._data)
        else:  # nothing drawn yet: the first paint must not flash a white sheet in the night theme
            style_figure(self.figure, theme)

    def set_caption(self, title: str, subtitle: str, file_stem: str) -> None:
        """What a saved copy says above the chart (full title; baby, period, age) and its file name."""
        self.title, self.subtitle, self.file_stem = title, subtitle, file_stem

    def save(self, path: Path) -> Path:
        """Write the chart to ``path`` (PNG or SVG, from its suffix) with its title; the path written.

        The very figure on screen is saved (nothing is drawn that the screen does not show), at one
        fixed size, with the title and the baby, period and age above it.
        """
        suffix = path.suffix.lower().lstrip(".")
        if suffix not in SAVE_FORMATS:
            path = path.with_suffix(".png")
            suffix = "png"
        width, height = (float(value) for value in self.figure.get_size_inches())
        heading = "\n".join(part for part in (self.title, self.subtitle) if part)
        title = self.figure.suptitle(heading, color=self.theme.text, fontsize="large") if heading else None
        if title is not None:  # shown again if an earlier save hid it
            title.set_visible(True)
            title.set_in_layout(True)
        try:
            self.figure.set_size_inches(SAVE_SIZE_IN[0], SAVE_SIZE_IN[1], forward=False)
            self.figure.savefig(path, format=suffix, facecolor=self.figure.get_facecolor(), dpi=150)
        finally:
            if title is not None:
                # Emptied and hidden rather than removed: before matplotlib 3.11 a removed suptitle
                # stays on the figure without one and the next draw of the screen fails.
                title.set_text("")
                title.set_visible(False)
                title.set_in_layout(False)
            self.figure.set_size_inches(width, height, forward=False)
            self.canvas.draw_idle()  # type: ignore[no-untyped-call]
        self.saved_label.setText(self.tr("Saved to {0}").format(path))
        self.saved.emit(str(path))
        return path

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> Path | None:
        """Ask where to save a chart; None when the parent cancels."""
        answer = file_dialogs.save_file(
            parent,
            translate("ChartWidget", "Save chart"),
            str(documents_folder() / suggested),
            translate("ChartWidget", "PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        return Path(answer[0]) if answer else None

    @Slot()
    def _on_save_button_clicked(self) -> None:
        path = type(self).ask_save_path(self, f"{self.file_stem}.png")
        if path is None:
            return
        try:
            self.save(path)
        except OSError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self,
                self.tr("Chart not saved"),
                self.tr("The chart could not be saved: {0}").format(error.strerror),
            )

    def _on_canvas_pick(self, event: Event) -> None:
        if not isinstance(event, PickEvent):
            return
        indices = getattr(event, "ind", None)
        gid = event.artist.get_gid()
        if gid and indices is not None and len(indices):
            self.point_picked.emit(str(gid), int(indices[0]))

    def _on_canvas_draw(self, _event: Event) -> None:
        self.drawn.emit()

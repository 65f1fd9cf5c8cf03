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
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.charts import DAY, ChartTheme, style_figure

SAVE_FORMATS: Final = ("png", "svg")
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
        self.save_button = QPushButton(self.tr("Save chart…"))
        self.save_button.setObjectName(f"{name}_save")
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture or an SVG drawing"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
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

    def save(self, path: Path) -> None:
        """Write the chart to ``path`` (PNG or SVG, from its suffix) on the theme's background."""
        suffix = path.suffix.lower().lstrip(".")
        if suffix not in SAVE_FORMATS:
            path = path.with_suffix(".png")
            suffix = "png"
        self.figure.savefig(path, format=suffix, facecolor=self.figure.get_facecolor(), dpi=150)
        self.saved.emit(str(path))

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> Path | None:
        """Ask where to save a chart; None when the parent cancels."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            parent.tr("Save chart"),
            str(Path.home() / suggested),
            parent.tr("PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        return Path(name) if name else None

    @Slot()
    def _on_save_button_clicked(self) -> None:
        path = type(self).ask_save_path(self, f"{self.objectName()}.png")
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

"""The review's choice of chart: one button per chart, on as many lines as the language needs.

A tab bar cannot wrap: in Spanish its five tabs scrolled at the default size, in the
pseudo-locale most were out of sight. These buttons take a second line instead, and pick the
page of the charts' tab widget (whose own bar is hidden), which stays the one record of the
chart shown.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QTabWidget, QWidget

from desktop.ui.flow_layout import FlowLayout


class ChartChooser(QWidget):
    """A checkable button per page of ``tabs`` (its text and tooltip); the checked one is shown."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_chooser")
        self._tabs = tabs
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        lines = FlowLayout(self, spacing=4, line_spacing=4)
        for index in range(tabs.count()):
            button = QPushButton(tabs.tabText(index), self)
            button.setObjectName(f"chart_choice_{index}")
            button.setCheckable(True)
            button.setToolTip(tabs.tabToolTip(index))
            button.setAccessibleDescription(tabs.tabToolTip(index))
            self._group.addButton(button, index)
            lines.addWidget(button)
            self.buttons.append(button)
        tabs.tabBar().hide()
        self._group.idClicked.connect(self._on_group_id_clicked)
        tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._on_tabs_current_changed(tabs.currentIndex())

    @Slot(int)
    def _on_group_id_clicked(self, index: int) -> None:
        self._tabs.setCurrentIndex(index)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        button: QAbstractButton | None = self._group.button(index)
        if button is not None and not button.isChecked():
            button.setChecked(True)

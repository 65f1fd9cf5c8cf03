"""Choosing the baby: the first-run page (the baby form, embedded) and the twins' switcher and menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QVBoxLayout, QWidget

from desktop.core.model import Baby
from desktop.ui.translation import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox


class FirstRunPage(QWidget):
    """The welcome page shown while the diary has no baby: the baby form, embedded."""

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        title = QLabel(translate("BabyPicker", "Welcome to Twitch Diary"), self)
        title.setObjectName("sleep_label")
        intro = QLabel(
            translate("BabyPicker", "Tell us about your baby first. Everything stays on this computer."), self
        )
        intro.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        from PySide6.QtWidgets import QFrame, QScrollArea

        from desktop.ui.baby_form import BabyForm  # only a diary without a baby needs the form

        self.form = BabyForm(self, today=today)
        self.form.set_baby(None)
        content = QWidget(self)
        content.setObjectName("first_run_content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(40, 12, 40, 8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addWidget(self.form)
        layout.addStretch(1)
        # The page fits 1024x600; in a window made smaller still (a remembered 700x520) it scrolls
        # instead of holding the window taller than the screen.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("first_run_scroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)


class BabyMenu(QObject):
    """The Baby menu (add, edit, one checkable entry per baby) and a toolbar switcher for twins.

    Signals:
        baby_selected(str): the parent picked this baby's id in the menu or the switcher.
    """

    baby_selected = Signal(str)

    def __init__(self, menu: QMenu, fixed: list[QAction], parent: QWidget) -> None:
        super().__init__(parent)
        self.menu = menu
        self._fixed = fixed
        self._parent = parent
        # Built when a second baby arrives (most diaries have one): see the switcher property.
        self._switcher: QComboBox | None = None
        self._toolbar: QToolBar | None = None
        self.switcher_action: QAction | None = None  # set when the switcher is put on the toolbar
        self.show_babies((), None)

    @property
    def switcher(self) -> QComboBox:
        """The toolbar's "which baby" list (built the first time it is needed)."""
        if self._switcher is None:
            from PySide6.QtWidgets import QComboBox  # not at import: the type costs 0.7 ms to build

            switcher = self._switcher = QComboBox(self._parent)
            switcher.setObjectName("baby_switcher")
            switcher.setAccessibleName(translate("BabyPicker", "Which baby"))
            switcher.setToolTip(translate("BabyPicker", "Which baby you are logging for"))
            switcher.activated.connect(self._on_switcher_activated)
            if self._toolbar is not None:
                self.place_switcher_on(self._toolbar)
        return self._switcher

    def place_switcher_on(self, toolbar: QToolBar) -> None:
        """Show the switcher at the end of ``toolbar`` (now, or once it is built)."""
        self._toolbar = toolbar
        if self._switcher is not None and self.switcher_action is None:
            self.switcher_action = toolbar.addWidget(self._switcher)
            self.switcher_action.setVisible(False)  # until show_babies lists two babies or more

    def show_babies(self, babies: tuple[Baby, ...], current: Baby | None) -> None:
        """List the babies, ``current`` checked; the switcher shows only when there are two or more."""
        self.menu.clear()
        self.menu.addActions(self._fixed)
        several = len(babies) > 1
        if not several and self._switcher is None:
            return  # one baby or none: no switcher to show or update
        self.switcher.clear()
        if several:
            self.menu.addSeparator()
            group = QActionGroup(self.menu)
            for index, baby in enumerate(babies):
                action = self.menu.addAction(baby.name)
                action.setObjectName(f"select_baby_{index + 1}")
                action.setCheckable(True)
                action.setChecked(current is not None and baby.id == current.id)
                action.triggered.connect(lambda _checked=False, b=baby.id: self.baby_selected.emit(b))
                group.addAction(action)
        # addItems and setItemData, not addItem(name, id): addItem's overloads take a QIcon too,
        # and telling them apart builds PySide's QIcon type (1.5 ms) before the first paint.
        self.switcher.addItems([baby.name for baby in babies])
        for index, baby in enumerate(babies):
            self.switcher.setItemData(index, baby.id)
        if current is not None:
            self.switcher.setCurrentIndex(self.switcher.findData(current.id))
        if self.switcher_action is not None:
            self.switcher_action.setVisible(several)

    @Slot(int)
    def _on_switcher_activated(self, index: int) -> None:
        baby_id = self.switcher.itemData(index)
        if isinstance(baby_id, str):
            self.baby_selected.emit(baby_id)

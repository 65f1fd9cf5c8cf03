"""The review's control bar: whose review, which range of days, which age, and the checkup date."""

from __future__ import annotations

from typing import Final, TypeVar

from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPushButton, QWidget

from desktop.language import QT_TRANSLATE_NOOP
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.form_parts import calendar_popup
from desktop.ui.translation import translate

RANGE_CHOICES: Final = (
    ("7", QT_TRANSLATE_NOOP("ReviewControls", "Last 7 days")),
    ("14", QT_TRANSLATE_NOOP("ReviewControls", "Last 14 days")),
    ("28", QT_TRANSLATE_NOOP("ReviewControls", "Last 28 days")),
    ("checkup", QT_TRANSLATE_NOOP("ReviewControls", "Since the checkup date")),
    ("all", QT_TRANSLATE_NOOP("ReviewControls", "Everything")),
)
AGE_CHOICES: Final = (
    ("corrected", QT_TRANSLATE_NOOP("ReviewControls", "Corrected age")),
    ("chronological", QT_TRANSLATE_NOOP("ReviewControls", "Age since birth")),
)
DEFAULT_RANGE: Final = "28"

_W = TypeVar("_W", bound=QWidget)


def named(widget: _W, name: str) -> _W:
    """The widget, given an object name (tests and automation find widgets by it)."""
    widget.setObjectName(name)
    return widget


class ReviewControls(QWidget):
    """Title, range and age choosers, and the checkup date with its button, in one row.

    The review connects to the widgets' own signals; this class only builds and lays them out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = named(QLabel(), "review_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.title.setMinimumWidth(0)  # a long name may shorten the title, never push the choosers off
        self.range_box = named(QComboBox(), "range_preset")
        for key, label in RANGE_CHOICES:
            self.range_box.addItem(translate("ReviewControls", label), key)
        self.range_box.setCurrentIndex([key for key, _ in RANGE_CHOICES].index(DEFAULT_RANGE))
        self.age_box = named(QComboBox(), "age_mode")
        for key, label in AGE_CHOICES:
            self.age_box.addItem(translate("ReviewControls", label), key)
        self.checkup_edit = named(QDateEdit(), "checkup_date")
        calendar_popup(self.checkup_edit)
        self.checkup_edit.setDisplayFormat("d MMM yyyy")
        self.checkup_button = named(QPushButton(self.tr("Set checkup date")), "set_checkup")
        self.checkup_button.setToolTip(self.tr("Count the range “Since the checkup date” from this day"))
        # One row with no captions but the title: the choices say what they are ("Last 28 days",
        # "Corrected age", "Set checkup date"); it fits whole at 1000 pixels wide in English and
        # Spanish, and a longer language or a long name takes a second line.
        for widget, name, tip in (
            (self.range_box, self.tr("Days shown"), self.tr("Which days the review shows")),
            (self.age_box, self.tr("Ages as"), self.tr("Count weeks of age from the birth or the due date")),
            (self.checkup_edit, self.tr("Last checkup"), self.tr("The date of the last checkup")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        bar = FlowLayout(self, spacing=8)
        row: tuple[QWidget, ...] = (
            self.title,
            self.range_box,
            self.age_box,
            self.checkup_edit,
            self.checkup_button,
        )
        for control in row:
            bar.addWidget(control)

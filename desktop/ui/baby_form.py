"""The baby's details form (first run, add, edit, twins) and the dialog that wraps it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Final

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import FAMILY_HISTORY_KINDS, Baby, new_id
from desktop.core.validation import MAX_NAME_LENGTH, validate_baby
from desktop.ui.age_text import age_summary
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.form_parts import TOUCH_HEIGHT, calendar_popup, error_label, fit_height, sentence
from desktop.ui.overrides import override
from desktop.ui.value_labels import FAMILY_HISTORY_LABELS

_EARLIEST: Final = QDate(1900, 1, 1)
DATE_SLACK_PX: Final = 8  # beside the text: the line edit's own inner margins and the cursor
# The form's editor for each Baby field a validation problem can be about.
_EDITOR_OF_FIELD: Final = {
    "name": "name",
    "birth_date": "birth",
    "due_date": "due",
    "birth_weight_g": "weight",
    "family_history": "history",
}


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BabyForm(QWidget):
    """A short form for a baby's details, showing ages live and problems next to each field.

    Signals:
        baby_submitted(Baby): valid details were submitted; a new id for a new baby, the same id
            when editing. Nothing is emitted while a field has a problem.
    """

    baby_submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._existing: Baby | None = None
        self._other_names: frozenset[str] = frozenset()
        self._tried = False  # show problems live only once the parent has tried to save

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setAccessibleName(self.tr("Baby's name"))
        self.name_edit.setPlaceholderText(self.tr("First name or nickname"))

        self.birth_edit = self._date_edit("Birth date")
        self.due_check = QCheckBox(self.tr("Due date known"))
        self.due_check.setAccessibleName(self.tr("Due date known"))
        self.due_check.setToolTip(self.tr("Enter the due date if the baby was born early or late"))
        self.due_edit = self._date_edit("Due date")
        self.due_edit.setEnabled(False)

        self.weight_edit = QLineEdit()
        self.weight_edit.setAccessibleName(self.tr("Birth weight in grams"))
        self.weight_edit.setPlaceholderText(self.tr("optional, e.g. 3200"))
        self.weight_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)

        self.history_box = self._history_box()

        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Anything the pediatrician should know (optional)"))
        self.note_edit.setTabChangesFocus(True)  # Tab leaves the note, so the form stays keyboard-only
        # Two lines shown (a longer note scrolls), set after the style sheet's min-height applies.
        self.note_edit.ensurePolished()
        self.note_edit.setFixedHeight(TOUCH_HEIGHT + 16)

        self.age_label = QLabel()
        self.age_label.setObjectName("age_summary")
        self.age_label.setAccessibleName(self.tr("Age"))
        self.age_label.setWordWrap(True)

        self.submit_button = QPushButton(self.tr("Save"))
        self.submit_button.setObjectName("baby_submit")
        self.submit_button.setDefault(True)
        self.submit_button.setMinimumHeight(TOUCH_HEIGHT)
        self.submit_button.clicked.connect(self._on_submit_button_clicked)

        self.errors: dict[str, QLabel] = {
            "name": error_label(self.tr("Problem with the name")),
            "birth": error_label(self.tr("Problem with the birth date")),
            "due": error_label(self.tr("Problem with the due date")),
            "weight": error_label(self.tr("Problem with the birth weight")),
            "history": error_label(self.tr("Problem with the family history")),
        }
        self._build_layout()
        self._connect()
        self.set_baby(None)

    def _history_box(self) -> QGroupBox:
        # The box's heading is a label inside it, not its title: a title cannot wrap, and in a
        # longer language it ran past the box's edge.
        box = QGroupBox()
        box.setAccessibleName(self.tr("Family history"))
        self.history_heading = QLabel(self.tr("Family history (parents, brothers or sisters)"))
        self.history_heading.setObjectName("history_heading")
        self.history_heading.setWordWrap(True)
        self.history_checks: dict[str, QCheckBox] = {}
        history_column = QVBoxLayout(box)
        history_column.setSpacing(0)
        history_column.addWidget(self.history_heading)
        # Side by side as many as fit (two in English), so the whole form fits a 600-pixel-high
        # screen; a longer language wraps them onto more lines rather than cutting their words.
        history_layout = FlowLayout(spacing=12, line_spacing=0)
        history_column.addLayout(history_layout)
        for kind in FAMILY_HISTORY_KINDS:
            check = QCheckBox(FAMILY_HISTORY_LABELS[kind])
            check.setObjectName(f"history_{kind}")
            check.setAccessibleName(
                self.tr("Family history of {what}").format(what=FAMILY_HISTORY_LABELS[kind])
            )
            check.setMinimumHeight(TOUCH_HEIGHT)
            history_layout.addWidget(check)
            self.history_checks[kind] = check
        return box

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        calendar_popup(edit)
        edit.setDisplayFormat("d MMM yyyy")
        # No maximum on purpose: a date in the future gets a clear message instead of a silent clamp.
        edit.setMinimumDate(_EARLIEST)
        edit.setAccessibleName(name)
        edit.setMinimumHeight(TOUCH_HEIGHT)
        return edit

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Each date field as wide as its longest date in the language (laid out, so its frame and
        arrow are known): Qt sized the due date's from one date, and "29 sept 2026" lost its last
        digit under the arrow in Spanish."""
        for edit in (self.birth_edit, self.due_edit):
            field = edit.lineEdit()
            chrome = edit.width() - field.contentsRect().width()
            months = (QDate(2026, month, 28) for month in range(1, 13))
            longest = max(
                field.fontMetrics().horizontalAdvance(edit.locale().toString(day, edit.displayFormat()))
                for day in months
            )
            edit.setMinimumWidth(longest + chrome + DATE_SLACK_PX)
        super().showEvent(event)

    def _build_layout(self) -> None:
        form = QFormLayout()
        self._form = form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit.setMinimumHeight(TOUCH_HEIGHT)
        self.weight_edit.setMinimumHeight(TOUCH_HEIGHT)

        def row(
            label_text: str, buddy: QWidget, error_key: str, *fields: QWidget, wraps: bool = False
        ) -> None:
            # The due date's check and field may take two lines in a longer language.
            line = FlowLayout() if wraps else QHBoxLayout()
            for widget in fields:
                line.addWidget(widget)
            label = QLabel(label_text)
            label.setBuddy(buddy)
            form.addRow(label, line)
            # A problem gets its own row under the field: the form then makes room for wrapped text.
            form.addRow("", self.errors[error_key])
            form.setRowVisible(self.errors[error_key], False)

        row(self.tr("&Name"), self.name_edit, "name", self.name_edit)
        row(self.tr("&Birth date"), self.birth_edit, "birth", self.birth_edit)
        row(self.tr("D&ue date"), self.due_check, "due", self.due_check, self.due_edit, wraps=True)
        row(self.tr("Birth &weight"), self.weight_edit, "weight", self.weight_edit, QLabel(self.tr("g")))
        form.addRow("", self.age_label)

        form.addRow(self.history_box)
        form.addRow(self.errors["history"])
        form.setRowVisible(self.errors["history"], False)
        # The note beside its label as every field above, and Save at its right (hidden in the
        # dialog, whose own buttons submit): two lines less, so the form fits a 600-pixel-high screen.
        note_label = QLabel(self.tr("N&ote"))
        note_label.setBuddy(self.note_edit)
        note_line = QHBoxLayout()
        note_line.addWidget(self.note_edit, 1)
        note_line.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignBottom)
        form.addRow(note_label, note_line)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the page or the dialog around it has its own
        layout.addLayout(form)

    def _connect(self) -> None:
        self.name_edit.textChanged.connect(self._on_field_changed)
        self.name_edit.returnPressed.connect(self._on_line_return_pressed)
        self.weight_edit.textChanged.connect(self._on_field_changed)
        self.weight_edit.returnPressed.connect(self._on_line_return_pressed)
        self.birth_edit.dateChanged.connect(self._on_field_changed)
        self.due_edit.dateChanged.connect(self._on_field_changed)
        self.due_check.toggled.connect(self._on_due_check_toggled)
        for check in self.history_checks.values():
            check.toggled.connect(self._on_field_changed)

    def set_baby(self, existing: Baby | None) -> None:
        """Fill the form to edit a baby, or clear it for a new one (None)."""
        self._existing = existing
        self._tried = False
        today = self._today()
        self.name_edit.setText(existing.name if existing else "")
        self.birth_edit.setDate(_to_qdate(existing.birth_date if existing else today))
        due = existing.due_date if existing else None
        self.due_check.setChecked(due is not None)
        self.due_edit.setDate(_to_qdate(due if due is not None else self._to_python_birth()))
        weight = existing.birth_weight_g if existing else None
        self.weight_edit.setText("" if weight is None else str(weight))
        history = existing.family_history if existing else frozenset()
        for kind, check in self.history_checks.items():
            check.setChecked(kind in history)
        self.note_edit.setPlainText(existing.note if existing else "")
        self._show_problems({})
        self._update_age()

    def set_twin_of(self, sibling: Baby) -> None:
        """Start a new baby born with ``sibling``: same dates and family history, no name or weight."""
        self.set_baby(None)
        self.birth_edit.setDate(_to_qdate(sibling.birth_date))
        self.due_check.setChecked(sibling.due_date is not None)
        if sibling.due_date is not None:
            self.due_edit.setDate(_to_qdate(sibling.due_date))
        for kind, check in self.history_checks.items():
            check.setChecked(kind in sibling.family_history)
        self._update_age()

    def set_other_names(self, names: Iterable[str]) -> None:
        """Names of the diary's other babies: a new one may not share them (commands find babies by name)."""
        self._other_names = frozenset(name.strip().casefold() for name in names)

    def _to_python_birth(self) -> date:
        return _to_date(self.birth_edit.date())

    def _read(self) -> tuple[Baby | None, dict[str, str]]:
        """The baby the fields describe, and the problems found (field key → message)."""
        problems: dict[str, str] = {}
        weight_text = self.weight_edit.text().strip().replace(" ", "")
        weight: int | None = None
        if weight_text:
            if weight_text.isdigit():
                weight = int(weight_text)
            else:
                problems["weight"] = "Birth weight must be a whole number of grams, like 3200."
        baby = Baby(
            id=self._existing.id if self._existing else new_id(),
            name=self.name_edit.text().strip(),
            birth_date=self._to_python_birth(),
            due_date=_to_date(self.due_edit.date()) if self.due_check.isChecked() else None,
            birth_weight_g=weight,
            family_history=frozenset(k for k, check in self.history_checks.items() if check.isChecked()),
            note=self.note_edit.toPlainText().strip(),
        )
        for message in validate_baby(baby, self._today()):
            problems.setdefault(_EDITOR_OF_FIELD.get(message.field, "name"), sentence(message))
        if "name" not in problems and baby.name.casefold() in self._other_names:
            problems["name"] = self.tr("Another baby in this diary is already called {name}.").format(
                name=baby.name
            )
        return (None if problems else baby), problems

    def _show_problems(self, problems: dict[str, str]) -> None:
        editors: dict[str, QWidget] = {
            "name": self.name_edit,
            "birth": self.birth_edit,
            "due": self.due_edit,
            "weight": self.weight_edit,
            "history": self.history_box,
        }
        for key, label in self.errors.items():
            message = problems.get(key, "")
            label.setText(message)
            self._form.setRowVisible(label, bool(message))
            editors[key].setAccessibleDescription(message)

    def submit(self) -> Baby | None:
        """Check the fields; emit ``baby_submitted`` and return the baby when they are fine."""
        self._tried = True
        baby, problems = self._read()
        self._show_problems(problems)
        if baby is None:
            first = next(key for key in self.errors if key in problems)
            focus: dict[str, QWidget] = {
                "name": self.name_edit,
                "birth": self.birth_edit,
                "due": self.due_edit,
                "weight": self.weight_edit,
                "history": self.history_checks[FAMILY_HISTORY_KINDS[0]],
            }
            focus[first].setFocus()
            return None
        self.baby_submitted.emit(baby)
        return baby

    def _update_age(self) -> None:
        due = _to_date(self.due_edit.date()) if self.due_check.isChecked() else None
        self.age_label.setText(age_summary(self._to_python_birth(), due, self._today()))

    @Slot()
    def _on_field_changed(self) -> None:
        self._update_age()
        if self._tried:
            self._show_problems(self._read()[1])

    @Slot(bool)
    def _on_due_check_toggled(self, checked: bool) -> None:
        self.due_edit.setEnabled(checked)
        if checked and (self._existing is None or self._existing.due_date is None):
            self.due_edit.setDate(self.birth_edit.date())  # a sensible start: near the birth date
        self._on_field_changed()

    @Slot()
    def _on_submit_button_clicked(self) -> None:
        self.submit()

    @Slot()
    def _on_line_return_pressed(self) -> None:
        # Inside a dialog the form's button is hidden and Return reaches the dialog's default button.
        if self.submit_button.isVisibleTo(self):
            self.submit()


class BabyDialog(QDialog):
    """A dialog asking for a baby's details; ``ask`` returns the baby, or None when cancelled."""

    def __init__(
        self,
        parent: QWidget | None = None,
        existing: Baby | None = None,
        *,
        twin_of: Baby | None = None,
        other_names: Iterable[str] = (),
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.baby: Baby | None = None
        if existing is not None:
            self.setWindowTitle(self.tr("Edit {name}").format(name=existing.name))
        elif twin_of is not None:
            self.setWindowTitle(self.tr("Add {name}'s twin").format(name=twin_of.name))
        else:
            self.setWindowTitle(self.tr("Add a baby"))
        self.form = BabyForm(self, today=today)
        self.form.set_other_names(other_names)
        if twin_of is not None and existing is None:
            self.form.set_twin_of(twin_of)
        else:
            self.form.set_baby(existing)
        # The dialog's own Save button submits the form, and Return presses it.
        self.form.submit_button.hide()
        self.form.submit_button.setDefault(False)
        self.form.submit_button.setAutoDefault(False)
        self.form.baby_submitted.connect(self._on_form_baby_submitted)
        # Made in the dialog, so the theme's style sheet (no icons on these buttons) already applies.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in buttons.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.form.name_edit.setFocus()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Shown as tall as its rows need: those that wrap (a longer language) take more lines."""
        super().showEvent(event)
        fit_height(self)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.form.submit() is None:
            fit_height(self)

    @Slot(object)
    def _on_form_baby_submitted(self, baby: Baby) -> None:
        self.baby = baby
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        existing: Baby | None,
        *,
        twin_of: Baby | None = None,
        other_names: Iterable[str] = (),
        today: Callable[[], date] = date.today,
    ) -> Baby | None:
        """Show the dialog modally; the baby entered, or None if the parent cancelled."""
        dialog = cls(parent, existing, twin_of=twin_of, other_names=other_names, today=today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.baby
        return None

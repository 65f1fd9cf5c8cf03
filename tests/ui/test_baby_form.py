"""The baby form: a parent types a baby's details, sees ages live and problems next to each field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.conftest import OpenWindow, add_baby

from desktop import language
from desktop.core.model import Baby, new_id
from desktop.ui import translation
from desktop.ui.age_text import age_summary
from desktop.ui.baby_form import BabyDialog, BabyForm

TODAY = date(2026, 11, 23)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


@pytest.fixture
def form(qtbot: QtBot) -> BabyForm:
    """A form for a new baby, with a fixed 'today'."""
    widget = BabyForm(today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill(
    qtbot: QtBot,
    form: BabyForm,
    *,
    name: str = "Mia",
    birth: date = date(2026, 9, 10),
    due: date | None = None,
    weight: str = "",
    history: tuple[str, ...] = (),
    note: str = "",
) -> None:
    """Type the details as a parent would (dates are picked)."""
    form.name_edit.clear()
    qtbot.keyClicks(form.name_edit, name)
    form.birth_edit.setDate(_qdate(birth))
    if due is not None:
        qtbot.mouseClick(form.due_check, Qt.MouseButton.LeftButton, pos=form.due_check.rect().center())
        assert form.due_check.isChecked()
        form.due_edit.setDate(_qdate(due))
    form.weight_edit.clear()
    qtbot.keyClicks(form.weight_edit, weight)
    for kind in history:
        form.history_checks[kind].setChecked(True)
    form.note_edit.setPlainText(note)


def test_good_details_emit_a_new_baby_with_every_field(qtbot: QtBot, form: BabyForm) -> None:
    fill(
        qtbot,
        form,
        name="  Mia  ",
        birth=date(2026, 9, 10),
        due=date(2026, 10, 10),
        weight="2 150",
        history=("epilepsy", "startle_disease"),
        note="Born by C-section",
    )
    with qtbot.waitSignal(form.baby_submitted, timeout=1000) as blocker:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    baby = blocker.args[0]
    assert isinstance(baby, Baby)
    assert baby.name == "Mia"
    assert baby.birth_date == date(2026, 9, 10)
    assert baby.due_date == date(2026, 10, 10)
    assert baby.birth_weight_g == 2150
    assert baby.family_history == frozenset({"epilepsy", "startle_disease"})
    assert baby.note == "Born by C-section"
    assert len(baby.id) == 36
    assert not any(label.isVisibleTo(form) for label in form.errors.values())


def test_optional_fields_may_stay_empty(qtbot: QtBot, form: BabyForm) -> None:
    fill(qtbot, form, name="Leo", birth=date(2026, 11, 1))
    with qtbot.waitSignal(form.baby_submitted, timeout=1000) as blocker:
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)  # Enter in a field submits the first-run form
    baby = blocker.args[0]
    assert baby.due_date is None
    assert baby.birth_weight_g is None
    assert (baby.family_history, baby.note) == (frozenset(), "")


@pytest.mark.parametrize(
    ("details", "field", "message"),
    [
        ({"name": ""}, "name", "Name must not be empty."),
        ({"name": "   "}, "name", "Name must not be empty."),
        ({"birth": date(2026, 12, 1)}, "birth", "Birth date 2026-12-01 is in the future."),
        (
            {"birth": date(2026, 3, 1), "due": date(2026, 8, 1)},
            "due",
            "Due date must be within 20 weeks of the birth date.",
        ),
        ({"weight": "120"}, "weight", "Birth weight must be between 300 and 7000 g (got 120 g)."),
        ({"weight": "9000"}, "weight", "Birth weight must be between 300 and 7000 g (got 9000 g)."),
        ({"weight": "3.2kg"}, "weight", "Birth weight must be a whole number of grams, like 3200."),
    ],
)
def test_each_bad_input_shows_its_message_and_emits_nothing(
    qtbot: QtBot, form: BabyForm, details: dict[str, object], field: str, message: str
) -> None:
    fill(qtbot, form, **details)  # type: ignore[arg-type]
    with qtbot.assertNotEmitted(form.baby_submitted):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert form.submit() is None
    assert form.errors[field].text() == message
    assert form.errors[field].isVisibleTo(form)
    shown = [key for key, label in form.errors.items() if label.isVisibleTo(form)]
    assert shown == [field]


def test_a_second_baby_may_not_take_a_name_already_used(qtbot: QtBot, form: BabyForm) -> None:
    form.set_other_names(["Mia"])
    fill(qtbot, form, name="mia")
    with qtbot.assertNotEmitted(form.baby_submitted):
        form.submit()
    assert form.errors["name"].text() == "Another baby in this diary is already called mia."


def test_a_fixed_problem_clears_its_message_as_the_parent_types(qtbot: QtBot, form: BabyForm) -> None:
    fill(qtbot, form, name="")
    form.submit()
    assert form.errors["name"].isVisibleTo(form)
    assert form.name_edit.hasFocus() or form.focusWidget() is form.name_edit
    qtbot.keyClicks(form.name_edit, "Ada")
    assert not form.errors["name"].isVisibleTo(form)
    assert form.name_edit.accessibleDescription() == ""


def test_editing_keeps_the_id_and_the_untouched_fields(qtbot: QtBot, form: BabyForm) -> None:
    existing = Baby(
        id=new_id(),
        name="Mia",
        birth_date=date(2026, 8, 1),
        due_date=date(2026, 8, 5),
        birth_weight_g=3300,
        family_history=frozenset({"newborn_seizures"}),
        note="Twin A",
    )
    form.set_baby(existing)
    assert form.name_edit.text() == "Mia"
    assert form.due_check.isChecked()
    assert form.history_checks["newborn_seizures"].isChecked()
    form.name_edit.clear()
    qtbot.keyClicks(form.name_edit, "Mia Rose")
    with qtbot.waitSignal(form.baby_submitted, timeout=1000) as blocker:
        form.submit()
    assert blocker.args[0] == Baby(
        id=existing.id,
        name="Mia Rose",
        birth_date=existing.birth_date,
        due_date=existing.due_date,
        birth_weight_g=3300,
        family_history=existing.family_history,
        note="Twin A",
    )


def test_a_twin_starts_with_the_siblings_dates_and_family_history(qtbot: QtBot, form: BabyForm) -> None:
    sibling = Baby(
        id=new_id(),
        name="Mia",
        birth_date=date(2026, 9, 10),
        due_date=date(2026, 10, 20),
        birth_weight_g=2100,
        family_history=frozenset({"epilepsy"}),
    )
    form.set_twin_of(sibling)
    assert form.name_edit.text() == ""
    assert form.weight_edit.text() == ""
    qtbot.keyClicks(form.name_edit, "Noah")
    with qtbot.waitSignal(form.baby_submitted, timeout=1000) as blocker:
        form.submit()
    twin = blocker.args[0]
    assert twin.id != sibling.id
    assert (twin.name, twin.birth_date, twin.due_date) == ("Noah", sibling.birth_date, sibling.due_date)
    assert twin.family_history == frozenset({"epilepsy"})
    assert twin.birth_weight_g is None


@pytest.mark.parametrize(
    ("birth", "due", "expected"),
    [
        (
            date(2026, 9, 10),
            date(2026, 10, 10),
            "10 weeks 4 days old; born at 35 weeks 5 days — corrected age 6 weeks 2 days",
        ),
        (date(2026, 9, 10), None, "10 weeks 4 days old"),
        (date(2026, 9, 10), date(2026, 9, 13), "10 weeks 4 days old; born at 39 weeks 4 days"),
        (
            date(2026, 11, 1),
            date(2026, 12, 20),
            "3 weeks 1 day old; born at 33 weeks — 3 weeks 6 days before the due date",
        ),
        (date(2026, 11, 20), None, "3 days old"),
        (TODAY, None, "born today"),
        (date(2026, 12, 1), None, ""),
    ],
)
def test_age_summary(birth: date, due: date | None, expected: str) -> None:
    assert age_summary(birth, due, TODAY) == expected


def test_ages_update_live_as_the_dates_change(qtbot: QtBot, form: BabyForm) -> None:
    form.birth_edit.setDate(QDate(2026, 9, 10))
    assert form.age_label.text() == "10 weeks 4 days old"
    qtbot.mouseClick(form.due_check, Qt.MouseButton.LeftButton, pos=form.due_check.rect().center())
    form.due_edit.setDate(QDate(2026, 10, 10))
    assert form.age_label.text().endswith("corrected age 6 weeks 2 days")
    qtbot.mouseClick(form.due_check, Qt.MouseButton.LeftButton, pos=form.due_check.rect().center())
    assert not form.due_edit.isEnabled()
    assert form.age_label.text() == "10 weeks 4 days old"


def ancestors(widget: QWidget) -> list[QObject]:
    """The widget's parents, up to the top."""
    found: list[QObject] = []
    parent = widget.parent()
    while parent is not None:
        found.append(parent)
        parent = parent.parent()
    return found


def test_every_control_is_keyboard_reachable_and_named(form: BabyForm) -> None:
    controls = form.findChildren(QWidget)
    inputs = [w for w in controls if isinstance(w, QLineEdit | QDateEdit | QPlainTextEdit | QAbstractButton)]
    assert len(inputs) >= 10
    for widget in inputs:
        if isinstance(widget.parent(), QDateEdit):
            continue  # the date edit's own inner line edit
        if any(isinstance(calendar, QCalendarWidget) for calendar in ancestors(widget)):
            continue  # the drop-down calendar's own parts, reached once it opens
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
        assert widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()), widget
    for check in form.history_checks.values():
        assert isinstance(check, QCheckBox)
    assert [c.text() for c in form.history_checks.values()] == [
        "newborn seizures",
        "epilepsy",
        "a movement disorder",
        "startle disease (hyperekplexia)",
    ]


def test_dialog_returns_the_baby_on_save_and_nothing_while_invalid(qtbot: QtBot) -> None:
    dialog = BabyDialog(None, None, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.baby is None
    assert dialog.form.errors["name"].text() == "Name must not be empty."
    emitted: list[Baby] = []
    dialog.form.baby_submitted.connect(emitted.append)
    qtbot.keyClicks(dialog.form.name_edit, "Ada")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.baby is not None
    assert dialog.baby.name == "Ada"
    assert len(emitted) == 1


def test_ask_for_a_twin_returns_a_baby_with_the_siblings_birth_date(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sibling = Baby(id=new_id(), name="Mia", birth_date=date(2026, 9, 10))

    def parent_types_a_name(self: BabyDialog) -> int:
        qtbot.addWidget(self)
        self.show()
        assert self.windowTitle() == "Add Mia's twin"
        qtbot.keyClicks(self.form.name_edit, "Noah")
        qtbot.keyClick(self.form.name_edit, Qt.Key.Key_Return)
        return self.result()

    monkeypatch.setattr(BabyDialog, "exec", parent_types_a_name)
    twin = BabyDialog.ask(None, None, twin_of=sibling, other_names=["Mia"])
    assert twin is not None
    assert (twin.name, twin.birth_date) == ("Noah", sibling.birth_date)


@pytest.mark.parametrize("code", ["en", "es"])
def test_the_due_date_shows_whole_in_the_dialog_of_the_real_window(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, open_window: OpenWindow, code: str
) -> None:
    # A September due date: "29 sept 2026" in Spanish lost its last digit under the drop-down arrow.
    born = date(2026, 9, 25)
    add_baby(data_dir, "Noa", born)
    installed = translation.install(qapp, code)
    language.set_current(code)
    try:
        window = open_window()
        baby = window.baby
        assert baby is not None
        with_due = Baby(baby.id, baby.name, baby.birth_date, due_date=date(2026, 9, 29))
        dialog = BabyDialog(window, with_due)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for edit in (dialog.form.due_edit, dialog.form.birth_edit):
            field = edit.lineEdit()
            need = field.fontMetrics().horizontalAdvance(field.text())
            room = field.contentsRect().width() - field.textMargins().left() - field.textMargins().right()
            assert room >= need, f"{edit.accessibleName()}: {field.text()!r} needs {need} has {room}"
        dialog.close()
    finally:
        translation.remove(qapp, installed)
        language.set_current(language.ENGLISH)

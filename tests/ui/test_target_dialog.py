"""The Set Target dialog: what it proposes, the stages of the chosen model, the optional
date, clearing a target, all from the keyboard; and what the Roadmap tab does with it
(the target cleared and put back by undo)."""

from __future__ import annotations

from datetime import date

from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 (a fixture)
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store, TargetRecord
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.target_dialog import CLEARED, DEFAULT_MONTHS, TargetDialog

ALT = Qt.KeyboardModifier.AltModifier


def opened(qtbot, dialog: TargetDialog) -> TargetDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.stage_box)
    qtbot.keyClick(dialog, Qt.Key.Key_Shift)  # no modifier left held by an earlier test
    return dialog


def target(model: MaturityModel, level: int, due: date | None) -> TargetRecord:
    return TargetRecord("org", model.id, level, due, "", "")


def test_a_new_target_proposes_the_next_stage_half_a_year_ahead(
    qtbot, tsia: MaturityModel, ftworks: MaturityModel
):
    dialog = opened(qtbot, TargetDialog("Acme <b>", [tsia, ftworks], tsia.id, [], 1))
    assert dialog.model_box.currentText() == tsia.title
    stages = [dialog.stage_box.itemText(i) for i in range(dialog.stage_box.count())]
    assert stages == [
        "Phase 1 Forming",
        "Phase 2 Storming",
        "Phase 3 Norming",
        "Phase 4 Performing",
    ]
    assert dialog.stage_level() == 2
    assert dialog.by.date() == QDate.currentDate().addMonths(DEFAULT_MONTHS)
    assert not dialog.clear_button.isVisible()
    # another model: its own stages, and its top one (no placement on it to go from)
    press_shortcut(qtbot, dialog.stage_box, Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.model_box)
    qtbot.keyClick(dialog.model_box, Qt.Key.Key_Down)
    assert dialog.model().id == ftworks.id
    assert dialog.stage_box.itemText(0) == "Level 0 Asleep"
    assert dialog.stage_level() == ftworks.stages[-1].level


def test_the_date_is_typed_or_left_out(qtbot, tsia: MaturityModel):
    dialog = opened(qtbot, TargetDialog("Acme", [tsia], tsia.id, [], 1))
    press_shortcut(qtbot, dialog.stage_box, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.by)
    dialog.by.setDate(QDate(2027, 6, 30))
    assert dialog.due_on() == date(2027, 6, 30)
    press_shortcut(qtbot, dialog.by, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(dialog.no_date.isChecked)
    assert dialog.due_on() is None and not dialog.by.isEnabled()
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.keyClick(dialog.no_date, Qt.Key.Key_Escape)
    assert finished.args == [0]


def test_a_target_set_is_shown_and_can_be_cleared_by_keyboard(qtbot, tsia: MaturityModel):
    dialog = opened(
        qtbot, TargetDialog("Acme", [tsia], tsia.id, [target(tsia, 3, date(2027, 6, 30))], 1)
    )
    assert dialog.stage_box.currentText() == "Phase 3 Norming"
    assert dialog.by.date() == QDate(2027, 6, 30) and not dialog.no_date.isChecked()
    assert dialog.current.text() == "Now: Phase 3 Norming by 30 June 2027."
    assert dialog.clear_button.isVisible()
    with qtbot.waitSignal(dialog.finished) as finished:
        press_shortcut(qtbot, dialog.stage_box, Qt.Key.Key_C, ALT)
    assert finished.args == [CLEARED]


def test_a_target_without_a_date_checks_no_date(qtbot, tsia: MaturityModel):
    dialog = opened(qtbot, TargetDialog("Acme", [tsia], tsia.id, [target(tsia, 4, None)], 1))
    assert dialog.no_date.isChecked() and dialog.due_on() is None
    assert dialog.stage_level() == 4


def test_clearing_a_target_is_undone_by_putting_it_back(
    store: Store, tsia: MaturityModel, operations: Operations
):
    org = store.create_organization("Acme")
    store.set_target(org.id, tsia, 3, "2027-06-30")
    said: list[str] = []
    assert operations.clear_target(org.id, tsia, said.append)
    assert store.targets(org.id) == []
    operations.undo_stack.undo()
    (back,) = store.targets(org.id)
    assert (back.stage_level, back.due_on) == (3, date(2027, 6, 30))
    operations.undo_stack.redo()
    assert store.targets(org.id) == [] and said == []


def test_a_target_with_no_assessment_yet_sets_it_and_builds_nothing(
    store: Store, tsia: MaturityModel, operations: Operations
):
    org = store.create_organization("Acme")
    said: list[str] = []
    assert operations.set_target(org.id, tsia, 2, None, said.append) == []
    assert [t.stage_level for t in store.targets(org.id)] == [2] and said == []
    operations.undo_stack.undo()
    assert store.targets(org.id) == []


def test_screenshot(qtbot, tsia: MaturityModel, ftworks: MaturityModel, screenshots):
    dialog = opened(
        qtbot, TargetDialog("Acme Software", [tsia, ftworks], tsia.id, [target(tsia, 3, None)], 1)
    )
    assert dialog.grab().save(str(screenshots / "target-dialog.png"))

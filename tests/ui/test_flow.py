"""The whole journey through the real windows: organization, new assessment, rating by keyboard
and mouse, notes, closing mid-way, reopening the store in a new window, resuming, completing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.new_assessment_dialog import NewAssessmentDialog
from csmaturity_app.ui.wizard import AssessmentWizard

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def open_main(qtbot, store_path, catalog: ModelCatalog) -> MainWindow:
    window = MainWindow(Store.open(store_path), catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def only_wizard(qtbot, window: MainWindow) -> AssessmentWizard:
    """The one wizard window open, made active (its shortcuts act only then)."""
    assert len(window.wizards) == 1
    wizard = next(iter(window.wizards.values()))
    assert isinstance(wizard, AssessmentWizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_assessment_survives_closing_and_resumes(qtbot, store_path, builtin_catalog, monkeypatch):
    window = open_main(qtbot, store_path, builtin_catalog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Acme Analytics", True))
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.org_title.text() == "Acme Analytics"

    def fill_new_assessment_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewAssessmentDialog)
        dialog.model_box.setCurrentIndex(dialog.model_box.findData("tsia-4-phases@2.0.0"))
        dialog.assessor.clear()
        qtbot.keyClicks(dialog.assessor, "Ann Consultant")
        qtbot.keyClick(dialog.assessor, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_new_assessment_dialog)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    wizard = only_wizard(qtbot, window)
    assert wizard.stack.currentWidget() is wizard.intro

    # Keyboard: to the first stage, rate three criteria, write a note.
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    first_three = [wizard.current_card().criterion_id]
    for key in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_N):
        press(qtbot, key)
        first_three.append(wizard.current_card().criterion_id)
    noted = first_three[3]
    press(qtbot, Qt.Key.Key_E)
    qtbot.keyClicks(wizard.card(noted).notes, "Renewal list kept in the CRM, 3 of 4 regions")
    press(qtbot, Qt.Key.Key_Escape)
    # Mouse: a rating on the next stage.
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    qtbot.mouseClick(wizard.card("S03").buttons.button(1), Qt.MouseButton.LeftButton)
    # A note still being typed when the window goes: saved as it closes.
    press(qtbot, Qt.Key.Key_E)
    current = wizard.current_card().criterion_id
    qtbot.keyClicks(wizard.card(current).notes, "CSAT only")

    window.close()  # closes the wizard and the store

    with Store.open(store_path) as store:
        org = store.find_organization("Acme Analytics")
        (assessment,) = store.assessments(org.id)
        answers = store.answers(assessment.id)
    assert assessment.assessor == "Ann Consultant" and assessment.model_id == "tsia-4-phases"
    assert [(answers[c].score, answers[c].not_applicable) for c in first_three[:3]] == [
        (3, False),
        (2, False),
        (None, True),
    ]
    assert answers[noted].notes == "Renewal list kept in the CRM, 3 of 4 regions"
    assert answers["S03"].score == 1
    assert answers[current].notes == "CSAT only"

    again = open_main(qtbot, store_path, builtin_catalog)
    table = again.assessment_model
    assert table.index(0, 5).data() == "4 of 35" and table.index(0, 3).data() == "draft"
    again.assessment_view.setFocus()
    again.open_assessment()
    resumed = only_wizard(qtbot, again)
    assert resumed.current_position().stage_id == "storming"
    assert resumed.current_card().criterion_id == current
    assert resumed.card(noted).notes.toPlainText().startswith("Renewal list")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    resumed.show_page(resumed.summary_index)
    qtbot.mouseClick(resumed.summary.complete_button, Qt.MouseButton.LeftButton)
    assert table.index(0, 3).data() == "complete"
    assert again.store.assessment(assessment.id).status == "complete"
    again.close()

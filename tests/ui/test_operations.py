"""Store errors are reported once, in the window whose action met them: with the main window
and a wizard open together, neither repeats the other's message."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.wizard import AssessmentWizard


@pytest.fixture
def assessment(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    org = store.create_organization("Acme Software")
    return store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog, assessment) -> MainWindow:
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[QWidget, str]]:
    """Every message box shown: (its parent window, its text)."""
    shown: list[tuple[QWidget, str]] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, name, lambda parent, _title, text, *_a: shown.append((parent, text))
        )
    return shown


@pytest.fixture
def wizard(qtbot, window: MainWindow, assessment: AssessmentRecord) -> AssessmentWizard:
    window.open_assessment(assessment.id)
    wizard = window.wizards[assessment.id]
    assert isinstance(wizard, AssessmentWizard)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def wizard_errors(wizard: AssessmentWizard) -> list[str]:
    errors: list[str] = []
    wizard.session.saveState.connect(lambda text, error: errors.append(text) if error else None)
    return errors


def test_a_refused_rating_shows_one_message_in_the_wizard_only(
    qtbot, window, wizard, store, assessment, boxes
):
    errors = wizard_errors(wizard)
    store.set_status(assessment.id, "complete")  # behind the wizard's back: the store refuses
    wizard.go_to_criterion("F01")
    qtbot.mouseClick(wizard.card("F01").buttons.button(2), Qt.MouseButton.LeftButton)

    assert len(errors) == 1 and "complete" in errors[0]
    assert wizard.status.text().startswith("\u26a0 Not saved")
    assert boxes == []  # the main window says nothing about it
    assert store.answers(assessment.id) == {}


def test_an_undo_refused_in_the_wizard_is_reported_there_once(
    qtbot, window, wizard, store, assessment, boxes
):
    wizard.go_to_criterion("F01")
    qtbot.mouseClick(wizard.card("F01").buttons.button(2), Qt.MouseButton.LeftButton)
    errors = wizard_errors(wizard)
    store.set_status(assessment.id, "complete")
    wizard.session.undo()
    assert len(errors) == 1 and "complete" in errors[0]
    assert boxes == []


def test_a_failure_started_in_the_main_window_shows_one_message_there(
    qtbot, window, wizard, store, monkeypatch, boxes
):
    errors = wizard_errors(wizard)
    window.activateWindow()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("x" * 300, True))
    window.new_organization()

    assert len(boxes) == 1
    parent, text = boxes[0]
    assert parent is window and "at most 200 characters" in text
    assert errors == []  # the open wizard shows nothing
    assert [o.name for o in store.organizations()] == ["Acme Software"]


def test_an_undo_refused_in_the_main_window_is_reported_there_once(
    qtbot, window, wizard, store, assessment, monkeypatch, boxes
):
    errors = wizard_errors(wizard)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Acme Europe", True))
    window.rename_organization()
    assert store.organizations()[0].name == "Acme Europe"
    # Gone from the store behind the window's back: undoing the rename is refused.
    store.delete_organization(assessment.organization_id)
    store.empty_trash()
    window.undo_action.trigger()

    assert len(boxes) == 1 and boxes[0][0] is window
    assert errors == []

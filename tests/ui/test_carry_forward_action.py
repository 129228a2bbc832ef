"""Assessment > Carry forward in the main window, through its real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from carry_models import NEXT_VERSION, catalog_with_next
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from csmaturity_app import paths
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow

ORG = "Mixed <b>Signals</b> & Co"


@pytest.fixture
def old_ids(store: Store, builtin_catalog: ModelCatalog) -> dict[str, str]:
    """A 1.0.0 TSIA assessment (a newer version maps it) and a 1.0.0 FT Works one (none)."""
    org = store.create_organization(ORG)
    ids = {}
    for n, model_id in enumerate(("tsia-4-phases", "ftworks-5-levels")):
        model = builtin_catalog.get(model_id, "1.0.0")
        a = store.create_assessment(org.id, model, "Ann", date(2025, 4, 1 + n))
        for criterion in model.criteria[:6]:
            store.record_answer(a.id, criterion.id, 2, notes="seen")
        store.set_status(a.id, "complete")
        ids[model_id] = a.id
    return ids


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog, old_ids) -> MainWindow:
    win = MainWindow(store, catalog_with_next(builtin_catalog))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def select(window: MainWindow, assessment_id: str) -> None:
    window.select_assessment(assessment_id)
    assert window.current_assessment_id() == assessment_id


def answer_box(monkeypatch, button: QMessageBox.StandardButton) -> list[QMessageBox]:
    """Answer the next question boxes with `button`; the boxes asked, for their text."""
    asked: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box)
        return button

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_enabled_only_where_a_newer_version_maps_the_answers(window: MainWindow, old_ids):
    select(window, old_ids["tsia-4-phases"])
    assert window.carry_forward_action.isEnabled() and window.carry_forward_button.isEnabled()
    assert window.carry_forward_action.shortcut().toString() == "Ctrl+Shift+F"
    assessment_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&Assessment"
    )
    assert window.carry_forward_action in assessment_menu.actions()
    select(window, old_ids["ftworks-5-levels"])  # no newer FT Works version here
    assert not window.carry_forward_action.isEnabled()
    assert not window.carry_forward_button.isEnabled()


def test_creates_the_draft_selects_it_and_opens_it(
    window: MainWindow, store: Store, old_ids, monkeypatch, qtbot
):
    old_id = old_ids["tsia-4-phases"]
    before = store.answers(old_id)
    select(window, old_id)
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.Yes)
    window.assessment_view.setFocus()
    qtbot.keyClick(
        window.assessment_view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    (box,) = asked
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert ORG in box.text() and f"version {NEXT_VERSION}" in box.text()
    # F01, F02 (split in two), F03 and F04 (merged); F05 dropped, F06 not mapped
    assert "4 of its 36 criteria" in box.text() and "marked for review" in box.text()
    new = next(a for a in store.assessments() if a.carried_from == old_id)
    assert (new.model_version, new.status, new.assessed_on) == (NEXT_VERSION, "draft", date.today())
    assert window.selected_assessment_ids() == [new.id]
    # The table tells the draft from the assessment it was carried from by their version.
    shown = {
        window.assessment_model.record(r).id: window.assessment_model.index(r, 1).data()
        for r in range(window.assessment_model.rowCount())
    }
    assert shown[new.id].endswith(f" {NEXT_VERSION}") and shown[old_id].endswith(" 1.0.0")
    assert new.id in window.wizards
    qtbot.waitUntil(lambda: window.wizards[new.id].isVisible())
    answers = store.answers(new.id)
    assert set(answers) == {"F01", "F02a", "F02b", "F34"}
    assert all(a.needs_review for a in answers.values())
    assert store.answers(old_id) == before
    # The draft is under the newest version already.
    assert not window.carry_forward_action.isEnabled()
    assert "review the marked answers" in window.statusBar().currentMessage()
    window.wizards[new.id].close()


def test_cancel_changes_nothing(window: MainWindow, store: Store, old_ids, monkeypatch):
    select(window, old_ids["tsia-4-phases"])
    asked = answer_box(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.carry_forward_button.click()
    assert len(asked) == 1
    assert len(store.assessments()) == 2
    assert window.wizards == {}
    assert window.current_assessment_id() == old_ids["tsia-4-phases"]


def test_a_store_error_is_one_message_and_changes_nothing(
    window: MainWindow, store: Store, old_ids, monkeypatch
):
    select(window, old_ids["tsia-4-phases"])
    answer_box(monkeypatch, QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))

    def broken(*_args):
        from csmaturity_app.store import StoreError

        raise StoreError("the disk is full; the last change was not saved")

    monkeypatch.setattr(store, "carry_forward", broken)
    window.carry_forward_action.trigger()
    assert shown == ["the disk is full; the last change was not saved"]
    assert len(store.assessments()) == 2 and window.wizards == {}


def test_a_window_reading_its_models_after_the_first_paint_enables_it_then(
    qtbot, store: Store, old_ids, monkeypatch
):
    loads: list[str] = []
    load_catalog = paths.load_catalog
    monkeypatch.setattr(paths, "load_catalog", lambda: loads.append("read") or load_catalog())
    window = MainWindow(store)  # as `csmaturity` opens it: the models come after the paint
    qtbot.addWidget(window)
    select(window, old_ids["tsia-4-phases"])
    assert not window.carry_forward_button.isEnabled() and loads == []
    window.show()
    qtbot.waitUntil(window.carry_forward_button.isEnabled)
    assert window.carry_forward_action.isEnabled() and loads == ["read"]
    window.close()

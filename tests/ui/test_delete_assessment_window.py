"""Deleting assessments from the main window: the Delete key and the menu, the confirmation,
the selection after, and Edit > Undo and Redo; on real stores, through real widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from carried_definitions import huge_levels, store_holding
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import NotFoundError, Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.theme import apply_theme

TSIA = "TSIA Customer Success Maturity Model (4 phases) 2.0.0"
HINT = "You can undo it (Edit > Undo, Ctrl+Z) until you close CS Maturity."


def open_window(qtbot, store: Store, catalog: ModelCatalog) -> MainWindow:
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # the keys go to the focused widget of the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog) -> MainWindow:
    return open_window(qtbot, store, builtin_catalog)


@pytest.fixture
def acme(store: Store, tsia: MaturityModel, window: MainWindow) -> dict[str, str]:
    """Acme with three assessments, newest first in the table: new (empty), mid (3 answers),
    old (28 answers, completed); and Beta, which is never touched."""
    org = store.create_organization("Acme")
    beta = store.create_organization("Beta")
    store.create_assessment(beta.id, tsia, "Bo", date(2025, 1, 1))
    ids = {
        "old": store.create_assessment(org.id, tsia, "Pat Lee", date(2025, 11, 30)).id,
        "mid": store.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1)).id,
        "new": store.create_assessment(org.id, tsia, "", date(2026, 11, 30)).id,
    }
    for criterion in tsia.criteria[:28]:
        store.record_answer(ids["old"], criterion.id, 2, notes="seen")
    store.set_status(ids["old"], "complete")
    for criterion in tsia.criteria[:3]:
        store.record_answer(ids["mid"], criterion.id, 1)
    window.operations.organizationsChanged.emit()
    window._select_organization(org.id)
    return ids


def answer_boxes(monkeypatch, answer: QMessageBox.StandardButton) -> list[QMessageBox]:
    """Answer every question box with `answer`, keeping each (to be read, or looked at)."""
    asked: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box)
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def table_ids(window: MainWindow) -> list[str]:
    model = window.assessment_model
    return [model.record(r).id for r in range(model.rowCount())]


def shown_ids(window: MainWindow) -> tuple[str, ...]:
    window.results.refresh_now()
    return window.results.ids


def test_the_delete_key_on_the_table_deletes_the_assessment_and_undo_brings_it_back(
    qtbot, window: MainWindow, store: Store, acme: dict[str, str], monkeypatch
):
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.select_assessment(acme["mid"])
    window.assessment_view.setFocus()
    qtbot.keyClick(window.assessment_view, Qt.Key.Key_Delete)

    assert len(asked) == 1
    box = asked[0]
    assert box.text() == (
        f"Delete the assessment of 1 March 2026 by Ann ({TSIA})? This removes its 3 answers."
        f"\n\n{HINT}"
    )
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Delete"
    with pytest.raises(NotFoundError):
        store.assessment(acme["mid"])
    assert table_ids(window) == [acme["new"], acme["old"]]
    # the next row is selected, and the results pane shows it
    assert window.selected_assessment_ids() == [acme["old"]]
    assert shown_ids(window) == (acme["old"],)
    assert window.statusBar().currentMessage() == (
        "Deleted the assessment of 1 March 2026 by Ann. Ctrl+Z brings it back."
    )
    assert [o.name for o in store.organizations()] == ["Acme", "Beta"]
    assert window.undo_action.text() == "&Undo Delete the assessment of 1 March 2026 by Ann"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table_ids(window) == [acme["new"], acme["mid"], acme["old"]]
    assert window.selected_assessment_ids() == [acme["mid"]]
    assert shown_ids(window) == (acme["mid"],)
    assert len(store.answers(acme["mid"])) == 3

    window.redo_action.trigger()
    assert table_ids(window) == [acme["new"], acme["old"]]
    assert window.selected_assessment_ids() == [acme["old"]]
    window.undo_action.trigger()
    assert store.assessment(acme["mid"]).assessor == "Ann"


def test_the_last_row_deleted_selects_the_one_before(
    window: MainWindow, store: Store, acme: dict[str, str], monkeypatch
):
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.select_assessment(acme["old"])
    window.delete_assessment_action.trigger()
    assert table_ids(window) == [acme["new"], acme["mid"]]
    assert window.selected_assessment_ids() == [acme["mid"]]
    assert shown_ids(window) == (acme["mid"],)


def test_cancel_is_the_default_and_changes_nothing(
    qtbot, window: MainWindow, store: Store, acme: dict[str, str], monkeypatch
):
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.select_assessment(acme["new"])
    window.assessment_view.setFocus()
    qtbot.keyClick(window.assessment_view, Qt.Key.Key_Delete)
    assert (
        asked[0]
        .text()
        .startswith(f"Delete the assessment of 30 November 2026 ({TSIA})? It has no answers.")
    )
    assert table_ids(window) == [acme["new"], acme["mid"], acme["old"]]
    assert window.operations.undo_stack.count() == 0


def test_delete_on_the_organizations_list_still_deletes_the_organization(
    qtbot, window: MainWindow, store: Store, acme: dict[str, str], monkeypatch
):
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.org_view.setFocus()
    qtbot.keyClick(window.org_view, Qt.Key.Key_Delete)
    assert asked[0].text().startswith("Delete \u201cAcme\u201d? This removes its 3 assessments")
    assert [o.name for o in store.organizations()] == ["Beta"]
    assert len(store.assessments()) == 1


def test_two_selected_are_asked_about_once_and_are_one_undo_step(
    window: MainWindow, store: Store, acme: dict[str, str], monkeypatch
):
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.select_assessment(acme["new"])
    window._select_assessments([acme["old"]])  # Ctrl+click: both selected, compared
    assert window.delete_assessment_action.isEnabled()
    window.delete_assessment_action.trigger()

    assert len(asked) == 1
    assert asked[0].text() == (
        f"Delete 2 assessments, the one of 30 November 2026 ({TSIA}) and the one of "
        f"30 November 2025 by Pat Lee ({TSIA})? This removes their 28 answers.\n\n{HINT}"
    )
    assert table_ids(window) == [acme["mid"]]
    assert window.selected_assessment_ids() == [acme["mid"]]
    assert window.statusBar().currentMessage() == (
        "Deleted 2 assessments of \u201cAcme\u201d. Ctrl+Z brings them back."
    )
    assert window.operations.undo_stack.count() == 1

    window.undo_action.trigger()
    assert table_ids(window) == [acme["new"], acme["mid"], acme["old"]]
    assert sorted(window.selected_assessment_ids()) == sorted([acme["new"], acme["old"]])
    assert len(store.answers(acme["old"])) == 28


def test_nothing_selected_nothing_to_delete(window: MainWindow, store: Store, tsia, qtbot):
    org = store.create_organization("Empty")
    window.operations.organizationsChanged.emit()
    window._select_organization(org.id)
    assert not window.delete_assessment_action.isEnabled()


def test_an_open_wizard_on_it_is_closed_first(
    qtbot, window: MainWindow, store: Store, acme: dict[str, str], monkeypatch
):
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.select_assessment(acme["mid"])
    window.open_assessment(acme["mid"])
    wizard = window.wizards[acme["mid"]]
    qtbot.waitExposed(wizard)
    window.delete_assessment_action.trigger()
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: acme["mid"] not in window.wizards)  # closed, then destroyed
    with pytest.raises(NotFoundError):
        store.assessment(acme["mid"])
    window.undo_action.trigger()
    window.open_assessment(acme["mid"])  # it opens again once back
    assert window.wizards[acme["mid"]].isVisible()
    window.wizards[acme["mid"]].close()
    qtbot.waitUntil(lambda: not window.wizards)


def test_an_assessment_whose_model_cannot_be_read_can_be_deleted(
    qtbot, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog, monkeypatch
):
    path = tmp_path / "holding.db"
    ids = store_holding(path, tsia, huge_levels(tsia.to_dict()))
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    with Store.open(path) as store:
        window = open_window(qtbot, store, builtin_catalog)
        window._select_organization(store.assessment(ids["bad"]).organization_id)
        window.select_assessment(ids["bad"])
        window.assessment_view.setFocus()
        qtbot.keyClick(window.assessment_view, Qt.Key.Key_Delete)

        assert (
            asked[0]
            .text()
            .startswith(
                "Delete the assessment of 2 February 2025 by Ann (Crafted 2.0.0)? "
                "This removes its 6 answers."
            )
        )
        assert table_ids(window) == [ids["bad_older"]]
        assert shown_ids(window) == (ids["bad_older"],)
        assert window.results.assessments is not None  # the readable one is drawn
        orgs = window.org_model
        assert [orgs.index(r, 1).data() for r in range(orgs.rowCount())] == [
            "Phase 1 Forming",
            "Phase 1 Forming",
        ]
        window.undo_action.trigger()
        assert window.selected_assessment_ids() == [ids["bad"]]
        assert orgs.index(0, 1).data() == "unreadable model"
        window.close()


def test_what_changed_still_shows_once_the_assessment_carried_from_is_gone(
    qtbot,
    window: MainWindow,
    store: Store,
    tsia_v1: MaturityModel,
    tsia: MaturityModel,
    monkeypatch,
):
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    org = store.create_organization("Acme")
    old = store.create_assessment(org.id, tsia_v1, "Ann", date(2024, 1, 2))
    for criterion in tsia_v1.criteria[:8]:
        store.record_answer(old.id, criterion.id, 2)
    store.set_status(old.id, "complete")
    carried = store.carry_forward(old.id, tsia)
    later = store.create_assessment(org.id, tsia, "Ann", date(2025, 1, 2))
    window.operations.organizationsChanged.emit()
    window._select_organization(org.id)
    window.select_assessment(old.id)
    window.delete_assessment_action.trigger()
    with pytest.raises(NotFoundError):
        store.assessment(old.id)

    window.select_assessment(carried.id)  # alone: its "What changed" has no earlier one now
    assert shown_ids(window) == (carried.id,)
    assert window.results.stack.currentWidget() is not window.results.empty
    window.select_assessment(later.id)
    window._select_assessments([carried.id])  # the two compared: "What changed"
    assert shown_ids(window) == (later.id, carried.id)
    assert window.results.assessments is not None
    assert window.results.assessments.comparison is not None
    assert window.results.stack.currentWidget() is not window.results.empty


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_look_at_the_confirmation_and_the_window_after(
    qtbot,
    window: MainWindow,
    store: Store,
    acme: dict[str, str],
    monkeypatch,
    screenshots: Path,
    theme: str,
):
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    app = QApplication.instance()
    old_palette, old_style = app.palette(), app.style().name()
    apply_theme(app, theme)
    expected = app.palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == expected)
    try:
        window.select_assessment(acme["old"])
        window.delete_assessment_action.trigger()
        box = asked[0]
        box.resize(box.sizeHint())
        assert box.grab().save(str(screenshots / f"delete-assessment-{theme}.png"))
        window.results.refresh_now()
        assert window.grab().save(str(screenshots / f"after-deleting-assessment-{theme}.png"))
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)


def test_the_only_assessment_deleted_leaves_the_pane_empty_not_in_error(
    qtbot, window: MainWindow, store: Store, tsia: MaturityModel, monkeypatch
):
    answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    org = store.create_organization("Solo")
    only = store.create_assessment(org.id, tsia, "Pat", date(2026, 11, 30))
    window._organizations_changed()
    window._select_organization(org.id)
    window.select_assessment(only.id)
    assert shown_ids(window) == (only.id,)
    window.delete_assessment_action.trigger()
    assert table_ids(window) == []
    assert shown_ids(window) == ()
    pane = window.results
    assert pane.stack.currentWidget() is pane.empty
    assert pane.empty.text() == "Select an assessment to see its results"
    window.undo_action.trigger()
    assert table_ids(window) == [only.id] and shown_ids(window) == (only.id,)
    assert window.statusBar().currentMessage() == "Brought back the assessment."

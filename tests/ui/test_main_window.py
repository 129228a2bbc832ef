"""The main window driven through its real widgets: organizations, assessments, stores."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog) -> MainWindow:
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def names(window: MainWindow) -> list[str]:
    model = window.org_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def answer_text(monkeypatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def test_empty_store_says_how_to_start(window: MainWindow):
    assert names(window) == []
    assert window.org_empty.isVisible() and "Ctrl+N" in window.org_empty.text()
    assert not window.new_assessment_button.isEnabled()


def test_create_rename_and_undo_organization(window: MainWindow, store: Store, monkeypatch, qtbot):
    answer_text(monkeypatch, "  Acme   Analytics ")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert names(window) == ["Acme Analytics"]
    assert [o.name for o in store.organizations()] == ["Acme Analytics"]
    assert window.org_title.text() == "Acme Analytics"
    assert not window.org_empty.isVisible()

    answer_text(monkeypatch, "Acme Europe")
    qtbot.keyClick(window.org_view, Qt.Key.Key_F2)
    assert names(window) == ["Acme Europe"]
    window.undo_action.trigger()
    assert names(window) == ["Acme Analytics"]
    assert store.organizations()[0].name == "Acme Analytics"
    window.redo_action.trigger()
    assert store.organizations()[0].name == "Acme Europe"


def test_bad_name_gets_one_message_and_changes_nothing(window, store, monkeypatch, qtbot):
    answer_text(monkeypatch, "x" * 300)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window.new_organization()
    assert len(shown) == 1 and "at most 200 characters" in shown[0]
    assert store.organizations() == []


def test_delete_confirms_with_what_goes_and_undo_restores(
    window: MainWindow, store: Store, tsia, monkeypatch, qtbot
):
    org = store.create_organization("Acme")
    store.create_organization("Beta")
    a = store.create_assessment(org.id, tsia, "Ann", date(2026, 1, 2))
    store.record_answer(a.id, "F01", 3, notes="seen")
    store.record_answer(a.id, "F02", 1)
    window.operations.organizationsChanged.emit()
    asked: list[str] = []

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window.org_view.setFocus()
    qtbot.keyClick(window.org_view, Qt.Key.Key_Delete)
    assert asked[0].startswith(
        "Delete \u201cAcme\u201d? This removes its 1 assessment and 2 answers."
    )
    assert names(window) == ["Beta"]
    assert [o.name for o in store.organizations()] == ["Beta"]

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(window) == ["Acme", "Beta"]
    assert store.answers(a.id)["F01"].notes == "seen"


def test_deleted_organization_is_gone_for_good_after_closing(window, store_path, store, qtbot):
    org = store.create_organization("Acme")
    window.operations.organizationsChanged.emit()
    window.operations.delete_organization(org.id, pytest.fail)
    window.close()
    with Store.open(store_path) as again:
        assert again.organizations() == []
        assert again.db.execute_sql("SELECT count(*) FROM organization").fetchone()[0] == 0


def test_search_filters_and_ctrl_f_focuses_it(window: MainWindow, store: Store, qtbot):
    for name in ("Acme Analytics", "Beta Bank", "Acme Robotics"):
        store.create_organization(name)
    window.operations.organizationsChanged.emit()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "acme")
    qtbot.waitUntil(lambda: names(window) == ["Acme Analytics", "Acme Robotics"])
    qtbot.keyClicks(window.search, " rob")
    qtbot.waitUntil(lambda: names(window) == ["Acme Robotics"])
    window.search.clear()
    qtbot.waitUntil(lambda: len(names(window)) == 3)


def test_organizations_show_latest_placed_stage_and_date(window, store: Store, tsia, ftworks):
    org = store.create_organization("Acme")
    store.create_assessment(org.id, ftworks, assessed_on=date(2025, 5, 1))
    latest = store.create_assessment(org.id, tsia, assessed_on=date(2026, 3, 9))
    for c in tsia.criteria_of_stage("forming"):
        store.record_answer(latest.id, c.id, 3)
    window.operations.organizationsChanged.emit()
    model = window.org_model
    assert [model.index(0, c).data() for c in range(3)] == ["Acme", "Phase 1 Forming", "2026-03-09"]
    view = window.assessment_model
    rows = [[view.index(r, c).data() for c in range(6)] for r in range(view.rowCount())]
    assert rows[0][0] == "2026-03-09" and rows[0][3] == "draft"
    # TSIA 2.0.0: Forming is F01-F09, all 3: 27 of 27, achieved; 9 answered of the
    # 9 + 8 + 8 + 10 = 35 criteria
    assert rows[0][4] == "Phase 1 Forming" and rows[0][5] == "9 of 35"
    assert rows[1][0] == "2025-05-01" and rows[1][4] == "Level 0 Asleep"


def test_organization_list_fetches_lazily(qtbot, store: Store, builtin_catalog, qtmodeltester):
    for n in range(450):
        store.create_organization(f"Client {n:03d}")
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    assert win.org_model.rowCount() == 200  # one page, not every row
    assert win.org_model.row_of(store.find_organization("Client 420").id) == 420
    assert win.org_model.rowCount() == 450
    qtmodeltester.check(win.org_model)
    qtmodeltester.check(win.assessment_model)


def test_switching_to_a_bad_store_keeps_the_current_one(window, store, tmp_path, monkeypatch):
    store.create_organization("Acme")
    window.operations.organizationsChanged.emit()
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert not window.switch_store(bad)
    assert len(shown) == 1 and "not an SQLite database" in shown[0]
    assert names(window) == ["Acme"]
    assert bad.read_text() == "not a database"


def test_switching_store_shows_the_other_store(window, tmp_path):
    other = tmp_path / "other.db"
    with Store.open(other) as s:
        s.create_organization("Only here")
    assert window.switch_store(other)
    assert names(window) == ["Only here"]
    assert "other.db" in window.windowTitle()
    assert window.store.path == other


def test_geometry_is_remembered(qtbot, store_path, builtin_catalog):
    with Store.open(store_path) as s:
        first = MainWindow(s, builtin_catalog)
        qtbot.addWidget(first)
        first.show()
        qtbot.waitExposed(first)
        first.resize(1000, 640)
        first.close()
    with Store.open(store_path) as s:
        second = MainWindow(s, builtin_catalog)
        qtbot.addWidget(second)
        assert (second.width(), second.height()) == (1000, 640)
        second.close()


def test_tables_follow_answers_given_elsewhere(window: MainWindow, store: Store, tsia, qtbot):
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2026, 2, 2))
    window.operations.organizationsChanged.emit()
    assert window.org_model.index(0, 1).data() == "not yet Phase 1 Forming"
    for criterion in tsia.criteria_of_stage("forming"):
        window.operations.record_answer(a.id, criterion.id, 3, False, pytest.fail)
    qtbot.waitUntil(lambda: window.org_model.index(0, 1).data() == "Phase 1 Forming")
    assert window.assessment_model.index(0, 5).data() == "9 of 35"  # TSIA 2.0.0: F01-F09


def test_results_follow_the_selection_and_copy_works_from_anywhere(
    window: MainWindow, store: Store, tsia, qtbot
):
    from PySide6.QtGui import QGuiApplication

    org = store.create_organization("Acme")
    older = store.create_assessment(org.id, tsia, "Ann", date(2025, 1, 10))
    newer = store.create_assessment(org.id, tsia, "Ann", date(2026, 1, 10))
    window.operations.organizationsChanged.emit()
    assert window.selected_assessment_ids() == [newer.id]
    qtbot.waitUntil(lambda: window.results.ids == (newer.id,))

    window.assessment_view.selectAll()  # both: compared, the older one first
    assert window.selected_assessment_ids() == [older.id, newer.id]
    qtbot.waitUntil(lambda: window.results.ids == (older.id, newer.id))

    window.results.refresh_now()
    QGuiApplication.clipboard().clear()
    window.search.setFocus()
    qtbot.keyClick(
        window.search,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not QGuiApplication.clipboard().pixmap().isNull()

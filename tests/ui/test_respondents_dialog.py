"""The Respondents dialog, driven with the keyboard: add, edit and remove respondents of a real
store, each change read back from the file, and undone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 (a fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from test_wizard import dark_palette  # noqa: F401 (a fixture)

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.respondents_dialog import RespondentsDialog, remove_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def assessment(store: Store, tsia: MaturityModel) -> str:
    org = store.create_organization("Acme Software")
    return store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14)).id


@pytest.fixture
def dialog(qtbot, operations: Operations, assessment: str) -> RespondentsDialog:
    shown = RespondentsDialog(operations, assessment)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def names_in_file(path: Path, assessment: str) -> list[tuple[str, str]]:
    """The respondents as the store file holds them, read by a store of its own."""
    with Store.open(path) as again:
        return [(r.name, r.role) for r in again.respondents(assessment) if not r.implicit]


def shown_rows(dialog: RespondentsDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def type_into_editor(qtbot, dialog: RespondentsDialog, name: str | None, role: str | None) -> None:
    """Fill the open editor as a user does: Alt+N, the name, Alt+O, the role, Enter."""
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name)
    if name is not None:
        editor.name.selectAll()
        qtbot.keyClicks(editor.name, name)
    if role is not None:
        press_shortcut(qtbot, editor.name, Qt.Key.Key_O, ALT)
        qtbot.waitUntil(editor.role.hasFocus)
        editor.role.selectAll()
        qtbot.keyClicks(editor.role, role)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def back_in(qtbot, dialog: RespondentsDialog) -> None:
    """The editor closed, and the keys go to the dialog's table again."""
    qtbot.waitUntil(lambda: dialog.editor is None and dialog.isActiveWindow())
    qtbot.waitUntil(dialog.table.hasFocus)


def add_by_keys(qtbot, dialog: RespondentsDialog, name: str, role: str) -> None:
    qtbot.waitUntil(dialog.isActiveWindow)
    press_shortcut(qtbot, dialog.table, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: dialog.editor is not None)  # a mnemonic clicks, animated
    type_into_editor(qtbot, dialog, name, role)
    back_in(qtbot, dialog)


def answer_boxes(monkeypatch, answer: QMessageBox.StandardButton) -> list[QMessageBox]:
    asked: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box)
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_adding_editing_and_removing_by_keys_is_stored_and_undone(
    qtbot,
    dialog: RespondentsDialog,
    store: Store,
    store_path: Path,
    assessment: str,
    tsia,
    monkeypatch,
):
    # a single voice: the assessor alone, who cannot be edited or removed as a row of its own
    assert shown_rows(dialog) == [["Jane Assessor", "Assessor", f"0 of {len(tsia.criteria)}"]]
    assert not dialog.edit_button.isEnabled() and not dialog.remove_button.isEnabled()

    add_by_keys(qtbot, dialog, "Pat Lee", "VP Customer Success")
    add_by_keys(qtbot, dialog, "Sam Kim", "CSM")
    assert names_in_file(store_path, assessment) == [
        ("Jane Assessor", "Assessor"),
        ("Pat Lee", "VP Customer Success"),
        ("Sam Kim", "CSM"),
    ]
    assert [row[0] for row in shown_rows(dialog)] == ["Jane Assessor", "Pat Lee", "Sam Kim"]
    assert dialog.current_respondent().name == "Sam Kim"  # the one just added

    # a name taken already: said in the editor, which stays open, and nothing is stored
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    type_into_editor(qtbot, dialog, "pat  LEE", None)
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    assert "already has a respondent named" in editor.error.text()
    qtbot.keyClick(editor.name, Qt.Key.Key_Escape)
    back_in(qtbot, dialog)
    assert len(names_in_file(store_path, assessment)) == 3

    # Enter on a row edits it
    pat = store.find_respondent(assessment, "Pat Lee")
    store.record_respondent_answer(pat.id, tsia.criteria[0].id, 3, notes="seen the plan")
    store.record_respondent_answer(pat.id, tsia.criteria[1].id, None, not_applicable=True)
    dialog.reload()
    dialog.table.selectRow(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    type_into_editor(qtbot, dialog, None, "Chief Customer Officer")
    back_in(qtbot, dialog)
    assert ("Pat Lee", "Chief Customer Officer") in names_in_file(store_path, assessment)
    assert shown_rows(dialog)[1] == [
        "Pat Lee",
        "Chief Customer Officer",
        f"2 of {len(tsia.criteria)}",
    ]

    # Delete on a row removes it, once confirmed, saying how many ratings go with them
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Their 2 ratings go with them" in asked[0].text()
    assert asked[0].textFormat() == Qt.TextFormat.PlainText
    assert [n for n, _ in names_in_file(store_path, assessment)] == ["Jane Assessor", "Sam Kim"]
    assert not store.answers(assessment)[tsia.criteria[0].id].rating.answered  # the median went

    # Ctrl+Z in the dialog: Pat comes back with both ratings and their notes, the median too
    press_shortcut(qtbot, dialog.table, Qt.Key.Key_Z, CTRL)
    assert [n for n, _ in names_in_file(store_path, assessment)] == [
        "Jane Assessor",
        "Pat Lee",
        "Sam Kim",
    ]
    with Store.open(store_path) as again:
        view = again.respondents_view(assessment)
        back = view.ratings[pat.id]
        assert back[tsia.criteria[0].id].notes == "seen the plan"
        assert back[tsia.criteria[1].id].not_applicable
        assert again.answers(assessment)[tsia.criteria[0].id].score == 3
    assert shown_rows(dialog)[1][2] == f"2 of {len(tsia.criteria)}"
    # ... then the edit, then the last add
    press_shortcut(qtbot, dialog.table, Qt.Key.Key_Z, CTRL)
    assert ("Pat Lee", "VP Customer Success") in names_in_file(store_path, assessment)
    press_shortcut(qtbot, dialog.table, Qt.Key.Key_Z, CTRL)
    assert [n for n, _ in names_in_file(store_path, assessment)] == ["Jane Assessor", "Pat Lee"]
    press_shortcut(qtbot, dialog.table, Qt.Key.Key_Z, CTRL | SHIFT)  # redo the add
    assert [n for n, _ in names_in_file(store_path, assessment)][-1] == "Sam Kim"


def test_cancelling_the_removal_keeps_the_respondent(
    qtbot, dialog: RespondentsDialog, store_path: Path, assessment: str, monkeypatch
):
    add_by_keys(qtbot, dialog, "Pat Lee", "")
    asked = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    press_shortcut(qtbot, dialog.table, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: len(asked) == 1)  # a mnemonic clicks, animated
    assert "rated nothing yet" in asked[0].text()
    assert [n for n, _ in names_in_file(store_path, assessment)] == ["Jane Assessor", "Pat Lee"]


def test_a_complete_assessments_respondents_are_read_only(
    qtbot, operations: Operations, store: Store, assessment: str
):
    store.add_respondent(assessment, "Pat Lee")
    store.set_status(assessment, "complete")
    dialog = RespondentsDialog(operations, assessment)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(1)
    assert "read-only" in dialog.note.text()
    for button in (dialog.add_button, dialog.edit_button, dialog.remove_button):
        assert not button.isEnabled()
    dialog.add()
    assert dialog.editor is None


def test_names_are_shown_as_plain_text(
    qtbot, dialog: RespondentsDialog, store: Store, assessment: str
):
    store.add_respondent(assessment, "<b>Pat</b> & Co", "<i>CSM</i>")
    dialog.reload()
    assert shown_rows(dialog)[1][:2] == ["<b>Pat</b> & Co", "<i>CSM</i>"]
    pat = store.find_respondent(assessment, "<b>Pat</b> & Co")
    assert remove_text(pat, 1).startswith("Remove the respondent \u201c<b>Pat</b> & Co\u201d")
    assert "Their 1 rating goes with them" in remove_text(pat, 1)


def test_the_editor_refuses_an_empty_name(qtbot, dialog: RespondentsDialog):
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    editor = dialog.editor
    assert editor is not None
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(editor.name, "   ")
    assert not ok.isEnabled()
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert editor.isVisible()


def test_the_main_windows_assessment_menu_opens_it_with_its_shortcut(
    qtbot, store: Store, assessment: str, builtin_catalog
):
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    action = window.respondents_action
    assert action.text() == "&Respondents\u2026"
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    others = [
        a.shortcut().toString()
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if a is not action and not a.shortcut().isEmpty()
    ]
    assert "Ctrl+Shift+R" not in others
    window.assessment_view.setFocus()
    press_shortcut(qtbot, window.assessment_view, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RespondentsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RespondentsDialog) and dialog.assessment_id == assessment
    dialog.reject()


def test_edit_undo_in_the_main_window_takes_back_an_add_and_a_removal(
    qtbot, store: Store, store_path: Path, assessment: str, builtin_catalog, monkeypatch
):
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    operations = window.operations
    pat = operations.add_respondent(assessment, "Pat Lee", "CSM", pytest.fail)
    assert pat is not None
    assert window.undo_action.text() == "&Undo Add respondent \u201cPat Lee\u201d"
    window.undo_action.trigger()
    # one voice again, as before the add: the assessor is no longer written down
    assert [n for n, _ in names_in_file(store_path, assessment)] == []
    window.redo_action.trigger()
    assert [n for n, _ in names_in_file(store_path, assessment)] == ["Jane Assessor", "Pat Lee"]
    assert operations.remove_respondent(pat, pytest.fail) == 0
    window.undo_action.trigger()
    assert [n for n, _ in names_in_file(store_path, assessment)] == ["Jane Assessor", "Pat Lee"]


# -- screenshots, to look at (see the `screenshots` fixture for where they go)


def _shoot(qtbot, operations: Operations, store: Store, assessment: str, folder: Path, prefix):
    for name, role in (("Pat Lee", "VP Customer Success"), ("Sam Kim", "CSM")):
        store.add_respondent(assessment, name, role)
    pat = store.find_respondent(assessment, "Pat Lee")
    for criterion in store.model_of(assessment).criteria[:12]:
        store.record_respondent_answer(pat.id, criterion.id, 2)
    dialog = RespondentsDialog(operations, assessment)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.selectRow(1)
    QApplication.processEvents()
    assert dialog.grab().save(str(folder / f"respondents-dialog-{prefix}list.png"))
    dialog.edit()
    assert dialog.editor is not None
    qtbot.waitExposed(dialog.editor)
    assert dialog.editor.grab().save(str(folder / f"respondents-dialog-{prefix}edit.png"))
    dialog.editor.reject()


def test_screenshots(qtbot, operations, store, assessment, screenshots):
    _shoot(qtbot, operations, store, assessment, screenshots, "")


@pytest.mark.usefixtures("dark_palette")
def test_screenshots_dark(qtbot, operations, store, assessment, screenshots):
    _shoot(qtbot, operations, store, assessment, screenshots, "dark-")


def test_undoing_the_first_respondent_added_gives_one_voice_again_and_redo_brings_both(
    operations, store: Store, tsia
):
    org = store.create_organization("Solo")
    alone = store.create_assessment(org.id, tsia, assessor="Alex").id
    store.record_answer(alone, tsia.criteria[0].id, 2)
    before = store.answers(alone)
    reported: list[str] = []
    pat = operations.add_respondent(alone, "Pat", "CSM", reported.append)
    assert pat is not None and [r.name for r in store.respondents(alone)] == ["Alex", "Pat"]
    operations.undo_stack.undo()
    (alex,) = store.respondents(alone)
    assert alex.implicit and not store.respondents_view(alone).several
    assert store.answers(alone)[tsia.criteria[0].id].score == before[tsia.criteria[0].id].score
    operations.undo_stack.redo()
    people = store.respondents(alone)
    assert [(r.name, r.implicit) for r in people] == [("Alex", False), ("Pat", False)]
    view = store.respondents_view(alone)
    assert view.ratings[people[0].id][tsia.criteria[0].id].score == 2
    assert not reported

"""The notes field stops at the store's bound, and says so: what it hands over for saving is
always a note the store takes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import MAX_NOTES, Store
from csmaturity_app.ui.wizard.notes_edit import NotesEdit


def notes_edit(qtbot) -> NotesEdit:
    edit = NotesEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def test_pasted_text_past_the_bound_is_not_taken_and_a_tip_says_so(
    qtbot, store: Store, tsia: MaturityModel
) -> None:
    edit = notes_edit(qtbot)
    edit.insertPlainText("x" * (MAX_NOTES - 10))
    QApplication.clipboard().setText("y" * 25)
    with qtbot.waitSignal(edit.limitReached) as reached:
        edit.paste()
    assert reached.args == [15]
    assert edit.toPlainText() == "x" * (MAX_NOTES - 10) + "y" * 10
    with qtbot.waitSignal(edit.limitReached) as reached:
        qtbot.keyClicks(edit, "z")
    assert reached.args == [1] and len(edit.toPlainText()) == MAX_NOTES

    with qtbot.waitSignal(edit.committed) as committed:
        edit.commit()
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2025, 1, 1))
    saved = store.record_notes(a.id, tsia.criteria[0].id, committed.args[0])
    assert len(saved.notes) == MAX_NOTES


def test_a_longer_note_from_an_older_store_is_kept_and_can_be_shortened(qtbot) -> None:
    edit = notes_edit(qtbot)
    long_note = "o" * (MAX_NOTES + 5)
    with qtbot.assertNotEmitted(edit.limitReached):
        edit.set_saved_text(long_note)
    assert edit.toPlainText() == long_note
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(edit.limitReached):
        qtbot.keyClicks(edit, "a")
    assert edit.toPlainText() == long_note
    with qtbot.assertNotEmitted(edit.limitReached):
        for _ in range(6):
            qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        qtbot.keyClicks(edit, "b")
    assert edit.toPlainText() == "o" * (MAX_NOTES - 1) + "b"


def test_text_within_the_bound_is_all_taken(qtbot) -> None:
    edit = notes_edit(qtbot)
    with qtbot.assertNotEmitted(edit.limitReached):
        edit.insertPlainText("n" * (MAX_NOTES - 3))
        qtbot.keyClicks(edit, "abc")
    assert edit.toPlainText() == "n" * (MAX_NOTES - 3) + "abc"

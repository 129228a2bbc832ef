"""The consultant's private notes in the wizard: a second field under the notes of each
criterion, marked as left out of client-safe outputs, reached by Tab from the notes or by its
own keys, saved as the notes are (after a pause, on leaving the page, on closing) through
`Store.record_private_notes`, read back from the store file; hidden while rating as a
respondent, since they belong to the consensus answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 (a fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_wizard import dark_palette  # noqa: F401 (a fixture)

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.wizard import AssessmentWizard
from csmaturity_app.ui.wizard.keys import help_rows
from csmaturity_app.ui.wizard.notes_edit import IDLE_MS
from csmaturity_app.ui.wizard.private_notes import private_hint, private_placeholder

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

PRIVATE = "CFO doubts the budget <b>will</b> hold; R&D walked away"


@pytest.fixture
def assessment(store: Store, tsia: MaturityModel) -> str:
    org = store.create_organization("Acme Software")
    return store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14)).id


@pytest.fixture
def wizard(qtbot, operations: Operations, assessment: str) -> AssessmentWizard:
    wizard = AssessmentWizard(operations, assessment)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if modifier == Qt.KeyboardModifier.NoModifier:
        qtbot.keyClick(target, key)
    else:
        press_shortcut(qtbot, target, key, modifier)


def in_file(path: Path, assessment: str, criterion_id: str) -> tuple[str, str]:
    """(notes, private notes) as the store file holds them, read by a store of its own."""
    with Store.open(path) as again:
        answer = again.answers(assessment).get(criterion_id)
    return ("", "") if answer is None else (answer.notes, answer.private_notes)


def test_tab_from_the_notes_reaches_the_private_notes_saved_apart_after_a_pause(
    qtbot, wizard, store_path, assessment
):
    wizard.go_to_criterion("F01")
    card = wizard.card("F01")
    assert card.private_hint.isVisible() and card.private_hint.text() == private_hint()
    assert card.private_notes.placeholderText() == private_placeholder()
    press(qtbot, Qt.Key.Key_E)
    qtbot.waitUntil(card.notes.hasFocus)
    qtbot.keyClicks(card.notes, "Business plan 2025, p. 12")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the notes saves them
    assert card.private_notes.hasFocus()
    assert in_file(store_path, assessment, "F01") == ("Business plan 2025, p. 12", "")
    qtbot.keyClicks(card.private_notes, PRIVATE)
    assert in_file(store_path, assessment, "F01")[1] == ""  # not on every keystroke
    qtbot.waitUntil(
        lambda: in_file(store_path, assessment, "F01")[1] == PRIVATE, timeout=IDLE_MS * 5
    )
    assert in_file(store_path, assessment, "F01")[0] == "Business plan 2025, p. 12"
    assert wizard.status.text() == "Saved"
    assert card.private_notes.toPlainText() == PRIVATE  # shown as typed, markup and all


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_P, None), (Qt.Key.Key_P, CTRL | SHIFT)])
def test_its_keys_jump_to_the_private_notes_and_escape_comes_back(qtbot, wizard, key, modifier):
    wizard.resize(1366, 600)  # a laptop's screen less the title bar and the panel
    wizard.go_to_criterion("F01")  # the page's first: its top shows the stage's text
    card = wizard.card("F01")
    if modifier is None:
        press(qtbot, key)
    else:
        press(qtbot, Qt.Key.Key_E)  # from inside the notes too: the keys with Ctrl work there
        qtbot.waitUntil(card.notes.hasFocus)
        press(qtbot, key, modifier)
    qtbot.waitUntil(card.private_notes.hasFocus)
    assert card.private_notes.toPlainText() == ""  # the key was not typed into it
    page = wizard.current_page()
    field = card.private_notes

    def in_sight() -> bool:
        top = field.mapTo(page.viewport(), field.rect().topLeft()).y()
        return top >= 0 and top + field.height() <= page.viewport().height()

    qtbot.waitUntil(in_sight)
    press(qtbot, Qt.Key.Key_Escape)
    assert card.hasFocus()
    keys = dict(help_rows(wizard.model))
    assert any("private notes" in text.lower() for text in keys.values())


def test_private_notes_are_saved_on_leaving_the_page_and_on_closing(
    qtbot, wizard, store_path, assessment
):
    wizard.go_to_criterion("F03")
    press(qtbot, Qt.Key.Key_P)
    card = wizard.card("F03")
    qtbot.waitUntil(card.private_notes.hasFocus)
    qtbot.keyClicks(card.private_notes, "Renewal at risk")
    assert card.private_notes.has_pending_save()
    wizard.show_page(wizard.stack.currentIndex() + 1, focus=False)  # before the pause ends
    assert in_file(store_path, assessment, "F03") == ("", "Renewal at risk")

    wizard.go_to_criterion("F04")
    press(qtbot, Qt.Key.Key_P)
    qtbot.waitUntil(wizard.card("F04").private_notes.hasFocus)
    qtbot.keyClicks(wizard.card("F04").private_notes, "Ask the CFO again")
    wizard.close()
    assert in_file(store_path, assessment, "F04") == ("", "Ask the CFO again")


def test_undo_in_the_field_takes_typing_back_and_the_ratings_undo_is_untouched(
    qtbot, wizard, store_path, assessment
):
    wizard.go_to_criterion("F05")
    press(qtbot, Qt.Key.Key_2)  # a rating: one step on the wizard's undo stack
    assert wizard.undo_stack.count() == 1
    wizard.go_to_criterion("F05")
    press(qtbot, Qt.Key.Key_P)
    field = wizard.card("F05").private_notes
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "oops")
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the field's own undo, as in the notes
    assert field.toPlainText() == ""
    assert wizard.undo_stack.index() == 1  # the rating was not undone
    press(qtbot, Qt.Key.Key_Escape)
    with qtbot.assertNotEmitted(wizard.operations.answerChanged, wait=IDLE_MS + 200):
        pass  # typed and taken back: nothing to write
    assert in_file(store_path, assessment, "F05")[1] == ""


def test_rating_as_a_respondent_hides_them_and_the_consensus_shows_them_again(
    qtbot, wizard, operations, store, assessment
):
    store.record_private_notes(assessment, "F01", "Only for me")
    for name in ("Pat Lee", "Sam Kim"):
        operations.add_respondent(assessment, name, "", pytest.fail)
    qtbot.waitUntil(lambda: wizard.session.several)
    wizard.go_to_criterion("F01")
    card = wizard.card("F01")
    assert card.private_notes.isVisible() and card.private_notes.toPlainText() == "Only for me"
    respondent = next(r.id for r in store.respondents(assessment) if r.name == "Pat Lee")
    wizard.choose_rater(respondent)
    assert not card.private_notes.isVisible() and not card.private_hint.isVisible()
    assert "private notes show with the consensus" in wizard.rater_hint.text()
    press(qtbot, Qt.Key.Key_P)  # nothing to jump to: the status line says why
    assert not card.private_notes.hasFocus()
    assert "consensus" in wizard.status.text()
    wizard.choose_rater("")
    assert card.private_notes.isVisible() and card.private_notes.toPlainText() == "Only for me"


def test_a_complete_assessment_shows_them_read_only(qtbot, operations, store, assessment):
    store.record_private_notes(assessment, "F01", "Kept")
    store.set_status(assessment, "complete")
    wizard = AssessmentWizard(operations, assessment)
    qtbot.addWidget(wizard)
    card = wizard.card("F01")
    assert card.private_notes.isReadOnly() and card.private_notes.toPlainText() == "Kept"


def test_another_windows_private_notes_show_up_live(wizard, operations, assessment):
    operations.record_private_notes(assessment, "F06", "Said in the hallway", pytest.fail)
    assert wizard.card("F06").private_notes.toPlainText() == "Said in the hallway"


def _shoot(qtbot, wizard: AssessmentWizard, folder: Path, name: str) -> None:
    wizard.go_to_criterion("F01")
    QApplication.processEvents()
    assert wizard.grab().save(str(folder / f"wizard-private-notes-{name}1366x768.png"))


def test_screenshots(qtbot, wizard, operations, assessment, screenshots):
    operations.record_answer(assessment, "F01", 2, False, pytest.fail)
    operations.record_notes(assessment, "F01", "Business plan 2025, p. 12", pytest.fail)
    operations.record_private_notes(assessment, "F01", PRIVATE, pytest.fail)
    _shoot(qtbot, wizard, screenshots, "")


@pytest.mark.usefixtures("dark_palette")
def test_screenshots_dark(qtbot, operations, assessment, screenshots):
    operations.record_answer(assessment, "F01", 2, False, pytest.fail)
    operations.record_notes(assessment, "F01", "Business plan 2025, p. 12", pytest.fail)
    operations.record_private_notes(assessment, "F01", PRIVATE, pytest.fail)
    wizard = AssessmentWizard(operations, assessment)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    _shoot(qtbot, wizard, screenshots, "dark-")

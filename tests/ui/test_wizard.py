"""The assessment wizard, driven like a user would: real widgets, real keys and clicks, a real
store underneath. Every answer must be in the store the moment it is given."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from accessible_tree import description_of, name_of, shown_controls, unnamed
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyleFactory,
    QWidget,
)

from csmaturity_app.maturity import AnswerValue, MaturityModel
from csmaturity_app.presentation.order import display_order, unanswered_criteria
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.wizard import AssessmentWizard
from csmaturity_app.ui.wizard.criterion_card import NOT_APPLICABLE_ID
from csmaturity_app.ui.wizard.keys import help_rows
from csmaturity_app.ui.wizard.notes_edit import IDLE_MS
from csmaturity_app.ui.wizard.ratings import Position, stage_row_text
from csmaturity_app.ui.wizard.stage_page import StagePage
from csmaturity_app.ui.wizard.window import GEOMETRY_KEY

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

OpenWizard = Callable[..., AssessmentWizard]


# -- fixtures and helpers


def _assessment(store: Store, model: MaturityModel) -> AssessmentRecord:
    org = store.create_organization("Acme Software")
    return store.create_assessment(org.id, model, "Jane Assessor", date(2025, 3, 14))


@pytest.fixture
def assessment(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    return _assessment(store, tsia)


@pytest.fixture
def open_wizard(qtbot, operations: Operations) -> OpenWizard:
    """Open a wizard window, shown and active (shortcuts only work in the active window)."""

    def opener(assessment_id: str, size: tuple[int, int] | None = None) -> AssessmentWizard:
        wizard = AssessmentWizard(operations, assessment_id)
        qtbot.addWidget(wizard)
        if size is not None:
            wizard.resize(*size)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        return wizard

    return opener


@pytest.fixture
def wizard(open_wizard: OpenWizard, assessment: AssessmentRecord) -> AssessmentWizard:
    return open_wizard(assessment.id)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """A key typed by the user goes to whatever has the keyboard focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def count(model: MaturityModel, stage_id: str | None = None) -> int:
    """How many criteria the model (or one of its stages) has: the tests follow the model."""
    return len(model.criteria if stage_id is None else model.criteria_of_stage(stage_id))


def current_id(wizard: AssessmentWizard) -> str | None:
    card = wizard.current_card()
    return card.criterion_id if card is not None else None


def stage_index(wizard: AssessmentWizard, stage_id: str) -> int:
    return next(wizard.stack.indexOf(p) for p in wizard.stage_pages if p.stage.id == stage_id)


def answer(store: Store, assessment_id: str, criterion_id: str) -> tuple[int | None, bool, str]:
    record = store.answers(assessment_id).get(criterion_id)
    return (
        (None, False, "") if record is None else (record.score, record.not_applicable, record.notes)
    )


def rating_shown(wizard: AssessmentWizard, criterion_id: str) -> AnswerValue:
    return wizard.card(criterion_id).rating()


def focus_in_notes(qtbot, wizard: AssessmentWizard, criterion_id: str) -> None:
    wizard.go_to_criterion(criterion_id)
    press(qtbot, Qt.Key.Key_E)
    notes = wizard.card(criterion_id).notes
    qtbot.waitUntil(notes.hasFocus)


# -- pure decisions (no display needed)


def test_position_keys_round_trip_and_bad_keys_mean_the_intro(tsia: MaturityModel):
    for key in ("intro", "summary", "stage:norming", "stage:norming:N03"):
        assert Position.parse(key, tsia).key() == key
    assert Position.parse("", tsia) == Position("intro")
    assert Position.parse("stage:nowhere:N03", tsia) == Position("intro")
    assert Position.parse("stage:forming:N03", tsia) == Position("stage", "forming")  # wrong stage
    assert Position.parse("garbage:::", tsia) == Position("intro")


def test_criteria_are_walked_grouped_by_dimension(tsia: MaturityModel):
    order = [c.id for c in display_order(tsia, "forming")]
    assert sorted(order) == sorted(c.id for c in tsia.criteria_of_stage("forming"))
    dims = [tsia.criteria_by_id[i].dimension for i in order]
    ranks = [next(n for n, d in enumerate(tsia.dimensions) if d.id == dim) for dim in dims]
    assert ranks == sorted(ranks)
    assert len(unanswered_criteria(tsia, {})) == len(tsia.criteria)


def test_stage_rows_and_key_help(ftworks: MaturityModel, tsia: MaturityModel):
    assert stage_row_text(ftworks, ftworks.stages[0], {}).endswith("achieved by definition")
    assert (
        stage_row_text(tsia, tsia.stages[0], {}) == f"Phase 1 Forming  0/{count(tsia, 'forming')}"
    )
    keys = dict(help_rows(tsia))
    assert "0\u20133" in keys and "N" in keys


# -- saving


def test_rating_by_mouse_is_saved_at_once(qtbot, wizard, store, assessment):
    wizard.show_page(stage_index(wizard, "forming"))
    button = wizard.card("F01").buttons.button(2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert answer(store, assessment.id, "F01") == (2, False, "")
    assert button.isChecked()
    assert current_id(wizard) == "F01"
    qtbot.mouseClick(
        wizard.card("F02").buttons.button(NOT_APPLICABLE_ID), Qt.MouseButton.LeftButton
    )
    assert answer(store, assessment.id, "F02") == (None, True, "")
    assert wizard.navigator.item(1).text() == f"Phase 1 Forming  2/{count(wizard.model, 'forming')}"
    assert wizard.progress.text() == f"2 of {count(wizard.model)} answered"
    assert wizard.status.text() == "Saved"


def test_rating_by_keyboard_saves_and_moves_on(qtbot, wizard, store, assessment):
    assert wizard.stack.currentWidget() is wizard.intro  # a new assessment opens on the intro
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    order = [c.id for c in display_order(wizard.model, "forming")]
    assert current_id(wizard) == order[0]
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_N):
        press(qtbot, key)
    assert answer(store, assessment.id, order[0])[:2] == (2, False)
    assert answer(store, assessment.id, order[1])[:2] == (3, False)
    assert answer(store, assessment.id, order[2])[:2] == (None, True)
    assert current_id(wizard) == order[3]
    assert wizard.card(order[3]).is_current() and not wizard.card(order[2]).is_current()

    # Digits typed into the notes are notes, not ratings.
    press(qtbot, Qt.Key.Key_E)
    notes = wizard.card(order[3]).notes
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClicks(notes, "Seen 2 of 3 plans")
    assert notes.toPlainText() == "Seen 2 of 3 plans"
    assert answer(store, assessment.id, order[3])[:2] == (None, False)
    press(qtbot, Qt.Key.Key_Escape)  # back to the criterion, notes saved
    assert wizard.card(order[3]).hasFocus()
    assert answer(store, assessment.id, order[3]) == (None, False, "Seen 2 of 3 plans")

    press(qtbot, Qt.Key.Key_Backspace)  # clearing a rating stays on the criterion
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Delete)
    assert answer(store, assessment.id, order[2])[:2] == (None, False)
    assert current_id(wizard) == order[2]


def test_rating_the_last_criterion_of_a_stage_moves_to_the_next_stage(qtbot, wizard):
    last = display_order(wizard.model, "forming")[-1].id
    wizard.go_to_criterion(last)
    press(qtbot, Qt.Key.Key_1)
    assert wizard.stack.currentIndex() == stage_index(wizard, "storming")
    assert current_id(wizard) == display_order(wizard.model, "storming")[0].id
    final = display_order(wizard.model, "performing")[-1].id
    wizard.go_to_criterion(final)
    press(qtbot, Qt.Key.Key_3)
    assert wizard.stack.currentWidget() is wizard.summary


def test_notes_are_saved_when_idle(qtbot, wizard, store, assessment):
    focus_in_notes(qtbot, wizard, "F01")
    qtbot.keyClicks(wizard.card("F01").notes, "Business plan 2025, p. 12")
    assert answer(store, assessment.id, "F01")[2] == ""  # not on every keystroke
    qtbot.waitUntil(
        lambda: answer(store, assessment.id, "F01")[2] == "Business plan 2025, p. 12",
        timeout=IDLE_MS * 5,
    )
    assert wizard.status.text() == "Saved"


def test_notes_are_saved_on_focus_out_and_unchanged_notes_are_not_written(
    qtbot, wizard, store, operations, assessment
):
    focus_in_notes(qtbot, wizard, "F02")
    qtbot.keyClicks(wizard.card("F02").notes, "Risk register")
    press(qtbot, Qt.Key.Key_Tab)  # focus leaves the notes before the idle timer
    assert answer(store, assessment.id, "F02")[2] == "Risk register"
    with qtbot.assertNotEmitted(operations.answerChanged, wait=IDLE_MS + 200):
        focus_in_notes(qtbot, wizard, "F02")
        press(qtbot, Qt.Key.Key_Escape)
        focus_in_notes(qtbot, wizard, "F03")
        qtbot.keyClicks(wizard.card("F03").notes, "x")
        press(qtbot, Qt.Key.Key_Backspace)  # typed and taken back: nothing changed


def test_notes_are_saved_when_the_window_closes(qtbot, wizard, store, assessment):
    focus_in_notes(qtbot, wizard, "F03")
    qtbot.keyClicks(wizard.card("F03").notes, "Charter draft v2")
    wizard.close()
    assert answer(store, assessment.id, "F03") == (None, False, "Charter draft v2")


def test_ctrl_w_closes_the_wizard(qtbot, wizard):
    press(qtbot, Qt.Key.Key_W, CTRL)
    assert not wizard.isVisible()


# -- navigation


def test_pages_by_keyboard_and_navigator(qtbot, wizard, store, assessment):
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert wizard.stack.currentIndex() == 1
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert wizard.stack.currentIndex() == 2
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert wizard.stack.currentWidget() is wizard.intro
    assert not wizard.back_button.isEnabled()

    nav = wizard.navigator
    rect = nav.visualItemRect(nav.item(3))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.stack.currentIndex() == 3
    assert nav.currentRow() == 3
    nav.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # arrows in the navigator move between pages
    assert wizard.stack.currentIndex() == 4
    assert nav.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert wizard.stack.currentWidget() is wizard.summary
    assert not wizard.next_button.isEnabled()

    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == 4  # Phase 4
    press(qtbot, Qt.Key.Key_2)  # the button's click put the focus on the page's criterion
    performing = count(wizard.model, "performing")
    assert wizard.navigator.item(4).text() == f"Phase 4 Performing  1/{performing}"
    assert wizard.progress.text() == f"1 of {count(wizard.model)} answered"
    assert wizard.progress.value() == 1


def test_criteria_by_keyboard_cross_stages_and_stay_visible(qtbot, wizard):
    wizard.show_page(stage_index(wizard, "forming"))
    order = [c.id for s in wizard.model.stages for c in display_order(wizard.model, s.id)]
    press(qtbot, Qt.Key.Key_J)
    press(qtbot, Qt.Key.Key_Down)
    assert current_id(wizard) == order[2]
    press(qtbot, Qt.Key.Key_Up)
    assert current_id(wizard) == order[1]
    for _ in range(8):
        press(qtbot, Qt.Key.Key_J)
    assert current_id(wizard) == order[9]
    page = wizard.stack.currentWidget()
    assert isinstance(page, StagePage) and page.stage.id == "storming"
    qtbot.waitUntil(lambda: _is_scrolled_into_view(page, wizard.card(order[9])))
    for _ in range(40):
        press(qtbot, Qt.Key.Key_J)
    assert current_id(wizard) == order[-1]
    qtbot.waitUntil(
        lambda: _is_scrolled_into_view(wizard.stack.currentWidget(), wizard.current_card())
    )


def _is_scrolled_into_view(page: QWidget, card: QWidget) -> bool:
    top = card.mapTo(page.viewport(), card.rect().topLeft()).y()  # type: ignore[attr-defined]
    return top >= 0 and top + card.height() <= page.viewport().height()  # type: ignore[attr-defined]


def test_enter_writes_notes_and_escape_comes_back(qtbot, wizard):
    wizard.go_to_criterion("F05")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.card("F05").notes.hasFocus()
    press(qtbot, Qt.Key.Key_Return)  # a new line in the notes
    assert wizard.card("F05").notes.toPlainText() == "\n"
    press(qtbot, Qt.Key.Key_Escape)
    assert wizard.card("F05").hasFocus()


def test_other_windows_answers_show_up_live(wizard, operations, assessment):
    operations.record_answer(assessment.id, "N03", 3, False, pytest.fail)
    operations.record_notes(assessment.id, "N03", "Usage dashboards", pytest.fail)
    assert rating_shown(wizard, "N03") == AnswerValue(3, False)
    assert wizard.card("N03").notes.toPlainText() == "Usage dashboards"
    assert wizard.navigator.item(3).text() == f"Phase 3 Norming  1/{count(wizard.model, 'norming')}"
    assert "N03" not in wizard.summary.unanswered_ids()


# -- resuming


def test_close_midway_then_reopen_resumes_with_everything(qtbot, open_wizard, store, assessment):
    first = open_wizard(assessment.id)
    first.go_to_criterion("F01")
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_N)
    focus_in_notes(qtbot, first, "S03")
    qtbot.keyClicks(first.card("S03").notes, "NPS survey twice a year")
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_1)
    wizard_norming = stage_index(first, "norming")
    first.show_page(wizard_norming)
    first.go_to_criterion("N03")
    qtbot.mouseClick(first.card("N03").buttons.button(0), Qt.MouseButton.LeftButton)
    first.close()
    assert store.assessment(assessment.id).position == "stage:norming:N03"

    second = open_wizard(assessment.id)
    assert second.stack.currentIndex() == wizard_norming
    assert current_id(second) == "N03"
    assert second.card("N03").hasFocus()
    assert rating_shown(second, "F01") == AnswerValue(2, False)
    assert rating_shown(second, "F02") == AnswerValue(None, True)
    assert rating_shown(second, "S03") == AnswerValue(1, False)
    assert rating_shown(second, "N03") == AnswerValue(0, False)
    assert second.card("S03").notes.toPlainText() == "NPS survey twice a year"
    assert second.progress.text() == f"4 of {count(second.model)} answered"
    press(qtbot, Qt.Key.Key_3)  # and carries on from there
    assert answer(store, assessment.id, "N03")[0] == 3


def test_geometry_is_remembered(qtbot, open_wizard, assessment):
    first = open_wizard(assessment.id, size=(720, 540))  # within the offscreen 800x600 screen
    first.close()
    assert QSettings().value(GEOMETRY_KEY)
    second = open_wizard(assessment.id)
    assert (second.width(), second.height()) == (720, 540)


# -- undo


def test_undo_and_redo_of_a_rating(qtbot, wizard, store, assessment):
    wizard.go_to_criterion("F01")
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_3)  # F02
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert answer(store, assessment.id, "F02")[:2] == (None, False)
    assert current_id(wizard) == "F02"  # the undone criterion is shown
    assert rating_shown(wizard, "F02") == AnswerValue(None, False)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert answer(store, assessment.id, "F01")[:2] == (None, False)
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert answer(store, assessment.id, "F01")[:2] == (2, False)
    assert rating_shown(wizard, "F01") == AnswerValue(2, False)
    assert wizard.progress.text() == f"1 of {count(wizard.model)} answered"


# -- summary and completing


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Accept every confirmation; the list collects what was asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_summary_lists_unanswered_and_jumps_to_them(qtbot, wizard, operations, assessment):
    for criterion in wizard.model.criteria:
        if criterion.id not in ("F04", "N07", "P10"):
            operations.record_answer(assessment.id, criterion.id, 2, False, pytest.fail)
    wizard.show_page(wizard.summary_index)
    assert wizard.summary.unanswered_ids() == ["F04", "N07", "P10"]
    total = count(wizard.model)
    assert f"{total - 3} of {total}" in wizard.summary.total_label.text()
    listing = wizard.summary.unanswered
    assert listing.hasFocus()
    rect = listing.visualItemRect(listing.item(1))
    # A real double-click starts with a press, which QTest's mouseDClick leaves out.
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_id(wizard) == "N07"
    assert wizard.card("N07").hasFocus()

    wizard.show_page(wizard.summary_index)
    listing.setCurrentRow(2)
    press(qtbot, Qt.Key.Key_Return)
    assert current_id(wizard) == "P10"


def test_mark_complete_then_reopen(qtbot, open_wizard, wizard, store, assessment, say_yes):
    wizard.show_page(wizard.summary_index)
    qtbot.mouseClick(wizard.summary.complete_button, Qt.MouseButton.LeftButton)
    total = count(wizard.model)
    assert len(say_yes) == 1 and f"{total} of {total} criteria are still unanswered" in say_yes[0]
    assert store.assessment(assessment.id).status == "complete"
    assert wizard.banner.isVisible()
    assert not wizard.card("F01").buttons.button(1).isEnabled()
    wizard.close()

    again = open_wizard(assessment.id)
    assert again.banner.isVisible()
    buttons = [b for b in again.findChildren(QPushButton) if b.property("rating")]
    assert len(buttons) == total * 5 and not any(b.isEnabled() for b in buttons)
    assert all(again.card(c.id).notes.isReadOnly() for c in again.model.criteria)
    assert not again.summary.complete_button.isEnabled()
    again.go_to_criterion("F01")
    press(qtbot, Qt.Key.Key_2)  # keys do not rate a complete assessment
    assert answer(store, assessment.id, "F01")[:2] == (None, False)

    qtbot.mouseClick(again.banner.reopen_button, Qt.MouseButton.LeftButton)
    assert len(say_yes) == 2
    assert store.assessment(assessment.id).status == "draft"
    assert not again.banner.isVisible()
    assert all(b.isEnabled() for b in buttons)
    again.go_to_criterion("F01")
    press(qtbot, Qt.Key.Key_2)
    assert answer(store, assessment.id, "F01")[:2] == (2, False)


def test_completing_a_fully_answered_assessment_asks_nothing(
    qtbot, wizard, operations, store, assessment, say_yes
):
    for criterion in wizard.model.criteria:
        operations.record_answer(assessment.id, criterion.id, 3, False, pytest.fail)
    wizard.show_page(wizard.summary_index)
    qtbot.mouseClick(wizard.summary.complete_button, Qt.MouseButton.LeftButton)
    assert say_yes == []
    assert store.assessment(assessment.id).status == "complete"


def test_declining_the_confirmation_keeps_the_draft(qtbot, wizard, store, assessment, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    wizard.show_page(wizard.summary_index)
    qtbot.mouseClick(wizard.summary.complete_button, Qt.MouseButton.LeftButton)
    assert store.assessment(assessment.id).status == "draft"
    assert not wizard.banner.isVisible()


# -- FT Works: a level without criteria


def test_ftworks_level_0_is_achieved_by_definition(open_wizard, store, ftworks):
    wizard = open_wizard(_assessment(store, ftworks).id)
    assert "achieved by definition" in wizard.navigator.item(1).text()
    level0 = wizard.stage_pages[0]
    assert level0.stage.level == 0 and level0.cards == []
    assert not [b for b in level0.findChildren(QPushButton) if b.property("rating")]
    assert "achieved by definition" in level0.findChild(QWidget, "achieved-by-definition").text()
    assert wizard.summary.stage_counts["asleep"].text() == "no criteria"
    assert wizard.summary.stage_outcomes["asleep"].text() == "\u2713 achieved by definition"


def test_keys_on_level_0_go_to_level_1(qtbot, open_wizard, store, ftworks):
    wizard = open_wizard(_assessment(store, ftworks).id)
    wizard.show_page(1)
    press(qtbot, Qt.Key.Key_2)  # nothing to rate here
    assert wizard.progress.value() == 0
    press(qtbot, Qt.Key.Key_J)
    assert current_id(wizard) == display_order(ftworks, "random")[0].id


# -- accessibility


def test_every_control_of_a_stage_page_has_an_accessible_name(qtbot, open_wizard, store, tsia):
    record = _assessment(store, tsia)
    store.record_answer(record.id, "F01", 2, needs_review=True)
    wizard = open_wizard(record.id)
    wizard.go_to_criterion("F01")
    assert unnamed(wizard) == []
    controls = {name_of(node): node for node in shown_controls(wizard)}
    # What the screen reader hears of one criterion: the card, its buttons, its notes.
    criterion = wizard.card("F01").criterion
    card = controls[f"F01: {criterion.statement} (Carried forward: please review)"]
    assert "Evidence to look for" in description_of(card)
    assert description_of(controls["2 Largely in place, F01"]) == criterion.anchors[2]
    assert "Saved as you type" in description_of(controls["Notes and evidence for F01"])
    assert "Criteria answered" in controls
    badges = [w for w in wizard.card("F01").findChildren(QLabel) if w.property("badge")]
    assert badges and all(b.accessibleName() and b.accessibleDescription() for b in badges)


# -- a store that refuses


def test_a_refused_rating_is_reported_once_and_the_buttons_go_back(
    qtbot, wizard, operations, store, assessment
):
    wizard.go_to_criterion("F01")
    press(qtbot, Qt.Key.Key_1)
    store.set_status(assessment.id, "complete")  # behind the wizard's back
    failures: list[str] = []
    wizard.session.saveState.connect(lambda text, error: failures.append(text) if error else None)

    qtbot.mouseClick(wizard.card("F01").buttons.button(3), Qt.MouseButton.LeftButton)
    assert len(failures) == 1 and "complete" in failures[0]
    assert rating_shown(wizard, "F01") == AnswerValue(1, False)
    assert wizard.card("F01").buttons.button(1).isChecked()
    assert answer(store, assessment.id, "F01")[:2] == (1, False)
    assert wizard.status.text().startswith("\u26a0 Not saved")

    wizard.go_to_criterion("F02")
    press(qtbot, Qt.Key.Key_2)  # by keyboard: not saved, so the wizard does not move on
    assert len(failures) == 2
    assert current_id(wizard) == "F02"
    assert rating_shown(wizard, "F02") == AnswerValue(None, False)
    assert wizard.undo_stack.count() == 1  # only the rating that was saved can be undone


# -- screenshots, to look at (see the `screenshots` fixture for where they go)


@pytest.fixture
def dark_palette(qapp) -> Iterator[None]:
    old_palette, old_style = qapp.palette(), qapp.style().name()
    qapp.setStyle(QStyleFactory.create("Fusion"))
    dark = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#333333"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d8ee0"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Mid, "#555555"),
        (QPalette.ColorRole.ToolTipBase, "#3a3a3a"),
        (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
        (QPalette.ColorRole.PlaceholderText, "#8c8c8c"),
    ):
        dark.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        dark.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(old_palette)
    qapp.setStyle(QStyleFactory.create(old_style))


def _shoot(qtbot, open_wizard: OpenWizard, folder: Path, assessment_id: str, prefix: str) -> None:
    for width, height in ((1366, 768), (1100, 700)):
        wizard = open_wizard(assessment_id, size=(width, height))
        qtbot.waitUntil(lambda w=wizard: w.width() == width)  # noqa: B023
        pages = {
            "intro": lambda w=wizard: w.show_page(0),
            "stage": lambda w=wizard: w.go_to_criterion("F03"),
            "summary": lambda w=wizard: w.show_page(w.summary_index),
        }
        for name, show in pages.items():
            show()
            QApplication.processEvents()  # the page laid out before it is grabbed
            path = folder / f"wizard-{prefix}{name}-{width}x{height}.png"
            assert wizard.grab().save(str(path))
        wizard.close()


def test_screenshots(qtbot, open_wizard, operations, assessment, screenshots):
    operations.record_answer(assessment.id, "F01", 2, False, pytest.fail)
    operations.record_notes(
        assessment.id, "F01", "Business plan 2025 shows subscription targets.", pytest.fail
    )
    operations.record_answer(assessment.id, "F02", None, True, pytest.fail)
    _shoot(qtbot, open_wizard, screenshots, assessment.id, "")


@pytest.mark.usefixtures("dark_palette")
def test_screenshots_dark(qtbot, open_wizard, operations, store, assessment, screenshots):
    operations.record_answer(assessment.id, "F01", 2, False, pytest.fail)
    operations.record_notes(
        assessment.id, "F01", "Business plan 2025 shows subscription targets.", pytest.fail
    )
    _shoot(qtbot, open_wizard, screenshots, assessment.id, "dark-")
    store.set_status(assessment.id, "complete")
    _shoot(qtbot, open_wizard, screenshots, assessment.id, "dark-complete-")


# -- the summary shows the verdict


def test_summary_shows_the_verdict_and_follows_each_answer(qtbot, wizard, operations, assessment):
    model = wizard.model
    first = model.stages[0]
    summary = wizard.summary
    press(qtbot, Qt.Key.Key_End, CTRL)  # Ctrl+End: the summary
    assert wizard.stack.currentWidget() is summary
    assert summary.headline.text() == f"Not yet {model.stage_label(first)}"
    assert summary.stage_percents[first.id].text() == "0 %"
    assert summary.stage_outcomes[first.id].text() == "not achieved"
    assert summary.total_label.text() == (
        f"Maturity index 0.00 on a scale of 0 to 4 \u00b7 0 of {count(model)} criteria answered"
    )

    criteria = model.criteria_of_stage(first.id)
    operations.record_answer(assessment.id, criteria[0].id, 3, False, pytest.fail)
    # one of n criteria fully in place: 1/n attained, shown at once on the summary
    share = round(100 / len(criteria))
    assert summary.stage_percents[first.id].text() == f"{share} %"
    assert summary.stage_bars[first.id].row is not None
    for criterion in criteria[1:]:
        operations.record_answer(assessment.id, criterion.id, 3, False, pytest.fail)
    assert summary.headline.text() == model.stage_label(first)
    assert summary.stage_outcomes[first.id].text() == "\u2713 achieved"
    assert summary.stage_counts[first.id].text() == f"{len(criteria)} of {len(criteria)} answered"
    assert summary.total_label.text().startswith("Maturity index 1.00 on a scale of 0 to 4")
    assert "This assessment is a draft" in summary.verdict_text.text()
    assert criteria[0].id not in summary.unanswered_ids()


def test_with_nothing_open_the_keys_go_to_mark_complete(
    qtbot, wizard, operations, store, assessment, say_yes
):
    for criterion in wizard.model.criteria:
        operations.record_answer(assessment.id, criterion.id, 2, False, pytest.fail)
    wizard.show_page(wizard.summary_index)
    summary = wizard.summary
    assert summary.unanswered_title.text() == "Every criterion is answered"
    assert summary.unanswered.isHidden() and summary.review.isHidden()
    assert summary.complete_button.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert say_yes == []  # nothing to confirm: everything is answered
    assert store.assessment(assessment.id).status == "complete"
    assert "a draft" not in summary.verdict_text.text()
    assert summary.complete_button.text() == "Assessment is complete"

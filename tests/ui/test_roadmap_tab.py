"""The results pane's Roadmap tab: set a target and build the roadmap, edit actions in place
from the keyboard (status through its combo, the due date set, cleared and refused, the
title refused when emptied), delete, add and move them, each undone and redone on the
window's stack; overdue and achieved rows; the empty sentence; and screenshots to look at
(light and dark, the whole window on a 1366 x 768 screen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from modal_keys import no_key_left_down, press_shortcut  # noqa: F401 (a fixture)
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.results.roadmap_tab import EMPTY_TEXT, NEW_ACTION, RoadmapTab
from csmaturity_app.ui.roadmap_model import (
    DUE,
    NOTES,
    OWNER,
    PRIVATE_NOTES,
    STATE,
    STATUS,
    TITLE,
    overdue_fill,
)
from csmaturity_app.ui.target_dialog import TargetDialog
from csmaturity_app.ui.theme import dark_palette

TODAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier
STORMING = [2, 1, 0, 3, 2, 1, 2, 0]  # Phase 2: one fully in place, the rest to bring


def _assessed(
    store: Store, org_id: str, model: MaturityModel, on: date, storming: list[int]
) -> AssessmentRecord:
    a = store.create_assessment(org_id, model, "Alex", on)
    for criterion in model.criteria_of_stage("forming"):
        store.record_answer(a.id, criterion.id, model.max_score)
    for criterion, score in zip(model.criteria_of_stage("storming"), storming, strict=True):
        store.record_answer(a.id, criterion.id, score)
    return a


@pytest.fixture
def acme(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    """Acme Software: Phase 1 in place, Phase 2 partly, assessed four months ago; no target."""
    org = store.create_organization("Acme Software")
    a = _assessed(store, org.id, tsia, TODAY - timedelta(days=120), STORMING)
    store.set_status(a.id, "complete")
    return store.assessment(a.id)


@pytest.fixture
def planned(store: Store, tsia: MaturityModel, acme: AssessmentRecord) -> AssessmentRecord:
    """Acme aiming at Phase 3 Norming in seven months, its roadmap built, worked on: owners,
    notes (one of them private), an action past its date, one dropped, and one achieved by
    a later draft that rates its criterion fully in place."""
    org = acme.organization_id
    store.set_target(org, tsia, 3, TODAY + timedelta(days=210))
    actions = store.build_roadmap(org, tsia.id)
    owners = ["Dana (VP CS)", "Sam (CS Ops)", "Kim", "Lee", "<b>Pat</b> & co"]
    for n, a in enumerate(actions):
        store.edit_action(a.id, owner=owners[n % len(owners)])
    store.edit_action(
        actions[0].id,
        status="in progress",
        due_on=TODAY - timedelta(days=20),
        notes="Draft charter shared with the CFO.\nReview at the QBR.",
        private_notes="CFO sceptical: bring the churn figures",
    )
    store.edit_action(actions[2].id, status="dropped", notes="Not this year: budget frozen")
    store.edit_action(actions[3].id, status="done")
    store.add_action(org, tsia.id, "Hire a CS operations lead", owner="Dana (VP CS)")
    later = _assessed(store, org, tsia, TODAY - timedelta(days=5), STORMING)
    store.record_answer(later.id, actions[1].criterion_id, tsia.max_score)
    return acme


@pytest.fixture
def pane(qtbot, operations: Operations) -> ResultsPane:
    widget = ResultsPane(operations)
    qtbot.addWidget(widget)
    widget.resize(1100, 620)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)  # the keyboard goes to it
    # A test before this module may have left Qt believing a modifier is held (a Ctrl+C
    # sent with QTest): a tap of Shift puts the state back, as `press_shortcut` does.
    qtbot.keyClick(widget, Qt.Key.Key_Shift)
    return widget


def open_tab(pane: ResultsPane, assessment_id: str) -> RoadmapTab:
    pane.show_assessments([assessment_id])
    pane.refresh_now()
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    pane.tabs.setCurrentIndex(titles.index("Roadmap"))
    return pane.roadmap


def cell(tab: RoadmapTab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.data(tab.model.index(row, column), role)


def titles(tab: RoadmapTab) -> list[str]:
    return [cell(tab, r, TITLE) for r in range(tab.model.rowCount())]


def go_to(qtbot, tab: RoadmapTab, row: int, column: int) -> None:
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, column))
    qtbot.waitUntil(tab.table.hasFocus)


def editor_of(tab: RoadmapTab):
    focus = QApplication.focusWidget()
    assert focus is not None and tab.table.isAncestorOf(focus)
    return focus


def type_into(qtbot, tab: RoadmapTab, row: int, column: int, text: str) -> None:
    """F2, select what is there, type over it, Enter: as a user edits a cell."""
    go_to(qtbot, tab, row, column)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    editor = editor_of(tab)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.state() != tab.table.State.EditingState)


# -- empty, target, build


def test_an_empty_roadmap_says_what_to_do(pane: ResultsPane, acme: AssessmentRecord):
    tab = open_tab(pane, acme.id)
    assert tab.stack.currentWidget() is tab.empty
    assert tab.empty.text() == EMPTY_TEXT
    assert "No target yet" in tab.targets_label.text()
    assert not tab.build_action.isEnabled() and not tab.delete_action.isEnabled()


def test_setting_a_target_by_keyboard_builds_the_roadmap_in_order_as_one_undo_step(
    qtbot, pane: ResultsPane, acme: AssessmentRecord, store: Store, tsia: MaturityModel
):
    tab = open_tab(pane, acme.id)
    bar = pane.tabs.tabBar()  # where the focus is once the tab is clicked: outside it
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    press_shortcut(
        qtbot,
        bar,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = tab.target_dialog
    assert isinstance(dialog, TargetDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.stage_box.hasFocus())
    assert dialog.stage_box.currentText() == "Phase 2 Storming"  # the next stage: proposed
    qtbot.keyClick(dialog.stage_box, Qt.Key.Key_Down)
    assert dialog.stage_box.currentText() == "Phase 3 Norming"
    press_shortcut(qtbot, dialog.stage_box, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.no_date.isChecked)  # a mnemonic clicks as the eye can follow
    assert not dialog.by.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.stage_box, Qt.Key.Key_Return)

    (target,) = store.targets(acme.organization_id)
    assert (target.stage_level, target.due_on) == (3, None)
    actions = store.actions(acme.organization_id)
    # Phase 2's seven not fully in place, weakest first, then all of Phase 3
    assert len(actions) == 7 + 8
    assert titles(tab) == [a.title for a in actions]
    storming = [c.id for c in tsia.criteria_of_stage("storming")]
    assert [a.criterion_id for a in actions[:2]] == [storming[2], storming[7]]  # the 0s
    assert cell(tab, 0, 1) == "2 Storming" and cell(tab, 14, 1) == "3 Norming"
    assert "15 actions added" in tab.message.text()
    assert "Phase 3 Norming with no date set" in tab.targets_label.text()
    assert tab.stack.currentWidget() is tab.table

    stack = pane.operations.undo_stack
    stack.undo()  # one step: the target and its actions
    assert store.targets(acme.organization_id) == [] and store.actions(acme.organization_id) == []
    assert tab.stack.currentWidget() is tab.empty
    stack.redo()  # the same actions again, with their ids
    assert [a.id for a in store.actions(acme.organization_id)] == [a.id for a in actions]
    assert tab.model.rowCount() == 15


def test_setting_again_is_undone_to_the_previous_target(
    pane: ResultsPane, acme: AssessmentRecord, store: Store, tsia: MaturityModel
):
    org = acme.organization_id
    store.set_target(org, tsia, 2, "2027-03-31")
    open_tab(pane, acme.id)
    added = pane.operations.set_target(org, tsia, 3, date(2027, 6, 30), lambda m: None)
    assert added is not None and len(added) == 15
    pane.operations.undo_stack.undo()
    (target,) = store.targets(org)
    assert (target.stage_level, target.due_on) == (2, date(2027, 3, 31))
    assert store.actions(org) == []


def test_build_roadmap_adds_what_is_missing_and_undo_deletes_them(
    qtbot, pane: ResultsPane, acme: AssessmentRecord, store: Store, tsia: MaturityModel
):
    org = acme.organization_id
    store.set_target(org, tsia, 2, "2027-03-31")
    tab = open_tab(pane, acme.id)
    assert tab.build_action.isEnabled()
    button = next(b for b in tab.findChildren(QPushButton) if b.text() == "&Build Roadmap")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 7
    assert "7 actions added" in tab.message.text()
    tab.build_action.trigger()  # nothing left to add: no undo step either
    assert "none added" in tab.message.text()
    pane.operations.undo_stack.undo()
    assert store.actions(org) == [] and tab.stack.currentWidget() is tab.empty
    pane.operations.undo_stack.redo()
    assert tab.model.rowCount() == 7


# -- editing in place


def test_status_is_edited_through_its_combo_by_keyboard_and_undone(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store
):
    tab = open_tab(pane, planned.id)
    action_id = tab.model.items[4].action.id
    go_to(qtbot, tab, 4, STATUS)
    assert cell(tab, 4, STATUS) == "Open"
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    combo = editor_of(tab)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Open",
        "In progress",
        "Done",
        "Dropped",
    ]
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.action(action_id).status == "in progress")
    assert cell(tab, 4, STATUS) == "In progress"
    stack = pane.operations.undo_stack
    assert stack.undoText().startswith("Edit action")
    stack.undo()
    assert store.action(action_id).status == "open" and cell(tab, 4, STATUS) == "Open"
    stack.redo()
    assert store.action(action_id).status == "in progress"
    assert tab.table.currentIndex() == tab.model.index(4, STATUS)  # the cell stays current


def test_enter_edits_a_cell_as_f2_does(qtbot, pane: ResultsPane, planned: AssessmentRecord):
    tab = open_tab(pane, planned.id)
    go_to(qtbot, tab, 1, OWNER)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert isinstance(editor_of(tab), QLineEdit)
    qtbot.keyClick(editor_of(tab), Qt.Key.Key_Escape)


def test_a_due_date_is_set_cleared_and_refused_when_unreadable(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store
):
    tab = open_tab(pane, planned.id)
    row = 5
    action_id = tab.model.items[row].action.id
    first = store.action(action_id).due_on
    type_into(qtbot, tab, row, DUE, "2027-01-31")
    assert store.action(action_id).due_on == date(2027, 1, 31)
    assert cell(tab, row, DUE) == "2027-01-31"
    type_into(qtbot, tab, row, DUE, "")
    assert store.action(action_id).due_on is None and cell(tab, row, DUE) == ""
    steps = pane.operations.undo_stack.count()
    type_into(qtbot, tab, row, DUE, "31/01/2027")
    assert "not a date the plan can use; write it YYYY-MM-DD" in tab.message.text()
    assert store.action(action_id).due_on is None and cell(tab, row, DUE) == ""
    assert pane.operations.undo_stack.count() == steps  # refused: nothing to undo
    stack = pane.operations.undo_stack
    stack.undo()
    assert store.action(action_id).due_on == date(2027, 1, 31)
    stack.undo()
    assert store.action(action_id).due_on == first
    stack.redo()
    stack.redo()
    assert store.action(action_id).due_on is None


def test_an_emptied_title_is_refused_and_what_was_stored_stays(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store
):
    tab = open_tab(pane, planned.id)
    title = store.action(tab.model.items[0].action.id).title
    type_into(qtbot, tab, 0, TITLE, "")
    assert tab.message.text() == "an action needs a title: what is to be done"
    assert cell(tab, 0, TITLE) == title
    type_into(qtbot, tab, 0, TITLE, "Write the <b>charter</b> & share it")
    assert cell(tab, 0, TITLE) == "Write the <b>charter</b> & share it"  # as typed
    assert tab.message.text() == ""


def test_notes_take_several_lines_and_ctrl_enter_saves_them(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store
):
    tab = open_tab(pane, planned.id)
    action_id = tab.model.items[6].action.id
    for column, field in ((NOTES, "notes"), (PRIVATE_NOTES, "private_notes")):
        go_to(qtbot, tab, 6, column)
        qtbot.keyClick(tab.table, Qt.Key.Key_F2)
        editor = editor_of(tab)
        assert isinstance(editor, QPlainTextEdit)
        qtbot.keyClicks(editor, "First line")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, "second")
        press_shortcut(qtbot, editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda f=field: getattr(store.action(action_id), f) == "First line\nsecond")
        assert cell(tab, 6, column) == "First line second"


# -- delete, add, move


def test_delete_removes_the_action_without_asking_and_undo_brings_it_back(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store
):
    tab = open_tab(pane, planned.id)
    before = titles(tab)
    gone = tab.model.items[2].action
    go_to(qtbot, tab, 2, TITLE)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert titles(tab) == before[:2] + before[3:]
    assert tab.table.currentIndex().row() == 2  # the next one is current
    pane.operations.undo_stack.undo()
    assert titles(tab) == before
    assert store.action(gone.id).status == gone.status
    pane.operations.undo_stack.redo()
    assert len(titles(tab)) == len(before) - 1


def test_insert_adds_an_action_of_ones_own_and_opens_its_title(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store
):
    tab = open_tab(pane, planned.id)
    count = tab.model.rowCount()
    go_to(qtbot, tab, 0, TITLE)
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    assert tab.model.rowCount() == count + 1
    editor = editor_of(tab)
    assert isinstance(editor, QLineEdit) and editor.text() == NEW_ACTION
    editor.selectAll()
    qtbot.keyClicks(editor, "Run a churn post-mortem")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.state() != tab.table.State.EditingState)  # queued
    assert cell(tab, count, TITLE) == "Run a churn post-mortem"
    assert cell(tab, count, 3) == ""  # no criterion: one's own
    stack = pane.operations.undo_stack
    stack.undo()  # the title
    assert cell(tab, count, TITLE) == NEW_ACTION
    stack.undo()  # the action
    assert tab.model.rowCount() == count


def test_ctrl_up_and_down_move_the_action_and_undo_moves_it_back(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store
):
    tab = open_tab(pane, planned.id)
    before = titles(tab)
    go_to(qtbot, tab, 1, TITLE)
    press_shortcut(qtbot, tab.table, Qt.Key.Key_Down, CTRL)
    press_shortcut(qtbot, tab.table, Qt.Key.Key_Down, CTRL)
    assert titles(tab) == [before[0], before[2], before[3], before[1], *before[4:]]
    assert tab.table.currentIndex().row() == 3  # the moved action stays current
    press_shortcut(qtbot, tab.table, Qt.Key.Key_Up, CTRL)
    assert titles(tab)[2] == before[1]
    assert [a.title for a in store.actions(planned.organization_id)] == titles(tab)
    stack = pane.operations.undo_stack
    for _ in range(3):
        stack.undo()
    assert titles(tab) == before
    go_to(qtbot, tab, 0, TITLE)
    assert not tab.up_action.isEnabled()


# -- what stands out


def test_overdue_rows_say_so_and_are_tinted(pane: ResultsPane, planned: AssessmentRecord):
    tab = open_tab(pane, planned.id)
    assert cell(tab, 0, STATE) == "Overdue"
    base = tab.table.palette().color(QPalette.ColorRole.Base)
    for column in (TITLE, STATE):
        brush = cell(tab, 0, column, Qt.ItemDataRole.BackgroundRole)
        assert brush is not None and brush.color() == overdue_fill(base)
    assert cell(tab, 4, TITLE, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(tab, 4, STATE) == ""


def test_an_achieved_row_says_by_which_assessment_and_reads_as_done(
    qtbot, pane: ResultsPane, acme: AssessmentRecord, store: Store, tsia: MaturityModel
):
    org = acme.organization_id
    store.set_target(org, tsia, 2)
    first = store.build_roadmap(org, tsia.id)[0]
    tab = open_tab(pane, acme.id)
    assert cell(tab, 0, STATE) == ""
    later = _assessed(store, org, tsia, TODAY - timedelta(days=2), STORMING)
    pane.operations.assessmentListChanged.emit(org)  # as creating it in the window says
    store.record_answer(later.id, first.criterion_id, tsia.max_score)
    pane.operations.answerChanged.emit(later.id, first.criterion_id)
    pane.show_assessments([later.id])  # the window selects the new one
    qtbot.waitUntil(lambda: cell(tab, 0, STATE) != "")
    assert cell(tab, 0, STATE) == f"\u2713 Achieved {(TODAY - timedelta(days=2)).isoformat()}"
    muted = cell(tab, 0, TITLE, Qt.ItemDataRole.ForegroundRole)
    text = tab.table.palette().color(QPalette.ColorRole.Text)
    assert muted is not None and muted.color() != text
    assert cell(tab, 0, STATUS) == "Open"  # shown, never changed behind the consultant's back


def test_dropped_rows_are_muted_and_struck_through(pane: ResultsPane, planned: AssessmentRecord):
    tab = open_tab(pane, planned.id)
    assert cell(tab, 2, STATUS) == "Dropped"
    assert cell(tab, 2, TITLE, Qt.ItemDataRole.FontRole).strikeOut()
    assert cell(tab, 2, TITLE, Qt.ItemDataRole.ForegroundRole) is not None


def test_markup_in_user_text_is_shown_as_typed(pane: ResultsPane, planned: AssessmentRecord):
    tab = open_tab(pane, planned.id)
    assert cell(tab, 4, OWNER) == "<b>Pat</b> & co"
    tip = cell(tab, 0, NOTES, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<p>") and "<br>" in tip  # rich text of escaped words


def test_the_tab_follows_the_organization_of_the_shown_assessment(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store, tsia: MaturityModel
):
    tab = open_tab(pane, planned.id)
    assert tab.model.rowCount() > 0
    other = store.create_organization("Brightline")
    a = store.create_assessment(other.id, tsia, "Alex", TODAY)
    pane.show_assessments([a.id])
    pane.refresh_now()
    assert tab.model.rowCount() == 0 and tab.stack.currentWidget() is tab.empty


@pytest.fixture
def plan_reads(monkeypatch) -> list[str]:
    """Every `Store.plan` call from here on: the organization asked for."""
    calls: list[str] = []
    read = Store.plan

    def counted(self: Store, organization_id: str, *args, **kwargs):
        calls.append(organization_id)
        return read(self, organization_id, *args, **kwargs)

    monkeypatch.setattr(Store, "plan", counted)
    return calls


def settled(qtbot, pane: ResultsPane) -> None:
    """Until the pane and the tab have nothing left to draw or read."""
    timers = [pane._timer, pane._target_timer, pane.roadmap._timer]
    qtbot.waitUntil(lambda: not any(t.isActive() for t in timers))


def test_a_draft_not_shown_that_achieves_an_action_shows_it_achieved(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store, tsia: MaturityModel
):
    draft = store.create_assessment(planned.organization_id, tsia, "Alex", TODAY)
    tab = open_tab(pane, planned.id)
    row = next(n for n, i in enumerate(tab.model.items) if i.achieved_by is None and n > 1)
    criterion = tab.model.items[row].action.criterion_id
    pane.operations.record_answer(draft.id, criterion, tsia.max_score, False, pytest.fail)
    qtbot.waitUntil(lambda: cell(tab, row, STATE) == f"\u2713 Achieved {TODAY.isoformat()}")
    assert pane.ids == (planned.id,)  # the pane still shows the completed one
    # unseen, the tab reads nothing, and catches up when it is shown again
    pane.tabs.setCurrentIndex(0)
    settled(qtbot, pane)
    pane.operations.record_answer(draft.id, criterion, 1, False, pytest.fail)
    assert tab._stale and not tab._timer.isActive()
    pane.tabs.setCurrentWidget(tab)
    assert cell(tab, row, STATE) != f"\u2713 Achieved {TODAY.isoformat()}"


def test_an_answer_in_another_organization_reads_no_plan(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store, tsia, plan_reads
):
    tab = open_tab(pane, planned.id)
    settled(qtbot, pane)
    plan_reads.clear()
    other = store.create_organization("Brightline")
    theirs = store.create_assessment(other.id, tsia, "Alex", TODAY)
    pane.operations.record_answer(theirs.id, "S01", 2, False, pytest.fail)
    settled(qtbot, pane)
    assert plan_reads == [] and not tab._stale


@pytest.mark.parametrize("seen", [True, False])
def test_one_edit_reads_the_plan_once_and_redraws_only_the_target(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, plan_reads, monkeypatch, seen
):
    tab = open_tab(pane, planned.id)
    if not seen:
        pane.tabs.setCurrentIndex(0)
    settled(qtbot, pane)
    plan_reads.clear()
    draws: list[int] = []
    monkeypatch.setattr(ResultsPane, "_draw", lambda *args: draws.append(1))
    action = tab.model.items[0].action
    assert pane.operations.edit_action(action.id, {"owner": "Robin"}, pytest.fail)
    settled(qtbot, pane)
    assert plan_reads == [planned.organization_id]  # the tab's, which the target line shares
    assert draws == []
    if seen:
        assert cell(tab, 0, OWNER) == "Robin"
    else:
        assert not tab._stale  # read once, for the target line: nothing left to read when shown
        pane.tabs.setCurrentWidget(tab)
        assert cell(tab, 0, OWNER) == "Robin" and len(plan_reads) == 1


def test_an_edit_the_store_turns_into_no_change_leaves_no_undo_step(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, store: Store, plan_reads
):
    tab = open_tab(pane, planned.id)
    action = tab.model.items[0].action
    stack = pane.operations.undo_stack
    assert pane.operations.edit_action(action.id, {"owner": "Kim"}, pytest.fail)
    steps, before = stack.count(), store.action(action.id)
    settled(qtbot, pane)
    plan_reads.clear()
    with qtbot.assertNotEmitted(pane.operations.planChanged):
        assert tab.model.setData(tab.model.index(0, OWNER), "Kim ")  # stored as "Kim"
    assert stack.count() == steps and store.action(action.id) == before
    assert plan_reads == []
    assert stack.undoText().startswith("Edit action")
    stack.undo()  # the real edit, not one that does nothing
    assert store.action(action.id).owner == action.owner


# -- screenshots, to look at


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    old_palette, old_style = qapp.palette(), qapp.style().name()
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(old_palette)
    qapp.setStyle(QStyleFactory.create(old_style))


def _shoot_pane(qtbot, operations: Operations, folder: Path, shown: str, name: str) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    pane = ResultsPane(operations, window)
    QVBoxLayout(window).addWidget(pane)
    window.resize(860, 470)  # the pane's room in the window on a 1366 x 768 screen
    window.show()
    qtbot.waitExposed(window)
    tab = open_tab(pane, shown)
    tab.table.setCurrentIndex(tab.model.index(0, TITLE))
    QApplication.processEvents()
    assert window.grab().save(str(folder / f"results-roadmap-{name}.png"))
    window.close()


def _shoot_window(qtbot, store: Store, catalog: ModelCatalog, shown: str, path: Path) -> None:
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.assessment_view.model().rowCount() == 2)
    window.select_assessment(shown)
    pane = window.results
    qtbot.waitUntil(lambda: pane.assessments is not None)
    titles_ = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    pane.tabs.setCurrentIndex(titles_.index("Roadmap"))
    assert pane.roadmap.model.rowCount() == 16
    QApplication.processEvents()
    assert window.grab().save(str(path))
    window.close()


def test_screenshots(qtbot, operations, planned, screenshots):
    _shoot_pane(qtbot, operations, screenshots, planned.id, "light")


@pytest.mark.usefixtures("dark")
def test_screenshots_dark(qtbot, operations, planned, screenshots):
    _shoot_pane(qtbot, operations, screenshots, planned.id, "dark")


def test_window_screenshots(qtbot, store, builtin_catalog, planned, screenshots):
    _shoot_window(qtbot, store, builtin_catalog, planned.id, screenshots / "window-roadmap.png")


@pytest.mark.usefixtures("dark")
def test_window_screenshots_dark(qtbot, store, builtin_catalog, planned, screenshots):
    path = screenshots / "window-roadmap-dark.png"
    _shoot_window(qtbot, store, builtin_catalog, planned.id, path)


def test_the_item_model_keeps_qts_rules_and_numbers_its_rows(
    qtmodeltester, pane: ResultsPane, planned: AssessmentRecord
):
    tab = open_tab(pane, planned.id)
    assert [cell(tab, r, 0) for r in range(3)] == ["1", "2", "3"]
    assert tab.model.data(QModelIndex()) is None
    qtmodeltester.check(tab.model, force_py=True)


def test_in_the_window_f2_edits_and_ctrl_z_undoes_and_ctrl_shift_z_or_ctrl_y_redo(
    qtbot, store: Store, builtin_catalog: ModelCatalog, planned: AssessmentRecord
):
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: window.assessment_view.model().rowCount() == 2)
    window.select_assessment(planned.id)
    pane = window.results
    qtbot.waitUntil(lambda: pane.assessments is not None)
    pane.tabs.setCurrentWidget(pane.roadmap)
    tab = pane.roadmap
    action_id = tab.model.items[1].action.id
    type_into(qtbot, tab, 1, OWNER, "Robin")
    assert store.action(action_id).owner == "Robin"
    assert window.undo_action.text().startswith("&Undo Edit action")
    press_shortcut(qtbot, tab.table, Qt.Key.Key_Z, CTRL)
    assert store.action(action_id).owner == "Sam (CS Ops)" and cell(tab, 1, OWNER) == "Sam (CS Ops)"
    press_shortcut(qtbot, tab.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.action(action_id).owner == "Robin" and cell(tab, 1, OWNER) == "Robin"
    press_shortcut(qtbot, tab.table, Qt.Key.Key_Z, CTRL)
    press_shortcut(qtbot, tab.table, Qt.Key.Key_Y, CTRL)  # the other way to redo
    assert store.action(action_id).owner == "Robin"
    window.close()


def test_export_action_plan_from_the_tab_writes_the_organizations_plan(
    qtbot, pane: ResultsPane, planned: AssessmentRecord, tmp_path: Path
):
    import openpyxl
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from csmaturity_app.ui.plan_export import PlanExportDialog

    tab = open_tab(pane, planned.id)
    out = tmp_path / "acme-plan.xlsx"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PlanExportDialog):
            QTimer.singleShot(10, fill)
            return
        dialog.file_edit.setText(str(out))
        dialog.accept()  # as Enter does: checks the name, then writes

    QTimer.singleShot(0, fill)
    tab.export_action.trigger()
    qtbot.waitUntil(out.exists)
    rows = list(openpyxl.load_workbook(out)["Action plan"].iter_rows(values_only=True))
    assert len(rows) - 1 == len(tab.model.items) > 0
